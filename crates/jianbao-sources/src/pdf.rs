//! PDF: the text layer in reading order, one paragraph a line.
//!
//! pdf-extract (on lopdf) decodes each glyph through the font's ToUnicode CMap or encoding and
//! gives its position; this module puts glyphs on the same baseline into lines (in content-stream
//! order, which is the order the producer wrote), drops running headers and page numbers that
//! repeat at the top or bottom of the pages, and joins the lines of a paragraph: a paragraph ends
//! at a short line, an indented line, a wider gap or a change of type size. Kangxi radicals and
//! compatibility ideographs some fonts map to are unified afterwards (see `text`).

use crate::text::is_cjk;
use crate::{Format, Metadata, Rendering, SourceError};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

pub fn render(bytes: &[u8], file: &str) -> Result<Rendering, SourceError> {
    let unreadable = |what: String| SourceError::Unreadable {
        file: file.to_owned(),
        what,
    };
    let document = pdf_extract::Document::load_mem(bytes).map_err(|e| {
        unreadable(format!(
            "not a readable PDF ({e}); re-save or re-export it as PDF"
        ))
    })?;
    if document.is_encrypted() {
        return Err(unreadable(
            "the PDF is encrypted: save an unprotected copy to use it".to_owned(),
        ));
    }
    let metadata = info_metadata(&document);
    let mut collector = Collector::default();
    // pdf-extract asserts on some malformed files; a bad file must be an error, not a crash
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pdf_extract::output_doc(&document, &mut collector)
    }));
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(unreadable(format!("cannot read the text layer: {e}"))),
        Err(_) => {
            return Err(unreadable(
                "the PDF's structure is damaged, so its text cannot be read; re-export it as PDF"
                    .to_owned(),
            ))
        }
    }
    let pages = collector.pages;
    if pages
        .iter()
        .all(|p| p.iter().all(|l| l.text.trim().is_empty()))
    {
        return Err(SourceError::NeedsOcr {
            file: file.to_owned(),
            pages: pages.len(),
        });
    }
    Ok(Rendering {
        format: Format::Pdf,
        text: paragraphs(drop_running_lines(pages)),
        metadata,
        encoding: None,
    })
}

/// Title, author and creation date from the document information dictionary.
fn info_metadata(document: &pdf_extract::Document) -> Metadata {
    let mut m = Metadata::default();
    let Ok(info) = document
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .and_then(|id| document.get_dictionary(id))
    else {
        return m;
    };
    let text = |key: &[u8]| -> Option<String> {
        let bytes = info.get(key).ok()?.as_str().ok()?;
        let s = pdf_string(bytes);
        let s = crate::text::collapse_space(&s);
        (!s.is_empty()).then_some(s)
    };
    m.title = text(b"Title");
    m.author = text(b"Author");
    if let Some(date) = text(b"CreationDate").and_then(|d| {
        crate::text::normalize_date(d.trim_start_matches("D:").get(..8).unwrap_or_default())
    }) {
        m.date = Some(date);
        m.date_basis = Some("PDF information (CreationDate)".to_owned());
    }
    m
}

/// A PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding (Latin-1 here).
fn pdf_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => encoding_rs::UTF_16BE
            .decode_without_bom_handling(utf16)
            .0
            .into_owned(),
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// A line of text on a page, in page coordinates with y growing downwards.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    x_start: f64,
    x_end: f64,
    y: f64,
    size: f64,
}

/// Receives glyphs from pdf-extract and builds each page's lines.
#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Line>>,
    page_height: f64,
    current: Option<Line>,
}

