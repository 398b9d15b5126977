//! Renders the test briefing to a DOCX and prints how long each step took.
//!
//! `cargo run --release -p jianbao-docx --example render_docx_fixture -- [OUT.docx [IN.md]]`
//! (IN.md defaults to the test fixture).

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "briefing.docx".to_string());
    let markdown = match std::env::args().nth(2) {
        Some(path) => std::fs::read_to_string(path)?,
        None => include_str!("../tests/fixtures/briefing.md").to_string(),
    };

    let start = Instant::now();
    let doc = jianbao_doc::parse_markdown(&markdown, "briefing.md")?;
    let style = jianbao_doc::StyleSheet::default_sheet();
    let fonts = jianbao_fonts::FontSet::embedded();
    let parsed = start.elapsed();

    let created = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(8, 0, 0))
        .ok_or("bad date")?;
    let opts = jianbao_docx::DocxOptions {
        created,
        allow_missing_glyphs: false,
        header_text: None,
    };
    let render_start = Instant::now();
    let first = jianbao_docx::render_docx(&doc, &style, &fonts, &opts)?;
    let first_time = render_start.elapsed();
    let again_start = Instant::now();
    let second = jianbao_docx::render_docx(&doc, &style, &fonts, &opts)?;
    let again_time = again_start.elapsed();

    let tmp = format!("{out}.tmp");
    std::fs::write(&tmp, &first.bytes)?;
    std::fs::rename(&tmp, &out)?;
    println!(
        "markdown + style parse: {:.1} ms",
        parsed.as_secs_f64() * 1e3
    );
    println!(
        "render (fonts parsed on first use): {:.1} ms",
        first_time.as_secs_f64() * 1e3
    );
    println!(
        "render again (fonts already parsed): {:.1} ms",
        again_time.as_secs_f64() * 1e3
    );
    println!(
        "size: {} bytes ({:.0} KB), identical on re-render: {}",
        first.bytes.len(),
        first.bytes.len() as f64 / 1024.0,
        first.bytes == second.bytes
    );
    for w in &first.warnings {
        println!("warning: {w}");
    }
    println!("wrote {out}");
    Ok(())
}
