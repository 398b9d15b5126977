//! Reading sources in the formats analysts collect them in: plain text, Markdown, saved web pages,
//! Word (DOCX) files and PDFs.
//!
//! Each file becomes a [`Rendering`]: a deterministic plain-text rendering (the text the extractor
//! analyses, so every fact's quote and span refer to it) plus the manifest fields the file itself
//! states (title, date, outlet, author). Reading the same file again gives the same text, which is
//! how `facts check` verifies quotes against the original file. [`load_dir`] reads a sources
//! directory, fills manifest entries from the files' own fields (entries in `sources.toml` win)
//! and lists every file it did not read, with the reason. [`fetch`] saves pages by their address.

mod dateline;
mod docx;
pub mod fetch;
mod html;
mod load;
mod loose_text;
mod markdown;
mod pdf;
mod text;

pub use load::{load_dir, skipped_files, LoadedSources, ReadFile, Skipped};

use std::path::{Path, PathBuf};

/// The formats read as articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Docx => "DOCX",
            Format::Pdf => "PDF",
        }
    }
}

/// What a file in a sources directory is: an article in a readable format, or a file that is not
/// read, with the reason (so nothing is ignored silently).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    Article(Format),
    Skipped(String),
}

/// Decides by the file name what a file is.
pub fn classify(path: &Path) -> FileKind {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let skipped = |why: &str| FileKind::Skipped(why.to_owned());
    match ext.as_str() {
        "txt" | "text" => FileKind::Article(Format::Text),
        "md" | "markdown" => FileKind::Article(Format::Markdown),
        "html" | "htm" | "xhtml" | "shtml" => FileKind::Article(Format::Html),
        "docx" => FileKind::Article(Format::Docx),
        "pdf" => FileKind::Article(Format::Pdf),
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "bmp" | "tif" | "tiff" | "svg" | "heic" => {
            skipped("an image, not an article: run OCR and save the text as .txt to use it")
        }
        "xls" | "xlsx" | "csv" | "ods" | "et" | "tsv" => {
            skipped("a spreadsheet, not an article: tables of figures are not read as sources")
        }
        "doc" | "wps" | "rtf" => skipped("an old Word format: save it as .docx to use it"),
        "ppt" | "pptx" | "odp" | "dps" => skipped("a presentation, not an article"),
        "zip" | "rar" | "7z" | "gz" | "tar" => {
            skipped("an archive: unpack it into the sources directory")
        }
        _ => skipped("not a source format (.txt, .md, .html, .htm, .docx, .pdf)"),
    }
}

/// The fields a file states about itself; each is overridden by the file's `sources.toml` entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    pub date: Option<String>,
    /// Where the date was found (e.g. `<meta name="publishdate">`).
    pub date_basis: Option<String>,
    /// Publisher or outlet (来源).
    pub outlet: Option<String>,
    pub author: Option<String>,
}

/// A file read for analysis: its plain-text rendering and what it says about itself.
#[derive(Debug, Clone)]
pub struct Rendering {
    pub format: Format,
    /// The text analysed; quotes and spans refer to it.
    pub text: String,
    pub metadata: Metadata,
    /// How the bytes were decoded, for formats where that is a question (text, Markdown, HTML).
    pub encoding: Option<String>,
}

impl Rendering {
    /// What the file states about itself. A plain text states its title, date and byline only
    /// in its lines, which are read here, when a manifest entry needs them (a listed seed with
    /// its title and date does not): the date as the extraction reads it, so the source list
    /// and the figures agree.
    pub fn stated(&self) -> Metadata {
        if self.format != Format::Text {
            return self.metadata.clone();
        }
        let stated = jianbao_extract::self_description::describe(&self.text);
        let (outlet, author) = self.byline();
        Metadata {
            // a text saved without its headline opens with its dateline (本报讯, 某某网讯, 新华社
            // 北京3月5日电), which is no title
            title: stated.title.filter(|title| {
                !(dateline::opens_with_dateline(title) || dateline::is_bracketed_byline(title))
            }),
            outlet,
            author,
            date_basis: stated
                .date
                .as_ref()
                .map(|_| jianbao_extract::DATE_LINE_BASIS.to_owned()),
            date: stated.date,
        }
    }

