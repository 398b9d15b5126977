//! The style sheet: page geometry, paragraph styles, colours — one set of data that both the PDF
//! and the DOCX renderer read, so that the two outputs look the same.
//!
//! The default lives in `templates/style.toml` and is carried inside the binary; `--style FILE`
//! replaces it with a user's copy.

use serde::{Deserialize, Deserializer, Serialize};
use std::path::Path;

/// The default style sheet's TOML text.
pub const DEFAULT_STYLE_TOML: &str = include_str!("../../../templates/style.toml");

/// Which bundled type family a style uses: 宋体-like serif for body text, 黑体-like sans for headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Serif,
    Sans,
}

/// Paragraph alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextAlign {
    Left,
    Center,
    Right,
    /// Both edges flush, the last line ragged (Chinese body text).
    Justify,
}

/// A CJK document grid (文档网格), as Word's page setup offers it for Chinese documents and as
/// 公文 and many 简报 are set: text lines on a fixed pitch down the page. The pitch is the body
/// style's (`size_pt × line_height`); with a grid every paragraph style outside tables takes a
/// whole number of grid lines (its line pitch rounded up to a multiple, its space before and
/// after rounded to the nearest multiple), so that the PDF and the DOCX keep body lines on the
/// same grid. The DOCX also declares the grid in its section (`w:docGrid`), as Word expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentGrid {
    /// No grid: every style keeps its own pitch and spacing.
    #[default]
    None,
    /// A line grid (Word: "Specify line grid only").
    Lines,
    /// Lines and characters (Word: "Specify line and character grid"): also a fixed number of
    /// body-size characters per line.
    LinesAndChars,
}

/// The grid a style sheet asks for, measured on its page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    pub kind: DocumentGrid,
    /// Distance between grid lines, in points.
    pub line_pitch_pt: f32,
    /// Whole grid lines in the text height.
    pub lines_per_page: u32,
    /// Body-size characters on a line (used by `LinesAndChars`).
    pub chars_per_line: u32,
    /// Width of one character cell, in points (the text width over `chars_per_line`).
    pub char_pitch_pt: f32,
}

/// An sRGB colour, written `"#RRGGBB"` in the style sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Color {
    /// `RRGGBB`, as DOCX wants it.
    pub fn hex(self) -> String {
        format!("{:02X}{:02X}{:02X}", self.r, self.g, self.b)
    }

    /// Components in 0.0–1.0, as PDF wants them.
    pub fn unit_rgb(self) -> [f32; 3] {
        [
            self.r as f32 / 255.0,
            self.g as f32 / 255.0,
            self.b as f32 / 255.0,
        ]
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Color, D::Error> {
        let s = String::deserialize(d)?;
        let hex = s
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()));
        let Some(hex) = hex else {
            return Err(serde::de::Error::custom(format!(
                "colour `{s}` is not of the form \"#RRGGBB\""
            )));
        };
        let byte =
            |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(serde::de::Error::custom);
        Ok(Color {
            r: byte(0)?,
            g: byte(2)?,
            b: byte(4)?,
        })
    }
}

/// Page size and margins, in millimetres.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub width_mm: f32,
    pub height_mm: f32,
    pub margin_top_mm: f32,
    pub margin_bottom_mm: f32,
    pub margin_left_mm: f32,
    pub margin_right_mm: f32,
    /// Distance from the top edge of the page to the header's baseline area.
    pub header_distance_mm: f32,
    /// Distance from the bottom edge of the page to the footer.
    pub footer_distance_mm: f32,
}

impl Page {
    /// Width available to text.
    pub fn text_width_mm(&self) -> f32 {
        self.width_mm - self.margin_left_mm - self.margin_right_mm
    }

    /// Height available to text.
    pub fn text_height_mm(&self) -> f32 {
        self.height_mm - self.margin_top_mm - self.margin_bottom_mm
    }
}

/// How one kind of paragraph is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParagraphStyle {
    pub family: Family,
    #[serde(default)]
    pub bold: bool,
    pub size_pt: f32,
    /// Distance between baselines as a multiple of `size_pt`.
    pub line_height: f32,
    #[serde(default)]
    pub space_before_pt: f32,
    #[serde(default)]
    pub space_after_pt: f32,
    /// First-line indent in multiples of the font size (2 for Chinese body text).
    #[serde(default)]
    pub first_line_indent_chars: f32,
    /// Left indent of the whole paragraph, in multiples of the font size.
    #[serde(default)]
    pub left_indent_chars: f32,
    pub align: TextAlign,
    pub color: Color,
    /// Keep on the same page as the following block (headings, captions).
    #[serde(default)]
    pub keep_with_next: bool,
}

