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
        let cpu_before = process_cpu_ms();
        let start = Instant::now();
        let results = batch_build(&pipeline, &evidence, &items, n);
        let elapsed = start.elapsed().as_secs_f64() * 1e3;
        let cpu = process_cpu_ms()
            .zip(cpu_before)
            .map(|(after, before)| after - before);
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
        if let Some(cpu) = cpu {
            println!(
                "  CPU time {:.1} ms per briefing, {:.2} cores busy on average",
                cpu / count as f64,
                cpu / elapsed
            );
        }
        for f in failed.iter().take(3) {
            println!("  failed: {f}");
        }
    }
    std::fs::remove_dir_all(&out)?;
    Ok(())
}

/// User + system CPU time of the whole process (all threads) so far, from /proc/self/stat
/// (Linux; clock ticks of 10 ms). The machine may be shared: CPU time per briefing is what
/// a briefing costs, whatever else runs.
fn process_cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    // Fields 14 and 15 of proc(5) (utime, stime); field 3 is the first after the name.
    Some((ticks(11)? + ticks(12)?) * 10.0)
}
