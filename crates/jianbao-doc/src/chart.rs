//! Bar charts: the chart block's data, the one layout every renderer draws, and that layout as SVG.
//!
//! A [`Chart`] repeats figures the text already shows with their citations (the Markdown reader
//! checks this), so a chart adds a picture, never a number. [`ChartLayout::new`] places the
//! title, the value axis with its ticks, the bars, their labels and the legend in points with the
//! style sheet's fonts and colours; the PDF draws it with its own text machinery, HTML and the
//! Typst export draw it as SVG ([`ChartLayout::to_svg`]), and the DOCX writes a native Word chart
//! with the same data, colours and fonts.

use serde::{Deserialize, Serialize};

use crate::style::{Color, Family, ParagraphStyle, StyleSheet};

/// A bar chart of one metric: one bar per region (or per year, for a change over time).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    /// Printed above the chart (图1 社会工作者人数).
    pub title: String,
    /// The unit of every bar's value (人, 个, %): bars in different units are never charted together.
    pub unit: String,
    pub bars: Vec<Bar>,
}

/// One bar: a cited figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bar {
    /// What the bar stands for under the axis: a region (浙江) or a year (2023年).
    pub category: String,
    /// The figure's value in `Chart::unit` (the bar's height).
    pub value: f64,
    /// The figure exactly as the text shows it (27.5万人, 超2000家): printed on the bar.
    pub label: String,
    /// The figure's date as the text shows it (2024年11月), if the source gives one.
    pub as_of: Option<String>,
    /// Set when the figure is about a place below province level (巢湖市): the bar is drawn
    /// in the local style, with the place under it and a legend, never as a provincial figure.
    pub place: Option<String>,
    /// The cited fact: the footnote label written in the Markdown.
    pub fact: String,
    /// The footnote number of `fact` in the document (`Document::footnotes[footnote - 1]`).
    pub footnote: usize,
}

impl Bar {
    /// Whether the figure is about a place below province level.
    pub fn is_local(&self) -> bool {
        self.place.is_some()
    }
}

/// The chart as written in Markdown: a fenced code block with the info string `chart`
/// holding this TOML (what the template function `chart` writes).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChartSpec {
    title: String,
    unit: String,
    bars: Vec<BarSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BarSpec {
    category: String,
    value: f64,
    label: String,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    place: Option<String>,
    fact: String,
}

impl ChartSpec {
    /// Checks the data and numbers the citations with `footnote` (label → number).
    pub(crate) fn into_chart(
        self,
        mut footnote: impl FnMut(&str) -> usize,
    ) -> Result<Chart, String> {
        if self.title.trim().is_empty() {
            return Err("a chart needs a title".into());
        }
        if self.bars.len() < 2 {
            return Err(format!(
                "a chart needs at least two bars to compare, this one has {}; leave the chart out",
                self.bars.len()
            ));
        }
        let mut bars = Vec::with_capacity(self.bars.len());
        for (i, b) in self.bars.into_iter().enumerate() {
            let which = format!("bar {} ({})", i + 1, b.category);
            if !b.value.is_finite() || b.value < 0.0 {
                return Err(format!(
                    "{which}: value {} is not a figure a bar can show (finite, not negative)",
                    b.value
                ));
            }
            if b.category.trim().is_empty() || b.label.trim().is_empty() {
                return Err(format!("{which}: category and label must not be empty"));
            }
            if b.fact.is_empty() || b.fact.contains(|c: char| c.is_whitespace() || c == ']') {
                return Err(format!(
                    "{which}: `fact` must be the id of the cited fact, got {:?}",
                    b.fact
                ));
            }
            bars.push(Bar {
                footnote: footnote(&b.fact),
                category: b.category,
                value: b.value,
                label: b.label,
                as_of: b.as_of.filter(|s| !s.is_empty()),
                place: b.place.filter(|s| !s.is_empty()),
                fact: b.fact,
            });
        }
        Ok(Chart {
            title: self.title,
            unit: self.unit,
            bars,
        })
    }
}

/// Where a text mark's `x` is: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// How a text mark is set: the style sheet's family, weight, size and colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub family: Family,
    pub bold: bool,
    pub size: f32,
    pub color: Color,
}

impl TextStyle {
    fn of(style: &ParagraphStyle) -> TextStyle {
        TextStyle {
            family: style.family,
            bold: style.bold,
            size: style.size_pt,
            color: style.color,
        }
    }
}

/// Something the chart draws. Coordinates are points from the chart's top-left corner, `y`
/// downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A bar or legend swatch; `stroke` outlines it (local figures).
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: Color,
        stroke: Option<Color>,
    },
    /// An axis, tick or grid line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    /// One line of text on the baseline `y`.
    Text {
        x: f32,
        y: f32,
        text: String,
        anchor: Anchor,
        style: TextStyle,
    },
}

