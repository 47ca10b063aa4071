//! The educator's responses to a shared document, as they came back in a
//! response file: who acknowledged receipt and when, the version they were
//! given (and whether it is the version printed), their reflection, and the
//! files they attached, listed as the artifacts are.

use std::path::Path;

use super::blocks::Block;
use super::document::Document;
use super::format;
use super::house_style::{paragraph, section, sub};
use super::style::Span;
use crate::record::trail::{self, Amendable};
use crate::record::{EducatorResponse, WithResponses};

/// One section, "Educator's response", when the record has any.
pub(crate) fn responses<R: Amendable + WithResponses>(
    record: &R,
    root: Option<&Path>,
    doc: &mut Document,
) {
    let list = record.responses();
    if list.is_empty() {
        return;
    }
    section(doc, "Educator's response");
    let printed = trail::fingerprint(record);
    for (i, response) in list.iter().enumerate() {
        if list.len() > 1 {
            sub(doc, vec![Span::bold(format!("Response {}", i + 1))]);
        }
        one(response, &printed, root, doc);
    }
}

fn one(r: &EducatorResponse, printed: &str, root: Option<&Path>, doc: &mut Document) {
    let which = if r.version == printed {
        "the version printed here".to_string()
    } else {
        "an earlier version, not the one printed here".to_string()
    };
    paragraph(
        doc,
        vec![
            Span::bold(format!(
                "Receipt acknowledged by {} on {}",
                r.name,
                format::date_time(&r.acknowledged_at)
            )),
            Span::plain(format!(
                " (receipt, not agreement), of version {}: {which}. Imported on {} by {}.",
                trail::short(&r.version),
                format::date_time(&r.imported_at),
                r.imported_by
            )),
        ],
    );
    if !r.reflection.trim().is_empty() {
        sub(doc, vec![Span::bold("The educator's reflection")]);
        paragraph(doc, vec![Span::plain(r.reflection.trim())]);
    }
    if !r.artifacts.is_empty() {
        sub(doc, vec![Span::bold("Files the educator attached")]);
        let all: Vec<_> = r.artifacts.iter().collect();
        doc.push(Block::Table(super::artifacts::table(
            &all,
            root,
            "Files the educator attached (continued)".into(),
        )));
    }
}
