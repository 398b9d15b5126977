//! Further relevance terms, from `data/relevance-channels.txt`: the channels of 信访 and
//! 人民建议 (网上群众工作, 领导留言板, 群众诉求 …) that a report on that remit may name instead of
//! the remit's own words, and from `data/relevance-grassroots.txt`: the own vocabulary of
//! 基层治理 (居委会, 社区治理, 居民自治) and of answering citizens' requests (接诉即办, 12345,
//! 市民诉求), so that such a report is not dropped as off topic.

use std::sync::OnceLock;

const CHANNEL_TERMS: &str = include_str!("../../../data/relevance-channels.txt");
const GRASSROOTS_TERMS: &str = include_str!("../../../data/relevance-grassroots.txt");

/// The further terms, one per non-comment line of the data files.
pub(crate) fn further_terms() -> &'static [&'static str] {
    static TERMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TERMS.get_or_init(|| {
        CHANNEL_TERMS
            .lines()
            .chain(GRASSROOTS_TERMS.lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_gives_terms_without_comments_or_blanks() {
        let terms = further_terms();
        assert!(terms.contains(&"领导留言板"));
        assert!(terms.contains(&"接诉即办"));
        assert!(terms.iter().all(|t| !t.is_empty() && !t.starts_with('#')));
    }
}
