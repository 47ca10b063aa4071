//! The school × component heat map: a row per school, a column per
//! component, each cell shaded by the mean level score there and printed
//! with it, and a last row for all schools together. Columns that do not
//! fit across the page go into further grids below (about eleven columns
//! each on Letter, so the 22 Danielson components make two); a long list
//! of schools continues on the next page under repeated column titles.

use super::super::blocks::Block;
use super::super::document::Document;
use super::super::style::{ACCENT, Face, INK, MUTED, RULE, TINT};
use super::numbers::mean;
use super::palette;
use super::sketch::{Align, Ink, Sketch};
use crate::summary::RubricSummary;
use crate::summary::palette::position;

const LABEL: f32 = 132.0;
/// Narrowest and widest cell: the narrowest still holds "2.85" at 7 pt.
const MIN_CELL: f32 = 28.0;
const MAX_CELL: f32 = 44.0;
const CELL_H: f32 = 15.0;
const BAND: f32 = 12.0;
const HEAD: f32 = 13.0;
/// School rows per graphic, so one grid part fits a page.
const ROWS_PER_PART: usize = 34;

const SCHOOL: Ink = Ink {
    face: Face::Regular,
    size: 7.5,
    color: INK,
};
const COLUMN: Ink = Ink {
    face: Face::Bold,
    size: 7.2,
    color: ACCENT,
};
const DOMAIN: Ink = Ink {
    face: Face::Regular,
    size: 6.3,
    color: MUTED,
};

pub(super) fn heat_map(doc: &mut Document, rubric: &RubricSummary) {
    let fonts = doc.fonts();
    let width = doc.body_width();
    let map = &rubric.heat_map;
    let columns = map.components.len();
    if columns == 0 || map.schools.is_empty() {
        return;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a page width over a cell width is small; a negative one casts to 0, lifted to 1"
    )]
    let fit = (((width - LABEL) / MIN_CELL).floor() as usize).max(1);
    let grids = columns.div_ceil(fit);
    let per_grid = columns.div_ceil(grids);
    let (low, high) = score_range(rubric);
    for grid in 0..grids {
        let cols: Vec<usize> = (grid * per_grid..((grid + 1) * per_grid).min(columns)).collect();
        if cols.is_empty() {
            continue;
        }
        let cell = ((width - LABEL) / cols.len() as f32).min(MAX_CELL);
        let rows: Vec<usize> = (0..map.schools.len()).collect();
        let parts: Vec<&[usize]> = rows.chunks(ROWS_PER_PART).collect();
        for (p, part) in parts.iter().enumerate() {
            let last = p + 1 == parts.len();
            let mut sketch = Sketch::new(fonts);
            let top = if grid == 0 && p == 0 {
                legend(&mut sketch, rubric)
            } else {
                0.0
            };
            let grid_part = Grid {
                rubric,
                cols: &cols,
                rows: part,
                cell,
                low,
                high,
                all_schools: last,
            };
            doc.push(grid_part.draw(sketch, top));
        }
    }
}

/// The lowest and highest level scores: the two ends of the shading.
fn score_range(rubric: &RubricSummary) -> (f64, f64) {
    let low = rubric.levels.first().map_or(0.0, |l| f64::from(l.score));
    let high = rubric.levels.last().map_or(1.0, |l| f64::from(l.score));
    (low, high)
}

/// The shading ramp with each level's score and name under it, and what
/// the cells mean; returns the height used.
fn legend(s: &mut Sketch, rubric: &RubricSummary) -> f32 {
    let (low, high) = score_range(rubric);
    let ramp = 240.0;
    let steps = 60;
    for i in 0..steps {
        let x = ramp * i as f32 / steps as f32;
        let t = i as f32 / (steps - 1) as f32;
        s.fill(x, 0.0, ramp / steps as f32 + 0.3, 8.0, palette::scale(t));
    }
    level_marks(s, rubric, ramp, (low, high));
    legend_notes(s, rubric, ramp + 14.0);
    30.0
}

/// Each level's score and name under its place on the ramp.
fn level_marks(s: &mut Sketch, rubric: &RubricSummary, ramp: f32, (low, high): (f64, f64)) {
    let label = Ink {
        face: Face::Regular,
        size: 6.8,
        color: INK,
    };
    let n = rubric.levels.len();
    for (i, level) in rubric.levels.iter().enumerate() {
        let x = ramp * position(f64::from(level.score), (low, high));
        s.fill(x - 0.3, 8.0, 0.6, 3.0, INK);
        let align = match i {
            0 => Align::Left,
            _ if i + 1 == n => Align::Right,
            _ => Align::Center,
        };
        s.text(
            x,
            11.0,
            align,
            label,
            &format!("{} {}", level.score, level.name),
        );
    }
}

