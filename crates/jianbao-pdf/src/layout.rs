//! Document model → positioned pages: glyphs, rules and fills, with pagination (keep-with-next,
//! widows and orphans, repeated table headers), page headers and footers, and the outline.
//!
//! Nothing here knows about PDF; [`crate::write`] turns a [`Layout`] into bytes. Coordinates
//! are points from the top-left corner of the page.

mod chart;

use std::collections::{BTreeMap, BTreeSet};

use jianbao_doc::{
    plain_text, Align, Block, Color, Document, Inline, List, ParagraphStyle, StyleSheet, Table,
    TextAlign, PT_PER_MM,
};
use jianbao_fonts::{FaceId, FontSet};

use crate::text::{
    break_lines, flatten, min_max_width, Breaker, CharStyle, Collector, LineSpan, Measured,
};
use crate::{Location, PdfError, PdfOptions};

mod masthead;

/// A laid-out document: pages of positioned content, ready to be written.
#[derive(Debug, Clone)]
pub struct Layout {
    pub page_width: f32,
    pub page_height: f32,
    pub pages: Vec<Page>,
    /// Headings in document order, for the PDF outline.
    pub outline: Vec<OutlineEntry>,
    /// The characters drawn with each face, plus the digits 0-9 (what the subset fonts must
    /// hold; see `FontSet::add_digits`).
    pub usage: BTreeMap<FaceId, BTreeSet<char>>,
    /// What the user should know that did not stop layout: characters no font has, when
    /// missing glyphs are allowed (otherwise layout fails with them).
    pub warnings: Vec<String>,
    /// Column widths in points of each table, in document order (the Typst export sets the
    /// same columns).
    pub table_widths: Vec<Vec<f32>>,
    /// The logical structure (headings, paragraphs, lists, tables, notes) that text lines
    /// point into, for the tagged PDF; parents come before their children.
    pub structure: Vec<StructNode>,
}

/// One element of the document's logical structure, as a PDF structure type.
#[derive(Debug, Clone)]
pub struct StructNode {
    /// Standard structure type: `H1`…`H6`, `P`, `L`, `LI`, `LBody`, `Table`, `TR`, `TH`,
    /// `TD`, `Caption`, `BlockQuote`, `Note`.
    pub role: &'static str,
    /// Index of the parent element; `None` for children of the document element.
    pub parent: Option<usize>,
}

/// One page's content.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// The text lines of the page in drawing order.
    pub fn lines(&self) -> impl Iterator<Item = &TextLine> {
        self.items.iter().filter_map(|item| match item {
            Item::Text(line) => Some(line),
            _ => None,
        })
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone)]
pub enum Item {
    /// One line of text.
    Text(TextLine),
    /// A straight rule.
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    /// A clickable area that opens `url` (a Markdown link), `y` its top edge.
    Link {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        url: String,
    },
    /// A filled rectangle (table header and stripe fills), `y` its top edge.
    Fill {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        color: Color,
    },
}

/// One laid-out line: glyphs on a common baseline.
#[derive(Debug, Clone)]
pub struct TextLine {
    pub baseline: f32,
    pub glyphs: Vec<Glyph>,
    /// The structure element (index into [`Layout::structure`]) the line belongs to; `None`
    /// for page furniture (running header, footer, a repeated table header), which the
    /// tagged PDF marks as artifacts.
    pub node: Option<usize>,
}

impl TextLine {
    /// The characters of the line, as drawn.
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.ch).collect()
    }
}

/// One positioned character.
#[derive(Debug, Clone, Copy)]
pub struct Glyph {
    pub ch: char,
    /// Left edge of the glyph, points from the left page edge.
    pub x: f32,
    pub face: FaceId,
    pub size: f32,
    /// The font's advance width in points (the set width may be less: compressed punctuation).
    pub advance: f32,
    pub color: Color,
    /// Baseline shift upwards (footnote marks).
    pub rise: f32,
}

/// A heading's place, for PDF bookmarks.
#[derive(Debug, Clone)]
pub struct OutlineEntry {
    pub level: u8,
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    /// Top of the heading, points from the top of the page.
    pub y: f32,
}

/// A vertical piece of the flow that pagination places whole.
#[derive(Debug, Clone, Default)]
struct FlowBox {
    height: f32,
    /// Space above, dropped at the top of a page.
    gap_before: f32,
    /// Must be on the same page as the next box.
    keep_with_next: bool,
    break_before: bool,
    /// Items with y relative to the box top.
    items: Vec<Item>,
    /// Items drawn in the gap above the box (y relative to the box top, so negative), only
    /// when the gap is kept: a quote's bar continuing between its paragraphs.
    gap_items: Vec<Item>,
    /// Index of the table header box to repeat when this box starts a page.
    header: Option<usize>,
    outline: Option<(u8, String)>,
}

/// Where a paragraph sits horizontally and how it is set.
#[derive(Clone, Copy)]
struct Frame {
    /// Left edge in points from the page edge.
    left: f32,
    width: f32,
}

