//! Charts in the PDF: drawn as vector marks with real text in the embedded fonts.

use std::path::Path;
use std::process::Command;

use jianbao_doc::{parse_markdown, ChartLayout, StyleSheet, PT_PER_MM};
use jianbao_fonts::FontSet;
use jianbao_pdf::{layout::layout_document, render_pdf, PdfOptions};

const CHART: &str = include_str!("../../../jianbao-doc/tests/fixtures/chart.md");

fn options() -> PdfOptions {
    PdfOptions {
        creation_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(8, 30, 0))
            .unwrap(),
        allow_missing_glyphs: false,
        header_text: None,
    }
}

fn skip_or_fail(note: &str) {
    assert!(
        std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
        "required tool missing: {note}"
    );
    eprintln!("{note}");
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn chart_text_is_laid_out_and_comes_back_from_pdftotext() {
    let doc = parse_markdown(CHART, "chart.md").unwrap();
    let sheet = StyleSheet::default_sheet();
    let fonts = FontSet::embedded();
    let chart = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            jianbao_doc::Block::Chart(c) => Some(c),
            _ => None,
        })
        .unwrap();
    let width = sheet.page.text_width_mm() * PT_PER_MM;
    let chart_texts: Vec<String> = ChartLayout::new(chart, &sheet, width)
        .texts()
        .map(str::to_owned)
        .collect();
    assert!(chart_texts.iter().any(|t| t == "（巢湖市）"));

    // Every chart text is a line of glyphs in the layout (so its characters are in the subsets).
    let layout = layout_document(&doc, &sheet, &fonts, &options()).unwrap();
    let lines: Vec<String> = layout
        .pages
        .iter()
        .flat_map(|p| p.lines().map(|l| l.text()))
        .collect();
    for want in &chart_texts {
        assert!(
            lines.iter().any(|l| l == &want.replace(' ', "")) || lines.iter().any(|l| l == want),
            "{want:?} not laid out as a line: {lines:?}"
        );
    }

    let pdf = render_pdf(&doc, &sheet, &fonts, &options()).unwrap();
    let again = render_pdf(&doc, &sheet, &fonts, &options()).unwrap();
    assert_eq!(pdf.bytes, again.bytes, "same input, same bytes");
    let dir = std::env::temp_dir().join("jianbao-pdf-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("chart-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf.bytes).unwrap();
    let Some(text) = pdftotext(&path) else {
        return;
    };
    let text = squeeze(&text);
    for want in &chart_texts {
        assert!(
            text.contains(&squeeze(want)),
            "pdftotext lacks the chart text {want:?}"
        );
    }
    let _ = std::fs::remove_file(&path);
}

fn pdftotext(path: &Path) -> Option<String> {
    match Command::new("pdftotext").arg(path).arg("-").output() {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext failed");
            Some(String::from_utf8(out.stdout).unwrap())
        }
        Err(_) => {
            skip_or_fail("note: pdftotext is not installed; skipping the chart text check");
            None
        }
    }
}
