//! The first page: title, what the summary covers (year, filter, sources,
//! scoring profile, whether names are shown), the key counts, and the
//! distribution of final ratings.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::fonts::Fonts;
use super::super::house_style::{absent, details_panel, paragraph, section, title_block};
use super::super::style::{Face, MUTED, SMALL, Span, TINT};
use super::bars::{Place, legend, stacked};
use super::numbers::{count, counted, share};
use super::sketch::Sketch;
use crate::record::roster::school_level_key;
use crate::summary::palette::level_tags;
use crate::summary::{Counts, Filter, RatingDistribution, Summary};

pub(super) fn title_and_scope(doc: &mut Document, summary: &Summary, heading: &str) {
    let filter = &summary.filter;
    title_block(
        doc,
        heading,
        "Evaluation Summary",
        &format!(
            "School year {} · {} at {}",
            summary.year,
            counted(summary.counts.educators, "educator", "educators"),
            counted(summary.counts.schools, "school", "schools")
        ),
    );
    let or_all = |value: &Option<String>, all: &str| value.clone().unwrap_or_else(|| all.into());
    let level = filter
        .level
        .map_or("All levels".to_string(), |l| capital(school_level_key(l)));
    let sources = match summary.sources.len() {
        1 => summary.sources[0].clone(),
        n => format!("{n} sources (listed at the end)"),
    };
    let names = if summary.deidentified {
        format!(
            "De-identified: educators by code, evaluators{} by letter; no group under {}",
            if summary.schools_coded {
                " and schools"
            } else {
                ""
            },
            summary.min_cell
        )
    } else {
        "Shown".into()
    };
    let mut rows = vec![
        (
            "Year",
            summary.year.clone(),
            "Schools",
            or_all(&filter.school, "All schools"),
        ),
        ("Level", level, "Role", or_all(&filter.role, "All roles")),
        (
            "Evaluator",
            or_all(&filter.evaluator, "All evaluators"),
            "Names",
            names,
        ),
        (
            "Sources",
            sources,
            "Coverage",
            format!("At least {} observations a year", summary.min_observations),
        ),
    ];
    rows.extend(qualification_row(filter));
    details_panel(doc, 0.13, rows);
    profiles(doc, summary);
}

/// The qualification filters, in a row of their own only when one is set,
/// so a summary without them reads as before.
fn qualification_row(filter: &Filter) -> Option<(&'static str, String, &'static str, String)> {
    if filter.qualified.is_none() && filter.degree_at_least.is_none() {
        return None;
    }
    Some((
        "Degree",
        filter
            .qualified
            .map_or("Any standing".into(), |q| q.label().to_string()),
        "Degree at least",
        filter
            .degree_at_least
            .map_or("Any level".into(), |l| capital(&l.to_string())),
    ))
}

/// The scoring profiles every figure is under, each with its source and
/// the roles it is for, and where they come from: at the top, as every
/// rating and list of the summary depends on them.
fn profiles(doc: &mut Document, summary: &Summary) {
    let several = summary.profiles.len() > 1;
    for p in &summary.profiles {
        let roles = match (several, p.roles.is_empty()) {
            (false, _) => String::new(),
            (true, true) => " (every other role)".into(),
            (true, false) => format!(" (role {})", p.roles.join(", ")),
        };
        let mut spans = vec![
            Span::bold("Scored under: "),
            Span::bold(format!("{}{roles}", p.title)),
            Span::muted(format!(" \u{b7} {}", p.id)),
        ];
        if !p.source.trim().is_empty() {
            spans.push(Span::plain(format!(". {}", p.source.trim())));
        }
        doc.push(Block::Paragraph(
            Paragraph::new(spans).size(SMALL).space_after(2.0),
        ));
    }
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(&summary.profile_basis)])
            .size(SMALL)
            .space_after(8.0),
    ));
}

pub(super) fn counts(doc: &mut Document, summary: &Summary) {
    section(doc, "At a glance");
    let c = &summary.counts;
    doc.push(Block::Table(counts_panel(c)));
    let below = summary.coverage.len();
    paragraph(
        doc,
        vec![
            Span::bold(format!("{} ", count(summary.improvement_required.len()))),
            Span::plain(
                "educators have a final rating that requires an improvement plan (list at the end); ",
            ),
            Span::bold(format!("{} ", count(summary.plan_pending.len()))),
            Span::plain(
                "more have a practice rating in a plan band and their final rating pending; ",
            ),
            Span::bold(format!("{} ", count(below))),
            Span::plain(format!(
                "had fewer than {} observations this year ({} of all educators).",
                summary.min_observations,
                share(below, c.educators)
            )),
        ],
    );
}