/// What the cells mean, beside the ramp at `x`.
fn legend_notes(s: &mut Sketch, rubric: &RubricSummary, x: f32) {
    let note = Ink {
        face: Face::Italic,
        size: 6.8,
        color: MUTED,
    };
    s.text(
        x,
        0.0,
        Align::Left,
        note,
        "Each cell: the mean level score of the",
    );
    s.text(
        x,
        9.0,
        Align::Left,
        note,
        "ratings at that school; a dash: not rated there.",
    );
    if rubric.heat_map.withheld.iter().flatten().any(|w| *w) {
        s.text(
            x,
            18.0,
            Align::Left,
            note,
            "*: left out, rated for too few educators.",
        );
    }
}

/// One grid: some columns, some schools.
struct Grid<'a> {
    rubric: &'a RubricSummary,
    cols: &'a [usize],
    rows: &'a [usize],
    cell: f32,
    low: f64,
    high: f64,
    /// Whether this part ends with the row for all schools.
    all_schools: bool,
}

impl Grid<'_> {
    /// The grid, its top at `start` (below a legend, if any).
    fn draw(&self, mut s: Sketch, start: f32) -> Block {
        let map = &self.rubric.heat_map;
        self.heads(&mut s, start);
        let mut top = start + BAND + HEAD;
        for &row in self.rows {
            let school = map.schools.get(row).map_or("", String::as_str);
            let label = s.fit(SCHOOL, school, LABEL - 6.0);
            s.text(0.0, top + 3.0, Align::Left, SCHOOL, &label);
            for (k, &c) in self.cols.iter().enumerate() {
                let value = map.cells.get(row).and_then(|r| r.get(c)).copied().flatten();
                let withheld = map
                    .withheld
                    .get(row)
                    .and_then(|r| r.get(c))
                    .copied()
                    .unwrap_or(false);
                self.cell_at(&mut s, LABEL + k as f32 * self.cell, top, (value, withheld));
            }
            top += CELL_H;
        }
        let top = self.last_rule(&mut s, top);
        s.finish(top + 2.0, 10.0)
    }

    /// The domain bands over runs of columns of one domain, then the
    /// component ids.
    fn heads(&self, s: &mut Sketch, start: f32) {
        let components = &self.rubric.components;
        let mut k = 0;
        while k < self.cols.len() {
            let domain = &components[self.cols[k]].domain_id;
            let run = self.cols[k..]
                .iter()
                .take_while(|&&c| components[c].domain_id == *domain)
                .count();
            let x = LABEL + k as f32 * self.cell;
            let w = run as f32 * self.cell;
            s.fill(x + 0.5, start, w - 1.0, BAND - 1.5, TINT);
            let name = &components[self.cols[k]].domain_name;
            let text = s.fit(DOMAIN, &format!("{domain} {name}"), w - 4.0);
            s.text(x + w / 2.0, start + 1.0, Align::Center, DOMAIN, &text);
            k += run;
        }
        for (k, &c) in self.cols.iter().enumerate() {
            let x = LABEL + (k as f32 + 0.5) * self.cell;
            let id = s.fit(COLUMN, &components[c].id, self.cell - 2.0);
            s.text(x, start + BAND + 1.0, Align::Center, COLUMN, &id);
        }
    }

    /// Under the schools' rows: the row for all schools (returns the top
    /// below it), or a closing rule.
    fn last_rule(&self, s: &mut Sketch, mut top: f32) -> f32 {
        let components = &self.rubric.components;
        if self.all_schools {
            s.rule(
                0.0,
                LABEL + self.cols.len() as f32 * self.cell,
                top + 1.0,
                0.8,
                ACCENT,
            );
            top += 2.5;
            let bold = Ink {
                face: Face::Bold,
                ..SCHOOL
            };
            s.text(0.0, top + 3.0, Align::Left, bold, "All schools");
            for (k, &c) in self.cols.iter().enumerate() {
                let value = components.get(c).and_then(|comp| comp.mean);
                self.cell_at(s, LABEL + k as f32 * self.cell, top, (value, false));
            }
            top += CELL_H;
        } else {
            s.rule(
                0.0,
                LABEL + self.cols.len() as f32 * self.cell,
                top + 1.0,
                0.4,
                RULE,
            );
        }
        top
    }

    /// A cell: its mean, a dash where nothing was rated, `*` where the mean
    /// is withheld because it rests on too few educators.
    fn cell_at(&self, s: &mut Sketch, x: f32, top: f32, (value, withheld): (Option<f64>, bool)) {
        let (fill, text) = match value {
            Some(v) => (palette::mean(v, (self.low, self.high)), mean(Some(v))),
            None if withheld => ((palette::EMPTY, MUTED), "*".to_string()),
            None => ((palette::EMPTY, MUTED), "–".to_string()),
        };
        let (fill, color) = fill;
        s.fill(x + 0.6, top + 0.6, self.cell - 1.2, CELL_H - 1.2, fill);
        let ink = Ink {
            face: Face::Regular,
            size: 7.0,
            color,
        };
        s.text(x + self.cell / 2.0, top + 3.2, Align::Center, ink, &text);
    }
}