struct Builder<'a> {
    sheet: &'a StyleSheet,
    collector: Collector<'a>,
    boxes: Vec<FlowBox>,
    headers: Vec<FlowBox>,
    pending_space: f32,
    break_next: bool,
    text_height: f32,
    /// Link targets, indexed by `CharStyle::link`.
    links: Vec<String>,
    table_widths: Vec<Vec<f32>>,
    structure: Vec<StructNode>,
    /// The element new elements are children of.
    parent: Option<usize>,
    /// The element lines set now belong to.
    current: Option<usize>,
}

/// Lays out `doc` with `sheet` and `fonts`.
pub fn layout_document(
    doc: &Document,
    sheet: &StyleSheet,
    fonts: &FontSet,
    opts: &crate::PdfOptions,
) -> Result<Layout, PdfError> {
    let page = &sheet.page;
    let frame = Frame {
        left: page.margin_left_mm * PT_PER_MM,
        width: page.text_width_mm() * PT_PER_MM,
    };
    let mut b = Builder {
        sheet,
        collector: Collector {
            fonts,
            allow_missing: opts.allow_missing_glyphs,
            missing: Vec::new(),
            usage: BTreeMap::new(),
        },
        boxes: Vec::new(),
        headers: Vec::new(),
        pending_space: 0.0,
        break_next: false,
        text_height: page.text_height_mm() * PT_PER_MM,
        links: Vec::new(),
        table_widths: Vec::new(),
        structure: Vec::new(),
        parent: None,
        current: None,
    };
    b.masthead(doc, frame)?;
    b.title_block(doc, frame)?;
    for (index, block) in doc.blocks.iter().enumerate() {
        b.block(block, frame, &Location::Block { index: index + 1 }, None)?;
    }
    if !doc.footnotes.is_empty() {
        b.endnotes(doc, frame)?;
    }
    b.colophon(doc, frame)?;
    let (mut pages, outline) = b.paginate(page.margin_top_mm * PT_PER_MM);
    b.headers_and_footers(&mut pages, doc, opts, frame)?;

    let Builder {
        mut collector,
        table_widths,
        structure,
        ..
    } = b;
    // The DOCX of the same document embeds the digits in every face it uses; asking for the
    // same characters lets both formats share one subset per face (FontSet remembers subsets).
    fonts.add_digits(&mut collector.usage)?;
    let mut warnings = Vec::new();
    if !collector.missing.is_empty() {
        let err = PdfError::missing(collector.missing);
        if !collector.allow_missing {
            return Err(err);
        }
        warnings.push(err.to_string());
    }
    Ok(Layout {
        page_width: page.width_mm * PT_PER_MM,
        page_height: page.height_mm * PT_PER_MM,
        pages,
        outline,
        usage: collector.usage,
        warnings,
        table_widths,
        structure,
    })
}

/// Breaks centred text (titles, captions, table headers) into lines of even length: the
/// narrowest width that needs no more lines than the full width does, so a wrapped title never
/// leaves one character alone on its last line. Returns the lines and the left inset that
/// centres the narrower block in `width`.
fn balanced_lines(chars: &[Measured], width: f32) -> (Vec<LineSpan>, f32) {
    let breaker = Breaker::new(chars);
    let count = breaker.line_count(width, TextAlign::Center);
    if count < 2 {
        return (breaker.lines(width, width, TextAlign::Center), 0.0);
    }
    let (mut narrow, mut wide) = (width / count as f32, width);
    // Twelve halvings bring the width within width/4096 of the narrowest that keeps the count.
    for _ in 0..12 {
        let mid = (narrow + wide) / 2.0;
        if breaker.line_count(mid, TextAlign::Center) <= count {
            wide = mid;
        } else {
            narrow = mid;
        }
    }
    (
        breaker.lines(wide, wide, TextAlign::Center),
        (width - wide) / 2.0,
    )
}

/// Lines set from inline content, each with its height and items relative to the line top.
struct SetLine {
    height: f32,
    items: Vec<Item>,
}

