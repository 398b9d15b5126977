//! Prints the cost of the font operations the renderers rely on.
//!
//! `cargo run --release -p jianbao-fonts --example measure [OUT_DIR]`
//!
//! With OUT_DIR, also writes the four subsets there (as `TAG+PostScriptName.ttf`) for checking
//! with other tools (fontTools, fc-query, ots-sanitize).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use jianbao_fonts::{FaceId, FontError, FontSet};

fn main() -> Result<(), FontError> {
    let started = Instant::now();
    let fonts = FontSet::embedded();
    println!(
        "FontSet::embedded()                 {:>9.3} ms",
        ms(started)
    );

    let bundled_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fonts");
    let started = Instant::now();
    let from_dir = FontSet::from_dir(&bundled_dir)?;
    println!(
        "FontSet::from_dir() (reads 4 files) {:>9.3} ms",
        ms(started)
    );
    drop(from_dir);

    for id in FaceId::ALL {
        let started = Instant::now();
        let face = fonts.face(id)?;
        println!(
            "first face({:<22})     {:>9.3} ms",
            face.postscript_name(),
            ms(started)
        );
    }

    // 10,000 characters of mixed CJK, punctuation and Latin, as in a briefing.
    let text: Vec<char> = (0..10_000u32)
        .map(|i| match i % 10 {
            0 => '，',
            1 => char::from(b'a' + (i % 26) as u8),
            _ => char::from_u32(0x4E00 + (i * 7919) % 0x5000).unwrap_or('中'),
        })
        .collect();
    let face = fonts.face(FaceId::ALL[0])?;
    let started = Instant::now();
    let width: f32 = text.iter().filter_map(|&c| face.advance(c)).sum();
    println!(
        "advance() x 10,000                  {:>9.3} ms  (total {width:.1} em)",
        ms(started)
    );
    let started = Instant::now();
    let resolved = text
        .iter()
        .filter(|&&c| matches!(fonts.resolve(FaceId::ALL[0], c), Ok(Some(_))))
        .count();
    println!(
        "resolve() x 10,000                  {:>9.3} ms  ({resolved} resolved)",
        ms(started)
    );

    // ~600 distinct CJK characters plus ASCII digits and punctuation.
    let mut chars: BTreeSet<char> = "0123456789.%，。（）".chars().collect();
    for &ch in &text {
        if chars.len() >= 600 {
            break;
        }
        if face.has_char(ch) {
            chars.insert(ch);
        }
    }
    // The first run per face includes mapping the font's pages into memory (as in a CLI run);
    // the best of five more is the cost of the work itself on a shared machine.
    for id in FaceId::ALL {
        let face = fonts.face(id)?;
        let started = Instant::now();
        let subset = face.subset(&chars)?;
        let first = ms(started);
        let mut best = f64::INFINITY;
        for _ in 0..5 {
            let started = Instant::now();
            face.subset(&chars)?;
            best = best.min(ms(started));
        }
        println!(
            "subset {:<26} {:>3} chars first {:>6.3} ms, best {:>6.3} ms, {:>6} bytes",
            subset.subset_name(),
            subset.chars.len(),
            first,
            best,
            subset.bytes.len()
        );
    }
    let usage: BTreeMap<FaceId, BTreeSet<char>> = FaceId::ALL
        .into_iter()
        .map(|id| (id, chars.clone()))
        .collect();
    let started = Instant::now();
    for (&id, chars) in &usage {
        fonts.face(id)?.subset(chars)?;
    }
    println!(
        "4 subsets one after another (warm)  {:>8.3} ms",
        ms(started)
    );
    let started = Instant::now();
    let subsets = fonts.subset_all(&usage)?;
    println!(
        "subset_all (4 faces, threads, warm)  {:>8.3} ms  {} subsets",
        ms(started),
        subsets.len()
    );
    if let Some(dir) = std::env::args_os().nth(1) {
        for (_, subset) in &subsets {
            let path = std::path::Path::new(&dir).join(format!("{}.ttf", subset.subset_name()));
            if let Err(e) = std::fs::write(&path, &subset.bytes) {
                eprintln!("cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
            println!("wrote {}", path.display());
        }
    }
    Ok(())
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
