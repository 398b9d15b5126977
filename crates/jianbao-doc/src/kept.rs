//! Words a title keeps whole. A briefing's title names the regions it compares
//! (广东、湖南、四川……社会工作情况比较); Chinese line breaking may break between any two
//! ideographs, which splits a name across lines (四|川, 社会|工作). Every renderer keeps the
//! document's keywords (`Metadata::keywords`: the regions and 社会工作) whole in the title.

use std::ops::Range;

/// The byte ranges of `text` taken by one of `words` (two characters or more, no spaces),
/// longest first and left to right, never overlapping.
pub fn kept_word_spans(text: &str, words: &[String]) -> Vec<Range<usize>> {
    let mut words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().count() >= 2 && !w.chars().any(char::is_whitespace))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let mut spans = Vec::new();
    let mut at = 0;
    while at < text.len() {
        match words.iter().find(|w| text[at..].starts_with(**w)) {
            Some(word) => {
                spans.push(at..at + word.len());
                at += word.len();
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    spans
}

/// `text` with a word joiner (U+2060, no width, no break either side) between the characters
/// of each kept word, for renderers that follow Unicode line breaking (UAX #14).
pub fn with_kept_words(text: &str, words: &[String]) -> String {
    let spans = kept_word_spans(text, words);
    let mut out = String::with_capacity(text.len() + 3 * spans.len() * 4);
    for (i, ch) in text.char_indices() {
        if spans.iter().any(|s| s.start < i && i < s.end) {
            out.push('\u{2060}');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn longest_words_first_and_short_ones_ignored() {
        let text = "新疆维吾尔自治区、四川和新疆社会工作情况比较";
        let kept = words(&["新疆", "新疆维吾尔自治区", "四川", "社会工作", "川", ""]);
        let spans: Vec<&str> = kept_word_spans(text, &kept)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(spans, ["新疆维吾尔自治区", "四川", "新疆", "社会工作"]);
    }

    #[test]
    fn joiners_go_inside_kept_words_only() {
        let kept = words(&["四川", "社会工作"]);
        assert_eq!(
            with_kept_words("四川、黑龙江社会工作比较", &kept),
            "四\u{2060}川、黑龙江社\u{2060}会\u{2060}工\u{2060}作比较"
        );
        assert_eq!(with_kept_words("比较", &kept), "比较");
    }
}
