//! Document model → positioned pages: glyphs, rules and fills, with pagination (keep-with-next,
//! widows and orphans, repeated table headers), page headers and footers, and the outline.
//!
//! Nothing here knows about PDF; [`crate::write`] turns a [`Layout`] into bytes. Coordinates
//! are points from the top-left corner of the page.

mod chart;
mod pages;
mod table;

use std::collections::{BTreeMap, BTreeSet};

use jianbao_doc::{
    plain_text, Block, Color, Document, Inline, List, ParagraphStyle, StyleSheet, TextAlign,
    PT_PER_MM,
};
use jianbao_fonts::{FaceId, FontSet};

use crate::text::{break_lines, flatten, Breaker, CharStyle, Collector, LineSpan, Measured};
use crate::{Location, PdfError};

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
            // The regions it names and 社会工作 are never split across the title's lines.
            let title = jianbao_doc::with_kept_words(&meta.title, &meta.keywords);
            let content = [Inline::text(title)];
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
}