impl Builder<'_> {
    /// Runs `f` with a new structure element of type `role` as the element of everything
    /// it sets (and the parent of the elements it opens).
    fn within<T>(&mut self, role: &'static str, f: impl FnOnce(&mut Self) -> T) -> T {
        self.structure.push(StructNode {
            role,
            parent: self.parent,
        });
        let node = Some(self.structure.len() - 1);
        let saved = (self.parent, self.current);
        (self.parent, self.current) = (node, node);
        let result = f(self);
        (self.parent, self.current) = saved;
        result
    }

    fn measure(
        &mut self,
        content: &[Inline],
        style: &ParagraphStyle,
        loc: &Location,
    ) -> Result<Vec<Measured>, PdfError> {
        let mut chars = Vec::new();
        flatten(
            content,
            CharStyle::of(style),
            self.sheet,
            &mut self.links,
            &mut chars,
        );
        self.collector.measure(&chars, loc)
    }

    /// Sets measured text into lines. `marker` is drawn to the left of the first line, ending
    /// a quarter em before the text (list numbers, footnote numbers).
    fn set_lines(
        &mut self,
        chars: &[Measured],
        style: &ParagraphStyle,
        frame: Frame,
        first_indent: f32,
        align: TextAlign,
        marker: Option<&[Measured]>,
    ) -> Vec<SetLine> {
        let pitch = style.line_pitch_pt();
        let baseline = (pitch - style.size_pt) / 2.0 + 0.88 * style.size_pt;
        let (spans, inset) =
            if align == TextAlign::Center && first_indent == 0.0 && marker.is_none() {
                balanced_lines(chars, frame.width)
            } else {
                (
                    break_lines(chars, frame.width - first_indent, frame.width, align),
                    0.0,
                )
            };
        let mut lines = Vec::with_capacity(spans.len().max(1));
        for (n, span) in spans.iter().enumerate() {
            let left = frame.left + inset + if n == 0 { first_indent } else { 0.0 };
            let mut glyphs: Vec<Glyph> = chars[span.start..span.end]
                .iter()
                .zip(&span.xs)
                .filter(|(m, _)| m.drawn)
                .map(|(m, x)| Glyph {
                    ch: m.ch,
                    x: left + x,
                    face: m.face,
                    size: m.style.size,
                    advance: m.glyph_advance,
                    color: m.style.color,
                    rise: m.style.rise,
                })
                .collect();
            while glyphs.last().is_some_and(|g| g.ch.is_whitespace()) {
                glyphs.pop();
            }
            if n == 0 {
                if let Some(marker) = marker {
                    let width: f32 = marker.iter().map(|m| m.advance + m.gap_before).sum();
                    let mut x = left - width - 0.25 * style.size_pt;
                    let mut marks = Vec::with_capacity(marker.len());
                    for m in marker.iter().filter(|m| m.drawn) {
                        x += m.gap_before;
                        marks.push(Glyph {
                            ch: m.ch,
                            x,
                            face: m.face,
                            size: m.style.size,
                            advance: m.glyph_advance,
                            color: m.style.color,
                            rise: m.style.rise,
                        });
                        x += m.advance;
                    }
                    marks.append(&mut glyphs);
                    glyphs = marks;
                }
            }
            self.collector.record(&glyphs);
            let mut items = vec![Item::Text(TextLine {
                baseline,
                glyphs,
                node: self.current,
            })];
            self.link_areas(
                &chars[span.start..span.end],
                &span.xs,
                left,
                baseline,
                &mut items,
            );
            lines.push(SetLine {
                height: pitch,
                items,
            });
        }
        lines
    }

    /// One clickable area per stretch of linked characters on a line.
    fn link_areas(
        &self,
        chars: &[Measured],
        xs: &[f32],
        left: f32,
        baseline: f32,
        items: &mut Vec<Item>,
    ) {
        let mut i = 0;
        while i < chars.len() {
            let Some(link) = chars[i].style.link else {
                i += 1;
                continue;
            };
            let mut end = i + 1;
            while end < chars.len() && chars[end].style.link == Some(link) {
                end += 1;
            }
            let size = chars[i].style.size;
            if let Some(url) = self.links.get(link as usize) {
                items.push(Item::Link {
                    x: left + xs[i],
                    y: baseline - 0.88 * size,
                    width: xs[end - 1] + chars[end - 1].advance - xs[i],
                    height: size,
                    url: url.clone(),
                });
            }
            i = end;
        }
    }

    /// Adds set lines as flow boxes with widow/orphan control: the first two and the last two
    /// lines of a paragraph stay together.
    fn push_lines(
        &mut self,
        lines: Vec<SetLine>,
        style: &ParagraphStyle,
        outline: Option<(u8, String)>,
    ) {
        let count = lines.len();
        let gap = self.pending_space.max(style.space_before_pt);
        for (i, line) in lines.into_iter().enumerate() {
            let keep = i + 1 < count && (i == 0 || i + 2 == count)
                || (i + 1 == count && style.keep_with_next);
            self.boxes.push(FlowBox {
                height: line.height,
                gap_before: if i == 0 { gap } else { 0.0 },
                keep_with_next: keep,
                break_before: i == 0 && std::mem::take(&mut self.break_next),
                items: line.items,
                outline: if i == 0 { outline.clone() } else { None },
                ..FlowBox::default()
            });
        }
        self.pending_space = style.space_after_pt;
    }

    fn paragraph(
        &mut self,
        content: &[Inline],
        style: &ParagraphStyle,
        frame: Frame,
        loc: &Location,
        marker: Option<Vec<Measured>>,
        outline: Option<(u8, String)>,
    ) -> Result<(), PdfError> {
        let chars = self.measure(content, style, loc)?;
        let frame = Frame {
            left: frame.left + style.left_indent_chars * style.size_pt,
            width: frame.width - style.left_indent_chars * style.size_pt,
        };
        let indent = if marker.is_some() {
            0.0
        } else {
            style.first_line_indent_chars * style.size_pt
        };
        let lines = self.set_lines(&chars, style, frame, indent, style.align, marker.as_deref());
        self.push_lines(lines, style, outline);
        Ok(())
    }

    fn title_block(&mut self, doc: &Document, frame: Frame) -> Result<(), PdfError> {
        let meta = &doc.meta;
        let sheet = self.sheet;
        if !meta.title.is_empty() {
            let content = [Inline::text(meta.title.clone())];
            self.within("H1", |b| {
                b.paragraph(&content, &sheet.title, frame, &Location::Title, None, None)
            })?;
        }
        if let Some(subtitle) = meta.subtitle.as_deref().filter(|s| !s.is_empty()) {
            let content = [Inline::text(subtitle)];
            self.within("P", |b| {
                b.paragraph(
                    &content,
                    &sheet.subtitle,
                    frame,
                    &Location::Title,
                    None,
                    None,
                )
            })?;
        }
        let byline: Vec<&str> = [meta.date.as_deref(), meta.author.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
        // Under a 报头 (which carries unit and date) the title stands alone.
        let plain = meta.masthead.is_none();
        if !byline.is_empty() && plain {
            let content = [Inline::text(byline.join(" · "))];
            self.within("P", |b| {
                b.paragraph(&content, &sheet.byline, frame, &Location::Title, None, None)
            })?;
        }
        if !meta.title.is_empty() && plain {
            // A rule in the house colour closes the title block, as on printed 简报.
            let space = std::mem::take(&mut self.pending_space);
            self.boxes.push(FlowBox {
                height: 1.0,
                gap_before: 0.0,
                keep_with_next: false,
                items: vec![Item::Rule {
                    x1: frame.left,
                    y1: 0.5,
                    x2: frame.left + frame.width,
                    y2: 0.5,
                    width: 1.0,
                    color: sheet.rule_color,
                }],
                ..FlowBox::default()
            });
            self.pending_space = space;
        }
        Ok(())
    }

    /// Lays out one block. `body` overrides the paragraph style (inside quotes and footnotes).
    fn block(
        &mut self,
        block: &Block,
        frame: Frame,
        loc: &Location,
        body: Option<&ParagraphStyle>,
    ) -> Result<(), PdfError> {
        let sheet = self.sheet;
        match block {
            Block::Heading { level, content } => {
                let style = sheet.heading(*level);
                let outline = Some((*level, plain_text(content)));
                // The title is H1; section headings follow it.
                let role = ["H2", "H3", "H4", "H5", "H6"][usize::from((*level).clamp(1, 5) - 1)];
                self.within(role, |b| {
                    b.paragraph(content, style, frame, loc, None, outline)
                })?;
            }
            Block::Paragraph { content } => {
                let style = body.unwrap_or(&sheet.body);
                self.within("P", |b| b.paragraph(content, style, frame, loc, None, None))?;
            }
            Block::List(list) => self.within("L", |b| b.list(list, frame, loc, body, 0))?,
            Block::Table(table) => self.table(table, frame, loc)?,
            Block::BlockQuote { blocks } => {
                let first_box = self.boxes.len();
                let style = &sheet.quote;
                self.within("BlockQuote", |b| {
                    blocks
                        .iter()
                        .try_for_each(|inner| b.block(inner, frame, loc, Some(style)))
                })?;
                // A bar in the rule colour marks the quote, drawn beside each of its lines.
                let x = frame.left + style.left_indent_chars * style.size_pt * 0.5;
                for (n, b) in self.boxes[first_box..].iter_mut().enumerate() {
                    let bar = |y1: f32, y2: f32| Item::Rule {
                        x1: x,
                        y1,
                        x2: x,
                        y2,
                        width: 1.5,
                        color: sheet.rule_color,
                    };
                    b.items.push(bar(0.0, b.height));
                    if n > 0 && b.gap_before > 0.0 {
                        b.gap_items.push(bar(-b.gap_before, 0.0));
                    }
                }
            }
            Block::CodeBlock { text } => {
                let content = [Inline::text(text.clone())];
                self.within("P", |b| {
                    b.paragraph(&content, &sheet.code, frame, loc, None, None)
                })?;
            }
            Block::Rule => {
                let gap = self.pending_space.max(6.0);
                self.boxes.push(FlowBox {
                    height: 6.0,
                    gap_before: gap,
                    break_before: std::mem::take(&mut self.break_next),
                    items: vec![Item::Rule {
                        x1: frame.left,
                        y1: 3.0,
                        x2: frame.left + frame.width,
                        y2: 3.0,
                        width: 0.75,
                        color: sheet.rule_color,
                    }],
                    ..FlowBox::default()
                });
                self.pending_space = 6.0;
            }
            Block::PageBreak => self.break_next = true,
            Block::Chart(chart) => self.within("Figure", |l| l.chart(chart, frame, loc))?,
        }
        Ok(())
    }

    /// Lays out a list nested `depth` lists deep: numbers read "1." at every depth, bullets
    /// alternate ● and ○ by depth (as in the DOCX).
    fn list(
        &mut self,
        list: &List,
        frame: Frame,
        loc: &Location,
        body: Option<&ParagraphStyle>,
        depth: usize,
    ) -> Result<(), PdfError> {
        let sheet = self.sheet;
        let base = body.unwrap_or(&sheet.list_item);
        let style = ParagraphStyle {
            left_indent_chars: base.left_indent_chars.max(2.0),
            first_line_indent_chars: 0.0,
            ..base.clone()
        };
        let inner = Frame {
            left: frame.left + style.left_indent_chars * style.size_pt,
            width: frame.width - style.left_indent_chars * style.size_pt,
        };
        for (i, item) in list.items.iter().enumerate() {
            let text_style = CharStyle::of(&style);
            let marker_chars: Vec<(char, CharStyle)> = match list.start {
                Some(start) => format!("{}.", start + i as u64)
                    .chars()
                    .map(|c| (c, text_style))
                    .collect(),
                // The CJK fonts' own U+2022 is a tiny dot; a half-size black circle, raised
                // to the middle of the em box, reads as a bullet.
                None => vec![(
                    if depth % 2 == 1 { '○' } else { '●' },
                    CharStyle {
                        size: text_style.size * 0.5,
                        rise: text_style.size * 0.19,
                        ..text_style
                    },
                )],
            };
            let mut marker = Some(self.collector.measure(&marker_chars, loc)?);
            self.within("LI", |b| {
                b.within("LBody", |b| {
                    for block in item {
                        match block {
                            Block::Paragraph { content } => {
                                let flat = ParagraphStyle {
                                    left_indent_chars: 0.0,
                                    ..style.clone()
                                };
                                b.within("P", |b| {
                                    b.paragraph(content, &flat, inner, loc, marker.take(), None)
                                })?;
                            }
                            Block::List(nested) => {
                                b.within("L", |b| b.list(nested, inner, loc, body, depth + 1))?
                            }
                            other => b.block(other, inner, loc, Some(&style))?,
                        }
                    }
                    Ok::<(), PdfError>(())
                })
            })?;
        }
        Ok(())
    }

    fn endnotes(&mut self, doc: &Document, frame: Frame) -> Result<(), PdfError> {
        let sheet = self.sheet;
        let heading = [Inline::text("注释")];
        let loc = Location::Endnotes;
        let outline = Some((1, "注释".to_owned()));
        self.within("H2", |b| {
            b.paragraph(&heading, &sheet.heading1, frame, &loc, None, outline)
        })?;
        let style = ParagraphStyle {
            first_line_indent_chars: 0.0,
            ..sheet.footnote.clone()
        };
        let hang = 2.5 * style.size_pt;
        let inner = Frame {
            left: frame.left + hang,
            width: frame.width - hang,
        };
        for note in &doc.footnotes {
            let loc = Location::Footnote(note.number);
            let mut marker_chars = Vec::new();
            let label = [Inline::text(format!("[{}]", note.number))];
            flatten(
                &label,
                CharStyle::of(&style),
                sheet,
                &mut self.links,
                &mut marker_chars,
            );
            let mut marker = Some(self.collector.measure(&marker_chars, &loc)?);
            self.within("Note", |b| {
                for block in &note.blocks {
                    match block {
                        Block::Paragraph { content } => b.within("P", |b| {
                            b.paragraph(content, &style, inner, &loc, marker.take(), None)
                        })?,
                        other => b.block(other, inner, &loc, Some(&style))?,
                    }
                }
                Ok::<(), PdfError>(())
            })?;
        }
        Ok(())
    }

    fn table(&mut self, table: &Table, frame: Frame, loc: &Location) -> Result<(), PdfError> {
        let sheet = self.sheet;
        // Tables inside footnotes have no body block number; 0 says so in messages.
        let index = match loc {
            Location::Block { index } => *index,
            _ => 0,
        };
        let columns = table.columns();
        if columns == 0 {
            return Ok(());
        }
        // The table element holds its caption, rows and cells; the notes under it follow it.
        self.structure.push(StructNode {
            role: "Table",
            parent: self.parent,
        });
        let table_node = self.structure.len() - 1;
        let outer = (self.parent, self.current);
        self.parent = Some(table_node);
        if let Some(caption) = &table.caption {
            let style = ParagraphStyle {
                keep_with_next: true,
                ..sheet.caption.clone()
            };
            self.within("Caption", |b| {
                b.paragraph(caption, &style, frame, loc, None, None)
            })?;
        }
        let padding = sheet.table.cell_padding_pt;

        // Measure every cell once.
        let mut measured_rows: Vec<(bool, Vec<Vec<Measured>>)> = Vec::new();
        for (is_header, rows) in [(true, &table.header), (false, &table.rows)] {
            let style = if is_header {
                &sheet.table_header
            } else {
                &sheet.table_cell
            };
            for row in rows.iter() {
                let r = measured_rows.len() + 1;
                let mut cells = Vec::with_capacity(columns);
                for column in 0..columns {
                    let cell_loc = Location::Cell {
                        block: index,
                        row: r,
                        column: column + 1,
                    };
                    let chars = match row.get(column) {
                        Some(cell) => self.measure(&cell.content, style, &cell_loc)?,
                        None => Vec::new(),
                    };
                    cells.push(chars);
                }
                measured_rows.push((is_header, cells));
            }
        }

        let widths = column_widths(&measured_rows, columns, frame.width, padding);
        self.table_widths.push(widths.clone());
        let mut lefts = Vec::with_capacity(columns + 1);
        let mut x = frame.left;
        for w in &widths {
            lefts.push(x);
            x += w;
        }
        lefts.push(x);

        let mut header_box: Option<FlowBox> = None;
        let mut body_rows = Vec::new();
        let mut stripe = false;
        for (is_header, cells) in &measured_rows {
            let style = if *is_header {
                &sheet.table_header
            } else {
                &sheet.table_cell
            };
            let mut cell_lines = Vec::with_capacity(columns);
            self.structure.push(StructNode {
                role: "TR",
                parent: Some(table_node),
            });
            let row_node = self.structure.len() - 1;
            for (column, chars) in cells.iter().enumerate() {
                self.structure.push(StructNode {
                    role: if *is_header { "TH" } else { "TD" },
                    parent: Some(row_node),
                });
                self.current = Some(self.structure.len() - 1);
                let align = if *is_header {
                    style.align
                } else {
                    match table.align.get(column).copied().unwrap_or_default() {
                        Align::Default => style.align,
                        Align::Left => TextAlign::Left,
                        Align::Center => TextAlign::Center,
                        Align::Right => TextAlign::Right,
                    }
                };
                let cell_frame = Frame {
                    left: lefts[column] + padding,
                    width: widths[column] - 2.0 * padding,
                };
                cell_lines.push(self.set_lines(chars, style, cell_frame, 0.0, align, None));
            }
            let fill = if *is_header {
                Some(sheet.table.header_fill)
            } else {
                stripe = !stripe;
                sheet.table.stripe_fill.filter(|_| !stripe)
            };
            let cells = RowCells {
                lefts: &lefts,
                padding,
                min_height: style.line_pitch_pt(),
                fill,
                border: (sheet.table.border_width_pt, sheet.table.border_color),
            };
            // A row taller than most of a page is cut between lines into several rows.
            let limit = (self.text_height * 0.75 - 2.0 * padding).max(style.line_pitch_pt());
            for chunk in split_row(cell_lines, limit) {
                let row_box = cells.build(chunk);
                if *is_header {
                    match &mut header_box {
                        Some(h) => {
                            let dy = h.height;
                            h.items
                                .extend(row_box.items.into_iter().map(|i| shift(i, dy)));
                            h.height += row_box.height;
                        }
                        None => header_box = Some(row_box),
                    }
                } else {
                    body_rows.push(row_box);
                }
            }
        }

        let gap = if table.caption.is_some() {
            0.0
        } else {
            self.pending_space.max(sheet.caption.space_before_pt)
        };
        let break_before = std::mem::take(&mut self.break_next);
        let header_index = header_box.map(|h| {
            self.headers.push(h.clone());
            self.boxes.push(FlowBox {
                gap_before: gap,
                keep_with_next: true,
                break_before,
                ..h
            });
            self.headers.len() - 1
        });
        let row_count = body_rows.len();
        for (i, mut row) in body_rows.into_iter().enumerate() {
            row.header = header_index;
            if i == 0 && header_index.is_none() {
                row.gap_before = gap;
                row.break_before = break_before;
            }
            // Keep the last row with the first note under it.
            row.keep_with_next = i + 1 == row_count && !table.notes.is_empty();
            self.boxes.push(row);
        }
        (self.parent, self.current) = outer;
        self.pending_space = sheet.caption.space_after_pt;
        for note in &table.notes {
            let note_loc = loc.clone();
            self.within("P", |b| {
                b.paragraph(note, &sheet.table_note, frame, &note_loc, None, None)
            })?;
        }
        self.pending_space = self.pending_space.max(sheet.body.space_after_pt * 2.0);
        Ok(())
    }

    /// Places the flow boxes on pages. Returns pages and outline entries.
    fn paginate(&mut self, top: f32) -> (Vec<Page>, Vec<OutlineEntry>) {
        let avail = self.text_height;
        let mut pages = vec![Page::default()];
        let mut outline = Vec::new();
        let mut y = 0.0f32;
        let mut boxes = std::mem::take(&mut self.boxes);
        let headers = std::mem::take(&mut self.headers);
        let mut i = 0;
        while i < boxes.len() {
            let b = &boxes[i];
            let page_empty = pages.last().is_some_and(|p| p.items.is_empty());
            let mut new_page = b.break_before && !page_empty;
            if !new_page && !page_empty {
                // The group of boxes that must stay together with this one.
                let mut need = b.gap_before + b.height;
                let mut j = i;
                while boxes[j].keep_with_next && j + 1 < boxes.len() && need <= avail {
                    j += 1;
                    if boxes[j].break_before {
                        break;
                    }
                    need += boxes[j].gap_before + boxes[j].height;
                }
                new_page = y + need > avail + 0.01;
            }
            if new_page {
                pages.push(Page::default());
                y = 0.0;
                if let Some(h) = b.header {
                    let header = &headers[h];
                    place(pages.last_mut(), header, top + y);
                    y += header.height;
                }
            }
            let gap = if y == 0.0 { 0.0 } else { b.gap_before };
            y += gap;
            if let Some((level, title)) = &b.outline {
                outline.push(OutlineEntry {
                    level: *level,
                    title: title.clone(),
                    page: pages.len() - 1,
                    y: top + y,
                });
            }
            let height = b.height;
            let gap_items = if gap > 0.0 {
                std::mem::take(&mut boxes[i].gap_items)
            } else {
                Vec::new()
            };
            let items = std::mem::take(&mut boxes[i].items);
            let items = gap_items.into_iter().chain(items);
            if let Some(page) = pages.last_mut() {
                page.items
                    .extend(items.into_iter().map(|item| shift(item, top + y)));
            }
            y += height;
            i += 1;
        }
        (pages, outline)
    }

    fn headers_and_footers(
        &mut self,
        pages: &mut [Page],
        doc: &Document,
        opts: &PdfOptions,
        frame: Frame,
    ) -> Result<(), PdfError> {
        let sheet = self.sheet;
        let page = &sheet.page;
        let total = pages.len();
        let header_text = opts
            .header_text
            .clone()
            .unwrap_or_else(|| doc.meta.title.clone());
        let header_base = page.header_distance_mm * PT_PER_MM;
        let footer_base = page.height_mm * PT_PER_MM - page.footer_distance_mm * PT_PER_MM;
        for (n, p) in pages.iter_mut().enumerate() {
            // The first page carries the title block, so its running header is left out.
            if n > 0 && !header_text.is_empty() {
                let style = &sheet.header;
                let chars = self.measure(
                    &[Inline::text(header_text.clone())],
                    style,
                    &Location::Header,
                )?;
                for line in self
                    .set_lines(&chars, style, frame, 0.0, style.align, None)
                    .into_iter()
                    .take(1)
                {
                    let top = header_base - line.height;
                    p.items
                        .extend(line.items.into_iter().map(|i| shift(i, top)));
                }
                p.items.push(Item::Rule {
                    x1: frame.left,
                    y1: header_base + 3.0,
                    x2: frame.left + frame.width,
                    y2: header_base + 3.0,
                    width: 0.5,
                    color: sheet.rule_color,
                });
            }
            let style = &sheet.footer;
            let text = format!("第 {} 页 / 共 {} 页", n + 1, total);
            let chars = self.measure(&[Inline::text(text)], style, &Location::Footer)?;
            for line in self.set_lines(&chars, style, frame, 0.0, style.align, None) {
                let top = footer_base - line.height;
                p.items
                    .extend(line.items.into_iter().map(|i| shift(i, top)));
            }
            // A rule over the footer, as the header has under it (and as in the DOCX and Typst).
            let rule_y = footer_base - style.line_pitch_pt() - 3.0;
            p.items.push(Item::Rule {
                x1: frame.left,
                y1: rule_y,
                x2: frame.left + frame.width,
                y2: rule_y,
                width: 0.5,
                color: sheet.rule_color,
            });
        }
        Ok(())
    }
}

