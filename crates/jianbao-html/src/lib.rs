//! HTML rendering of the document model: one self-contained page (no external files, no scripts)
//! that reads as a finished briefing in a browser or as an email body.
//!
//! Styles come from the same [`StyleSheet`] as the PDF and DOCX, written inline on each element
//! because many mail clients drop `<style>` blocks.

use jianbao_doc::{
    Align, Block, Cell, Document, Family, Inline, ParagraphStyle, StyleSheet, Table, TextAlign,
};
use std::fmt::Write;

mod chart;

/// Renders `doc` as a complete HTML5 page.
pub fn render_html(doc: &Document, style: &StyleSheet) -> String {
    let mut r = Renderer {
        style,
        out: String::with_capacity(32 * 1024),
    };
    r.page(doc);
    r.out
}

struct Renderer<'a> {
    style: &'a StyleSheet,
    out: String,
}

fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            c => s.push(c),
        }
    }
    s
}

/// Text shown on the page, escaped, each number with its first unit in a span that does not
/// wrap: a browser, following Unicode line breaking, would otherwise break 2021年12|月 at a
/// line end (see [`jianbao_doc::number_unit_spans`]). A span rather than a word joiner, as for
/// the title's words: text copied from the page or the mail stays the document's text.
fn visible(text: &str) -> String {
    kept_together(text, jianbao_doc::number_unit_spans(text), escape)
}

/// `text` with each of `spans` in a span that does not wrap, every piece written by `write`.
fn kept_together(
    text: &str,
    spans: Vec<std::ops::Range<usize>>,
    write: impl Fn(&str) -> String,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for span in spans {
        out.push_str(&write(&text[done..span.start]));
        out.push_str(NOWRAP);
        out.push_str(&write(&text[span.clone()]));
        out.push_str("</span>");
        done = span.end;
    }
    out.push_str(&write(&text[done..]));
    out
}

/// Opens a span whose text is never broken across lines.
const NOWRAP: &str = "<span style=\"white-space:nowrap\">";

fn font_stack(family: Family) -> &'static str {
    match family {
        Family::Serif => "'Noto Serif SC','Source Han Serif SC','Songti SC',SimSun,serif",
        Family::Sans => {
            "'Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
        }
    }
}

/// Inline CSS for a paragraph style.
fn css(p: &ParagraphStyle) -> String {
    let align = match p.align {
        TextAlign::Left => "left",
        TextAlign::Center => "center",
        TextAlign::Right => "right",
        TextAlign::Justify => "justify",
    };
    let mut s = format!(
        "font-family:{};font-size:{}pt;line-height:{};color:#{};text-align:{};margin:{}pt 0 {}pt 0;",
        font_stack(p.family),
        p.size_pt,
        p.line_height,
        p.color.hex(),
        align,
        p.space_before_pt,
        p.space_after_pt,
    );
    s.push_str(if p.bold {
        "font-weight:bold;"
    } else {
        "font-weight:normal;"
    });
    if p.first_line_indent_chars != 0.0 {
        let _ = write!(s, "text-indent:{}em;", p.first_line_indent_chars);
    }
    if p.left_indent_chars != 0.0 {
        let _ = write!(s, "padding-left:{}em;", p.left_indent_chars);
    }
    s
}

fn url_is_safe(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with('#')
}

