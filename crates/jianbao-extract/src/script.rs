//! Traditional → simplified characters for analysis (a page from 香港, 澳门 or 台湾, or a mainland
//! page set in traditional characters).
//!
//! The vocabularies, the gazetteer and the number reader are written in simplified characters;
//! a traditional text (社會工作, 誌願者, 3萬個) is read through OpenCC's character tables
//! (data/opencc: `TSCharacters`, with the Taiwan and Hong Kong variant forms first brought to
//! OpenCC's standard). The conversion is one character for one character, so every position found
//! in the converted text is a position in the original: quotes stay exact in the original script.
//! Phrase-level conversion (OpenCC's `TSPhrases`) is not needed to recognise the domain's words and
//! would change lengths.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const TS_CHARACTERS: &str = include_str!("../../../data/opencc/TSCharacters.txt");
const TW_VARIANTS_REV: &str = include_str!("../../../data/opencc/TWVariantsRev.txt");
const HK_VARIANTS_REV: &str = include_str!("../../../data/opencc/HKVariantsRev.txt");

/// A page counts as traditional when at least this share (per mille) of its Han characters
/// have a different simplified form …
const MIN_TRADITIONAL_PER_MILLE: usize = 20;
/// … and at least this many do (a simplified page may quote a name such as 於 or 乾).
const MIN_TRADITIONAL_CHARS: usize = 5;

/// Each OpenCC table line is `from<TAB>to [alternatives]`; the first target is the default.
fn parse_table(text: &str, into: &mut FxHashMap<char, char>) {
    into.reserve(text.lines().count());
    for line in text.lines() {
        let mut cells = crate::places::tab_cells(line);
        let (Some(from), Some(to)) = (cells.next(), cells.next()) else {
            continue;
        };
        let mut from_chars = from.chars();
        // the first of the space-separated targets (a space is one byte: found by a byte search)
        let first_target = &to[..to.bytes().position(|b| b == b' ').unwrap_or(to.len())];
        let mut target_chars = first_target.chars();
        let to = target_chars
            .next()
            .filter(|_| target_chars.next().is_none());
        if let (Some(f), None, Some(t)) = (from_chars.next(), from_chars.next(), to) {
            into.entry(f).or_insert(t);
        }
    }
}

struct Tables {
    /// Taiwan and Hong Kong variant forms → OpenCC's standard traditional forms.
    variants: FxHashMap<char, char>,
    /// Standard traditional → simplified.
    simplified: FxHashMap<char, char>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut variants = FxHashMap::default();
        parse_table(TW_VARIANTS_REV, &mut variants);
        parse_table(HK_VARIANTS_REV, &mut variants);
        let mut simplified = FxHashMap::default();
        parse_table(TS_CHARACTERS, &mut simplified);
        Tables {
            variants,
            simplified,
        }
    })
}

/// The simplified form of one character (itself when it has none).
pub fn simplified(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let t = tables();
    let standard = t.variants.get(&c).copied().unwrap_or(c);
    t.simplified
        .get(&standard)
        .or_else(|| t.simplified.get(&c))
        .copied()
        .unwrap_or(standard)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `chars` are written in traditional characters (enough of them have another
/// simplified form).
pub fn is_traditional(chars: &[char]) -> bool {
    let (mut han, mut traditional) = (0usize, 0usize);
    for &c in chars {
        if is_han(c) {
            han += 1;
            if simplified(c) != c {
                traditional += 1;
            }
        }
    }
    traditional >= MIN_TRADITIONAL_CHARS && traditional * 1000 >= MIN_TRADITIONAL_PER_MILLE * han
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str) -> String {
        text.chars().map(simplified).collect()
    }

    #[test]
    fn converts_the_domain_words_one_for_one() {
        assert_eq!(convert("社會工作部"), "社会工作部");
        assert_eq!(convert("誌願服務隊伍"), "志愿服务队伍");
        assert_eq!(convert("3萬個"), "3万个");
        assert_eq!(convert("臺灣"), "台湾");
        assert_eq!(convert("廣東省廣州市"), "广东省广州市");
    }

    #[test]
    fn tells_traditional_pages_from_simplified_ones() {
        let t: Vec<char> = "全省註冊誌願者達到1200萬人,志願服務時長超過3億小時。"
            .chars()
            .collect();
        assert!(is_traditional(&t));
        let s: Vec<char> = "全省注册志愿者达到1200万人,志愿服务时长超过3亿小时,成效显著。"
            .chars()
            .collect();
        assert!(!is_traditional(&s));
    }
}
