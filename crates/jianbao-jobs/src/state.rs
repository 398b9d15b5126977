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
    /// What loading had to recover from, for the caller to log.
    notes: std::sync::Mutex<Vec<String>>,
}

/// Holds a job's lock until dropped (or until the process ends).
#[derive(Debug)]
pub(crate) struct JobLock {
    _file: File,
}

impl StateStore {
    pub fn new(path: PathBuf) -> StateStore {
        StateStore {
            path,
            notes: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// What loading recovered from since the last call (a corrupt state file).
    pub fn take_notes(&self) -> Vec<String> {
        self.notes
            .lock()
            .map(|mut n| std::mem::take(&mut *n))
            .unwrap_or_default()
    }

    fn note(&self, message: String) {
        if let Ok(mut notes) = self.notes.lock() {
            notes.push(message);
        }
    }

    /// The copy of the last good state, written beside it after every update.
    fn backup_path(&self) -> PathBuf {
        self.sibling(".bak")
    }

    fn parse(&self, path: &Path) -> Result<StateFile, String> {
        let text = jianbao_facts::read_regular_text(path, 16 * 1024 * 1024)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        jianbao_facts::parse_toml(&text, path).map_err(|e| e.to_string())
    }

    /// A state file that does not parse (truncated, corrupted) must not stop every job: use
    /// the backup of the last good write, or else start afresh (scheduled jobs then count from
    /// now, so nothing runs twice); keep the damaged file for inspection, and say so.
    fn recover(&self, problem: String) -> StateFile {
        let kept = self.sibling(".corrupt");
        let _ = std::fs::copy(&self.path, &kept);
        match self.parse(&self.backup_path()) {
            Ok(state) => {
                self.note(format!(
                    "WARNING: state file unreadable ({problem}); recovered the last good state from {} (the damaged file is kept as {})",
                    self.backup_path().display(),
                    kept.display()
                ));
                state
            }
            Err(_) => {
                self.note(format!(
                    "WARNING: state file unreadable ({problem}) and no usable backup; starting afresh: scheduled jobs count from their next time (the damaged file is kept as {})",
                    kept.display()
                ));
                StateFile::default()
            }
        }
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

    /// Reads the state; a missing file is an empty state (nothing has run yet), a corrupt one
    /// is recovered (see [`StateStore::take_notes`] for what happened).
    pub fn load(&self) -> Result<StateFile, JobsError> {
        match std::fs::metadata(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(StateFile::default()),
            Err(e) => return Err(self.error(format!("cannot read: {e}"))),
            Ok(_) => {}
        }
        match self.parse(&self.path) {
            Ok(state) => Ok(state),
            Err(problem) => Ok(self.recover(problem)),
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
        // the backup a corrupt state file is recovered from; a failure here loses nothing yet
        let _ = crate::fsutil::write_atomic(&self.backup_path(), text.as_bytes());
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

    /// Issue 12 item 13: a corrupt or truncated state file stopped every job.
    #[test]
    fn corrupt_state_is_recovered_from_the_backup_and_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.toml");
        let store = StateStore::new(path.clone());
        let t = Utc::now();
        store.update("a", |s| s.covered_until = Some(t)).unwrap();
        let good = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, &good[..good.len() / 2]).unwrap(); // truncated
        let state = store.load().unwrap();
        assert_eq!(state.jobs["a"].covered_until, Some(t));
        let notes = store.take_notes().join("\n");
        assert!(
            notes.contains("recovered") && notes.contains("state.toml.bak"),
            "{notes}"
        );
        assert!(dir.path().join("state.toml.corrupt").exists());

        // no backup either: an empty state, said so
        std::fs::write(&path, "[jobs.a]\ncovered_until = 3\n").unwrap();
        std::fs::write(dir.path().join("state.toml.bak"), "garbage =").unwrap();
        assert!(store.load().unwrap().jobs.is_empty());
        assert!(store.take_notes().join("").contains("starting afresh"));
    }
}
