//! The reader's check of a figure's label, which needs no expected label: a label names what a
//! figure counts, a noun phrase that fits a table cell, so a reader rejects one that is a single
//! character, holds a clause break, opens or ends with a function word or a governing verb,
//! holds an adverb that only stands before a predicate (信访问题已解决, 《办法》共六章) or a time
//! frame (阶段以来, 项目周期内), is a bare verb (考核, 编制发布) or ends with a number (力争90),
//! is longer than a cell holds, holds page furniture or spam (版权声明, AG九游会), or names a
//! level only (省级). Read against its quote, a label is also rejected when it is cut from a
//! list (the quote lists more right before or after it, or goes on with 等: 倾诉维权难、看病就医难
//! 等实际问题) or ends inside a word (到属地报|到). The words are data (reader_words.toml next to
//! this file), kept apart from the extractor's own lists; only OpenCC's character table is
//! shared, to read a traditional quote.

use std::sync::OnceLock;

const READER_WORDS: &str = include_str!("reader_words.toml");

/// The word lists of reader_words.toml.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderWords {
    never_start_fragment: Vec<String>,
    never_start: Vec<String>,
    start_exceptions: Vec<String>,
    never_end: Vec<String>,
    end_exceptions: Vec<String>,
    never_inside: Vec<String>,
    inside_exceptions: Vec<String>,
    furniture: Vec<String>,
    latin_names: Vec<String>,
    levels_only: Vec<String>,
    word_closing_particles: String,
    measure_heads: Vec<String>,
    action_words: Vec<String>,
    statistic_openers: Vec<String>,
    site_marks: Vec<String>,
}

/// The most Han characters a label may have: a briefing's comparison table gives a label a
/// cell of about two lines of eleven characters.
const MAX_LABEL_CHARS: usize = 22;

/// The embedded word lists; a broken file is a bug caught by this module's tests, so it is
/// reported as an empty check rather than a crash of the scorer.
pub fn reader_words() -> Option<&'static ReaderWords> {
    static WORDS: OnceLock<Option<ReaderWords>> = OnceLock::new();
    WORDS
        .get_or_init(|| toml::from_str(READER_WORDS).ok())
        .as_ref()
}

/// Characters that end a clause: a label holding one runs over two clauses.
const CLAUSE_BREAKS: &str = "，,。；;：:！!？?\n";

/// Whether `word` occurs in `chars` at `at`.
fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    (at..)
        .zip(word.chars())
        .all(|(k, c)| chars.get(k) == Some(&c))
}

/// Whether the `len` characters at `at` lie inside one of `exceptions` as it occurs in `chars`
/// (就 of 新就业群体 lies inside 就业).
fn excepted(chars: &[char], at: usize, len: usize, exceptions: &[String]) -> bool {
    exceptions.iter().any(|e| {
        let e_len = e.chars().count();
        e_len >= len
            && ((at + len).saturating_sub(e_len)..=at)
                .any(|start| start + e_len <= chars.len() && word_at(chars, start, e))
    })
}

/// Why a reader rejects `label`, read with the `quote` it was taken from, or `None` when a
/// reader accepts it. The extractor's marks of a change at the end ((增至), （减至）) and
/// quotation marks are not judged.
pub fn rejection(label: &str, quote: &str) -> Option<String> {
    let words = reader_words()?;
    label_rejection(words, label).or_else(|| quote_rejection(words, label, quote))
}

