//! What a figure of having counts (辖区未成年人有5000余人, 现有企业300余家): such a figure
//! describes its place, and only the counted thing can make it a remit's figure.

use super::is_cjk;
use crate::catalog::find_from;
use std::ops::Range;

/// Verbs of having before a counted thing: 现有企业300余家, 拥有……
const HAVING: &[&[char]] = &[
    &['现', '有'],
    &['拥', '有'],
    &['共', '有'],
    &['已', '有'],
    &['有'],
];

/// What a figure of having counts (辖区**未成年人**有5000余人, 邻里社区现有**企业**300余家,
/// 有53名**常驻志愿者**), or `None` when the clause does not state a having.
///
/// Such a figure describes the place (its population, its businesses); only the counted thing
/// itself can make it a social-work figure, not the setting it is stated in.
pub(super) fn counted_by_having(clause: &[char], figure: &Range<usize>) -> Option<Vec<char>> {
    let before = &clause[..figure.start];
    let after: Vec<char> = clause[figure.end..]
        .iter()
        .copied()
        .take_while(|&c| is_cjk(c))
        .take(8)
        .collect();
    // 有N…: the thing follows the figure, or else is the subject before 有
    if before.last() == Some(&'有') {
        if !after.is_empty() {
            return Some(after);
        }
        let subject = &before[..before.len() - 1];
        let start = HAVING
            .iter()
            .filter_map(|h| find_from(subject, h, 0))
            .min()
            .unwrap_or(subject.len());
        return Some(subject[..start].to_vec());
    }
    // 现有企业N: the thing stands between the verb and the figure
    // (a word is compared only where its first character stands)
    HAVING.iter().take(4).find_map(|&h| {
        let at = (0..before.len())
            .rev()
            .find(|&i| before[i] == h[0] && before[i..].starts_with(h))?;
        let thing = &before[at + h.len()..];
        (!thing.is_empty() && thing.iter().all(|&c| is_cjk(c)))
            .then(|| thing.iter().copied().chain(after.iter().copied()).collect())
    })
}
