//! Evidence grouped by component in rubric order, each note with its clock
//! time; a note tagged with two components appears under both, and notes
//! without a tag have their own group at the end.

use super::super::artifacts;
use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{absent, section, sub};
use super::super::style::{Face, MUTED, Span};
use super::Report;
use crate::record::{EvidenceKind, EvidenceNote, RatingLevel};

pub(super) fn evidence(report: &Report, doc: &mut Document) {
    section(doc, "Evidence");
    let artifacts = &report.observation.artifacts;
    if report.notes.is_empty() {
        let text = if report.omitted > 0 {
            "Every evidence note of this observation names students, so none is printed in this copy."
        } else {
            "No evidence was recorded."
        };
        absent(doc, text);
        if artifacts.is_empty() {
            return;
        }
    } else {
        doc.push(Block::Paragraph(
            Paragraph::new(vec![Span::muted(format!(
                "{} printed, grouped by the rubric components they were tagged with, in rubric order. A note tagged with more than one component appears under each.{}",
                format::count(report.notes.len(), "note is", "notes are"),
                key(report),
            ))])
            .space_after(4.0),
        ));
    }
    for (tag, notes) in groups(report) {
        sub(doc, group_heading(report, &tag));
        if !notes.is_empty() {
            let continued = format!("{} (continued)", heading_text(report, &tag));
            doc.push(Block::Table(notes_table(&notes, continued)));
        }
        let tagged = artifacts::for_component(artifacts, &tag);
        if !tagged.is_empty() {
            let continued = format!("Artifacts for {tag} (continued)");
            doc.push(Block::Table(artifacts::table(
                &tagged,
                report.root,
                continued,
            )));
        }
    }
    untagged(report, doc);
}

/// " In the notes, T is the teacher and Ss students.": the shorthand the
/// printed notes use, said once, or nothing when they use none.
fn key(report: &Report) -> String {
    crate::text::abbreviation_key(report.notes.iter().map(|n| n.text.as_str()))
        .map_or_else(String::new, |key| format!(" In the notes, {key}."))
}

/// The notes and the artifacts tied to no component, each in a list of its own.
fn untagged(report: &Report, doc: &mut Document) {
    let untagged: Vec<&EvidenceNote> = report
        .notes
        .iter()
        .copied()
        .filter(|n| n.components.iter().all(|c| c.trim().is_empty()))
        .collect();
    if !untagged.is_empty() {
        sub(doc, vec![Span::bold("Not tagged to a component")]);
        doc.push(Block::Table(notes_table(
            &untagged,
            "Evidence not tagged to a component (continued)".into(),
        )));
    }
    let untied = artifacts::untied(&report.observation.artifacts);
    if !untied.is_empty() {
        sub(doc, vec![Span::bold("Artifacts not tied to a component")]);
        let continued = "Artifacts not tied to a component (continued)".to_string();
        doc.push(Block::Table(artifacts::table(
            &untied,
            report.root,
            continued,
        )));
    }
}

/// The component, and how it was rated (or that the rubric lacks it).
fn group_heading(report: &Report, tag: &str) -> Vec<Span> {
    let mut heading = report.component_spans(tag);
    if let Some(rating) = report.observation.rating(tag) {
        let rated = match rating.level {
            RatingLevel::Level(score) => format!("  ·  rated {}", report.level_name(score)),
            RatingLevel::NotObserved => "  ·  marked not observed".into(),
        };
        heading.push(Span::muted(rated));
    } else if report.rubric.is_some() && report.component(tag).is_none() {
        heading.push(Span::muted("  ·  not in the rubric"));
    }
    heading
}

/// (tag, notes) in rubric order, then tags the rubric lacks by first use.
fn groups<'a>(report: &Report<'a>) -> Vec<(String, Vec<&'a EvidenceNote>)> {
    let mut tags: Vec<String> = Vec::new();
    if let Some(rubric) = report.rubric {
        tags.extend(rubric.components().map(|c| c.id.clone()));
    }
    for note in &report.notes {
        for tag in &note.components {
            let tag = tag.trim();
            if !tag.is_empty() && !tags.iter().any(|t| crate::text::same_text(t, tag)) {
                tags.push(tag.to_string());
            }
        }
    }
    for tag in artifacts::unknown_tags(&report.observation.artifacts, report.rubric) {
        if !tags.iter().any(|t| crate::text::same_text(t, &tag)) {
            tags.push(tag);
        }
    }
    tags.into_iter()
        .filter_map(|tag| {
            let notes: Vec<&EvidenceNote> = report
                .notes
                .iter()
                .copied()
                .filter(|n| {
                    n.components
                        .iter()
                        .any(|c| crate::text::same_text(c.trim(), &tag))
                })
                .collect();
            let has_artifacts =
                !artifacts::for_component(&report.observation.artifacts, &tag).is_empty();
            (!notes.is_empty() || has_artifacts).then_some((tag, notes))
        })
        .collect()
}

/// "Evidence for 3b Using Questioning and Discussion Techniques".
fn heading_text(report: &Report, tag: &str) -> String {
    match report.component(tag) {
        Some(c) => format!("Evidence for {} {}", c.id, c.name),
        None => format!("Evidence tagged {tag}"),
    }
}

fn notes_table(notes: &[&EvidenceNote], continued: String) -> Table {
    let mut table = Table::grid(vec![
        Column::new("Time", 0.15),
        Column::new("Evidence", 0.85),
    ]);
    table.continued = Some(continued);
    // The time column explains itself; no header row between every component.
    table.header = false;
    table.space_after = 6.0;
    for note in notes {
        let when = vec![
            Span::plain(format::time(&note.at)),
            Span::new(format!("\n{}", kind_word(note.kind)), Face::Regular, MUTED),
        ];
        let text = if note.text.trim().is_empty() {
            vec![Span::new("(empty note)", Face::Italic, MUTED)]
        } else {
            vec![Span::plain(note.text.trim())]
        };
        table.row(vec![when, text]);
    }
    table
}

fn kind_word(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Quote => "Quote",
        EvidenceKind::ObservedAction => "Observed",
        EvidenceKind::Artifact => "Artifact",
        EvidenceKind::EvaluatorNote => "Note",
    }
}
