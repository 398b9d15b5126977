//! The state file (what ran when) and the locks that make overlapping invocations safe.
//!
//! - The state file is TOML, replaced atomically (temp + rename), and every change is a
//!   read-modify-write under an exclusive OS lock on `<state>.lock`, so two processes updating
//!   different jobs do not lose each other's records.
//! - Each job has its own lock file `<state>.<job>.lock`, held (OS file lock, `File::try_lock`)
//!   for the whole run of the job. A second invocation that finds it held skips the job. The OS
//!   releases the lock when the holder dies, so a killed run never leaves a stale lock behind.
//! - Whether a job is due is decided after taking its lock, from a fresh read of the state: an
//!   invocation that waited for another one sees that the window was already covered.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::JobsError;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StateFile {
    #[serde(default)]
    pub jobs: BTreeMap<String, JobState>,
}

/// What is known about one job's runs.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub(crate) struct JobState {
    /// Scheduled times at or before this instant are done (run, or predate the job's first sighting).
    pub covered_until: Option<DateTime<Utc>>,
    pub last_started: Option<DateTime<Utc>>,
    pub last_finished: Option<DateTime<Utc>>,
    /// "ok", or the error of the last run.
    pub last_result: Option<String>,
    /// The issue number (第N期) of the last successful run; the next run is the next issue.
    #[serde(default)]
    pub last_issue: Option<u32>,
}

pub(crate) struct StateStore {
    path: PathBuf,
}

/// Holds a job's lock until dropped (or until the process ends).
#[derive(Debug)]
pub(crate) struct JobLock {
    _file: File,
}

impl StateStore {
    pub fn new(path: PathBuf) -> StateStore {
        StateStore { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn error(&self, message: impl Into<String>) -> JobsError {
        JobsError::State {
            path: self.path.clone(),
            message: message.into(),
        }
    }

    fn sibling(&self, suffix: &str) -> PathBuf {
        let mut name = self
            .path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        name.push(suffix);
        self.path.with_file_name(name)
    }

    fn open_lock_file(&self, path: &Path) -> Result<File, JobsError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                self.error(format!("cannot create directory {}: {e}", dir.display()))
            })?;
        }
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| self.error(format!("cannot open lock file {}: {e}", path.display())))
    }

    /// Reads the state; a missing file is an empty state (nothing has run yet).
    pub fn load(&self) -> Result<StateFile, JobsError> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => jianbao_facts::parse_toml(&text, &self.path).map_err(|e| {
                self.error(format!(
                    "{e}; the state file is written by jianbao only: fix or delete it (jobs then count as never run)"
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(StateFile::default()),
            Err(e) => Err(self.error(format!("cannot read: {e}"))),
        }
    }

    /// Changes one job's record under the state lock, and returns the record as written.
    pub fn update(
        &self,
        job: &str,
        change: impl FnOnce(&mut JobState),
    ) -> Result<JobState, JobsError> {
        let lock = self.open_lock_file(&self.sibling(".lock"))?;
        lock.lock()
            .map_err(|e| self.error(format!("cannot lock the state file: {e}")))?;
        let mut state = self.load()?;
        let record = state.jobs.entry(job.to_owned()).or_default();
        change(record);
        let record = record.clone();
        let text = toml::to_string(&state)
            .map_err(|e| self.error(format!("cannot serialise state: {e}")))?;
        crate::fsutil::write_atomic(&self.path, text.as_bytes())
            .map_err(|e| self.error(format!("cannot write: {e}")))?;
        drop(lock);
        Ok(record)
    }

    /// Takes the job's lock if no other process or thread holds it.
    pub fn try_lock_job(&self, job: &str) -> Result<Option<JobLock>, JobsError> {
        let path = self.sibling(&format!(".{job}.lock"));
        let file = self.open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(JobLock { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => {
                Err(self.error(format!("cannot lock {}: {e}", path.display())))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_lock_excludes_a_second_holder_until_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::new(dir.path().join("state.toml"));
        let first = store.try_lock_job("weekly").unwrap();
        assert!(first.is_some());
        assert!(store.try_lock_job("weekly").unwrap().is_none());
        assert!(store.try_lock_job("monthly").unwrap().is_some());
        drop(first);
        assert!(store.try_lock_job("weekly").unwrap().is_some());
    }

    #[test]
    fn updates_round_trip_and_keep_other_jobs() {
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::new(dir.path().join("state.toml"));
        let t = Utc::now();
        store.update("a", |s| s.covered_until = Some(t)).unwrap();
        store
            .update("b", |s| s.last_result = Some("ok".into()))
            .unwrap();
        let state = store.load().unwrap();
        assert_eq!(state.jobs["a"].covered_until, Some(t));
        assert_eq!(state.jobs["b"].last_result.as_deref(), Some("ok"));
    }

    #[test]
    fn corrupt_state_is_reported_with_advice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.toml");
        std::fs::write(&path, "[jobs.a]\ncovered_until = 3\n").unwrap();
        let message = StateStore::new(path).load().unwrap_err().to_string();
        assert!(
            message.contains("state.toml") && message.contains("delete it"),
            "{message}"
        );
    }
}
