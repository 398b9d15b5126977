//! Characters no output format can carry. XML 1.0 (DOCX) forbids C0 controls other than tab
//! and line breaks and the noncharacters U+FFFE/U+FFFF; HTML shows controls as garbage;
//! U+2028/U+2029 are line breaks to Typst (turning text into a list) but not to Markdown. They
//! are removed (separators become a space) once, from the Markdown every renderer reads, so
//! all formats say the same.

use std::borrow::Cow;

/// What becomes of one character: kept, dropped, or replaced by a space.
fn fate(c: char) -> Option<Option<char>> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\u{2028}' | '\u{2029}' | '\u{85}' => Some(Some(' ')),
        c if c.is_control() => Some(None),
        '\u{fdd0}'..='\u{fdef}' => Some(None),
        c if (c as u32) & 0xfffe == 0xfffe => Some(None),
        _ => None,
    }
}

/// `text` without the characters described in the module documentation.
pub fn clean_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| fate(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match fate(c) {
                None => Some(c),
                Some(replacement) => replacement,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_invalid_and_separator_characters_go() {
        assert_eq!(
            clean_text("a\u{0}b\u{b}c\u{1b}d\u{fffe}e\u{ffff}f\u{2028}g\u{1fffe}"),
            "abcdef g"
        );
        assert!(matches!(clean_text("浙江\t27.5万人\n"), Cow::Borrowed(_)));
    }
}
