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

// `SIMPLIFIED_HAN` (the simplified form of each character of U+4E00..=U+9FFF) and
// `SIMPLIFIED_OTHER` (sorted (from, to) pairs of the other characters that change): OpenCC's
// tables (data/opencc) read when the crate was built (build.rs, build/opencc.rs).
include!(concat!(env!("OUT_DIR"), "/opencc.rs"));

/// The first character of `SIMPLIFIED_HAN`.
const HAN_FIRST: u32 = 0x4e00;

/// A page counts as traditional when at least this share (per mille) of its Han characters
/// have a different simplified form …
const MIN_TRADITIONAL_PER_MILLE: usize = 20;
/// … and at least this many do (a simplified page may quote a name such as 於 or 乾).
const MIN_TRADITIONAL_CHARS: usize = 5;

/// The simplified form of one character (itself when it has none).
pub fn simplified(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match SIMPLIFIED_HAN.get((c as u32).wrapping_sub(HAN_FIRST) as usize) {
        Some(&s) => s,
        None => SIMPLIFIED_OTHER
            .binary_search_by_key(&c, |&(from, _)| from)
            .map_or(c, |k| SIMPLIFIED_OTHER[k].1),
    }
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `chars` are written in traditional characters (enough of them have another
/// simplified form).
pub fn is_traditional<C: std::borrow::Borrow<char>>(chars: impl IntoIterator<Item = C>) -> bool {
    let (mut han, mut traditional) = (0usize, 0usize);
    for c in chars {
        let c = *c.borrow();
        if is_han(c) {
            han += 1;
            if simplified(c) != c {
                traditional += 1;
            }
        }
    }
    traditional >= MIN_TRADITIONAL_CHARS && traditional * 1000 >= MIN_TRADITIONAL_PER_MILLE * han
}

/// The longest pinyin syllable (zhuang, shuang).
const MAX_GLOSS_LETTERS: usize = 6;

/// The length of a pinyin gloss that opens with `c`, followed by `rest`, right after the Han
/// character `prev`: one syllable of lower-case Latin letters, tone marks included, in
/// parentheses (社區(qū), 鄉(xiāng)鎮(zhèn)), as pages converted with reading aids print them after
/// characters; 0 when there is none. Such a gloss is no part of the words it interrupts, so
/// analysis reads past it (the original, quotes included, keeps it). It reads the text as it
/// goes, so normalising needs no copy of the text as characters.
#[inline]
pub fn gloss_len(c: char, mut rest: impl Iterator<Item = char>, prev: Option<char>) -> usize {
    if !matches!(c, '(' | '（') || !prev.is_some_and(is_han) {
        return 0;
    }
    let mut letters = 0;
    for next in rest.by_ref().take(MAX_GLOSS_LETTERS + 1) {
        if next.is_lowercase() && next.is_alphabetic() && !is_han(next) {
            letters += 1;
            continue;
        }
        let closed = matches!(next, ')' | '）');
        return if (1..=MAX_GLOSS_LETTERS).contains(&letters) && closed {
            letters + 2
        } else {
            0
        };
    }
    0
}

/// The tables' source, to check the generated statics against (tests only).
// Only its reading half is used here: writing Rust is the build's.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../build/opencc.rs"]
mod opencc_source;

#[cfg(test)]
mod tests {
    use super::*;

    /// The statics from the build give every character the form OpenCC's tables give it.
    #[test]
    fn generated_tables_are_the_opencc_tables() {
        let source = opencc_source::Simplifier::new(
            include_str!("../../../data/opencc/TWVariantsRev.txt"),
            include_str!("../../../data/opencc/HKVariantsRev.txt"),
            include_str!("../../../data/opencc/TSCharacters.txt"),
        );
        let mut changed = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                simplified(c),
                source.simplified(c),
                "{c} U+{:04X}",
                c as u32
            );
            changed += usize::from(simplified(c) != c);
        }
        assert!(changed > 2_500, "only {changed} characters change");
    }

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

    fn without_glosses(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let skip = gloss_len(chars[i], chars[i + 1..].iter().copied(), out.chars().last());
            if skip > 0 {
                i += skip;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        out
    }

    #[test]
    fn pinyin_glosses_after_characters_are_read_past() {
        assert_eq!(without_glosses("全市社區(qū)工作者"), "全市社區工作者");
        assert_eq!(without_glosses("12個(gè)鄉(xiāng)鎮(zhèn)"), "12個鄉鎮");
        assert_eq!(without_glosses("社区（qū）服务"), "社区服务");
        // a gloss needs a Han character before it and one syllable of lower-case letters
        assert_eq!(without_glosses("见附件(a)"), "见附件");
        assert_eq!(without_glosses("站点(APP)上线"), "站点(APP)上线");
        assert_eq!(without_glosses("2024(xiāng)"), "2024(xiāng)");
        assert_eq!(without_glosses("名称(zhuangshuang)"), "名称(zhuangshuang)");
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