/// The key counts, two a line on a tinted panel.
fn counts_panel(c: &Counts) -> Table {
    let kinds: Vec<String> = c
        .observations_by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| format!("{} {}", count(*n), kind.key()))
        .collect();
    let mut panel = Table::panel(
        vec![
            Column::new("", 0.2),
            Column::new("", 0.3),
            Column::new("", 0.2),
            Column::new("", 0.3),
        ],
        TINT,
    );
    panel.space_after = 10.0;
    let label = |t: &str| vec![Span::new(t, Face::Bold, MUTED)];
    let value = |t: String| vec![Span::plain(t)];
    panel.row(vec![
        label("Educators"),
        value(count(c.educators)),
        label("Schools"),
        value(count(c.schools)),
    ]);
    panel.row(vec![
        label("Observations"),
        value(if kinds.is_empty() {
            "0".into()
        } else {
            format!("{} ({})", count(c.observations), kinds.join(", "))
        }),
        label("Evaluators"),
        value(count(c.evaluators)),
    ]);
    panel.row(vec![
        label("Component ratings"),
        value(format!(
            "{} ({} not observed)",
            count(c.ratings),
            count(c.not_observed)
        )),
        label("Stored evaluations"),
        value(format!(
            "{} summative, {} improvement plans",
            count(c.summatives),
            count(c.growth_plans)
        )),
    ]);
    panel
}

pub(super) fn final_ratings(doc: &mut Document, summary: &Summary) {
    section(doc, "Final ratings");
    if summary.final_ratings.is_empty() {
        absent(
            doc,
            if summary.deidentified && summary.not_rated < summary.counts.educators {
                "Left out: each scoring profile was used for too few educators (see About this summary)."
            } else {
                "No educator has a final rating for this year yet."
            },
        );
        return;
    }
    for d in &summary.final_ratings {
        distribution(doc, d);
    }
    if summary.not_rated > 0 {
        doc.push(Block::Paragraph(
            Paragraph::new(vec![Span::muted(format!(
                "{} no final rating: nothing was rated in their observations this year, or their evaluation could not be scored.",
                counted(summary.not_rated, "educator has", "educators have")
            ))])
            .size(SMALL),
        ));
    }
}

/// One profile's final ratings: where they come from, a bar and a table.
fn distribution(doc: &mut Document, d: &RatingDistribution) {
    let total: usize = d.counts.iter().sum();
    let finals = if d.pending > 0 {
        format!(
            " Final ratings: {}; pending (rated in practice, waiting for student measures): {}.",
            count(total),
            count(d.pending)
        )
    } else {
        String::new()
    };
    let source = match (d.stored, d.computed) {
        (s, 0) => format!("all {} from stored summative evaluations", count(s)),
        (0, c) => format!(
            "all {} from drafts scored for this summary from the year's observations (not saved)",
            count(c)
        ),
        (s, c) => format!(
            "{} from stored summative evaluations, {} from drafts scored for this summary (not saved)",
            count(s),
            count(c)
        ),
    };
    doc.push(Block::Paragraph(
        Paragraph::new(vec![
            Span::bold(format!("{}: ", d.profile_title)),
            Span::plain(format!(
                "{} scored, {source}.{finals}",
                counted(d.stored + d.computed, "educator", "educators")
            )),
        ])
        .space_after(4.0),
    ));
    doc.push(rating_bar(
        doc.fonts(),
        doc.body_width(),
        &d.bands,
        &d.counts,
    ));
    let mut table = super::tables::grid(&[("Rating", 0.5), ("Educators", 0.25), ("Share", 0.25)]);
    table.keep_together = true;
    for (band, n) in d.bands.iter().zip(&d.counts).rev() {
        table.row(vec![
            vec![Span::plain(band)],
            vec![Span::plain(count(*n))],
            vec![Span::plain(share(*n, total))],
        ]);
    }
    doc.push(Block::Table(table));
}

/// One wide bar of the final ratings, lowest band on the left, with the
/// bands' legend above it.
fn rating_bar(fonts: &Fonts, width: f32, bands: &[String], counts: &[usize]) -> Block {
    let mut s = Sketch::new(fonts);
    let top = legend(&mut s, 0.0, width, bands) + 3.0;
    let place = Place {
        x: 0.0,
        top,
        width,
        height: 16.0,
    };
    stacked(&mut s, place, counts, &level_tags(bands));
    s.finish(top + 16.0, 8.0)
}

/// "elementary" -> "Elementary".
pub(super) fn capital(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
