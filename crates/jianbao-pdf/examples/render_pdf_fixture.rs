//! Renders a Markdown briefing to PDF and prints timings: `cargo run --release -p jianbao-pdf
//! --example render_pdf_fixture -- [IN.md] [OUT.pdf]` (defaults: the test fixture, /tmp/briefing.pdf).

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let input = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/briefing.md").to_owned()
    });
    let output = args
        .next()
        .unwrap_or_else(|| "/tmp/briefing.pdf".to_owned());

    let start = Instant::now();
    let text = std::fs::read_to_string(&input)?;
    let doc = jianbao_doc::parse_markdown(&text, &input)?;
    let style = jianbao_doc::StyleSheet::default_sheet();
    let parsed = start.elapsed();

    let fonts = jianbao_fonts::FontSet::embedded();
    let opts = jianbao_pdf::PdfOptions {
        creation_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .ok_or("bad date")?,
        allow_missing_glyphs: false,
        header_text: None,
    };
    let before_layout = Instant::now();
    let layout = jianbao_pdf::layout::layout_document(&doc, &style, &fonts, &opts)?;
    let layout_time = before_layout.elapsed();
    let before_subset = Instant::now();
    let subsets = fonts.subset_all(&layout.usage)?;
    let subset_time = before_subset.elapsed();
    let subset_bytes: usize = subsets.iter().map(|(_, s)| s.bytes.len()).sum();

    let before_render = Instant::now();
    let fonts = jianbao_fonts::FontSet::embedded();
    let pdf = jianbao_pdf::render_pdf(&doc, &style, &fonts, &opts)?;
    let render_time = before_render.elapsed();
    std::fs::write(&output, &pdf.bytes)?;
    println!(
        "{output}: {} pages, {} bytes; markdown {:.1} ms, layout {:.1} ms ({} pages), \
         subsetting {} faces {:.1} ms ({} bytes), render_pdf total (fresh FontSet) {:.1} ms",
        pdf.pages,
        pdf.bytes.len(),
        parsed.as_secs_f64() * 1e3,
        layout_time.as_secs_f64() * 1e3,
        layout.pages.len(),
        subsets.len(),
        subset_time.as_secs_f64() * 1e3,
        subset_bytes,
        render_time.as_secs_f64() * 1e3,
    );
    for w in &pdf.warnings {
        eprintln!("warning: {w}");
    }
    Ok(())
}
