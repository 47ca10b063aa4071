//! The evaluator's comments, then Part C of the state's form: the practice
//! rating and each measure with its factor and earned points, the total,
//! the conversion table, the rating on a panel no reader can miss (a final
//! rating only when nothing weighted is pending), the state's outcome, the
//! plan it calls for, and the signatures, kept on the page of the rating.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{
    absent, notice, paragraph, receipt_and_signatures, section, status_sentence,
};
use super::super::style::{ACCENT, Face, INK, MUTED, Span};
use super::part_b::weight_total;
use super::{Sheet, percent};
use crate::scoring::{Bands, MeasureStatus, calls_for_plan};

pub(super) fn comments(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Evaluator's comments");
    let comments = sheet.summative.comments.trim();
    if comments.is_empty() {
        absent(doc, "The evaluator wrote no comments.");
    } else {
        paragraph(doc, vec![Span::plain(comments)]);
    }
}

/// Part C and the signatures: all on one page when they fit on one, else
/// at least the rating and the signatures under it.
pub(super) fn final_rating_and_signatures(sheet: &Sheet, doc: &mut Document) {
    let shown = headline_of(sheet);
    doc.keep_together(|doc| {
        section(
            doc,
            match shown {
                Headline::Final { .. } => "Part C: Final rating",
                Headline::Practice { pending: true, .. } => {
                    "Part C: Practice rating (final rating pending)"
                }
                Headline::Practice { pending: false, .. } => "Part C: Practice rating",
            },
        );
        parts_table(sheet, doc);
        conversion_table(sheet, doc);
        doc.keep_together(|doc| {
            headline(sheet, &shown, doc);
            recomputed(sheet, doc);
            if let Headline::Final { rating, .. } = &shown
                && plan_required(sheet)
            {
                plan(sheet, rating, doc);
            }
            gaps(sheet, doc);
            signatures(sheet, doc);
        });
    });
}

/// Practice and each weighted measure: rating, factor, earned points; the total.
fn parts_table(sheet: &Sheet, doc: &mut Document) {
    let result = &sheet.scored.result;
    let Some(weighting) = &result.weighting else {
        return;
    };
    let total = weight_total(weighting);
    if total <= 0.0 {
        return;
    }
    let dash = || vec![Span::muted("\u{2014}")];
    let mut table = Table::grid(vec![
        Column::new("Part", 0.52),
        Column::new("Rating", 0.16),
        Column::new("Factor", 0.14),
        Column::new("Earned points", 0.18),
    ]);
    table.keep_together = true;
    let practice = sheet.scored.outcome.exact;
    let factor = weighting.practice / total;
    table.row(vec![
        vec![Span::bold("A  "), Span::plain(sheet.practice_label())],
        practice.map_or_else(dash, |p| vec![Span::plain(sheet.score_text(p))]),
        vec![Span::plain(percent(factor))],
        practice.map_or_else(dash, |p| vec![Span::plain(sheet.score_text(p * factor))]),
    ]);
    for m in result.measures.iter().filter(|m| m.weight > 0.0) {
        let factor = m.weight / total;
        let (rating, earned) = match (&m.status, m.value) {
            (MeasureStatus::Scored, Some(v)) => (
                vec![Span::plain(sheet.score_text(v))],
                vec![Span::plain(sheet.score_text(v * factor))],
            ),
            (status, _) => (vec![Span::new(status.word(), Face::Italic, MUTED)], dash()),
        };
        table.row(vec![
            vec![Span::bold(format!("{}  ", m.part)), Span::plain(&m.name)],
            rating,
            vec![Span::plain(percent(factor))],
            earned,
        ]);
    }
    table.row(vec![
        vec![Span::bold("Total")],
        Vec::new(),
        vec![Span::bold("100%")],
        match result.score {
            Some(score) => vec![Span::bold(sheet.score_text(score))],
            None => vec![Span::new("pending", Face::Italic, MUTED)],
        },
    ]);
    doc.push(Block::Table(table));
}

/// One band of the conversion table: its range, label and the state's outcome.
struct BandRow {
    low: f64,
    high: f64,
    label: String,
    outcome: String,
}

/// The profile's bands with their ranges on the scale, lowest first
/// ("0.00-0.49 Failing"); bands named after the rubric's levels split
/// halfway between level values.
fn band_rows(sheet: &Sheet) -> Vec<BandRow> {
    let step = 10f64.powi(-i32::try_from(sheet.scored.profile.decimals.min(4)).unwrap_or(2));
    let top = sheet.top_value();
    let bands: Vec<(f64, String, String)> = match &sheet.scored.profile.bands {
        Bands::Fixed(bands) => bands
            .iter()
            .map(|b| (b.min, b.label.clone(), b.outcome.clone()))
            .collect(),
        Bands::RubricLevels => {
            let values = &sheet.scored.outcome.level_values;
            values
                .iter()
                .enumerate()
                .map(|(i, (score, value))| {
                    let low = if i == 0 {
                        *value
                    } else {
                        f64::midpoint(values[i - 1].1, *value)
                    };
                    (low, sheet.level_name(*score), String::new())
                })
                .collect()
        }
    };
    let starts: Vec<f64> = bands.iter().map(|(low, _, _)| *low).collect();
    bands
        .into_iter()
        .enumerate()
        .map(|(i, (low, label, outcome))| BandRow {
            low,
            high: starts.get(i + 1).map_or(top, |next| next - step),
            label,
            outcome,
        })
        .collect()
}

