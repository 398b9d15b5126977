//! Prints the facts of the embedded seeds as a table (for reading them against the sources) and
//! how long extraction takes: `cargo run --release -p jianbao-extract --example dump`.
use jianbao_extract::{default_catalog, extract, Sources};
use std::time::Instant;

fn main() {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let started = Instant::now();
    let runs = 20;
    let mut facts = extract(&sources, &catalog);
    let first_run = started.elapsed();
    for _ in 1..runs {
        facts = extract(&sources, &catalog);
    }
    let per_run = started.elapsed() / runs;
    if std::env::args().any(|a| a == "--json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&facts).unwrap_or_default()
        );
        return;
    }
    for f in &facts.facts {
        println!(
            "{}\t{}\t{}\t{}\t{:?}\t{}\t{}\t{:?}\t{}\t{}\t{:?}\t{:?}\t{}\t{}",
            f.id,
            &f.doc[..3],
            f.province,
            f.place,
            f.level,
            f.theme,
            f.metric.as_deref().unwrap_or("-"),
            f.qualifier,
            f.value,
            f.unit,
            f.value_max,
            f.as_of,
            f.label,
            f.quote.replace('\n', "⏎")
        );
    }
    for c in &facts.conflicts {
        println!(
            "CONFLICT {} {} [{}] {:?}",
            c.field,
            c.subject,
            c.fact_id.as_deref().unwrap_or("-"),
            c.variants
                .iter()
                .map(|v| format!("{}@{}", v.text, &v.citation.doc[..3]))
                .collect::<Vec<_>>()
        );
    }
    eprintln!(
        "{} facts, {} conflicts; extraction of all sources: first run (gazetteer parsed) {first_run:?}, {:?} per run (mean of {runs})",
        facts.facts.len(),
        facts.conflicts.len(),
        per_run
    );
}