    /// The outlet and author the file states (for a plain text, its byline lines: a few short
    /// lines, cheaper than [`Rendering::stated`]'s reading of its headline and date line).
    pub fn byline(&self) -> (Option<String>, Option<String>) {
        if self.format == Format::Text {
            html::text_byline(&self.text)
        } else {
            (self.metadata.outlet.clone(), self.metadata.author.clone())
        }
    }
}

/// Errors reading a source file; each names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Extract(#[from] jianbao_extract::ExtractError),
    #[error(transparent)]
    Schema(#[from] jianbao_facts::SchemaError),
    #[error("{file}: {what}")]
    Unreadable { file: String, what: String },
    #[error("{file}: the PDF has no text layer ({pages} pages of images): it needs OCR first; save the recognised text as .txt")]
    NeedsOcr { file: String, pages: usize },
    #[error("{file}: no article text found ({why}); save the article's text as .txt instead")]
    NoText { file: String, why: String },
    #[error("{path}: no source files (.txt, .md, .html, .docx, .pdf) found{skipped}; point --sources at a directory of articles")]
    Empty { path: PathBuf, skipped: String },
    #[error("{path}: {file} is not a file in this sources directory; name a file in it")]
    NotInDir { path: PathBuf, file: String },
}

/// Reads one file as `format` (see [`classify`]), `file` naming it in errors.
pub fn render_bytes(bytes: &[u8], format: Format, file: &str) -> Result<Rendering, SourceError> {
    render_with_charset(bytes, format, file, None)
}

/// Like [`render_bytes`], with the charset an HTTP header declared (used when the page itself
/// declares none).
pub fn render_with_charset(
    bytes: &[u8],
    format: Format,
    file: &str,
    http_charset: Option<&str>,
) -> Result<Rendering, SourceError> {
    let mut rendering = match format {
        Format::Text => {
            let (text, encoding) = jianbao_extract::ingest::decode(bytes, file)?;
            Rendering {
                format,
                text,
                // read from its lines only where an entry needs it: [`Rendering::stated`]
                metadata: Metadata::default(),
                encoding: Some(encoding.as_str().to_owned()),
            }
        }
        Format::Markdown => {
            let (source, encoding) = jianbao_extract::ingest::decode(bytes, file)?;
            markdown::render(&source, encoding.as_str())
        }
        Format::Html => html::render(bytes, file, http_charset)?,
        Format::Docx => docx::render(bytes, file)?,
        Format::Pdf => pdf::render(bytes, file)?,
    };
    if format != Format::Text {
        rendering.text = text::unify_ideographs(&rendering.text);
    }
    if rendering.text.trim().is_empty() && format != Format::Text {
        return Err(SourceError::NoText {
            file: file.to_owned(),
            why: "the file holds no text".to_owned(),
        });
    }
    Ok(rendering)
}

/// Reads a file from disk by its extension; files that are not articles are an error saying why.
pub fn read_path(path: &Path) -> Result<Rendering, SourceError> {
    let file = path.display().to_string();
    let format = match classify(path) {
        FileKind::Article(format) => format,
        FileKind::Skipped(why) => return Err(SourceError::Unreadable { file, what: why }),
    };
    let bytes = read_regular_file(path)?;
    render_bytes(&bytes, format, &file)
}

/// Reads a regular file (never a FIFO or device, which could block forever).
pub(crate) fn read_regular_file(path: &Path) -> Result<Vec<u8>, SourceError> {
    let io = |source| SourceError::Io {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(SourceError::Unreadable {
            file: path.display().to_string(),
            what: "not a regular file".to_owned(),
        });
    }
    std::fs::read(path).map_err(io)
}