/// Why a reader rejects `label` on its own words.
fn label_rejection(words: &ReaderWords, label: &str) -> Option<String> {
    let core = crate::matching::without_end_note(label);
    // 累计服务对象: a statistic's opening word that says the total is cumulative; the rest of
    // the label is judged as a label (累计建成…: 建成 still governs)
    let core = words
        .statistic_openers
        .iter()
        .find_map(|w| core.strip_prefix(w.as_str()))
        .filter(|rest| rest.chars().filter(|&c| is_han(c)).count() >= 2)
        .map_or_else(|| core.clone(), str::to_owned);
    let chars: Vec<char> = core.chars().collect();
    let han = chars
        .iter()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(*c) || c.is_ascii_uppercase())
        .count();
    if han < 2 {
        return Some("fewer than two characters".to_owned());
    }
    if let Some(c) = chars.iter().find(|c| CLAUSE_BREAKS.contains(**c)) {
        return Some(format!("holds the clause break {c}"));
    }
    if chars.first() == Some(&'、') || chars.last() == Some(&'、') {
        return Some("a list item cut at 、".to_owned());
    }
    let n = chars.len();
    // a relative clause closed by 的 before the head noun (建立志愿服务队伍的社区)
    let closed_by_de = |after: usize| {
        chars[after.min(n)..]
            .iter()
            .rev()
            .skip(1)
            .any(|&c| c == '的')
    };
    // a verb and its object named as a measure (成立时长, 通过考试人数) are a noun phrase
    let measured = words
        .measure_heads
        .iter()
        .any(|h| core.ends_with(h.as_str()) && core.chars().count() > h.chars().count() + 1);
    let opens = |list: &[String], waived_by_de: bool| {
        list.iter()
            .find(|w| {
                let len = w.chars().count();
                word_at(&chars, 0, w)
                    && !excepted(&chars, 0, len, &words.start_exceptions)
                    && !(waived_by_de && (closed_by_de(len) || measured))
            })
            .cloned()
    };
    if let Some(w) =
        opens(&words.never_start_fragment, false).or_else(|| opens(&words.never_start, true))
    {
        return Some(format!("opens with {w}"));
    }
    if let Some(w) = words.never_end.iter().find(|w| {
        let len = w.chars().count();
        n >= len
            && word_at(&chars, n - len, w)
            && !excepted(&chars, n - len, len, &words.end_exceptions)
    }) {
        return Some(format!("ends with {w}"));
    }
    for at in 1..n {
        if let Some(w) = words.never_inside.iter().find(|w| {
            let len = w.chars().count();
            word_at(&chars, at, w)
                && !excepted(&chars, at, len, &words.inside_exceptions)
                && !closed_by_de(at + len)
        }) {
            return Some(format!("holds {w}"));
        }
    }
    if made_of(&chars, &words.action_words) {
        return Some("a bare verb: says what was done, not what is counted".to_owned());
    }
    // 力争90: a figure cut into its label
    if chars.last().is_some_and(char::is_ascii_digit) {
        return Some("ends with a number (a figure, not what is counted)".to_owned());
    }
    if han > MAX_LABEL_CHARS {
        return Some(format!(
            "{han} characters, more than a table cell holds ({MAX_LABEL_CHARS})"
        ));
    }
    if let Some(w) = words.furniture.iter().find(|w| core.contains(w.as_str())) {
        return Some(format!("holds page furniture {w}"));
    }
    if let Some(run) = latin_runs(&chars)
        .into_iter()
        .find(|run| run.chars().count() >= 2 && !words.latin_names.contains(run))
    {
        return Some(format!("holds the Latin letters {run} (spam or a code)"));
    }
    if words.levels_only.contains(&core) {
        return Some("names a level or scope only".to_owned());
    }
    None
}

/// Whether `chars` is nothing but words of `list` one after another (编制 + 发布).
fn made_of(chars: &[char], list: &[String]) -> bool {
    // reachable[k]: the first k characters are words of the list
    let mut reachable = vec![false; chars.len() + 1];
    reachable[0] = true;
    for start in 0..chars.len() {
        if !reachable[start] {
            continue;
        }
        for w in list {
            if word_at(chars, start, w) {
                reachable[start + w.chars().count()] = true;
            }
        }
    }
    !chars.is_empty() && reachable[chars.len()]
}

