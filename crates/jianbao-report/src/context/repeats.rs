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
//!
//! Two more restatements are one figure: a set counted again with a word its first statement
//! gave it (在12个试点街道（乡镇）中 after 12个街道（乡镇）实施……试点项目), and a page's restatement
//! of a national total that extraction placed in a province (a headline's 建成1.7萬余個社工站 over
//! the body's 全国……社工站1.7萬余個), which is the nation's and no province's.

use jianbao_facts::{Fact, FactSet, Level, Manifest, Qualifier};
use std::collections::HashMap;

/// The province the whole country's figures carry.
const NATIONAL: &str = super::NATIONAL;

/// What a figure says, its place and date apart: source, catalog metric, value, unit,
/// qualifier and being an aim.
type FigureKey<'a> = (&'a str, &'a str, u64, Option<u64>, &'a str, Qualifier, bool);

/// The [`FigureKey`] of `f`; `None` for a figure without a catalog metric.
fn figure_key(f: &Fact) -> Option<FigureKey<'_>> {
    Some((
        &f.doc,
        f.metric.as_deref()?,
        f.value.to_bits(),
        f.value_max.map(f64::to_bits),
        &f.unit,
        f.qualifier,
        f.target,
    ))
}

/// A province's catalog figure that its source also states for the whole country (same metric,
/// value, unit and qualifier) is the national figure said again: a headline or lead restating the
/// body's 全国已建成1.7万余个社工站 as 建成1.7萬余個社工站, where extraction found no 全国 in the
/// short line and placed it by some other name on the page. A province's part never equals the
/// country's whole, so the restatement stands for the national figure, which no province's
/// column shows (its date may differ: a headline is dated to its page). Rates and shares are
/// left alone: a province's may equal the country's. `stands_for` is updated.
fn restated_national(facts: &[Fact], stands_for: &mut [usize]) {
    let mut national: HashMap<_, usize> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        if f.province.trim() == NATIONAL {
            if let Some(k) = figure_key(f) {
                national.insert(k, i);
            }
        }
    }
    for (i, f) in facts.iter().enumerate() {
        let province = f.province.trim();
        // a rate or a share is no part of a whole: a province's 90% may equal the country's
        let rate = ["%", "％", "百分点", "倍"]
            .iter()
            .any(|u| f.unit.contains(u));
        if province == NATIONAL || province.is_empty() || rate {
            continue;
        }
        if let Some(&n) = figure_key(f).and_then(|k| national.get(&k)) {
            stands_for[i] = stands_for[n];
        }
    }
}

/// What a figure without a catalog metric shares with a later statement of the same set: source,
/// province, place, level, value, unit, qualifier, date and being an aim.
type SetKey<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Level,
    u64,
    Option<u64>,
    &'a str,
    Qualifier,
    Option<&'a str>,
    bool,
);

/// The [`SetKey`] of `f`; `None` for a catalog figure (the exact repeats above handle those).
fn set_key(f: &Fact) -> Option<SetKey<'_>> {
    if f.metric.is_some() {
        return None;
    }
    Some((
        &f.doc,
        &f.province,
        &f.place,
        f.level,
        f.value.to_bits(),
        f.value_max.map(f64::to_bits),
        &f.unit,
        f.qualifier,
        f.as_of.as_deref(),
        f.target,
    ))
}

/// The most characters a modifier a restatement adds before the counted noun may have (试点,
/// 示范, 省级).
const MODIFIER_CHARS: usize = 4;

