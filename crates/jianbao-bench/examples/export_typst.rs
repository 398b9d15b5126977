//! Writes the default four-province briefing of the bundled seeds as Typst source, the same
//! content `jianbao build` prints, for `bench-vs-typst.sh` to compile with Typst.
//!
//! usage: cargo run --release -p jianbao-bench --example export_typst -- OUT.typ [YYYY-MM-DD]

use chrono::NaiveDate;
use jianbao::{BriefingSpec, FactsInput, Pipeline};
use jianbao_bench::BENCH_REGIONS;
use jianbao_report::TemplateChoice;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: export_typst OUT.typ [YYYY-MM-DD]");
        return ExitCode::FAILURE;
    };
    let date = match args
        .next()
        .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d"))
    {
        None => chrono::Local::now().date_naive(),
        Some(Ok(d)) => d,
        Some(Err(e)) => {
            eprintln!("error: the date must be YYYY-MM-DD: {e}");
            return ExitCode::FAILURE;
        }
    };
    let run = || -> Result<(), Box<dyn std::error::Error>> {
        let pipeline = Pipeline::new(None, None)?;
        let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog)?;
        let spec = BriefingSpec {
            template: TemplateChoice::parse("briefing"),
            regions: BENCH_REGIONS.map(str::to_owned).to_vec(),
            date,
            allow_missing_glyphs: false,
        };
        let briefing = pipeline.briefing(&evidence, &spec)?;
        let source = jianbao_typst::render_typst(&briefing.document, &pipeline.style);
        jianbao::output::write_atomically(std::path::Path::new(&out), source.as_bytes())?;
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
