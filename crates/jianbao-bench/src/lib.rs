//! Performance tooling for jianbao: the batch builder (many briefings in one process over all
//! cores, on one prepared [`Pipeline`]), and the briefing set the benchmarks measure.
//!
//! The criterion benchmarks of each stage are in `benches/stages.rs`, the timer split of one
//! build in `examples/stage_times.rs`, the batch measurement in `examples/batch.rs`, and the
//! whole-process comparison with Typst in `bench-vs-typst.sh`.

use chrono::NaiveDate;
pub use jianbao::batch::{batch_build, default_threads, BatchError, BatchItem};
use jianbao::{BriefingSpec, Format};
use jianbao_report::TemplateChoice;
use std::path::Path;

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
                    masthead: jianbao_report::Masthead::default(),
                    missing_text: None,
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
    use std::path::PathBuf;

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
