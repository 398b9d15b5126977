//! Native Word charts: the chart part, its embedded workbook, and what python-docx and
//! LibreOffice make of them.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::process::Command;

use jianbao_doc::{parse_markdown, Block, Chart, Document, StyleSheet};
use jianbao_docx::render_docx;
use jianbao_fonts::FontSet;

use crate::support::{options, scratch, skip_or_fail, works};

const CHART: &str = include_str!("../../../jianbao-doc/tests/fixtures/chart.md");

fn doc() -> Document {
    parse_markdown(CHART, "chart.md").unwrap()
}

fn chart_of(doc: &Document) -> &Chart {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .unwrap()
}

fn render(doc: &Document) -> Vec<u8> {
    render_docx(
        doc,
        &StyleSheet::default_sheet(),
        &FontSet::embedded(),
        &options(),
    )
    .unwrap()
    .bytes
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            (file.name().to_string(), data)
        })
        .collect()
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"))
            .clone(),
    )
    .unwrap()
}

/// Parses `xml` with a real parser, returning (element name, attributes, text) of each
/// element in document order.
fn elements(name: &str, xml: &str) -> Vec<(String, BTreeMap<String, String>, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out: Vec<(String, BTreeMap<String, String>, String)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(e)) => (e, false),
            Ok(quick_xml::events::Event::Empty(e)) => (e, true),
            Ok(quick_xml::events::Event::End(_)) => {
                open.pop();
                continue;
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                if let Some(&i) = open.last() {
                    out[i].2.push_str(&t.xml10_content().unwrap());
                }
                continue;
            }
            Ok(_) => continue,
            Err(e) => panic!("{name} is not well-formed: {e}"),
        };
        let attrs = e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    String::from_utf8(a.value.to_vec()).unwrap(),
                )
            })
            .collect();
        out.push((
            String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
            attrs,
            String::new(),
        ));
        if !empty {
            open.push(out.len() - 1);
        }
    }
    out
}

fn texts_of(els: &[(String, BTreeMap<String, String>, String)], name: &str) -> Vec<String> {
    els.iter()
        .filter(|(n, _, _)| n == name)
        .map(|(_, _, t)| t.clone())
        .collect()
}

#[test]
fn the_chart_part_holds_the_figures_and_is_related() {
    let doc = doc();
    let chart = chart_of(&doc);
    let bytes = render(&doc);
    assert_eq!(bytes, render(&doc), "same input, same bytes");
    let parts = unzip(&bytes);

    let document = text(&parts, "word/document.xml");
    assert!(
        !document.contains('\u{FDD0}'),
        "a chart placeholder is left"
    );
    assert!(document.contains("r:id=\"rIdJbChart1\""));
    // Exact line spacing (the body style's) clips an inline chart to one line: the chart's
    // paragraph must set its own, growing spacing.
    let drawing = document.find("<w:drawing>").expect("a drawing");
    let paragraph = &document[document[..drawing].rfind("<w:p ").expect("its paragraph")..drawing];
    assert!(
        paragraph.contains("w:lineRule=\"auto\""),
        "the chart's paragraph keeps exact spacing: {paragraph}"
    );
    let rels = text(&parts, "word/_rels/document.xml.rels");
    assert!(rels.contains("Id=\"rIdJbChart1\"") && rels.contains("Target=\"charts/chart1.xml\""));
    let types = text(&parts, "[Content_Types].xml");
    assert!(types.contains("PartName=\"/word/charts/chart1.xml\""));
    assert!(types.contains("Extension=\"xlsx\""));
    let chart_rels = text(&parts, "word/charts/_rels/chart1.xml.rels");
    assert!(chart_rels.contains("Target=\"../embeddings/Microsoft_Excel_Worksheet1.xlsx\""));

    let xml = text(&parts, "word/charts/chart1.xml");
    let els = elements("chart1.xml", &xml);
    let title: String = els
        .iter()
        .skip_while(|(n, _, _)| n != "c:title")
        .take_while(|(n, _, _)| n != "c:plotArea")
        .filter(|(n, _, _)| n == "a:t")
        .map(|(_, _, t)| t.clone())
        .collect();
    assert_eq!(title, chart.title);
    // Data labels are the figures as the text prints them.
    let labels: Vec<String> = texts_of(&els, "a:t")
        .into_iter()
        .filter(|t| chart.bars.iter().any(|b| &b.label == t))
        .collect();
    assert_eq!(labels.len(), chart.bars.len(), "{labels:?}");
    // The value caches hold every value once (provincial and local series together).
    let mut cached: Vec<f64> = els
        .iter()
        .zip(els.iter().skip(1))
        .filter(|(a, b)| a.0 == "c:pt" && b.0 == "c:v")
        .filter_map(|(_, b)| b.2.parse::<f64>().ok())
        .collect();
    cached.sort_by(f64::total_cmp);
    let mut values: Vec<f64> = chart.bars.iter().map(|b| b.value).collect();
    values.sort_by(f64::total_cmp);
    assert_eq!(cached, values);
    // Local figures are their own series, named in the legend.
    assert_eq!(els.iter().filter(|(n, _, _)| n == "c:ser").count(), 2);
    assert!(xml.contains(jianbao_doc::LOCAL_LEGEND) && xml.contains("<c:legend>"));
}

