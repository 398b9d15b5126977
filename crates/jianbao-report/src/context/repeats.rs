//! One source stating one figure twice: its headline and its body (上海志愿者注册率达23% over
//! a paragraph saying 注册率达23%), or a lead and the paragraph it sums up. A briefing prints
//! the figure once, citing the later statement: the body's sentence, which a reader can check
//! in context (a headline's quote may carry whatever the page printed above it).

use jianbao_facts::{Fact, FactSet};
use std::collections::HashMap;

/// What makes two facts of one source the same figure: everything a reader sees of it.
fn key(f: &Fact) -> String {
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
        f.as_of,
        f.target
    )
}

/// The facts set without a source's repeats of its own figures, or `None` when it has none.
/// The kept statement takes over the repeat's further sources; points and conflicts that
/// name a repeat name the kept fact instead.
pub(super) fn without_repeats(facts: &FactSet) -> Option<FactSet> {
    // the last statement of each figure (facts are in (doc, span) order)
    let mut last: HashMap<String, usize> = HashMap::new();
    for (i, f) in facts.facts.iter().enumerate() {
        last.insert(key(f), i);
    }
    if last.len() == facts.facts.len() {
        return None;
    }
    let mut kept_for: HashMap<String, String> = HashMap::new();
    let mut facts_out: Vec<Fact> = Vec::with_capacity(last.len());
    let mut extra: HashMap<usize, Vec<jianbao_facts::Citation>> = HashMap::new();
    for (i, f) in facts.facts.iter().enumerate() {
        let keep = last[&key(f)];
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
