//! The look-for table, the notes typed during the visit, and the
//! components the visit touched.

use super::super::blocks::{Block, Column, Table};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{absent, notice, paragraph, sub};
use super::super::style::{Face, MUTED, Span};
use super::ReportOptions;
use crate::record::{LookForAnswers, Observation};
use crate::rubric::{LookForForm, Rubric};

/// A little under the body size: a walkthrough's tables hold a page.
const TABLE_SIZE: f32 = 9.0;

pub(super) fn lookfors(o: &Observation, form: Option<&LookForForm>, doc: &mut Document) {
    let Some(answers) = &o.lookfors else {
        return;
    };
    // The table's header says what it is: no section heading, so the page holds.
    let mut table = Table::grid(vec![
        Column::new("Look-for", 0.62),
        Column::new("Seen", 0.25),
        Column::new("Components", 0.13),
    ]);
    table.continued = Some("Look-fors (continued)".into());
    table.size = TABLE_SIZE;
    table.space_after = 6.0;
    match form {
        Some(form) => {
            for item in &form.items {
                let answer = answers.answer(&item.id).map_or_else(
                    || vec![Span::new("Not answered", Face::Italic, MUTED)],
                    |a| vec![Span::plain(a.text(&item.answer))],
                );
                table.row(vec![
                    vec![Span::plain(&item.text)],
                    answer,
                    vec![Span::plain(item.components.join(", "))],
                ]);
            }
        }
        None => unknown_form(answers, &mut table, doc),
    }
    doc.push(Block::Table(table));
}

/// The answers by item id when the form is not loaded, after saying so.
fn unknown_form(answers: &LookForAnswers, table: &mut Table, doc: &mut Document) {
    notice(
        doc,
        vec![
            Span::bold("Form not available. "),
            Span::plain(format!(
                "The look-for form \u{201c}{}\u{201d} was not loaded when this report was made, so its items are shown by their ids.",
                answers.form_id
            )),
        ],
    );
    for a in &answers.answers {
        table.row(vec![
            vec![Span::plain(&a.item)],
            vec![Span::plain(a.value.plain())],
            Vec::new(),
        ]);
    }
}

/// The evidence notes in time order, those naming students left out when asked.
pub(super) fn notes(o: &Observation, options: &ReportOptions, doc: &mut Document) {
    let mut notes: Vec<_> = o
        .evidence
        .iter()
        .filter(|n| !(options.omit_student_names && n.names_students))
        .collect();
    notes.sort_by_key(|n| (n.at, n.offset_secs, n.id));
    let omitted = o.evidence.len() - notes.len();
    if notes.is_empty() {
        absent(doc, "No notes were recorded.");
    } else {
        sub(doc, vec![Span::bold("Notes")]);
        let mut table = Table::grid(vec![
            Column::new("Time", 0.12),
            Column::new("Note", 0.72),
            Column::new("Components", 0.16),
        ]);
        table.header = false;
        table.size = TABLE_SIZE;
        table.continued = Some("Notes (continued)".into());
        table.space_after = 6.0;
        for n in notes {
            table.row(vec![
                vec![Span::plain(format::time(&n.at))],
                vec![Span::plain(n.text.trim())],
                vec![Span::plain(n.components.join(", "))],
            ]);
        }
        doc.push(Block::Table(table));
    }
    if omitted > 0 {
        absent(
            doc,
            &format!(
                "{} naming students left out of this copy.",
                format::count(omitted, "note", "notes")
            ),
        );
    }
}

/// Every component an answered item or a note names, in rubric order, with its name.
pub(super) fn components_touched(
    o: &Observation,
    rubric: Option<&Rubric>,
    form: Option<&LookForForm>,
    doc: &mut Document,
) {
    let mut touched: Vec<String> = o
        .evidence
        .iter()
        .flat_map(|n| n.components.iter().cloned())
        .collect();
    if let (Some(form), Some(answers)) = (form, &o.lookfors) {
        touched.extend(
            form.items
                .iter()
                .filter(|i| answers.answer(&i.id).is_some())
                .flat_map(|i| i.components.iter().cloned()),
        );
    }
    let named = named_in_order(&touched, rubric);
    if named.is_empty() {
        absent(doc, "No component was touched by an answer or a note.");
    } else {
        paragraph(
            doc,
            vec![
                Span::bold("Components touched: "),
                Span::plain(named.join("; ")),
            ],
        );
    }
}

/// "3a Communicating with Students", once each, in rubric order (ids the
/// rubric lacks last, as written).
fn named_in_order(ids: &[String], rubric: Option<&Rubric>) -> Vec<String> {
    let has = |id: &str| ids.iter().any(|c| crate::text::same_text(c, id));
    let mut named: Vec<String> = rubric
        .into_iter()
        .flat_map(Rubric::components)
        .filter(|c| has(&c.id))
        .map(|c| format!("{} {}", c.id, c.name))
        .collect();
    for id in ids {
        let known = rubric.is_some_and(|r| r.component(id).is_some());
        if !known && !id.trim().is_empty() && !named.iter().any(|n| n == id) {
            named.push(id.clone());
        }
    }
    named
}
