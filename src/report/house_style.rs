//! Pieces every document uses the same way: the title block, panels of
//! label and value, section headings, notices and sentences of absence, and
//! the names of roles and school levels. One look across all documents.

use super::blocks::{Block, Column, Heading, HeadingLevel, Paragraph, Signature, Table};
use super::document::Document;
use super::style::{ACCENT, Face, INK, MUTED, Span, TINT};
use crate::rubric::{Rubric, SchoolLevel};

/// The school in the accent colour, the document's title, and a subtitle
/// (the educator and a date or year) at the top of the first page.
pub(crate) fn title_block(doc: &mut Document, school: &str, title: &str, subtitle: &str) {
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::new(school, Face::Bold, ACCENT)])
            .size(11.0)
            .space_after(0.0),
    ));
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::new(title, Face::Bold, INK)])
            .size(20.0)
            .space_after(1.0),
    ));
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::new(subtitle, Face::Regular, MUTED)])
            .size(11.5)
            .space_after(12.0),
    ));
}

/// Pairs of labels and values, two pairs to a row, on a tinted panel;
/// `label_share` is each label column's share of the width (0.12 suits
/// one-word labels).
pub(crate) fn details_panel(
    doc: &mut Document,
    label_share: f32,
    pairs: Vec<(&str, String, &str, String)>,
) {
    let value_share = 0.5 - label_share;
    let mut panel = Table::panel(
        vec![
            Column::new("", label_share),
            Column::new("", value_share),
            Column::new("", label_share),
            Column::new("", value_share),
        ],
        TINT,
    );
    panel.space_after = 12.0;
    for (l1, v1, l2, v2) in pairs {
        panel.row(vec![label(l1), value(&v1), label(l2), value(&v2)]);
    }
    doc.push(Block::Table(panel));
}

pub(crate) fn label(text: &str) -> Vec<Span> {
    vec![Span::new(text, Face::Bold, MUTED)]
}

/// The value, or "Not recorded" in muted italics when it is blank.
pub(crate) fn value(text: &str) -> Vec<Span> {
    if text.trim().is_empty() {
        vec![Span::new("Not recorded", Face::Italic, MUTED)]
    } else {
        vec![Span::plain(text)]
    }
}

pub(crate) fn section(doc: &mut Document, title: &str) {
    doc.push(Block::Heading(Heading {
        level: HeadingLevel::Section,
        spans: vec![Span::new(title, Face::Bold, ACCENT)],
    }));
}

pub(crate) fn sub(doc: &mut Document, spans: Vec<Span>) {
    doc.push(Block::Heading(Heading {
        level: HeadingLevel::Sub,
        spans,
    }));
}

pub(crate) fn paragraph(doc: &mut Document, spans: Vec<Span>) {
    doc.push(Block::Paragraph(Paragraph::new(spans)));
}

/// A sentence saying something is absent, in muted italics.
pub(crate) fn absent(doc: &mut Document, text: &str) {
    doc.push(Block::Paragraph(Paragraph::new(vec![Span::new(
        text,
        Face::Italic,
        MUTED,
    )])));
}

/// A notice on a tinted panel, for things the reader must not miss.
pub(crate) fn notice(doc: &mut Document, spans: Vec<Span>) {
    doc.push(Block::Paragraph(
        Paragraph::new(spans).panel().space_after(8.0),
    ));
}

/// Blank ruled lines to write on at a meeting, with an optional caption
/// (e.g. "Date of the meeting:") on the first; kept on one page.
pub(crate) fn ruled_space(doc: &mut Document, lines: usize, first: &str) {
    let mut table = Table::grid(vec![Column::new("", 1.0)]);
    table.header = false;
    table.zebra = false;
    // Rows about 8 mm apart: room for handwriting.
    table.size = 12.0;
    table.keep_together = true;
    table.space_after = 8.0;
    for i in 0..lines.max(1) {
        let text = if i == 0 { first } else { "" };
        table.row(vec![vec![Span::new(text, Face::Regular, MUTED)]]);
    }
    doc.push(Block::Table(table));
}

/// Where a shared document stands, in a sentence: "Draft: this plan has not
/// been shared with the educator yet.", or when it was shared and acknowledged.
pub(crate) fn status_sentence(status: &crate::record::Status, document: &str) -> String {
    use crate::record::Status;
    match status {
        Status::Draft => {
            format!("Draft: this {document} has not been shared with the educator yet.")
        }
        Status::Shared { at } => format!(
            "Shared with the educator on {}; receipt not yet acknowledged.",
            super::format::date_time(at)
        ),
        Status::Acknowledged { shared_at, by, at } => format!(
            "Shared with the educator on {}. Receipt acknowledged by {} on {}.",
            super::format::date_time(shared_at),
            by,
            super::format::date_time(at)
        ),
    }
}

/// The closing sentence and signature lines of the evaluator and educator.
pub(crate) fn receipt_and_signatures(
    doc: &mut Document,
    document: &str,
    evaluator: &str,
    educator: &str,
) {
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::plain(format!(
            "The educator's signature acknowledges receipt of this {document}, not agreement with it. The educator may attach a written response."
        ))])
        .space_after(10.0),
    ));
    doc.push(Block::Signatures(vec![
        Signature {
            role: "Evaluator".into(),
            name: evaluator.to_string(),
        },
        Signature {
            role: "Educator".into(),
            name: educator.to_string(),
        },
    ]));
}

/// The role's name from the rubric when it is the educator's role, else
/// the role id in words ("edtech-coordinator" -> "Edtech coordinator").
pub(crate) fn role_name(role: &str, rubric: Option<&Rubric>) -> String {
    if let Some(rubric) = rubric
        && rubric.role.id == role
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

pub(crate) fn level_name(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Elementary => "Elementary school",
        SchoolLevel::Middle => "Middle school",
        SchoolLevel::High => "High school",
        SchoolLevel::Other => "Other",
    }
}

/// "Draft", "Shared with the educator", "Acknowledged by the educator".
pub(crate) fn status_word(status: &crate::record::Status) -> &'static str {
    use crate::record::Status;
    match status {
        Status::Draft => "Draft",
        Status::Shared { .. } => "Shared with the educator",
        Status::Acknowledged { .. } => "Acknowledged by the educator",
    }
}
