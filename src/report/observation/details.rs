//! The first page's title block, the panel of who, when and what, and the
//! notices a reader must see first (draft, rubric missing, notes left out).

use super::super::document::Document;
use super::super::format;
use super::super::house_style::{
    details_panel, level_name, notice, role_name, status_word, title_block,
};
use super::super::style::Span;
use super::Report;
use crate::record::{Observation, Status};

pub(super) fn title_and_details(report: &Report, doc: &mut Document) {
    let o = report.observation;
    let e = report.educator;
    title_block(
        doc,
        &e.school,
        &report.visit.title,
        &format!("{}  ·  {}", e.name, format::long_date(&o.started_at)),
    );
    let students = o
        .context
        .students
        .map(|n| n.to_string())
        .unwrap_or_default();
    let rubric = match report.rubric {
        Some(r) => r.title.clone(),
        None => format!("{} (not available)", o.rubric_id),
    };
    let observer = if o.co_observer.trim().is_empty() {
        o.observer.clone()
    } else {
        format!("{} (with {})", o.observer, o.co_observer.trim())
    };
    let pairs = vec![
        ("Educator", e.name.clone(), "Observer", observer),
        (
            "Role",
            role_name(&e.role, report.rubric),
            "Date",
            format::long_date(&o.started_at),
        ),
        ("School", e.school.clone(), "Time", time_span(o)),
        (
            "Level",
            level_name(e.level).into(),
            "Kind",
            format!(
                "{} ({})",
                report.visit.name,
                if o.announced() {
                    "announced"
                } else {
                    "unannounced"
                }
            ),
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
    details_panel(doc, 0.12, pairs);
    notices(report, doc);
}

/// "9:05 AM to 9:50 AM (45 minutes)", or the start alone without a length.
fn time_span(o: &Observation) -> String {
    // At most a day, so the length always fits.
    let secs = i64::try_from(o.duration_secs.min(86_400)).unwrap_or(86_400);
    let end = o
        .started_at
        .checked_add_signed(chrono::TimeDelta::seconds(secs));
    match end {
        Some(end) if o.duration_secs > 0 => format!(
            "{} to {} ({})",
            format::time(&o.started_at),
            format::time(&end),
            format::duration(o.duration_secs)
        ),
        _ => format::time(&o.started_at),
    }
}

/// What a reader must know before the rest: a draft, a rubric not loaded,
/// notes left out.
fn notices(report: &Report, doc: &mut Document) {
    let o = report.observation;
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
