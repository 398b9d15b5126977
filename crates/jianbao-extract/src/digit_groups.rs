//! The thousands separators Chinese texts write between groups of three digits: the comma
//! (12,345; a full-width ，is folded to it by ingest), and in statistical and yearbook style a
//! space or a thin space (83 691人, 1 204家). A number so written is one number.

/// Whether `c` may stand between two groups of digits of one number (the caller checks that a
/// group of exactly three digits follows).
pub(crate) fn is_thousands_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\u{2009}' | '\u{202F}' | '\u{00A0}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_other_characters() {
        assert!(is_thousands_separator(','));
        assert!(is_thousands_separator(' '));
        assert!(is_thousands_separator('\u{2009}'));
        assert!(!is_thousands_separator('.'));
        assert!(!is_thousands_separator('、'));
    }
}
