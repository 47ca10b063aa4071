//! The first page's title block, the panel of who, when and what, and the
//! notices a reader must see first (draft, rubric missing, notes left out).

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::format;
use super::super::style::{ACCENT, Face, INK, MUTED, Span, TINT};
use super::{Report, TITLE, notice};
use crate::record::Status;
use crate::rubric::SchoolLevel;

pub(super) fn title_and_details(report: &Report, doc: &mut Document) {
    let o = report.observation;
    let e = report.educator;
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::new(&e.school, Face::Bold, ACCENT)])
            .size(11.0)
            .space_after(0.0),
    ));
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::new(TITLE, Face::Bold, INK)])
            .size(20.0)
            .space_after(1.0),
    ));
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::new(
            format!("{}  ·  {}", e.name, format::long_date(&o.started_at)),
            Face::Regular,
            MUTED,
        )])
        .size(11.5)
        .space_after(12.0),
    ));

    let mut panel = Table::panel(
        vec![
            Column::new("", 0.12),
            Column::new("", 0.38),
            Column::new("", 0.12),
            Column::new("", 0.38),
        ],
        TINT,
    );
    panel.space_after = 12.0;
    let end = o.started_at.checked_add_signed(chrono::TimeDelta::seconds(
        o.duration_secs.min(86_400) as i64,
    ));
    let time = match end {
        Some(end) if o.duration_secs > 0 => format!(
            "{} to {} ({})",
            format::time(&o.started_at),
            format::time(&end),
            format::duration(o.duration_secs)
        ),
        _ => format::time(&o.started_at),
    };
    let students = o
        .context
        .students
        .map(|n| n.to_string())
        .unwrap_or_default();
    let rubric = match report.rubric {
        Some(r) => r.title.clone(),
        None => format!("{} (not available)", o.rubric_id),
    };
    let pairs: [(&str, String, &str, String); 7] = [
        ("Educator", e.name.clone(), "Observer", o.observer.clone()),
        (
            "Role",
            role_name(report),
            "Date",
            format::long_date(&o.started_at),
        ),
        ("School", e.school.clone(), "Time", time),
        (
            "Level",
            level_name(e.level).into(),
            "Kind",
            o.kind.to_string(),
        ),
        (
            "Subject",
            o.context.subject.clone(),
            "Grade",
            o.context.grade.clone(),
        ),
        ("Topic", o.context.topic.clone(), "Students", students),
        ("Rubric", rubric, "Status", status_word(&o.status).into()),
    ];
    for (l1, v1, l2, v2) in pairs {
        panel.row(vec![label(l1), value(&v1), label(l2), value(&v2)]);
    }
    doc.push(Block::Table(panel));

    if o.status == Status::Draft {
        notice(
            doc,
            vec![
                Span::bold("Draft. "),
                Span::plain("This report has not been shared with the educator yet."),
            ],
        );
    }
    if report.rubric.is_none() {
        notice(
            doc,
            vec![
                Span::bold("Rubric not available. "),
                Span::plain(format!(
                    "The rubric \u{201c}{}\u{201d} was not loaded when this report was made, so components are shown by their ids only and levels by their scores.",
                    o.rubric_id
                )),
            ],
        );
    }
    if report.omitted > 0 {
        let (notes, verbs) = if report.omitted == 1 {
            ("evidence note that names", "was")
        } else {
            ("evidence notes that name", "were")
        };
        notice(
            doc,
            vec![
                Span::bold("Student names. "),
                Span::plain(format!(
                    "{} {notes} students {verbs} left out of this copy of the report.",
                    report.omitted
                )),
            ],
        );
    }
}

fn label(text: &str) -> Vec<Span> {
    vec![Span::new(text, Face::Bold, MUTED)]
}

fn value(text: &str) -> Vec<Span> {
    if text.trim().is_empty() {
        vec![Span::new("Not recorded", Face::Italic, MUTED)]
    } else {
        vec![Span::plain(text)]
    }
}

/// The role's name from the rubric when it is the educator's role, else
/// the role id in words ("edtech-coordinator" -> "Edtech coordinator").
fn role_name(report: &Report) -> String {
    let role = &report.educator.role;
    if let Some(rubric) = report.rubric
        && rubric.role.id == *role
    {
        return rubric.role.name.clone();
    }
    let words = role.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn level_name(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Elementary => "Elementary school",
        SchoolLevel::Middle => "Middle school",
        SchoolLevel::High => "High school",
        SchoolLevel::Other => "Other",
    }
}

fn status_word(status: &Status) -> &'static str {
    match status {
        Status::Draft => "Draft",
        Status::Shared { .. } => "Shared with the educator",
        Status::Acknowledged { .. } => "Acknowledged by the educator",
    }
}
