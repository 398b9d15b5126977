//! Pagination: flow boxes placed on pages (keep-with-next groups, hard breaks, repeated
//! table headers), then the running header and the page-numbered footer of every page.

use jianbao_doc::{Document, Inline, PT_PER_MM};

use super::{Builder, FlowBox, Frame, Item, OutlineEntry, Page, TextLine};
use crate::{Location, PdfError, PdfOptions};

impl Builder<'_> {
    /// Places the flow boxes on pages. Returns pages and outline entries.
    pub(super) fn paginate(&mut self, top: f32) -> (Vec<Page>, Vec<OutlineEntry>) {
        let avail = self.text_height;
        let mut pages = vec![Page::default()];
        let mut outline = Vec::new();
        let mut y = 0.0f32;
        let mut boxes = std::mem::take(&mut self.boxes);
        let headers = std::mem::take(&mut self.headers);
        let starts =
            pull_back_short_pages(&mut boxes, &headers, avail, self.sheet.body.line_pitch_pt());
        let mut i = 0;
        while i < boxes.len() {
            let b = &boxes[i];
            if starts[i] {
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

    pub(super) fn headers_and_footers(
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

/// Which boxes start a new page (`true`), by the rules `paginate` follows: a hard break
/// (`break_before`) on a page that has content, or a box whose keep-with-next group does not
/// fit in what is left of the page.
fn plan(boxes: &[FlowBox], headers: &[FlowBox], avail: f32) -> Vec<bool> {
    let mut starts = vec![false; boxes.len()];
    let mut y = 0.0f32;
    let mut page_empty = true;
    for (i, b) in boxes.iter().enumerate() {
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
            starts[i] = true;
            y = 0.0;
            page_empty = true;
            if let Some(h) = b.header {
                y += headers[h].height;
                page_empty &= headers[h].items.is_empty();
            }
        }
        let gap = if y == 0.0 { 0.0 } else { b.gap_before };
        y += gap + b.height;
        page_empty &= b.items.is_empty() && (gap == 0.0 || b.gap_items.is_empty());
    }
    starts
}

/// Lines (boxes) a page before a hard break may hold and still be taken into the page before.
const MOST_LINES: usize = 3;

/// The most the spacing between paragraphs of a page may close up to take in a short page.
const LEAST_GAP: [f32; 2] = [0.75, 0.5];

/// A page that holds only the last few lines before a hard page break (the body's closing
/// sentence alone on a page before the 附表, or a heading and its sentence) reads as a layout
/// fault. The page before it closes
/// up the space between its paragraphs, by at most half, to take those lines in; when that is
/// not enough the layout stays as it was. Returns which boxes start a page (see [`plan`]).
fn pull_back_short_pages(
    boxes: &mut [FlowBox],
    headers: &[FlowBox],
    avail: f32,
    line: f32,
) -> Vec<bool> {
    let mut starts = plan(boxes, headers, avail);
    for k in 1..boxes.len() {
        if !(boxes[k].break_before && starts[k]) {
            continue;
        }
        // the short page: from the last page start before the break
        let Some(s) = (1..k).rev().find(|&i| starts[i]) else {
            continue;
        };
        if boxes[s].break_before || boxes[s].header.is_some() {
            continue;
        }
        let content: f32 = boxes[s..k].iter().map(|b| b.height).sum::<f32>()
            + boxes[s + 1..k].iter().map(|b| b.gap_before).sum::<f32>();
        if k - s > MOST_LINES || content > (MOST_LINES + 1) as f32 * line + 0.5 {
            continue;
        }
        let first = (1..s).rev().find(|&i| starts[i]).unwrap_or(0);
        let gaps: Vec<f32> = boxes[first + 1..k].iter().map(|b| b.gap_before).collect();
        for factor in LEAST_GAP {
            for (b, gap) in boxes[first + 1..k].iter_mut().zip(&gaps) {
                b.gap_before = gap * factor;
            }
            let trial = plan(boxes, headers, avail);
            if trial[first + 1..k].iter().all(|s| !s) {
                starts = trial;
                break;
            }
            for (b, gap) in boxes[first + 1..k].iter_mut().zip(&gaps) {
                b.gap_before = *gap;
            }
        }
    }
    starts
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

pub(super) fn shift(item: Item, dy: f32) -> Item {
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