impl ParagraphStyle {
    /// Baseline-to-baseline distance in points.
    pub fn line_pitch_pt(&self) -> f32 {
        self.size_pt * self.line_height
    }
}

/// Table rules and fills.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableStyle {
    pub border_color: Color,
    pub border_width_pt: f32,
    pub header_fill: Color,
    /// Fill of every second body row; `None` for plain rows.
    #[serde(default)]
    pub stripe_fill: Option<Color>,
    pub cell_padding_pt: f32,
}

/// All paragraph styles by role, plus page, table and rule settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleSheet {
    pub page: Page,
    pub table: TableStyle,
    /// Colour of horizontal rules and the header/footer separators.
    pub rule_color: Color,
    /// A CJK document grid (none, lines, lines_and_chars); see [`DocumentGrid`].
    #[serde(default)]
    pub document_grid: DocumentGrid,
    /// Family used for emphasised text (Chinese has no italics).
    pub emphasis_family: Family,
    pub title: ParagraphStyle,
    pub subtitle: ParagraphStyle,
    /// The line with date and author under the title.
    pub byline: ParagraphStyle,
    pub heading1: ParagraphStyle,
    pub heading2: ParagraphStyle,
    pub heading3: ParagraphStyle,
    pub body: ParagraphStyle,
    pub list_item: ParagraphStyle,
    pub quote: ParagraphStyle,
    pub code: ParagraphStyle,
    pub table_header: ParagraphStyle,
    pub table_cell: ParagraphStyle,
    pub caption: ParagraphStyle,
    /// Notes under a table (scope notes).
    pub table_note: ParagraphStyle,
    pub footnote: ParagraphStyle,
    pub header: ParagraphStyle,
    pub footer: ParagraphStyle,
    /// The 简报's name in the 报头 (large, red, centred).
    #[serde(default = "default_masthead_name")]
    pub masthead_name: ParagraphStyle,
    /// The issue line (第3期) under the name.
    #[serde(default = "default_masthead_issue")]
    pub masthead_issue: ParagraphStyle,
    /// The line with the issuing unit (left) and the date (right), above the red rule.
    #[serde(default = "default_masthead_info")]
    pub masthead_info: ParagraphStyle,
    /// Colour of the 报头's rule (red, as on printed 简报 and 公文).
    #[serde(default = "default_masthead_rule_color")]
    pub masthead_rule_color: Color,
    /// Width of the 报头's rule in points.
    #[serde(default = "default_masthead_rule_width")]
    pub masthead_rule_width_pt: f32,
    /// The 报尾 lines (报：… 送：… 发：…).
    #[serde(default = "default_colophon")]
    pub colophon: ParagraphStyle,
}

fn plain_style(
    family: Family,
    bold: bool,
    size_pt: f32,
    align: TextAlign,
    color: Color,
) -> ParagraphStyle {
    ParagraphStyle {
        family,
        bold,
        size_pt,
        line_height: 1.4,
        space_before_pt: 0.0,
        space_after_pt: 4.0,
        first_line_indent_chars: 0.0,
        left_indent_chars: 0.0,
        align,
        color,
        keep_with_next: true,
    }
}

const MASTHEAD_RED: Color = Color {
    r: 0xC0,
    g: 0,
    b: 0,
};
const BLACK: Color = Color { r: 0, g: 0, b: 0 };

fn default_masthead_name() -> ParagraphStyle {
    plain_style(Family::Serif, true, 28.0, TextAlign::Center, MASTHEAD_RED)
}

fn default_masthead_issue() -> ParagraphStyle {
    plain_style(Family::Serif, false, 14.0, TextAlign::Center, BLACK)
}

fn default_masthead_info() -> ParagraphStyle {
    plain_style(Family::Serif, false, 12.0, TextAlign::Left, BLACK)
}

fn default_masthead_rule_color() -> Color {
    MASTHEAD_RED
}

fn default_masthead_rule_width() -> f32 {
    2.0
}

fn default_colophon() -> ParagraphStyle {
    ParagraphStyle {
        keep_with_next: false,
        line_height: 1.6,
        space_after_pt: 0.0,
        ..plain_style(Family::Serif, false, 12.0, TextAlign::Left, BLACK)
    }
}

