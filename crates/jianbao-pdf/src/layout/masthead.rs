//! The 报头 (name, issue, unit and date, red rule) and the 报尾 (报/送/发 lines between rules)
//! of a 简报, laid out from the document's metadata.

use super::{Builder, FlowBox, Frame, Item};
use crate::{Location, PdfError};
use jianbao_doc::{Color, Document, Inline, ParagraphStyle, TextAlign};

impl Builder<'_> {
    /// The 报头 above the title: the name in red, 第N期, the unit at the left and the date at
    /// the right of one line, and a red rule across the text width.
    pub(super) fn masthead(&mut self, doc: &Document, frame: Frame) -> Result<(), PdfError> {
        let Some(m) = &doc.meta.masthead else {
            return Ok(());
        };
        let sheet = self.sheet;
        let loc = Location::Title;
        self.paragraph(
            &[Inline::text(m.name.clone())],
            &sheet.masthead_name,
            frame,
            &loc,
            None,
            None,
        )?;
        if !m.issue.trim().is_empty() {
            let issue = [Inline::text(m.issue.clone())];
            self.paragraph(&issue, &sheet.masthead_issue, frame, &loc, None, None)?;
        }
        let (unit, date) = (m.unit.trim(), m.date.trim());
        if !unit.is_empty() {
            let style = ParagraphStyle {
                align: TextAlign::Left,
                ..sheet.masthead_info.clone()
            };
            self.paragraph(&[Inline::text(unit)], &style, frame, &loc, None, None)?;
        }
        if !date.is_empty() {
            let style = ParagraphStyle {
                align: TextAlign::Right,
                ..sheet.masthead_info.clone()
            };
            let before = self.boxes.len();
            self.paragraph(&[Inline::text(date)], &style, frame, &loc, None, None)?;
            // Unit and date share one line: the date's items join the unit's line.
            if !unit.is_empty() && self.boxes.len() == before + 1 {
                if let Some(date_box) = self.boxes.pop() {
                    if let Some(unit_box) = self.boxes.last_mut() {
                        unit_box.items.extend(date_box.items);
                    }
                }
            }
        }
        self.rule(
            frame,
            sheet.masthead_rule_width_pt,
            sheet.masthead_rule_color,
            8.0,
        );
        Ok(())
    }

    /// The 报尾 after the notes: a rule, the 报/送/发 lines, a rule.
    pub(super) fn colophon(&mut self, doc: &Document, frame: Frame) -> Result<(), PdfError> {
        if doc.meta.colophon.is_empty() {
            return Ok(());
        }
        let sheet = self.sheet;
        self.pending_space = self.pending_space.max(18.0);
        self.rule(frame, 0.75, Color { r: 0, g: 0, b: 0 }, 2.0);
        let style = ParagraphStyle {
            keep_with_next: true,
            ..sheet.colophon.clone()
        };
        for line in &doc.meta.colophon {
            let content = [Inline::text(line.clone())];
            self.paragraph(&content, &style, frame, &Location::Title, None, None)?;
        }
        self.rule(frame, 0.75, Color { r: 0, g: 0, b: 0 }, 0.0);
        Ok(())
    }

    /// A horizontal rule across `frame`, `space_after` points above the next block.
    fn rule(&mut self, frame: Frame, width: f32, color: Color, space_after: f32) {
        let gap = std::mem::take(&mut self.pending_space);
        self.boxes.push(FlowBox {
            height: width + 2.0,
            gap_before: gap.max(2.0),
            keep_with_next: true,
            items: vec![Item::Rule {
                x1: frame.left,
                y1: 1.0 + width / 2.0,
                x2: frame.left + frame.width,
                y2: 1.0 + width / 2.0,
                width,
                color,
            }],
            ..FlowBox::default()
        });
        self.pending_space = space_after;
    }
}
