//! Errors that stop a whole command (a bad jobs file, an unusable state file). A single job's
//! failure is not one of these: it is recorded in the [`crate::RunSummary`] and the others go on.

use std::path::PathBuf;

/// Why a jobs command could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum JobsError {
    /// The jobs file is missing or is not valid TOML of the expected shape.
    #[error("{0}\n  fix the jobs file; jobs.example.toml shows every field")]
    JobsFile(#[from] jianbao_facts::SchemaError),
    /// The jobs file parses but a value is wrong (cron, time zone, path pattern, address...).
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// `jobs run NAME` named a job the file does not declare.
    #[error("{path}: no job named `{name}`; jobs declared there: {known}")]
    UnknownJob {
        path: PathBuf,
        name: String,
        known: String,
    },
    /// The state file (which records past runs) cannot be read or written.
    #[error("{path}: {message}")]
    State { path: PathBuf, message: String },
    /// The daemon could not install its SIGTERM/SIGINT handlers.
    #[error("cannot install SIGTERM/SIGINT handlers for the daemon: {0}")]
    Signals(std::io::Error),
    /// `jobs daemon` was started on a jobs file where no job has a schedule.
    #[error("{path}: no job has a `schedule`, so the daemon would never run anything; add `schedule = \"0 8 * * MON\"` (cron) to a job")]
    NothingScheduled { path: PathBuf },
}
