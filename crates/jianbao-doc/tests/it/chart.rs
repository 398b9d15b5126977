//! The chart block of the Markdown reader: what it accepts and what it refuses.

use jianbao_doc::{parse_markdown, Block, Chart};

const FIXTURE: &str = include_str!("../fixtures/chart.md");

fn chart(doc: &jianbao_doc::Document) -> &Chart {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .expect("a chart block")
}

#[test]
fn a_chart_block_is_read_with_its_citations_numbered() {
    let doc = parse_markdown(FIXTURE, "chart.md").unwrap();
    let c = chart(&doc);
    assert_eq!(c.title, "图1 社会工作者");
    assert_eq!(c.unit, "人");
    let bars: Vec<(&str, f64, &str, usize, bool)> = c
        .bars
        .iter()
        .map(|b| {
            (
                b.category.as_str(),
                b.value,
                b.label.as_str(),
                b.footnote,
                b.is_local(),
            )
        })
        .collect();
    assert_eq!(
        bars,
        [
            ("浙江", 275000.0, "27.5万人", 1, false),
            ("山西", 42000.0, "4.2万人", 2, false),
            ("安徽", 3000.0, "3000人", 3, true),
        ]
    );
    assert_eq!(c.bars[2].place.as_deref(), Some("巢湖市"));
    assert_eq!(doc.footnotes.len(), 3);
    // The table note still belongs to the table, the paragraph after the chart stays a paragraph.
    assert!(matches!(&doc.blocks[1], Block::Table(t) if t.notes.len() == 1));
    assert!(matches!(doc.blocks.last(), Some(Block::Paragraph { .. })));
}

fn error_of(markdown: &str) -> String {
    parse_markdown(markdown, "chart.md")
        .unwrap_err()
        .to_string()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn a_figure_the_text_does_not_print_with_its_citation_is_refused() {
    let md = FIXTURE.replace("| 4.2万人[^sx] |", "| 4.3万人[^sx] |");
    let err = error_of(&md);
    assert!(
        err.starts_with(&format!("chart.md:{}:", line_of(&md, "```chart"))),
        "{err}"
    );
    assert!(err.contains("4.2万人") && err.contains("[^sx]"), "{err}");
}

#[test]
fn a_one_bar_chart_is_refused() {
    let md = "浙江27.5万人[^zj]。\n\n```chart\ntitle = \"图\"\nunit = \"人\"\n\n[[bars]]\ncategory = \"浙江\"\nvalue = 275000.0\nlabel = \"27.5万人\"\nfact = \"zj\"\n```\n\n[^zj]: 出处。\n";
    let err = error_of(md);
    assert!(err.starts_with("chart.md:3:"), "{err}");
    assert!(err.contains("at least two bars"), "{err}");
}

#[test]
fn bad_chart_data_is_located() {
    let md = FIXTURE.replace("value = 42000.0", "value = \"many\"");
    let err = error_of(&md);
    assert!(
        err.starts_with(&format!("chart.md:{}:", line_of(&md, "\"many\""))),
        "{err}"
    );
    let md = FIXTURE.replace("value = 42000.0", "value = -1.0");
    assert!(error_of(&md).contains("not a figure a bar can show"));
    let md = FIXTURE.replace("fact = \"sx\"", "fact = \"sx\"\ncolour = \"red\"");
    assert!(error_of(&md).contains("colour"), "{}", error_of(&md));
}

#[test]
fn a_chart_citing_an_undefined_footnote_is_refused() {
    let md = FIXTURE.replace("fact = \"sx\"", "fact = \"nowhere\"");
    let err = error_of(&md);
    assert!(err.contains("[^nowhere]"), "{err}");
}