/// The geometry and look shared by the rows of one table.
struct RowCells<'a> {
    /// Left edges of the columns, plus the right edge of the table.
    lefts: &'a [f32],
    padding: f32,
    min_height: f32,
    fill: Option<Color>,
    border: (f32, Color),
}

impl RowCells<'_> {
    /// One row box: fill, cell text (vertically centred), and the grid around the cells.
    fn build(&self, cell_lines: Vec<Vec<SetLine>>) -> FlowBox {
        let (lefts, padding) = (self.lefts, self.padding);
        let columns = lefts.len() - 1;
        let content_height = cell_lines
            .iter()
            .map(|lines| lines.iter().map(|l| l.height).sum::<f32>())
            .fold(self.min_height, f32::max);
        let height = content_height + 2.0 * padding;
        let mut items = Vec::new();
        if let Some(color) = self.fill {
            items.push(Item::Fill {
                x: lefts[0],
                y: 0.0,
                width: lefts[columns] - lefts[0],
                height,
                color,
            });
        }
        for lines in cell_lines {
            let own: f32 = lines.iter().map(|l| l.height).sum();
            let mut y = padding + (content_height - own) / 2.0;
            for line in lines {
                items.extend(line.items.into_iter().map(|item| shift(item, y)));
                y += line.height;
            }
        }
        let (width, color) = self.border;
        for y in [0.0, height] {
            items.push(Item::Rule {
                x1: lefts[0],
                y1: y,
                x2: lefts[columns],
                y2: y,
                width,
                color,
            });
        }
        for &x in lefts {
            items.push(Item::Rule {
                x1: x,
                y1: 0.0,
                x2: x,
                y2: height,
                width,
                color,
            });
        }
        FlowBox {
            height,
            items,
            ..FlowBox::default()
        }
    }
}

