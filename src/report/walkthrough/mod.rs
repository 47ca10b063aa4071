//! The walkthrough report: one page for a visit of a few minutes on a
//! look-for form. The form's items and answers, the notes, the components
//! touched, and a line for the educator. Longer text flows onto a second
//! page rather than being cut.

mod items;

use super::document::Document;
use super::error::ReportError;
use super::format;
use super::house_style::{
    absent, details_panel, notice, paragraph, receipt_and_signatures, status_sentence, status_word,
    title_block,
};
use super::style::Span;
use super::visit_document::visit_document;
use super::{Pdf, ReportOptions};
use crate::record::{Educator, Observation, Status};
use crate::rubric::{LookForForm, Rubric};

/// The title on the page and in its header.
const TITLE: &str = "Walkthrough Report";

/// Makes the one-page report of a walkthrough. `form` is the look-for form
/// its answers name, or `None` when it is not loaded: items then show by
/// their ids and the report says why.
pub fn walkthrough_report(
    observation: &Observation,
    educator: &Educator,
    rubric: Option<&Rubric>,
    form: Option<&LookForForm>,
    options: &ReportOptions,
) -> Result<Pdf, ReportError> {
    let mut doc = visit_document(observation, educator, TITLE, "Walkthrough", options)?;
    details(observation, educator, form, &mut doc);
    items::lookfors(observation, form, &mut doc);
    items::notes(observation, options, &mut doc);
    super::responses::responses(observation, options.artifacts_from.as_deref(), &mut doc);
    items::components_touched(observation, rubric, form, &mut doc);
    version(observation, &mut doc);
    receipt_and_signatures(&mut doc, "report", &observation.observer, &educator.name);
    Ok(doc.render())
}

/// Where the report stands and which version this is: one line while nothing was amended (so the page
/// holds), the whole section with every amendment once something was.
fn version(o: &Observation, doc: &mut Document) {
    if !crate::record::trail::is_locked(o) {
        paragraph(doc, vec![Span::muted(status_sentence(&o.status, "report"))]);
        return;
    }
    let status = status_sentence(&o.status, "report");
    if o.trail.amendments.is_empty() {
        paragraph(
            doc,
            vec![Span::muted(format!(
                "{status} This version (SHA-256): {}; no changes were made after it was shared.",
                crate::record::trail::fingerprint(o)
            ))],
        );
    } else {
        super::amendments::versions_and_amendments(o, doc);
        paragraph(doc, vec![Span::muted(status)]);
    }
}

/// The title, who and when in a short panel, and the draft notice.
fn details(o: &Observation, e: &Educator, form: Option<&LookForForm>, doc: &mut Document) {
    title_block(
        doc,
        &e.school,
        TITLE,
        &format!("{}  ·  {}", e.name, format::long_date(&o.started_at)),
    );
    let form_name = match (form, &o.lookfors) {
        (Some(f), _) => f.name.clone(),
        (None, Some(a)) => format!("{} (not available)", a.form_id),
        (None, None) => String::new(),
    };
    let time = if o.duration_secs > 0 {
        format!(
            "{} ({})",
            format::time(&o.started_at),
            format::duration(o.duration_secs)
        )
    } else {
        format::time(&o.started_at)
    };
    let subject = [o.context.subject.trim(), o.context.grade.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", grade ");
    // The title names the school, the educator and the day already.
    let pairs = vec![
        ("Observer", o.observer.clone(), "Time", time),
        ("Class", subject, "Form", form_name),
        (
            "Topic",
            o.context.topic.clone(),
            "Status",
            status_word(&o.status).into(),
        ),
    ];
    details_panel(doc, 0.12, pairs);
    if o.status == Status::Draft {
        notice(
            doc,
            vec![
                Span::bold("Draft. "),
                Span::plain("This report has not been shared with the educator yet."),
            ],
        );
    }
    if o.lookfors.is_none() {
        absent(doc, "No look-for form was chosen for this walkthrough.");
    }
}
