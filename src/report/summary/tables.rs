//! Comparison tables: schools and school levels side by side, evaluator
//! calibration against the district, and inter-rater agreement.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::house_style::{absent, section, sub};
use super::super::style::{Face, INK, SMALL, Span};
use super::bar_table::{BarRow, BarTable};
use super::numbers::{count, counted, difference, mean, share};
use crate::summary::{Comparison, Summary};

/// Evaluators whose mean differs from the district's by this much or more are marked.
const NOTABLE: f64 = 0.25;

/// A ruled table with these column titles and shares, small print.
pub(super) fn grid(columns: &[(&str, f32)]) -> Table {
    let mut table = Table::grid(
        columns
            .iter()
            .map(|(title, share)| Column::new(*title, *share))
            .collect(),
    );
    table.size = 8.5;
    table
}

fn note(doc: &mut Document, text: String) {
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(text)]).size(SMALL),
    ));
}

pub(super) fn comparisons(doc: &mut Document, summary: &Summary) {
    section(doc, "Schools and levels compared");
    let mut text = "Mean: the mean level number of every component rating this year (1 = the lowest level); the bars split those ratings by level.".to_string();
    if summary.mixed_scales {
        text.push_str(
            " The rubrics used have different numbers of levels, so levels are compared by rank.",
        );
    }
    note(doc, text);
    for (title, label, rows) in [
        ("By school", "School", &summary.by_school),
        ("By school level", "Level", &summary.by_level),
    ] {
        sub(doc, vec![Span::bold(title)]);
        comparison_table(doc, summary, label, rows);
    }
}

fn comparison_table(doc: &mut Document, summary: &Summary, label: &str, rows: &[Comparison]) {
    let c = &summary.calibration;
    BarTable {
        label: (label, 150.0),
        columns: &[
            ("Educators", 44.0),
            ("Observations", 56.0),
            ("Ratings", 40.0),
            ("Mean", 32.0),
        ],
        levels: &summary.scale,
        rows: rows
            .iter()
            .map(|row| BarRow {
                label: row.label.clone(),
                figures: vec![
                    (count(row.educators), false),
                    (count(row.observations), false),
                    (count(row.ratings), false),
                    (mean(row.mean), true),
                ],
                counts: row.distribution.clone(),
            })
            .collect(),
        total: Some(BarRow {
            label: "District".into(),
            figures: vec![
                (count(summary.counts.educators), true),
                (count(summary.counts.observations), true),
                (count(c.district_ratings), true),
                (mean(c.district_mean), true),
            ],
            counts: c.district_distribution.clone(),
        }),
    }
    .push(doc);
}

pub(super) fn calibration(doc: &mut Document, summary: &Summary) {
    section(doc, "Evaluator calibration");
    let c = &summary.calibration;
    if c.evaluators.is_empty() {
        absent(doc, "No observations this year.");
        return;
    }
    note(
        doc,
        format!(
            "Each evaluator's ratings this year against the district's. Difference: the evaluator's mean minus the district's mean ({}); differences of {NOTABLE:.2} or more are in bold. A difference can come from the educators an evaluator sees as much as from how they rate.",
            mean(c.district_mean)
        ),
    );
    BarTable {
        label: ("Evaluator", 128.0),
        columns: &[
            ("Observations", 54.0),
            ("Educators", 42.0),
            ("Ratings", 36.0),
            ("Mean", 28.0),
            ("Difference", 44.0),
        ],
        levels: &summary.scale,
        rows: c
            .evaluators
            .iter()
            .map(|e| BarRow {
                label: e.name.clone(),
                figures: vec![
                    (count(e.observations), false),
                    (count(e.educators), false),
                    (count(e.ratings), false),
                    (mean(e.mean), true),
                    (
                        difference(e.difference),
                        e.difference.is_some_and(|d| d.abs() >= NOTABLE),
                    ),
                ],
                counts: e.distribution.clone(),
            })
            .collect(),
        total: Some(BarRow {
            label: "District".into(),
            figures: vec![
                (count(summary.counts.observations), true),
                (count(summary.counts.educators), true),
                (count(c.district_ratings), true),
                (mean(c.district_mean), true),
                (String::new(), false),
            ],
            counts: c.district_distribution.clone(),
        }),
    }
    .push(doc);
    agreement(doc, summary);
}

fn agreement(doc: &mut Document, summary: &Summary) {
    sub(doc, vec![Span::bold("Inter-rater agreement")]);
    let a = &summary.agreement;
    if a.withheld {
        absent(
            doc,
            &format!(
                "Left out: fewer than {} educators were observed by two or more evaluators.",
                summary.min_cell
            ),
        );
        return;
    }
    if a.pairs == 0 {
        absent(
            doc,
            if a.educators == 0 {
                "No educator was observed by two or more evaluators this year, so agreement cannot be measured."
            } else {
                "Educators seen by two or more evaluators were not rated on the same components by both."
            },
        );
        return;
    }
    let pct = |p: Option<f64>| p.map_or("—".into(), |p| format!("{p:.0}%"));
    doc.push(Block::Paragraph(Paragraph::new(vec![
        Span::plain(format!(
            "{} observed by two or more evaluators. Of {} of the same component of the same educator by different evaluators, ",
            counted(a.educators, "educator was", "educators were"),
            counted(a.pairs, "pair of ratings", "pairs of ratings")
        )),
        Span::new(pct(a.exact_percent), Face::Bold, INK),
        Span::plain(" agree exactly and "),
        Span::new(pct(a.adjacent_percent), Face::Bold, INK),
        Span::plain(" are within one level."),
    ])));
    let mut table = grid(&[
        ("Evaluators", 0.46),
        ("Educators", 0.12),
        ("Pairs", 0.12),
        ("Exact", 0.15),
        ("Within one level", 0.15),
    ]);
    table.continued = Some("Inter-rater agreement (continued)".into());
    table.keep_together = true;
    for p in &a.by_pair {
        table.row(vec![
            vec![Span::plain(format!("{} and {}", p.first, p.second))],
            vec![Span::plain(count(p.educators))],
            vec![Span::plain(count(p.pairs))],
            vec![Span::plain(share(p.exact, p.pairs))],
            vec![Span::plain(share(p.adjacent, p.pairs))],
        ]);
    }
    doc.push(Block::Table(table));
}
