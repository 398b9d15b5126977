//! Page furniture: the lines a page prints around an article (crumbs, share bars, editors'
//! lines, summaries, teaser lists, keyword and spam bars), which belong to no sentence and set no
//! figure's place. Its words are data (data/page-furniture.toml).

use super::is_sentence_end;

#[cfg(test)]
const FURNITURE: &str = include_str!("../../../../data/page-furniture.toml");

// `FURNITURE_WORDS`: data/page-furniture.toml as `FurnitureWords` of static lists, written when
// the crate was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the
// tests check it equals the parse.
include!(concat!(env!("OUT_DIR"), "/furniture_words.rs"));

/// data/page-furniture.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them).
#[derive(serde::Deserialize, Debug)]
struct FurnitureWords<L> {
    starts: L,
    ends: L,
    max_caption_chars: usize,
    tails: L,
    summaries: L,
}

struct Furniture {
    starts: Vec<Vec<char>>,
    ends: Vec<Vec<char>>,
    max_caption_chars: usize,
    tails: Vec<Vec<char>>,
    /// The longest of `tails`, in characters.
    max_tail_chars: usize,
    summaries: Vec<Vec<char>>,
}

fn furniture() -> &'static Furniture {
    static WORDS: std::sync::OnceLock<Furniture> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let words = &FURNITURE_WORDS;
        let chars = |list: &[&str]| list.iter().map(|w| w.chars().collect()).collect();
        let tails: Vec<Vec<char>> = chars(words.tails);
        Furniture {
            max_tail_chars: tails.iter().map(Vec::len).max().unwrap_or(0),
            starts: chars(words.starts),
            ends: chars(words.ends),
            max_caption_chars: words.max_caption_chars,
            tails,
            summaries: chars(words.summaries),
        }
    })
}

/// Whether a (normalised) line is the page's summary of its article (摘要:, 核心提示:, 导读:): it
/// belongs to the article's head, so a figure it repeats is the body's figure said again.
pub(super) fn is_summary(line: &[char]) -> bool {
    furniture()
        .summaries
        .iter()
        .any(|w| line.len() >= w.len() && line.iter().zip(w).all(|(t, c)| t == c))
}

/// Whether a (normalised) line heads the page's tail of teasers (新闻推荐, 猜你喜欢): every line
/// after it belongs to other stories.
pub fn opens_teasers(line: &[char]) -> bool {
    let f = furniture();
    // every line of every page is tested: a line with more characters than the longest heading
    // is no heading, and is not copied whole to find that out
    let mut text: Vec<char> = Vec::with_capacity(f.max_tail_chars + 1);
    for &c in line {
        if !c.is_whitespace() && !matches!(c, '【' | '】' | '[' | ']' | ':') {
            if text.len() == f.max_tail_chars {
                return false;
            }
            text.push(c);
        }
    }
    f.tails.contains(&text)
}

/// Whether a (normalised) line is itself a teaser block (相关新闻:浙江……, 热点推荐 福建……): it
/// opens with a teaser heading and goes on with other stories' titles.
pub fn is_teaser_line(line: &[char]) -> bool {
    // (after the marks that set a teaser heading off: 【延伸阅读】, ▶相关新闻)
    let start = line
        .iter()
        .position(|c| !c.is_whitespace() && !"【[■▶►●·•→".contains(*c))
        .unwrap_or(line.len());
    let line = &line[start..];
    furniture()
        .tails
        .iter()
        .any(|w| line.len() >= w.len() && line.iter().zip(w).all(|(t, c)| t == c))
}

/// Whether a (normalised) line opens as page furniture does (来源:, 发布时间:, 责任编辑 …):
/// such a line never continues the text above it.
pub(super) fn opens_furniture(line: &[char]) -> bool {
    furniture()
        .starts
        .iter()
        .any(|w| line.len() >= w.len() && line.iter().zip(w).all(|(t, c)| t == c))
}

/// Whether a (normalised) line is page furniture or a photo caption (data/page-furniture.toml):
/// such a line gives no figure and sets no place.
pub fn is_furniture(line: &[char]) -> bool {
    let f = furniture();
    // compared character by character: most words differ at the first compared character,
    // where a slice comparison calls memcmp (every line and sentence is tested)
    let starts_with = |text: &[char], w: &[char]| {
        text.len() >= w.len() && text.iter().zip(w).all(|(t, c)| t == c)
    };
    let ends_with = |text: &[char], w: &[char]| {
        text.len() >= w.len() && text.iter().rev().zip(w.iter().rev()).all(|(t, c)| t == c)
    };
    let starts = f.starts.iter().any(|w| starts_with(line, w));
    let trimmed: &[char] = {
        let end = line
            .iter()
            .rposition(|c| !c.is_whitespace() && !matches!(c, '。' | ')'))
            .map_or(0, |p| p + 1);
        &line[..end]
    };
    let ends = line.len() <= f.max_caption_chars
        && f.ends
            .iter()
            .any(|w| ends_with(trimmed, w) || ends_with(line, w));
    // breadcrumbs: 地方网 > 广西 > 今日广西 > 正文
    let crumbs = line
        .iter()
        .filter(|&&c| matches!(c, '>' | '»' | '›'))
        .count()
        >= 2;
    starts || ends || crumbs
}