impl Collector {
    fn finish_line(&mut self) {
        if let Some(line) = self.current.take() {
            if !line.text.trim().is_empty() {
                if let Some(page) = self.pages.last_mut() {
                    page.push(line);
                }
            }
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.finish_line();
        self.pages.push(Vec::new());
        self.page_height = media_box.ury - media_box.lly;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.finish_line();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let size = (font_size * trm.m11 * font_size * trm.m22).abs().sqrt();
        let x = trm.m31;
        let y = self.page_height - trm.m32;
        let advance = width * size;
        if text.chars().all(char::is_control) {
            return Ok(());
        }
        let same_line = self.current.as_ref().is_some_and(|line| {
            (line.y - y).abs() <= 0.5 * line.size.max(size) && x >= line.x_end - 0.5 * size
        });
        if !same_line {
            self.finish_line();
            self.current = Some(Line {
                text: String::new(),
                x_start: x,
                x_end: x,
                y,
                size,
            });
        }
        if let Some(line) = self.current.as_mut() {
            let gap = x - line.x_end;
            let last = line.text.chars().last();
            let next = text.chars().next();
            let both_cjk = matches!((last, next), (Some(a), Some(b)) if is_cjk(a) || is_cjk(b) || !a.is_ascii() && !b.is_ascii());
            if gap > 0.25 * size && !both_cjk && last.is_some_and(|c| c != ' ') && text != " " {
                line.text.push(' ');
            }
            line.text.push_str(text);
            line.x_end = x + advance;
            line.size = line.size.max(size);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A page number such as `3`, `- 3 -`, `第3页`, `3 / 12`.
fn is_page_number(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || "-—–/第页共·|()（）Page".contains(c))
}

/// A line's text with its digits left out, to recognise a running header or footer that
/// carries the page number.
fn without_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect()
}

/// Drops page numbers and the running headers and footers (the same text as the first or last
/// line of at least two pages and of half of them).
fn drop_running_lines(pages: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in &pages {
        let mut edge: Vec<String> = Vec::new();
        for line in page.iter().take(2).chain(page.iter().rev().take(2)) {
            let key = without_digits(&line.text);
            if !edge.contains(&key) {
                edge.push(key);
            }
        }
        for key in edge {
            *counts.entry(key).or_default() += 1;
        }
    }
    let needed = 2.max(pages.len().div_ceil(2));
    pages
        .into_iter()
        .map(|page| {
            let n = page.len();
            page.into_iter()
                .enumerate()
                .filter(|(i, line)| {
                    let at_edge = *i < 2 || *i + 2 >= n;
                    let running = counts
                        .get(&without_digits(&line.text))
                        .is_some_and(|&c| c >= needed);
                    !(at_edge && (running || is_page_number(&line.text)))
                })
                .map(|(_, line)| line)
                .collect()
        })
        .collect()
}

/// Joins each paragraph's lines into one line of text.
fn paragraphs(pages: Vec<Vec<Line>>) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut open = String::new();
    let mut previous: Option<Line> = None;
    for page in pages {
        let left = page.iter().map(|l| l.x_start).fold(f64::INFINITY, f64::min);
        let right = page
            .iter()
            .map(|l| l.x_end)
            .fold(f64::NEG_INFINITY, f64::max);
        let mut first_on_page = true;
        for line in page {
            let text = crate::text::collapse_space(&line.text);
            let continues = previous.as_ref().is_some_and(|p| {
                let full = p.x_end >= right - 1.5 * p.size;
                let indented = line.x_start > left + 0.8 * line.size;
                let same_size = (p.size - line.size).abs() <= 0.15 * p.size;
                let close = first_on_page || (line.y - p.y) <= 1.9 * p.size;
                full && !indented && same_size && close
            });
            if continues {
                let joins_words = open
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
                    && text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                if joins_words {
                    open.push(' ');
                }
                open.push_str(&text);
            } else {
                if !open.is_empty() {
                    out.push(std::mem::take(&mut open));
                }
                open = text;
            }
            previous = Some(line);
            first_on_page = false;
        }
    }
    if !open.is_empty() {
        out.push(open);
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_recognised() {
        for n in ["3", "- 3 -", "第3页", "3 / 12", "第 3 页 共 9 页"] {
            assert!(is_page_number(n), "{n}");
        }
        assert!(!is_page_number("2024年"));
        assert!(!is_page_number("社会组织"));
    }

    #[test]
    fn text_strings_in_utf16_are_decoded() {
        assert_eq!(pdf_string(&[0xFE, 0xFF, 0x79, 0x3E, 0x4F, 0x1A]), "社会");
        assert_eq!(pdf_string(b"Report"), "Report");
    }
}
