//! The lists at the end: educators whose rating requires an improvement
//! plan, educators below the minimum number of observations, and notes on
//! the sources (duplicates, unreadable files, records counted in part).

use super::super::blocks::{Block, Paragraph};
use super::super::document::Document;
use super::super::parts::{absent, section};
use super::super::style::{Face, MUTED, SMALL, Span};
use super::numbers::count;
use super::tables::grid;
use crate::summary::{EducatorLine, Summary};

/// Lines of source notes printed before "and N more".
const NOTES_SHOWN: usize = 25;

pub(super) fn improvement(doc: &mut Document, summary: &Summary) {
    section(doc, "Improvement plans required");
    let lines = &summary.improvement_required;
    if lines.is_empty() {
        absent(
            doc,
            "No final rating this year requires an improvement plan.",
        );
        return;
    }
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(
            "Educators whose final rating is in the scoring profile's two lowest bands, by school. Draft: scored for this summary from the year's observations, not a stored evaluation.",
        )])
        .size(SMALL),
    ));
    let mut table = grid(&[
        ("Educator", 0.26),
        ("Evaluator", 0.24),
        ("Rating", 0.2),
        ("Score", 0.1),
        ("Plan on file", 0.1),
        ("From", 0.1),
    ]);
    table.continued = Some("Improvement plans required (continued)".into());
    for (school, group) in by_school(lines) {
        table.group(vec![Span::new(school, Face::Bold, MUTED)]);
        for line in group {
            table.row(vec![
                vec![Span::plain(&line.display)],
                vec![Span::plain(&line.evaluator)],
                vec![Span::plain(line.rating.clone().unwrap_or_default())],
                vec![Span::plain(
                    line.score.map(|s| format!("{s:.2}")).unwrap_or_default(),
                )],
                vec![Span::plain(if line.improvement_plan {
                    "Yes"
                } else {
                    "No"
                })],
                vec![Span::plain(if line.rating_stored {
                    "Stored"
                } else {
                    "Draft"
                })],
            ]);
        }
    }
    doc.push(Block::Table(table));
}

pub(super) fn coverage(doc: &mut Document, summary: &Summary) {
    section(doc, "Observation coverage");
    let lines = &summary.coverage;
    if lines.is_empty() {
        absent(
            doc,
            &format!(
                "Every educator had at least {} observations this year.",
                summary.min_observations
            ),
        );
        return;
    }
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(format!(
            "Educators with fewer than {} observations this year, by school.",
            summary.min_observations
        ))])
        .size(SMALL),
    ));
    let mut table = grid(&[
        ("Educator", 0.34),
        ("Role", 0.2),
        ("Evaluator", 0.3),
        ("Observations", 0.16),
    ]);
    table.continued = Some("Observation coverage (continued)".into());
    for (school, group) in by_school(lines) {
        table.group(vec![Span::new(
            format!("{school} · {}", count(group.len())),
            Face::Bold,
            MUTED,
        )]);
        for line in group {
            table.row(vec![
                vec![Span::plain(&line.display)],
                vec![Span::plain(super::super::parts::role_name(
                    &line.role, None,
                ))],
                vec![Span::plain(&line.evaluator)],
                vec![Span::plain(count(line.observations))],
            ]);
        }
    }
    doc.push(Block::Table(table));
}

/// Runs of lines of one school (the lists are sorted by school).
fn by_school(lines: &[EducatorLine]) -> Vec<(&str, Vec<&EducatorLine>)> {
    let mut groups: Vec<(&str, Vec<&EducatorLine>)> = Vec::new();
    for line in lines {
        match groups.last_mut() {
            Some((school, group)) if *school == line.school => group.push(line),
            _ => groups.push((&line.school, vec![line])),
        }
    }
    groups
}

pub(super) fn sources(doc: &mut Document, summary: &Summary) {
    section(doc, "About this summary");
    let small = |doc: &mut Document, spans: Vec<Span>| {
        doc.push(Block::Paragraph(
            Paragraph::new(spans).size(SMALL).space_after(3.0),
        ));
    };
    small(
        doc,
        vec![
            Span::bold("Sources read: "),
            Span::plain(summary.sources.join("; ")),
        ],
    );
    small(
        doc,
        vec![Span::plain(format!(
            "Final ratings come from each educator's stored summative evaluation for the year; where none is stored, from a draft scored under the profile `{}` from the year's observations (not saved). Component charts count every rating of the year; \"not observed\" is counted apart.",
            summary.draft_profile
        ))],
    );
    if !summary.duplicates.is_empty() {
        small(
            doc,
            vec![Span::plain(format!(
                "{} records were found in more than one source and counted once (the copy changed last).",
                count(summary.duplicates.len())
            ))],
        );
    }
    let notes: Vec<String> = summary
        .skipped
        .iter()
        .map(|s| format!("Not read: {s}"))
        .chain(summary.warnings.iter().cloned())
        .collect();
    for note in notes.iter().take(NOTES_SHOWN) {
        small(doc, vec![Span::muted(note)]);
    }
    if notes.len() > NOTES_SHOWN {
        small(
            doc,
            vec![Span::muted(format!(
                "… and {} more (the command line lists them all).",
                notes.len() - NOTES_SHOWN
            ))],
        );
    }
}
