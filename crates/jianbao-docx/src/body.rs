//! The document model as docx-rs paragraphs, tables, header, footer and numbering.
//!
//! While writing runs it records which characters each face draws, so that exactly those glyphs
//! are embedded, and picks another face for a character the preferred face lacks.

use std::collections::{BTreeMap, BTreeSet};

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, DocGrid, DocGridType, Docx, FieldCharType, Footer,
    Header, Hyperlink, HyperlinkType, IndentLevel, InstrNUMPAGES, InstrPAGE, InstrText, Level,
    LevelJc, LevelOverride, LevelText, LineSpacing, LineSpacingType, NumberFormat, Numbering,
    NumberingId, PageMargin, Paragraph, Run, RunFonts, Shading, ShdType, SpecialIndentType, Start,
    Table, TableCell, TableLayoutType, TableRow, VAlignType, WidthType, XMLDocx,
};
use jianbao_doc::{Align, Block, Document, DocumentGrid, Grid, Inline, ParagraphStyle, StyleSheet};
use jianbao_fonts::{is_layout_only, FaceId, FontSet};

use crate::styles::{font_family, id, FamilyNames};
use crate::units::{half_points, mm_twips, twips};
use crate::DocxError;

mod title;
mod widths;
use widths::{auto_spaced, distribute, unbreakable_words, AUTO_SPACE_EM};

/// Characters used per face.
pub(crate) type Usage = BTreeMap<FaceId, BTreeSet<char>>;

/// What the body writer hands on to the package writer.
pub(crate) struct Built {
    pub xml: XMLDocx,
    pub usage: Usage,
    /// Characters no face has, each with the text it first occurs in.
    pub missing: BTreeMap<char, String>,
    /// Number of header rows of each table, in document order (for `w:tblHeader`).
    pub header_rows: Vec<usize>,
    /// The charts, in document order; the body holds a placeholder run for each.
    pub charts: Vec<jianbao_doc::Chart>,
}

/// Heading of the endnote section that lists `doc.footnotes` (the PDF uses the same).
const NOTES_HEADING: &str = "注释";
/// Numbering definitions; docx-rs always writes its own abstract and instance 1, so ours start at 10.
const ABSTRACT_DECIMAL: usize = 10;
const ABSTRACT_BULLET: usize = 11;
/// The one list instance shared by all bulleted lists; ordered lists get their own after it.
const NUM_BULLET: usize = 10;
/// How far a list number ("10." fits) or a bullet hangs out to the left of the item text, in
/// characters.
const NUMBER_HANG_CHARS: f32 = 1.5;
const BULLET_HANG_CHARS: f32 = 1.0;
/// Deepest list level written (deeper items use it too).
const MAX_LIST_LEVEL: usize = BULLETS.len() - 1;
/// Bullet of each list level. The CJK fonts' own U+2022 is a tiny dot; a black circle at
/// [`BULLET_SCALE`] of the text size, raised to the middle of the em box, reads as a bullet
/// (as in the PDF).
/// Bullet of each nesting level; the PDF uses the same (jianbao_pdf's list markers).
const BULLETS: [&str; 3] = ["●", "○", "●"];
const BULLET_SCALE: f32 = 0.5;
/// How far bullets are raised, in multiples of the text size.
const BULLET_RISE: f32 = 0.19;

/// How a piece of inline content is set.
#[derive(Clone, Copy)]
struct Ctx {
    /// The face the text should be drawn in.
    family: jianbao_fonts::Family,
    bold: bool,
    /// The paragraph style's family and weight, which runs inherit.
    para_family: jianbao_fonts::Family,
    para_bold: bool,
    /// The run's character style (the innermost one: a run has only one).
    char_style: Option<&'static str>,
    /// Inside a hyperlink (links do not nest).
    in_link: bool,
}

impl Ctx {
    fn of(style: &ParagraphStyle) -> Ctx {
        Ctx {
            family: font_family(style.family),
            bold: style.bold,
            para_family: font_family(style.family),
            para_bold: style.bold,
            char_style: None,
            in_link: false,
        }
    }

    fn face(self) -> FaceId {
        FaceId::new(self.family, self.bold)
    }

    /// The face a run gets from its paragraph and character style alone; where the wanted face
    /// differs, the run carries direct formatting.
    fn styled_face(self, emphasis: jianbao_fonts::Family) -> FaceId {
        let family = if self.char_style == Some(id::EMPHASIS) {
            emphasis
        } else {
            self.para_family
        };
        FaceId::new(
            family,
            self.para_bold || self.char_style == Some(id::STRONG),
        )
    }
}

