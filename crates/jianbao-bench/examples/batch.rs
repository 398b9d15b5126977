//! Measures the batch path: COUNT briefings (the four-province briefing and the four one-region
//! profiles, each on its own date, PDF + DOCX each) built in one process on one prepared
//! pipeline, on 1 thread and on THREADS threads.
//!
//! usage: cargo run --release -p jianbao-bench --example batch -- [COUNT] [THREADS]
//! (defaults: 100 briefings, all cores)

use chrono::NaiveDate;
use jianbao::{FactsInput, Pipeline};
use jianbao_bench::{batch_build, benchmark_items, default_threads};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100);
    let threads: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(default_threads);
    match run(count, threads) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(count: usize, threads: usize) -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::temp_dir().join(format!("jianbao-batch-{}", std::process::id()));
    std::fs::create_dir_all(&out)?;
    let start = Instant::now();
    let pipeline = Pipeline::new(None, None)?;
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog)?;
    // Parse the four faces now (the font set is lazy), so that every round reuses them.
    for id in jianbao_fonts::FaceId::ALL {
        pipeline.fonts.face(id)?;
    }
    let prepared = start.elapsed();
    let first = NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("bad date")?;
    let items = benchmark_items(count, first, &out);

    let mut thread_counts = vec![1];
    if threads > 1 {
        thread_counts.push(threads);
    }
    println!(
        "batch of {count} briefings (PDF + DOCX each); pipeline, facts and fonts prepared once in {:.1} ms",
        prepared.as_secs_f64() * 1e3
    );
    for &n in &thread_counts {
        let start = Instant::now();
        let results = batch_build(&pipeline, &evidence, &items, n);
        let elapsed = start.elapsed().as_secs_f64() * 1e3;
        let failed: Vec<String> = results
            .iter()
            .zip(&items)
            .filter_map(|(r, item)| r.as_ref().err().map(|e| format!("{:?}: {e}", item.outputs)))
            .collect();
        let bytes: u64 = items
            .iter()
            .flat_map(|i| &i.outputs)
            .filter_map(|(_, p)| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        println!(
            "{n} thread(s): {elapsed:.0} ms total, {:.1} ms per briefing ({:.1} ms with the preparation), {:.1} MB written, {} failed",
            elapsed / count as f64,
            (elapsed + prepared.as_secs_f64() * 1e3) / count as f64,
            bytes as f64 / 1048576.0,
            failed.len()
        );
        for f in failed.iter().take(3) {
            println!("  failed: {f}");
        }
    }
    std::fs::remove_dir_all(&out)?;
    Ok(())
}
