//! Measures a change proposed for `Pipeline::build`: render the PDF and the DOCX of one
//! briefing on two threads instead of one after the other (they only read the shared briefing,
//! style and fonts).
//!
//! usage: cargo run --release -p jianbao-bench --example parallel_formats -- [RUNS]
//! Prints the median wall time of both ways over RUNS alternating runs (default 15), in one
//! process with the pipeline prepared (fonts already read: the first run of each is dropped).

use chrono::NaiveDate;
use jianbao::{BriefingSpec, FactsInput, Format, Pipeline};
use jianbao_bench::BENCH_REGIONS;
use jianbao_report::TemplateChoice;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(15)
        .max(1);
    let pipeline = Pipeline::new(None, None)?;
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog)?;
    let spec = BriefingSpec {
        template: TemplateChoice::parse("briefing"),
        regions: BENCH_REGIONS.map(str::to_owned).to_vec(),
        date: NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?,
        allow_missing_glyphs: false,
    };
    let briefing = pipeline.briefing(&evidence, &spec)?;

    let mut sequential = Vec::new();
    let mut parallel = Vec::new();
    for run in 0..=runs {
        let start = Instant::now();
        let pdf = pipeline.render(&briefing, Format::Pdf, &spec)?;
        let docx = pipeline.render(&briefing, Format::Docx, &spec)?;
        let one = start.elapsed().as_secs_f64() * 1e3;

        let start = Instant::now();
        let (pdf2, docx2) = std::thread::scope(|scope| {
            let docx = scope.spawn(|| pipeline.render(&briefing, Format::Docx, &spec));
            let pdf = pipeline.render(&briefing, Format::Pdf, &spec);
            (pdf, docx.join())
        });
        let two = start.elapsed().as_secs_f64() * 1e3;
        let docx2 = docx2.map_err(|_| "the DOCX thread panicked")??;
        if pdf.0 != pdf2?.0 || docx.0 != docx2.0 {
            return Err("parallel rendering gave different bytes".into());
        }
        if run > 0 {
            sequential.push(one);
            parallel.push(two);
        }
    }
    let (s, p) = (median(sequential), median(parallel));
    println!(
        "PDF + DOCX of the default briefing, median of {runs}: one after the other {s:.1} ms, on two threads {p:.1} ms ({:.0}% less); same bytes",
        100.0 * (s - p) / s
    );
    Ok(())
}