/// The noun a figure counts, as its quote writes it right after the number and its unit: up to
/// eight Chinese characters, a gloss in brackets included (12个街道（乡镇）实施… gives
/// 街道(乡镇)实施). `None` when the number is not in the quote once or no noun follows it
/// (开展活动5场: the noun stands before the number).
fn counted_noun(f: &Fact) -> Option<Vec<char>> {
    let chars: Vec<char> = f.quote.chars().collect();
    let numbers: Vec<_> = crate::quoted_numbers::numbers_in(&chars)
        .into_iter()
        .filter(|n| n.is(f.value))
        .collect();
    let [number] = numbers.as_slice() else {
        return None;
    };
    let mut at = number.end;
    for c in f.unit.chars() {
        if chars.get(at) == Some(&c) {
            at += 1;
        }
    }
    while matches!(chars.get(at), Some('余' | '多' | '餘')) {
        at += 1;
    }
    let is_han = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
    let is_gloss = |c: &char| matches!(c, '(' | ')' | '（' | '）');
    let noun: Vec<char> = chars[at..]
        .iter()
        .take_while(|c| is_han(c) || is_gloss(c))
        .take(8)
        .copied()
        .collect();
    (noun.iter().filter(|c| is_han(c)).count() >= 2).then_some(noun)
}

/// Whether `longer` is `shorter`'s noun with a modifier before it that `other_quote` writes: the
/// set 在12个试点街道（乡镇）中 restates 12个街道（乡镇）实施……试点项目 with the 试点 its first
/// statement gave it. Returns false for equal nouns (新建12个驿站 and 改造12个驿站 may be two sets).
fn adds_stated_modifier(longer: &[char], shorter: &[char], other_quote: &str) -> bool {
    let head: String = shorter.iter().take(2).collect();
    let text: String = longer.iter().collect();
    let Some(byte) = text.find(&head) else {
        return false;
    };
    let modifier: String = text[..byte].to_owned();
    let n = modifier.chars().count();
    (1..=MODIFIER_CHARS).contains(&n) && other_quote.contains(&modifier)
}

/// A set a source counts again with a word its first statement gave it (12个街道（乡镇）实施……
/// 试点项目, then 在12个试点街道（乡镇）中, 4个为省级试点), or a headline naming a set in short that
/// the body lists (认领8个公益创投项目 over ……等8个项目 taken from 26个公益创投立项项目): news comes
/// back to a set to break it down or sums it up in a title, and the briefing printed it twice. Two
/// figures without a catalog metric of one source, place, date, value and unit whose counted nouns
/// differ by such a modifier are one figure, cited by the statement without the modifier: the one
/// that says what the set is or does. `stands_for` is updated.
fn restated_sets(facts: &[Fact], stands_for: &mut [usize]) {
    let mut first: HashMap<SetKey<'_>, Vec<usize>> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        let Some(key) = set_key(f) else { continue };
        let earlier = first.entry(key).or_default();
        if let Some(noun) = counted_noun(f) {
            let mut merged = false;
            for slot in earlier.iter_mut() {
                let e = *slot;
                let Some(before) = counted_noun(&facts[e]) else {
                    continue;
                };
                if adds_stated_modifier(&noun, &before, &facts[e].quote) {
                    // the later statement adds the word: the first stands
                    stands_for[i] = stands_for[e];
                    merged = true;
                } else if adds_stated_modifier(&before, &noun, &f.quote) {
                    // the first statement (a headline) has it: the later stands for both
                    let (old, kept) = (stands_for[e], stands_for[i]);
                    for s in stands_for.iter_mut().filter(|s| **s == old) {
                        *s = kept;
                    }
                    *slot = i;
                    merged = true;
                }
                if merged {
                    break;
                }
            }
            if merged {
                continue;
            }
        }
        earlier.push(i);
    }
}

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
/// of the same source, place and unit (1691.47万; [`rounding_key`] holds what they share): a
/// headline or a summary rounds the body's figure, within a tenth and on the side its 超/近 says.
/// The exact statement stands for both.
fn rounds(rounded: &Fact, exact: &Fact) -> bool {
    let (r, e) = (rounded.value, exact.value);
    let agrees = match rounded.qualifier {
        Qualifier::Over => e >= r,
        Qualifier::Under => e <= r,
        Qualifier::Approx => true,
        Qualifier::Exact | Qualifier::Range => return false,
    };
    exact.qualifier == Qualifier::Exact && agrees && (e - r).abs() <= 0.1 * e.abs()
}

