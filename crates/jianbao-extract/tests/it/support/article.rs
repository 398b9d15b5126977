//! One article extracted as a new user would (one file, no manifest), and a figure looked up
//! among its facts: shared by the per-phenomenon test files.

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::{Fact, Manifest};

/// The facts of `text` read as the file `name`.
pub fn facts_of(name: &str, text: &str) -> Vec<Fact> {
    let sources = Sources::from_texts(
        vec![(name.to_owned(), text.to_owned())],
        Manifest::default(),
    );
    extract(&sources, &default_catalog()).facts
}

/// The fact stating `value` in `unit`; panics with every fact when there is none.
pub fn find<'a>(facts: &'a [Fact], value: f64, unit: &str) -> &'a Fact {
    facts
        .iter()
        .find(|f| f.value == value && f.unit == unit)
        .unwrap_or_else(|| panic!("no fact {value} {unit}: {facts:#?}"))
}

/// The catalog metric of the fact stating `value` in `unit` (for the metric tests; not every test
/// file asks it).
#[allow(dead_code)]
pub fn metric(facts: &[Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).metric.clone()
}

/// Whether some fact states `value` in `unit` (for the checks that a non-fact is not read; not
/// every test file asks it).
#[allow(dead_code)]
pub fn has(facts: &[Fact], value: f64, unit: &str) -> bool {
    facts.iter().any(|f| f.value == value && f.unit == unit)
}

/// Panics, with every fact, when some fact states one of the `absent` figures (value, unit): the
/// figures a test's article states that are no facts.
#[allow(dead_code)]
pub fn assert_none(facts: &[Fact], absent: &[(f64, &str)]) {
    for (value, unit) in absent {
        assert!(
            !has(facts, *value, unit),
            "{value}{unit} is no fact: {facts:#?}"
        );
    }
}
