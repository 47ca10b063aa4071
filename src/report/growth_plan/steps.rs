//! How the plan is carried out: the action steps (a table whose header
//! repeats on every page), the supports the school gives, and the dated
//! evidence of progress. Empty parts print as blank rows to fill in by hand.

use super::super::blocks::{Block, Column, Table};
use super::super::document::Document;
use super::super::house_style::{absent, paragraph, ruled_space, section};
use super::super::style::{Face, MUTED, Span};
use super::Sheet;
use crate::record::StepStatus;

/// Blank rows printed when a table is empty, for writing on at a meeting.
const BLANK_ROWS: usize = 4;

pub(super) fn steps(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Action steps");
    let steps = &sheet.plan.steps;
    let mut table = Table::grid(vec![
        Column::new("#", 0.05),
        Column::new("Action step", 0.49),
        Column::new("Who", 0.2),
        Column::new("Due", 0.13),
        Column::new("Status", 0.13),
    ]);
    table.continued = Some("Action steps (continued)".into());
    if steps.is_empty() {
        absent(doc, "No action steps have been written yet.");
        blank_rows(&mut table, BLANK_ROWS);
        doc.push(Block::Table(table));
        return;
    }
    for (i, step) in steps.iter().enumerate() {
        let what = if step.what.trim().is_empty() {
            vec![Span::new("(no description)", Face::Italic, MUTED)]
        } else {
            vec![Span::plain(step.what.trim())]
        };
        let due = step.due.map(short_date).unwrap_or_default();
        let status = match step.status {
            StepStatus::Done => vec![Span::bold(step.status.to_string())],
            _ => vec![Span::plain(step.status.to_string())],
        };
        table.row(vec![
            vec![Span::muted((i + 1).to_string())],
            what,
            vec![Span::plain(step.who.trim())],
            vec![Span::plain(due)],
            status,
        ]);
    }
    doc.push(Block::Table(table));
    let done = steps
        .iter()
        .filter(|s| s.status == StepStatus::Done)
        .count();
    let started = steps
        .iter()
        .filter(|s| s.status == StepStatus::InProgress)
        .count();
    doc.push(Block::Paragraph(
        super::super::blocks::Paragraph::new(vec![Span::muted(format!(
            "{} of {} done, {} in progress.",
            done,
            steps.len(),
            started
        ))])
        .space_after(4.0),
    ));
}

pub(super) fn supports(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Supports and resources");
    let text = sheet.plan.supports.trim();
    if text.is_empty() {
        absent(
            doc,
            "None recorded yet: coaching, courses, materials, time and people the school provides.",
        );
        ruled_space(doc, 3, "");
    } else {
        paragraph(doc, vec![Span::plain(text)]);
    }
}

pub(super) fn progress(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Evidence of progress");
    let mut entries: Vec<_> = sheet.plan.progress.iter().collect();
    entries.sort_by_key(|e| e.date);
    let mut table = Table::grid(vec![
        Column::new("Date", 0.18),
        Column::new("Evidence of progress", 0.82),
    ]);
    table.continued = Some("Evidence of progress (continued)".into());
    if entries.is_empty() {
        absent(doc, "No evidence of progress has been recorded yet.");
        blank_rows(&mut table, BLANK_ROWS);
        doc.push(Block::Table(table));
        return;
    }
    for entry in entries {
        let text = if entry.text.trim().is_empty() {
            vec![Span::new("(empty entry)", Face::Italic, MUTED)]
        } else {
            vec![Span::plain(entry.text.trim())]
        };
        table.row(vec![vec![Span::plain(short_date(entry.date))], text]);
    }
    doc.push(Block::Table(table));
}

/// Empty rows, a little taller than text, so the table can be filled in by hand.
fn blank_rows(table: &mut Table, rows: usize) {
    table.zebra = false;
    table.keep_together = true;
    // A no-break space is a word, so the row keeps its line.
    table.size = 12.0;
    let columns = table.columns.len();
    for _ in 0..rows {
        table.row(vec![vec![Span::plain("\u{00A0}")]; columns]);
    }
}

/// "Jan 10, 2027", with no-break spaces so a table column keeps a date on
/// one line (the column widens to its widest word).
fn short_date(date: chrono::NaiveDate) -> String {
    date.format("%b\u{a0}%-d,\u{a0}%Y").to_string()
}