/// Cell reference → value (shared strings resolved) of the first worksheet.
fn sheet_cells(xlsx: &[u8]) -> BTreeMap<String, String> {
    let parts = unzip(xlsx);
    let shared: Vec<String> = parts
        .get("xl/sharedStrings.xml")
        .map(|x| {
            let x = String::from_utf8(x.clone()).unwrap();
            elements("sharedStrings.xml", &x)
                .into_iter()
                .filter(|(n, _, _)| n == "t")
                .map(|(_, _, t)| t)
                .collect()
        })
        .unwrap_or_default();
    let sheet = text(&parts, "xl/worksheets/sheet1.xml");
    let els = elements("sheet1.xml", &sheet);
    let mut cells = BTreeMap::new();
    for (i, (name, attrs, _)) in els.iter().enumerate() {
        if name != "c" {
            continue;
        }
        let Some((_, _, v)) = els[i + 1..].iter().find(|(n, _, _)| n == "v") else {
            continue;
        };
        let value = if attrs.get("t").map(String::as_str) == Some("s") {
            shared[v.parse::<usize>().unwrap()].clone()
        } else {
            v.clone()
        };
        cells.insert(attrs["r"].clone(), value);
    }
    cells
}

#[test]
fn the_embedded_workbook_holds_exactly_the_charted_facts() {
    let doc = doc();
    let chart = chart_of(&doc);
    let parts = unzip(&render(&doc));
    let cells = sheet_cells(&parts["word/embeddings/Microsoft_Excel_Worksheet1.xlsx"]);
    assert_eq!(cells["B1"], jianbao_doc::PROVINCIAL_LEGEND);
    assert_eq!(cells["C1"], jianbao_doc::LOCAL_LEGEND);
    for (i, bar) in chart.bars.iter().enumerate() {
        let row = i + 2;
        let (value_col, empty_col) = if bar.is_local() {
            ("C", "B")
        } else {
            ("B", "C")
        };
        assert_eq!(
            cells[&format!("{value_col}{row}")].parse::<f64>().unwrap(),
            bar.value
        );
        assert!(!cells.contains_key(&format!("{empty_col}{row}")));
        assert!(cells[&format!("A{row}")].starts_with(&bar.category));
        assert_eq!(cells[&format!("D{row}")], bar.label);
        assert_eq!(cells[&format!("F{row}")], bar.fact);
        assert_eq!(
            cells.get(&format!("E{row}")).map(String::as_str),
            bar.as_of.as_deref()
        );
    }
    assert!(!cells.contains_key(&format!("A{}", chart.bars.len() + 2)));
}

#[test]
fn python_docx_sees_an_inline_chart() {
    if !works("python3", &["-c", "import docx"]) {
        skip_or_fail("note: python3 with python-docx is not installed; skipping");
        return;
    }
    let dir = scratch("chart-python-docx");
    let path = dir.join("chart.docx");
    std::fs::write(&path, render(&doc())).unwrap();
    let script = r#"
import sys, docx
d = docx.Document(sys.argv[1])
print(";".join(str(s.type) for s in d.inline_shapes))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python-docx failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shapes = String::from_utf8(out.stdout).unwrap();
    assert!(shapes.contains("CHART"), "inline shapes: {shapes}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn libreoffice_draws_the_chart_with_its_labels() {
    if !works("soffice", &["--version"]) || !works("pdftotext", &["-v"]) {
        skip_or_fail("note: soffice or pdftotext is not installed; skipping");
        return;
    }
    let doc = doc();
    let chart = chart_of(&doc);
    let dir = scratch("chart-libreoffice");
    let input = dir.join("chart.docx");
    std::fs::write(&input, render(&doc)).unwrap();
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .arg(&input)
        .output()
        .unwrap();
    let pdf = dir.join("chart.pdf");
    assert!(
        pdf.exists(),
        "LibreOffice made no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text: String = String::from_utf8(text.stdout)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let title: String = chart.title.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(text.contains(&title), "no chart title in {text}");
    for bar in &chart.bars {
        // The label appears in the table too; the chart adds a second occurrence.
        assert!(
            text.matches(&bar.label).count() >= 2,
            "chart label {} not drawn: {text}",
            bar.label
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