impl Renderer<'_> {
    fn page(&mut self, doc: &Document) {
        let style = self.style;
        let meta = &doc.meta;
        let body_css = css(&self.style.body);
        let _ = write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n",
            escape(&meta.language),
            escape(&meta.title)
        );
        for (name, value) in [
            ("author", meta.author.as_deref()),
            ("description", meta.subject.as_deref()),
        ] {
            if let Some(v) = value {
                let _ = writeln!(self.out, "<meta name=\"{name}\" content=\"{}\">", escape(v));
            }
        }
        if !meta.keywords.is_empty() {
            let _ = writeln!(
                self.out,
                "<meta name=\"keywords\" content=\"{}\">",
                escape(&meta.keywords.join(", "))
            );
        }
        let _ = write!(
            self.out,
            "</head>\n<body style=\"margin:0;padding:24px 12px;background:#F4F1EE;\">\n\
             <div style=\"max-width:760px;margin:0 auto;background:#FFFFFF;padding:40px 48px;{}\">\n",
            body_css.replace("text-indent:2em;", "")
        );
        self.masthead(meta);
        if !meta.title.is_empty() {
            let _ = writeln!(
                self.out,
                "<h1 style=\"{}\">{}</h1>",
                css(&self.style.title),
                title_markup(&meta.title, &meta.keywords)
            );
        }
        if let Some(sub) = &meta.subtitle {
            let _ = writeln!(
                self.out,
                "<p style=\"{}\">{}</p>",
                css(&self.style.subtitle),
                visible(sub)
            );
        }
        let byline: Vec<&str> = [meta.date.as_deref(), meta.author.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        // Under a 报头 (which carries unit and date) the title stands alone.
        if !byline.is_empty() && meta.masthead.is_none() {
            let _ = writeln!(
                self.out,
                "<p style=\"{}\">{}</p>",
                css(&self.style.byline),
                visible(&byline.join(" · "))
            );
        }
        if meta.masthead.is_none() {
            let _ = writeln!(
                self.out,
                "<hr style=\"border:none;border-top:1.5pt solid #{};margin:0 0 12pt 0;\">",
                self.style.rule_color.hex()
            );
        }
        for block in &doc.blocks {
            self.block(block, &style.body);
        }
        if !doc.footnotes.is_empty() {
            let _ = writeln!(
                self.out,
                "<h2 style=\"{}\">注释</h2>",
                css(&self.style.heading1)
            );
            let _ = writeln!(
                self.out,
                "<ol style=\"{}padding-left:2em;\">",
                css(&self.style.footnote)
            );
            for note in &doc.footnotes {
                let _ = write!(
                    self.out,
                    "<li id=\"fn{}\" style=\"margin:0 0 2pt 0;\">",
                    note.number
                );
                for (i, block) in note.blocks.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str("<br>");
                    }
                    self.bare_block(block);
                }
                let _ = writeln!(
                    self.out,
                    " <a href=\"#fnref{}\" style=\"color:#{};text-decoration:none;\">↩</a></li>",
                    note.number,
                    self.style.rule_color.hex()
                );
            }
            self.out.push_str("</ol>\n");
        }
        self.colophon(meta);
        self.out.push_str("</div>\n</body>\n</html>\n");
    }

    /// The 报头: the 简报's name in red, 第N期, the unit (left) and date (right) over a red rule.
    fn masthead(&mut self, meta: &jianbao_doc::Metadata) {
        let Some(m) = &meta.masthead else { return };
        let s = self.style;
        let _ = writeln!(
            self.out,
            "<p style=\"{}\">{}</p>",
            css(&s.masthead_name),
            visible(&m.name)
        );
        if !m.issue.trim().is_empty() {
            let _ = writeln!(
                self.out,
                "<p style=\"{}\">{}</p>",
                css(&s.masthead_issue),
                visible(&m.issue)
            );
        }
        let _ = writeln!(
            self.out,
            "<p style=\"{}display:flex;justify-content:space-between;border-bottom:{}pt solid #{};padding-bottom:4pt;\"><span>{}</span><span>{}</span></p>",
            css(&s.masthead_info),
            s.masthead_rule_width_pt,
            s.masthead_rule_color.hex(),
            visible(m.unit.trim()),
            visible(m.date.trim())
        );
    }

    /// The 报尾: the 报/送/发 lines between two rules, after the notes.
    fn colophon(&mut self, meta: &jianbao_doc::Metadata) {
        if meta.colophon.is_empty() {
            return;
        }
        let _ = write!(
            self.out,
            "<div style=\"margin-top:18pt;border-top:0.75pt solid #000;border-bottom:0.75pt solid #000;padding:2pt 0;\">"
        );
        for line in &meta.colophon {
            let _ = write!(
                self.out,
                "<p style=\"{}\">{}</p>",
                css(&self.style.colophon),
                visible(line)
            );
        }
        self.out.push_str("</div>\n");
    }

    /// A footnote's block without paragraph margins, inside its list item.
    fn bare_block(&mut self, block: &Block) {
        let style = self.style;
        match block {
            Block::Paragraph { content } => self.inlines(content),
            other => self.block(other, &style.footnote),
        }
    }

    fn block(&mut self, block: &Block, para: &ParagraphStyle) {
        let style = self.style;
        match block {
            Block::Heading { level, content } => {
                let level = (*level).clamp(1, 3);
                let style = css(self.style.heading(level));
                // The document title is the page's h1; section headings start at h2.
                let _ = write!(self.out, "<h{0} style=\"{1}\">", level + 1, style);
                self.inlines(content);
                let _ = writeln!(self.out, "</h{}>", level + 1);
            }
            Block::Paragraph { content } => {
                let _ = write!(self.out, "<p style=\"{}\">", css(para));
                self.inlines(content);
                self.out.push_str("</p>\n");
            }
            Block::List(list) => {
                let item_css = css(&self.style.list_item);
                let tag = if list.start.is_some() { "ol" } else { "ul" };
                let start = match list.start {
                    Some(n) if n != 1 => format!(" start=\"{n}\""),
                    _ => String::new(),
                };
                let _ = writeln!(
                    self.out,
                    "<{tag}{start} style=\"margin:0 0 4pt 0;padding-left:2em;\">"
                );
                for item in &list.items {
                    let _ = write!(self.out, "<li style=\"{item_css}padding-left:0;\">");
                    for (i, b) in item.iter().enumerate() {
                        match b {
                            Block::Paragraph { content } if i == 0 => self.inlines(content),
                            other => self.block(other, &style.list_item),
                        }
                    }
                    self.out.push_str("</li>\n");
                }
                let _ = writeln!(self.out, "</{tag}>");
            }
            Block::Table(table) => self.table(table),
            Block::BlockQuote { blocks } => {
                let _ = writeln!(
                    self.out,
                    "<blockquote style=\"margin:4pt 0 6pt 0;padding:2pt 0 2pt 1em;border-left:3px solid #{};\">",
                    self.style.table.header_fill.hex()
                );
                for b in blocks {
                    self.block(b, &style.quote);
                }
                self.out.push_str("</blockquote>\n");
            }
            Block::CodeBlock { text } => {
                let _ = writeln!(
                    self.out,
                    "<pre style=\"{}white-space:pre-wrap;\">{}</pre>",
                    css(&self.style.code),
                    escape(text)
                );
            }
            Block::Rule => {
                let _ = writeln!(
                    self.out,
                    "<hr style=\"border:none;border-top:0.75pt solid #{};margin:8pt 0;\">",
                    self.style.rule_color.hex()
                );
            }
            Block::PageBreak => {
                self.out
                    .push_str("<div style=\"page-break-after:always;break-after:page;\"></div>\n");
            }
            Block::Chart(c) => self.out.push_str(&chart::chart_html(c, style)),
        }
    }

    fn table(&mut self, table: &Table) {
        let t = &self.style.table;
        let border = format!(
            "border:{}pt solid #{};",
            t.border_width_pt.max(0.5),
            t.border_color.hex()
        );
        let pad = format!("padding:{0}pt {0}pt;", t.cell_padding_pt);
        self.out.push_str(
            "<table style=\"border-collapse:collapse;width:100%;margin:4pt 0 4pt 0;\">\n",
        );
        if let Some(caption) = &table.caption {
            let _ = write!(
                self.out,
                "<caption style=\"{}caption-side:top;\">",
                css(&self.style.caption)
            );
            self.inlines(caption);
            self.out.push_str("</caption>\n");
        }
        let header_css = css(&self.style.table_header);
        let cell_css = css(&self.style.table_cell);
        if !table.header.is_empty() {
            self.out.push_str("<thead>\n");
            for row in &table.header {
                self.row(
                    row,
                    table,
                    "th",
                    &format!(
                        "{header_css}{border}{pad}background:#{};",
                        t.header_fill.hex()
                    ),
                );
            }
            self.out.push_str("</thead>\n");
        }
        self.out.push_str("<tbody>\n");
        for (i, row) in table.rows.iter().enumerate() {
            let fill = match t.stripe_fill {
                Some(c) if i % 2 == 1 => format!("background:#{};", c.hex()),
                _ => String::new(),
            };
            self.row(row, table, "td", &format!("{cell_css}{border}{pad}{fill}"));
        }
        self.out.push_str("</tbody>\n</table>\n");
        for note in &table.notes {
            let _ = write!(self.out, "<p style=\"{}\">", css(&self.style.table_note));
            self.inlines(note);
            self.out.push_str("</p>\n");
        }
    }

    fn row(&mut self, row: &[Cell], table: &Table, tag: &str, cell_css: &str) {
        self.out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let align = match table.align.get(i).copied().unwrap_or_default() {
                Align::Default => "",
                Align::Left => "text-align:left;",
                Align::Center => "text-align:center;",
                Align::Right => "text-align:right;",
            };
            let _ = write!(self.out, "<{tag} style=\"{cell_css}{align}\">");
            self.inlines(&cell.content);
            let _ = write!(self.out, "</{tag}>");
        }
        self.out.push_str("</tr>\n");
    }

    fn inlines(&mut self, content: &[Inline]) {
        for inline in content {
            match inline {
                Inline::Text { text } => self.out.push_str(&visible(text)),
                Inline::Emphasis { content } => {
                    let _ = write!(
                        self.out,
                        "<em style=\"font-style:normal;font-family:{};\">",
                        font_stack(self.style.emphasis_family)
                    );
                    self.inlines(content);
                    self.out.push_str("</em>");
                }
                Inline::Strong { content } => {
                    self.out.push_str("<strong>");
                    self.inlines(content);
                    self.out.push_str("</strong>");
                }
                Inline::Code { text } => {
                    let _ = write!(self.out, "<code>{}</code>", visible(text));
                }
                Inline::Link { url, content } => {
                    if url_is_safe(url) {
                        let _ = write!(self.out, "<a href=\"{}\">", escape(url));
                        self.inlines(content);
                        self.out.push_str("</a>");
                    } else {
                        self.inlines(content);
                    }
                }
                Inline::FootnoteRef { number } => {
                    let _ = write!(
                        self.out,
                        "<sup id=\"fnref{number}\" style=\"font-size:0.7em;line-height:0;\"><a href=\"#fn{number}\" style=\"color:#{};text-decoration:none;\">[{number}]</a></sup>",
                        self.style.rule_color.hex()
                    );
                }
                Inline::LineBreak => self.out.push_str("<br>"),
            }
        }
    }
}