/// The conversion table, the band of the final rating in bold.
fn conversion_table(sheet: &Sheet, doc: &mut Document) {
    let rows = band_rows(sheet);
    if rows.is_empty() {
        return;
    }
    let outcomes = rows.iter().any(|r| !r.outcome.trim().is_empty());
    let mut columns = vec![Column::new("Score", 0.2), Column::new("Rating", 0.28)];
    if outcomes {
        columns.push(Column::new("Outcome", 0.52));
    }
    let mut table = Table::grid(columns);
    table.keep_together = true;
    let chosen = sheet.scored.result.rating.as_ref().map(|(_, i)| *i);
    for (i, row) in rows.iter().enumerate() {
        let face = if chosen == Some(i) {
            Face::Bold
        } else {
            Face::Regular
        };
        let range = format!(
            "{}-{}",
            sheet.score_text(row.low),
            sheet.score_text(row.high)
        );
        let mut cells = vec![
            vec![Span::new(range, face, INK)],
            vec![Span::new(&row.label, face, INK)],
        ];
        if outcomes {
            cells.push(vec![Span::new(row.outcome.trim(), face, INK)]);
        }
        table.row(cells);
    }
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(format!(
            "Conversion of the total to a rating ({}):",
            sheet.rounding_in_words()
        ))])
        .space_after(3.0),
    ));
    doc.push(Block::Table(table));
}

/// What the rating panel shows: a final rating, or the practice rating
/// with why there is no final one.
enum Headline {
    Final {
        score: Option<f64>,
        rating: String,
    },
    Practice {
        score: Option<f64>,
        rating: Option<String>,
        why: String,
        /// False when no final rating will come (finalised before measures).
        pending: bool,
    },
}

/// A finalised evaluation shows what was recorded when it was signed off.
fn headline_of(sheet: &Sheet) -> Headline {
    let result = &sheet.scored.result;
    let outcome = &sheet.scored.outcome;
    let practice_rating = outcome.rating.as_ref().map(|(l, _)| l.clone());
    match &sheet.summative.finalized {
        Some(f) if f.measures.is_none() => Headline::Practice {
            score: f.score,
            rating: f.rating.clone(),
            why: format!(
                "This evaluation was finalised on {}, before student measures were recorded: its stored rating is a practice rating, and there is no final rating.",
                format::date(&f.at)
            ),
            pending: false,
        },
        Some(f) => match &f.final_rating {
            Some(rating) => Headline::Final {
                score: f.final_score,
                rating: rating.clone(),
            },
            None => Headline::Practice {
                score: f.score,
                rating: f.rating.clone(),
                why: pending_sentence(sheet),
                pending: result.weighting.is_some(),
            },
        },
        None => match &result.rating {
            Some((rating, _)) if result.pending.is_empty() => Headline::Final {
                score: result.score,
                rating: rating.clone(),
            },
            _ => Headline::Practice {
                score: outcome.score,
                rating: practice_rating,
                why: pending_sentence(sheet),
                pending: result.weighting.is_some(),
            },
        },
    }
}

/// "Student measures pending: Building Level Score (pending); there is no
/// final rating yet.", or the profile having no rules for the year.
fn pending_sentence(sheet: &Sheet) -> String {
    let result = &sheet.scored.result;
    if result.weighting.is_none() {
        return format!("There is no final rating: {}.", result.pending.join("; "));
    }
    let measures: Vec<&str> = result
        .pending
        .iter()
        .map(String::as_str)
        .filter(|p| !p.starts_with("the practice score"))
        .collect();
    match (sheet.scored.outcome.exact, measures.is_empty()) {
        (None, true) => {
            "No component has a value, so there is no practice rating and no final rating yet."
                .into()
        }
        (None, false) => format!(
            "No component has a value yet. Student measures pending: {}; there is no final rating yet.",
            measures.join("; ")
        ),
        (Some(_), _) => format!(
            "Student measures pending: {}; there is no final rating yet.",
            measures.join("; ")
        ),
    }
}