/// A chart laid out for a given width: every renderer draws these marks and nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayout {
    pub width: f32,
    pub height: f32,
    pub marks: Vec<Mark>,
}

/// Bar fill of provincial figures: the style sheet's rule colour (the house colour).
pub fn provincial_fill(sheet: &StyleSheet) -> Color {
    sheet.rule_color
}

/// Bar fill of local figures: the table header fill, outlined in the house colour, so a local
/// bar is never mistaken for a provincial one even in grey print.
pub fn local_fill(sheet: &StyleSheet) -> Color {
    sheet.table.header_fill
}

/// The legend entry for local figures.
pub const LOCAL_LEGEND: &str = "地方口径（非全省数据，仅反映当地情况）";
/// The legend entry for provincial figures, shown when a chart also has local ones.
pub const PROVINCIAL_LEGEND: &str = "全省数据";

/// The lines printed under a bar: the category, the place of a local figure, its date.
pub fn category_lines(bar: &Bar) -> Vec<String> {
    let mut lines = vec![bar.category.clone()];
    if let Some(place) = &bar.place {
        lines.push(format!("（{place}）"));
    }
    if let Some(as_of) = &bar.as_of {
        lines.push(as_of.clone());
    }
    lines
}

/// The value axis: ticks from zero to `top` in steps of `step`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub step: f64,
    pub top: f64,
}

impl Axis {
    /// A step of 1, 2 or 5 times a power of ten giving three to six intervals up to the largest
    /// value (at least one interval above zero when every value is zero).
    pub fn for_values(values: impl Iterator<Item = f64>) -> Axis {
        let max = values.fold(0.0_f64, f64::max);
        if max <= 0.0 {
            return Axis {
                step: 1.0,
                top: 1.0,
            };
        }
        let raw = max / 6.0;
        let power = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * power)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * power);
        let top = (max / step).ceil() * step;
        Axis { step, top }
    }

    /// The tick values, zero first.
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.top / self.step).round() as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }
}

/// A tick value as Chinese readers write round numbers: 0, 500, 2万, 1.5亿, 20% (with `unit` % ).
pub fn tick_text(value: f64, unit: &str) -> String {
    let (scaled, suffix) = if value >= 1e8 {
        (value / 1e8, "亿")
    } else if value >= 1e4 {
        (value / 1e4, "万")
    } else {
        (value, "")
    };
    let mut text = format!("{:.2}", scaled);
    while text.contains('.') && (text.ends_with('0') || text.ends_with('.')) {
        text.pop();
    }
    text.push_str(suffix);
    if unit == "%" {
        text.push('%');
    }
    text
}

/// An estimate of a text's width in points, the same for every renderer so that all draw the
/// same layout: Han characters and full-width forms one em, digits and Latin about half.
pub fn estimated_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| {
            if (c as u32) < 0x2E80 {
                if c.is_ascii_uppercase() {
                    0.65
                } else {
                    0.55
                }
            } else {
                1.0
            }
        })
        .sum::<f32>()
        * size
}