/// An error in a style sheet, located by file, line and column.
pub type StyleError = jianbao_facts::SchemaError;

impl StyleSheet {
    /// The built-in style sheet.
    pub fn default_sheet() -> StyleSheet {
        StyleSheet::parse(DEFAULT_STYLE_TOML, Path::new("templates/style.toml"))
            .expect("the built-in style sheet is valid (checked by a unit test)")
    }

    /// Parses style-sheet TOML; `path` names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<StyleSheet, StyleError> {
        let mut sheet: StyleSheet = jianbao_facts::parse_toml(text, path)?;
        crate::style_check::check(&sheet, text, path)?;
        sheet.snap_to_grid();
        Ok(sheet)
    }

    pub fn load(path: &Path) -> Result<StyleSheet, StyleError> {
        let text = jianbao_facts::read_regular_text(path, 1024 * 1024).map_err(|source| {
            jianbao_facts::SchemaError::Io {
                path: path.to_owned(),
                source,
            }
        })?;
        StyleSheet::parse(&text, path)
    }

    /// The grid this sheet asks for, or `None`.
    pub fn grid(&self) -> Option<Grid> {
        if self.document_grid == DocumentGrid::None {
            return None;
        }
        let pitch = self.body.line_pitch_pt();
        let width = self.page.text_width_mm() * PT_PER_MM;
        let height = self.page.text_height_mm() * PT_PER_MM;
        let chars = ((width / self.body.size_pt) + 1e-3).floor().max(1.0);
        Some(Grid {
            kind: self.document_grid,
            line_pitch_pt: pitch,
            lines_per_page: ((height / pitch) + 1e-3).floor().max(1.0) as u32,
            chars_per_line: chars as u32,
            char_pitch_pt: width / chars,
        })
    }

    /// With a grid, every paragraph style that flows down the page (not table cells, table
    /// notes, header or footer) takes whole grid lines: line pitch rounded up to a multiple of
    /// the grid's, space before and after rounded to the nearest multiple.
    fn snap_to_grid(&mut self) {
        let Some(grid) = self.grid() else {
            return;
        };
        let pitch = grid.line_pitch_pt;
        for style in [
            &mut self.title,
            &mut self.subtitle,
            &mut self.byline,
            &mut self.heading1,
            &mut self.heading2,
            &mut self.heading3,
            &mut self.body,
            &mut self.list_item,
            &mut self.quote,
            &mut self.code,
            &mut self.caption,
            &mut self.footnote,
            &mut self.masthead_name,
            &mut self.masthead_issue,
            &mut self.masthead_info,
            &mut self.colophon,
        ] {
            let lines = (style.line_pitch_pt() / pitch - 0.02).ceil().max(1.0);
            style.line_height = lines * pitch / style.size_pt;
            style.space_before_pt = (style.space_before_pt / pitch).round() * pitch;
            style.space_after_pt = (style.space_after_pt / pitch).round() * pitch;
        }
    }

    /// The style of a heading of the given level (levels past 3 use heading 3).
    pub fn heading(&self, level: u8) -> &ParagraphStyle {
        match level {
            1 => &self.heading1,
            2 => &self.heading2,
            _ => &self.heading3,
        }
    }
}

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_sheet_parses() {
        let sheet = StyleSheet::default_sheet();
        assert!(sheet.page.text_width_mm() > 100.0);
        assert_eq!(sheet.body.first_line_indent_chars, 2.0);
        assert_eq!(sheet.body.align, TextAlign::Justify);
    }

    #[test]
    fn bad_colour_is_located() {
        let text = DEFAULT_STYLE_TOML.replacen("rule_color = \"#", "rule_color = \"#Z", 1);
        let err = StyleSheet::parse(&text, Path::new("s.toml"))
            .unwrap_err()
            .to_string();
        let line = DEFAULT_STYLE_TOML
            .lines()
            .position(|l| l.starts_with("rule_color"))
            .unwrap()
            + 1;
        assert!(err.starts_with(&format!("s.toml:{line}:")), "{err}");
        assert!(err.contains("#RRGGBB"), "{err}");
    }

    #[test]
    fn unknown_field_is_an_error() {
        let text = format!("{DEFAULT_STYLE_TOML}\n[extra]\nx = 1\n");
        let err = StyleSheet::parse(&text, Path::new("s.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("extra"), "{err}");
    }
}
