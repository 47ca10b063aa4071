//! Follow-up: a table per school, then the names of educators whose final
//! rating requires an improvement plan (and, apart, those whose practice
//! rating is in a plan band with their final rating pending), of those below the minimum
//! number of observations, and notes on the sources (duplicates,
//! unreadable files, records counted in part).

use super::super::blocks::{Block, Heading, HeadingLevel, Paragraph};
use super::super::document::Document;
use super::super::house_style::{absent, section};
use super::super::style::{Face, MUTED, SMALL, Span};
use super::numbers::{count, counted};
use super::tables::grid;
use crate::summary::{EducatorLine, Summary, WITHHELD};

/// Lines of source notes printed before "and N more".
const NOTES_SHOWN: usize = 25;

/// Per school: educators, how many need an improvement plan (and how many
/// have one on file), and how many are below the minimum of observations.
pub(super) fn follow_up(doc: &mut Document, summary: &Summary) {
    section(doc, "Follow-up by school");
    if summary.improvement_required.is_empty() && summary.coverage.is_empty() {
        absent(
            doc,
            &format!(
                "No final rating requires an improvement plan, and every educator had at least {} observations.",
                summary.min_observations
            ),
        );
        return;
    }
    let mut table = grid(&[
        ("School", 0.4),
        ("Educators", 0.14),
        ("Improvement plan required", 0.16),
        ("Plan on file", 0.14),
        (
            &format!("Under {} observations", summary.min_observations),
            0.16,
        ),
    ]);
    table.continued = Some("Follow-up by school (continued)".into());
    for school in &summary.by_school {
        table.row(vec![
            vec![Span::plain(&school.label)],
            vec![Span::plain(count(school.educators))],
            vec![Span::bold(count(school.improvement_required))],
            vec![Span::plain(count(school.plans_on_file))],
            vec![Span::bold(count(school.under_observed))],
        ]);
    }
    let on_file = summary
        .improvement_required
        .iter()
        .filter(|l| l.improvement_plan)
        .count();
    table.row(vec![
        vec![Span::bold("District")],
        vec![Span::bold(count(summary.counts.educators))],
        vec![Span::bold(count(summary.improvement_required.len()))],
        vec![Span::bold(count(on_file))],
        vec![Span::bold(count(summary.coverage.len()))],
    ]);
    doc.push(Block::Table(table));
}

pub(super) fn improvement(doc: &mut Document, summary: &Summary) {
    section(doc, "Improvement plans required");
    let lines = &summary.improvement_required;
    if lines.is_empty() {
        absent(
            doc,
            "No final rating this year requires an improvement plan.",
        );
    } else {
        let drafts = lines.iter().filter(|l| !l.rating_stored).count();
        let source = match drafts {
            0 => "Every rating here is from a stored summative evaluation.",
            n if n == lines.len() => {
                "Every rating here is from a draft scored for this summary from the year's observations (no summative evaluation is stored)."
            }
            _ => {
                "\"Draft\": scored for this summary from the year's observations, as no summative evaluation is stored."
            }
        };
        intro(
            doc,
            &format!(
                "Educators whose final rating is in a band that calls for an improvement plan under {}, by school and evaluator, with the rating and score. {source} \"Plan on file\": an improvement plan is stored for the year.",
                profile_names(summary)
            ),
        );
        let mixed = drafts > 0 && drafts < lines.len();
        listed(doc, lines, |line| required_note(line, mixed));
    }
    pending(doc, summary);
}

/// A required plan's note: the final rating and score, and where it comes from.
fn required_note(line: &EducatorLine, mixed: bool) -> String {
    let mut notes = vec![format!(
        "{} {}",
        line.rating.clone().unwrap_or_default(),
        line.score.map(|s| format!("{s:.2}")).unwrap_or_default()
    )];
    if mixed && !line.rating_stored {
        notes.push("draft".into());
    }
    if let Some(signed) = &line.signed_elsewhere {
        notes.push(format!("signed {signed}"));
    }
    if line.improvement_plan {
        notes.push("plan on file".into());
    }
    notes.join(", ")
}

/// Educators whose practice rating is in a plan band while their final
/// rating waits for student measures: not required, so listed apart.
fn pending(doc: &mut Document, summary: &Summary) {
    let lines = &summary.plan_pending;
    if lines.is_empty() {
        return;
    }
    doc.push(Block::Heading(Heading {
        level: HeadingLevel::Sub,
        spans: vec![Span::bold(format!(
            "Pending: {} with a practice rating in a plan band",
            count(lines.len())
        ))],
    }));
    intro(
        doc,
        "Their final rating waits for student measures, so no plan is required yet: the practice rating and score are shown. Whether a plan is required is known when the measures are in.",
    );
    listed(doc, lines, |line| {
        format!(
            "practice {} {}",
            line.practice_rating.clone().unwrap_or_default(),
            line.practice_score
                .map(|s| format!("{s:.2}"))
                .unwrap_or_default()
        )
    });
}

/// The summary's profiles by title, in a phrase.
pub(super) fn profile_names(summary: &Summary) -> String {
    let names: Vec<String> = summary
        .profiles
        .iter()
        .map(|p| format!("\u{201c}{}\u{201d}", p.title))
        .collect();
    match names.len() {
        0 => "the summary's scoring profile".into(),
        1 => format!("the scoring profile {}", names[0]),
        _ => format!(
            "the scoring profiles {} (one per role)",
            names.join(" and ")
        ),
    }
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
    intro(
        doc,
        &format!(
            "Educators with fewer than {} observations this year, by school and evaluator, with the number they had.",
            summary.min_observations
        ),
    );
    listed(doc, lines, |line| count(line.observations));
}