/// What a round figure and the exact one it rounds share: source, place, catalog metric, unit
/// and being an aim or not. `None` for a figure without a catalog metric.
fn rounding_key(f: &Fact) -> Option<(&str, &str, &str, Level, &str, &str, bool)> {
    let metric = f.metric.as_deref()?;
    Some((
        &f.doc,
        &f.province,
        &f.place,
        f.level,
        metric,
        &f.unit,
        f.target,
    ))
}

/// For each catalog figure of a source stated at exactly one cut-off of its own and again
/// undated or dated as the page: that cut-off, by the figure's dateless key.
fn cut_offs<'a>(facts: &'a [Fact], pages: &PageDates) -> HashMap<String, Option<&'a str>> {
    let mut cut_off: HashMap<String, Option<&str>> = HashMap::new();
    for f in facts.iter().filter(|f| f.metric.is_some()) {
        let as_of = f.as_of.as_deref();
        if dated_as_the_page(as_of, pages.of(f)) {
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

/// The publication date of each source the manifest dates, looked up by a fact's document.
struct PageDates<'m>(HashMap<&'m str, &'m str>);

impl<'m> PageDates<'m> {
    fn new(manifest: &'m Manifest) -> Self {
        PageDates(
            manifest
                .sources
                .iter()
                .filter_map(|s| Some((s.file.as_str(), s.date.as_deref()?)))
                .collect(),
        )
    }

    /// The date of the page `f` was read from, if its source has one.
    fn of(&self, f: &Fact) -> Option<&'m str> {
        self.0.get(f.doc.as_str()).copied()
    }
}

/// The facts set without a source's repeats of its own figures, or `None` when it has none.
/// The kept statement takes over the repeat's further sources; points and conflicts that
/// name a repeat name the kept fact instead.
pub(super) fn without_repeats(facts: &FactSet, manifest: &Manifest) -> Option<FactSet> {
    let pages = PageDates::new(manifest);
    let cut_off = cut_offs(&facts.facts, &pages);
    // each fact's figure: its own date, or the cut-off it restates as the page's present
    let figures: Vec<String> = facts
        .facts
        .iter()
        .map(|f| {
            let restated = f.metric.is_some() && dated_as_the_page(f.as_of.as_deref(), pages.of(f));
            match cut_off.get(&key(f, None)) {
                Some(&Some(d)) if restated => key(f, Some(d)),
                _ => key(f, f.as_of.as_deref()),
            }
        })
        .collect();
    // the last statement of each figure (facts are in (doc, span) order)
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        last.insert(figure, i);
    }
    let mut stands_for: Vec<usize> = figures.iter().map(|f| last[f.as_str()]).collect();
    // a round figure stands for the first exact one of its source, place and metric it rounds
    let mut exact_by_key: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, f) in facts.facts.iter().enumerate() {
        if f.qualifier == Qualifier::Exact {
            if let Some(k) = rounding_key(f) {
                exact_by_key.entry(k).or_default().push(i);
            }
        }
    }
    for (i, f) in facts.facts.iter().enumerate() {
        let Some(candidates) = rounding_key(f).and_then(|k| exact_by_key.get(&k)) else {
            continue;
        };
        let own_date =
            |e: &Fact| e.as_of == f.as_of || dated_as_the_page(f.as_of.as_deref(), pages.of(f));
        if let Some(&e) = candidates
            .iter()
            .find(|&&e| rounds(f, &facts.facts[e]) && own_date(&facts.facts[e]))
        {
            stands_for[i] = stands_for[e];
        }
    }
    restated_national(&facts.facts, &mut stands_for);
    restated_sets(&facts.facts, &mut stands_for);
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