struct Writer<'a> {
    sheet: &'a StyleSheet,
    fonts: &'a FontSet,
    names: &'a FamilyNames,
    usage: Usage,
    missing: BTreeMap<char, String>,
    header_rows: Vec<usize>,
    charts: Vec<jianbao_doc::Chart>,
    /// Ordered lists: (num id, start).
    ordered_lists: Vec<(usize, u64)>,
    /// A page break waits for the next paragraph (as `w:pageBreakBefore`).
    pending_page_break: bool,
    /// The block being written closes a section before a page break
    /// ([`jianbao_doc::closing_blocks`]): its paragraphs keep their lines together, and with
    /// the next paragraph (`Some(true)`) unless they end the closing block (`Some(false)`).
    keep: Option<bool>,
    /// The paragraph right before a kept section's heading: `w:keepNext` only.
    keep_tail: bool,
    docx: Docx,
}

/// The section's `w:docGrid` for a style sheet's grid: the line pitch in twips and, for a
/// character grid, `w:charSpace`, the character cell's difference from the default (body)
/// font size in 1/4096 pt (ECMA-376 Part 1, 17.6.5).
fn doc_grid(grid: &Grid, body_size_pt: f32) -> DocGrid {
    let line_pitch = twips(grid.line_pitch_pt).max(1) as usize;
    match grid.kind {
        DocumentGrid::LinesAndChars => DocGrid::with_empty()
            .grid_type(DocGridType::LinesAndChars)
            .line_pitch(line_pitch)
            .char_space(((grid.char_pitch_pt - body_size_pt) * 4096.0).round() as isize),
        _ => DocGrid::with_empty()
            .grid_type(DocGridType::Lines)
            .line_pitch(line_pitch),
    }
}

/// Builds the docx-rs document for `doc` and renders it to XML parts.
pub(crate) fn build(
    doc: &Document,
    sheet: &StyleSheet,
    fonts: &FontSet,
    names: &FamilyNames,
    header_text: &str,
) -> Result<Built, DocxError> {
    let page = &sheet.page;
    let mut docx = Docx::new()
        .page_size(
            mm_twips(page.width_mm).max(1) as u32,
            mm_twips(page.height_mm).max(1) as u32,
        )
        .page_margin(PageMargin {
            top: mm_twips(page.margin_top_mm),
            left: mm_twips(page.margin_left_mm),
            bottom: mm_twips(page.margin_bottom_mm),
            right: mm_twips(page.margin_right_mm),
            header: mm_twips(page.header_distance_mm),
            footer: mm_twips(page.footer_distance_mm),
            gutter: 0,
        });
    if let Some(grid) = sheet.grid() {
        docx.document = docx.document.doc_grid(doc_grid(&grid, sheet.body.size_pt));
    }
    let mut w = Writer {
        sheet,
        fonts,
        names,
        usage: Usage::new(),
        missing: BTreeMap::new(),
        header_rows: Vec::new(),
        charts: Vec::new(),
        ordered_lists: Vec::new(),
        pending_page_break: false,
        keep: None,
        keep_tail: false,
        docx,
    };

    w.masthead(doc)?;
    w.title_block(doc)?;
    let closing = jianbao_doc::closing_blocks(&doc.blocks, sheet);
    for (i, block) in doc.blocks.iter().enumerate() {
        w.keep = closing.contains(&i).then(|| closing.contains(&(i + 1)));
        // A kept group that opens with a heading is a whole section: the paragraph before it
        // keeps its last lines with the heading (w:keepNext without w:keepLines), so a section
        // that does not fit moves with the tail of the one before, never alone onto a page of
        // its own before the break (LibreOffice moved heading and sentences alone otherwise).
        // (The heading may stand outside the group, kept with it by its style's w:keepNext.)
        let heading_at = |k: usize| matches!(doc.blocks.get(k), Some(Block::Heading { .. }));
        w.keep_tail = !closing.contains(&i)
            && matches!(block, Block::Paragraph { .. })
            && heading_at(i + 1)
            && (closing.contains(&(i + 1)) || closing.contains(&(i + 2)));
        w.block(block, id::BODY, 0)?;
    }
    w.keep = None;
    w.keep_tail = false;
    w.notes_section(doc)?;
    w.colophon(doc)?;
    if w.pending_page_break {
        let p = Paragraph::new().add_run(Run::new().add_break(BreakType::Page));
        w.add_paragraph(p);
    }
    w.header_footer(header_text)?;
    w.numbering()?;

    // Digits on every face used: page numbers, list numbers and note marks may be drawn by it.
    // The PDF asks for the same, so both formats share one subset per face.
    fonts.add_digits(&mut w.usage)?;
    let mut xml = w.docx.build();
    let raise = (w.sheet.list_item.size_pt * BULLET_RISE * 2.0).round() as i32;
    xml.numberings = crate::patch::raise_levels(&xml.numberings, ABSTRACT_BULLET, raise)?;
    Ok(Built {
        xml,
        usage: w.usage,
        missing: w.missing,
        header_rows: w.header_rows,
        charts: w.charts,
    })
}

