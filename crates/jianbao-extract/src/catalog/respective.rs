//! `A和B……分别达X和Y`: the k-th figure after 分别 counts the k-th thing named before it.
//!
//! The things are the catalog wordings of the clause that 分别 closes, one per named thing: a
//! wording inside a longer one (社会工作服务 inside 从事社会工作服务的工作者) is part of that
//! name, and a wording every remit uses (~服务) names nothing by itself. The pairing holds only
//! when the clause after 分别 gives exactly one figure per thing; otherwise (a wording two
//! metrics share, a name the catalog does not know, figures in later clauses) each figure finds
//! its own wording, as any other figure does.

use super::{is_clause_break, PatternHit};
use crate::numbers::{find_quantities, Quantity};
use jianbao_facts::Catalog;

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

/// The metric of the `k`-th quantity of a sentence when it is one of a bare series of figures
/// in one unit (党组织覆盖率达到91.58%、88.98%) whose clause, or the clause before it, names as
/// many catalog things of that unit as the series has figures (1.02万家非公企业和2091家社会组织
/// 建立了党组织，党组织覆盖率达到…), with no 分别 ([`respective_metrics`] found none): official
/// texts give such a series in the order of the things named, as they do after 分别. Each thing
/// is placed where its wording's lead is written. `None` when the figure is in no such series
/// or the counts differ: then the figure finds its own wording, as any other figure does.
pub(crate) fn series_in_named_order(
    catalog: &Catalog,
    hits: &[PatternHit],
    s: &[char],
    quantities: &[Quantity],
    k: usize,
) -> Option<usize> {
    let joined = |a: &Quantity, b: &Quantity| {
        a.unit == b.unit && s.get(a.range.end..b.range.start) == Some(&['、'][..])
    };
    let mut first = k;
    while first > 0 && joined(&quantities[first - 1], &quantities[first]) {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < quantities.len() && joined(&quantities[last], &quantities[last + 1]) {
        last += 1;
    }
    if first == last {
        return None;
    }
    let series_start = quantities[first].range.start;
    let breaks = |c: char| is_clause_break(c) && c != '、';
    let clause_start = s[..series_start].iter().rposition(|&c| breaks(c));
    let named_from = clause_start
        .and_then(|at| s[..at].iter().rposition(|&c| breaks(c)).map(|p| p + 1))
        .unwrap_or(0);
    // a single wording that is the last part of a composite one (党组织覆盖率 of
    // 社会组织…党组织覆盖率) is part of that name
    let in_composite = |h: &PatternHit| {
        !h.composite
            && hits
                .iter()
                .any(|o| o.composite && o.start <= h.start && h.end <= o.end)
    };
    let unit = &quantities[k].unit;
    let candidate = |h: &&PatternHit| {
        h.end <= series_start
            && h.lead_end >= named_from
            && !h.generic
            && catalog.metrics[h.metric].unit.as_ref() == Some(unit)
            && !in_composite(h)
    };
    // “三有”非公有制企业……党组织覆盖率: a composite whose lead ends where a shorter one's does,
    // with the same last part, names more of the same thing (the 非公有制企业 inside “三有”
    // 非公有制企业 is part of that name)
    let inside_longer = |h: &PatternHit| {
        h.composite
            && hits.iter().filter(candidate).any(|o| {
                o.composite
                    && o.metric != h.metric
                    && o.lead_end == h.lead_end
                    && (o.start, o.end) == (h.start, h.end)
                    && o.length > h.length
            })
    };
    // each metric of the series' unit named there, at the first place its wording's lead is
    // written
    let mut named: Vec<(usize, usize)> = Vec::new();
    for h in hits.iter().filter(candidate).filter(|h| !inside_longer(h)) {
        match named.iter_mut().find(|(_, m)| *m == h.metric) {
            Some(entry) => entry.0 = entry.0.min(h.lead_end),
            None => named.push((h.lead_end, h.metric)),
        }
    }
    named.sort_unstable();
    // two metrics led from one place are one thing read two ways: the order is unsure
    if named.len() != last - first + 1 || named.windows(2).any(|w| w[0].0 == w[1].0) {
        return None;
    }
    Some(named[k - first].1)
}
