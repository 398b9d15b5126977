//! A point that states figures takes the theme its figures were given: what the sentence
//! reports decides, as it decides each figure's theme (whose party organisations, whose
//! residents, whose gifts), not the first remit word the sentence happens to name. A party
//! statistics sentence that counts the base organisations of offices, institutions, firms and
//! social organisations (机关……事业单位……企业……社会组织基层党组织) reports the party's
//! statistics, as its figures do, and is no new-sector party-building point because 企业 and
//! 社会组织 are among the owners it lists.

use jianbao_facts::{Fact, Theme};

/// The theme of the figures (`facts`, with their sentences' ranges) whose spans lie inside
/// `span` (original character offsets of a point's text): the theme most of them have, and of
/// themes as many have, the first figure's; `None` when the point states no figure.
pub(super) fn theme_of_figures(
    facts: &[(Fact, std::ops::Range<usize>)],
    span: [usize; 2],
) -> Option<Theme> {
    let inside = facts
        .iter()
        .map(|(fact, _)| fact)
        .filter(|fact| fact.span[0] >= span[0] && fact.span[1] <= span[1]);
    // (theme, count), in the order of each theme's first figure
    let mut counts: Vec<(Theme, usize)> = Vec::new();
    for fact in inside {
        match counts.iter_mut().find(|(theme, _)| *theme == fact.theme) {
            Some((_, n)) => *n += 1,
            None => counts.push((fact.theme, 1)),
        }
    }
    let most = counts.iter().map(|&(_, n)| n).max()?;
    counts
        .into_iter()
        .find(|&(_, n)| n == most)
        .map(|(theme, _)| theme)
}
