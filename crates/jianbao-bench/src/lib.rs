//! Performance tooling for jianbao: the batch builder (many briefings in one process over all
//! cores, on one prepared [`Pipeline`]), and the briefing set the benchmarks measure.
//!
//! The criterion benchmarks of each stage are in `benches/stages.rs`, the timer split of one
//! build in `examples/stage_times.rs`, the batch measurement in `examples/batch.rs`, and the
//! whole-process comparison with Typst in `bench-vs-typst.sh`.

use chrono::NaiveDate;
use jianbao::{BriefingSpec, Built, Evidence, Format, Pipeline};
use jianbao_report::TemplateChoice;
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
    Build(#[from] jianbao::Error),
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
                .build(evidence, &item.spec, &item.outputs)
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

/// The four provinces of the default comparative briefing.
pub const BENCH_REGIONS: [&str; 4] = ["浙江", "山西", "安徽", "贵州"];

/// The benchmark batch: `count` briefings cycling through the four-province comparative
/// briefing and the one-region profile of each province, each on its own date (so every file
/// is distinct), each to PDF and DOCX in `out_dir`.
pub fn benchmark_items(count: usize, first_date: NaiveDate, out_dir: &Path) -> Vec<BatchItem> {
    (0..count)
        .map(|i| {
            let date = first_date + chrono::Days::new(i as u64);
            let (template, regions, stem) = match i % 5 {
                0 => (
                    "briefing",
                    BENCH_REGIONS.map(str::to_owned).to_vec(),
                    "briefing".to_owned(),
                ),
                k => {
                    let region = BENCH_REGIONS[k - 1];
                    (
                        "profile",
                        vec![region.to_owned()],
                        format!("profile-{region}"),
                    )
                }
            };
            let stem = format!("{stem}-{}-{i:03}", date.format("%Y%m%d"));
            BatchItem {
                spec: BriefingSpec {
                    template: TemplateChoice::parse(template),
                    regions,
                    date,
                    allow_missing_glyphs: false,
                },
                outputs: [Format::Pdf, Format::Docx]
                    .into_iter()
                    .map(|f| (f, out_dir.join(format!("{stem}.{}", f.extension()))))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn benchmark_items_cycle_templates_and_have_distinct_outputs() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let items = benchmark_items(10, date, Path::new("/tmp/x"));
        assert_eq!(items.len(), 10);
        assert_eq!(items[0].spec.regions.len(), 4);
        assert_eq!(items[3].spec.regions, vec!["安徽".to_owned()]);
        assert_eq!(items[5].spec.template, TemplateChoice::parse("briefing"));
        let mut paths: Vec<&PathBuf> = items
            .iter()
            .flat_map(|i| i.outputs.iter().map(|(_, p)| p))
            .collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), 20);
    }
}