impl Writer<'_> {
    /// Embeds glyphs that the word processor draws itself (numbers of lists and page fields)
    /// in `face`, as far as the face has them.
    fn add_glyphs(
        &mut self,
        face: FaceId,
        chars: impl IntoIterator<Item = char>,
    ) -> Result<(), DocxError> {
        let font = self.fonts.face(face)?;
        let has: Vec<char> = chars.into_iter().filter(|&c| font.has_char(c)).collect();
        self.usage.entry(face).or_default().extend(has);
        Ok(())
    }

    /// A centred paragraph whose run the package writer replaces with the native chart; the
    /// chart's characters are embedded in the faces it names.
    fn chart(&mut self, chart: &jianbao_doc::Chart) -> Result<(), DocxError> {
        let width = self.sheet.page.text_width_mm() * jianbao_doc::PT_PER_MM;
        let layout = jianbao_doc::ChartLayout::new(chart, self.sheet, width);
        for mark in &layout.marks {
            if let jianbao_doc::Mark::Text { text, style, .. } = mark {
                let face = FaceId::new(crate::styles::font_family(style.family), style.bold);
                self.add_glyphs(face, text.chars())?;
            }
        }
        self.charts.push(chart.clone());
        let run = Run::new().add_text(crate::chart::placeholder(self.charts.len()));
        // Body text has exact line spacing, which clips an inline object to one line (in
        // LibreOffice and Word alike): the chart's paragraph grows with its content instead.
        let p = Paragraph::new()
            .style(id::BODY)
            .align(AlignmentType::Center)
            .indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Auto)
                    .line(240),
            )
            .add_run(run);
        self.add_paragraph(p);
        Ok(())
    }

    fn add_paragraph(&mut self, mut p: Paragraph) {
        if std::mem::take(&mut self.pending_page_break) {
            p = p.page_break_before(true);
        }
        if self.keep_tail {
            p = p.keep_next(true);
        }
        if let Some(next) = self.keep {
            p = p.keep_lines(true);
            if next {
                p = p.keep_next(true);
            }
        }
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn title_block(&mut self, doc: &Document) -> Result<(), DocxError> {
        let meta = &doc.meta;
        if !meta.title.trim().is_empty() {
            // Broken here between whole words (title.rs), not by the word processor.
            let ctx = Ctx::of(&self.sheet.title);
            let size = self.sheet.title.size_pt;
            let measure = self.sheet.page.text_width_mm() * jianbao_doc::PT_PER_MM / size;
            let fonts = self.fonts;
            let advance = |c: char| match fonts.resolve_advance(ctx.face(), c) {
                Ok(Some((_, em))) => em,
                _ => 1.0,
            };
            let lines = title::title_lines(&meta.title, &meta.keywords, measure, advance);
            let mut runs = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    runs.push(Run::new().add_break(BreakType::TextWrapping));
                }
                runs.extend(self.text_runs(line, ctx)?);
            }
            self.add_paragraph(with_runs(Paragraph::new().style(id::TITLE), pieces(runs)));
        }
        if let Some(subtitle) = meta.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
            let runs = pieces(self.text_runs(subtitle, Ctx::of(&self.sheet.subtitle))?);
            self.add_paragraph(with_runs(Paragraph::new().style(id::SUBTITLE), runs));
        }
        let byline: Vec<&str> = [meta.date.as_deref(), meta.author.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect();
        // Under a 报头 (which carries unit and date) the title stands alone.
        if !byline.is_empty() && meta.masthead.is_none() {
            let runs = pieces(self.text_runs(&byline.join(" · "), Ctx::of(&self.sheet.byline))?);
            self.add_paragraph(with_runs(Paragraph::new().style(id::BYLINE), runs));
        }
        Ok(())
    }

    /// Writes one block. `para_style` is the style of plain paragraphs here (body text, or
    /// quote inside a block quote); `list_level` the nesting depth of lists.
    fn block(
        &mut self,
        block: &Block,
        para_style: &str,
        list_level: usize,
    ) -> Result<(), DocxError> {
        match block {
            Block::Heading { level, content } => {
                let level = (*level).clamp(1, 3);
                let ctx = Ctx::of(self.sheet.heading(level));
                let runs = self.inline_runs(content, ctx)?;
                let style = id::HEADINGS[usize::from(level - 1)];
                self.add_paragraph(with_runs(Paragraph::new().style(style), runs));
            }
            Block::Paragraph { content } => {
                let ctx = Ctx::of(self.paragraph_style(para_style));
                let runs = self.inline_runs(content, ctx)?;
                self.add_paragraph(with_runs(Paragraph::new().style(para_style), runs));
            }
            Block::List(list) => self.list(list, list_level)?,
            Block::Table(table) => self.table(table)?,
            Block::BlockQuote { blocks } => {
                for b in blocks {
                    self.block(b, id::QUOTE, list_level)?;
                }
            }
            Block::CodeBlock { text } => {
                let ctx = Ctx::of(&self.sheet.code);
                let mut p = Paragraph::new().style(id::CODE);
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
                    }
                    p = with_runs(p, pieces(self.text_runs(line, ctx)?));
                }
                self.add_paragraph(p);
            }
            Block::Rule => self.add_paragraph(Paragraph::new().style(id::RULE)),
            Block::PageBreak => self.pending_page_break = true,
            Block::Chart(chart) => self.chart(chart)?,
        }
        Ok(())
    }

    fn paragraph_style(&self, style_id: &str) -> &ParagraphStyle {
        match style_id {
            id::QUOTE => &self.sheet.quote,
            id::LIST => &self.sheet.list_item,
            id::NOTE_TEXT => &self.sheet.footnote,
            _ => &self.sheet.body,
        }
    }

    fn list(&mut self, list: &jianbao_doc::List, level: usize) -> Result<(), DocxError> {
        let level = level.min(MAX_LIST_LEVEL);
        let num_id = match list.start {
            Some(start) => {
                let num_id = NUM_BULLET + 1 + self.ordered_lists.len();
                self.ordered_lists.push((num_id, start));
                num_id
            }
            None => NUM_BULLET,
        };
        let s = &self.sheet.list_item;
        let list_face = FaceId::new(font_family(s.family), false);
        // The mark of this level only (see `numbering`): levels the document does not use are
        // never drawn, and leaving their marks out keeps the subsets equal to the PDF's.
        let mark = match list.start {
            Some(_) => ".",
            None => BULLETS[level],
        };
        self.add_glyphs(list_face, mark.chars())?;
        let text_indent = list_text_indent(s, level);
        for item in &list.items {
            let mut first = true;
            for block in item {
                match block {
                    Block::Paragraph { content } => {
                        let runs = self.inline_runs(content, Ctx::of(s))?;
                        let mut p = Paragraph::new().style(id::LIST);
                        p = if first {
                            p.numbering(NumberingId::new(num_id), IndentLevel::new(level))
                        } else {
                            p.indent(Some(text_indent), None, None, None)
                        };
                        self.add_paragraph(with_runs(p, runs));
                        first = false;
                    }
                    Block::List(inner) => self.list(inner, level + 1)?,
                    other => self.block(other, id::LIST, level + 1)?,
                }
            }
            if first {
                // An empty item still shows its number.
                let p = Paragraph::new()
                    .style(id::LIST)
                    .numbering(NumberingId::new(num_id), IndentLevel::new(level));
                self.add_paragraph(p);
            }
        }
        Ok(())
    }

    fn table(&mut self, table: &jianbao_doc::Table) -> Result<(), DocxError> {
        let columns = table.columns();
        if columns == 0 {
            return Ok(());
        }
        if let Some(caption) = &table.caption {
            let runs = self.inline_runs(caption, Ctx::of(&self.sheet.caption))?;
            self.add_paragraph(with_runs(Paragraph::new().style(id::CAPTION), runs));
        }
        let widths = self.column_widths(table, columns)?;
        let total: usize = widths.iter().sum();
        let fill = self.sheet.table.header_fill.hex();
        let stripe = self.sheet.table.stripe_fill.map(|c| c.hex());

        let mut rows = Vec::new();
        let header_count = table.header.len();
        let row_total = header_count + table.rows.len();
        for (r, row) in table.header.iter().chain(&table.rows).enumerate() {
            let is_header = r < header_count;
            let (style_id, ctx_style) = if is_header {
                (id::TABLE_HEADER, &self.sheet.table_header)
            } else {
                (id::TABLE_TEXT, &self.sheet.table_cell)
            };
            let row_fill = if is_header {
                Some(fill.clone())
            } else if (r - header_count) % 2 == 1 {
                stripe.clone()
            } else {
                None
            };
            let mut cells = Vec::new();
            for (c, width) in widths.iter().enumerate() {
                let content = row
                    .get(c)
                    .map(|cell| cell.content.as_slice())
                    .unwrap_or(&[]);
                let runs = self.inline_runs(content, Ctx::of(ctx_style))?;
                let mut p = with_runs(Paragraph::new().style(style_id), runs);
                if r + 1 == row_total && !table.notes.is_empty() {
                    // The last row stays on the page of the first note under it.
                    p = p.keep_next(true);
                }
                // Header cells keep their style's alignment; body cells follow the column.
                if !is_header {
                    if let Some(align) = column_align(table.align.get(c).copied()) {
                        p = p.align(align);
                    }
                }
                // Cells are centred vertically, as in the PDF and the Typst export.
                let mut cell = TableCell::new()
                    .add_paragraph(p)
                    .width(*width, WidthType::Dxa)
                    .vertical_align(VAlignType::Center);
                if let Some(f) = &row_fill {
                    cell = cell.shading(
                        Shading::new()
                            .shd_type(ShdType::Clear)
                            .color("auto")
                            .fill(f),
                    );
                }
                cells.push(cell);
            }
            rows.push(TableRow::new(cells).cant_split());
        }
        let t = Table::new(rows)
            .style(id::TABLE)
            .set_grid(widths)
            .layout(TableLayoutType::Fixed)
            .width(total, WidthType::Dxa);
        if std::mem::take(&mut self.pending_page_break) {
            self.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        self.header_rows.push(header_count);
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(t);

        for note in &table.notes {
            let runs = self.inline_runs(note, Ctx::of(&self.sheet.table_note))?;
            self.add_paragraph(with_runs(Paragraph::new().style(id::TABLE_NOTE), runs));
        }
        Ok(())
    }

    /// Column widths in twips that add up to the text width: each column's natural width
    /// (longest cell line) when they fit, else at least its longest unbreakable word, with the
    /// rest shared in proportion to how much more each column wants.
    fn column_widths(
        &self,
        table: &jianbao_doc::Table,
        columns: usize,
    ) -> Result<Vec<usize>, DocxError> {
        // Cell padding on both sides, plus slack: word processors wrap a line that fits
        // exactly (their advances are rounded to device units).
        let pad = 2.0 * self.sheet.table.cell_padding_pt + 3.0;
        let mut natural = vec![0f32; columns];
        let mut minimum = vec![0f32; columns];
        for (r, row) in table.header.iter().chain(&table.rows).enumerate() {
            let style = if r < table.header.len() {
                &self.sheet.table_header
            } else {
                &self.sheet.table_cell
            };
            for (c, cell) in row.iter().enumerate().take(columns) {
                let text = jianbao_doc::plain_text(&cell.content);
                let ctx = Ctx::of(style);
                for line in text.lines() {
                    natural[c] = natural[c].max(self.measure(line, ctx)? * style.size_pt + pad);
                }
                for word in unbreakable_words(&text) {
                    minimum[c] = minimum[c].max(self.measure(word, ctx)? * style.size_pt + pad);
                }
                // At least two characters wide, so a narrow column never breaks every character.
                minimum[c] = minimum[c].max(2.0 * style.size_pt + pad);
            }
        }
        for c in 0..columns {
            natural[c] = natural[c].max(minimum[c]);
        }
        let available = self.sheet.page.text_width_mm() * jianbao_doc::PT_PER_MM;
        let widths = distribute(&natural, &minimum, available);
        let mut twips_widths: Vec<usize> =
            widths.iter().map(|w| twips(*w).max(1) as usize).collect();
        // Rounding: make the columns add up to the text width exactly.
        let target = twips(available).max(columns as i32) as usize;
        let sum: usize = twips_widths.iter().sum();
        if let Some(last) = twips_widths.last_mut() {
            *last = (*last + target).saturating_sub(sum).max(1);
        }
        Ok(twips_widths)
    }

    /// Width of `text` in em, with the faces it will be drawn in, and the space the word
    /// processor adds between Chinese and Latin letters or digits (the Normal style's
    /// `w:autoSpaceDE`/`w:autoSpaceDN`; LibreOffice sets 2021年6月 as 2021 年 6 月).
    fn measure(&self, text: &str, ctx: Ctx) -> Result<f32, DocxError> {
        let mut width = 0.0;
        let mut previous: Option<char> = None;
        for ch in text.chars() {
            let face = self.fonts.resolve(ctx.face(), ch)?;
            width += match face {
                Some(face) => self.fonts.face(face)?.advance(ch).unwrap_or(1.0),
                None => 1.0,
            };
            if previous.is_some_and(|p| auto_spaced(p, ch)) {
                width += AUTO_SPACE_EM;
            }
            previous = Some(ch);
        }
        Ok(width)
    }

    /// The 报头: the 简报's name, 第N期, and the unit and date on the line above the red rule.
    fn masthead(&mut self, doc: &Document) -> Result<(), DocxError> {
        let Some(m) = &doc.meta.masthead else {
            return Ok(());
        };
        let runs = pieces(self.text_runs(&m.name, Ctx::of(&self.sheet.masthead_name))?);
        self.add_paragraph(with_runs(Paragraph::new().style(id::MASTHEAD_NAME), runs));
        if !m.issue.trim().is_empty() {
            let runs = pieces(self.text_runs(&m.issue, Ctx::of(&self.sheet.masthead_issue))?);
            self.add_paragraph(with_runs(Paragraph::new().style(id::MASTHEAD_ISSUE), runs));
        }
        let ctx = Ctx::of(&self.sheet.masthead_info);
        let mut runs = pieces(self.text_runs(m.unit.trim(), ctx)?);
        if !m.date.trim().is_empty() {
            runs.push(Piece::Run(Box::new(Run::new().add_tab())));
            runs.extend(pieces(self.text_runs(m.date.trim(), ctx)?));
        }
        self.add_paragraph(with_runs(Paragraph::new().style(id::MASTHEAD_INFO), runs));
        Ok(())
    }

    /// The 报尾 after the notes: the 报/送/发 lines inside one top and one bottom rule.
    fn colophon(&mut self, doc: &Document) -> Result<(), DocxError> {
        if doc.meta.colophon.is_empty() {
            return Ok(());
        }
        self.add_paragraph(Paragraph::new().style(id::BODY));
        for line in &doc.meta.colophon {
            let runs = pieces(self.text_runs(line, Ctx::of(&self.sheet.colophon))?);
            self.add_paragraph(with_runs(Paragraph::new().style(id::COLOPHON), runs));
        }
        Ok(())
    }

    /// The numbered endnote section listing `doc.footnotes`, headed 注释.
    fn notes_section(&mut self, doc: &Document) -> Result<(), DocxError> {
        if doc.footnotes.is_empty() {
            return Ok(());
        }
        let runs = pieces(self.text_runs(NOTES_HEADING, Ctx::of(&self.sheet.heading1))?);
        self.add_paragraph(with_runs(Paragraph::new().style(id::HEADINGS[0]), runs));
        let ctx = Ctx::of(&self.sheet.footnote);
        for note in &doc.footnotes {
            let mut first = true;
            for block in &note.blocks {
                match block {
                    Block::Paragraph { content } => {
                        let mut runs = Vec::new();
                        if first {
                            runs = pieces(self.text_runs(&format!("[{}]", note.number), ctx)?);
                            runs.push(Piece::Run(Box::new(Run::new().add_tab())));
                        }
                        runs.extend(self.inline_runs(content, ctx)?);
                        self.add_paragraph(with_runs(Paragraph::new().style(id::NOTE_TEXT), runs));
                        first = false;
                    }
                    other => self.block(other, id::NOTE_TEXT, 0)?,
                }
            }
        }
        Ok(())
    }

    fn header_footer(&mut self, header_text: &str) -> Result<(), DocxError> {
        let header_ctx = Ctx::of(&self.sheet.header);
        let runs = pieces(self.text_runs(header_text, header_ctx)?);
        let header =
            Header::new().add_paragraph(with_runs(Paragraph::new().style(id::HEADER), runs));

        let footer_ctx = Ctx::of(&self.sheet.footer);
        // The field results are written by the word processor, in the footer's face.
        self.add_glyphs(footer_ctx.face(), '0'..='9')?;
        let footer = Footer::new().add_paragraph(self.page_number_paragraph(footer_ctx)?);
        // As in the PDF, the first page carries the title block instead of a running header,
        // and the page footer like every other page. Each part gets paragraphs of its own:
        // docx-rs numbers paragraphs as they are made, and a cloned one would share an id.
        // The first page's header is empty: a plain paragraph, without the header style's rule.
        let first_header = Header::new().add_paragraph(Paragraph::new());
        let first_footer = Footer::new().add_paragraph(self.page_number_paragraph(footer_ctx)?);

        let docx = std::mem::take(&mut self.docx);
        self.docx = docx
            .header(header)
            .first_header(first_header)
            .footer(footer)
            .first_footer(first_footer);
        Ok(())
    }

    /// 第 PAGE 页 / 共 NUMPAGES 页, with fields the word processor fills in.
    fn page_number_paragraph(&mut self, ctx: Ctx) -> Result<Paragraph, DocxError> {
        let mut p = Paragraph::new().style(id::FOOTER);
        p = with_runs(p, pieces(self.text_runs("第 ", ctx)?));
        p = with_runs(p, pieces(field(InstrText::PAGE(InstrPAGE::new()))));
        p = with_runs(p, pieces(self.text_runs(" 页 / 共 ", ctx)?));
        p = with_runs(p, pieces(field(InstrText::NUMPAGES(InstrNUMPAGES::new()))));
        p = with_runs(p, pieces(self.text_runs(" 页", ctx)?));
        Ok(p)
    }

    fn numbering(&mut self) -> Result<(), DocxError> {
        let s = &self.sheet.list_item;
        let fonts = run_fonts(self.names.of(s.family));
        let mut decimal = AbstractNumbering::new(ABSTRACT_DECIMAL);
        let mut bullet = AbstractNumbering::new(ABSTRACT_BULLET);
        for (level, bullet_text) in BULLETS.iter().enumerate() {
            let left = list_text_indent(s, level);
            let number_hang = twips(NUMBER_HANG_CHARS * s.size_pt);
            let bullet_hang = twips(BULLET_HANG_CHARS * s.size_pt);
            // "1." at every level, as the PDF numbers nested lists.
            let decimal_text = format!("%{}.", level + 1);
            decimal = decimal.add_level(
                Level::new(
                    level,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new(decimal_text),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(left),
                    Some(SpecialIndentType::Hanging(number_hang)),
                    None,
                    None,
                )
                .fonts(fonts.clone()),
            );
            bullet = bullet.add_level(
                Level::new(
                    level,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new(*bullet_text),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(left),
                    Some(SpecialIndentType::Hanging(bullet_hang)),
                    None,
                    None,
                )
                .size(half_points(s.size_pt * BULLET_SCALE))
                .fonts(fonts.clone()),
            );
        }
        let mut docx = std::mem::take(&mut self.docx)
            .add_abstract_numbering(decimal)
            .add_abstract_numbering(bullet)
            .add_numbering(Numbering::new(NUM_BULLET, ABSTRACT_BULLET));
        for &(num_id, start) in &self.ordered_lists {
            let start = usize::try_from(start).unwrap_or(1);
            docx = docx.add_numbering(
                Numbering::new(num_id, ABSTRACT_DECIMAL)
                    .add_override(LevelOverride::new(0).start(start)),
            );
        }
        self.docx = docx;
        Ok(())
    }

    fn inline_runs(&mut self, content: &[Inline], ctx: Ctx) -> Result<Vec<Piece>, DocxError> {
        let mut runs = Vec::new();
        for inline in content {
            match inline {
                Inline::Text { text } => runs.extend(pieces(self.text_runs(text, ctx)?)),
                Inline::Code { text } => {
                    let code = Ctx {
                        family: font_family(self.sheet.code.family),
                        ..ctx
                    };
                    runs.extend(pieces(self.text_runs(text, code)?));
                }
                Inline::Emphasis { content } => {
                    let inner = Ctx {
                        family: font_family(self.sheet.emphasis_family),
                        char_style: Some(id::EMPHASIS),
                        ..ctx
                    };
                    runs.extend(self.inline_runs(content, inner)?);
                }
                Inline::Strong { content } => {
                    let inner = Ctx {
                        bold: true,
                        char_style: Some(id::STRONG),
                        ..ctx
                    };
                    runs.extend(self.inline_runs(content, inner)?);
                }
                Inline::Link { url, content } if !ctx.in_link && !url.trim().is_empty() => {
                    let inner = Ctx {
                        in_link: true,
                        ..ctx
                    };
                    let mut link = Hyperlink::new(url.trim(), HyperlinkType::External);
                    for piece in self.inline_runs(content, inner)? {
                        // Inside a link everything is a run (`in_link` stops nesting).
                        if let Piece::Run(run) = piece {
                            link = link.add_run(*run);
                        }
                    }
                    runs.push(Piece::Link(link));
                }
                Inline::Link { content, .. } => runs.extend(self.inline_runs(content, ctx)?),
                Inline::FootnoteRef { number } => {
                    let mark = Ctx {
                        char_style: Some(id::NOTE_REFERENCE),
                        ..ctx
                    };
                    // A word joiner keeps the mark with the character before it: a line
                    // never starts with "[n]".
                    runs.extend(pieces(
                        self.text_runs(&format!("\u{2060}[{number}]"), mark)?,
                    ));
                }
                Inline::LineBreak => runs.push(Piece::Run(Box::new(
                    Run::new().add_break(BreakType::TextWrapping),
                ))),
            }
        }
        Ok(runs)
    }

    /// Runs for plain text, split where a character needs another face than `ctx`'s; records
    /// the characters each face draws.
    fn text_runs(&mut self, text: &str, ctx: Ctx) -> Result<Vec<Run>, DocxError> {
        let preferred = ctx.face();
        let styled = ctx.styled_face(font_family(self.sheet.emphasis_family));
        let mut groups: Vec<(FaceId, String)> = Vec::new();
        // XML 1.0 cannot carry control characters; they are invisible, so they are dropped
        // (a tab becomes a space: a tab inside w:t is not a tab stop in Word).
        let text = &*crate::names::with_name_breaks(text);
        let visible = text
            .chars()
            .filter(|&c| !c.is_control() || c == '\t')
            .map(|c| if c == '\t' { ' ' } else { c });
        for ch in visible {
            let face = if is_layout_only(ch) {
                let face = groups.last().map_or(preferred, |g| g.0);
                if self.fonts.face(face)?.has_char(ch) {
                    self.usage.entry(face).or_default().insert(ch);
                }
                face
            } else {
                match self.fonts.resolve(preferred, ch)? {
                    Some(face) => {
                        self.usage.entry(face).or_default().insert(ch);
                        face
                    }
                    None => {
                        self.missing
                            .entry(ch)
                            .or_insert_with(|| context_around(text, ch));
                        preferred
                    }
                }
            };
            match groups.last_mut() {
                Some((f, s)) if *f == face => s.push(ch),
                _ => groups.push((face, ch.to_string())),
            }
        }
        Ok(groups
            .into_iter()
            .map(|(face, text)| {
                let mut run = Run::new().add_text(text);
                if let Some(style) = ctx.char_style {
                    run = run.style(style);
                }
                if face.family != styled.family {
                    run = run.fonts(run_fonts(self.names.get(face.family)));
                }
                if face.bold != styled.bold {
                    run = if face.bold {
                        run.bold()
                    } else {
                        run.disable_bold()
                    };
                }
                run
            })
            .collect())
    }
}

