//! Charts in HTML: the shared chart layout as inline SVG, scaled down with the page when the
//! window is narrower than the text width.

use jianbao_doc::{Chart, ChartLayout, StyleSheet, PT_PER_MM};

/// The chart as a `<figure>` holding inline SVG.
pub(crate) fn chart_html(chart: &Chart, style: &StyleSheet) -> String {
    let width = style.page.text_width_mm() * PT_PER_MM;
    let svg = ChartLayout::new(chart, style, width).to_svg(&chart.title);
    // Scale with the page: the SVG's own size in points is its largest.
    let svg = svg.replacen(
        "<svg ",
        "<svg style=\"max-width:100%;height:auto;display:block;margin:0 auto;\" ",
        1,
    );
    format!("<figure style=\"margin:8pt 0 10pt 0;\">{svg}</figure>\n")
}
