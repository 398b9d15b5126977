//! The document model: what a briefing says, independent of how it is printed.
//!
//! Templates write Markdown; [`crate::parse_markdown`] turns it into this model; the PDF, DOCX and
//! HTML renderers consume only this model (and the [`crate::StyleSheet`]), so all outputs say the
//! same thing.

use serde::{Deserialize, Serialize};

use crate::chart::Chart;

/// A whole document: metadata, body blocks, and the footnotes the body refers to.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Document {
    pub meta: Metadata,
    pub blocks: Vec<Block>,
    /// Footnotes in order of first reference; [`Inline::FootnoteRef`] holds their `number`.
    pub footnotes: Vec<Footnote>,
}

/// Document properties, from the Markdown front matter (`+++` TOML block).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    /// Subject line for document properties (PDF Subject, DOCX subject).
    #[serde(default)]
    pub subject: Option<String>,
    /// Report date as shown to readers (e.g. 2026年11月22日).
    #[serde(default)]
    pub date: Option<String>,
    /// Report date as ISO `YYYY-MM-DD`, for machine-readable properties.
    #[serde(default)]
    pub date_iso: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// BCP 47 language tag of the body text.
    #[serde(default = "default_language")]
    pub language: String,
    /// The 报头 of a 简报 (its name in red, issue, issuing unit, date, red rule); printed above
    /// the title by every renderer when present.
    #[serde(default)]
    pub masthead: Option<Masthead>,
    /// The 报尾 lines (报：…, 送：…, 发：…), printed between two rules at the very end, after the
    /// notes, by every renderer.
    #[serde(default)]
    pub colophon: Vec<String>,
}

/// The 报头 of a 简报: `[masthead]` in the front matter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Masthead {
    /// The 简报's name (社会工作情况简报).
    pub name: String,
    /// 第3期; empty for none.
    #[serde(default)]
    pub issue: String,
    /// The issuing unit, printed at the left under the name; empty for none.
    #[serde(default)]
    pub unit: String,
    /// The date printed at the right, on the unit's line.
    #[serde(default)]
    pub date: String,
}

fn default_language() -> String {
    "zh-CN".to_owned()
}

impl Default for Metadata {
    fn default() -> Self {
        Metadata {
            title: String::new(),
            subtitle: None,
            author: None,
            subject: None,
            date: None,
            date_iso: None,
            keywords: Vec::new(),
            language: default_language(),
            masthead: None,
            colophon: Vec::new(),
        }
    }
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// Heading level 1–6; renderers style 1–3 and treat deeper levels as 3.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    List(List),
    Table(Table),
    /// Quoted text, e.g. a source quote kept as provenance.
    BlockQuote {
        blocks: Vec<Block>,
    },
    /// Preformatted text, kept line by line.
    CodeBlock {
        text: String,
    },
    /// A horizontal rule (thematic break).
    Rule,
    /// Forces the next block onto a new page (`<!-- pagebreak -->` in Markdown).
    PageBreak,
    /// A bar chart of figures the text shows with their citations (a ```` ```chart ```` block).
    Chart(Chart),
}

/// An ordered or bulleted list; each item is a sequence of blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct List {
    /// First number for ordered lists, `None` for bullets.
    pub start: Option<u64>,
    pub items: Vec<Vec<Block>>,
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    #[default]
    Default,
    Left,
    Center,
    Right,
}

/// A table with header rows, body rows, an optional caption and notes printed under it.
///
/// In Markdown, a paragraph `Table: …` (or `表：…`) directly before or after the table is its
/// caption, and paragraphs starting with `注` directly after it are its notes (scope notes).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Table {
    pub caption: Option<Vec<Inline>>,
    /// One entry per column.
    pub align: Vec<Align>,
    /// Header rows, repeated on every page a table spans.
    pub header: Vec<Vec<Cell>>,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<Vec<Inline>>,
}

impl Table {
    /// Number of columns: the widest of the alignment row, the header rows and the body rows, so
    /// a hand-built table with ragged rows still gets a column for every cell.
    pub fn columns(&self) -> usize {
        self.header
            .iter()
            .chain(&self.rows)
            .map(Vec::len)
            .fold(self.align.len(), usize::max)
    }
}

/// One table cell's content.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Cell {
    pub content: Vec<Inline>,
}

/// A footnote: its number (1-based, in order of first reference) and its content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Footnote {
    pub number: usize,
    /// The label written in the Markdown (`[^label]`), kept for cross-referencing.
    pub label: String,
    pub blocks: Vec<Block>,
}

/// Inline content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    Code {
        text: String,
    },
    Link {
        url: String,
        content: Vec<Inline>,
    },
    /// A reference to `Document::footnotes[number - 1]`.
    FootnoteRef {
        number: usize,
    },
    LineBreak,
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Inline {
        Inline::Text { text: s.into() }
    }
}

/// The plain text of inline content: what a reader sees, without markup (footnote marks as
/// their numbers in brackets).
pub fn plain_text(content: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(content, &mut out);
    out
}

fn push_plain(content: &[Inline], out: &mut String) {
    for inline in content {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Link { content, .. } => push_plain(content, out),
            Inline::FootnoteRef { number } => {
                out.push('[');
                out.push_str(&number.to_string());
                out.push(']');
            }
            Inline::LineBreak => out.push('\n'),
        }
    }
}

impl Document {
    /// Every piece of text a reader should find in any rendering, block by block: headings,
    /// paragraphs, list items, table captions, cells and notes, footnotes. Renderer tests use it to
    /// check that nothing was lost.
    pub fn visible_texts(&self) -> Vec<String> {
        let mut out = Vec::new();
        for block in &self.blocks {
            collect_texts(block, &mut out);
        }
        for note in &self.footnotes {
            for block in &note.blocks {
                collect_texts(block, &mut out);
            }
        }
        out.retain(|t| !t.trim().is_empty());
        out
    }
}

fn collect_texts(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => {
            out.push(plain_text(content))
        }
        Block::List(list) => {
            for item in &list.items {
                for b in item {
                    collect_texts(b, out);
                }
            }
        }
        Block::Table(table) => {
            if let Some(c) = &table.caption {
                out.push(plain_text(c));
            }
            for row in table.header.iter().chain(&table.rows) {
                for cell in row {
                    out.push(plain_text(&cell.content));
                }
            }
            for note in &table.notes {
                out.push(plain_text(note));
            }
        }
        Block::BlockQuote { blocks } => {
            for b in blocks {
                collect_texts(b, out);
            }
        }
        Block::CodeBlock { text } => out.extend(text.lines().map(str::to_owned)),
        // A chart repeats figures of the text (the Markdown reader checks it); its own words are
        // checked by each renderer's chart tests.
        Block::Rule | Block::PageBreak | Block::Chart(_) => {}
    }
}
