//! The metric catalog (data/metrics.toml), parsed when the crate is built (build.rs) by the same
//! parser the run-time loader uses (`jianbao_facts::Catalog::parse`) and written as a Rust static
//! into OUT_DIR, so that no process parses its thousand lines of TOML at start. The data file
//! stays the source of truth; a malformed file fails the build naming its file, line and column.

use super::catalog_parts;
use daachorse::CharwiseDoubleArrayAhoCorasick;
use jianbao_facts::Catalog;
use std::collections::HashMap;
use std::fmt::Write as _;

/// Where the catalog lives, as errors name it.
pub const METRICS_FILE: &str = "data/metrics.toml";

/// Every distinct part of the catalog's patterns, in the order met (as `Patterns::new` lists
/// them).
pub fn distinct_parts(catalog: &Catalog) -> Vec<&str> {
    let mut seen: HashMap<&str, ()> = HashMap::new();
    let mut parts = Vec::new();
    for pattern in catalog.metrics.iter().flat_map(|m| &m.patterns) {
        let (_, _, wording) = catalog_parts::strip_markers(pattern);
        for part in catalog_parts::parts(wording) {
            if seen.insert(part, ()).is_none() {
                parts.push(part);
            }
        }
    }
    parts
}

/// The serialised automaton over `parts` (each part's value its index), as
/// `CharwiseDoubleArrayAhoCorasick::deserialize` reads it.
pub fn automaton_bytes(parts: &[&str]) -> Result<Vec<u8>, String> {
    CharwiseDoubleArrayAhoCorasick::<u32>::new(parts)
        .map(|automaton| automaton.serialize())
        .map_err(|e| format!("{METRICS_FILE}: its patterns cannot be compiled: {e}"))
        .and_then(|bytes| super::verified_automaton(bytes, METRICS_FILE))
}

/// The catalog as a static `METRICS: [EmbeddedMetric; N]` (the struct is the crate's:
/// `catalog::EmbeddedMetric`), each field as the parser read it.
pub fn to_rust(catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "static METRICS: [EmbeddedMetric; {}] = [",
        catalog.metrics.len()
    );
    for m in &catalog.metrics {
        let _ = writeln!(
            out,
            "EmbeddedMetric {{ key: {:?}, theme: Theme::{:?}, label: {:?}, unit: {:?}, \
             patterns: &{:?}, comparable: {} }},",
            m.key, m.theme, m.label, m.unit, m.patterns, m.comparable
        );
    }
    out.push_str("];\n");
    let parts = distinct_parts(catalog);
    let _ = writeln!(
        out,
        "static EMBEDDED_PARTS: [&str; {}] = {:?};",
        parts.len(),
        parts
    );
    out.push_str(
        "static EMBEDDED_AUTOMATON: &[u8] = \
         include_bytes!(concat!(env!(\"OUT_DIR\"), \"/catalog-parts.daac\"));\n",
    );
    out
}

/// The catalog's patterns compiled as `Patterns::new` compiles them (`catalog::compiled_patterns`
/// reads these at start instead): `EMBEDDED_PATTERNS`, per pattern with at least one part, its
/// metric, the range of its parts in `EMBEDDED_PATTERN_PARTS`, its length in characters and its
/// markers (generic, adjacent); the parts as indices into `parts` ([`distinct_parts`]); and
/// `EMBEDDED_PART_LENGTHS`, each part's length in characters. Numbers only: no pointer for the
/// loader to relocate at every start.
pub fn compiled_to_rust(catalog: &Catalog, parts: &[&str]) -> String {
    let index: HashMap<&str, usize> = parts.iter().enumerate().map(|(k, p)| (*p, k)).collect();
    let mut patterns = String::new();
    let mut pattern_parts: Vec<usize> = Vec::new();
    let mut count = 0;
    for (metric, m) in catalog.metrics.iter().enumerate() {
        for pattern in &m.patterns {
            let (generic, adjacent, wording) = catalog_parts::strip_markers(pattern);
            let start = pattern_parts.len();
            pattern_parts.extend(catalog_parts::parts(wording).map(|part| index[part]));
            if pattern_parts.len() > start {
                let _ = write!(
                    patterns,
                    "({metric}, {start}, {}, {}, {generic}, {adjacent}), ",
                    pattern_parts.len(),
                    wording.chars().count()
                );
                count += 1;
            }
        }
    }
    let lengths: Vec<usize> = parts.iter().map(|p| p.chars().count()).collect();
    format!(
        "static EMBEDDED_PATTERNS: [(u32, u32, u32, u32, bool, bool); {count}] = [{patterns}];\n\
         static EMBEDDED_PATTERN_PARTS: [u32; {}] = {pattern_parts:?};\n\
         static EMBEDDED_PART_LENGTHS: [u32; {}] = {lengths:?};\n",
        pattern_parts.len(),
        lengths.len()
    )
}
