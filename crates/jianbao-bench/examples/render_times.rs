//! The rendering stage alone, on a given Markdown file: the PDF and DOCX renderers timed on the
//! same document model, so that two versions of the renderers can be compared on the same
//! content (build this example at each commit and run the binaries interleaved).
//!
//! usage: cargo run --release -p jianbao-bench --example render_times -- FILE.md [RUNS] [OUT_DIR]
//!
//! Prints one line: the first (cold: fonts read and parsed on first use) PDF and DOCX render
//! times, then the median of RUNS warm renders of each, in ms, and the output sizes. With
//! OUT_DIR the last PDF and DOCX are written there (to check that outputs are byte-identical).

use chrono::NaiveDate;
use jianbao::{BriefingSpec, Pipeline};
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.first() else {
        eprintln!("usage: render_times FILE.md [RUNS] [OUT_DIR]");
        return ExitCode::from(2);
    };
    let runs: usize = args
        .get(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20)
        .max(1);
    match run(file, runs, args.get(2).map(String::as_str)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(file: &str, runs: usize, out_dir: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    let markdown = std::fs::read_to_string(file)?;
    let spec = BriefingSpec {
        template: TemplateChoice::parse("briefing"),
        regions: Vec::new(),
        date: NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("bad date")?,
        allow_missing_glyphs: false,
        masthead: jianbao_report::Masthead::default(),
        missing_text: None,
    };
    let pdf_options = Pipeline::pdf_options(&spec);
    let docx_options = Pipeline::docx_options(&spec);
    let pipeline = Pipeline::new(None, None)?;
    let doc = jianbao_doc::parse_markdown(&markdown, "briefing")?;

    let render_pdf =
        || jianbao_pdf::render_pdf(&doc, &pipeline.style, &pipeline.fonts, &pdf_options);
    let render_docx =
        || jianbao_docx::render_docx(&doc, &pipeline.style, &pipeline.fonts, &docx_options);
    let (pdf, pdf_cold) = timed(render_pdf);
    let mut pdf = pdf?;
    let (docx, docx_cold) = timed(render_docx);
    let mut docx = docx?;
    let mut pdf_warm = Vec::with_capacity(runs);
    let mut docx_warm = Vec::with_capacity(runs);
    for _ in 0..runs {
        let (p, ms) = timed(render_pdf);
        pdf = p?;
        pdf_warm.push(ms);
        let (d, ms) = timed(render_docx);
        docx = d?;
        docx_warm.push(ms);
    }
    println!(
        "pdf_cold {pdf_cold:.2} docx_cold {docx_cold:.2} pdf_warm {:.2} docx_warm {:.2} \
         pdf_bytes {} pages {} docx_bytes {}",
        median(pdf_warm),
        median(docx_warm),
        pdf.bytes.len(),
        pdf.pages,
        docx.bytes.len()
    );
    if let Some(dir) = out_dir {
        std::fs::create_dir_all(dir)?;
        std::fs::write(format!("{dir}/render.pdf"), &pdf.bytes)?;
        std::fs::write(format!("{dir}/render.docx"), &docx.bytes)?;
    }
    Ok(())
}
