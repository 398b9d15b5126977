//! One source stating one figure twice: its headline and its body (上海志愿者注册率达23% over
//! a paragraph saying 注册率达23%), or a lead and the paragraph it sums up. A briefing prints
//! the figure once, citing the later statement: the body's sentence, which a reader can check
//! in context (a headline's quote may carry whatever the page printed above it).
//!
//! A catalog figure given first at a cut-off and again as the page's present (截至2021年底……
//! 注册志愿者达1691.47万人 … 目前……已达到1691.47万人) is one figure too, though the second
//! statement is dated to the page: news repeats a total it has just dated as still standing.
//! Like any repeat it is cited by the later statement, at the page's date the page vouches for
//! (目前 in a page of 2022年1月). Two different earlier dates stay two figures (a series that did
//! not move). A headline's or summary's round figure (超1691万) of a catalog
//! figure the source gives exactly (1691.47万) is that figure too: the exact statement stands.

use jianbao_facts::{Fact, FactSet, Manifest, Qualifier};
use std::collections::HashMap;

/// What makes two facts of one source the same figure: everything a reader sees of it, the
/// date given apart (`as_of`: the fact's own, or the cut-off it restates).
fn key(f: &Fact, as_of: Option<&str>) -> String {
    format!(
        "{}|{}|{}|{:?}|{:?}|{}|{}|{:?}|{}|{:?}|{:?}|{}",
        f.doc,
        f.province,
        f.place,
        f.level,
        f.theme,
        f.metric.as_deref().unwrap_or(&f.label),
        f.value,
        f.value_max,
        f.unit,
        f.qualifier,
        as_of,
        f.target
    )
}

/// Whether `as_of` is no date of its own: none, or the source's publication month or day (the
/// present of 目前, 现有), never a bare year (2022年 is the year's figure, not the page's now).
fn dated_as_the_page(as_of: Option<&str>, page: Option<&str>) -> bool {
    match (as_of, page) {
        (None, _) => true,
        (Some(d), Some(page)) => d.len() >= 7 && page.starts_with(d),
        (Some(_), None) => false,
    }
}

/// Whether `rounded` (超1691万, 约3.7万, 近2万) states in round figures the catalog figure `exact`
/// of the same source, place and unit (1691.47万): a headline or a summary rounds the body's
/// figure, within a tenth and on the side its 超/近 says. The exact statement stands for both.
fn rounds(rounded: &Fact, exact: &Fact) -> bool {
    let (r, e) = (rounded.value, exact.value);
    let agrees = match rounded.qualifier {
        Qualifier::Over => e >= r,
        Qualifier::Under => e <= r,
        Qualifier::Approx => true,
        Qualifier::Exact | Qualifier::Range => return false,
    };
    exact.qualifier == Qualifier::Exact
        && rounded.metric.is_some()
        && exact.metric == rounded.metric
        && exact.doc == rounded.doc
        && exact.province == rounded.province
        && exact.place == rounded.place
        && exact.level == rounded.level
        && exact.unit == rounded.unit
        && exact.target == rounded.target
        && agrees
        && (e - r).abs() <= 0.1 * e.abs()
}

/// For each catalog figure of a source stated at exactly one cut-off of its own and again
/// undated or dated as the page: that cut-off, by the figure's dateless key.
fn cut_offs<'a>(facts: &'a [Fact], manifest: &Manifest) -> HashMap<String, Option<&'a str>> {
    let mut cut_off: HashMap<String, Option<&str>> = HashMap::new();
    for f in facts.iter().filter(|f| f.metric.is_some()) {
        let page = manifest.get(&f.doc).and_then(|s| s.date.as_deref());
        let as_of = f.as_of.as_deref();
        if dated_as_the_page(as_of, page) {
            continue;
        }
        cut_off
            .entry(key(f, None))
            .and_modify(|known| {
                if *known != as_of {
                    *known = None; // two cut-offs: a series, not one figure
                }
            })
            .or_insert(as_of);
    }
    cut_off
}

/// The facts set without a source's repeats of its own figures, or `None` when it has none.
/// The kept statement takes over the repeat's further sources; points and conflicts that
/// name a repeat name the kept fact instead.
pub(super) fn without_repeats(facts: &FactSet, manifest: &Manifest) -> Option<FactSet> {
    let cut_off = cut_offs(&facts.facts, manifest);
    // each fact's figure: its own date, or the cut-off it restates as the page's present
    let figure = |f: &Fact| {
        let page = manifest.get(&f.doc).and_then(|s| s.date.as_deref());
        let restated = f.metric.is_some() && dated_as_the_page(f.as_of.as_deref(), page);
        match cut_off.get(&key(f, None)) {
            Some(&Some(d)) if restated => key(f, Some(d)),
            _ => key(f, f.as_of.as_deref()),
        }
    };
    // the last statement of each figure (facts are in (doc, span) order)
    let mut last: HashMap<String, usize> = HashMap::new();
    for (i, f) in facts.facts.iter().enumerate() {
        last.insert(figure(f), i);
    }
    let mut stands_for: Vec<usize> = facts.facts.iter().map(|f| last[&figure(f)]).collect();
    for (i, f) in facts.facts.iter().enumerate() {
        let page = manifest.get(&f.doc).and_then(|s| s.date.as_deref());
        let exact = facts.facts.iter().position(|e| {
            rounds(f, e) && (e.as_of == f.as_of || dated_as_the_page(f.as_of.as_deref(), page))
        });
        if let Some(e) = exact {
            stands_for[i] = stands_for[e];
        }
    }
    if stands_for.iter().enumerate().all(|(i, &k)| i == k) {
        return None;
    }
    let mut kept_for: HashMap<String, String> = HashMap::new();
    let mut facts_out: Vec<Fact> = Vec::with_capacity(facts.facts.len());
    let mut extra: HashMap<usize, Vec<jianbao_facts::Citation>> = HashMap::new();
    for (i, f) in facts.facts.iter().enumerate() {
        let keep = stands_for[i];
        if keep != i {
            kept_for.insert(f.id.clone(), facts.facts[keep].id.clone());
            extra
                .entry(keep)
                .or_default()
                .extend(f.also_cited.iter().cloned());
        }
    }
    for (i, f) in facts.facts.iter().enumerate() {
        if kept_for.contains_key(&f.id) {
            continue;
        }
        let mut f = f.clone();
        for c in extra.remove(&i).unwrap_or_default() {
            if !f.also_cited.iter().any(|a| a.doc == c.doc) {
                f.also_cited.push(c);
            }
        }
        facts_out.push(f);
    }
    let rename = |id: &mut String| {
        if let Some(kept) = kept_for.get(id.as_str()) {
            id.clone_from(kept);
        }
    };
    let mut points = facts.points.clone();
    for p in &mut points {
        p.fact_ids.iter_mut().for_each(rename);
        let mut seen = std::collections::HashSet::new();
        p.fact_ids.retain(|id| seen.insert(id.clone()));
    }
    let mut conflicts = facts.conflicts.clone();
    for c in &mut conflicts {
        if let Some(id) = c.fact_id.as_mut() {
            rename(id);
        }
    }
    Some(FactSet {
        facts: facts_out,
        conflicts,
        points,
        reprints: facts.reprints.clone(),
    })
}