/// Cuts a row's cells into pieces no taller than `limit` (almost always just one piece).
fn split_row(cells: Vec<Vec<SetLine>>, limit: f32) -> Vec<Vec<Vec<SetLine>>> {
    let mut pieces: Vec<Vec<Vec<SetLine>>> = Vec::new();
    for (column, lines) in cells.into_iter().enumerate() {
        let mut piece = 0;
        let mut used = 0.0;
        for line in lines {
            if used > 0.0 && used + line.height > limit {
                piece += 1;
                used = 0.0;
            }
            used += line.height;
            while pieces.len() <= piece {
                pieces.push(Vec::new());
            }
            while pieces[piece].len() <= column {
                pieces[piece].push(Vec::new());
            }
            pieces[piece][column].push(line);
        }
    }
    if pieces.is_empty() {
        pieces.push(Vec::new());
    }
    pieces
}

/// Places a copy of `b` (a repeated table header): its text is page furniture, already in
/// the structure where the table starts.
fn place(page: Option<&mut Page>, b: &FlowBox, top: f32) {
    if let Some(page) = page {
        page.items.extend(b.items.iter().cloned().map(|item| {
            let item = match item {
                Item::Text(line) => Item::Text(TextLine { node: None, ..line }),
                other => other,
            };
            shift(item, top)
        }));
    }
}

