//! `facts check`: a facts file must still agree with its sources and the catalog.

use crate::Sources;
use jianbao_facts::{Catalog, Citation, FactSet};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One problem of a facts file: which fact, what is wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckProblem {
    pub fact_id: String,
    pub problem: String,
    pub fix: String,
}

impl fmt::Display for CheckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fact {}: {}; {}", self.fact_id, self.problem, self.fix)
    }
}

/// Longest excerpt of a source a problem message quotes (a huge span must not dump the file).
const MAX_EXCERPT_CHARS: usize = 80;

/// `text` cut to [`MAX_EXCERPT_CHARS`] characters, saying how much was left out.
pub(crate) fn excerpt(text: &str) -> String {
    let count = text.chars().count();
    if count <= MAX_EXCERPT_CHARS {
        return format!("{text:?}");
    }
    let head: String = text.chars().take(MAX_EXCERPT_CHARS).collect();
    format!("{head:?}… ({count} characters)")
}

/// The text of characters `[start, end)` of `text`, through a table of character offsets
/// built once per document (so checking many facts of a large file stays linear).
fn char_slice<'t>(text: &'t str, offsets: &[usize], start: usize, end: usize) -> Option<&'t str> {
    let (&from, &to) = (offsets.get(start)?, offsets.get(end)?);
    (start <= end).then(|| &text[from..to])
}

/// Byte offset of every character of `text`, plus its length.
fn char_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Character offsets per document, computed when first needed.
#[derive(Default)]
struct OffsetCache(HashMap<String, Vec<usize>>);

impl OffsetCache {
    fn get(&mut self, doc: &crate::Document) -> &[usize] {
        self.0
            .entry(doc.file.clone())
            .or_insert_with(|| char_offsets(&doc.text))
    }
}

fn check_citation(
    id: &str,
    c: &Citation,
    sources: &Sources,
    cache: &mut OffsetCache,
    out: &mut Vec<CheckProblem>,
) {
    if c.quote.trim().is_empty() {
        out.push(CheckProblem {
            fact_id: id.to_owned(),
            problem: format!("the quote from {} is empty", c.doc),
            fix: "quote the clause of the source that states the figure (re-run `jianbao extract`)"
                .to_owned(),
        });
        return;
    }
    let Some(doc) = sources.document(&c.doc) else {
        out.push(CheckProblem {
            fact_id: id.to_owned(),
            problem: format!("cites {}, which is not among the sources", c.doc),
            fix: "add the file to the sources directory or re-run `jianbao extract`".to_owned(),
        });
        return;
    };
    let [start, end] = c.span;
    let found = char_slice(&doc.text, cache.get(doc), start, end).unwrap_or("");
    if found != c.quote {
        let hint = match doc.text.find(&c.quote) {
            Some(byte) => format!(
                "the quote now starts at character {}",
                doc.text[..byte].chars().count()
            ),
            None => "the quote is no longer in the file".to_owned(),
        };
        out.push(CheckProblem {
            fact_id: id.to_owned(),
            problem: format!(
                "quote {} is not at span [{start}, {end}) of {} (found {}); {hint}",
                excerpt(&c.quote),
                c.doc,
                excerpt(found)
            ),
            fix: "re-run `jianbao extract` on the current sources".to_owned(),
        });
    }
}

