//! PDF: the text layer in reading order, one paragraph a line.
//!
//! pdf-extract (on lopdf) decodes each glyph through the font's ToUnicode CMap or encoding and
//! gives its position; this module puts glyphs on the same baseline into lines (in content-stream
//! order, which is the order the producer wrote), drops page numbers and the running headers and
//! footers that stand in the page margin apart from the body text block, and joins the lines of
//! a paragraph: a paragraph ends
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

/// A line's text with its digits and spaces left out, to recognise a running header or footer
/// that carries the page number (`第3页 共12页`, `2024年工作报告 3`).
fn without_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect()
}

/// How far apart two baselines on different pages may be and still be the same place on the
/// page: producers place running lines at a fixed position, so a point or two covers rounding.
const SAME_PLACE_PT: f64 = 2.5;

/// How much wider than the body's line pitch the gap between a margin line and the body text
/// block must be. Headers and footers sit in the page margin, clearly apart from the body (in
/// Chinese official documents and Word's defaults the gap is two line pitches or more), while
/// the lines of the body, even across a paragraph break, follow each other at about one pitch.
const MARGIN_GAP_PITCHES: f64 = 1.5;

/// The usual distance between consecutive lines of the document's body: the median gap between
/// consecutive baselines on a page.
fn body_pitch(pages: &[Vec<Line>]) -> f64 {
    let mut gaps: Vec<f64> = Vec::new();
    for page in pages {
        let rows = baselines(page);
        gaps.extend(
            rows.windows(2)
                .map(|w| w[1] - w[0])
                .filter(|gap| *gap > 0.5),
        );
    }
    if gaps.is_empty() {
        return 12.0;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2]
}

