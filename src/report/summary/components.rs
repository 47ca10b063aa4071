//! The component chart: one stacked bar per component of a rubric, with
//! the mean, the number rated and the number marked "not observed" at the
//! right. Each domain is one graphic (the first also holds the legend), so
//! a long rubric breaks between domains; a domain longer than a page breaks
//! into parts that repeat its heading.

use super::super::document::Document;
use super::super::style::{ACCENT, Face, INK, MUTED, RULE};
use super::bars::{BAR, Place, legend, stacked, ticks};
use super::numbers::{count, mean};
use super::sketch::{Align, Ink, Sketch};
use crate::summary::RubricSummary;
use crate::summary::palette::level_tags;

/// Rows per graphic at most: a part of a domain that fits a page.
const ROWS_PER_PART: usize = 40;
const ROW: f32 = 13.0;
const HEAD: f32 = 26.0;
/// Width of the component labels, and of the three number columns.
const LABEL: f32 = 200.0;
const NUMBERS: f32 = 92.0;

const NAME: Ink = Ink {
    face: Face::Regular,
    size: 7.5,
    color: INK,
};
const ID: Ink = Ink {
    face: Face::Bold,
    size: 7.5,
    color: INK,
};
pub(super) const TICK: Ink = Ink {
    face: Face::Regular,
    size: 6.3,
    color: MUTED,
};
const DOMAIN: Ink = Ink {
    face: Face::Bold,
    size: 8.5,
    color: ACCENT,
};

pub(super) fn component_bars(doc: &mut Document, rubric: &RubricSummary) {
    let fonts = doc.fonts();
    let width = doc.body_width();
    let names: Vec<String> = rubric.levels.iter().map(|l| l.name.clone()).collect();
    let mut start = 0;
    let mut first = true;
    for domain in &rubric.domains {
        let rows: Vec<usize> = (start..rubric.components.len())
            .take_while(|&c| rubric.components[c].domain_id == domain.id)
            .collect();
        start += rows.len();
        for (p, part) in rows.chunks(ROWS_PER_PART).enumerate() {
            let continued = if p > 0 { " (continued)" } else { "" };
            let title = format!(
                "{} {}{continued} · domain mean {}",
                domain.id,
                domain.name,
                mean(domain.mean)
            );
            let mut s = Sketch::new(fonts);
            let top = if first {
                legend(&mut s, 0.0, width, &names) + 6.0
            } else {
                0.0
            };
            first = false;
            doc.push(domain_part(s, top, width, rubric, &title, part));
        }
    }
}

/// One domain's heading row (with the axis and column titles) and its bars, from `top`.
fn domain_part(
    mut s: Sketch,
    top: f32,
    width: f32,
    rubric: &RubricSummary,
    title: &str,
    rows: &[usize],
) -> super::super::blocks::Block {
    let bar_w = width - LABEL - NUMBERS - 6.0;
    let names: Vec<String> = rubric.levels.iter().map(|l| l.name.clone()).collect();
    let tags = &level_tags(&names);
    let numbers_x = LABEL + bar_w + 6.0;
    let title = s.fit(DOMAIN, title, width);
    s.text(0.0, top, Align::Left, DOMAIN, &title);
    ticks(&mut s, LABEL, top + 14.0, bar_w, TICK);
    for (title, right) in [("Mean", 26.0), ("Rated", 56.0), ("Not obs.", NUMBERS)] {
        s.text(numbers_x + right, top + 14.0, Align::Right, TICK, title);
    }
    s.rule(0.0, width, top + HEAD - 1.0, 0.4, RULE);
    for (k, &c) in rows.iter().enumerate() {
        let component = &rubric.components[c];
        let row = top + HEAD + k as f32 * ROW;
        s.text(0.0, row + 1.5, Align::Left, ID, &component.id);
        let id_w = s.width(ID, &component.id).max(14.0) + 4.0;
        let name = s.fit(NAME, &component.name, LABEL - id_w - 6.0);
        s.text(id_w, row + 1.5, Align::Left, NAME, &name);
        let place = Place {
            x: LABEL,
            top: row + (ROW - BAR) / 2.0,
            width: bar_w,
            height: BAR,
        };
        stacked(&mut s, place, &component.counts, tags);
        let figures = [
            (mean(component.mean), 26.0, Face::Bold),
            (count(component.rated()), 56.0, Face::Regular),
            (count(component.not_observed), NUMBERS, Face::Regular),
        ];
        for (text, right, face) in figures {
            let ink = Ink { face, ..NAME };
            s.text(numbers_x + right, row + 1.5, Align::Right, ink, &text);
        }
    }
    s.finish(top + HEAD + rows.len() as f32 * ROW, 8.0)
}
