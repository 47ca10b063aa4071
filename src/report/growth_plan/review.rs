//! The reviews of the plan, mid-year and at the end of the year: the notes
//! when written, else ruled space to write on at the meeting; then the
//! signatures that close the plan.

use super::super::document::Document;
use super::super::house_style::{
    paragraph, receipt_and_signatures, ruled_space, section, status_sentence, sub,
};
use super::super::style::Span;
use super::Sheet;

/// Ruled lines left for a review not yet written.
const REVIEW_LINES: usize = 7;

pub(super) fn reviews(sheet: &Sheet, doc: &mut Document) {
    let p = sheet.plan;
    section(doc, "Reviews");
    for (title, text) in [
        ("Mid-year review", &p.mid_year_review),
        ("End-of-year review", &p.end_of_year_review),
    ] {
        sub(doc, vec![Span::bold(title)]);
        if text.trim().is_empty() {
            ruled_space(doc, REVIEW_LINES, "Date of the meeting:");
        } else {
            paragraph(doc, vec![Span::plain(text.trim())]);
        }
    }
}

pub(super) fn signatures(sheet: &Sheet, doc: &mut Document) {
    let p = sheet.plan;
    section(doc, "Status and signatures");
    let status = status_sentence(&p.status, "plan");
    paragraph(doc, vec![Span::plain(status)]);
    receipt_and_signatures(doc, "plan", &sheet.educator.evaluator, &sheet.educator.name);
}
