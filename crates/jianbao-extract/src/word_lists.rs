//! Word lists kept as data files: one word a line, `#` opening a comment line, blank lines left
//! out. Every list of this form is read the same way here, so that a comment or a stray space in
//! any data file means the same to every pass.

/// The words of a list file, trimmed, in file order.
pub(crate) fn words(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words of a list file as character vectors, the form the passes match on.
pub(crate) fn char_words(file: &str) -> Vec<Vec<char>> {
    words(file).map(|w| w.chars().collect()).collect()
}

/// A TOML list of words read as character vectors (`#[serde(deserialize_with =
/// "crate::word_lists::deserialize_char_words")]`), for data files whose tables hold word lists.
pub(crate) fn deserialize_char_words<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<Vec<char>>, D::Error> {
    let words: Vec<String> = serde::Deserialize::deserialize(d)?;
    Ok(words.iter().map(|w| w.chars().collect()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blanks_and_spaces_are_not_words() {
        let file = "# a comment\n社区\n\n  街道 \n#不是\n";
        assert_eq!(words(file).collect::<Vec<_>>(), ["社区", "街道"]);
        assert_eq!(char_words(file)[1], vec!['街', '道']);
    }
}
