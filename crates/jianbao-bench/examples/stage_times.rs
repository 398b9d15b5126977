//! Where the time of one `jianbao build` goes: each stage timed with `Instant`, first cold (as
//! in a fresh process: fonts read and parsed, templates compiled) and then warm (median of
//! RUNS repetitions, as in a batch that reuses the pipeline).
//!
//! usage: cargo run --release -p jianbao-bench --example stage_times -- [RUNS]   (default 20)
//!
//! The PDF's write step (content streams, compression, object serialisation) is the PDF total
//! less layout and subsetting, which are also timed on their own.

use chrono::NaiveDate;
use jianbao::{BriefingSpec, Pipeline};
use jianbao_bench::BENCH_REGIONS;
use jianbao_fonts::{FaceId, FontSet};
use jianbao_report::TemplateChoice;
use std::process::ExitCode;
use std::time::Instant;

/// Runs `f`, returning its result and the milliseconds it took.
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed().as_secs_f64() * 1e3)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() -> ExitCode {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20)
        .max(1);
    match run(runs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    let spec = BriefingSpec {
        template: TemplateChoice::parse("briefing"),
        regions: BENCH_REGIONS.map(str::to_owned).to_vec(),
        date: NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("bad date")?,
        allow_missing_glyphs: false,
        masthead: jianbao_report::Masthead::default(),
        missing_text: None,
    };
    let pdf_options = Pipeline::pdf_options(&spec);
    let docx_options = Pipeline::docx_options(&spec);

    // Cold: the order of a fresh `jianbao build`, fonts parsed up front to time them apart.
    let mut cold: Vec<(&str, f64)> = Vec::new();
    let (pipeline, ms) = timed(|| Pipeline::new(None, None));
    let pipeline = pipeline?;
    cold.push(("pipeline: templates, catalog, style", ms));
    let (parsed, ms) = timed(|| {
        FaceId::ALL
            .into_iter()
            .try_for_each(|id| pipeline.fonts.face(id).map(|_| ()))
    });
    parsed?;
    cold.push(("fonts: read + parse 4 faces", ms));
    let (sources, ms) = timed(|| jianbao::load_sources(None));
    let sources = sources?;
    cold.push(("extract: ingest seeds", ms));
    let (facts, ms) = timed(|| jianbao_extract::extract(&sources, &pipeline.catalog));
    cold.push(("extract: facts", ms));
    let evidence = jianbao::Evidence { sources, facts };
    let (context, ms) = timed(|| pipeline.context(&evidence, &spec));
    let context = context?;
    cold.push(("report: compare + context", ms));
    let (markdown, ms) = timed(|| pipeline.templates.render(&spec.template, &context));
    let markdown = markdown?;
    cold.push(("report: template render", ms));
    let (doc, ms) = timed(|| jianbao_doc::parse_markdown(&markdown, "briefing"));
    let doc = doc?;
    cold.push(("doc: Markdown -> model", ms));
    let (layout, ms) = timed(|| {
        jianbao_pdf::layout::layout_document(&doc, &pipeline.style, &pipeline.fonts, &pdf_options)
    });
    let layout = layout?;
    cold.push(("pdf: layout", ms));
    let (subsets, ms) = timed(|| pipeline.fonts.subset_all(&layout.usage));
    subsets?;
    cold.push(("pdf: subset fonts", ms));
    let (pdf, pdf_ms) =
        timed(|| jianbao_pdf::render_pdf(&doc, &pipeline.style, &pipeline.fonts, &pdf_options));
    let pdf = pdf?;
    cold.push(("pdf: write (total - layout - subset)", 0.0));
    let (docx, ms) =
        timed(|| jianbao_docx::render_docx(&doc, &pipeline.style, &pipeline.fonts, &docx_options));
    let docx = docx?;
    cold.push(("docx: total", ms));
    let layout_ms = cold[7].1;
    let subset_ms = cold[8].1;
    cold[9].1 = (pdf_ms - layout_ms - subset_ms).max(0.0);

    // Warm: each stage again, RUNS times, on the prepared pipeline.
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(runs); cold.len()];
    for _ in 0..runs {
        let fresh = FontSet::embedded();
        samples[1].push(
            timed(|| {
                FaceId::ALL
                    .into_iter()
                    .try_for_each(|id| fresh.face(id).map(|_| ()))
            })
            .1,
        );
        samples[0].push(timed(|| Pipeline::new(None, None)).1);
        samples[2].push(timed(|| jianbao::load_sources(None)).1);
        samples[3].push(timed(|| jianbao_extract::extract(&evidence.sources, &pipeline.catalog)).1);
        samples[4].push(timed(|| pipeline.context(&evidence, &spec)).1);
        samples[5].push(timed(|| pipeline.templates.render(&spec.template, &context)).1);
        samples[6].push(timed(|| jianbao_doc::parse_markdown(&markdown, "briefing")).1);
        let (layout, l) = timed(|| {
            jianbao_pdf::layout::layout_document(
                &doc,
                &pipeline.style,
                &pipeline.fonts,
                &pdf_options,
            )
        });
        samples[7].push(l);
        let layout = layout?;
        let s = timed(|| pipeline.fonts.subset_all(&layout.usage)).1;
        samples[8].push(s);
        let p =
            timed(|| jianbao_pdf::render_pdf(&doc, &pipeline.style, &pipeline.fonts, &pdf_options))
                .1;
        samples[9].push((p - l - s).max(0.0));
        samples[10].push(
            timed(|| {
                jianbao_docx::render_docx(&doc, &pipeline.style, &pipeline.fonts, &docx_options)
            })
            .1,
        );
    }
    let warm: Vec<f64> = samples.into_iter().map(median).collect();

    let cold_total: f64 = cold.iter().map(|(_, ms)| ms).sum();
    // A briefing in a batch: everything after extraction, on the shared pipeline and facts.
    let warm_briefing: f64 = warm[4..].iter().sum();
    println!(
        "one build of the default briefing: PDF {:.1} KB ({} pages), DOCX {:.1} KB; warm = median of {runs}",
        pdf.bytes.len() as f64 / 1024.0,
        pdf.pages,
        docx.bytes.len() as f64 / 1024.0
    );
    println!(
        "{:<40} {:>9} {:>6} {:>9}",
        "stage", "cold ms", "cold%", "warm ms"
    );
    for ((name, c), w) in cold.iter().zip(&warm) {
        println!(
            "{name:<40} {c:>9.2} {:>5.1}% {w:>9.2}",
            100.0 * c / cold_total
        );
    }
    println!(
        "{:<40} {cold_total:>9.2}",
        "total (in process, no file writes)"
    );
    println!(
        "{:<40} {:>26.2}",
        "per briefing, reused pipeline+facts", warm_briefing
    );
    Ok(())
}
