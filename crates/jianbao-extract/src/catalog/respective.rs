//! `A和B……分别达X和Y`: the k-th figure after 分别 counts the k-th thing named before it.
//!
//! The things are the catalog wordings of the clause that 分别 closes, one per named thing: a
//! wording inside a longer one (社会工作服务 inside 从事社会工作服务的工作者) is part of that
//! name, and a wording every remit uses (~服务) names nothing by itself. The pairing holds only
//! when the clause after 分别 gives exactly one figure per thing; otherwise (a wording two
//! metrics share, a name the catalog does not know, figures in later clauses) each figure finds
//! its own wording, as any other figure does.

use super::{is_clause_break, PatternHit};
use crate::numbers::find_quantities;

/// The index (among the sentence's quantities) of the first figure after 分别 and the metric
/// of each figure from there, in order; `None` when the sentence pairs no list that way.
pub(crate) fn respective_metrics(hits: &[PatternHit], s: &[char]) -> Option<(usize, Vec<usize>)> {
    let at = s.windows(2).position(|w| w == ['分', '别'])?;
    let breaks = |c: char| is_clause_break(c) && c != '、';
    let clause_start = s[..at]
        .iter()
        .rposition(|&c| breaks(c))
        .map_or(0, |p| p + 1);
    let clause_end = (at..s.len()).find(|&i| breaks(s[i])).unwrap_or(s.len());
    let named: Vec<&PatternHit> = hits
        .iter()
        .filter(|h| h.start >= clause_start && h.end <= at && !h.composite && !h.generic)
        .collect();
    // a wording inside a longer one is part of that name
    let mut names: Vec<&PatternHit> = named
        .iter()
        .copied()
        .filter(|h| {
            !named.iter().any(|o| {
                o.start <= h.start && h.end <= o.end && (o.end - o.start) > (h.end - h.start)
            })
        })
        .collect();
    names.sort_by_key(|h| (h.start, h.end, h.metric));
    names.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.metric == b.metric);
    // one metric per name, and names one after another: two metrics on one wording, or two
    // names overlapping, leave the pairing unsure
    if names.windows(2).any(|w| w[1].start < w[0].end) {
        return None;
    }
    let metrics: Vec<usize> = names.iter().map(|h| h.metric).collect();
    if metrics.len() < 2 {
        return None;
    }
    let quantities = find_quantities(s);
    let first = quantities.iter().position(|q| q.number_start > at)?;
    let figures = quantities[first..]
        .iter()
        .take_while(|q| q.range.end <= clause_end)
        .count();
    (figures == metrics.len()).then_some((first, metrics))
}
