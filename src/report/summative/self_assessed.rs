//! The educator's self-assessment beside the evaluator's levels, and the
//! conference agenda (the components two levels or more apart), after
//! Part A. Printed only when the educator has a self-assessment for the
//! year: without one the form says nothing of it.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::house_style::{paragraph, section, sub};
use super::super::style::{ACCENT, Face, MUTED, Span};
use super::Sheet;
use crate::record::{SelfAssessment, SelfStatus};
use crate::scoring::{AGENDA_LEVELS, Compared, Comparison, self_level_text};

pub(super) fn self_assessment(sheet: &Sheet, doc: &mut Document) {
    let Some((mine, comparison)) = sheet.self_assessed else {
        return;
    };
    section(doc, "The educator's self-assessment");
    paragraph(doc, vec![Span::muted(about(mine, comparison))]);
    let mut table = Table::grid(vec![
        Column::new("", 0.06),
        Column::new("Component", 0.28),
        Column::new("Evaluator", 0.14),
        Column::new("Self-assessed", 0.14),
        Column::new("Educator's evidence", 0.38),
    ]);
    table.continued = Some("The educator's self-assessment (continued)".into());
    let rubric = sheet.scored.rubric;
    let mut current: Option<&str> = None;
    for row in &comparison.rows {
        if current != Some(row.domain.as_str()) {
            let name = (rubric.domains.iter())
                .find(|d| d.id == row.domain)
                .map_or(String::new(), |d| format!(": {}", d.name));
            let title = format!("Domain {}{name}", row.domain);
            table.group(vec![Span::new(title, Face::Bold, ACCENT)]);
            current = Some(row.domain.as_str());
        }
        table.row(compared_row(sheet, row));
    }
    doc.push(Block::Table(table));
    agenda(sheet, comparison, doc);
    goals(mine, doc);
}

/// Who supplied it, whether it was submitted, how many components it rates.
fn about(mine: &SelfAssessment, comparison: &Comparison) -> String {
    let who = match mine.supplied {
        crate::record::Supplied::Educator => "Supplied by the educator".to_string(),
        crate::record::Supplied::Evaluator if mine.entered_by.is_empty() => {
            "Entered from the educator's form".to_string()
        }
        crate::record::Supplied::Evaluator => {
            format!("Entered by {} from the educator's form", mine.entered_by)
        }
    };
    let status = match &mine.status {
        SelfStatus::Draft => "not yet submitted".to_string(),
        SelfStatus::Submitted { at } => format!("submitted {}", at.format("%B %-d, %Y")),
    };
    format!(
        "{who}, {status}; {} of {} components assessed. Components the educator did not assess say so; a difference is counted in the rubric's levels.",
        comparison.assessed(),
        comparison.rows.len()
    )
}

fn compared_row(sheet: &Sheet, row: &Compared) -> Vec<Vec<Span>> {
    let rubric = sheet.scored.rubric;
    let evaluator = match row.evaluator {
        Some(level) => vec![Span::bold(sheet.level_name(level))],
        None => vec![Span::new("not rated", Face::Italic, MUTED)],
    };
    let own = self_level_text(rubric, row.educator);
    let mut educator = match row.educator {
        Some(_) => vec![Span::bold(own)],
        None => vec![Span::new(own, Face::Italic, MUTED)],
    };
    if row.on_agenda() {
        educator.push(Span::new("\nagenda", Face::Italic, ACCENT));
    }
    vec![
        vec![Span::bold(&row.component)],
        vec![Span::plain(&row.name)],
        evaluator,
        educator,
        vec![Span::plain(row.evidence.trim())],
    ]
}

/// The components to talk over at the conference, or that there are none.
fn agenda(sheet: &Sheet, comparison: &Comparison, doc: &mut Document) {
    sub(doc, vec![Span::bold("Conference agenda")]);
    let items: Vec<&Compared> = comparison.agenda().collect();
    if items.is_empty() {
        paragraph(
            doc,
            vec![Span::muted(format!(
                "No component is {AGENDA_LEVELS} levels or more apart."
            ))],
        );
        return;
    }
    paragraph(
        doc,
        vec![Span::plain(format!(
            "Components where the educator's level and the evaluator's are {AGENDA_LEVELS} levels or more apart:"
        ))],
    );
    let rubric = sheet.scored.rubric;
    for row in items {
        let evaluator = row
            .evaluator
            .map_or_else(String::new, |l| sheet.level_name(l));
        doc.push(Block::Paragraph(
            Paragraph::new(vec![
                Span::bold(format!("{}  {}", row.component, row.name)),
                Span::plain(format!(
                    ": evaluator {evaluator}, educator {}.",
                    self_level_text(rubric, row.educator)
                )),
            ])
            .space_after(2.0),
        ));
    }
}

fn goals(mine: &SelfAssessment, doc: &mut Document) {
    if mine.goals.is_empty() {
        return;
    }
    sub(doc, vec![Span::bold("Goals the educator proposes")]);
    for (i, goal) in mine.goals.iter().enumerate() {
        let mut spans = vec![Span::plain(format!("{}. {}", i + 1, goal.text))];
        if !goal.components.is_empty() {
            spans.push(Span::muted(format!(" ({})", goal.components.join(", "))));
        }
        doc.push(Block::Paragraph(Paragraph::new(spans).space_after(2.0)));
    }
}
