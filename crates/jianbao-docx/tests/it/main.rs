//! Integration tests of jianbao-docx: rendering a briefing (tests/fixtures/) and its charts.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! the root test `layout::every_test_file_is_a_module` (tests/it/layout.rs) fails when one is missing.

mod chart;
mod render;
mod support;
mod units;