/// Up to ten characters either side of the first `ch` in `text`, so a reader finds it.
fn context_around(text: &str, ch: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = chars.iter().position(|&c| c == ch).unwrap_or(0);
    chars[at.saturating_sub(10)..(at + 11).min(chars.len())]
        .iter()
        .collect()
}

/// What a paragraph is made of: runs and hyperlinks (which hold runs).
enum Piece {
    Run(Box<Run>),
    Link(Hyperlink),
}

fn pieces(runs: Vec<Run>) -> Vec<Piece> {
    runs.into_iter()
        .map(|run| Piece::Run(Box::new(run)))
        .collect()
}

fn with_runs(mut p: Paragraph, runs: Vec<Piece>) -> Paragraph {
    for piece in runs {
        p = match piece {
            Piece::Run(run) => p.add_run(*run),
            Piece::Link(link) => p.add_hyperlink(link),
        };
    }
    p
}

fn run_fonts(name: &str) -> RunFonts {
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .east_asia(name)
        .cs(name)
}

/// A complex field (`PAGE`, `NUMPAGES`) with "1" as its last computed value.
fn field(instr: InstrText) -> Vec<Run> {
    vec![
        Run::new().add_field_char(FieldCharType::Begin, false),
        Run::new().add_instr_text(instr),
        Run::new().add_field_char(FieldCharType::Separate, false),
        Run::new().add_text("1"),
        Run::new().add_field_char(FieldCharType::End, false),
    ]
}

fn column_align(align: Option<Align>) -> Option<AlignmentType> {
    match align? {
        Align::Default => None,
        Align::Left => Some(AlignmentType::Left),
        Align::Center => Some(AlignmentType::Center),
        Align::Right => Some(AlignmentType::Right),
    }
}

/// Left indent of a list item's text in twips: the style's indent (at least room for the
/// number), two characters more per nesting level; the number hangs into it, as in the PDF.
fn list_text_indent(s: &ParagraphStyle, level: usize) -> i32 {
    let chars = s.left_indent_chars.max(NUMBER_HANG_CHARS) + 2.0 * level as f32;
    twips(chars * s.size_pt)
}
