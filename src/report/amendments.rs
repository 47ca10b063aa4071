//! The section of a shared document that says which version this is, which
//! version the educator was given and acknowledged, and every amendment
//! since: what changed, from what, to what, who changed it, when and why.

use super::document::Document;
use super::format;
use super::house_style::{absent, paragraph, section, sub};
use super::style::Span;
use crate::record::trail::{self, Amendable, Amendment};

pub(crate) fn versions_and_amendments<R: Amendable>(record: &R, doc: &mut Document) {
    if !trail::is_locked(record) {
        return;
    }
    let t = record.trail();
    section(doc, "Versions and amendments");
    paragraph(
        doc,
        vec![
            Span::bold("This version (SHA-256): "),
            Span::plain(trail::fingerprint(record)),
        ],
    );
    for (label, version) in [
        ("Version shared on ", &t.shared),
        ("Version acknowledged on ", &t.acknowledged),
    ] {
        if let Some(v) = version {
            paragraph(
                doc,
                vec![
                    Span::bold(format!("{label}{}: ", format::date_time(&v.at))),
                    Span::plain(v.fingerprint.clone()),
                ],
            );
        }
    }
    if trail::amended_after_acknowledgement(record) {
        paragraph(
            doc,
            vec![Span::bold(
                "This version was amended after the educator acknowledged an earlier one; it has not been acknowledged.",
            )],
        );
    }
    sub(doc, vec![Span::bold("Amendments")]);
    if t.amendments.is_empty() {
        absent(doc, "No changes were made after the document was shared.");
    }
    for a in &t.amendments {
        amendment(doc, a);
    }
}

/// One amendment: when, who, which field, from what to what, and why.
fn amendment(doc: &mut Document, a: &Amendment) {
    let reason = if a.reason.trim().is_empty() {
        "no reason given".to_string()
    } else {
        a.reason.clone()
    };
    paragraph(
        doc,
        vec![
            Span::bold(format!(
                "{} · {} · {}",
                format::date_time(&a.at),
                a.by,
                a.field
            )),
            Span::plain(format!(
                "\nWas: {}\nNow: {}\nReason: {reason}",
                shown(&a.old),
                shown(&a.new)
            )),
        ],
    );
}

/// A blank value, visibly.
fn shown(value: &str) -> &str {
    if value.trim().is_empty() {
        "(empty)"
    } else {
        value
    }
}
