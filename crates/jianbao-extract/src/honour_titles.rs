//! Titles of honour that end in the kind of unit they are given to (全国民主法治示范社区, 省级
//! 文明村, “全国敬老模范社区”称号). A title is written as the body that awards it, what it honours
//! and the unit kind, so it reads like a community's or village's name, and its 全国 like the
//! country as a place; it is neither. The honoured unit is the subject that 获评 or 荣获 it, named
//! elsewhere in the sentence, and the figures stay that unit's. The words are data
//! (data/honour-titles.toml).

use std::ops::Range;
use std::sync::OnceLock;

const HONOUR_TITLES: &str = include_str!("../../../data/honour-titles.toml");

#[derive(serde::Deserialize)]
struct Words {
    verbs: Vec<String>,
    scopes: Vec<String>,
    closers: Vec<String>,
}

struct Vocabulary {
    verbs: Vec<Vec<char>>,
    scopes: Vec<Vec<char>>,
    closers: Vec<Vec<char>>,
}

fn vocabulary() -> &'static Vocabulary {
    static WORDS: OnceLock<Vocabulary> = OnceLock::new();
    WORDS.get_or_init(|| {
        let words: Words = toml::from_str(HONOUR_TITLES).expect("data/honour-titles.toml parses");
        let chars = |list: Vec<String>| list.iter().map(|w| w.chars().collect()).collect();
        Vocabulary {
            verbs: chars(words.verbs),
            scopes: chars(words.scopes),
            closers: chars(words.closers),
        }
    })
}

/// Quotation marks that open or close a title written in quotes.
const OPENING_QUOTES: &[char] = &['“', '「', '‘', '"'];
const CLOSING_QUOTES: &[char] = &['”', '」', '’', '"'];

/// The most characters a title runs before the name the local reader found at its end (全国民主
/// 法治示范 before 社区): further back is the sentence's other words.
const MAX_TITLE_CHARS: usize = 10;

/// Whether `text` ends with `word`.
fn ends_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len() && text[text.len() - word.len()..] == *word
}

/// `chars[..at]` without an opening quotation mark right before `at`.
fn before_quote(chars: &[char], at: usize) -> &[char] {
    match at.checked_sub(1) {
        Some(k) if OPENING_QUOTES.contains(&chars[k]) => &chars[..k],
        _ => &chars[..at],
    }
}

/// Whether the community or village name at `name` (as the local reader found it, its suffix
/// included) is a title of honour: the run of Han characters it ends (back to `floor`, the end of
/// the place named before it, and at most [`MAX_TITLE_CHARS`]) holds a scope of award (全国,
/// 省级 …) or a verb of being honoured (荣获 …), or such a verb stands right before the run (with
/// an opening quote between), or 称号 follows the name (with a closing quote between).
pub(crate) fn is_title(chars: &[char], name: &Range<usize>, floor: usize) -> bool {
    let v = vocabulary();
    let limit = name.end.saturating_sub(MAX_TITLE_CHARS).max(floor);
    let mut start = name.start;
    while start > limit && crate::labels::is_han(chars[start - 1]) {
        start -= 1;
    }
    let run = &chars[start..name.end];
    let holds =
        |words: &[Vec<char>]| (0..run.len()).any(|k| words.iter().any(|w| run[k..].starts_with(w)));
    let after_verb = v
        .verbs
        .iter()
        .any(|w| ends_with(before_quote(chars, start), w));
    let rest = &chars[name.end..];
    let rest = match rest.first() {
        Some(c) if CLOSING_QUOTES.contains(c) => &rest[1..],
        _ => rest,
    };
    let closed = v.closers.iter().any(|w| rest.starts_with(w));
    holds(&v.scopes) || holds(&v.verbs) || after_verb || closed
}

/// Whether 全国 at `i` opens a title or a name rather than naming the country: written after an
/// opening quote (“全国敬老模范社区”, 《全国……规划》) or right after a verb of being honoured
/// (获评全国民主法治示范社区, 荣获全国先进……).
pub(crate) fn national_opens_title(chars: &[char], i: usize) -> bool {
    (i > 0 && (OPENING_QUOTES.contains(&chars[i - 1]) || chars[i - 1] == '《'))
        || vocabulary().verbs.iter().any(|w| ends_with(&chars[..i], w))
}
