//! Range checks of a style sheet's numbers. Serde reads any float, but NaN in a MediaBox, a
//! page 0 mm wide or a 2,000,000,000 pt font gives an invalid PDF, thousands of empty pages or a
//! DOCX Word refuses; so every number must be finite and within the bounds of a printable page.

use crate::style::{ParagraphStyle, StyleSheet};
use jianbao_facts::{LineCol, SchemaError};
use std::ops::RangeInclusive;
use std::path::Path;

/// One number out of its bounds: the TOML table and key, the value, the bounds and the unit.
struct OutOfRange {
    table: &'static str,
    key: &'static str,
    value: f32,
    bounds: RangeInclusive<f32>,
    unit: &'static str,
}

fn within(
    table: &'static str,
    key: &'static str,
    value: f32,
    bounds: RangeInclusive<f32>,
    unit: &'static str,
) -> Option<OutOfRange> {
    (!(value.is_finite() && bounds.contains(&value))).then_some(OutOfRange {
        table,
        key,
        value,
        bounds,
        unit,
    })
}

fn paragraph(table: &'static str, p: &ParagraphStyle, text_width_pt: f32) -> Vec<OutOfRange> {
    let indent_bound = if p.size_pt.is_finite() && p.size_pt > 0.0 {
        // indents must leave room for text on the line
        (text_width_pt / p.size_pt / 2.0).max(0.0)
    } else {
        0.0
    };
    [
        within(table, "size_pt", p.size_pt, 2.0..=200.0, "pt"),
        within(table, "line_height", p.line_height, 0.5..=5.0, "× size"),
        within(
            table,
            "space_before_pt",
            p.space_before_pt,
            0.0..=300.0,
            "pt",
        ),
        within(table, "space_after_pt", p.space_after_pt, 0.0..=300.0, "pt"),
        within(
            table,
            "first_line_indent_chars",
            p.first_line_indent_chars,
            -indent_bound..=indent_bound,
            "characters",
        ),
        within(
            table,
            "left_indent_chars",
            p.left_indent_chars,
            0.0..=indent_bound,
            "characters",
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The numbers of `sheet` that are out of bounds, first one first.
fn problems(sheet: &StyleSheet) -> Vec<OutOfRange> {
    let page = &sheet.page;
    let mut out: Vec<OutOfRange> = [
        within("page", "width_mm", page.width_mm, 50.0..=2000.0, "mm"),
        within("page", "height_mm", page.height_mm, 50.0..=2000.0, "mm"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !out.is_empty() {
        return out;
    }
    // margins leave at least 20 mm of text each way
    let across = (page.width_mm - 20.0).max(0.0);
    let down = (page.height_mm - 20.0).max(0.0);
    out.extend(
        [
            within(
                "page",
                "margin_left_mm",
                page.margin_left_mm,
                0.0..=across,
                "mm",
            ),
            within(
                "page",
                "margin_right_mm",
                page.margin_right_mm,
                0.0..=(across - page.margin_left_mm.max(0.0)).max(0.0),
                "mm",
            ),
            within(
                "page",
                "margin_top_mm",
                page.margin_top_mm,
                0.0..=down,
                "mm",
            ),
            within(
                "page",
                "margin_bottom_mm",
                page.margin_bottom_mm,
                0.0..=(down - page.margin_top_mm.max(0.0)).max(0.0),
                "mm",
            ),
            within(
                "page",
                "header_distance_mm",
                page.header_distance_mm,
                0.0..=page.height_mm / 2.0,
                "mm",
            ),
            within(
                "page",
                "footer_distance_mm",
                page.footer_distance_mm,
                0.0..=page.height_mm / 2.0,
                "mm",
            ),
            within(
                "table",
                "border_width_pt",
                sheet.table.border_width_pt,
                0.0..=10.0,
                "pt",
            ),
            within(
                "table",
                "cell_padding_pt",
                sheet.table.cell_padding_pt,
                0.0..=50.0,
                "pt",
            ),
        ]
        .into_iter()
        .flatten(),
    );
    if !out.is_empty() {
        return out;
    }
    let width_pt = page.text_width_mm() * crate::style::PT_PER_MM;
    for (table, style) in [
        ("title", &sheet.title),
        ("subtitle", &sheet.subtitle),
        ("byline", &sheet.byline),
        ("heading1", &sheet.heading1),
        ("heading2", &sheet.heading2),
        ("heading3", &sheet.heading3),
        ("body", &sheet.body),
        ("list_item", &sheet.list_item),
        ("quote", &sheet.quote),
        ("code", &sheet.code),
        ("table_header", &sheet.table_header),
        ("table_cell", &sheet.table_cell),
        ("caption", &sheet.caption),
        ("table_note", &sheet.table_note),
        ("footnote", &sheet.footnote),
        ("header", &sheet.header),
        ("footer", &sheet.footer),
    ] {
        out.extend(paragraph(table, style, width_pt));
    }
    if out.is_empty() && sheet.document_grid != crate::style::DocumentGrid::None {
        // A grid needs room for one body line down the page and one body character across.
        let height_pt = page.text_height_mm() * crate::style::PT_PER_MM;
        let size = sheet.body.size_pt;
        out.extend(within(
            "body",
            "line_height",
            sheet.body.line_height,
            0.5..=(height_pt / size).max(0.5),
            "× size (a document grid needs one body line in the text height)",
        ));
        out.extend(within(
            "body",
            "size_pt",
            size,
            2.0..=width_pt.max(2.0),
            "pt (a document grid needs one body character in the text width)",
        ));
    }
    out
}

/// Where `key` of `[table]` is written in `text` (the table's header if the key is not there).
fn locate(text: &str, table: &str, key: &str) -> LineCol {
    let header = format!("[{table}]");
    let mut offset = 0;
    let mut in_table = false;
    let mut table_at = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            in_table = trimmed.starts_with(&header);
            if in_table {
                table_at = Some(offset);
            }
        } else if in_table
            && trimmed
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return LineCol::from_byte_offset(text, offset + (line.len() - trimmed.len()));
        }
        offset += line.len();
    }
    LineCol::from_byte_offset(text, table_at.unwrap_or(0))
}

/// Checks every number of a parsed style sheet; the error names file, line, key, value and the
/// bounds to keep to.
pub(crate) fn check(sheet: &StyleSheet, text: &str, path: &Path) -> Result<(), SchemaError> {
    let Some(first) = problems(sheet).into_iter().next() else {
        return Ok(());
    };
    let at = locate(text, first.table, first.key);
    Err(SchemaError::Syntax {
        path: path.to_owned(),
        line: at.line,
        column: at.column,
        message: format!(
            "[{}] {} = {} is out of bounds; use a value from {} to {} {}",
            first.table,
            first.key,
            first.value,
            first.bounds.start(),
            first.bounds.end(),
            first.unit
        ),
    })
}

#[cfg(test)]
mod tests {
    use crate::style::{StyleSheet, DEFAULT_STYLE_TOML};
    use std::path::Path;

    fn error_for(from: &str, to: &str) -> String {
        assert!(DEFAULT_STYLE_TOML.contains(from), "{from}");
        let text = DEFAULT_STYLE_TOML.replacen(from, to, 1);
        StyleSheet::parse(&text, Path::new("s.toml"))
            .map(|_| String::new())
            .unwrap_or_else(|e| e.to_string())
    }

    /// Issue 12 item 7: NaN, infinity, zero or negative page sizes and absurd font sizes were
    /// accepted and gave invalid PDFs and DOCX files with exit 0.
    #[test]
    fn absurd_numbers_are_refused_with_their_line() {
        let width_line = DEFAULT_STYLE_TOML
            .lines()
            .position(|l| l.starts_with("width_mm"))
            .unwrap()
            + 1;
        let err = error_for("width_mm = 210.0", "width_mm = nan");
        assert!(err.starts_with(&format!("s.toml:{width_line}:")), "{err}");
        assert!(err.contains("width_mm"), "{err}");
        for (from, to) in [
            ("height_mm = 297.0", "height_mm = inf"),
            ("height_mm = 297.0", "height_mm = 0.0"),
            ("width_mm = 210.0", "width_mm = -210.0"),
            ("size_pt = 20.0", "size_pt = 2000000000.0"),
            ("margin_top_mm = 30.0", "margin_top_mm = 290.0"),
            ("line_height = 1.4", "line_height = 0.0"),
            ("border_width_pt = 0.5", "border_width_pt = -1.0"),
        ] {
            let err = error_for(from, to);
            assert!(err.contains("out of bounds"), "{to}: {err}");
        }
        assert_eq!(error_for("size_pt = 20.0", "size_pt = 22.0"), "");
    }

    #[test]
    fn a_document_grid_is_validated_and_snaps_the_flowing_styles() {
        let err = error_for("document_grid = \"none\"", "document_grid = \"dots\"");
        assert!(
            err.contains("document_grid") || err.contains("dots"),
            "{err}"
        );
        let text = DEFAULT_STYLE_TOML.replacen(
            "document_grid = \"none\"",
            "document_grid = \"lines_and_chars\"",
            1,
        );
        let sheet = StyleSheet::parse(&text, Path::new("s.toml")).unwrap();
        let grid = sheet.grid().unwrap();
        let plain = StyleSheet::default_sheet();
        assert!(plain.grid().is_none());
        assert_eq!(grid.line_pitch_pt, plain.body.line_pitch_pt());
        assert!(
            grid.lines_per_page > 20 && grid.chars_per_line > 30,
            "{grid:?}"
        );
        for style in [&sheet.title, &sheet.heading1, &sheet.body, &sheet.caption] {
            for extent in [
                style.line_pitch_pt(),
                style.space_before_pt,
                style.space_after_pt,
            ] {
                let lines = extent / grid.line_pitch_pt;
                assert!((lines - lines.round()).abs() < 1e-3, "{style:?}");
            }
        }
        // table cells keep their own pitch
        assert_eq!(sheet.table_cell, plain.table_cell);
        // a body line taller than the page cannot make a grid
        let tall = text
            .replacen("margin_top_mm = 30.0", "margin_top_mm = 249.0", 1)
            .replacen(
                "[body]\nfamily = \"serif\"\nsize_pt = 12.0\nline_height = 1.7",
                "[body]\nfamily = \"serif\"\nsize_pt = 12.0\nline_height = 5.0",
                1,
            );
        assert_ne!(tall, text);
        let err = StyleSheet::parse(&tall, Path::new("s.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("grid"), "{err}");
    }
}
