//! Part B of the state's form, the student measures the year's weighting
//! names: each one's line on the form, weight, the records it rests on
//! (title, source, date), its score on the profile's scale and the points
//! it earns, or why it has none yet.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::house_style::{absent, notice, section};
use super::super::style::{Face, MUTED, Span};
use super::{Sheet, percent};
use crate::record::Measure;
use crate::scoring::{MeasureResult, MeasureStatus, Weighting, trim_number};

pub(super) fn measures(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Part B: Student measures");
    before_measures(sheet, doc);
    let result = &sheet.scored.result;
    let Some(weighting) = &result.weighting else {
        let why = result.pending.join("; ");
        absent(doc, &format!("No weights apply: {why}."));
        return;
    };
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::plain(weights_in_words(sheet, weighting))]).space_after(4.0),
    ));
    if result.measures.is_empty() {
        absent(doc, "No student measures count in this rating.");
        return;
    }
    let total = weight_total(weighting);
    let mut table = Table::grid(vec![
        Column::new("Part", 0.07),
        Column::new("Measure", 0.24),
        Column::new("Records", 0.40),
        Column::new("Weight", 0.09),
        Column::new("Score", 0.08),
        Column::new("Earned points", 0.12),
    ]);
    table.continued = Some("Part B: Student measures (continued)".into());
    table.keep_together = result.measures.len() <= 8;
    for m in &result.measures {
        table.row(measure_row(sheet, m, total));
    }
    doc.push(Block::Table(table));
}

/// A finalised evaluation from before measures were recorded keeps its
/// practice rating; the measures below are today's records, not part of it.
fn before_measures(sheet: &Sheet, doc: &mut Document) {
    if let Some(f) = &sheet.summative.finalized
        && f.measures.is_none()
    {
        notice(
            doc,
            vec![
                Span::bold("Finalised before student measures were recorded. "),
                Span::plain(
                    "Its stored rating is a practice rating; the measures below are today's records and are not part of it.",
                ),
            ],
        );
    }
}

/// The sum of the weighting's weights: each factor's denominator.
pub(super) fn weight_total(weighting: &Weighting) -> f64 {
    weighting.practice.max(0.0) + weighting.measures.values().map(|w| w.max(0.0)).sum::<f64>()
}

/// "Weights for an annual evaluation: Observation & Practice 70%, Building
/// Level Score (0-3) 10%, …" from the weighting applied.
fn weights_in_words(sheet: &Sheet, weighting: &Weighting) -> String {
    let total = weight_total(weighting);
    let share = |w: f64| {
        if total > 0.0 {
            percent(w / total)
        } else {
            "0%".into()
        }
    };
    let mut parts = vec![format!(
        "{} {}",
        sheet.practice_label(),
        share(weighting.practice)
    )];
    for m in &sheet.scored.result.measures {
        parts.push(format!("{} {}", m.name, share(m.weight)));
    }
    let who = weighting.label.trim();
    let rules = weighting.years.describe();
    let why = if who.is_empty() {
        format!("rules for {rules}")
    } else {
        format!("{who}; rules for {rules}")
    };
    format!(
        "Weights applied to {} ({why}): {}.",
        sheet.summative.school_year,
        parts.join(", ")
    )
}

fn measure_row(sheet: &Sheet, m: &MeasureResult, total: f64) -> Vec<Vec<Span>> {
    let factor = if total > 0.0 { m.weight / total } else { 0.0 };
    let italic = |text: &str| vec![Span::new(text, Face::Italic, MUTED)];
    let (score, earned) = match (&m.status, m.value) {
        (MeasureStatus::Scored, Some(value)) => (
            vec![Span::bold(sheet.score_text(value))],
            vec![Span::plain(sheet.score_text(value * factor))],
        ),
        (status, _) => (italic(status.word()), vec![Span::muted("\u{2014}")]),
    };
    let mut records = records(&m.records);
    if let MeasureStatus::Invalid(why) = &m.status {
        records.push(Span::new(format!("\n{why}"), Face::Italic, MUTED));
    }
    vec![
        vec![Span::bold(&m.part)],
        vec![Span::plain(&m.name)],
        records,
        vec![Span::plain(percent(factor))],
        score,
        earned,
    ]
}

/// Each record's title (when it has one), and under it "score 78 · PVAAS
/// report · Oct 14, 2027".
fn records(records: &[Measure]) -> Vec<Span> {
    if records.is_empty() {
        return vec![Span::new("No record", Face::Italic, MUTED)];
    }
    let mut spans = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let mut details = vec![match r.score {
            Some(score) => format!("score {}", trim_number(score)),
            None => "pending".to_string(),
        }];
        if !r.source.trim().is_empty() {
            details.push(r.source.trim().to_string());
        }
        if let Some(date) = r.date {
            details.push(date.format("%b\u{a0}%-d,\u{a0}%Y").to_string());
        }
        let lead = if i == 0 { "" } else { "\n" };
        let details = details.join(" \u{b7} ");
        match r.title.trim() {
            "" => spans.push(Span::muted(format!("{lead}{details}"))),
            title => {
                spans.push(Span::bold(format!("{lead}{title}")));
                spans.push(Span::muted(format!("\n{details}")));
            }
        }
    }
    spans
}
