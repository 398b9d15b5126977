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
words_of!(place_before_has, "place_before_has");
words_of!(not_after_has, "not_after_has");
words_of!(yearly_average, "yearly_average");
words_of!(looks_back, "looks_back");
words_of!(profile, "profile");

/// How far before a figure the 有 of a place's make-up (红旗村有农户420户) may stand.
const PLACE_HAS_REACH: usize = 12;

/// Whether `clause` (the text of a figure's clause before it) tells a place's make-up with 有
/// right after the place's name (红旗村有农户420户, 二里街道有志愿服务队18支; data/standing-dates.txt,
/// place_before_has): within [`PLACE_HAS_REACH`] characters of the figure, and not 有 opening a
/// word of its own (有关, 有效: not_after_has).
pub(super) fn place_has(clause: &[char]) -> bool {
    let first = |w: &[Vec<char>], c: char| w.iter().any(|x| x.first() == Some(&c));
    let from = clause.len().saturating_sub(PLACE_HAS_REACH).max(1);
    (from..clause.len()).any(|k| {
        clause[k] == '有'
            && first(place_before_has(), clause[k - 1])
            && clause
                .get(k + 1)
                .is_none_or(|&c| !first(not_after_has(), c))
    })
}

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
