//! Charts in the PDF: the shared chart layout drawn with the PDF's own fills, rules and text.
//!
//! Text goes through the same font resolution, measuring and subsetting as the body, so chart
//! labels are real text in the embedded fonts (searchable, copyable) and the subsets hold their
//! characters. Anchored labels are placed with the fonts' real advances.

use jianbao_doc::{Anchor, Chart, ChartLayout, Mark};

use super::{Builder, FlowBox, Frame, Glyph, Item, TextLine};
use crate::text::CharStyle;
use crate::{Location, PdfError};

/// Width of the outline of local bars, in points (as in the SVG).
const OUTLINE_WIDTH: f32 = 0.75;

impl Builder<'_> {
    /// Lays out a chart as one unbreakable box as wide as the text.
    pub(super) fn chart(
        &mut self,
        chart: &Chart,
        frame: Frame,
        loc: &Location,
    ) -> Result<(), PdfError> {
        let sheet = self.sheet;
        let layout = ChartLayout::new(chart, sheet, frame.width);
        let mut items = Vec::with_capacity(layout.marks.len() + 8);
        for mark in &layout.marks {
            match mark {
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    fill,
                    stroke,
                } => {
                    let (x, y, w, h) = (frame.left + x, *y, *width, *height);
                    items.push(Item::Fill {
                        x,
                        y,
                        width: w,
                        height: h,
                        color: *fill,
                    });
                    if let Some(color) = *stroke {
                        let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)];
                        for pair in corners.windows(2) {
                            items.push(Item::Rule {
                                x1: pair[0].0,
                                y1: pair[0].1,
                                x2: pair[1].0,
                                y2: pair[1].1,
                                width: OUTLINE_WIDTH,
                                color,
                            });
                        }
                    }
                }
                Mark::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    color,
                } => items.push(Item::Rule {
                    x1: frame.left + x1,
                    y1: *y1,
                    x2: frame.left + x2,
                    y2: *y2,
                    width: *width,
                    color: *color,
                }),
                Mark::Text {
                    x,
                    y,
                    text,
                    anchor,
                    style,
                } => {
                    let char_style = CharStyle {
                        family: style.family,
                        bold: style.bold,
                        size: style.size,
                        color: style.color,
                        rise: 0.0,
                        link: None,
                        note: false,
                    };
                    let chars: Vec<(char, CharStyle)> =
                        text.chars().map(|c| (c, char_style)).collect();
                    let measured = self.collector.measure(&chars, loc)?;
                    let width: f32 = measured.iter().map(|m| m.gap_before + m.advance).sum();
                    let mut pen = frame.left
                        + match anchor {
                            Anchor::Start => *x,
                            Anchor::Middle => x - width / 2.0,
                            Anchor::End => x - width,
                        };
                    let mut glyphs = Vec::with_capacity(measured.len());
                    for m in &measured {
                        pen += m.gap_before;
                        if m.drawn {
                            glyphs.push(Glyph {
                                ch: m.ch,
                                x: pen,
                                face: m.face,
                                size: m.style.size,
                                advance: m.glyph_advance,
                                color: m.style.color,
                                rise: 0.0,
                            });
                        }
                        pen += m.advance;
                    }
                    self.collector.record(&glyphs);
                    items.push(Item::Text(TextLine {
                        baseline: *y,
                        glyphs,
                        node: self.current,
                    }));
                }
            }
        }
        self.boxes.push(FlowBox {
            height: layout.height,
            gap_before: self.pending_space.max(sheet.caption.space_before_pt),
            break_before: std::mem::take(&mut self.break_next),
            items,
            ..FlowBox::default()
        });
        self.pending_space = sheet.body.space_after_pt.max(sheet.caption.space_after_pt);
        Ok(())
    }
}
