//! A rank among the best is no count: 办结满意率位于前三名的单位, 考核排名前5位的街道, 名列全省前十名
//! tell where a unit placed, not how many people there are, though 名 and 位 are also measure words
//! of people. The ranking words are in `data/not-counts-ranks.txt`; a ranking told without one
//! (渗透率前五名分别为 …) is known by the cues of `data/not-counts-rank-cues.toml`: the ranked units
//! listed after the figure, or the measure they are ranked by right before 前.

use crate::numbers::Quantity;
use std::sync::OnceLock;

const RANKING_WORDS: &str = include_str!("../../../data/not-counts-ranks.txt");
const RANK_CUES: &str = include_str!("../../../data/not-counts-rank-cues.toml");

/// data/not-counts-rank-cues.toml.
#[derive(serde::Deserialize)]
struct RankCues {
    listed_after: Vec<String>,
    measured_before: Vec<String>,
    not_after: Vec<String>,
}

/// [`RankCues`] as characters.
struct RankCueChars {
    listed_after: Vec<Vec<char>>,
    measured_before: Vec<Vec<char>>,
    not_after: Vec<Vec<char>>,
}

fn rank_cues() -> &'static RankCueChars {
    static CUES: OnceLock<RankCueChars> = OnceLock::new();
    CUES.get_or_init(|| {
        let c: RankCues = toml::from_str(RANK_CUES).expect("data/not-counts-rank-cues.toml parses");
        let chars = |l: Vec<String>| l.iter().map(|w| w.chars().collect()).collect();
        RankCueChars {
            listed_after: chars(c.listed_after),
            measured_before: chars(c.measured_before),
            not_after: chars(c.not_after),
        }
    })
}

/// Whether the figure after 前 at `qian` is a ranking's cut-off by the further cues: the ranked
/// units listed after it, or a measure right before 前, and 前 no word of time.
fn ranked_by_cue(s: &[char], qian: usize, q: &Quantity) -> bool {
    let cues = rank_cues();
    let ends_before = |words: &[Vec<char>]| {
        words
            .iter()
            .any(|w| qian >= w.len() && s[qian - w.len()..qian] == w[..])
    };
    if ends_before(&cues.not_after) {
        return false;
    }
    let listed = cues
        .listed_after
        .iter()
        .any(|w| s[q.range.end..].starts_with(w));
    listed || ends_before(&cues.measured_before)
}

/// How far before 前 a ranking word may end (全省, 全国 between them).
const RANKING_WORD_REACH: usize = 3;

fn ranking_words() -> &'static [Vec<char>] {
    static WORDS: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    WORDS.get_or_init(|| crate::word_lists::char_words(RANKING_WORDS))
}

/// Whether `q` in sentence `s` is a rank (前三名, 前5位) after a ranking word of its clause.
pub(crate) fn is_a_rank(s: &[char], q: &Quantity) -> bool {
    if !matches!(q.unit.as_str(), "名" | "位") {
        return false;
    }
    let Some(qian) = q.range.start.checked_sub(1) else {
        return false;
    };
    if s[qian] != '前' {
        return false;
    }
    let clause_start = s[..qian]
        .iter()
        .rposition(|&c| crate::catalog::is_clause_break(c))
        .map_or(0, |p| p + 1);
    let reach_start = qian.saturating_sub(RANKING_WORD_REACH).max(clause_start);
    (reach_start..=qian).any(|end| {
        ranking_words()
            .iter()
            .any(|w| end >= clause_start + w.len() && s[end - w.len()..end] == w[..])
    }) || ranked_by_cue(s, qian, q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn rank_of(text: &str) -> Vec<(f64, bool)> {
        let s: Vec<char> = text.chars().collect();
        find_quantities(&s)
            .iter()
            .map(|q| (q.value, is_a_rank(&s, q)))
            .collect()
    }

    #[test]
    fn places_in_a_ranking_are_ranks() {
        assert_eq!(rank_of("办结满意率位于前三名的单位"), vec![(3.0, true)]);
        assert_eq!(rank_of("考核排名前5位的街道"), vec![(5.0, true)]);
        assert_eq!(rank_of("满意度名列全省前十名"), vec![(10.0, true)]);
        assert_eq!(rank_of("各市参与率前五名分别为"), vec![(5.0, true)]);
        assert_eq!(rank_of("得分前3位依次是"), vec![(3.0, true)]);
        assert_eq!(rank_of("群众满意度前十名的窗口"), vec![(10.0, true)]);
    }

    #[test]
    fn people_counted_stay_counts() {
        assert_eq!(rank_of("目前3名社工在岗"), vec![(3.0, false)]);
        assert_eq!(rank_of("位于前街的站点有5名社工"), vec![(5.0, false)]);
        assert_eq!(rank_of("此前12名志愿者"), vec![(12.0, false)]);
        assert_eq!(rank_of("此前5名分别为"), vec![(5.0, false)]);
        assert_eq!(
            rank_of("前5名志愿者分别来自三个社区"),
            vec![(5.0, false), (3.0, false)]
        );
    }
}
