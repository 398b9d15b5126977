//! Integration tests of jianbao-sources: fetching (a local HTTP server), the formats read (web page,
//! DOCX, PDF) and fragments.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! the root test `layout::every_test_file_is_a_module` (tests/it/layout.rs) fails when one is missing.

mod common;
mod fetch;
mod formats;
mod fragments;
