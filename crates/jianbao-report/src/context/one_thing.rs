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
    event_words: Vec<String>,
}

fn vocabulary() -> &'static OneThing {
    static VOCABULARY: OnceLock<OneThing> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        toml::from_str(include_str!("../../data/one_thing.toml"))
            .expect("data/one_thing.toml is checked by the crate's tests")
    })
}

/// Whether `fact`, whose clause reads `clause`, describes one thing rather than its region: its
/// unit measures size or time, its clause names one site as the figure's holder, or it counts
/// who came to or put on one event, or signed one document (近300人齐聚, 八家组织联办).
pub(super) fn describes_one_thing(fact: &Fact, clause: &str) -> bool {
    vocabulary().units.contains(&fact.unit) || names_one_site(clause) || sizes_one_event(clause)
}

/// Whether `clause` counts the guests or hosts of one event, or the signers of one document
/// (来自省内外的近300人齐聚春城, 150余名骑手代表参加了慰问活动, 11部门联合印发). Unlike a site's
/// figure, the passage after it is not the event's: a speaker at a 年会 gives the province's
/// totals (社工人才6.5万人), and those sum the region up.
pub(super) fn sizes_one_event(clause: &str) -> bool {
    vocabulary()
        .event_words
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// Whether `clause` names one site as its figure's holder (已入驻80余家企业, 在此忙碌).
pub(super) fn names_one_site(clause: &str) -> bool {
    vocabulary()
        .clause_words
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// How far (in characters) after a figure that names one site the same source's passage is
/// taken to go on about that site: about a paragraph of a news story.
pub(super) const SITE_PASSAGE: usize = 400;

/// Whether `fact` stands in the passage of a figure of `site_figures` (same source, same place,
/// before it and at most [`SITE_PASSAGE`] characters on): a story about one office tower goes
/// on with its party members (仅半年就有30多名党员亮明身份) at the district the extraction
/// placed the tower in, and those are the tower's figures, not the district's.
pub(super) fn in_site_passage(fact: &Fact, site_figures: &[&Fact]) -> bool {
    site_figures.iter().any(|site| {
        site.id != fact.id
            && site.doc == fact.doc
            && site.place == fact.place
            && site.span[0] <= fact.span[0]
            && fact.span[0] <= site.span[1] + SITE_PASSAGE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_loads_and_is_not_empty() {
        let words = vocabulary();
        assert!(!words.units.is_empty() && !words.clause_words.is_empty());
        assert!(!words.event_words.is_empty());
    }
}
