//! Scheduled briefing jobs and their email delivery (`jianbao jobs list|run|daemon`).
//!
//! A jobs file (TOML, see `jobs.example.toml`) declares named jobs: what to build (template,
//! regions, formats, sources or facts), where to write it (a path pattern with date fields), when
//! (a cron schedule in a time zone, Asia/Shanghai by default) and optionally whom to mail the
//! outputs to. This crate schedules, locks, records and delivers; building a report is delegated
//! to a [`ReportBuilder`] that the root crate implements, so the two evolve independently.
//!
//! The root CLI embeds [`JobsCommand`] as a subcommand and calls [`run_command`]; it maps
//! `RunSummary::failed > 0` to a non-zero exit.

mod builder;
mod cli;
mod clock;
mod config;
mod error;
mod fsutil;
mod guard;
mod mail;
mod pattern;
mod run;
mod schedule;
mod state;
mod zone;

pub use builder::{BuildOutput, BuildRequest, Masthead, ReportBuilder, FORMATS};
pub use cli::{JobsCommand, JobsFiles};
pub use clock::{Clock, SystemClock};
pub use error::JobsError;
pub use run::{run_command, run_command_with_clock, Delivery, JobOutcome, JobResult, RunSummary};

/// Checks the text of a jobs file as `jianbao jobs` reads it (shape, cron, time zones,
/// patterns, addresses, templates), without running anything; for editors and fuzzing.
pub fn check_jobs_file(text: &str, path: &std::path::Path) -> Result<(), JobsError> {
    config::JobsFile::parse(text, path).map(|_| ())
}
