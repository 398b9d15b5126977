//! Markdown (CommonMark with GFM tables and footnotes, TOML front matter) → [`Document`].
//!
//! Templates write Markdown because analysts know it; this reader gives the renderers one model.
//! Conventions beyond CommonMark, all ordinary Markdown so that the text also reads well as-is:
//! - front matter between `+++` lines is TOML with the [`Metadata`] fields;
//! - `<!-- pagebreak -->` on its own line is a page break;
//! - a paragraph `Table: …` (or `表：…`) directly before or after a table is its caption;
//! - paragraphs starting with `注` (注：, 注1：, 注①…) directly after a table are its notes;
//! - a soft line break between two CJK characters joins them without a space.

use crate::chart::{Chart, ChartSpec};
use crate::model::*;
use pulldown_cmark::{
    CodeBlockKind, Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd,
};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

/// A Markdown error located in the template output.
#[derive(Debug, thiserror::Error)]
#[error("{origin}:{line}:{column}: {message}")]
pub struct MarkdownError {
    /// Where the Markdown came from (template name or file).
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Deepest nesting of blocks and inline styles (a list in a list in a quote …, emphasis in a
/// link …). The readers and renderers recurse once per level, so unbounded nesting (a
/// 300-level list, 5000 nested emphasis) would overflow the stack; briefings need a handful.
pub const MAX_NESTING: usize = 32;

/// Largest Markdown text read (a briefing is tens of KB; millions of paragraphs are a runaway
/// template).
pub const MAX_MARKDOWN_BYTES: usize = 16 * 1024 * 1024;

/// Parses Markdown into the document model. `origin` names the text in error messages.
/// Characters no output can carry are removed first ([`crate::clean_text`]).
pub fn parse_markdown(text: &str, origin: &str) -> Result<Document, MarkdownError> {
    if text.len() > MAX_MARKDOWN_BYTES {
        return Err(MarkdownError {
            origin: origin.to_owned(),
            line: 1,
            column: 1,
            message: format!(
                "the Markdown is {} MB, over the limit of {} MB; check the template's loops",
                text.len() / (1024 * 1024),
                MAX_MARKDOWN_BYTES / (1024 * 1024)
            ),
        });
    }
    let cleaned = crate::clean_text(text);
    let text: &str = &cleaned;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let events: Vec<(Event, Range<usize>)> =
        Parser::new_ext(text, options).into_offset_iter().collect();
    check_nesting(&events, text, origin)?;
    let mut reader = Reader {
        text,
        origin,
        events,
        pos: 0,
        footnote_numbers: HashMap::new(),
        footnote_definitions: HashMap::new(),
        meta: None,
        charts: Vec::new(),
    };
    let blocks = reader.blocks(None)?;
    let mut numbered: Vec<(String, (usize, usize))> = reader.footnote_numbers.drain().collect();
    numbered.sort_by_key(|(_, (number, _))| *number);
    let mut footnotes = Vec::with_capacity(numbered.len());
    for (label, (number, first_reference)) in numbered {
        let Some((blocks, _)) = reader.footnote_definitions.remove(&label) else {
            return Err(reader.error_at(
                first_reference,
                format!("footnote [^{label}] is referenced but never defined; add a line `[^{label}]: …`"),
            ));
        };
        footnotes.push(Footnote {
            number,
            label,
            blocks,
        });
    }
    if let Some((label, (_, at))) = reader
        .footnote_definitions
        .iter()
        .min_by_key(|(_, (_, at))| *at)
    {
        return Err(reader.error_at(
            *at,
            format!("footnote [^{label}] is defined but never referenced; cite it or remove it"),
        ));
    }
    check_charts_repeat_the_text(&reader, &blocks)?;
    let meta = match reader.meta.take() {
        Some((toml_text, start)) => parse_front_matter(&toml_text, text, start, origin)?,
        None => Metadata::default(),
    };
    Ok(Document {
        meta,
        blocks,
        footnotes,
    })
}

/// Refuses nesting deeper than [`MAX_NESTING`], naming where it goes too deep.
fn check_nesting(
    events: &[(Event, Range<usize>)],
    text: &str,
    origin: &str,
) -> Result<(), MarkdownError> {
    let mut depth = 0usize;
    for (event, range) in events {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_NESTING {
                    let (line, column) = line_col(text, range.start);
                    return Err(MarkdownError {
                        origin: origin.to_owned(),
                        line,
                        column,
                        message: format!(
                            "lists, quotes and emphasis are nested more than {MAX_NESTING} deep here; flatten the structure"
                        ),
                    });
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn parse_front_matter(
    toml_text: &str,
    whole: &str,
    start: usize,
    origin: &str,
) -> Result<Metadata, MarkdownError> {
    jianbao_facts::parse_toml::<Metadata>(toml_text, Path::new(origin)).map_err(|e| match e {
        jianbao_facts::SchemaError::Syntax {
            line,
            column,
            message,
            ..
        } => {
            // The front matter starts on the line after the opening `+++`.
            let first = line_col(whole, start).0;
            MarkdownError {
                origin: origin.to_owned(),
                line: first + line - 1,
                column,
                message: format!("front matter: {message}"),
            }
        }
        other => MarkdownError {
            origin: origin.to_owned(),
            line: 1,
            column: 1,
            message: other.to_string(),
        },
    })
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let at = jianbao_facts::LineCol::from_byte_offset(text, offset);
    (at.line, at.column)
}

struct Reader<'t> {
    text: &'t str,
    origin: &'t str,
    events: Vec<(Event<'t>, Range<usize>)>,
    pos: usize,
    /// Footnote label → (number, byte offset of the first reference), numbered in order of first reference.
    footnote_numbers: HashMap<String, (usize, usize)>,
    /// Footnote label → (content, byte offset of the definition).
    footnote_definitions: HashMap<String, (Vec<Block>, usize)>,
    /// Front matter TOML and its byte offset.
    meta: Option<(String, usize)>,
    /// Byte offsets of the chart blocks, in document order.
    charts: Vec<usize>,
}

impl<'t> Reader<'t> {
    fn error_at(&self, offset: usize, message: String) -> MarkdownError {
        let (line, column) = line_col(self.text, offset);
        MarkdownError {
            origin: self.origin.to_owned(),
            line,
            column,
            message,
        }
    }

    /// Reads a chart block's TOML (`text`, starting at byte `start`; the fence at `fence`) and
    /// numbers its citations like footnote references.
    fn chart(&mut self, text: &str, start: usize, fence: usize) -> Result<Chart, MarkdownError> {
        let spec: ChartSpec =
            jianbao_facts::parse_toml(text, Path::new(self.origin)).map_err(|e| match e {
                jianbao_facts::SchemaError::Syntax {
                    line,
                    column,
                    message,
                    ..
                } => MarkdownError {
                    origin: self.origin.to_owned(),
                    line: line_col(self.text, start).0 + line - 1,
                    column,
                    message: format!("chart: {message}"),
                },
                other => self.error_at(fence, format!("chart: {other}")),
            })?;
        let numbers = &mut self.footnote_numbers;
        spec.into_chart(|label| {
            let next = numbers.len() + 1;
            numbers.entry(label.to_owned()).or_insert((next, fence)).0
        })
        .map_err(|message| self.error_at(fence, format!("chart: {message}")))
    }

    fn next(&mut self) -> Option<(Event<'t>, Range<usize>)> {
        let item = self.events.get(self.pos).cloned();
        self.pos += 1;
        item
    }

    /// Reads blocks until the end tag `until` (or the end of input when `None`).
    fn blocks(&mut self, until: Option<TagEnd>) -> Result<Vec<Block>, MarkdownError> {
        let mut blocks = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(end) if Some(end) == until => break,
                event => self.block(event, range, &mut blocks)?,
            }
        }
        Ok(attach_captions_and_notes(blocks))
    }

    /// Reads the block that `event` starts and appends it to `blocks`.
    fn block(
        &mut self,
        event: Event<'t>,
        range: Range<usize>,
        blocks: &mut Vec<Block>,
    ) -> Result<(), MarkdownError> {
        match event {
            Event::Start(Tag::Paragraph) => {
                let content = self.inlines(TagEnd::Paragraph)?;
                blocks.push(Block::Paragraph { content });
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let content = self.inlines(TagEnd::Heading(level))?;
                blocks.push(Block::Heading {
                    level: heading_number(level),
                    content,
                });
            }
            Event::Start(Tag::BlockQuote(kind)) => {
                let inner = self.blocks(Some(TagEnd::BlockQuote(kind)))?;
                blocks.push(Block::BlockQuote { blocks: inner });
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let mut text = String::new();
                let mut text_start = None;
                while let Some((event, r)) = self.next() {
                    match event {
                        Event::Text(t) => {
                            text_start.get_or_insert(r.start);
                            text.push_str(&t)
                        }
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                let is_chart =
                    matches!(&kind, CodeBlockKind::Fenced(info) if info.trim() == CHART_INFO);
                if is_chart {
                    let chart =
                        self.chart(&text, text_start.unwrap_or(range.start), range.start)?;
                    self.charts.push(range.start);
                    blocks.push(Block::Chart(chart));
                } else {
                    blocks.push(Block::CodeBlock {
                        text: text.trim_end_matches('\n').to_owned(),
                    });
                }
            }
            Event::Start(Tag::List(start)) => {
                let mut items = Vec::new();
                while let Some((event, range)) = self.next() {
                    match event {
                        Event::Start(Tag::Item) => items.push(self.item()?),
                        Event::End(TagEnd::List(_)) => break,
                        other => {
                            return Err(self
                                .error_at(range.start, format!("unexpected {other:?} in a list")))
                        }
                    }
                }
                blocks.push(Block::List(List { start, items }));
            }
            Event::Start(Tag::Table(align)) => blocks.push(Block::Table(self.table(align)?)),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let inner = self.blocks(Some(TagEnd::FootnoteDefinition))?;
                self.footnote_definitions
                    .insert(label.to_string(), (inner, range.start));
            }
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::PlusesStyle)) => {
                let mut toml_text = String::new();
                let mut start = range.start;
                while let Some((event, r)) = self.next() {
                    match event {
                        Event::Text(t) => {
                            if toml_text.is_empty() {
                                start = r.start;
                            }
                            toml_text.push_str(&t)
                        }
                        Event::End(TagEnd::MetadataBlock(_)) => break,
                        _ => {}
                    }
                }
                self.meta = Some((toml_text, start));
            }
            Event::Html(html) => {
                let html_text = html.trim();
                if is_pagebreak(html_text) {
                    blocks.push(Block::PageBreak);
                } else if !html_text.is_empty() && !is_comment(html_text) {
                    return Err(self.error_at(
                        range.start,
                        format!("raw HTML `{html_text}` is not supported: write Markdown (a page break is `<!-- pagebreak -->`)"),
                    ));
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Rule => blocks.push(Block::Rule),
            other => {
                return Err(self.error_at(
                    range.start,
                    format!("unsupported Markdown element {other:?}"),
                ))
            }
        }
        Ok(())
    }

    /// Reads one list item. Tight items hold inline content directly; loose ones hold blocks.
    fn item(&mut self) -> Result<Vec<Block>, MarkdownError> {
        let mut blocks = Vec::new();
        let mut loose_inline = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::End(TagEnd::Item) => break,
                Event::Start(
                    Tag::Paragraph
                    | Tag::List(_)
                    | Tag::BlockQuote(_)
                    | Tag::CodeBlock(_)
                    | Tag::Table(_)
                    | Tag::Heading { .. },
                ) => {
                    flush_inline(&mut loose_inline, &mut blocks);
                    self.block(event, range, &mut blocks)?;
                }
                event => self.inline_event(event, range, &mut loose_inline)?,
            }
        }
        flush_inline(&mut loose_inline, &mut blocks);
        Ok(blocks)
    }

    fn table(&mut self, align: Vec<pulldown_cmark::Alignment>) -> Result<Table, MarkdownError> {
        let align = align
            .into_iter()
            .map(|a| match a {
                pulldown_cmark::Alignment::None => Align::Default,
                pulldown_cmark::Alignment::Left => Align::Left,
                pulldown_cmark::Alignment::Center => Align::Center,
                pulldown_cmark::Alignment::Right => Align::Right,
            })
            .collect();
        let mut table = Table {
            align,
            ..Table::default()
        };
        let mut in_head = false;
        let mut row: Vec<Cell> = Vec::new();
        while let Some((event, range)) = self.next() {
            match event {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => {
                    // GFM emits head cells without a row wrapper.
                    if !row.is_empty() {
                        table.header.push(std::mem::take(&mut row));
                    }
                    in_head = false;
                }
                Event::Start(Tag::TableRow) => row.clear(),
                Event::End(TagEnd::TableRow) => {
                    let r = std::mem::take(&mut row);
                    if in_head {
                        table.header.push(r)
                    } else {
                        table.rows.push(r)
                    }
                }
                Event::Start(Tag::TableCell) => {
                    let content = self.inlines(TagEnd::TableCell)?;
                    row.push(Cell { content });
                }
                Event::End(TagEnd::Table) => break,
                other => {
                    return Err(
                        self.error_at(range.start, format!("unexpected {other:?} in a table"))
                    )
                }
            }
        }
        Ok(table)
    }

    /// Reads inline content until `end`, merging text and resolving soft breaks.
    fn inlines(&mut self, end: TagEnd) -> Result<Vec<Inline>, MarkdownError> {
        let start = self
            .pos
            .checked_sub(1)
            .and_then(|i| self.events.get(i))
            .map_or(0, |(_, r)| r.start);
        let mut out = Vec::new();
        while let Some((event, range)) = self.next() {
            if let Event::End(e) = &event {
                if *e == end {
                    break;
                }
            }
            self.inline_event(event, range, &mut out)?;
        }
        resolve_soft_breaks(&mut out);
        // CommonMark leaves a reference to an undefined footnote as literal text.
        for inline in &out {
            if let Inline::Text { text } = inline {
                if let Some(idx) = undefined_footnote_reference(text) {
                    let label: String = text[idx + 2..].chars().take_while(|&c| c != ']').collect();
                    let needle = format!("[^{label}]");
                    let at = self
                        .text
                        .get(start..)
                        .and_then(|rest| rest.find(&needle))
                        .map_or(start, |i| start + i);
                    return Err(self.error_at(
                        at,
                        format!("footnote [^{label}] is referenced but never defined; add a line `[^{label}]: …`"),
                    ));
                }
            }
        }
        Ok(out)
    }

    fn inline_event(
        &mut self,
        event: Event<'t>,
        range: Range<usize>,
        out: &mut Vec<Inline>,
    ) -> Result<(), MarkdownError> {
        match event {
            Event::Text(t) => push_text(out, &t),
            Event::Code(t) => out.push(Inline::Code {
                text: t.to_string(),
            }),
            Event::SoftBreak => push_text(out, "\0"),
            Event::HardBreak => out.push(Inline::LineBreak),
            Event::Start(Tag::Emphasis) => {
                let content = self.inlines(TagEnd::Emphasis)?;
                out.push(Inline::Emphasis { content });
            }
            Event::Start(Tag::Strong) => {
                let content = self.inlines(TagEnd::Strong)?;
                out.push(Inline::Strong { content });
            }
            Event::Start(Tag::Strikethrough) => {
                return Err(self.error_at(
                    range.start,
                    "strikethrough has no place in a briefing; remove the ~~ marks".into(),
                ));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let content = self.inlines(TagEnd::Link)?;
                out.push(Inline::Link {
                    url: dest_url.to_string(),
                    content,
                });
            }
            Event::Start(Tag::Image { .. }) => {
                return Err(self.error_at(
                    range.start,
                    "images are not supported in briefings; remove the image".into(),
                ));
            }
            Event::FootnoteReference(label) => {
                let next = self.footnote_numbers.len() + 1;
                let (number, _) = *self
                    .footnote_numbers
                    .entry(label.to_string())
                    .or_insert((next, range.start));
                out.push(Inline::FootnoteRef { number });
            }
            Event::InlineHtml(html) => {
                let h = html.trim().to_ascii_lowercase();
                if h == "<br>" || h == "<br/>" || h == "<br />" {
                    out.push(Inline::LineBreak);
                } else if !is_comment(&h) {
                    return Err(self.error_at(
                        range.start,
                        format!("inline HTML `{html}` is not supported: write Markdown"),
                    ));
                }
            }
            other => {
                return Err(
                    self.error_at(range.start, format!("unsupported inline element {other:?}"))
                )
            }
        }
        Ok(())
    }
}

/// The info string of a fenced code block that holds a chart.
const CHART_INFO: &str = "chart";

/// A chart only pictures figures the document prints: every bar's label must appear, with the
/// bar's citation, in one paragraph, list item, heading or table cell outside the charts.
fn check_charts_repeat_the_text(
    reader: &Reader<'_>,
    blocks: &[Block],
) -> Result<(), MarkdownError> {
    let mut texts = Vec::new();
    let mut charts = Vec::new();
    for block in blocks {
        texts_and_charts(block, &mut texts, &mut charts);
    }
    for (chart, offset) in charts.iter().zip(&reader.charts) {
        for bar in &chart.bars {
            let mark = format!("[{}]", bar.footnote);
            if !texts
                .iter()
                .any(|t| t.contains(&bar.label) && t.contains(&mark))
            {
                return Err(reader.error_at(
                    *offset,
                    format!(
                        "chart “{}”: the figure {} of {} is not printed with its citation [^{}] in any table cell or paragraph; a chart only repeats figures the text shows, so print it there or leave the bar out",
                        chart.title, bar.label, bar.category, bar.fact
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn texts_and_charts<'b>(block: &'b Block, texts: &mut Vec<String>, charts: &mut Vec<&'b Chart>) {
    match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => {
            texts.push(plain_text(content))
        }
        Block::List(list) => {
            for b in list.items.iter().flatten() {
                texts_and_charts(b, texts, charts);
            }
        }
        Block::BlockQuote { blocks } => {
            for b in blocks {
                texts_and_charts(b, texts, charts);
            }
        }
        Block::Table(table) => {
            texts.extend(table.caption.iter().map(|c| plain_text(c)));
            for row in table.header.iter().chain(&table.rows) {
                texts.extend(row.iter().map(|cell| plain_text(&cell.content)));
            }
            texts.extend(table.notes.iter().map(|n| plain_text(n)));
        }
        Block::Chart(chart) => charts.push(chart),
        Block::CodeBlock { .. } | Block::Rule | Block::PageBreak => {}
    }
}

/// Marks a soft line break until neighbouring characters decide between a space and nothing.
/// CommonMark replaces NUL in the input with U+FFFD, so the marker cannot come from the text.
const SOFT_BREAK: char = '\0';

/// Byte index of a `[^label]` left as text, which means the label has no definition.
///
/// Linear in the text: the `]` after a `[^`, and the last white space before it, are found once
/// and reused by the following `[^` before that `]` (searching from each one made 170,000
/// `[^` in a row take seconds).
fn undefined_footnote_reference(text: &str) -> Option<usize> {
    // the closing `]`, and the last white space between where its search began and it
    let mut close: Option<(usize, Option<usize>)> = None;
    for (i, _) in text.match_indices("[^") {
        let from = i + 2;
        let (end, space) = match close {
            Some((end, space)) if end >= from => (end, space),
            _ => {
                let end = from + text[from..].find(']')?;
                let space = text[from..end].rfind(char::is_whitespace).map(|w| from + w);
                close = Some((end, space));
                (end, space)
            }
        };
        if end > from && space.is_none_or(|w| w < from) {
            return Some(i);
        }
    }
    None
}

fn push_text(out: &mut Vec<Inline>, t: &str) {
    if let Some(Inline::Text { text }) = out.last_mut() {
        text.push_str(t);
    } else {
        out.push(Inline::text(t));
    }
}

fn is_cjk_or_fullwidth(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF | 0x2018..=0x201F | 0x2026)
}

fn resolve_soft_breaks(content: &mut [Inline]) {
    let flat: Vec<String> = content
        .iter()
        .map(|i| match i {
            Inline::Text { text } => text.clone(),
            _ => String::new(),
        })
        .collect();
    for (idx, inline) in content.iter_mut().enumerate() {
        let Inline::Text { text } = inline else {
            continue;
        };
        if !text.contains(SOFT_BREAK) {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        let mut fixed = String::with_capacity(text.len());
        for (i, &c) in chars.iter().enumerate() {
            if c != SOFT_BREAK {
                fixed.push(c);
                continue;
            }
            let before = chars[..i]
                .iter()
                .rev()
                .find(|c| !c.is_whitespace())
                .copied()
                .or_else(|| last_char(&flat[..idx]));
            let after = chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied();
            let join = matches!((before, after), (Some(b), Some(a)) if is_cjk_or_fullwidth(b) || is_cjk_or_fullwidth(a));
            if !join && after.is_some() {
                fixed.push(' ');
            }
        }
        *text = fixed.trim_end().to_owned();
    }
}

fn last_char(previous: &[String]) -> Option<char> {
    previous.iter().rev().find_map(|s| s.chars().next_back())
}

fn flush_inline(inline: &mut Vec<Inline>, blocks: &mut Vec<Block>) {
    if !inline.is_empty() {
        let mut content = std::mem::take(inline);
        resolve_soft_breaks(&mut content);
        blocks.push(Block::Paragraph { content });
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn is_comment(html: &str) -> bool {
    html.starts_with("<!--") && html.ends_with("-->")
}

fn is_pagebreak(html: &str) -> bool {
    let inner = html
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    html.starts_with("<!--") && inner.eq_ignore_ascii_case("pagebreak")
}

/// Strips a caption marker (`Table:`, `表：`, `表:`) from the start of a paragraph.
fn caption_text(content: &[Inline]) -> Option<Vec<Inline>> {
    let Some(Inline::Text { text }) = content.first() else {
        return None;
    };
    let rest = ["Table:", "表：", "表:"]
        .iter()
        .find_map(|m| text.strip_prefix(m))?;
    let mut caption = content.to_vec();
    caption[0] = Inline::text(rest.trim_start());
    if let Some(Inline::Text { text }) = caption.first() {
        if text.is_empty() {
            caption.remove(0);
        }
    }
    Some(caption)
}

fn is_note(content: &[Inline]) -> bool {
    matches!(content.first(), Some(Inline::Text { text }) if text.starts_with('注'))
}

fn attach_captions_and_notes(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut pending_caption: Option<Vec<Inline>> = None;
    let mut iter = blocks.into_iter().peekable();
    while let Some(block) = iter.next() {
        match block {
            Block::Paragraph { content }
                if matches!(iter.peek(), Some(Block::Table(_)))
                    && caption_text(&content).is_some() =>
            {
                pending_caption = caption_text(&content);
            }
            Block::Table(mut table) => {
                if table.caption.is_none() {
                    table.caption = pending_caption.take();
                }
                if table.caption.is_none() {
                    if let Some(Block::Paragraph { content }) = iter.peek() {
                        if let Some(c) = caption_text(content) {
                            table.caption = Some(c);
                            iter.next();
                        }
                    }
                }
                while let Some(Block::Paragraph { content }) = iter.peek() {
                    if !is_note(content) {
                        break;
                    }
                    if let Some(Block::Paragraph { content }) = iter.next() {
                        table.notes.push(content);
                    }
                }
                out.push(Block::Table(table));
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::undefined_footnote_reference;

    /// The search as it was: from every `[^` to the next `]` (quadratic).
    fn searching_from_each(text: &str) -> Option<usize> {
        text.match_indices("[^").map(|(i, _)| i).find(|&i| {
            let rest = &text[i + 2..];
            rest.find(']')
                .is_some_and(|end| end > 0 && !rest[..end].contains(char::is_whitespace))
        })
    }

    #[test]
    fn finds_what_searching_from_each_reference_finds() {
        for text in [
            "",
            "[^",
            "[^]",
            "a [^1] b",
            "[^ x] [^y]",
            "[^[^a b] [^c]",
            "[^[^[^]",
            "[^a\u{3000}b] [^]x [^ok]",
            "[^a\nb] [^c d]",
            "见[^注一]。",
            "[^]]",
            "[^x [^y]",
        ] {
            assert_eq!(
                undefined_footnote_reference(text),
                searching_from_each(text),
                "{text:?}"
            );
        }
    }

    /// 200,000 `[^` in a row took seconds (each searched to the end of the text for `]`).
    #[test]
    fn many_openings_without_a_closing_bracket_are_quick() {
        let text = "[^".repeat(200_000);
        let started = std::time::Instant::now();
        assert_eq!(undefined_footnote_reference(&text), None);
        let closed = format!("{text}]");
        assert_eq!(undefined_footnote_reference(&closed), Some(0));
        assert!(
            started.elapsed().as_secs_f64() < 1.0,
            "{:?}",
            started.elapsed()
        );
    }
}
