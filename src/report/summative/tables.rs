//! The tables of a summative evaluation: the observations counted, and
//! every component in rubric order with its value, the level it stands at
//! and how it was derived.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{absent, section, sub};
use super::super::style::{ACCENT, Face, MUTED, Span};
use super::{Sheet, derivation_sentence, number};
use crate::scoring::{ComponentResult, Derivation};

pub(super) fn observations(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Observations counted");
    let counted = &sheet.scored.counted;
    // A finalised evaluation may rest on observations deleted since.
    let gone: Vec<&str> = match &sheet.summative.finalized {
        Some(f) => {
            let mut ids: Vec<&str> = f
                .ratings
                .iter()
                .map(|p| p.observation_id.as_str())
                .filter(|id| counted.iter().all(|o| o.id != *id))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        }
        None => Vec::new(),
    };
    if counted.is_empty() && gone.is_empty() {
        absent(
            doc,
            match sheet.summative.observations {
                crate::record::Selection::AllOfYear => "None in this school year.",
                crate::record::Selection::Chosen(_) => "None of the observations chosen.",
            },
        );
        return;
    }
    let mut table = Table::grid(vec![
        Column::new("Date", 0.24),
        Column::new("Kind", 0.22),
        Column::new("Observer", 0.32),
        Column::new("Components rated", 0.22),
    ]);
    table.continued = Some("Observations counted (continued)".into());
    for o in counted {
        table.row(vec![
            vec![Span::plain(format::date(&o.started_at))],
            vec![Span::plain(o.kind.to_string())],
            vec![Span::plain(&o.observer)],
            vec![Span::plain(o.rated_count().to_string())],
        ]);
    }
    for id in &gone {
        table.row(vec![
            vec![Span::new("No longer in the workspace", Face::Italic, MUTED)],
            vec![Span::muted(*id)],
            Vec::new(),
            Vec::new(),
        ]);
    }
    doc.push(Block::Table(table));
}

/// Within Part A: each component, grouped by domain.
pub(super) fn components(sheet: &Sheet, doc: &mut Document) {
    sub(doc, vec![Span::bold("Component ratings")]);
    let scale: Vec<String> = sheet
        .scored
        .outcome
        .level_values
        .iter()
        .map(|(score, value)| format!("{} {}", sheet.level_name(*score), number(*value)))
        .collect();
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(format!(
            "In rubric order, grouped by domain. Values are on the profile's scale: {}. A value between two levels shows the level whose band it falls in.",
            scale.join(", ")
        ))])
        .space_after(4.0),
    ));
    let mut table = Table::grid(vec![
        Column::new("", 0.06),
        Column::new("Component", 0.35),
        Column::new("Value", 0.08),
        Column::new("Level", 0.14),
        Column::new("How it was derived", 0.37),
    ]);
    table.continued = Some("Component ratings (continued)".into());
    let rubric = sheet.scored.rubric;
    let mut current: Option<&str> = None;
    for c in &sheet.scored.outcome.components {
        if current != Some(c.domain.as_str()) {
            let name = rubric
                .domains
                .iter()
                .find(|d| d.id == c.domain)
                .map_or(String::new(), |d| format!(": {}", d.name));
            table.group(vec![Span::new(
                format!("Domain {}{name}", c.domain),
                Face::Bold,
                ACCENT,
            )]);
            current = Some(c.domain.as_str());
        }
        table.row(component_row(sheet, c));
    }
    doc.push(Block::Table(table));
}

/// A component's id, name, value, level and how the value came about.
/// Every value has a level: the one it equals, else the one whose band it
/// falls in (2.67 is Proficient under New Jersey's cut scores).
fn component_row(sheet: &Sheet, c: &ComponentResult) -> Vec<Vec<Span>> {
    let value = match c.value {
        Some(v) => vec![Span::bold(number(v))],
        None => vec![Span::muted("\u{2014}")],
    };
    let level = match c.level.or(c.band) {
        Some(score) => vec![Span::bold(sheet.level_name(score))],
        None => Vec::new(),
    };
    let sentence = derivation_sentence(c, sheet.scored);
    let how = match c.derivation {
        Derivation::Unrated { .. } | Derivation::NeedsJudgement { .. } => {
            vec![Span::new(sentence, Face::Italic, MUTED)]
        }
        _ => vec![Span::plain(sentence)],
    };
    vec![
        vec![Span::bold(&c.id)],
        vec![Span::plain(&c.name)],
        value,
        level,
        how,
    ]
}