/// Whether a (normalised) line, whose inner spaces between words were at `gaps` (positions in
/// the line), is a keyword bar or tag line (关键词:志愿服务 社会工作 新就业群体, 社工 | 社区 |
/// 志愿者): a run of short terms set apart by spaces or bars, with no clause, sentence or
/// figure among them. Such a line is page furniture (site tags, search bait) and belongs to
/// neither the line above nor the one below. A title may set two or three phrases apart by
/// spaces instead of commas (聚焦新就业群体 打造暖心驿站 共建友好城市), so terms set apart by
/// spaces alone make a bar only when there are many of them; three do after a label (关键词:)
/// or between bars. A spam bar that a hacked or scraped page carries above its text names
/// many sites (10 to 30), some with Latin letters or digits in the name (开云体育app, 米乐m6,
/// 91制片厂), set apart by spaces, bars or commas: so many short terms make a bar whatever their
/// characters and digits, as no sentence or title breaks into ten short pieces without a
/// clause of its own; a row of counts (社工站 36个 驿站 20个 …) stays text.
pub(crate) fn is_keyword_bar(line: &[char], gaps: &[usize]) -> bool {
    const MIN_MARKED_TERMS: usize = 3;
    const MIN_SPACED_TERMS: usize = 5;
    const MAX_TERM_CHARS: usize = 8;
    const MIN_SPAM_TERMS: usize = 10;
    const MAX_SPAM_TERM_CHARS: usize = 16;
    // a label before the terms (关键词:, 标签:) is not a term
    let start = line
        .iter()
        .position(|&c| c == ':')
        .filter(|&p| p <= 4)
        .map_or(0, |p| p + 1);
    let (mut terms, mut longest, mut counts) = (0, 0, false);
    let (mut barred, mut commas, mut digits) = (false, false, false);
    let mut term_start = start;
    let mut gaps = gaps.iter().copied().filter(|&g| g > start).peekable();
    for i in start..=line.len() {
        let at_gap = gaps.peek() == Some(&i);
        if at_gap {
            gaps.next();
        }
        let at_bar = i < line.len() && matches!(line[i], '|' | '/');
        let at_comma = i < line.len() && matches!(line[i], ',' | '，');
        barred |= at_bar;
        commas |= at_comma;
        // commas set sites apart only among bars: before any, they set clauses apart
        if at_comma && !barred {
            return false;
        }
        if i == line.len() || at_gap || at_bar || at_comma {
            let term = &line[term_start..i];
            let term = match term.first() {
                Some('|' | '/' | ',' | '，') => &term[1..],
                _ => term,
            };
            if term.len() > MAX_SPAM_TERM_CHARS {
                return false;
            }
            if !term.is_empty() {
                terms += 1;
                longest = longest.max(term.len());
                // a count with its unit (36个) makes a row of figures, not a bar of names
                counts = counts
                    || (term.iter().any(char::is_ascii_digit)
                        && crate::numbers::find_quantities(term)
                            .iter()
                            .any(|q| !q.unit.is_empty()));
            }
            term_start = i;
        } else if is_sentence_end(line[i]) || matches!(line[i], '、' | '。') {
            return false;
        } else {
            digits |= line[i].is_ascii_digit();
        }
    }
    let min_terms = if start > 0 || barred {
        MIN_MARKED_TERMS
    } else {
        MIN_SPACED_TERMS
    };
    let tag_line = !digits && !commas && longest <= MAX_TERM_CHARS && terms >= min_terms;
    let spam_bar = terms >= MIN_SPAM_TERMS && !counts;
    tag_line || spam_bar
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The static build.rs wrote is data/page-furniture.toml as it parses now.
    #[test]
    fn furniture_words_static_equals_the_parse() {
        let parsed: FurnitureWords<Vec<String>> =
            toml::from_str(FURNITURE).expect("data/page-furniture.toml parses");
        assert_eq!(format!("{FURNITURE_WORDS:#?}"), format!("{parsed:#?}"));
    }
}
