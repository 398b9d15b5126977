//! Typst export of the document model: a self-contained `.typ` file that sets the same page,
//! fonts, sizes and structure as jianbao's PDF.
//!
//! Two uses: users who prefer Typst get an editable source whose preamble holds every style of
//! the style sheet as a named function (`jb-title`, `jb-caption`, …); and the benchmark compiles
//! the same content with Typst to compare jianbao against it.
//!
//! The file names the fonts by family ("Noto Serif SC", "Noto Sans SC"); Typst finds them
//! through its font path, e.g. `typst compile --font-path fonts briefing.typ` in the repository.
//!
//! Layout model: every line box is one em high (the CJK ideographic em box, top edge 0.88 em
//! above the baseline), so `leading = (line_height - 1) × size` gives the style sheet's
//! baseline-to-baseline distance. Vertical spacing between blocks is the style's space
//! before/after plus half the leading on each side; Typst keeps the larger of two adjacent
//! spacings where Word adds them, so gaps after headings can differ by a few points from the DOCX.

mod chart;
mod escape;

use escape::{push_markup, push_markup_keeping, push_string_literal};
use jianbao_doc::{
    plain_text, Align, Block, Cell, Color, Document, Family, Footnote, Inline, List, Metadata,
    ParagraphStyle, StyleSheet, Table, TextAlign, PT_PER_MM,
};
use std::fmt::Write;

/// Heading of the endnote list holding `Document::footnotes` (as in the PDF and DOCX).
pub const NOTES_HEADING: &str = "注释";

/// Renders `doc` with `style` as Typst source.
///
/// Deterministic (same input, same text) and total: every document model renders, and every
/// piece of text is escaped so that Typst prints it verbatim.
pub fn render_typst(doc: &Document, style: &StyleSheet) -> String {
    render_typst_with_widths(doc, style, &[])
}

/// Renders `doc` like [`render_typst`], giving each table the column widths the PDF renderer
/// computed from the set text (`table_widths[n]`: the widths in points of the `n`-th table in
/// document order, as `jianbao_pdf::layout::Layout::table_widths` lists them), so that Typst
/// sets the same columns instead of guessing from character counts. A table without widths,
/// or with the wrong number of them, falls back to the estimate.
pub fn render_typst_with_widths(
    doc: &Document,
    style: &StyleSheet,
    table_widths: &[Vec<f32>],
) -> String {
    let mut w = Writer {
        style,
        out: String::with_capacity(16 * 1024),
        after_embed: false,
        table_widths,
        tables: 0,
    };
    w.preamble(&doc.meta);
    w.masthead(&doc.meta);
    w.title_block(&doc.meta);
    // the closing lines before a page break in one unbreakable block, so that no page holds
    // only them (the PDF renderer closes such a page up; Typst is told to keep them whole)
    let closing = jianbao_doc::closing_blocks(&doc.blocks, style);
    for (i, block) in doc.blocks.iter().enumerate() {
        let kept = closing.contains(&i);
        if kept && (i == 0 || !closing.contains(&(i - 1))) {
            w.open_closing_group(block);
        }
        w.block(block, Role::Body);
        if kept && !closing.contains(&(i + 1)) {
            w.out.push_str("]\n\n");
        }
    }
    w.notes(&doc.footnotes);
    w.colophon(&doc.meta);
    w.out
}

/// The Typst family name of a style-sheet family.
fn font_name(family: Family) -> &'static str {
    match family {
        Family::Serif => "Noto Serif SC",
        Family::Sans => "Noto Sans SC",
    }
}

/// A length in points, without needless digits.
fn pt(value: f32) -> String {
    format!("{}pt", round2(value))
}

fn mm(value: f32) -> String {
    format!("{}mm", round2(value))
}

fn round2(value: f32) -> f32 {
    let r = (value * 100.0).round() / 100.0;
    if r == 0.0 {
        0.0 // no "-0"
    } else {
        r
    }
}

fn rgb(color: Color) -> String {
    format!("rgb(\"#{}\")", color.hex())
}

