//! Integration tests of jianbao-report: the briefing, its charts, overview and points, corrections
//! and the seeds.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! the root test `layout::every_test_file_is_a_module` (tests/it/layout.rs) fails when one is missing.

mod briefing;
mod charts;
mod corrections;
mod overview;
mod points;
mod restatements;
mod seeds;
