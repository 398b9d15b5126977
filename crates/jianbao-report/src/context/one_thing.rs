//! The summary's own guard against a building's or a station's figures. Extraction places a
//! figure at the org level when it can tell; when it cannot (长城汇已入驻80余家企业 read at the
//! district), the 总体情况 would print a tenant count of one office tower as the district's. The
//! vocabulary is data (`data/one_thing.toml`): units of size and time, and the words that make
//! one site the holder of a clause's figure.

use jianbao_facts::Fact;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OneThing {
    units: Vec<String>,
    clause_words: Vec<String>,
}

fn vocabulary() -> &'static OneThing {
    static VOCABULARY: OnceLock<OneThing> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        toml::from_str(include_str!("../../data/one_thing.toml"))
            .expect("data/one_thing.toml is checked by the crate's tests")
    })
}

/// Whether `fact`, whose clause reads `clause`, describes one thing rather than its region: its
/// unit measures size or time, or its clause names one site as the figure's holder.
pub(super) fn describes_one_thing(fact: &Fact, clause: &str) -> bool {
    let words = vocabulary();
    words.units.contains(&fact.unit)
        || words
            .clause_words
            .iter()
            .any(|w| clause.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_loads_and_is_not_empty() {
        let words = vocabulary();
        assert!(!words.units.is_empty() && !words.clause_words.is_empty());
    }
}
