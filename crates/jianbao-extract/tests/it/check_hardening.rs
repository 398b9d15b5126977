//! Issue 12: `facts check` must refuse facts whose quote does not state them, names that are
//! not places, ids that break templates, and must not dump a whole source into a message.

use jianbao_extract::{check, default_catalog, extract, Sources};
use jianbao_facts::{Fact, FactSet};

fn with_first_fact(change: impl FnOnce(&mut Fact)) -> Vec<String> {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let mut facts = extract(&sources, &catalog);
    let mut fact = facts.facts[0].clone();
    change(&mut fact);
    facts = FactSet {
        facts: vec![fact],
        conflicts: Vec::new(),
        ..FactSet::default()
    };
    check(&facts, &sources, &catalog)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn an_untouched_fact_passes() {
    assert!(with_first_fact(|_| {}).is_empty());
}

/// Item 6: a value of 1.7e308 citing a quote that says something else passed and was printed.
#[test]
fn the_quote_must_state_value_unit_and_qualifier() {
    let problems = with_first_fact(|f| f.value = 1.7e308);
    assert!(
        problems.iter().any(|p| p.contains("does not state")),
        "{problems:?}"
    );
    let problems = with_first_fact(|f| f.unit = "亿元".into());
    assert!(
        problems.iter().any(|p| p.contains("does not state")),
        "{problems:?}"
    );
    let problems = with_first_fact(|f| {
        f.qualifier = match f.qualifier {
            jianbao_facts::Qualifier::Approx => jianbao_facts::Qualifier::Exact,
            _ => jianbao_facts::Qualifier::Approx,
        }
    });
    assert!(
        problems.iter().any(|p| p.contains("does not state")),
        "{problems:?}"
    );
}

#[test]
fn an_empty_quote_is_refused() {
    let problems = with_first_fact(|f| {
        f.quote = String::new();
        f.span = [0, 0];
    });
    assert!(problems.iter().any(|p| p.contains("empty")), "{problems:?}");
}

/// Item 1: a province `/../../../../tmp/X` passed the check and became part of a file name.
#[test]
fn provinces_and_places_must_be_places() {
    let problems = with_first_fact(|f| f.province = "/../../../../tmp/X".into());
    assert!(
        problems.iter().any(|p| p.contains("not a province")),
        "{problems:?}"
    );
    let problems = with_first_fact(|f| f.place = "宁波市\n# 标题".into());
    assert!(
        problems.iter().any(|p| p.contains("not a place")),
        "{problems:?}"
    );
    let problems = with_first_fact(|f| f.label = "标签\n- 列表".into());
    assert!(problems.iter().any(|p| p.contains("label")), "{problems:?}");
}

/// Messages: an id containing `"` passed the check, then failed in the template.
#[test]
fn ids_are_plain() {
    let problems = with_first_fact(|f| f.id = "f1\"x".into());
    assert!(
        problems.iter().any(|p| p.contains("is not made of")),
        "{problems:?}"
    );
}

/// Messages: a huge span dumped the whole source to stderr.
#[test]
fn a_huge_span_is_reported_in_a_line() {
    let problems = with_first_fact(|f| f.span = [0, 1_000_000]);
    let longest = problems
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    assert!(
        longest < 600,
        "a message of {longest} characters: {problems:?}"
    );
}