/// The runs of Latin letters in `chars` (AG, U).
fn latin_runs(chars: &[char]) -> Vec<String> {
    chars
        .split(|c| !c.is_ascii_alphabetic())
        .filter(|run| !run.is_empty())
        .map(|run| run.iter().collect())
        .collect()
}

/// `text` as a label and its quote are compared: simplified characters, without the pinyin
/// glosses some pages print (現(xiàn)有, 項(xiàng)目: tone marks are not ASCII, so every lowercase
/// letter goes), spaces, line breaks, quotation marks and parentheses.
fn comparable(text: &str) -> Vec<char> {
    let kept: String = text
        .chars()
        .filter(|c| !c.is_lowercase())
        .collect::<String>()
        .replace("()", "");
    kept.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '“' | '”' | '"' | '「' | '」' | '‘' | '’' | '\'' | '(' | ')' | '（' | '）'
                )
        })
        .map(jianbao_extract::script::simplified)
        .collect()
}

/// Whether `c` is a Han character.
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `quote` without the site names a spam site plants in reprinted text (…难点行业动态XX官网、热点
/// 个案: Latin letters, a few characters and a site mark, with a furniture word glued before
/// them): a reader reads across them.
fn without_planted_sites(words: &ReaderWords, quote: &str) -> String {
    let mut chars: Vec<char> = quote.chars().collect();
    while let Some((at, len)) = (0..chars.len()).find_map(|at| {
        words
            .site_marks
            .iter()
            .find(|m| word_at(&chars, at, m))
            .map(|m| (at, m.chars().count()))
    }) {
        // back to the Latin letters within a few characters, then over a furniture word
        let latin_end = chars[at.saturating_sub(8)..at]
            .iter()
            .rposition(char::is_ascii_uppercase)
            .map(|p| at.saturating_sub(8) + p + 1);
        let mut start = latin_end.map_or(at, |end| {
            chars[..end]
                .iter()
                .rposition(|c| !c.is_ascii_uppercase())
                .map_or(0, |p| p + 1)
        });
        if let Some(w) = words.furniture.iter().find(|w| {
            let n = w.chars().count();
            start >= n && word_at(&chars, start - n, w)
        }) {
            start -= w.chars().count();
        }
        chars.drain(start..at + len);
    }
    chars.into_iter().collect()
}

/// The head of `label` as read against a quote: its last two Han characters (Chinese noun
/// phrases end in the thing named), read before a measure noun that turns it into a count
/// (服务对象人数 → 对象, 被评为优秀的年数 → 优秀), before a head of one character after 的
/// (结对帮扶的村 → 帮扶) and before the kind after a list's 等 (黑河、绥化等地 → 绥化); `None`
/// when fewer than two characters are left.
fn head_of(words: &ReaderWords, label: &[char]) -> Option<Vec<char>> {
    let mut han: Vec<char> = label.iter().copied().filter(|&c| is_han(c)).collect();
    let text: String = han.iter().collect();
    if let Some(rest) = words
        .measure_heads
        .iter()
        .find_map(|h| text.strip_suffix(h.as_str()))
        .filter(|rest| rest.chars().count() >= 2)
    {
        han = rest.chars().collect();
    }
    let n = han.len();
    if n >= 3 && matches!(han[n - 2], '的' | '等') {
        han.truncate(n - 2);
    }
    if han.last() == Some(&'的') {
        han.pop();
    }
    (han.len() >= 2).then(|| han[han.len() - 2..].to_vec())
}

/// Why a reader rejects the label of an extracted figure, read with the quote the extractor
/// gives as its evidence: [`rejection`], or the label names a thing its quote does not show
/// (服务茶农茶企 for 昭通市秋城志愿服务中心累计实施公益项目58个: another figure's phrase). Only
/// for extracted figures: an expected fact's quote is a locator of a few characters, not the
/// evidence an analyst reads.
pub fn evidence_rejection(label: &str, quote: &str) -> Option<String> {
    let words = reader_words()?;
    rejection(label, quote).or_else(|| {
        let label = comparable(&crate::matching::without_end_note(label));
        let quote: Vec<char> = comparable(&without_planted_sites(words, quote))
            .into_iter()
            .filter(|&c| c != '、')
            .collect();
        let head = head_of(words, &label)?;
        (!quote.is_empty() && !quote.windows(2).any(|w| w == head)).then(|| {
            let head: String = head.iter().collect();
            format!("names {head}, which its quote does not show (another figure's phrase)")
        })
    })
}

/// Why a reader who reads the quote rejects `label`: the label is a piece cut from the quote's
/// words or joins list items that do not stand together in it. `None` when the label
/// is a composition of the quote's words (已解决的信访问题 of 信访问题已解决) or every place it
/// stands is whole.
fn quote_rejection(words: &ReaderWords, label: &str, quote: &str) -> Option<String> {
    if quote.trim().is_empty() {
        return None;
    }
    let label = comparable(&crate::matching::without_end_note(label));
    let quote = comparable(&without_planted_sites(words, quote));
    if label.len() < 2 {
        return None;
    }
    let contiguous = label.len() <= quote.len() && quote.windows(label.len()).any(|w| w == label);
    if !contiguous && label.contains(&'、') {
        let items: Vec<&[char]> = label.split(|&c| c == '、').collect();
        let all_found = items
            .iter()
            .all(|item| !item.is_empty() && quote.windows(item.len()).any(|w| w == *item));
        if all_found {
            return Some("joins list items that do not stand together in its quote".to_owned());
        }
    }
    if label.len() > quote.len() {
        return None;
    }
    let whys: Vec<String> = (0..=quote.len() - label.len())
        .filter(|&at| quote[at..at + label.len()] == *label)
        .map(|at| {
            let before = at.checked_sub(1).map(|k| quote[k]);
            let after = &quote[at + label.len()..];
            // the item before the 、 counts something of its own (党组织4.2万个、党员) unless
            // it has no figure of its own
            let item_before = at.checked_sub(1).map_or(&quote[..0], |end| {
                let start = quote[..end]
                    .iter()
                    .rposition(|&c| matches!(c, '、' | '，' | ',' | '。' | '；' | ';' | '：' | ':'))
                    .map_or(0, |k| k + 1);
                &quote[start..end]
            });
            // (共建单位四家、市级共建单位二家: a count in Chinese numerals and its measure word
            // is a figure too)
            let counted_in_words = item_before.windows(2).any(|w| {
                "一二两三四五六七八九十百千万".contains(w[0])
                    && "个家名人支项所处条位次".contains(w[1])
            });
            if before == Some('、')
                && !item_before.iter().any(char::is_ascii_digit)
                && !counted_in_words
            {
                return Some("a list cut short: the quote lists more before it".to_owned());
            }
            match after {
                ['等', ..] => Some("the examples of a list, not its kind (等 follows)".to_owned()),
                // A和B分别达X和Y: each item has its own figure, and A is X's whole label
                ['和' | '及' | '与', next, ..] if is_han(*next) && !respectively_after(after) => {
                    Some("a list cut short: the quote lists more after it".to_owned())
                }
                ['、', next, ..] if is_han(*next) && label.contains(&'、') => {
                    Some("a list cut short: the quote lists more after it".to_owned())
                }
                [last, rest @ ..]
                    if is_han(*last)
                        && !words.word_closing_particles.contains(*last)
                        && rest
                            .first()
                            .is_none_or(|c| !is_han(*c) && !c.is_ascii_digit()) =>
                {
                    Some(format!("ends inside a word (…{last} follows in the quote)"))
                }
                _ => None,
            }
        })
        .collect::<Option<Vec<String>>>()?;
    whys.into_iter().next()
}

/// Whether the next item after the label (和B) is followed by 分别 before any figure: the items
/// are each given their own figure (工作者和持证社工分别达12000人和1021人).
fn respectively_after(after: &[char]) -> bool {
    let before_figure: Vec<char> = after
        .iter()
        .copied()
        .take_while(|c| !c.is_ascii_digit() && !matches!(c, '，' | ',' | '。' | '；' | ';'))
        .collect();
    before_figure.windows(2).any(|w| w == ['分', '别'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_parse() {
        let words = reader_words().expect("reader_words.toml parses");
        assert!(!words.never_start.is_empty() && !words.never_inside.is_empty());
    }

    #[test]
    fn noun_phrases_pass() {
        for good in [
            "注册志愿者",
            "新就业群体劳动者",
            "社区综合服务设施",
            "在校学生",
            "个案服务",
            "公共服务设施",
            "U站",
            "义工人数（增至）",
            "“党建强、发展强”行业协会商会",
            "为老服务中心",
            "乡镇(街道)社会工作服务站示范站",
            "“家校警”护航服务",
            "村(居)",
            "年均志愿服务活动",
            "建立志愿服务队伍的社区",
            "已解决的交办信访问题",
            "认为社区工作量大、任务重的受访者占比",
            "成立时长",
            "通过社工考试人数",
            "考核合格的社区工作者",
            "发布的征集公告",
            "计划生育协会",
            "12345热线工单",
            "春节期间日单量",
            // a statistic's cumulative total and a density per head of population
            "累计服务对象",
            "累计救助物资",
            "每万人拥有社工",
        ] {
            assert_eq!(rejection(good, ""), None, "{good}");
        }
    }

    #[test]
    fn verbs_clauses_function_words_and_fragments_are_rejected() {
        for (bad, why) in [
            ("为", "fewer than two characters"),
            ("伍", "fewer than two characters"),
            ("举办", "opens with 举办"),
            ("疑难信访案件减少", "ends with 减少"),
            ("党建工作指导员穿梭于楼宇园区", "holds 穿梭"),
            ("《办法》共六章", "holds 共"),
            ("个社区社工室的试点", "opens with 个"),
            ("“党爱超市”就兑换物品", "holds 就"),
            ("信访问题已化解", "holds 已"),
            ("中级社工具备省级获奖项目实操经验为核心", "holds 具备"),
            ("开展各类志愿服务活动", "opens with 开展"),
            ("、志愿项目", "a list item cut at 、"),
            ("社工，志愿者", "holds the clause break ，"),
            ("骨干力量组成", "holds 组成"),
            ("部分地区近年以来新建驿站", "holds 以来"),
            (
                "县民政局联合文明办、团县委和工会开展培训的社区工作者",
                "25 characters, more than a table cell holds (22)",
            ),
            ("民政部要求的目标版权声明", "holds page furniture 版权声明"),
            ("持XY娱乐官网证社工", "holds page furniture 官网"),
            ("持XY证社工", "holds the Latin letters XY (spam or a code)"),
            ("市级", "names a level or scope only"),
            (
                "考核",
                "a bare verb: says what was done, not what is counted",
            ),
            (
                "编制发布",
                "a bare verb: says what was done, not what is counted",
            ),
            (
                "规范张贴",
                "a bare verb: says what was done, not what is counted",
            ),
            ("项目周期内服务新就业群体", "holds 周期内"),
            ("期间服务群众", "opens with 期间"),
            ("力争90", "opens with 力争"),
            // 累计 opens a statistic's name; what follows it is still judged
            ("累计建成“一刻钟社区服务圈”", "opens with 建成"),
            (
                "社区覆盖90",
                "ends with a number (a figure, not what is counted)",
            ),
        ] {
            assert_eq!(rejection(bad, "").as_deref(), Some(why), "{bad}");
        }
    }

    #[test]
    fn labels_cut_from_their_quote_are_rejected() {
        for (label, quote, why) in [
            (
                "看病就医难等实际问题",
                "帮助解决子女入学难、看病就医难等实际问题300余个",
                "a list cut short: the quote lists more before it",
            ),
            (
                "市文明办、市总工会",
                "联合市文明办、市总工会等8家单位开展表彰",
                "the examples of a list, not its kind (等 follows)",
            ),
            (
                "社区书记",
                "共有200余名社区书记和网格员参加培训",
                "a list cut short: the quote lists more after it",
            ),
            (
                "外卖骑手到站点报",
                "累计有3000余名外賣騎手到站點報到",
                "ends inside a word (…到 follows in the quote)",
            ),
            (
                "社区矫正、热点个案",
                "跟踪处理家暴、社区矫正、网络成瘾、热点个案510多个",
                "joins list items that do not stand together in its quote",
            ),
        ] {
            assert_eq!(rejection(label, quote).as_deref(), Some(why), "{label}");
        }
        for (label, quote) in [
            // the whole list, and a list item followed by the next figure
            ("快递员、外卖员", "可服务800多名快递员、外卖员"),
            (
                "社会公益组织",
                "来自省内外80家社会公益组织、高校学者近200人",
            ),
            ("志愿团体", "实名注册的志愿者720万人、志愿团体4.5万个"),
            ("家庭", "有1520户家庭及3200多位居民需要守护"),
            // a particle after the label, a label before its figure, a composed label
            ("驿站的订单", "我们驿站的订单每天大约300单了"),
            ("服务时长", "累计服务时长2.8万小时"),
            ("解决的信访问题", "信访问题已解决154件"),
            // a quote read across a site name planted in it
            (
                "难点、热点个案",
                "跟踪处理家暴、网络成瘾等难点行业动态XY娱乐官网、热点个案510多个",
            ),
            // a traditional quote with pinyin glosses
            (
                "新兴领域党组织",
                "全省現(xiàn)有新興領(lǐng)域黨組織4.2萬個",
            ),
            // items each given their own figure by 分别
            ("持证社工", "全区持证社工和社区工作者分别达800人和3000人"),
            ("注册志愿者", "注册志愿者与志愿服务队伍分别有5万名和600支"),
            ("城市社区", "城市社区及农村社区分别为40个和120个"),
            // a list item after one counted in Chinese numerals
            ("区级共建单位", "共建单位五家、区级共建单位三家"),
            ("市级示范点", "省级示范点两个、市级示范点6个"),
            ("社区党员", "街道党员九名、社区党员42名"),
        ] {
            assert_eq!(rejection(label, quote), None, "{label}");
        }
    }

    #[test]
    fn a_gloss_with_tone_marks_hides_no_word_of_the_quote() {
        assert_eq!(
            evidence_rejection(
                "品牌项目",
                "打造文明實(shí)踐志愿服務(wù)品牌項(xiàng)目10個"
            ),
            None
        );
        assert_eq!(
            evidence_rejection(
                "品牌项目",
                "打造文明實(shí)踐志愿服務(wù)品牌活動(dòng)10個"
            )
            .as_deref(),
            Some("names 项目, which its quote does not show (another figure's phrase)")
        );
    }

    #[test]
    fn an_extracted_label_names_what_its_quote_shows() {
        assert_eq!(
            evidence_rejection(
                "服务茶农茶企",
                "为300余名老人提供服务 - 城南志愿服务中心累计实施公益项目40个"
            )
            .as_deref(),
            Some("names 茶企, which its quote does not show (another figure's phrase)")
        );
        for (label, quote) in [
            (
                "城南志愿服务中心实施公益项目",
                "城南志愿服务中心累计实施公益项目40个",
            ),
            // composed: a relative clause before a one-character head, a count of years, a
            // list's kind
            ("结对帮扶的村", "引导80家商会与60个村结对帮扶"),
            (
                "信访工作连续被评为先进的年数",
                "信访工作连续6年在全市考核中被评为先进",
            ),
            ("黑河、绥化等地", "黑河、绥化等5地兑现了津贴"),
        ] {
            assert_eq!(evidence_rejection(label, quote), None, "{label}");
        }
    }
}
