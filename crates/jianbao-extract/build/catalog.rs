//! The metric catalog (data/metrics.toml), parsed when the crate is built (build.rs) by the same
//! parser the run-time loader uses (`jianbao_facts::Catalog::parse`) and written as a Rust static
//! into OUT_DIR, so that no process parses its thousand lines of TOML at start. The data file
//! stays the source of truth; a malformed file fails the build naming its file, line and column.

use jianbao_facts::Catalog;
use std::fmt::Write as _;

/// Where the catalog lives, as errors name it.
pub const METRICS_FILE: &str = "data/metrics.toml";

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
    out
}
