//! End-to-end tests of the `jianbao` binary and library: the CLI, briefings built as a user would,
//! hardening of inputs and outputs, typography of the PDF, jobs.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! the root test `layout::every_test_file_is_a_module` (tests/it/layout.rs) fails when one is missing.

mod briefing_closing;
mod briefing_figures;
mod briefing_pages;
mod briefing_readings;
mod cli;
mod hardening;
mod jobs;
mod layout;
mod support;
mod typography;