/// Space between lines of a style: the line pitch minus the one-em line box.
fn leading(p: &ParagraphStyle) -> f32 {
    (p.line_height - 1.0).max(0.0) * p.size_pt
}

/// The set rules that make text look like `p` (font, weight, size, colour, leading,
/// justification, first-line indent, alignment), one per line with `indent`.
fn style_rules(p: &ParagraphStyle, indent: &str) -> String {
    let (align, justify) = match p.align {
        TextAlign::Left => ("left", false),
        TextAlign::Center => ("center", false),
        TextAlign::Right => ("right", false),
        TextAlign::Justify => ("left", true),
    };
    format!(
        "{indent}set text(font: \"{font}\", weight: \"{weight}\", size: {size}, fill: {fill})\n\
         {indent}set par(leading: {leading}, justify: {justify}, first-line-indent: (amount: {first}, all: true))\n\
         {indent}set align({align})\n",
        font = font_name(p.family),
        weight = if p.bold { "bold" } else { "regular" },
        size = pt(p.size_pt),
        fill = rgb(p.color),
        leading = pt(leading(p)),
        first = pt(p.first_line_indent_chars * p.size_pt),
    )
}

/// Paragraph roles: each is a function in the preamble named `jb-<name>`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Title,
    Subtitle,
    Byline,
    Heading1,
    Heading2,
    Heading3,
    Quote,
    Caption,
    TableNote,
    Footnote,
    MastheadName,
    MastheadIssue,
    MastheadInfo,
    Colophon,
}

impl Role {
    const WITH_FUNCTIONS: [Role; 14] = [
        Role::MastheadName,
        Role::MastheadIssue,
        Role::MastheadInfo,
        Role::Colophon,
        Role::Title,
        Role::Subtitle,
        Role::Byline,
        Role::Heading1,
        Role::Heading2,
        Role::Heading3,
        Role::Quote,
        Role::Caption,
        Role::TableNote,
        Role::Footnote,
    ];

    fn name(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Title => "title",
            Role::Subtitle => "subtitle",
            Role::Byline => "byline",
            Role::Heading1 => "heading1",
            Role::Heading2 => "heading2",
            Role::Heading3 => "heading3",
            Role::Quote => "quote",
            Role::Caption => "caption",
            Role::TableNote => "table-note",
            Role::Footnote => "footnote",
            Role::MastheadName => "masthead-name",
            Role::MastheadIssue => "masthead-issue",
            Role::MastheadInfo => "masthead-info",
            Role::Colophon => "colophon",
        }
    }

    fn style(self, s: &StyleSheet) -> &ParagraphStyle {
        match self {
            Role::Body => &s.body,
            Role::Title => &s.title,
            Role::Subtitle => &s.subtitle,
            Role::Byline => &s.byline,
            Role::Heading1 => &s.heading1,
            Role::Heading2 => &s.heading2,
            Role::Heading3 => &s.heading3,
            Role::Quote => &s.quote,
            Role::Caption => &s.caption,
            Role::TableNote => &s.table_note,
            Role::Footnote => &s.footnote,
            Role::MastheadName => &s.masthead_name,
            Role::MastheadIssue => &s.masthead_issue,
            Role::MastheadInfo => &s.masthead_info,
            Role::Colophon => &s.colophon,
        }
    }
}

struct Writer<'a> {
    style: &'a StyleSheet,
    out: String,
    /// The last thing written was an embedded expression (`#strong[…]`), which a following
    /// `.`, `(`, `[` or `;` would continue; text written next is separated with `;`.
    after_embed: bool,
    /// Column widths computed by the PDF layout, one list per table in document order.
    table_widths: &'a [Vec<f32>],
    /// Tables written so far (the index into `table_widths` of the next one).
    tables: usize,
}

