//! A table whose last column is a stacked bar: schools, levels and
//! evaluators, each with a few figures and how their ratings split over
//! the levels. Drawn as graphics of at most a page each, the column titles
//! repeated on every part, with the level legend on the first.

use super::super::blocks::Block;
use super::super::document::Document;
use super::super::style::{ACCENT, Face, INK, RULE};
use super::bars::{BAR, Place, legend, stacked, ticks};
use super::components::TICK;
use super::sketch::{Align, Ink, Sketch};
use crate::summary::palette::level_tags;

const ROW: f32 = 14.0;
const HEAD: f32 = 14.0;
const ROWS_PER_PART: usize = 40;
const GAP: f32 = 8.0;

/// One row: its label, figures (text and whether bold) and ratings per level.
pub(super) struct BarRow {
    pub label: String,
    pub figures: Vec<(String, bool)>,
    pub counts: Vec<usize>,
}

/// The table: the label column's title and width, each figure column's
/// title and width (right-aligned), the level names, and a total row.
pub(super) struct BarTable<'a> {
    pub label: (&'a str, f32),
    pub columns: &'a [(&'a str, f32)],
    pub levels: &'a [String],
    pub rows: Vec<BarRow>,
    pub total: Option<BarRow>,
}

impl BarTable<'_> {
    pub fn push(self, doc: &mut Document) {
        let fonts = doc.fonts();
        let width = doc.body_width();
        let parts: Vec<&[BarRow]> = self.rows.chunks(ROWS_PER_PART).collect();
        let count = parts.len().max(1);
        for p in 0..count {
            let rows = parts.get(p).copied().unwrap_or_default();
            let mut s = Sketch::new(fonts);
            let top = if p == 0 {
                legend(&mut s, 0.0, width, self.levels) + 4.0
            } else {
                0.0
            };
            let total = if p + 1 == count {
                self.total.as_ref()
            } else {
                None
            };
            doc.push(self.part(s, top, width, rows, total));
        }
    }

    fn part(
        &self,
        mut s: Sketch,
        top: f32,
        width: f32,
        rows: &[BarRow],
        total: Option<&BarRow>,
    ) -> Block {
        let figures: f32 = self.columns.iter().map(|(_, w)| w).sum();
        let bar_x = self.label.1 + figures + GAP;
        let bar_w = width - bar_x;
        let head = Ink {
            face: Face::Bold,
            size: 7.3,
            color: ACCENT,
        };
        s.text(0.0, top + 1.0, Align::Left, head, self.label.0);
        let mut right = self.label.1;
        for (title, w) in self.columns {
            right += w;
            s.text(right, top + 1.0, Align::Right, head, title);
        }
        ticks(&mut s, bar_x, top + 2.0, bar_w, TICK);
        s.rule(0.0, width, top + HEAD, 0.8, ACCENT);
        let mut y = top + HEAD + 1.0;
        for row in rows {
            self.row(&mut s, y, bar_x, bar_w, row, false);
            y += ROW;
            s.rule(0.0, width, y, 0.3, RULE);
        }
        if let Some(total) = total {
            s.rule(0.0, width, y, 0.8, ACCENT);
            y += 1.5;
            self.row(&mut s, y, bar_x, bar_w, total, true);
            y += ROW;
        }
        s.finish(y + 1.0, 10.0)
    }

    fn row(&self, s: &mut Sketch, y: f32, bar_x: f32, bar_w: f32, row: &BarRow, total: bool) {
        let ink = |bold: bool| Ink {
            face: if bold { Face::Bold } else { Face::Regular },
            size: 7.8,
            color: if total { ACCENT } else { INK },
        };
        let label = s.fit(ink(total), &row.label, self.label.1 - 6.0);
        s.text(0.0, y + 2.0, Align::Left, ink(total), &label);
        let mut right = self.label.1;
        for ((text, bold), (_, w)) in row.figures.iter().zip(self.columns) {
            right += w;
            s.text(right, y + 2.0, Align::Right, ink(*bold || total), text);
        }
        let place = Place {
            x: bar_x,
            top: y + (ROW - BAR) / 2.0,
            width: bar_w,
            height: BAR,
        };
        stacked(s, place, &row.counts, &level_tags(self.levels));
    }
}
