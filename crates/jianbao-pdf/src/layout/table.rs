//! Tables: column widths from content, rows set cell by cell, rows taller than a page cut
//! into pieces, and the header row repeated on every page a table runs onto.

use jianbao_doc::{Align, Color, ParagraphStyle, Table, TextAlign};

use super::pages::shift;
use super::{Builder, FlowBox, Frame, Item, SetLine, StructNode};
use crate::text::{min_max_width, Measured};
use crate::{Location, PdfError};

impl Builder<'_> {
    pub(super) fn table(
        &mut self,
        table: &Table,
        frame: Frame,
        loc: &Location,
    ) -> Result<(), PdfError> {
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
