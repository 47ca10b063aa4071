//! The ratings table (in rubric order, grouped by domain), the components
//! marked not observed, and strengths and areas for growth drawn from them.

use super::super::blocks::{Block, Column, Table};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{absent, paragraph, section, sub};
use super::super::style::{ACCENT, Face, MUTED, Span};
use super::{Report, component_list};
use crate::record::{Rating, RatingLevel};

/// Fewer ratings on a level than this, and strengths are not named.
const MIN_RATED: usize = 3;

pub(super) fn ratings(report: &Report, doc: &mut Document) {
    section(doc, "Ratings");
    let o = report.observation;
    let on_level: Vec<&Rating> = ordered(report)
        .into_iter()
        .filter(|r| matches!(r.level, RatingLevel::Level(_)))
        .collect();
    if on_level.is_empty() {
        absent(
            doc,
            "No component was rated on a level in this observation.",
        );
    } else {
        paragraph(doc, vec![Span::muted(distribution(report, &on_level))]);
        doc.push(Block::Table(ratings_table(report, &on_level)));
    }
    let not_observed: Vec<&str> = ordered(report)
        .into_iter()
        .filter(|r| r.level == RatingLevel::NotObserved)
        .map(|r| r.component.as_str())
        .collect();
    if !not_observed.is_empty() {
        sub(doc, vec![Span::bold("Not observed in this visit")]);
        component_list(report, doc, &not_observed);
    } else if !o.ratings.is_empty() {
        absent(doc, "No component was marked as not observed.");
    }
}

/// "18 components rated: 3 Proficient, 15 Basic." (highest level first).
fn distribution(report: &Report, ratings: &[&Rating]) -> String {
    let mut scores: Vec<u32> = ratings
        .iter()
        .filter_map(|r| match r.level {
            RatingLevel::Level(score) => Some(score),
            RatingLevel::NotObserved => None,
        })
        .collect();
    scores.sort_unstable_by(|a, b| b.cmp(a));
    let mut parts: Vec<String> = Vec::new();
    let mut rest = scores.as_slice();
    while let Some(&score) = rest.first() {
        let n = rest.iter().take_while(|&&s| s == score).count();
        parts.push(match report.rubric.and_then(|r| r.level(score)) {
            Some(level) => format!("{n} {}", level.name),
            None => format!("{n} at level {score}"),
        });
        rest = &rest[n..];
    }
    format!(
        "{} rated on a level: {}.",
        format::count(scores.len(), "component", "components"),
        parts.join(", ")
    )
}

/// Ratings in rubric order; those the rubric does not know (or all, without
/// a rubric) follow by id.
fn ordered<'a>(report: &Report<'a>) -> Vec<&'a Rating> {
    let position = |r: &Rating| {
        report
            .rubric
            .and_then(|rubric| {
                rubric
                    .components()
                    .position(|c| crate::text::same_text(&c.id, &r.component))
            })
            .unwrap_or(usize::MAX)
    };
    let mut ratings: Vec<&Rating> = report.observation.ratings.iter().collect();
    ratings.sort_by_cached_key(|r| (position(r), r.component.to_lowercase()));
    ratings
}

fn ratings_table(report: &Report, ratings: &[&Rating]) -> Table {
    let with_names = report.rubric.is_some();
    let mut columns = vec![Column::new(
        if with_names { "" } else { "Component" },
        0.075,
    )];
    if with_names {
        columns.push(Column::new("Component", 0.335));
    }
    columns.push(Column::new("Level", 0.15));
    columns.push(Column::new(
        "Rationale",
        if with_names { 0.44 } else { 0.775 },
    ));
    let mut table = Table::grid(columns);
    table.continued = Some("Ratings (continued)".into());
    let mut current_group: Option<String> = None;
    for rating in ratings {
        let RatingLevel::Level(score) = rating.level else {
            continue;
        };
        let component = report.component(&rating.component);
        if let Some(rubric) = report.rubric {
            let group = match component {
                Some(c) => rubric
                    .domains
                    .iter()
                    .find(|d| d.components.iter().any(|x| x.id == c.id))
                    .map(|d| format!("Domain {}: {}", d.id, d.name)),
                None => Some("Not in the current rubric".to_string()),
            };
            if group.is_some() && group != current_group {
                table.group(vec![Span::new(
                    group.clone().unwrap_or_default(),
                    Face::Bold,
                    ACCENT,
                )]);
                current_group = group;
            }
        }
        let id = component.map_or(rating.component.as_str(), |c| c.id.as_str());
        let mut row = vec![vec![Span::bold(id)]];
        if with_names {
            row.push(match component {
                Some(c) => vec![Span::plain(&c.name)],
                None => vec![Span::muted("not in the rubric")],
            });
        }
        row.push(vec![Span::bold(report.level_name(score))]);
        row.push(if rating.rationale.trim().is_empty() {
            vec![Span::new("No rationale recorded", Face::Italic, MUTED)]
        } else {
            vec![Span::plain(&rating.rationale)]
        });
        table.row(row);
    }
    table
}

pub(super) fn strengths_and_growth(report: &Report, doc: &mut Document) {
    section(doc, "Strengths and areas for growth");
    let rated: Vec<(&str, u32)> = ordered(report)
        .into_iter()
        .filter_map(|r| match r.level {
            RatingLevel::Level(score) => Some((r.component.as_str(), score)),
            RatingLevel::NotObserved => None,
        })
        .collect();
    if rated.len() < MIN_RATED {
        absent(
            doc,
            &format!(
                "Too few components were rated on a level to name strengths and areas for growth ({} rated; at least {MIN_RATED} are needed).",
                rated.len()
            ),
        );
        return;
    }
    let (Some(high), Some(low)) = (
        rated.iter().map(|(_, s)| *s).max(),
        rated.iter().map(|(_, s)| *s).min(),
    ) else {
        return;
    };
    if high == low {
        paragraph(
            doc,
            vec![Span::plain(format!(
                "All {} rated components were rated {}, so none stands out as a particular strength or area for growth.",
                rated.len(),
                report.level_name(high)
            ))],
        );
        return;
    }
    paragraph(
        doc,
        vec![Span::muted(
            "Drawn from this observation's ratings: strengths are the components rated at the highest level given in this visit, areas for growth those rated at the lowest.",
        )],
    );
    for (title, score) in [("Strengths", high), ("Areas for growth", low)] {
        rated_at(report, doc, &rated, (title, score));
    }
}

/// The components rated at `score`, under `title`.
fn rated_at(
    report: &Report,
    doc: &mut Document,
    rated: &[(&str, u32)],
    (title, score): (&str, u32),
) {
    let ids: Vec<&str> = rated
        .iter()
        .filter(|(_, s)| *s == score)
        .map(|(id, _)| *id)
        .collect();
    sub(
        doc,
        vec![
            Span::bold(title),
            Span::muted(format!(
                "  ·  rated {} ({})",
                report.level_name(score),
                format::count(ids.len(), "component", "components")
            )),
        ],
    );
    component_list(report, doc, &ids);
}