impl Writer<'_> {
    fn preamble(&mut self, meta: &Metadata) {
        let s = self.style;
        self.out.push_str(
            "// Generated by jianbao from its document model. Compile with the Noto SC fonts on the\n\
             // font path, e.g. in the jianbao repository: typst compile --font-path fonts <this file>\n\n",
        );
        self.document_properties(meta);
        self.page_setup(meta);

        let body = &s.body;
        let (lang, region) = language_and_region(&meta.language);
        let _ = write!(
            self.out,
            "#set text(font: \"{}\", size: {}, fill: {}, top-edge: 0.88em, bottom-edge: -0.12em",
            font_name(body.family),
            pt(body.size_pt),
            rgb(body.color)
        );
        if let Some(lang) = lang {
            let _ = write!(self.out, ", lang: \"{lang}\"");
        }
        if let Some(region) = region {
            let _ = write!(self.out, ", region: \"{region}\"");
        }
        if body.bold {
            self.out.push_str(", weight: \"bold\"");
        }
        self.out.push_str(")\n");
        let _ = writeln!(
            self.out,
            "#set par(leading: {}, spacing: {}, justify: {}, first-line-indent: (amount: {}, all: true))",
            pt(leading(body)),
            pt(leading(body) + body.space_before_pt + body.space_after_pt),
            body.align == TextAlign::Justify,
            pt(body.first_line_indent_chars * body.size_pt),
        );
        let body_align = match body.align {
            TextAlign::Center => Some("center"),
            TextAlign::Right => Some("right"),
            TextAlign::Left | TextAlign::Justify => None,
        };
        if let Some(align) = body_align {
            let _ = writeln!(self.out, "#set align({align})");
        }
        self.out.push('\n');

        self.out
            .push_str("// One function per paragraph style of the style sheet.\n");
        for role in Role::WITH_FUNCTIONS {
            let p = role.style(s);
            let half = leading(p) / 2.0;
            let _ = write!(
                self.out,
                "#let jb-{}(body) = block(above: {}, below: {}, sticky: {}, width: 100%, inset: (left: {}), {{\n{}  par(body)\n}})\n",
                role.name(),
                pt(p.space_before_pt + half),
                pt(p.space_after_pt + half),
                p.keep_with_next,
                pt(p.left_indent_chars * p.size_pt),
                style_rules(p, "  "),
            );
        }
        let _ = writeln!(
            self.out,
            "#let jb-emph(body) = text(font: \"{}\", body)",
            font_name(s.emphasis_family)
        );
        let _ = writeln!(
            self.out,
            "#let jb-code-inline(body) = text(font: \"{}\", body)",
            font_name(s.code.family)
        );
        let code = &s.code;
        let _ = write!(
            self.out,
            "#let jb-code(body) = block(above: {}, below: {}, width: 100%, {{\n{}  show raw: set text(font: \"{}\", size: {})\n  body\n}})\n",
            pt(code.space_before_pt + leading(code) / 2.0),
            pt(code.space_after_pt + leading(code) / 2.0),
            style_rules(code, "  "),
            font_name(code.family),
            pt(code.size_pt),
        );
        let li = &s.list_item;
        let _ = write!(
            self.out,
            "#let jb-list(body) = block(above: {above}, below: {below}, width: 100%, {{\n{rules}  set par(spacing: {spacing}, first-line-indent: 0pt)\n  \
             set list(indent: {indent}, body-indent: 0.5em, spacing: {spacing}, marker: ({bullet}[●], {bullet}[○]))\n  \
             set enum(indent: {indent}, body-indent: 0.5em, spacing: {spacing})\n  body\n}})\n",
            above = pt(li.space_before_pt + leading(li) / 2.0),
            below = pt(li.space_after_pt + leading(li) / 2.0),
            rules = style_rules(li, "  "),
            spacing = pt(leading(li) + li.space_after_pt),
            indent = pt((li.left_indent_chars - 1.0).max(0.0) * li.size_pt),
            // The PDF's and DOCX's bullets: ● then ○ by depth, at half the text size, raised to
            // the middle of the em box.
            bullet = format_args!(
                "text(size: {}, baseline: {})",
                pt(li.size_pt * 0.5),
                pt(-li.size_pt * 0.19)
            ),
        );
        let _ = writeln!(
            self.out,
            "#let jb-quote-box(body) = block(above: {}, below: {}, inset: (left: 1em, y: 2pt), stroke: (left: 3pt + {}), body)",
            pt(s.quote.space_before_pt),
            pt(s.quote.space_after_pt),
            rgb(s.table.header_fill),
        );
        let _ = writeln!(
            self.out,
            "#let jb-rule() = block(above: 8pt, below: 8pt, line(length: 100%, stroke: 0.75pt + {}))",
            rgb(s.rule_color)
        );
        self.table_function();
        let _ = writeln!(
            self.out,
            "#show heading: it => (jb-heading1, jb-heading2, jb-heading3).at(calc.min(it.level, 3) - 1)(it.body)\n"
        );
    }

    fn document_properties(&mut self, meta: &Metadata) {
        let mut args: Vec<String> = Vec::new();
        let literal = |name: &str, value: &str| {
            let mut arg = format!("{name}: ");
            push_string_literal(&mut arg, value);
            arg
        };
        if !meta.title.trim().is_empty() {
            args.push(literal("title", &meta.title));
        }
        if let Some(author) = meta.author.as_deref().filter(|a| !a.trim().is_empty()) {
            args.push(literal("author", author));
        }
        if let Some(subject) = meta.subject.as_deref().filter(|a| !a.trim().is_empty()) {
            args.push(literal("description", subject));
        }
        if !meta.keywords.is_empty() {
            let mut list = String::from("keywords: (");
            for k in &meta.keywords {
                push_string_literal(&mut list, k);
                list.push_str(", ");
            }
            list.push(')');
            args.push(list);
        }
        // A fixed date (or none), never Typst's default of "today": the same input gives the
        // same PDF.
        args.push(match meta.date_iso.as_deref().and_then(parse_iso_date) {
            Some((y, m, d)) => format!("date: datetime(year: {y}, month: {m}, day: {d})"),
            None => "date: none".to_owned(),
        });
        let _ = writeln!(self.out, "#set document({})", args.join(", "));
    }

    /// Page size, margins, and the running header (title over a rule, from page 2 on: page 1
    /// opens with the title itself) and footer (第 X 页 / 共 Y 页 under a rule) at the style
    /// sheet's distances from the page edges, as in the PDF and DOCX.
    fn page_setup(&mut self, meta: &Metadata) {
        let s = self.style;
        let page = &s.page;
        let separator = format!("0.5pt + {}", rgb(s.rule_color));
        // Header and footer boxes: a one-em line, 4pt to the separator, the separator.
        let header_height_mm = (s.header.size_pt + 4.5) / PT_PER_MM;
        let footer_height_mm = (s.footer.size_pt + 4.5) / PT_PER_MM;
        let ascent = (page.margin_top_mm - page.header_distance_mm - header_height_mm).max(0.0);
        let descent = (page.margin_bottom_mm - page.footer_distance_mm - footer_height_mm).max(0.0);
        let mut header_text = String::new();
        push_markup(&mut header_text, &meta.title, true);
        let _ = write!(
            self.out,
            "#set page(\n  width: {}, height: {},\n  margin: (top: {}, bottom: {}, left: {}, right: {}),\n  \
             header-ascent: {}, footer-descent: {},\n",
            mm(page.width_mm),
            mm(page.height_mm),
            mm(page.margin_top_mm),
            mm(page.margin_bottom_mm),
            mm(page.margin_left_mm),
            mm(page.margin_right_mm),
            mm(ascent),
            mm(descent),
        );
        if !meta.title.trim().is_empty() {
            let _ = write!(
                self.out,
                "  header: context if here().page() > 1 {{ block(width: 100%, inset: (bottom: 4pt), stroke: (bottom: {separator}), {{\n{}    [{header_text}]\n  }}) }},\n",
                style_rules(&s.header, "    "),
            );
        }
        let _ = write!(
            self.out,
            "  footer: context block(width: 100%, inset: (top: 4pt), stroke: (top: {separator}), {{\n{}    \
             [第 #counter(page).display() 页 \\/ 共 #counter(page).final().first() 页]\n  }}),\n)\n",
            style_rules(&s.footer, "    "),
        );
    }

    /// `jb-table`: a table in the style sheet's rules, fills and cell styles, its header rows
    /// repeated on every page it spans.
    fn table_function(&mut self) {
        let s = self.style;
        let t = &s.table;
        let stripe = match t.stripe_fill {
            Some(c) => format!(
                "if calc.odd(y - header-rows) {{ {} }} else {{ none }}",
                rgb(c)
            ),
            None => "none".to_owned(),
        };
        let _ = write!(
            self.out,
            "#let jb-th(body) = {{\n{}  body\n}}\n",
            style_rules(&s.table_header, "  ")
        );
        let _ = write!(
            self.out,
            "#let jb-table(columns: (), aligns: (), header-rows: 0, ..cells) = block(above: 4pt, below: 4pt, width: 100%, {{\n{rules}  \
             table(\n    columns: columns,\n    \
             align: (x, y) => (if y < header-rows {{ {header_align} }} else {{ aligns.at(x) }}) + horizon,\n    \
             fill: (x, y) => if y < header-rows {{ {header_fill} }} else {{ {stripe} }},\n    \
             stroke: {width} + {border},\n    inset: {pad},\n    ..cells,\n  )\n}})\n",
            rules = style_rules(&s.table_cell, "  "),
            header_align = align_name(s.table_header.align),
            header_fill = rgb(t.header_fill),
            width = pt(t.border_width_pt),
            border = rgb(t.border_color),
            pad = pt(t.cell_padding_pt),
        );
    }

    fn title_block(&mut self, meta: &Metadata) {
        let mut parts: Vec<(Role, String)> = Vec::new();
        if !meta.title.trim().is_empty() {
            parts.push((Role::Title, meta.title.clone()));
        }
        if let Some(subtitle) = meta.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
            parts.push((Role::Subtitle, subtitle.to_owned()));
        }
        let byline: Vec<&str> = [meta.date.as_deref(), meta.author.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect();
        // Under a 报头 (which carries unit and date) the title stands alone.
        if !byline.is_empty() && meta.masthead.is_none() {
            parts.push((Role::Byline, byline.join(" · ")));
        }
        let ruled = !meta.title.trim().is_empty();
        // the document's keywords (the regions a briefing compares) are not broken across lines
        let keep: Vec<&str> = meta.keywords.iter().map(String::as_str).collect();
        let count = parts.len();
        for (n, (role, text)) in parts.into_iter().enumerate() {
            if ruled && n + 1 == count {
                // A 1 pt rule in the house colour closes the title block, as in the PDF and
                // DOCX: the last paragraph of the block, underlined by its box.
                let p = role.style(self.style);
                let _ = write!(
                    self.out,
                    "#block(above: {}, below: {}, width: 100%, stroke: (bottom: 1pt + {}), inset: (bottom: 1pt), jb-{}[",
                    pt(p.space_before_pt + leading(p) / 2.0),
                    pt(p.space_after_pt + leading(p) / 2.0),
                    rgb(self.style.rule_color),
                    role.name()
                );
                push_markup_keeping(&mut self.out, &text, true, &keep);
                self.out.push_str("])\n\n");
            } else {
                let _ = write!(self.out, "#jb-{}[", role.name());
                push_markup_keeping(&mut self.out, &text, true, &keep);
                self.out.push_str("]\n\n");
            }
        }
    }

    /// The 报头: name, 第N期, unit (left) and date (right), then the red rule.
    fn masthead(&mut self, meta: &Metadata) {
        let Some(m) = &meta.masthead else { return };
        self.plain_paragraph(Role::MastheadName, &m.name);
        if !m.issue.trim().is_empty() {
            self.plain_paragraph(Role::MastheadIssue, &m.issue);
        }
        self.out.push_str("#jb-masthead-info[");
        push_markup(&mut self.out, m.unit.trim(), true);
        self.out.push_str("#h(1fr)");
        push_markup(&mut self.out, m.date.trim(), true);
        self.out.push_str("]\n\n");
        let _ = writeln!(
            self.out,
            "#block(above: 2pt, below: 12pt, line(length: 100%, stroke: {} + {}))\n",
            pt(self.style.masthead_rule_width_pt),
            rgb(self.style.masthead_rule_color)
        );
    }

    /// The 报尾 after the notes: the 报/送/发 lines between two black rules.
    fn colophon(&mut self, meta: &Metadata) {
        if meta.colophon.is_empty() {
            return;
        }
        self.out
            .push_str("#block(above: 18pt, below: 4pt, line(length: 100%, stroke: 0.75pt))\n\n");
        for line in &meta.colophon {
            self.plain_paragraph(Role::Colophon, line);
        }
        self.out
            .push_str("#block(above: 4pt, below: 0pt, line(length: 100%, stroke: 0.75pt))\n\n");
    }

    fn plain_paragraph(&mut self, role: Role, text: &str) {
        let _ = write!(self.out, "#jb-{}[", role.name());
        push_markup(&mut self.out, text, true);
        self.out.push_str("]\n\n");
    }

    /// A paragraph in `role`: bare markup for body text (styled by the document's set rules),
    /// the role's function otherwise.
    fn paragraph(&mut self, role: Role, content: &[Inline]) {
        if role == Role::Body {
            self.inlines(content, true);
            self.out.push_str("\n\n");
        } else {
            let _ = write!(self.out, "#jb-{}[", role.name());
            self.inlines(content, true);
            self.out.push_str("]\n\n");
        }
    }

    /// Opens the unbreakable block of a section's closing lines, with the spacing above its
    /// first block (a heading's, or the body's paragraph spacing), which Typst would drop at
    /// the start of the container.
    fn open_closing_group(&mut self, first: &Block) {
        let body = &self.style.body;
        let paragraph = leading(body) + body.space_before_pt + body.space_after_pt;
        let above = match first {
            Block::Heading { level, .. } => {
                let h = self.style.heading((*level).clamp(1, 3));
                h.space_before_pt + leading(h) / 2.0
            }
            _ => paragraph,
        };
        let _ = writeln!(
            self.out,
            "#block(breakable: false, width: 100%, above: {}, below: {})[",
            pt(above),
            pt(paragraph)
        );
    }

    /// Writes one block; `role` styles its plain paragraphs.
    fn block(&mut self, block: &Block, role: Role) {
        match block {
            Block::Heading { level, content } => {
                let level = (*level).clamp(1, 6);
                self.out.push_str(&"=".repeat(usize::from(level)));
                self.out.push(' ');
                self.inlines(content, true);
                self.out.push_str("\n\n");
            }
            Block::Paragraph { content } => self.paragraph(role, content),
            Block::List(list) => {
                self.out.push_str("#jb-list(");
                self.list(list);
                self.out.push_str(")\n\n");
            }
            Block::Table(table) => self.table(table),
            Block::BlockQuote { blocks } => {
                self.out.push_str("#jb-quote-box[\n");
                for b in blocks {
                    self.block(b, Role::Quote);
                }
                self.out.push_str("]\n\n");
            }
            Block::CodeBlock { text } => {
                self.out.push_str("#jb-code(raw(block: true, ");
                push_string_literal(&mut self.out, text);
                self.out.push_str("))\n\n");
            }
            Block::Rule => self.out.push_str("#jb-rule()\n\n"),
            Block::PageBreak => self.out.push_str("#pagebreak()\n\n"),
            Block::Chart(c) => chart::push_chart(&mut self.out, c, self.style),
        }
        self.after_embed = false;
    }

    /// `enum(…)` or `list(…)` with one content block per item (nested lists inside).
    fn list(&mut self, list: &List) {
        match list.start {
            Some(start) => {
                let _ = write!(self.out, "enum(start: {start}");
            }
            None => self.out.push_str("list("),
        }
        for (i, item) in list.items.iter().enumerate() {
            if i > 0 || list.start.is_some() {
                self.out.push_str(", ");
            }
            self.out.push('[');
            for (j, b) in item.iter().enumerate() {
                if j > 0 {
                    self.out.push_str("\n\n");
                }
                match b {
                    Block::Paragraph { content } => self.inlines(content, true),
                    Block::List(inner) => {
                        self.out.push('#');
                        self.list(inner);
                    }
                    other => {
                        self.out.push('\n');
                        self.block(other, Role::Body);
                    }
                }
                self.after_embed = false;
            }
            self.out.push(']');
        }
        self.out.push(')');
    }

    fn table(&mut self, table: &Table) {
        if let Some(caption) = &table.caption {
            self.paragraph(Role::Caption, caption);
        }
        let columns = table.columns();
        // Tables without columns take no widths (the PDF layout skips them too).
        if columns > 0 {
            self.tables += 1;
            let computed = self
                .table_widths
                .get(self.tables - 1)
                .filter(|w| w.len() == columns && w.iter().all(|x| x.is_finite() && *x > 0.0));
            let columns_list: Vec<String> = match computed {
                // The computed widths, each with half a point to spare (a column set exactly
                // to its text would otherwise wrap on rounding); the widest column, which
                // wraps anyway, takes what is left of the text width.
                Some(widths) => {
                    let widest = (0..widths.len())
                        .max_by(|&a, &b| widths[a].total_cmp(&widths[b]))
                        .unwrap_or(0);
                    widths
                        .iter()
                        .enumerate()
                        .map(|(i, w)| {
                            if i == widest {
                                "1fr".to_owned()
                            } else {
                                pt(w + 0.5)
                            }
                        })
                        .collect()
                }
                None => column_weights(table, columns)
                    .iter()
                    .map(|w| format!("{w}fr"))
                    .collect(),
            };
            let aligns: Vec<&str> = (0..columns)
                .map(|i| match table.align.get(i).copied().unwrap_or_default() {
                    Align::Left => "left",
                    Align::Center => "center",
                    Align::Right => "right",
                    Align::Default => align_name(self.style.table_cell.align),
                })
                .collect();
            let _ = writeln!(
                self.out,
                "#jb-table(\n  columns: ({},),\n  aligns: ({},),\n  header-rows: {},",
                columns_list.join(", "),
                aligns.join(", "),
                table.header.len()
            );
            if !table.header.is_empty() {
                self.out.push_str("  table.header(repeat: true,\n");
                for row in &table.header {
                    self.out.push_str("   ");
                    self.row(row, columns, true);
                }
                self.out.push_str("  ),\n");
            }
            for row in &table.rows {
                self.out.push(' ');
                self.row(row, columns, false);
            }
            self.out.push_str(")\n\n");
        }
        for note in &table.notes {
            self.paragraph(Role::TableNote, note);
        }
    }

    /// One row's cells, padded with empty cells to `columns`.
    fn row(&mut self, row: &[Cell], columns: usize, header: bool) {
        for i in 0..columns {
            self.out.push(' ');
            if header {
                self.out.push_str("jb-th");
            }
            self.out.push('[');
            if let Some(cell) = row.get(i) {
                self.inlines(&cell.content, true);
            }
            self.out.push_str("],");
            self.after_embed = false;
        }
        self.out.push('\n');
    }

    /// The endnote list: 注释, then each note as `[n]` and its text.
    fn notes(&mut self, notes: &[Footnote]) {
        if notes.is_empty() {
            return;
        }
        let _ = write!(self.out, "= {NOTES_HEADING}\n\n");
        for note in notes {
            for (i, block) in note.blocks.iter().enumerate() {
                match block {
                    Block::Paragraph { content } => {
                        self.out.push_str("#jb-footnote[");
                        if i == 0 {
                            let _ = write!(self.out, "\\[{}\\]#h(0.5em);", note.number);
                            self.after_embed = false;
                            self.inlines(content, false);
                        } else {
                            self.inlines(content, true);
                        }
                        self.out.push_str("]\n\n");
                    }
                    other => self.block(other, Role::Footnote),
                }
                self.after_embed = false;
            }
        }
    }

    fn inlines(&mut self, content: &[Inline], at_line_start: bool) {
        let mut line_start = at_line_start;
        for inline in content {
            match inline {
                Inline::Text { text } => self.text(text, line_start),
                Inline::Emphasis { content } => self.call("jb-emph", content),
                Inline::Strong { content } => self.call("strong", content),
                Inline::Code { text } => {
                    self.out.push_str("#jb-code-inline[");
                    push_markup(&mut self.out, text, true);
                    self.out.push(']');
                    self.after_embed = true;
                }
                Inline::Link { url, content } => {
                    if url.trim().is_empty() {
                        self.inlines(content, line_start);
                    } else {
                        let mut name = String::from("link(");
                        push_string_literal(&mut name, url);
                        name.push(')');
                        self.call(&name, content);
                    }
                }
                Inline::FootnoteRef { number } => {
                    // A word joiner keeps the mark with the character before it.
                    let _ = write!(self.out, "#sym.wj#super[\\[{number}\\]]");
                    self.after_embed = true;
                }
                Inline::LineBreak => {
                    self.out.push_str("#linebreak()");
                    self.after_embed = true;
                }
            }
            line_start = line_start && plain_text(std::slice::from_ref(inline)).trim().is_empty();
        }
    }

    /// `#name[content]`, e.g. `#strong[…]`.
    fn call(&mut self, name: &str, content: &[Inline]) {
        let _ = write!(self.out, "#{name}[");
        self.after_embed = false;
        self.inlines(content, true);
        self.out.push(']');
        self.after_embed = true;
    }

    fn text(&mut self, text: &str, at_line_start: bool) {
        if self.after_embed && text.starts_with(['.', '(', '[', ';']) {
            self.out.push(';');
        }
        if !text.is_empty() {
            self.after_embed = false;
        }
        push_markup(&mut self.out, text, at_line_start);
    }
}

