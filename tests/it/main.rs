//! End-to-end tests of the `jianbao` binary and library: the CLI, briefings built as a user would,
//! hardening of inputs and outputs, typography of the PDF, jobs.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! `layout::every_test_file_is_a_module` fails when one is missing.

mod briefing_closing;
mod briefing_figures;
mod briefing_pages;
mod briefing_readings;
mod cli;
mod hardening;
mod jobs;
mod support;
mod typography;

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