/// The page's distinct baselines, top to bottom (lines less than a point apart share one).
fn baselines(page: &[Line]) -> Vec<f64> {
    let mut ys: Vec<f64> = page.iter().map(|l| l.y).collect();
    ys.sort_by(f64::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    ys
}

/// The baselines of the page's top and bottom margin bands: the one or two outermost rows on
/// each side that are set apart from the rest of the page (the body text block) by a clear gap.
/// A page whose outer rows follow the body at its usual pitch has no band on that side.
fn margin_band(page: &[Line], pitch: f64) -> Vec<f64> {
    let rows = baselines(page);
    let mut band = Vec::new();
    if rows.len() == 1 {
        return rows;
    }
    let clear = MARGIN_GAP_PITCHES * pitch;
    let outer = 2.min(rows.len() - 1);
    if let Some(k) = (0..outer).find(|&k| rows[k + 1] - rows[k] >= clear) {
        band.extend_from_slice(&rows[..=k]);
    }
    let n = rows.len();
    if let Some(k) = (0..outer).find(|&k| rows[n - 1 - k] - rows[n - 2 - k] >= clear) {
        band.extend_from_slice(&rows[n - 1 - k..]);
    }
    band
}

/// Drops page numbers and running headers and footers: lines in a page's margin band (apart
/// from the body text block by a clear gap) that are a page number, or whose text (digits
/// aside) recurs in the margin band at the same place on at least a third of the pages (two at
/// least) and more often there than inside the body. Body lines that repeat (tables with equal
/// rows, recurring sentences) follow the body at its usual pitch, so they are never in a band
/// and are kept wherever they fall on the page.
fn drop_running_lines(pages: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    use std::collections::HashMap;
    let pitch = body_pitch(&pages);
    let bands: Vec<Vec<f64>> = pages.iter().map(|p| margin_band(p, pitch)).collect();
    let in_band = |page: usize, line: &Line| bands[page].iter().any(|y| (y - line.y).abs() < 1.0);
    // where each margin text stands, page by page; how often each text occurs inside the body
    let mut margin_places: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
    let mut body_count: HashMap<String, usize> = HashMap::new();
    for (p, page) in pages.iter().enumerate() {
        for line in page {
            let key = without_digits(&line.text);
            if in_band(p, line) {
                margin_places.entry(key).or_default().push((p, line.y));
            } else {
                *body_count.entry(key).or_default() += 1;
            }
        }
    }
    let needed = 2.max(pages.len().div_ceil(3));
    // the texts that run in the margin: the most pages on which one text stands at one place
    let running: std::collections::HashSet<String> = margin_places
        .into_iter()
        .filter(|(key, places)| {
            let at_one_place = places
                .iter()
                .map(|(_, y0)| {
                    let mut pages_here: Vec<usize> = places
                        .iter()
                        .filter(|(_, y)| (y - y0).abs() <= SAME_PLACE_PT)
                        .map(|(p, _)| *p)
                        .collect();
                    pages_here.dedup();
                    pages_here.len()
                })
                .max()
                .unwrap_or(0);
            at_one_place >= needed && at_one_place > body_count.get(key).copied().unwrap_or(0)
        })
        .map(|(key, _)| key)
        .collect();
    pages
        .into_iter()
        .enumerate()
        .map(|(p, page)| {
            page.into_iter()
                .filter(|line| {
                    !(in_band(p, line)
                        && (is_page_number(&line.text)
                            || running.contains(&without_digits(&line.text))))
                })
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

    /// A page of lines at the given baselines, all at the left margin in 12 pt type.
    fn page(lines: &[(&str, f64)]) -> Vec<Line> {
        lines
            .iter()
            .map(|(text, y)| Line {
                text: (*text).to_owned(),
                x_start: 72.0,
                x_end: 72.0 + 12.0 * text.chars().count() as f64,
                y: *y,
                size: 12.0,
            })
            .collect()
    }

    /// Body rows from y = 100 at a 20 pt pitch.
    fn body(rows: &[&'static str]) -> Vec<(&'static str, f64)> {
        rows.iter()
            .enumerate()
            .map(|(i, t)| (*t, 100.0 + 20.0 * i as f64))
            .collect()
    }

    fn texts(pages: Vec<Vec<Line>>) -> Vec<String> {
        pages.into_iter().flatten().map(|l| l.text).collect()
    }

    #[test]
    fn repeated_body_lines_at_the_page_edges_are_kept() {
        // a table whose equal rows begin and end every page, and no header or footer
        let rows = ["小计 12 8 4", "社区 3 2 1", "街道 5 3 2", "小计 12 8 4"];
        let pages: Vec<Vec<Line>> = (0..6).map(|_| page(&body(&rows))).collect();
        let kept = texts(drop_running_lines(pages));
        assert_eq!(kept.iter().filter(|t| *t == "小计 12 8 4").count(), 12);
        assert_eq!(kept.len(), 24);
    }

    #[test]
    fn a_paragraph_tail_after_a_paragraph_break_stays_in_the_body() {
        // every page begins with the same short last line of a paragraph, then a paragraph break
        // (half a pitch more) and the next paragraph; the page numbers below are dropped
        let pages: Vec<Vec<Line>> = (1..=5)
            .map(|n| {
                let mut lines = vec![("服务时长达到310万小时。", 100.0)];
                lines.extend(
                    body(&[
                        "　　全市登记注册社会组织1.6万家，其中",
                        "社区社会组织9800余家。",
                    ])
                    .into_iter()
                    .map(|(t, y)| (t, y + 30.0)),
                );
                let number = Box::leak(format!("- {n} -").into_boxed_str());
                lines.push((number, 800.0));
                page(&lines)
            })
            .collect();
        let kept = texts(drop_running_lines(pages));
        assert_eq!(kept.iter().filter(|t| t.starts_with("服务时长")).count(), 5);
        assert!(!kept.iter().any(|t| t.starts_with("- ")), "{kept:?}");
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_dropped() {
        let total = 8;
        let pages: Vec<Vec<Line>> = (1..=total)
            .map(|n| {
                let mut lines = vec![("中共某市委社会工作部2024年工作总结", 50.0)];
                lines.extend(body(&[
                    "　　截至年底，全市持证社会工作者达到3.2万人，",
                    "较上年增长18%。",
                    "小计 12 8 4",
                ]));
                if n == total {
                    // the unit's name signs the report at its end, inside the body
                    lines.push(("中共某市委社会工作部", 160.0));
                }
                let footer = Box::leak(format!("第{n}页 共{total}页").into_boxed_str());
                lines.push(("中共某市委社会工作部", 780.0));
                lines.push((footer, 800.0));
                page(&lines)
            })
            .collect();
        let kept = texts(drop_running_lines(pages));
        assert!(!kept.iter().any(|t| t.contains("工作总结")), "{kept:?}");
        assert!(!kept.iter().any(|t| t.starts_with('第')), "{kept:?}");
        // the footer's unit name is gone from every page; the signature in the body stays
        assert_eq!(
            kept.iter().filter(|t| *t == "中共某市委社会工作部").count(),
            1,
            "{kept:?}"
        );
        assert_eq!(kept.iter().filter(|t| *t == "小计 12 8 4").count(), total);
    }

    #[test]
    fn a_line_in_the_margin_of_few_pages_or_at_varying_places_is_body_text() {
        // a heading alone at the top of two of nine pages, at different places
        let pages: Vec<Vec<Line>> = (0..9)
            .map(|n| {
                let mut lines = body(&["　　全市已建成社会工作站196个，", "实现全覆盖。"]);
                if n == 2 || n == 5 {
                    lines.insert(0, ("三、志愿服务", 40.0 + 5.0 * n as f64));
                }
                page(&lines)
            })
            .collect();
        let kept = texts(drop_running_lines(pages));
        assert_eq!(kept.iter().filter(|t| *t == "三、志愿服务").count(), 2);
    }
}
