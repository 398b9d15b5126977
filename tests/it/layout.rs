//! The test layout of the whole workspace: each package's integration tests are modules of one
//! binary, `tests/it/main.rs` (README "Where a new test goes"). A file without its `mod` line
//! would never be compiled, and one left directly in `tests/` would be linked as a test binary
//! of its own, with the package's dependencies and debug info (and, for the renderers, the
//! embedded fonts) in it again. One check here covers every package, so no package copies it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The workspace's packages that have integration tests: the root and each crates/<name>.
fn packages_with_tests() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut packages = vec![root.to_path_buf()];
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("Cargo.toml").is_file())
        .collect();
    crates.sort();
    packages.extend(crates);
    packages.retain(|p| p.join("tests").is_dir());
    packages
}

/// The `.rs` files directly in `dir`, by name.
fn rust_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect()
}

/// What `tests/it/` of a package holds against the `mod` lines of its main.rs: the module
/// files and module directories, and the modules declared.
fn modules_found_and_declared(it: &Path) -> (BTreeSet<String>, BTreeSet<String>) {
    let main = std::fs::read_to_string(it.join("main.rs")).unwrap();
    let declared = main
        .lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_owned)
        .collect();
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(it).unwrap() {
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
    (found, declared)
}

#[test]
fn every_test_file_is_a_module() {
    let packages = packages_with_tests();
    assert!(packages.len() > 5, "{packages:?}");
    for package in packages {
        let tests = package.join("tests");
        let it = tests.join("it");
        let loose = rust_files(&tests);
        if it.join("main.rs").is_file() {
            let (found, declared) = modules_found_and_declared(&it);
            assert_eq!(
                found,
                declared,
                "{}: files against the `mod` lines of main.rs",
                it.display()
            );
            assert!(
                loose.is_empty(),
                "{loose:?} in {}: move them to tests/it/ and add a `mod` line to its main.rs",
                tests.display()
            );
        } else {
            // a package with a single test file is one binary already
            assert!(
                loose.len() <= 1,
                "{loose:?} in {}: more than one test binary; make them modules of tests/it/main.rs",
                tests.display()
            );
        }
    }
}
