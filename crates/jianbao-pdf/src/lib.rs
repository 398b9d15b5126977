//! PDF renderer: sets a [`jianbao_doc::Document`] as print-ready Chinese typography and writes
//! it with embedded subset fonts.
//!
//! Layout and writing are separate, as in Typst's typst-layout / typst-pdf split:
//! [`layout::layout_document`] produces positioned pages (testable on their own), and the
//! `write` module turns them into PDF with printpdf, then fixes what printpdf leaves
//! non-deterministic or unnamed (subset font names, document ID, metadata, outline).

mod justify;
pub mod layout;
mod serialize;
mod tags;
mod text;
mod write;

use std::fmt;

/// How to render; everything else comes from the document and the style sheet.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// Creation and modification date written into the PDF. Passed in (from `--date` or
    /// `SOURCE_DATE_EPOCH`) so that the same input gives byte-identical output.
    pub creation_date: chrono::NaiveDateTime,
    /// Render characters that no font has as nothing, with a warning, instead of failing.
    pub allow_missing_glyphs: bool,
    /// Running header on pages after the first; `None` uses the document title.
    pub header_text: Option<String>,
}

/// A rendered PDF.
#[derive(Debug, Clone)]
pub struct RenderedPdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Things the user should know that did not stop rendering (e.g. allowed missing glyphs).
    pub warnings: Vec<String>,
}

/// Where in the document a piece of text is, for error messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Location {
    /// Title, subtitle or byline.
    Title,
    /// Top-level block `index` (1-based) of the document body.
    Block {
        index: usize,
    },
    /// A table cell: body block, row (1-based, header rows first) and column (1-based).
    Cell {
        block: usize,
        row: usize,
        column: usize,
    },
    /// The heading of the endnote section.
    Endnotes,
    /// Footnote number `n`.
    Footnote(usize),
    Header,
    Footer,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Title => write!(f, "the title block"),
            Location::Block { index } => write!(f, "block {index}"),
            Location::Cell {
                block: 0,
                row,
                column,
            } => write!(f, "a table cell, row {row}, column {column}"),
            Location::Cell { block, row, column } => {
                write!(f, "the table of block {block}, row {row}, column {column}")
            }
            Location::Endnotes => write!(f, "the endnote heading"),
            Location::Footnote(n) => write!(f, "footnote {n}"),
            Location::Header => write!(f, "the page header"),
            Location::Footer => write!(f, "the page footer"),
        }
    }
}

/// A character that no configured font can draw, and where it occurs.
#[derive(Debug, Clone, PartialEq)]
pub struct MissingGlyph {
    pub ch: char,
    pub location: Location,
    /// The text around the character.
    pub context: String,
}

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error(
        "no font has a glyph for {} character(s): {}; replace or remove them, or allow missing \
         glyphs to render without them",
        .0.len(),
        format_missing(.0)
    )]
    MissingGlyphs(Vec<MissingGlyph>),
    #[error(transparent)]
    Font(#[from] jianbao_fonts::FontError),
    #[error("writing the PDF failed: {0}; this is a bug, please report it with the input")]
    Write(String),
}

impl PdfError {
    fn missing(found: Vec<(char, Location, String)>) -> PdfError {
        PdfError::MissingGlyphs(
            found
                .into_iter()
                .map(|(ch, location, context)| MissingGlyph {
                    ch,
                    location,
                    context,
                })
                .collect(),
        )
    }
}

fn format_missing(missing: &[MissingGlyph]) -> String {
    missing
        .iter()
        .map(|m| {
            format!(
                "{:?} (U+{:04X}) in {} (“{}”)",
                m.ch, m.ch as u32, m.location, m.context
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Renders `doc` as a PDF: lays it out with `style` and `fonts`, subsets the fonts to the
/// characters used, and writes a deterministic file (same input, same bytes).
pub fn render_pdf(
    doc: &jianbao_doc::Document,
    style: &jianbao_doc::StyleSheet,
    fonts: &jianbao_fonts::FontSet,
    opts: &PdfOptions,
) -> Result<RenderedPdf, PdfError> {
    let layout = layout::layout_document(doc, style, fonts, opts)?;
    let subsets = fonts.subset_all(&layout.usage)?;
    let bytes = write::write_pdf(&layout, &subsets, doc, opts)?;
    Ok(RenderedPdf {
        bytes,
        pages: layout.pages.len(),
        warnings: layout.warnings,
    })
}