/// The title, escaped, with the regions and 社会工作 it names (the document's keywords) each
/// in a span that does not wrap: a browser breaks Chinese between any two ideographs and would
/// split 四|川 across the title's lines, as the PDF, DOCX and Typst titles no longer do.
fn title_markup(title: &str, keywords: &[String]) -> String {
    kept_together(
        title,
        jianbao_doc::kept_word_spans(title, keywords),
        visible,
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn title_keywords_do_not_wrap() {
        let words = vec!["四川".to_string(), "社会工作".to_string()];
        assert_eq!(
            title_markup("安徽、四川<社会工作>", &words),
            "安徽、<span style=\"white-space:nowrap\">四川</span>&lt;\
             <span style=\"white-space:nowrap\">社会工作</span>&gt;"
        );
    }

    use super::*;
    use jianbao_doc::parse_markdown;

    #[test]
    fn numbers_keep_their_units_in_every_visible_text() {
        let kept = |t: &str| format!("{NOWRAP}{t}</span>");
        assert_eq!(
            visible("截至2021年12月"),
            format!("截至{}{}", kept("2021年"), kept("12月"))
        );
        assert_eq!(
            visible("27.5万人<3个>"),
            format!("{}人&lt;{}&gt;", kept("27.5万"), kept("3个"))
        );
        assert_eq!(visible("增长5.5%，万人"), "增长5.5%，万人");
        let md = "+++\ntitle = \"2026年第3期\"\nsubtitle = \"截至11月\"\ndate = \"2026年11月22日\"\n+++\n\n# 3个方面\n\n共`12个`站点。\n";
        let html = render_html(
            &parse_markdown(md, "t.md").unwrap(),
            &StyleSheet::default_sheet(),
        );
        for want in [
            format!("{}第{}</h1>", kept("2026年"), kept("3期")),
            format!(">截至{}</p>", kept("11月")),
            format!(">{}{}{}</p>", kept("2026年"), kept("11月"), kept("22日")),
            format!(">{}方面</h2>", kept("3个")),
            format!("<code>{}</code>", kept("12个")),
        ] {
            assert!(html.contains(&want), "{want} missing from {html}");
        }
        // Attributes are not laid out: the page title and metadata stay as written.
        assert!(html.contains("<title>2026年第3期</title>"), "{html}");
    }

    const MD: &str = "+++\ntitle = \"简报<测试>\"\ndate = \"2026年11月22日\"\n+++\n\n# 一、概况\n\n浙江持证社工**27.5万人**[^a]。\n\nTable: 表1 指标\n\n| 指标 | 浙江 |\n|---|--:|\n| 持证 | 27.5万人 |\n\n注：省级口径。\n\n[链接](javascript:alert(1))\n\n[^a]: 来源《潮新闻》。\n";

    #[test]
    fn renders_a_complete_page() {
        let doc = parse_markdown(MD, "t.md").unwrap();
        let html = render_html(&doc, &StyleSheet::default_sheet());
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<title>简报&lt;测试&gt;</title>"));
        assert!(html.contains("2026年</span><span style=\"white-space:nowrap\">11月</span>"));
        assert!(
            html.contains("<strong><span style=\"white-space:nowrap\">27.5万</span>人</strong>")
        );
        assert!(html.contains("href=\"#fn1\""));
        assert!(html.contains("<li id=\"fn1\""));
        assert!(html.contains("来源《潮新闻》。"));
        assert!(html.contains("<caption"));
        assert!(html.contains("表1 指标"));
        assert!(html.contains("注：省级口径。"));
        assert!(html.contains(
            "text-align:right;\"><span style=\"white-space:nowrap\">27.5万</span>人</td>"
        ));
        assert!(!html.contains("javascript:"), "unsafe link kept");
        assert!(!html.contains("<script"));
    }

    #[test]
    fn every_visible_text_is_in_the_page() {
        let doc = parse_markdown(MD, "t.md").unwrap();
        let html = render_html(&doc, &StyleSheet::default_sheet());
        for text in doc.visible_texts() {
            let escaped = escape(&text.replace("[1]", ""));
            let plain = html.replace("<strong>", "").replace("</strong>", "");
            let stripped = strip_tags(&plain);
            assert!(
                stripped.contains(&escaped.replace("[1]", "")),
                "missing {text:?}"
            );
        }
    }

    fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("[1]", "")
    }
}
