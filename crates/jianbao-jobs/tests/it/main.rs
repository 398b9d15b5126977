//! Integration tests of jianbao-jobs: scheduling, the daemon, processes and signals, email (a real
//! SMTP server, tests/smtp_server.py) and hardening.
//!
//! One test binary for the whole crate (Cargo links each file directly under tests/ as a
//! binary of its own): a new test file goes in this directory with a `mod` line below;
//! the root test `layout::every_test_file_is_a_module` (tests/it/layout.rs) fails when one is missing.

mod common;
mod daemon;
mod email;
mod hardening;
mod processes;
mod scheduling;