/// Validates `facts` against `sources` and `catalog`: every quote is found at its span, every
/// metric is in the catalog with the fact's theme, ids are unique, values are sensible; every
/// point's text is found at its span and says something, its links name existing facts and
/// conflicts; every reprint names sources that exist. (A point kind that is not one of the seven
/// is rejected when the file is read, with its line and column.)
pub fn check(facts: &FactSet, sources: &Sources, catalog: &Catalog) -> Vec<CheckProblem> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    let mut cache = OffsetCache::default();
    // whether each cited page is written in traditional characters
    let mut script: HashMap<&str, bool> = HashMap::new();
    for f in &facts.facts {
        crate::check_fields::check_fact_fields(f, &mut out);
        if !ids.insert(f.id.as_str()) {
            out.push(CheckProblem {
                fact_id: f.id.clone(),
                problem: "id is used by more than one fact".to_owned(),
                fix: "give each fact its own id (re-run `jianbao extract`)".to_owned(),
            });
        }
        for (k, c) in f.citations().enumerate() {
            check_citation(&f.id, &c, sources, &mut cache, &mut out);
            // the primary quote states value, range, unit and qualifier; a further citation
            // (a reprint) states the same value and unit, perhaps hedged otherwise
            let traditional = sources.document(&c.doc).is_some_and(|d| {
                *script
                    .entry(d.file.as_str())
                    .or_insert_with(|| crate::script::is_traditional(d.text.chars()))
            });
            crate::check_fields::check_quote_states_value(
                f,
                &c.quote,
                traditional,
                k == 0,
                &mut out,
            );
        }
        if let Some(key) = &f.metric {
            match catalog.get(key) {
                None => out.push(CheckProblem {
                    fact_id: f.id.clone(),
                    problem: format!("metric {key:?} is not in the catalog"),
                    fix: "add it to data/metrics.toml or set metric to null".to_owned(),
                }),
                Some(m) if m.theme != f.theme => out.push(CheckProblem {
                    fact_id: f.id.clone(),
                    problem: format!(
                        "theme {} differs from metric {key}'s theme {}",
                        f.theme, m.theme
                    ),
                    fix: format!("set theme to {}", m.theme),
                }),
                Some(_) => {}
            }
        }
        if !f.value.is_finite() || f.value_max.is_some_and(|m| !m.is_finite() || m < f.value) {
            out.push(CheckProblem {
                fact_id: f.id.clone(),
                problem: format!(
                    "value {} / value_max {:?} is not a valid figure or range",
                    f.value, f.value_max
                ),
                fix: "correct value and value_max".to_owned(),
            });
        }
        if f.label.trim().is_empty() || f.unit.trim().is_empty() {
            out.push(CheckProblem {
                fact_id: f.id.clone(),
                problem: "label or unit is empty".to_owned(),
                fix: "say what is counted and in which unit".to_owned(),
            });
        }
    }
    for c in &facts.conflicts {
        crate::check_fields::check_id(&c.id, &mut out);
        if !ids.insert(c.id.as_str()) {
            out.push(CheckProblem {
                fact_id: c.id.clone(),
                problem: "conflict id is used twice".to_owned(),
                fix: "give each conflict its own id".to_owned(),
            });
        }
        for v in &c.variants {
            check_citation(&c.id, &v.citation, sources, &mut cache, &mut out);
        }
        if let Some(fid) = &c.fact_id {
            if !facts.facts.iter().any(|f| &f.id == fid) {
                out.push(CheckProblem {
                    fact_id: c.id.clone(),
                    problem: format!("conflict refers to unknown fact {fid}"),
                    fix: "point fact_id at an existing fact or null".to_owned(),
                });
            }
        }
    }
    check_points(facts, sources, &mut cache, &mut ids, &mut out);
    out
}

fn check_points<'a>(
    facts: &'a FactSet,
    sources: &Sources,
    cache: &mut OffsetCache,
    ids: &mut HashSet<&'a str>,
    out: &mut Vec<CheckProblem>,
) {
    let fact_ids: HashSet<&str> = facts.facts.iter().map(|f| f.id.as_str()).collect();
    let conflict_ids: HashSet<&str> = facts.conflicts.iter().map(|c| c.id.as_str()).collect();
    let problem = |id: &str, problem: String, fix: &str| CheckProblem {
        fact_id: id.to_owned(),
        problem,
        fix: fix.to_owned(),
    };
    for p in &facts.points {
        if !ids.insert(p.id.as_str()) {
            out.push(problem(
                &p.id,
                "point id is used by another fact, conflict or point".to_owned(),
                "give each point its own id (re-run `jianbao extract`)",
            ));
        }
        if p.text.trim().is_empty() {
            out.push(problem(
                &p.id,
                "point text is empty".to_owned(),
                "drop the point or re-run `jianbao extract`",
            ));
        }
        for c in p.citations() {
            check_citation(&p.id, &c, sources, cache, out);
        }
        if !p.score.is_finite() {
            out.push(problem(
                &p.id,
                format!("score {} is not a number", p.score),
                "set score to a finite number",
            ));
        }
        for f in &p.fact_ids {
            if !fact_ids.contains(f.as_str()) {
                out.push(problem(
                    &p.id,
                    format!("point refers to unknown fact {f}"),
                    "remove the id from fact_ids or re-run `jianbao extract`",
                ));
            }
        }
        for c in &p.conflict_ids {
            if !conflict_ids.contains(c.as_str()) {
                out.push(problem(
                    &p.id,
                    format!("point refers to unknown conflict {c}"),
                    "remove the id from conflict_ids or re-run `jianbao extract`",
                ));
            }
        }
    }
    for r in &facts.reprints {
        for doc in [&r.doc, &r.original] {
            if sources.document(doc).is_none() {
                out.push(problem(
                    &format!("reprint {}", r.doc),
                    format!("names {doc}, which is not among the sources"),
                    "add the file to the sources directory or re-run `jianbao extract`",
                ));
            }
        }
    }
}