fn align_name(align: TextAlign) -> &'static str {
    match align {
        TextAlign::Left | TextAlign::Justify => "left",
        TextAlign::Center => "center",
        TextAlign::Right => "right",
    }
}

/// Relative column widths from the widest cell text of each column (CJK characters count
/// double), bounded so that short columns stay readable and long ones do not crowd out the rest.
fn column_weights(table: &Table, columns: usize) -> Vec<u32> {
    let mut widths = vec![0u32; columns];
    for row in table.header.iter().chain(&table.rows) {
        for (i, cell) in row.iter().enumerate().take(columns) {
            let width = plain_text(&cell.content)
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum::<u32>();
            widths[i] = widths[i].max(width);
        }
    }
    widths.into_iter().map(|w| w.clamp(4, 40)).collect()
}

/// Typst's `lang` and `region` from a BCP 47 tag (`zh-CN`, `zh-Hans-CN`); either is `None`
/// when the tag does not have a valid one, so that a bad tag cannot break compilation.
fn language_and_region(tag: &str) -> (Option<String>, Option<String>) {
    let mut parts = tag.split(['-', '_']);
    let lang = parts
        .next()
        .filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase);
    let region = lang.as_ref().and_then(|_| {
        parts
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_lowercase)
    });
    (lang, region)
}

/// `YYYY-MM-DD` as numbers, only for a date that exists (Typst rejects others).
fn parse_iso_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1..=9999).contains(&year) && (1..=days).contains(&day)).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_checked() {
        assert_eq!(parse_iso_date("2026-11-22"), Some((2026, 11, 22)));
        assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso_date("2026-02-29"), None);
        assert_eq!(parse_iso_date("2026-13-01"), None);
        assert_eq!(parse_iso_date("2026年11月"), None);
    }

    #[test]
    fn language_tags() {
        assert_eq!(
            language_and_region("zh-CN"),
            (Some("zh".into()), Some("cn".into()))
        );
        assert_eq!(
            language_and_region("zh-Hans-CN"),
            (Some("zh".into()), Some("cn".into()))
        );
        assert_eq!(language_and_region("zh"), (Some("zh".into()), None));
        assert_eq!(language_and_region("中文"), (None, None));
    }

    #[test]
    fn lengths_are_short_and_never_negative_zero() {
        assert_eq!(pt(12.0), "12pt");
        assert_eq!(pt(8.400001), "8.4pt");
        assert_eq!(mm(-0.001), "0mm");
    }
}
