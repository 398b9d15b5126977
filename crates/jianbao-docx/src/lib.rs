//! DOCX renderer: the jianbao document model as an editable Word document that carries its own
//! Chinese fonts.
//!
//! docx-rs builds the WordprocessingML body, header, footer and numbering; everything it cannot
//! express is written here: the style sheet as real named styles (`styles.xml`), the font table
//! with the used faces embedded as obfuscated subsets (ECMA-376 Part 1, 17.8), settings, document
//! properties, and a few patches of its XML (schema element order, table header rows, table
//! borders from the table style, bullet position, hyperlink ids that do not depend on the
//! process). The package is then written again, deterministically and with Deflate, so the same
//! input gives the same bytes.
//!
//! ```no_run
//! use jianbao_docx::{render_docx, DocxOptions};
//! let doc = jianbao_doc::parse_markdown("+++\ntitle = \"简报\"\n+++\n正文。", "brief.md")?;
//! let style = jianbao_doc::StyleSheet::default_sheet();
//! let fonts = jianbao_fonts::FontSet::embedded();
//! let created = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(0, 0, 0).unwrap();
//! let opts = DocxOptions { created, allow_missing_glyphs: false, header_text: None };
//! let out = render_docx(&doc, &style, &fonts, &opts)?;
//! std::fs::write("brief.docx", out.bytes)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod body;
mod chart;
mod embed;
mod names;
mod package;
mod patch;
mod styles;
mod units;

use jianbao_doc::{Document, StyleSheet};
use jianbao_fonts::{FontError, FontSet};

/// What the caller decides for one rendering.
#[derive(Debug, Clone)]
pub struct DocxOptions {
    /// Creation and modification time written to the document properties (from `--date` or
    /// `SOURCE_DATE_EPOCH`), so that builds are reproducible.
    pub created: chrono::NaiveDateTime,
    /// Render characters that no bundled face has (they show in a fallback font on the reader's
    /// machine, or as boxes) instead of failing; each is reported in the warnings.
    pub allow_missing_glyphs: bool,
    /// Text of the running header; `None` uses the document title.
    pub header_text: Option<String>,
}

/// A rendered document: the `.docx` bytes and what the reader should know about them.
#[derive(Debug, Clone)]
pub struct RenderedDocx {
    pub bytes: Vec<u8>,
    /// Human-readable warnings (e.g. characters rendered without an embedded glyph).
    pub warnings: Vec<String>,
}

/// Everything that can stop a DOCX rendering.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// A font could not be read, measured or subset.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The document uses characters that none of the fonts has.
    #[error(
        "no font has a glyph for {} character(s): {}; replace or remove them in the source, \
         supply fonts that cover them, or allow missing glyphs to render them unembedded",
        .0.len(),
        describe_missing(.0)
    )]
    MissingGlyphs(Vec<MissingGlyph>),
    /// docx-rs produced XML that the post-processing could not read (a bug in this crate).
    #[error("internal error post-processing {part}: {problem}; please report this as a bug")]
    Xml { part: String, problem: String },
    /// Writing the zip package failed (in memory: a bug or out of memory).
    #[error("cannot write the DOCX package: {0}")]
    Package(String),
}

/// A character that no font can draw, with the text around its first occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyph {
    pub ch: char,
    pub context: String,
}

fn describe_missing(missing: &[MissingGlyph]) -> String {
    missing
        .iter()
        .map(|m| format!("{:?} (U+{:04X}) in “{}”", m.ch, u32::from(m.ch), m.context))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Renders `doc` with `style` as a DOCX whose used faces are embedded as subsets.
///
/// Deterministic: the same inputs give byte-identical output.
pub fn render_docx(
    doc: &Document,
    style: &StyleSheet,
    fonts: &FontSet,
    opts: &DocxOptions,
) -> Result<RenderedDocx, DocxError> {
    let names = styles::FamilyNames::from_fonts(fonts)?;
    let header_text = opts
        .header_text
        .clone()
        .unwrap_or_else(|| doc.meta.title.clone());
    let built = body::build(doc, style, fonts, &names, &header_text)?;

    let mut warnings = Vec::new();
    if !built.missing.is_empty() {
        let missing: Vec<MissingGlyph> = built
            .missing
            .into_iter()
            .map(|(ch, context)| MissingGlyph { ch, context })
            .collect();
        if !opts.allow_missing_glyphs {
            return Err(DocxError::MissingGlyphs(missing));
        }
        warnings.push(format!(
            "no font has a glyph for {}; these characters are not embedded and will show in \
             whatever font the reader's word processor substitutes",
            describe_missing(&missing)
        ));
    }

    let mut embedded = embed::embed_fonts(fonts, &built.usage)?;
    // Every part names the fonts by names unique to these subsets.
    let renames = embed::unique_family_names(&mut embedded);
    let names = names.renamed(&renames);
    let mut xml = built.xml;
    xml.document = embed::rename_fonts(&xml.document, &renames);
    xml.numberings = embed::rename_fonts(&xml.numberings, &renames);
    for part in xml.headers.iter_mut().chain(xml.footers.iter_mut()) {
        *part = embed::rename_fonts(part, &renames);
    }
    let styles_xml = styles::styles_xml(style, &names, &doc.meta.language);
    let bytes = package::write(package::Parts {
        xml,
        styles: styles_xml,
        header_rows: &built.header_rows,
        charts: &built.charts,
        sheet: style,
        names: &names,
        fonts: &embedded,
        meta: &doc.meta,
        created: opts.created,
    })?;
    Ok(RenderedDocx { bytes, warnings })
}
