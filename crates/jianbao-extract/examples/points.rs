//! Prints the points of the embedded seeds, or of a directory of articles, one a line (for
//! reading them against the sources): `cargo run -p jianbao-extract --example points [DIR]`.
//! Columns: id, doc, kind (+ further kinds), province, place, theme, date, as_of, score, names,
//! text (line breaks shown as ⏎); then the reprints and the count per province and kind.
use jianbao_extract::{default_catalog, extract, Sources};
use std::collections::BTreeMap;

fn main() {
    let sources = match std::env::args().nth(1) {
        Some(dir) => match Sources::from_dir(std::path::Path::new(&dir)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        },
        None => Sources::embedded(),
    };
    let facts = extract(&sources, &default_catalog());
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for p in &facts.points {
        let kinds: Vec<&str> = std::iter::once(p.kind.title_zh())
            .chain(p.also_kinds.iter().map(|k| k.title_zh()))
            .collect();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            p.id,
            p.doc.chars().take(12).collect::<String>(),
            kinds.join("+"),
            p.province,
            p.place,
            p.theme.title_zh(),
            p.date.as_deref().unwrap_or("-"),
            p.as_of.as_deref().unwrap_or("-"),
            p.score,
            p.names.join("、"),
            p.text.replace('\n', "⏎")
        );
        *counts
            .entry((p.province.clone(), p.kind.title_zh().to_owned()))
            .or_default() += 1;
    }
    for r in &facts.reprints {
        println!(
            "reprint\t{} {:?} reprints {} ({}): {}",
            r.doc, r.span, r.original, r.shared, r.basis
        );
    }
    for ((province, kind), n) in counts {
        println!("count\t{province}\t{kind}\t{n}");
    }
}