fn intro(doc: &mut Document, text: &str) {
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(text)]).size(SMALL),
    ));
}

/// Names grouped under their school and evaluator, each with a note in
/// brackets, as running text: a list of hundreds still fits a few pages.
fn listed(doc: &mut Document, lines: &[EducatorLine], note: impl Fn(&EducatorLine) -> String) {
    let mut groups: Vec<((&str, &str), Vec<&EducatorLine>)> = Vec::new();
    let mut sorted: Vec<&EducatorLine> = lines.iter().collect();
    sorted.sort_by(|a, b| {
        a.school
            .to_lowercase()
            .cmp(&b.school.to_lowercase())
            .then(a.evaluator.to_lowercase().cmp(&b.evaluator.to_lowercase()))
            .then(a.display.to_lowercase().cmp(&b.display.to_lowercase()))
    });
    for line in sorted {
        let key = (line.school.as_str(), line.evaluator.as_str());
        match groups.last_mut() {
            Some((k, group)) if *k == key => group.push(line),
            _ => groups.push((key, vec![line])),
        }
    }
    for ((school, evaluator), group) in groups {
        group_heading(doc, school, evaluator, group.len());
        names(doc, &group, &note);
    }
}

/// A group's heading: school, evaluator and how many educators.
fn group_heading(doc: &mut Document, school: &str, evaluator: &str, n: usize) {
    let evaluator = if evaluator.is_empty() {
        "no evaluator assigned".to_string()
    } else if evaluator == WITHHELD {
        "evaluator withheld".to_string()
    } else {
        format!("evaluated by {evaluator}")
    };
    let many = if n == 1 { "educator" } else { "educators" };
    doc.push(Block::Heading(Heading {
        level: HeadingLevel::Sub,
        spans: vec![
            Span::bold(if school == WITHHELD {
                "School withheld"
            } else {
                school
            }),
            Span::new(
                format!(" · {evaluator} · {} {many}", count(n)),
                Face::Regular,
                MUTED,
            ),
        ],
    }));
}

/// A group's names as running text, each with its note.
fn names(doc: &mut Document, group: &[&EducatorLine], note: &impl Fn(&EducatorLine) -> String) {
    let mut spans = Vec::new();
    for (i, line) in group.iter().enumerate() {
        if i > 0 {
            spans.push(Span::muted("\u{a0}· "));
        }
        // No-break spaces keep a name with its note on one line.
        spans.push(Span::plain(line.display.replace(' ', "\u{a0}")));
        spans.push(Span::muted(format!(
            "\u{a0}({})",
            note(line).replace(' ', "\u{a0}")
        )));
    }
    doc.push(Block::Paragraph(
        Paragraph::new(spans).size(8.5).space_after(4.0),
    ));
}

pub(super) fn sources(doc: &mut Document, summary: &Summary) {
    section(doc, "About this summary");
    small_print(
        doc,
        vec![
            Span::bold("Sources read: "),
            Span::plain(summary.sources.join("; ")),
        ],
    );
    if summary.deidentified {
        small_print(
            doc,
            vec![
                Span::bold("De-identified: "),
                Span::plain(format!(
                    "no group of fewer than {} educators is shown, as a small group names its members to whoever knows the school.",
                    summary.min_cell
                )),
            ],
        );
        for note in &summary.suppressed {
            small_print(doc, vec![Span::plain(note)]);
        }
    }
    small_print(
        doc,
        vec![Span::plain(format!(
            "Every rating is scored under {} (named on the first page): each educator's stored summative evaluation for the year is re-scored under it (a finalised one from the ratings and measures it was finalised with); where none is stored, a draft is scored from the year's observations (not saved). A final rating waits for every weighted student measure; until then the educator is counted as pending, never as requiring a plan. Component charts count every rating of the year; \"not observed\" is counted apart.",
            profile_names(summary)
        ))],
    );
    if !summary.duplicates.is_empty() {
        small_print(
            doc,
            vec![Span::plain(format!(
                "{} found in more than one source and counted once (the copy changed last).",
                counted(summary.duplicates.len(), "record was", "records were")
            ))],
        );
    }
    source_notes(doc, summary);
}

/// The sources not read and the counting's warnings, up to [`NOTES_SHOWN`].
fn source_notes(doc: &mut Document, summary: &Summary) {
    let notes: Vec<String> = summary
        .skipped
        .iter()
        .map(|s| format!("Not read: {s}"))
        .chain(summary.warnings.iter().cloned())
        .collect();
    for note in notes.iter().take(NOTES_SHOWN) {
        small_print(doc, vec![Span::muted(note)]);
    }
    if notes.len() > NOTES_SHOWN {
        small_print(
            doc,
            vec![Span::muted(format!(
                "… and {} more (the command line lists them all).",
                notes.len() - NOTES_SHOWN
            ))],
        );
    }
}

/// A paragraph of the small print about the summary.
fn small_print(doc: &mut Document, spans: Vec<Span>) {
    doc.push(Block::Paragraph(
        Paragraph::new(spans).size(SMALL).space_after(3.0),
    ));
}
