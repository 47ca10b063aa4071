//! Walkthrough look-fors: per form, a table of its items by school, one
//! column per month (at most six to a table, so every figure fits its cell).

use super::super::blocks::Block;
use super::super::document::Document;
use super::super::house_style::{section, sub};
use super::super::style::{SMALL, Span};
use super::numbers::count;
use super::tables::grid;
use crate::summary::{LookForTrend, Summary, TrendCell, TrendItem, TrendKind};

/// Months side by side in one table; more continue in the next.
const MONTHS_PER_TABLE: usize = 6;

/// The section, when some walkthrough of the year has answers.
pub(super) fn lookfors(doc: &mut Document, summary: &Summary) {
    if summary.lookfors.is_empty() {
        return;
    }
    section(doc, "Walkthrough look-fors");
    doc.push(Block::Paragraph(
        super::super::blocks::Paragraph::new(vec![Span::muted(
            "How walkthroughs answered each look-for, by school and month. A yes / partly / no item shows the share of yes among the answers that saw it (yes, partly or no) and, after the dot, how many walkthroughs answered it (not seen included); a scale item the mean point and the count; a note item only the count, never its text.",
        )])
        .size(SMALL),
    ));
    for trend in &summary.lookfors {
        form_tables(doc, trend);
    }
}

/// One form's tables, six months to a table.
fn form_tables(doc: &mut Document, trend: &LookForTrend) {
    sub(doc, vec![Span::bold(&trend.name)]);
    let mut months: Vec<&str> = (trend.items.iter())
        .flat_map(|i| i.cells.iter().map(|c| c.month.as_str()))
        .collect();
    months.sort_unstable();
    months.dedup();
    let mut schools: Vec<&str> = (trend.items.iter())
        .flat_map(|i| i.cells.iter().map(|c| c.school.as_str()))
        .collect();
    schools.sort_unstable();
    schools.dedup();
    for part in months.chunks(MONTHS_PER_TABLE) {
        month_table(doc, trend, part, &schools);
    }
}

/// The items of every school for these months.
fn month_table(doc: &mut Document, trend: &LookForTrend, months: &[&str], schools: &[&str]) {
    let share = 0.62 / MONTHS_PER_TABLE as f32;
    let mut columns: Vec<(&str, f32)> = vec![("Look-for", 0.38)];
    columns.extend(months.iter().map(|m| (*m, share)));
    let mut table = grid(&columns);
    table.continued = Some(format!("{} (continued)", trend.name));
    for school in schools {
        table.group(vec![Span::bold(*school)]);
        for item in &trend.items {
            let here =
                |month: &str| (item.cells.iter()).find(|c| c.school == *school && c.month == month);
            if months.iter().all(|m| here(m).is_none()) {
                continue;
            }
            let mut cells = vec![vec![Span::plain(label(item))]];
            cells.extend(months.iter().map(|m| {
                vec![Span::plain(
                    here(m).map_or_else(String::new, |c| figure(item.kind, c)),
                )]
            }));
            table.row(cells);
        }
    }
    doc.push(Block::Table(table));
}

/// The look-for as the form words it, else its id.
fn label(item: &TrendItem) -> String {
    if item.text.is_empty() {
        item.id.clone()
    } else {
        item.text.clone()
    }
}

/// "72% · 11", "2.8 · 11", "11".
fn figure(kind: TrendKind, cell: &TrendCell) -> String {
    let n = count(cell.answers);
    match kind {
        TrendKind::YesPartlyNo => match cell.yes_share() {
            Some(p) => format!("{p:.0}% · {n}"),
            None => format!("— · {n}"),
        },
        TrendKind::Scale => match cell.scale_mean() {
            Some(m) => format!("{m:.1} · {n}"),
            None => format!("— · {n}"),
        },
        TrendKind::Note => n,
    }
}
