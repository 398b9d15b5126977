//! Named places below the county that no gazetteer lists: streets (柳巷街道), towns (青村镇) and
//! communities (察院后社区). A figure stated for one stays at street level: it is never promoted to
//! the city or district the article is about. The words are data (data/local-places.toml).

use std::ops::Range;
use std::sync::OnceLock;

const LOCAL_DATA: &str = include_str!("../../../data/local-places.toml");

#[derive(serde::Deserialize, Default)]
struct LocalWords {
    suffixes: Vec<String>,
    max_name_chars: usize,
    boundaries: String,
    generic: Vec<String>,
    not_starts: Vec<String>,
    not_after: Vec<String>,
}

struct Vocabulary {
    suffixes: Vec<Vec<char>>,
    max_name_chars: usize,
    boundaries: Vec<char>,
    generic: Vec<Vec<char>>,
    not_starts: Vec<Vec<char>>,
    not_after: Vec<Vec<char>>,
}

fn vocabulary() -> &'static Vocabulary {
    static WORDS: OnceLock<Vocabulary> = OnceLock::new();
    WORDS.get_or_init(|| {
        // the embedded file is checked by this module's tests, so it parses in a release
        let words: LocalWords = toml::from_str(LOCAL_DATA).unwrap_or_default();
        let chars = |list: &[String]| -> Vec<Vec<char>> {
            let mut out: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        Vocabulary {
            suffixes: chars(&words.suffixes),
            max_name_chars: words.max_name_chars,
            boundaries: words.boundaries.chars().collect(),
            generic: chars(&words.generic),
            not_starts: chars(&words.not_starts),
            not_after: chars(&words.not_after),
        }
    })
}

fn starts_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len() && text[..word.len()] == *word
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Every named street, town or community in `chars` (one sentence) that does not overlap
/// `known` (places the gazetteer found, in order of position): the range of its name, suffix
/// included.
pub fn find_locals(chars: &[char], known: &[Range<usize>]) -> Vec<Range<usize>> {
    let v = vocabulary();
    let mut out: Vec<Range<usize>> = Vec::new();
    let (mut next_known, mut known_end) = (0, 0);
    let mut i = 0;
    while i < chars.len() {
        let Some(suffix) = v.suffixes.iter().find(|s| starts_with(&chars[i..], s)) else {
            i += 1;
            continue;
        };
        let end = i + suffix.len();
        if v.not_after.iter().any(|w| starts_with(&chars[end..], w)) {
            i = end;
            continue;
        }
        // the name runs back to a boundary, a known place, a previous local name or a non-Han
        // (known places come in order: one pass over them for the whole sentence)
        while next_known < known.len() && known[next_known].end <= i {
            known_end = known_end.max(known[next_known].end);
            next_known += 1;
        }
        let floor = known_end
            .max(out.last().map_or(0, |r| r.end))
            .max(i.saturating_sub(v.max_name_chars));
        let mut start = i;
        while start > floor && is_han(chars[start - 1]) && !v.boundaries.contains(&chars[start - 1])
        {
            start -= 1;
        }
        let name = &chars[start..i];
        let whole = &chars[start..end];
        // 城乡社区, 农村社区: a kind of place; 乡镇, 城镇: one word
        let ends_with = |text: &[char], g: &[char]| {
            text.len() >= g.len() && text[text.len() - g.len()..] == g[..]
        };
        let generic = v
            .generic
            .iter()
            .any(|g| ends_with(name, g) || ends_with(whole, g));
        let overlaps = known[next_known..]
            .iter()
            .take_while(|r| r.start < end)
            .any(|r| start < r.end);
        let verb = v.not_starts.iter().any(|w| starts_with(name, w));
        if name.len() >= 2 && !generic && !verb && !overlaps {
            out.push(start..end);
        }
        i = end;
    }
    out
}

/// Whether `text` opens with a verb or adverb of a sentence (新增, 建成, 已 …), which no name does.
pub(crate) fn opens_with_verb(text: &[char]) -> bool {
    vocabulary().not_starts.iter().any(|w| starts_with(text, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        find_locals(&chars, &[])
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    #[test]
    fn embedded_words_parse() {
        let words: LocalWords = toml::from_str(LOCAL_DATA).expect("data/local-places.toml parses");
        assert!(!words.suffixes.is_empty());
    }

    #[test]
    fn named_streets_and_communities() {
        assert_eq!(names("在柳巷街道察院后社区,"), ["柳巷街道", "察院后社区"]);
        assert_eq!(names("青村镇组建志愿服务队12支"), ["青村镇"]);
        assert!(names("推动城乡社区治理,全市乡镇和社区工作者").is_empty());
        assert!(names("各乡镇(街道)社工站").is_empty());
    }
}
