//! The dating vocabularies kept in data/standing-dates.txt: words of a whole place's profile told
//! with 有 and of an honour's title after a year. Parsed once.

/// Words of data/standing-dates.txt.
const STANDING_DATES: &str = include_str!("../../../../data/standing-dates.txt");

/// The words of one kind in a word file of lines `kind<TAB>word` (data/standing-dates.txt,
/// data/page-date-lines.txt; `#` opens a comment line), parsed once per kind by the caller.
pub(super) fn tagged_words(file: &str, kind: &str) -> Vec<Vec<char>> {
    file.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(k, _)| *k == kind)
        .map(|(_, w)| w.trim().chars().collect())
        .collect()
}

macro_rules! words_of {
    ($name:ident, $kind:literal) => {
        pub(super) fn $name() -> &'static [Vec<char>] {
            static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
            WORDS.get_or_init(|| tagged_words(STANDING_DATES, $kind))
        }
    };
}

words_of!(whole_place_has, "whole_place_has");
words_of!(honour_title, "honour_title");

/// Whether `word` is written at `at` of `chars`.
pub(super) fn at(chars: &[char], at: usize, word: &[char]) -> bool {
    chars.len() >= at + word.len() && chars[at..at + word.len()] == *word
}

/// Whether any of `words` is written anywhere in `text`.
pub(super) fn any_in(text: &[char], words: &[Vec<char>]) -> bool {
    (0..text.len()).any(|i| words.iter().any(|w| at(text, i, w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words() {
        assert!(whole_place_has().len() >= 5);
        assert!(honour_title().len() >= 3);
    }
}