fn headline(sheet: &Sheet, shown: &Headline, doc: &mut Document) {
    let (lead, score, rating, detail) = match shown {
        Headline::Final { score, rating } => {
            let mut detail = vec![Span::plain(format!(
                "Final score {} on the {} scale, the total of the earned points {}.",
                score.map_or_else(|| "\u{2014}".into(), |s| sheet.score_text(s)),
                sheet.scale(),
                sheet.rounding_in_words()
            ))];
            if let Some(outcome) = &sheet.scored.result.outcome {
                detail.push(Span::plain(" Outcome: "));
                detail.push(Span::bold(format!("{}.", outcome.trim())));
            }
            ("Final rating:  ", None, Some(rating.clone()), detail)
        }
        Headline::Practice {
            score, rating, why, ..
        } => (
            "Practice rating ",
            *score,
            rating.clone(),
            vec![Span::plain(why.as_str())],
        ),
    };
    let mut spans = vec![Span::new(lead, Face::Regular, INK)];
    match (score, rating) {
        (Some(s), Some(r)) => spans.push(Span::new(
            format!("{} ({r}).", sheet.score_text(s)),
            Face::Bold,
            ACCENT,
        )),
        (None, Some(r)) => spans.push(Span::new(r, Face::Bold, ACCENT)),
        (_, None) => spans = vec![Span::new("No rating yet", Face::Bold, MUTED)],
    }
    doc.push(Block::Paragraph(
        Paragraph::new(spans).size(16.0).panel().space_after(0.0),
    ));
    doc.push(Block::Paragraph(
        Paragraph::new(detail).panel().space_after(8.0),
    ));
}

/// For a finalised evaluation whose result the profile as loaded today
/// computes differently: says so, and which the tables show.
fn recomputed(sheet: &Sheet, doc: &mut Document) {
    let Some(f) = &sheet.summative.finalized else {
        return;
    };
    let text = |s: Option<f64>| s.map(|s| sheet.score_text(s));
    let (stored, now) = if f.measures.is_some() && f.final_score.is_some() {
        (f.final_score, sheet.scored.result.score)
    } else {
        (f.score, sheet.scored.outcome.score)
    };
    if text(stored) != text(now) {
        notice(
            doc,
            vec![
                Span::bold("Recomputed differently. "),
                Span::plain(format!(
                    "This is the result recorded when the evaluation was finalised. Under the scoring profile as loaded today, the same ratings give {}; the tables above show today's computation.",
                    text(now).unwrap_or_else(|| "no score".into())
                )),
            ],
        );
    }
}

/// Whether the rating shown calls for the profile's plan: a stored final
/// rating's band, else the final rating's; never while pending.
fn plan_required(sheet: &Sheet) -> bool {
    match &sheet.summative.finalized {
        Some(f) if f.measures.is_none() => false,
        Some(f) => f.final_rating.as_ref().is_some_and(|label| {
            band_rows(sheet)
                .iter()
                .position(|b| &b.label == label)
                .is_some_and(|i| calls_for_plan(sheet.scored.profile, i))
        }),
        None => sheet.scored.plan_required() == Some(true),
    }
}

/// "A Performance Improvement Plan is required. …" with the state's timeline.
fn plan(sheet: &Sheet, rating: &str, doc: &mut Document) {
    let (name, timeline) = match &sheet.scored.profile.plan {
        Some(rule) => (rule.name.trim(), rule.timeline.trim()),
        None => ("improvement plan", ""),
    };
    let mut spans = vec![Span::bold(format!(
        "{} {name} is required. ",
        if starts_with_vowel(name) { "An" } else { "A" }
    ))];
    spans.push(Span::plain(format!(
        "The final rating {rating} calls for one; the educator and evaluator write it with goals, action steps, support and review dates."
    )));
    if !timeline.is_empty() {
        spans.push(Span::plain(format!(" {timeline}")));
    }
    if let Some(source) = sheet
        .scored
        .profile
        .plan
        .as_ref()
        .map(|p| p.source.trim())
        .filter(|s| !s.is_empty())
    {
        spans.push(Span::muted(format!(" ({source})")));
    }
    notice(doc, spans);
}

fn starts_with_vowel(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c))
}

/// What still stops the evaluation being finalised.
fn gaps(sheet: &Sheet, doc: &mut Document) {
    let missing = &sheet.scored.outcome.missing;
    if missing.is_empty() || sheet.summative.finalized.is_some() {
        return;
    }
    let mut spans = vec![Span::bold("Before this evaluation can be finalised:")];
    for gap in missing {
        spans.push(Span::plain(format!("\n\u{2022} {gap}")));
    }
    notice(doc, spans);
}

fn signatures(sheet: &Sheet, doc: &mut Document) {
    let s = sheet.summative;
    let status = status_sentence(&s.status, "evaluation");
    doc.push(Block::Paragraph(
        Paragraph::new(vec![
            Span::bold("Status and signatures. "),
            Span::plain(status),
        ])
        .space_after(4.0),
    ));
    let evaluator = match &s.finalized {
        Some(f) if !f.by.trim().is_empty() => f.by.as_str(),
        _ => sheet.educator.evaluator.as_str(),
    };
    receipt_and_signatures(doc, "evaluation", evaluator, &sheet.educator.name);
}
