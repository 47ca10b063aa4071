//! What the plan aims at: the focus components with where each stands, the
//! level aimed for and that level's descriptor as the picture of success;
//! then the goals in SMART form.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::house_style::{absent, label, ruled_space, section, sub, value};
use super::super::style::{Face, MUTED, Span, TINT};
use super::Sheet;
use crate::record::Goal;

pub(super) fn focus(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Focus components");
    let focus = &sheet.plan.focus;
    if focus.is_empty() {
        absent(
            doc,
            "No focus components could be proposed yet: there is no rating below the rubric's top level to draw on. They can be chosen with the educator once components are rated.",
        );
        return;
    }
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(
            "Where each component stands, the level aimed for, and that level's description in the rubric: the picture of success.",
        )])
        .space_after(4.0),
    ));
    let mut table = Table::grid(vec![
        Column::new("Component", 0.27),
        Column::new("Now", 0.12),
        Column::new("Target", 0.13),
        Column::new("Picture of success", 0.48),
    ]);
    table.continued = Some("Focus components (continued)".into());
    for f in focus {
        let component = match sheet.component(&f.component) {
            Some(c) => vec![Span::bold(format!("{}  ", c.id)), Span::plain(&c.name)],
            None => vec![Span::bold(&f.component)],
        };
        let level = |score: Option<u32>, none: &str| match score {
            Some(s) => vec![Span::bold(sheet.level_name(s))],
            None => vec![Span::new(none, Face::Italic, MUTED)],
        };
        let picture = if f.target_descriptor.trim().is_empty() {
            vec![Span::new("No descriptor recorded", Face::Italic, MUTED)]
        } else {
            vec![Span::plain(f.target_descriptor.trim())]
        };
        table.row(vec![
            component,
            level(f.current, "Not rated"),
            level(f.target, "To be set"),
            picture,
        ]);
    }
    doc.push(Block::Table(table));
}

pub(super) fn goals(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Goals");
    let goals = &sheet.plan.goals;
    if goals.is_empty() {
        absent(
            doc,
            "No goals have been written yet. Write them here at the planning meeting: what will change, for which components, how success will be measured, and by when.",
        );
        ruled_space(doc, 5, "");
        return;
    }
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(
            "Each goal is specific (the statement), tied to rubric components, measurable (how success will be measured) and time-bound (the target date).",
        )])
        .space_after(4.0),
    ));
    for (i, goal) in goals.iter().enumerate() {
        let mut title = vec![Span::bold(format!("Goal {}", i + 1))];
        if goal.from_self_assessment {
            title.push(Span::muted(" · proposed in the educator's self-assessment"));
        }
        sub(doc, title);
        doc.push(Block::Table(goal_panel(sheet, goal, i + 1)));
    }
}

fn goal_panel(sheet: &Sheet, goal: &Goal, number: usize) -> Table {
    let mut panel = Table::panel(vec![Column::new("", 0.22), Column::new("", 0.78)], TINT);
    panel.space_after = 8.0;
    panel.keep_together = true;
    panel.continued = Some(format!("Goal {number} (continued)"));
    let components: Vec<String> = goal
        .components
        .iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| sheet.component_label(c.trim()))
        .collect();
    let date = goal
        .target_date
        .map(|d| d.format("%B %-d, %Y").to_string())
        .unwrap_or_default();
    panel.row(vec![label("Statement"), value(goal.statement.trim())]);
    panel.row(vec![label("Components"), value(&components.join("\n"))]);
    panel.row(vec![
        label("Measure of success"),
        value(goal.measure.trim()),
    ]);
    panel.row(vec![label("Target date"), value(&date)]);
    panel
}
