//! The end of the report: conference notes and the educator's reflection,
//! where the report stands (draft, shared, acknowledged), and signatures.

use super::super::document::Document;
use super::super::house_style::{
    absent, paragraph, receipt_and_signatures, section, status_sentence, sub,
};
use super::super::style::Span;
use super::Report;

pub(super) fn conferences(report: &Report, doc: &mut Document) {
    let o = report.observation;
    section(doc, "Conferences and reflection");
    for (title, text, missing) in [
        (
            "Pre-observation conference",
            &o.pre_conference,
            "No pre-observation conference notes were recorded.",
        ),
        (
            "Post-observation conference",
            &o.post_conference,
            "No post-observation conference notes were recorded.",
        ),
        (
            "Educator's reflection",
            &o.reflection,
            "No reflection was recorded.",
        ),
    ] {
        sub(doc, vec![Span::bold(title)]);
        if text.trim().is_empty() {
            absent(doc, missing);
        } else {
            paragraph(doc, vec![Span::plain(text.trim())]);
        }
    }
}

pub(super) fn status_and_signatures(report: &Report, doc: &mut Document) {
    let o = report.observation;
    section(doc, "Status and signatures");
    let status = status_sentence(&o.status, "report");
    paragraph(doc, vec![Span::plain(status)]);
    receipt_and_signatures(doc, "report", &o.observer, &report.educator.name);
}
