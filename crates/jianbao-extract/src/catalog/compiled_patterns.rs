//! The patterns of data/metrics.toml compiled when the crate was built (build.rs,
//! `build/catalog.rs`), as [`Patterns::new`] compiles a catalog: a run with the embedded
//! catalog reads them instead of splitting, indexing and counting every pattern at start
//! (1.9 M of the seeds' 91 M instructions, done while the other threads wait for it).

use super::{ending_with, CompiledPattern, Patterns, METRICS};
use jianbao_facts::Catalog;

// `EMBEDDED_PATTERNS`, `EMBEDDED_PATTERN_PARTS`, `EMBEDDED_PART_LENGTHS`: see
// `build/catalog.rs` (`compiled_to_rust`); the tests check they are what `Patterns::new` makes.
include!(concat!(env!("OUT_DIR"), "/catalog_compiled.rs"));

/// Whether `catalog`'s patterns are the embedded catalog's, metric by metric: compiled
/// patterns depend on nothing else.
pub(super) fn is_embedded(catalog: &Catalog) -> bool {
    catalog.metrics.len() == METRICS.len()
        && catalog
            .metrics
            .iter()
            .zip(&METRICS)
            .all(|(m, embedded)| m.patterns.iter().eq(embedded.patterns.iter()))
}

/// The embedded catalog's patterns, as `Patterns::new(&default_catalog())` compiles them.
pub(super) fn embedded() -> Patterns {
    let list: Vec<CompiledPattern> = EMBEDDED_PATTERNS
        .iter()
        .map(
            |&(metric, start, end, length, generic, adjacent)| CompiledPattern {
                metric: metric as usize,
                parts: start as usize..end as usize,
                length: length as usize,
                generic,
                adjacent,
            },
        )
        .collect();
    let pattern_parts: Vec<usize> = EMBEDDED_PATTERN_PARTS.iter().map(|&p| p as usize).collect();
    let ending_with = ending_with(&list, &pattern_parts, EMBEDDED_PART_LENGTHS.len());
    Patterns {
        list,
        pattern_parts,
        automaton: Some(super::embedded_automaton()),
        part_lengths: EMBEDDED_PART_LENGTHS.iter().map(|&l| l as usize).collect(),
        ending_with,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::default_catalog;

    /// What build.rs compiled is what `Patterns::new` compiles from the embedded catalog.
    #[test]
    fn embedded_patterns_are_the_catalogs_compiled_at_run_time() {
        let catalog = default_catalog();
        assert!(is_embedded(&catalog));
        let (built, compiled) = (embedded(), Patterns::new(&catalog));
        assert!(!built.list.is_empty());
        assert_eq!(built.list.len(), compiled.list.len());
        for (a, b) in built.list.iter().zip(&compiled.list) {
            assert_eq!(
                (a.metric, built.parts_of(a), a.length, a.generic, a.adjacent),
                (
                    b.metric,
                    compiled.parts_of(b),
                    b.length,
                    b.generic,
                    b.adjacent
                )
            );
        }
        assert_eq!(built.part_lengths, compiled.part_lengths);
        assert_eq!(built.ending_with, compiled.ending_with);
    }

    /// A catalog with one pattern changed is not the embedded one: its patterns are compiled.
    #[test]
    fn another_catalog_is_not_taken_for_the_embedded_one() {
        let mut catalog = default_catalog();
        catalog.metrics[0].patterns.push("志愿服务队伍".to_owned());
        assert!(!is_embedded(&catalog));
        let mut fewer = default_catalog();
        fewer.metrics.pop();
        assert!(!is_embedded(&fewer));
    }
}
