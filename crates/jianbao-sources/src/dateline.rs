//! The dateline (电头) that opens a news story: 新华社北京3月5日电, 本报讯, 某市新闻网讯, 央广网
//! 北京3月5日消息, usually followed by the reporters in brackets. A plain text saved without its
//! headline opens with it, and its first line is then no title: the source list would otherwise
//! name the story 《某市新闻网讯(记者某某)》.

/// Characters of the outlet (and place and date) before the 电/讯 of a dateline, at most.
const MAX_OUTLET_CHARS: usize = 20;

/// Whether `line` opens with a dateline: an outlet name (with place and date) of no punctuation,
/// ending in 日电 / 日消息 (a date), or in 讯 after an outlet word (报讯, 网讯, 社讯, 台讯, 日讯),
/// and followed by the end of the line, a space, a bracket (the reporters) or a colon. Brackets
/// inside the outlet name are skipped (a saved page's pinyin glosses: 新聞網(wǎng)訊).
pub fn opens_with_dateline(line: &str) -> bool {
    let chars: Vec<char> = line.trim().chars().collect();
    // the outlet so far, without bracketed glosses
    let mut outlet: Vec<char> = Vec::new();
    let mut k = 0;
    while k < chars.len() && outlet.len() <= MAX_OUTLET_CHARS {
        let c = chars[k];
        if matches!(c, '(' | '（') {
            // a gloss of letters inside the name is skipped; any other bracket ends the name
            let close = chars[k..]
                .iter()
                .position(|c| matches!(c, ')' | '）'))
                .map(|p| k + p);
            match close {
                Some(end) if chars[k + 1..end].iter().all(|c| !is_ideograph(*c)) => {
                    k = end + 1;
                    continue;
                }
                _ => return false,
            }
        }
        if !(is_ideograph(c) || c.is_ascii_digit()) {
            return false;
        }
        outlet.push(c);
        k += 1;
        let ends = chars.get(k).is_none_or(|next| {
            next.is_whitespace() || matches!(next, '(' | '（' | '：' | ':' | '【' | '\u{3000}')
        });
        if ends && is_dateline_outlet(&outlet) {
            return true;
        }
    }
    false
}

/// Whether `line` is the reporters' bracket of a dateline on its own ((记者 王某 通讯员 李某)): what
/// is left of a dateline line once its outlet is read as page furniture.
pub fn is_bracketed_byline(line: &str) -> bool {
    let line = line.trim();
    line.starts_with(['(', '（'])
        && line.ends_with([')', '）'])
        && ["记者", "記者", "通讯员", "通訊員"]
            .iter()
            .any(|w| line.contains(w))
}

/// Whether `outlet` (no punctuation) is an outlet name ending as a dateline does.
fn is_dateline_outlet(outlet: &[char]) -> bool {
    let n = outlet.len();
    let ends_with = |tail: &str| {
        let tail: Vec<char> = tail.chars().collect();
        n > tail.len() && outlet[n - tail.len()..] == tail[..]
    };
    let dated = |mark: &str| {
        // 3月5日电: a day of the month written in digits or numerals before the mark
        let m = mark.chars().count();
        n >= m + 3
            && ends_with(mark)
            && outlet[n - m - 1] == '日'
            && outlet[..n - m - 1].contains(&'月')
    };
    dated("电")
        || dated("電")
        || dated("消息")
        || dated("讯")
        || dated("訊")
        || (n >= 3
            && matches!(outlet[n - 1], '讯' | '訊')
            && matches!(
                outlet[n - 2],
                '报' | '報' | '网' | '網' | '社' | '台' | '臺' | '端'
            ))
}

fn is_ideograph(c: char) -> bool {
    crate::text::is_cjk(c)
}

#[cfg(test)]
mod tests {
    use super::{is_bracketed_byline, opens_with_dateline};

    #[test]
    fn a_reporters_bracket_alone_is_a_byline() {
        assert!(is_bracketed_byline("（记者 王某 通讯员 李某）"));
        assert!(is_bracketed_byline("(記者 趙某)"));
        assert!(!is_bracketed_byline("（图）某县志愿者走进社区"));
        assert!(!is_bracketed_byline("（专题）"));
    }

    #[test]
    fn datelines_of_agencies_papers_and_local_sites() {
        for line in [
            "新华社北京3月5日电（记者王某 李某）",
            "本报讯（通讯员 张某）",
            "某县融媒体中心网讯 (记者 赵某)",
            "德州新聞網(wǎng)訊(德州晚報(bào)全媒體記者張某通訊員馬某)",
            "央广网南宁11月2日消息（记者刘某）据广西日报报道，",
            "中新网3月5日电 近日，某市召开会议。",
            "本报北京十二月八日讯",
            "某市日报讯：",
        ] {
            assert!(opens_with_dateline(line), "{line}");
        }
    }

    #[test]
    fn headlines_are_not_datelines() {
        for line in [
            "我省实名注册志愿者659万人",
            "喜讯！某县社会工作站获评省级示范",
            "某市通讯管理局开展志愿服务活动",
            "快讯（图）",
            "某市召开社会工作会议部署全年工作",
            "两会快讯：某代表建议加强社区工作者队伍建设",
            "某地供电所志愿者走进社区",
        ] {
            assert!(!opens_with_dateline(line), "{line}");
        }
    }
}
