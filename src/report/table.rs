//! Tables in the flow: the header row is repeated on every page the table
//! reaches, alternate rows are shaded, and a row that does not fit moves to
//! the next page whole unless it is too tall, in which case it is split
//! between lines (never inside one).

use super::blocks::{Row, Table};
use super::flow::{Flow, Item, line_height};
use super::style::{ACCENT, Face, MUTED, RULE, SMALL, Span, TINT, ZEBRA};
use super::wrap::{Line, is_break_space};

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 3.5;
/// A row of at most this many lines is never split across pages.
const KEEP_ROW_LINES: usize = 8;

/// A row wrapped into its columns.
struct LaidRow<'t> {
    /// (spans, lines, x offset within the table) per cell.
    cells: Vec<(&'t [Span], Vec<Line>, f32)>,
    group: bool,
    lines: usize,
}

impl Flow<'_> {
    /// Column widths from their shares, widened where needed so the longest
    /// word of a column (a level name, a header) is not broken, up to a
    /// third of the table; the other columns give up the room.
    fn column_widths(&self, table: &Table) -> Vec<f32> {
        let width = self.frame.width();
        let count = table.columns.len().max(1) as f32;
        let total: f32 = table.columns.iter().map(|c| c.share.max(0.0)).sum();
        let mut widths: Vec<f32> = table
            .columns
            .iter()
            .map(|c| {
                if total > 0.0 {
                    width * c.share.max(0.0) / total
                } else {
                    width / count
                }
            })
            .collect();
        let mut mins: Vec<f32> = table
            .columns
            .iter()
            .map(|c| {
                if table.header {
                    self.widest_word(
                        &[Span::new(&c.title, Face::Bold, ACCENT)],
                        Self::header_size(table),
                    )
                } else {
                    0.0
                }
            })
            .collect();
        for row in &table.rows {
            if let Row::Cells(cells) = row {
                for (min, cell) in mins.iter_mut().zip(cells) {
                    *min = min.max(self.widest_word(cell, table.size));
                }
            }
        }
        for min in &mut mins {
            *min = (*min + 2.0 * PAD_X + 0.5).min(width / 3.0);
        }
        let deficit: f32 = widths
            .iter()
            .zip(&mins)
            .map(|(w, m)| (m - w).max(0.0))
            .sum();
        let slack: f32 = widths
            .iter()
            .zip(&mins)
            .map(|(w, m)| (w - m).max(0.0))
            .sum();
        if deficit > 0.0 && slack > deficit {
            for (w, m) in widths.iter_mut().zip(&mins) {
                if *m > *w {
                    *w = *m;
                } else {
                    *w -= (*w - m) / slack * deficit;
                }
            }
        }
        widths
    }

    fn widest_word(&self, spans: &[Span], size: f32) -> f32 {
        spans
            .iter()
            .flat_map(|s| {
                // Words as the wrapper sees them: no-break spaces join.
                s.text
                    .split(is_break_space)
                    .map(move |word| self.fonts.width(s.face, word, size))
            })
            .fold(0.0, f32::max)
    }

    fn lay_row<'t>(&self, row: &'t Row, widths: &[f32], size: f32) -> LaidRow<'t> {
        match row {
            Row::Group(spans) => {
                let lines = self.wrap_spans(spans, size, self.frame.width() - 2.0 * PAD_X);
                LaidRow {
                    lines: lines.len().max(1),
                    cells: vec![(spans.as_slice(), lines, 0.0)],
                    group: true,
                }
            }
            Row::Cells(cells) => {
                let mut x = 0.0;
                let mut laid = Vec::new();
                for (cell, width) in cells.iter().zip(widths) {
                    let lines = self.wrap_spans(cell, size, width - 2.0 * PAD_X);
                    laid.push((cell.as_slice(), lines, x));
                    x += width;
                }
                LaidRow {
                    lines: laid
                        .iter()
                        .map(|(_, l, _)| l.len())
                        .max()
                        .unwrap_or(0)
                        .max(1),
                    cells: laid,
                    group: false,
                }
            }
        }
    }

    fn header_spans(table: &Table) -> Vec<Vec<Span>> {
        table
            .columns
            .iter()
            .map(|c| vec![Span::new(&c.title, Face::Bold, ACCENT)])
            .collect()
    }

    /// A little smaller than the rows; never larger than body text, even
    /// for a table of tall blank rows to write in.
    fn header_size(table: &Table) -> f32 {
        table.size.min(super::style::BODY) - 0.5
    }

    /// Height of the header and the first lines of the first row(s): what
    /// must fit for the table to start on this page (the whole table, if it
    /// is to be kept together and can be).
    pub(crate) fn table_lead(&self, table: &Table) -> f32 {
        let widths = self.column_widths(table);
        if table.keep_together {
            let whole = self.table_height(table, &widths);
            if whole <= self.frame.bottom - self.frame.top {
                return whole;
            }
        }
        let lh = line_height(table.size);
        let mut height = 0.0;
        if table.header {
            let header = Row::Cells(Self::header_spans(table));
            let laid = self.lay_row(&header, &widths, Self::header_size(table));
            height += laid.lines as f32 * line_height(Self::header_size(table)) + 2.0 * PAD_Y;
        }
        for row in &table.rows {
            let laid = self.lay_row(row, &widths, table.size);
            let lines = if laid.group {
                laid.lines
            } else {
                laid.lines.min(2)
            };
            height += lines as f32 * lh + 2.0 * PAD_Y;
            if !laid.group {
                break;
            }
        }
        height
    }

    fn table_height(&self, table: &Table, widths: &[f32]) -> f32 {
        let header = if table.header {
            let header = Row::Cells(Self::header_spans(table));
            let size = Self::header_size(table);
            self.lay_row(&header, widths, size).lines as f32 * line_height(size) + 2.0 * PAD_Y
        } else {
            0.0
        };
        header
            + table
                .rows
                .iter()
                .map(|r| {
                    self.lay_row(r, widths, table.size).lines as f32 * line_height(table.size)
                        + 2.0 * PAD_Y
                })
                .sum::<f32>()
    }

    pub(crate) fn table(&mut self, table: &Table) {
        if table.columns.is_empty() {
            return;
        }
        let widths = self.column_widths(table);
        let lh = line_height(table.size);
        let header_cells = Row::Cells(Self::header_spans(table));
        let header = table
            .header
            .then(|| self.lay_row(&header_cells, &widths, Self::header_size(table)));
        let rows: Vec<LaidRow> = table
            .rows
            .iter()
            .map(|r| self.lay_row(r, &widths, table.size))
            .collect();
        let lead = self.table_lead(table);
        self.need(lead);
        self.draw_header(table, header.as_ref(), false);
        let body = self.frame.bottom - self.frame.top;
        let mut shade = false;
        for (i, row) in rows.iter().enumerate() {
            let height = row.lines as f32 * lh + 2.0 * PAD_Y;
            // A group label stays with the first lines of the row after it.
            let keep = match rows.get(i + 1) {
                Some(next) if row.group => height + next.lines.min(2) as f32 * lh + 2.0 * PAD_Y,
                _ => height,
            };
            let fits_a_page = row.lines <= KEEP_ROW_LINES && height < body * 0.5;
            if keep > self.room() + 0.01 && (fits_a_page || row.group) {
                self.new_page();
                self.draw_header(table, header.as_ref(), true);
            }
            if row.group {
                shade = false;
            }
            self.split_row(table, header.as_ref(), row, shade);
            if !row.group {
                shade = !shade;
            }
        }
        self.y += table.space_after;
    }

    /// Draws a row from the cursor, split over as many pages as it needs:
    /// never leaving a single line alone at the foot of a page unless the
    /// page holds nothing else, each new page starting with the header.
    fn split_row(&mut self, table: &Table, header: Option<&LaidRow>, row: &LaidRow, shade: bool) {
        let lh = line_height(table.size);
        let mut from = 0;
        while from < row.lines {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a floor already clamped at 0, and a page holds far fewer lines than usize"
            )]
            let fit = ((self.room() - 2.0 * PAD_Y + 0.01) / lh).floor().max(0.0) as usize;
            let left = row.lines - from;
            let mut take = fit.min(left);
            if take < left && take < 2 {
                take = if self.at_top() { fit.max(1) } else { 0 };
            }
            if take == 0 {
                self.new_page();
                self.draw_header(table, header, true);
                if self.room() < 2.0 * PAD_Y + lh {
                    take = 1; // a header taller than the page; print anyway
                } else {
                    continue;
                }
            }
            let take = take.min(left);
            self.draw_row(table, row, from, take, shade);
            from += take;
            if from < row.lines {
                self.new_page();
                self.draw_header(table, header, true);
            }
        }
    }

    /// The header row at the cursor, or, for a ruled table without one, a
    /// rule above its first row; on a continuation page, the table's
    /// "continued" caption first.
    fn draw_header(&mut self, table: &Table, header: Option<&LaidRow>, continuation: bool) {
        if let (true, Some(caption)) = (continuation, &table.continued) {
            let spans = [Span::new(caption, Face::Italic, MUTED)];
            let lines = self.wrap_spans(&spans, SMALL, self.frame.width());
            for line in &lines {
                let y = self.y;
                self.draw_line(line, &spans, self.frame.left, y, SMALL);
                self.y += line_height(SMALL);
            }
            self.y += 2.0;
        }
        let Some(header) = header else {
            if table.rules {
                self.push(Item::Rule {
                    x1: self.frame.left,
                    x2: self.frame.right,
                    y: self.y,
                    thickness: 0.4,
                    color: RULE,
                });
            }
            return;
        };
        let size = Self::header_size(table);
        let height = header.lines as f32 * line_height(size) + 2.0 * PAD_Y;
        self.push(Item::Fill {
            x: self.frame.left,
            top: self.y,
            width: self.frame.width(),
            height,
            color: TINT,
        });
        self.draw_cells(header, 0, header.lines, size);
        self.y += height;
        self.push(Item::Rule {
            x1: self.frame.left,
            x2: self.frame.right,
            y: self.y,
            thickness: 0.8,
            color: ACCENT,
        });
    }

    /// Draws lines `from..from + take` of a row at the cursor and moves it down.
    fn draw_row(&mut self, table: &Table, row: &LaidRow, from: usize, take: usize, shade: bool) {
        let lh = line_height(table.size);
        let height = take as f32 * lh + 2.0 * PAD_Y;
        let fill = if !row.group && table.zebra && shade {
            Some(ZEBRA)
        } else {
            table.fill
        };
        if let Some(color) = fill {
            self.push(Item::Fill {
                x: self.frame.left,
                top: self.y,
                width: self.frame.width(),
                height,
                color,
            });
        }
        self.draw_cells(row, from, take, table.size);
        self.y += height;
        if table.rules {
            self.push(Item::Rule {
                x1: self.frame.left,
                x2: self.frame.right,
                y: self.y,
                thickness: 0.4,
                color: RULE,
            });
        }
    }

    fn draw_cells(&mut self, row: &LaidRow, from: usize, take: usize, size: f32) {
        let lh = line_height(size);
        let top = self.y + PAD_Y;
        for (spans, lines, x) in &row.cells {
            let left = self.frame.left + x + PAD_X;
            for (k, line) in lines.iter().skip(from).take(take).enumerate() {
                self.draw_line(line, spans, left, top + k as f32 * lh, size);
            }
        }
    }
}
