//! Precision and recall of extraction on the seeds against hand-read expected facts
//! (tests/expected/*.toml). Run with `--nocapture` to see the figures.

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::Fact;
use serde::Deserialize;
use std::path::Path;

/// Both must stay at or above this (see the report in the crate's commit history).
const MIN_PRECISION: f64 = 0.9;
const MIN_RECALL: f64 = 0.9;

#[derive(Debug, Deserialize)]
struct Expected {
    doc: String,
    value: f64,
    #[serde(default)]
    value_max: Option<f64>,
    unit: String,
    place: String,
    level: String,
    theme: String,
    #[serde(default)]
    metric: Option<String>,
    qualifier: String,
    #[serde(default)]
    as_of: Option<String>,
    quote: String,
}

#[derive(Debug, Deserialize)]
struct ExpectedFile {
    fact: Vec<Expected>,
}

fn load_expected() -> Vec<Expected> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/expected")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).expect("readable fixture");
            jianbao_facts::parse_toml::<ExpectedFile>(&text, p)
                .unwrap_or_else(|e| panic!("{e}"))
                .fact
        })
        .collect()
}

/// Same figure from the same place in the text: document, value, unit and quote snippet.
fn same_figure(f: &Fact, e: &Expected) -> bool {
    f.citations()
        .any(|c| c.doc == e.doc && c.quote.contains(&e.quote))
        && (f.value - e.value).abs() < 1e-9
        && f.unit == e.unit
        && f.value_max == e.value_max
}

/// Everything a briefing uses is right: place, level, theme, metric, qualifier, date.
fn fully_right(f: &Fact, e: &Expected) -> Vec<&'static str> {
    let mut wrong = Vec::new();
    if f.place != e.place {
        wrong.push("place");
    }
    if f.level.as_str() != e.level {
        wrong.push("level");
    }
    if f.theme.as_str() != e.theme {
        wrong.push("theme");
    }
    if f.metric != e.metric {
        wrong.push("metric");
    }
    if serde_json::to_value(f.qualifier)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .as_deref()
        != Some(e.qualifier.as_str())
    {
        wrong.push("qualifier");
    }
    if f.as_of != e.as_of {
        wrong.push("as_of");
    }
    wrong
}

#[test]
fn precision_and_recall_on_the_seeds() {
    let expected = load_expected();
    assert!(
        expected.len() >= 80,
        "need at least 80 expected facts, have {}",
        expected.len()
    );
    let facts = extract(&Sources::embedded(), &default_catalog()).facts;
    let mut matched_fact = vec![false; facts.len()];
    let (mut found, mut right) = (0usize, 0usize);
    for e in &expected {
        match facts
            .iter()
            .enumerate()
            .find(|(k, f)| !matched_fact[*k] && same_figure(f, e))
        {
            Some((k, f)) => {
                matched_fact[k] = true;
                found += 1;
                let wrong = fully_right(f, e);
                if wrong.is_empty() {
                    right += 1;
                } else {
                    println!("WRONG {:?} {} {} ({}): {:?} — got place {} theme {} metric {:?} as_of {:?}", wrong, e.doc, e.value, e.unit, e.quote, f.place, f.theme, f.metric, f.as_of);
                }
            }
            None => println!("MISSED {} {} {} {:?}", e.doc, e.value, e.unit, e.quote),
        }
    }
    for (_, f) in facts.iter().enumerate().filter(|(k, _)| !matched_fact[*k]) {
        println!("EXTRA {} {} {} {:?}", f.doc, f.value, f.unit, f.quote);
    }
    let recall_figures = found as f64 / expected.len() as f64;
    let precision_figures = found as f64 / facts.len() as f64;
    let recall = right as f64 / expected.len() as f64;
    let precision = right as f64 / facts.len() as f64;
    println!(
        "expected {}, extracted {}; figure found: recall {recall_figures:.3}, precision {precision_figures:.3}; \
         all fields right: recall {recall:.3}, precision {precision:.3}",
        expected.len(),
        facts.len()
    );
    assert!(
        recall >= MIN_RECALL && precision >= MIN_PRECISION,
        "recall {recall:.3} / precision {precision:.3} below {MIN_RECALL} / {MIN_PRECISION}"
    );
}
