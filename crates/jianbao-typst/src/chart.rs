//! Charts in the Typst export: the shared chart layout as an SVG image, the same picture as the
//! HTML's and as the PDF draws it. Typst renders SVG text with the fonts on its font path.

use jianbao_doc::{Chart, ChartLayout, StyleSheet, PT_PER_MM};

use crate::escape::push_string_literal;
use crate::pt;

/// Writes `chart` as a centred SVG image as wide as the text.
pub(crate) fn push_chart(out: &mut String, chart: &Chart, style: &StyleSheet) {
    let width = style.page.text_width_mm() * PT_PER_MM;
    let svg = ChartLayout::new(chart, style, width).to_svg(&chart.title);
    out.push_str("#align(center, image(bytes(");
    push_string_literal(out, &svg);
    out.push_str("), format: \"svg\", width: ");
    out.push_str(&pt(width));
    out.push_str("))\n\n");
}