impl ChartLayout {
    /// Lays out `chart` `width` points wide: the title in the caption style, the unit and axis,
    /// bars in the region order given (never sorted, so local figures are not ranked against
    /// provincial ones), each labelled with the figure as the text shows it, categories with
    /// place and date under the axis, and a legend when some bars are local.
    pub fn new(chart: &Chart, sheet: &StyleSheet, width: f32) -> ChartLayout {
        let title_style = TextStyle::of(&sheet.caption);
        let label_style = TextStyle {
            family: sheet.table_note.family,
            bold: false,
            size: sheet.table_note.size_pt,
            color: sheet.table_cell.color,
        };
        let small = TextStyle {
            color: sheet.table_note.color,
            ..label_style
        };
        let axis_color = sheet.table.border_color;
        let mut marks = Vec::new();

        // Title.
        let mut y = title_style.size * 1.1;
        marks.push(Mark::Text {
            x: width / 2.0,
            y,
            text: chart.title.clone(),
            anchor: Anchor::Middle,
            style: title_style,
        });
        y += title_style.size * 0.6;

        // Unit line above the axis.
        let axis = Axis::for_values(chart.bars.iter().map(|b| b.value));
        let ticks = axis.ticks();
        let tick_texts: Vec<String> = ticks.iter().map(|t| tick_text(*t, &chart.unit)).collect();
        let tick_width = tick_texts
            .iter()
            .map(|t| estimated_width(t, small.size))
            .fold(0.0, f32::max);
        let plot_left = tick_width + 6.0;
        let plot_right = width - 2.0;
        y += small.size * 1.4;
        if !chart.unit.is_empty() && chart.unit != "%" {
            marks.push(Mark::Text {
                x: 0.0,
                y,
                text: format!("单位：{}", chart.unit),
                anchor: Anchor::Start,
                style: small,
            });
        }
        // Room for the value labels above the tallest bar.
        let plot_top = y + label_style.size * 1.6;
        let plot_height = (width * 0.2).clamp(72.0, 110.0);
        let plot_bottom = plot_top + plot_height;

        // Grid lines and tick labels.
        for (tick, text) in ticks.iter().zip(&tick_texts) {
            let ty = plot_bottom - (tick / axis.top) as f32 * plot_height;
            marks.push(Mark::Line {
                x1: plot_left,
                y1: ty,
                x2: plot_right,
                y2: ty,
                width: if *tick == 0.0 { 0.75 } else { 0.25 },
                color: axis_color,
            });
            marks.push(Mark::Text {
                x: plot_left - 4.0,
                y: ty + small.size * 0.35,
                text: text.clone(),
                anchor: Anchor::End,
                style: small,
            });
        }

        // Bars, their labels and categories.
        let slot = (plot_right - plot_left) / chart.bars.len().max(1) as f32;
        let bar_width = (slot * 0.5).min(44.0);
        let mut lowest = plot_bottom;
        for (i, bar) in chart.bars.iter().enumerate() {
            let centre = plot_left + slot * (i as f32 + 0.5);
            let height = (bar.value / axis.top) as f32 * plot_height;
            let top = plot_bottom - height;
            let local = bar.is_local();
            marks.push(Mark::Rect {
                x: centre - bar_width / 2.0,
                y: top,
                width: bar_width,
                height,
                fill: if local {
                    local_fill(sheet)
                } else {
                    provincial_fill(sheet)
                },
                stroke: local.then_some(provincial_fill(sheet)),
            });
            let mut label = label_style;
            let natural = estimated_width(&bar.label, label.size);
            if natural > slot - 2.0 {
                label.size = (label.size * (slot - 2.0) / natural).max(6.0);
            }
            marks.push(Mark::Text {
                x: centre,
                y: top - label.size * 0.45,
                text: bar.label.clone(),
                anchor: Anchor::Middle,
                style: label,
            });
            let mut line_y = plot_bottom + label_style.size * 1.3;
            for (n, line) in category_lines(bar).into_iter().enumerate() {
                let mut style = if n == 0 { label_style } else { small };
                let natural = estimated_width(&line, style.size);
                if natural > slot - 2.0 {
                    style.size = (style.size * (slot - 2.0) / natural).max(6.0);
                }
                marks.push(Mark::Text {
                    x: centre,
                    y: line_y,
                    text: line,
                    anchor: Anchor::Middle,
                    style,
                });
                lowest = lowest.max(line_y);
                line_y += small.size * 1.3;
            }
        }

        // Legend, when some figures are local.
        let mut height = lowest + small.size * 0.6;
        if chart.bars.iter().any(Bar::is_local) {
            let y = height + small.size * 1.2;
            let swatch = small.size * 0.8;
            let mut x = plot_left;
            let mut entries = vec![(
                local_fill(sheet),
                Some(provincial_fill(sheet)),
                LOCAL_LEGEND,
            )];
            if chart.bars.iter().any(|b| !b.is_local()) {
                entries.insert(0, (provincial_fill(sheet), None, PROVINCIAL_LEGEND));
            }
            for (fill, stroke, text) in entries {
                marks.push(Mark::Rect {
                    x,
                    y: y - swatch,
                    width: swatch,
                    height: swatch,
                    fill,
                    stroke,
                });
                x += swatch + 3.0;
                marks.push(Mark::Text {
                    x,
                    y,
                    text: text.to_owned(),
                    anchor: Anchor::Start,
                    style: small,
                });
                x += estimated_width(text, small.size) + small.size * 1.5;
            }
            height = y + small.size * 0.5;
        }
        ChartLayout {
            width,
            height,
            marks,
        }
    }

    /// Every text the chart prints, in drawing order (for tests and font subsets).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }

    /// The layout as a standalone SVG image, text as text in the bundled families (Noto Serif
    /// SC / Noto Sans SC), sized in points. Numbers are written with two decimals, so the same
    /// chart gives the same bytes.
    pub fn to_svg(&self, title: &str) -> String {
        let mut s = String::with_capacity(4096);
        s.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.2}pt\" height=\"{h:.2}pt\" viewBox=\"0 0 {w:.2} {h:.2}\" role=\"img\" aria-label=\"{t}\">",
            w = self.width,
            h = self.height,
            t = xml_escape(title)
        ));
        for mark in &self.marks {
            match mark {
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    fill,
                    stroke,
                } => {
                    s.push_str(&format!(
                        "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{width:.2}\" height=\"{height:.2}\" fill=\"#{}\"",
                        fill.hex()
                    ));
                    if let Some(stroke) = stroke {
                        s.push_str(&format!(
                            " stroke=\"#{}\" stroke-width=\"0.75\"",
                            stroke.hex()
                        ));
                    }
                    s.push_str("/>");
                }
                Mark::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    color,
                } => s.push_str(&format!(
                    "<line x1=\"{x1:.2}\" y1=\"{y1:.2}\" x2=\"{x2:.2}\" y2=\"{y2:.2}\" stroke=\"#{}\" stroke-width=\"{width:.2}\"/>",
                    color.hex()
                )),
                Mark::Text {
                    x,
                    y,
                    text,
                    anchor,
                    style,
                } => {
                    let anchor = match anchor {
                        Anchor::Start => "start",
                        Anchor::Middle => "middle",
                        Anchor::End => "end",
                    };
                    let family = match style.family {
                        Family::Serif => "Noto Serif SC, serif",
                        Family::Sans => "Noto Sans SC, sans-serif",
                    };
                    s.push_str(&format!(
                        "<text x=\"{x:.2}\" y=\"{y:.2}\" text-anchor=\"{anchor}\" font-family=\"{family}\" font-size=\"{:.2}\"{} fill=\"#{}\">{}</text>",
                        style.size,
                        if style.bold { " font-weight=\"bold\"" } else { "" },
                        style.color.hex(),
                        xml_escape(text)
                    ));
                }
            }
        }
        s.push_str("</svg>");
        s
    }
}

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(category: &str, value: f64, label: &str, place: Option<&str>) -> Bar {
        Bar {
            category: category.into(),
            value,
            label: label.into(),
            as_of: Some("2024年".into()),
            place: place.map(str::to_owned),
            fact: format!("f-{category}"),
            footnote: 1,
        }
    }

    fn chart() -> Chart {
        Chart {
            title: "图1 社会工作者".into(),
            unit: "人".into(),
            bars: vec![
                bar("浙江", 275000.0, "27.5万人", None),
                bar("安徽", 3000.0, "3000人", Some("巢湖市")),
            ],
        }
    }

    #[test]
    fn axis_steps_are_round_and_cover_the_largest_value() {
        let axis = Axis::for_values([275000.0, 3000.0].into_iter());
        assert_eq!(axis.step, 50000.0);
        assert_eq!(axis.top, 300000.0);
        assert_eq!(axis.ticks().len(), 7);
        assert_eq!(Axis::for_values([0.0].into_iter()).top, 1.0);
        assert_eq!(tick_text(50000.0, "人"), "5万");
        assert_eq!(tick_text(150000000.0, "人"), "1.5亿");
        assert_eq!(tick_text(20.0, "%"), "20%");
        assert_eq!(tick_text(0.0, "个"), "0");
    }

    #[test]
    fn layout_prints_labels_categories_places_and_the_local_legend() {
        let sheet = StyleSheet::default_sheet();
        let layout = ChartLayout::new(&chart(), &sheet, 450.0);
        let texts: Vec<&str> = layout.texts().collect();
        for want in [
            "图1 社会工作者",
            "27.5万人",
            "3000人",
            "浙江",
            "（巢湖市）",
            "2024年",
            LOCAL_LEGEND,
            PROVINCIAL_LEGEND,
            "单位：人",
        ] {
            assert!(texts.contains(&want), "{want} missing from {texts:?}");
        }
        let outlined = layout
            .marks
            .iter()
            .filter(|m| {
                matches!(
                    m,
                    Mark::Rect {
                        stroke: Some(_),
                        ..
                    }
                )
            })
            .count();
        assert_eq!(
            outlined, 2,
            "the local bar and its legend swatch are outlined"
        );
        assert!(layout.height > 100.0 && layout.height < 300.0);
    }

    #[test]
    fn svg_escapes_text_and_is_stable() {
        let mut c = chart();
        c.title = "A<B & \"C\"".into();
        let sheet = StyleSheet::default_sheet();
        let svg = ChartLayout::new(&c, &sheet, 450.0).to_svg(&c.title);
        assert!(svg.contains("A&lt;B &amp; &quot;C&quot;"));
        assert!(!svg.contains("A<B"));
        assert_eq!(svg, ChartLayout::new(&c, &sheet, 450.0).to_svg(&c.title));
    }
}
