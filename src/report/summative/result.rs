//! The end of a summative evaluation: the final score and rating on a panel
//! no reader can miss, whether an improvement plan is required, what still
//! stops it being finalised, the evaluator's comments, and signatures.

use super::super::blocks::{Block, Paragraph};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{absent, notice, paragraph, receipt_and_signatures, section};
use super::super::style::{ACCENT, Face, INK, MUTED, Span};
use super::Sheet;
use crate::record::Status;
use crate::scoring::Bands;

pub(super) fn final_rating(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Result");
    let outcome = &sheet.scored.outcome;
    // A finalised evaluation prints what was recorded when it was signed off.
    let (score, rating) = match &sheet.summative.finalized {
        Some(f) => (f.score, f.rating.clone()),
        None => (
            outcome.score,
            outcome.rating.as_ref().map(|(label, _)| label.clone()),
        ),
    };
    let headline = match &rating {
        Some(label) => Span::new(label, Face::Bold, ACCENT),
        None => Span::new("None yet", Face::Bold, MUTED),
    };
    doc.push(Block::Paragraph(
        Paragraph::new(vec![
            Span::new("Final rating:  ", Face::Regular, INK),
            headline,
        ])
        .size(16.0)
        .panel()
        .space_after(0.0),
    ));
    let detail = match score {
        Some(s) => vec![
            Span::plain("Final score "),
            Span::bold(sheet.score_text(s)),
            Span::plain(format!(" on the {} scale. ", sheet.scale())),
            Span::muted(bands_in_words(sheet)),
        ],
        None => vec![Span::plain("No final score yet: no component has a value.")],
    };
    doc.push(Block::Paragraph(
        Paragraph::new(detail).panel().space_after(8.0),
    ));
    recomputed(sheet, doc);
    improvement_plan(sheet, doc, rating.as_deref());
    if !outcome.missing.is_empty() && sheet.summative.finalized.is_none() {
        let mut spans = vec![Span::bold("Before this evaluation can be finalised:")];
        for gap in &outcome.missing {
            spans.push(Span::plain(format!("\n\u{2022} {gap}")));
        }
        notice(doc, spans);
    }
}

/// For a finalised evaluation whose score the profile as loaded today
/// computes differently: says so, and which the tables show.
fn recomputed(sheet: &Sheet, doc: &mut Document) {
    let Some(f) = &sheet.summative.finalized else {
        return;
    };
    let now = sheet.scored.outcome.score;
    if now.map(|s| sheet.score_text(s)) != f.score.map(|s| sheet.score_text(s)) {
        notice(
            doc,
            vec![
                Span::bold("Recomputed differently. "),
                Span::plain(format!(
                    "This is the result recorded when the evaluation was finalised. Under the scoring profile as loaded today, the same ratings give {}; the tables above show today's computation.",
                    now.map_or("no score".to_string(), |s| sheet.score_text(s))
                )),
            ],
        );
    }
}

/// The notice that a rating in the two lowest bands requires an improvement plan.
fn improvement_plan(sheet: &Sheet, doc: &mut Document, rating: Option<&str>) {
    let required = match (&sheet.summative.finalized, rating) {
        (Some(_), Some(label)) => {
            let labels = sheet.band_labels();
            labels.iter().take(2).any(|l| l == label)
        }
        _ => sheet.scored.plan_required() == Some(true),
    };
    if required {
        let labels = sheet.band_labels();
        let lowest: Vec<&str> = labels.iter().take(2).map(String::as_str).collect();
        notice(
            doc,
            vec![
                Span::bold("An improvement plan is required. "),
                Span::plain(format!(
                    "The rating {} is in the scoring profile's two lowest bands ({}), so the educator and evaluator write an improvement plan with goals, action steps, support and review dates.",
                    rating.unwrap_or_default(),
                    lowest.join(" and ")
                )),
            ],
        );
    }
}

/// "Bands, lowest first: Failing from 0.00, Needs Improvement from 0.50, …";
/// for bands named after the rubric's levels, the halfway points between them.
fn bands_in_words(sheet: &Sheet) -> String {
    let parts: Vec<String> = match &sheet.scored.profile.bands {
        Bands::Fixed(bands) => bands
            .iter()
            .map(|b| format!("{} from {}", b.label, sheet.score_text(b.min)))
            .collect(),
        Bands::RubricLevels => {
            let values = &sheet.scored.outcome.level_values;
            let halfway = |i: usize| sheet.score_text(f64::midpoint(values[i - 1].1, values[i].1));
            (0..values.len())
                .map(|i| {
                    let name = sheet.level_name(values[i].0);
                    if i > 0 {
                        format!("{name} from {}", halfway(i))
                    } else if values.len() > 1 {
                        format!("{name} below {}", halfway(1))
                    } else {
                        name
                    }
                })
                .collect()
        }
    };
    if parts.is_empty() {
        return String::new();
    }
    format!("Bands, lowest first: {}.", parts.join(", "))
}

pub(super) fn comments_and_signatures(sheet: &Sheet, doc: &mut Document) {
    let s = sheet.summative;
    section(doc, "Evaluator's comments");
    if s.comments.trim().is_empty() {
        absent(doc, "The evaluator wrote no comments.");
    } else {
        paragraph(doc, vec![Span::plain(s.comments.trim())]);
    }
    section(doc, "Status and signatures");
    let status = match &s.status {
        Status::Draft => {
            "Draft: this evaluation has not been shared with the educator yet.".to_string()
        }
        Status::Shared { at } => format!(
            "Shared with the educator on {}; receipt not yet acknowledged.",
            format::date_time(at)
        ),
        Status::Acknowledged { shared_at, by, at } => format!(
            "Shared with the educator on {}. Receipt acknowledged by {} on {}.",
            format::date_time(shared_at),
            by,
            format::date_time(at)
        ),
    };
    paragraph(doc, vec![Span::plain(status)]);
    let evaluator = match &s.finalized {
        Some(f) if !f.by.trim().is_empty() => f.by.as_str(),
        _ => sheet.educator.evaluator.as_str(),
    };
    receipt_and_signatures(doc, "evaluation", evaluator, &sheet.educator.name);
}
