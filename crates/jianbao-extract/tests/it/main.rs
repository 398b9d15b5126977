//! The integration tests of jianbao-extract, one module per former test file (the test names read
//! `<file>::<test>`); articles written for these tests, fixtures under tests/fixtures/ and the expected
//! facts under tests/expected/.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! `layout::every_test_file_is_a_module` fails when one is missing.

mod article_place_and_date;
mod attribution;
mod check_hardening;
mod figure_acceptance;
mod figures_norms;
mod figures_not_facts;
mod figures_odd_counts;
mod figures_restated;
mod figures_spans_and_scales;
mod fuzz_findings;
mod general_phenomena;
mod glossed_and_scoped;
mod label_clause_parts;
mod label_people_and_shares;
mod label_phrases;
mod label_spans_changes_lists;
mod local_places;
mod long_inputs;
mod metric_rows_fifth;
mod metric_rows_fourth;
mod metric_rows_more;
mod metric_rows_seventh;
mod metric_rows_tenth;
mod metric_rows_third;
mod metric_series_order;
mod metric_subsets;
mod metric_wordings_eighth;
mod metric_wordings_eleventh;
mod metric_wordings_fourteenth;
mod metric_wordings_ninth;
mod metric_wordings_thirteenth;
mod metric_wordings_twelfth;
mod metrics_in_context;
mod national_scope;
mod news_aims;
mod news_bulletins_and_chambers;
mod news_commendations;
mod news_dates;
mod news_dates_asof12;
mod news_dates_asof13;
mod news_dates_asof14;
mod news_dates_built;
mod news_dates_honour_sentences;
mod news_dates_kinds;
mod news_dates_now;
mod news_dates_pages;
mod news_glossed_layouts;
mod news_glossed_traditional;
mod news_level11;
mod news_level12;
mod news_place13;
mod news_place14;
mod news_place15;
mod news_population_ceilings;
mod news_precision12;
mod news_precision13;
mod news_precision14;
mod news_rank_cues;
mod news_recall14;
mod news_remit_units;
mod news_scope10;
mod news_scope11;
mod news_scope12;
mod news_scope7;
mod news_scope9;
mod news_street_pages;
mod news_themes_care;
mod news_themes_community_profile;
mod news_themes_counted11;
mod news_themes_frames;
mod news_themes_gifts;
mod news_themes_neighbours;
mod news_themes_party_owners;
mod news_themes_service_centres;
mod news_themes_teams_and_hotlines;
mod numbers_and_labels;
mod own_scope;
mod page_layout;
mod phenomena;
mod place_generalisation;
mod points;
mod points_themes;
mod precision_recall;
mod regressions;
mod relevance_community_reviews;
mod remit_and_series;
mod robustness;
mod series_and_numerals;
mod support;
mod targets;
mod themes_in_context;

mod layout {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Every `.rs` file and module directory here has its `mod` line in main.rs, and no `.rs`
    /// file sits directly in tests/: a file without its `mod` line would never be compiled, and
    /// one directly in tests/ would be linked as a test binary of its own.
    #[test]
    fn every_test_file_is_a_module() {
        let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let declared: BTreeSet<String> = include_str!("main.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
            .map(str::to_owned)
            .collect();
        let mut found = BTreeSet::new();
        for entry in std::fs::read_dir(tests.join("it")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".rs") {
                if stem != "main" {
                    found.insert(stem.to_owned());
                }
            } else if path.join("mod.rs").is_file() {
                found.insert(name);
            }
        }
        assert_eq!(
            found, declared,
            "tests/it/*.rs against the `mod` lines of main.rs"
        );
        let loose: Vec<String> = std::fs::read_dir(&tests)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .collect();
        assert!(
            loose.is_empty(),
            "{loose:?}: move them to tests/it/ and add a `mod` line to its main.rs"
        );
    }
}
