//! Further relevance terms, from `data/relevance-channels.txt`: the channels of 信访 and
//! 人民建议 (网上群众工作, 领导留言板, 群众诉求 …) that a report on that remit may name instead of
//! the remit's own words, and from `data/relevance-grassroots.txt`: the own vocabulary of
//! 基层治理 (居委会, 社区治理, 居民自治) and of answering citizens' requests (接诉即办, 12345,
//! 市民诉求), so that such a report is not dropped as off topic. A chamber's own page names 商会
//! or 行业协会 instead (`data/relevance-chambers.txt`): those words count only on a page that also
//! names the Party's or the state's guidance of chambers (`data/relevance-chamber-guides.txt`),
//! since trade bodies outside the remit carry the same names.

use std::sync::OnceLock;

const CHANNEL_TERMS: &str = include_str!("../../../data/relevance-channels.txt");
const GRASSROOTS_TERMS: &str = include_str!("../../../data/relevance-grassroots.txt");
const CHAMBER_TERMS: &str = include_str!("../../../data/relevance-chambers.txt");
const CHAMBER_GUIDES: &str = include_str!("../../../data/relevance-chamber-guides.txt");

/// The terms of data files: one per line, comments (`#`) and blank lines left out.
fn terms_of<'a>(files: &[&'a str]) -> Vec<&'a str> {
    files
        .iter()
        .flat_map(|f| f.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The further terms, one per non-comment line of the data files.
pub(crate) fn further_terms() -> &'static [&'static str] {
    static TERMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TERMS.get_or_init(|| terms_of(&[CHANNEL_TERMS, GRASSROOTS_TERMS]))
}

/// The names of chambers and associations, counted by [`chamber_hits`].
pub(crate) fn chamber_terms() -> &'static [&'static str] {
    static TERMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TERMS.get_or_init(|| terms_of(&[CHAMBER_TERMS]))
}

/// How many chamber names count towards the relevance of `text`, given `count` of them: all when
/// the text names the Party's or the state's guidance of chambers, else none.
pub(crate) fn chamber_hits(text: &[char], count: usize) -> usize {
    static GUIDES: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    if count == 0 {
        return 0;
    }
    let guides = GUIDES.get_or_init(|| {
        terms_of(&[CHAMBER_GUIDES])
            .iter()
            .map(|t| t.chars().collect())
            .collect()
    });
    let guided = guides
        .iter()
        .any(|g| text.windows(g.len()).any(|w| w == g.as_slice()));
    if guided {
        count
    } else {
        0
    }
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
        assert!(chamber_terms().contains(&"商会"));
    }

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn chamber_names_count_only_where_a_guide_is_named() {
        assert_eq!(chamber_hits(&chars("商会召开会员大会,市工商联出席"), 2), 2);
        assert_eq!(chamber_hits(&chars("商会党支部成立"), 2), 2);
        assert_eq!(
            chamber_hits(&chars("商业总会召开会员代表大会,选出理事长"), 2),
            0
        );
        assert_eq!(chamber_hits(&chars("市工商联"), 0), 0);
    }
}