fn shift(item: Item, dy: f32) -> Item {
    match item {
        Item::Text(mut line) => {
            line.baseline += dy;
            Item::Text(line)
        }
        Item::Rule {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => Item::Rule {
            x1,
            y1: y1 + dy,
            x2,
            y2: y2 + dy,
            width,
            color,
        },
        Item::Fill {
            x,
            y,
            width,
            height,
            color,
        } => Item::Fill {
            x,
            y: y + dy,
            width,
            height,
            color,
        },
        Item::Link {
            x,
            y,
            width,
            height,
            url,
        } => Item::Link {
            x,
            y: y + dy,
            width,
            height,
            url,
        },
    }
}

/// Column widths from content. Every column that fits its content on one line within a fair
/// share of the width gets exactly that (so short headers and numbers never wrap); the other
/// columns share the rest, each at least its narrowest unbreakable piece, in proportion to how
/// much more it would need to set its content on one line. Spare width goes to all columns in
/// proportion to their content, so the table spans the text width.
fn column_widths(
    rows: &[(bool, Vec<Vec<Measured>>)],
    columns: usize,
    width: f32,
    padding: f32,
) -> Vec<f32> {
    let mut min = vec![2.0 * padding; columns];
    let mut max = vec![2.0 * padding; columns];
    for (_, cells) in rows {
        for (c, chars) in cells.iter().enumerate() {
            let (lo, hi) = min_max_width(chars);
            min[c] = min[c].max(lo + 2.0 * padding);
            max[c] = max[c].max(hi + 2.0 * padding);
        }
    }
    let max_sum: f32 = max.iter().sum();
    if max_sum <= width {
        let spare = width - max_sum;
        return max.iter().map(|m| m + spare * m / max_sum).collect();
    }
    let mut fixed = vec![false; columns];
    loop {
        let flexible = fixed.iter().filter(|f| !**f).count();
        if flexible == 0 {
            break;
        }
        let left = width
            - (0..columns)
                .filter(|&c| fixed[c])
                .map(|c| max[c])
                .sum::<f32>();
        let fair = left / flexible as f32;
        let newly: Vec<usize> = (0..columns)
            .filter(|&c| !fixed[c] && max[c] <= fair)
            .collect();
        if newly.is_empty() {
            break;
        }
        for c in newly {
            fixed[c] = true;
        }
    }
    let left = width
        - (0..columns)
            .filter(|&c| fixed[c])
            .map(|c| max[c])
            .sum::<f32>();
    let flex: Vec<usize> = (0..columns).filter(|&c| !fixed[c]).collect();
    let min_sum: f32 = flex.iter().map(|&c| min[c]).sum();
    let stretch: f32 = flex.iter().map(|&c| max[c] - min[c]).sum();
    let mut widths = max.clone();
    if min_sum >= left {
        // Not even the narrowest pieces fit: scale everything down to the width.
        let all_min: f32 = min.iter().sum();
        return min.iter().map(|m| m * width / all_min.max(width)).collect();
    }
    for &c in &flex {
        let share = if stretch > 0.0 {
            (max[c] - min[c]) / stretch
        } else {
            1.0 / flex.len() as f32
        };
        widths[c] = min[c] + (left - min_sum) * share;
    }
    widths
}
