//! The one document model and style sheet shared by every jianbao renderer.
//!
//! Templates produce Markdown; [`parse_markdown`] reads it into a [`Document`]; renderers (PDF,
//! DOCX, HTML) read the document and a [`StyleSheet`]. Nothing renderer-specific lives here, so
//! the outputs say and look the same.

mod chart;
mod clean;
mod closing;
mod kept;
mod markdown;
mod model;
mod style;
mod style_check;
mod units;

pub use chart::{
    category_lines, estimated_width, local_fill, provincial_fill, tick_text, Anchor, Axis, Bar,
    Chart, ChartLayout, Mark, TextStyle, LOCAL_LEGEND, PROVINCIAL_LEGEND,
};
pub use clean::clean_text;
pub use closing::{closing_blocks, MIN_CLOSING_LINES};
pub use kept::{kept_word_spans, with_kept_words};
pub use markdown::{parse_markdown, MarkdownError, MAX_MARKDOWN_BYTES, MAX_NESTING};
pub use model::{
    plain_text, Align, Block, Cell, Document, Footnote, Inline, List, Masthead, Metadata, Table,
};
pub use style::{
    Color, DocumentGrid, Family, Grid, Page, ParagraphStyle, StyleError, StyleSheet, TableStyle,
    TextAlign, DEFAULT_STYLE_TOML, PT_PER_MM,
};
pub use units::{binds_unit, is_number_char, is_unit, line_ends_after_numbers, number_unit_spans};
