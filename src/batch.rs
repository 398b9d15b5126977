//! Many briefings in one process: one prepared [`Pipeline`] and one set of facts shared by
//! worker threads, so fonts, templates, catalog and facts are parsed once for the whole batch
//! and both cores are busy.

use crate::{BriefingSpec, Built, Evidence, Format, Pipeline};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// One briefing of a batch: what to build, and where each format goes.
#[derive(Debug, Clone)]
pub struct BatchItem {
    pub spec: BriefingSpec,
    pub outputs: Vec<(Format, PathBuf)>,
}

/// Why one briefing of a batch was not built.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error(transparent)]
    Build(#[from] crate::Error),
    /// Two briefings of the batch would write the same file; the later one is not built, so
    /// that concurrent writers never race on one path.
    #[error("{path}: also written by briefing {first} of the batch; give each briefing its own output file")]
    DuplicateOutput { path: PathBuf, first: usize },
}

/// Builds every item on `threads` worker threads (at least one) sharing `pipeline` and
/// `evidence`: fonts, templates, catalog and facts are parsed once for the whole batch.
///
/// Items are handed out one at a time from a shared counter, so a slow briefing does not hold
/// up a thread's queue. Results come back in the order of `items`; one failing briefing does not
/// stop the others. An item writing a file an earlier item writes fails without being built.
pub fn batch_build(
    pipeline: &Pipeline,
    evidence: &Evidence,
    items: &[BatchItem],
    threads: usize,
) -> Vec<Result<Built, BatchError>> {
    let mut writers: HashMap<&Path, usize> = HashMap::new();
    // For each item, a path an earlier item already writes, and that item.
    let duplicates: Vec<Option<(&Path, usize)>> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            item.outputs.iter().find_map(|(_, path)| {
                let first = *writers.entry(path.as_path()).or_insert(index);
                (first != index).then_some((path.as_path(), first))
            })
        })
        .collect();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Built, BatchError>>>> =
        Mutex::new((0..items.len()).map(|_| None).collect());
    let worker = || loop {
        let index = next.fetch_add(1, Ordering::Relaxed);
        let Some(item) = items.get(index) else { break };
        let result = match duplicates[index] {
            Some((path, first)) => Err(BatchError::DuplicateOutput {
                path: path.to_owned(),
                first,
            }),
            None => pipeline
                .build_sequential(evidence, &item.spec, &item.outputs)
                .map_err(BatchError::from),
        };
        // A poisoned lock means another worker panicked; its panic is re-raised by the scope.
        if let Ok(mut slots) = results.lock() {
            slots[index] = Some(result);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads.max(1) {
            scope.spawn(worker);
        }
        worker();
    });
    results
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .into_iter()
        .map(|slot| slot.expect("every index below items.len() is built exactly once"))
        .collect()
}

/// The threads a batch should use: all cores the process may run on.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
