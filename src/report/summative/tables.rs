//! The tables of a summative evaluation: the observations counted, every
//! component in rubric order with its value and how it was derived, and the
//! domain scores with their share of the final score.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::format;
use super::super::house_style::{absent, section};
use super::super::style::{ACCENT, Face, MUTED, Span};
use super::{Sheet, derivation_sentence, number};
use crate::scoring::{ComponentResult, Derivation, DomainResult, DomainWeights};

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

pub(super) fn components(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Component ratings");
    let scale: Vec<String> = sheet
        .scored
        .outcome
        .level_values
        .iter()
        .map(|(score, value)| format!("{} {}", sheet.level_name(*score), number(*value)))
        .collect();
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(format!(
            "In rubric order, grouped by domain. Values are on the profile's scale: {}.",
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
fn component_row(sheet: &Sheet, c: &ComponentResult) -> Vec<Vec<Span>> {
    let value = match c.value {
        Some(v) => vec![Span::bold(number(v))],
        None => vec![Span::muted("\u{2014}")],
    };
    let level = match c.level {
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

pub(super) fn domains(sheet: &Sheet, doc: &mut Document) {
    section(doc, "Domain scores");
    let outcome = &sheet.scored.outcome;
    let total: f64 = outcome
        .domains
        .iter()
        .filter(|d| d.score.is_some())
        .map(|d| d.weight)
        .sum();
    let mut table = Table::grid(vec![
        Column::new("Domain", 0.46),
        Column::new("Counted", 0.14),
        Column::new("Score", 0.12),
        Column::new("Weight", 0.14),
        Column::new("Weighted", 0.14),
    ]);
    table.continued = Some("Domain scores (continued)".into());
    table.keep_together = outcome.domains.len() <= 12;
    for d in &outcome.domains {
        table.row(domain_row(sheet, d, total));
    }
    if total > 0.0 {
        let sum: f64 = outcome
            .domains
            .iter()
            .filter_map(|d| d.score.map(|s| s * d.weight / total))
            .sum();
        table.row(vec![
            vec![Span::bold("Total")],
            Vec::new(),
            Vec::new(),
            vec![Span::bold("100%")],
            vec![Span::bold(sheet.score_text(sum))],
        ]);
    }
    doc.push(Block::Table(table));
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(weighting(sheet))]).space_after(4.0),
    ));
}

/// A domain's score, how many of its components counted, its share of the
/// final score (`total` is the sum of the scored domains' weights) and its
/// weighted score.
fn domain_row(sheet: &Sheet, d: &DomainResult, total: f64) -> Vec<Vec<Span>> {
    let outcome = &sheet.scored.outcome;
    let of_domain: Vec<_> = outcome
        .components
        .iter()
        .filter(|c| c.domain == d.id)
        .collect();
    let counted = of_domain.iter().filter(|c| c.value.is_some()).count();
    let share = match d.score {
        Some(_) if total > 0.0 => Some(d.weight / total),
        _ => None,
    };
    let dash = || vec![Span::muted("\u{2014}")];
    vec![
        vec![Span::bold(format!("{}  ", d.id)), Span::plain(&d.name)],
        vec![Span::plain(format!("{counted} of {}", of_domain.len()))],
        d.score
            .map_or_else(dash, |s| vec![Span::bold(sheet.score_text(s))]),
        match share {
            Some(w) if w > 0.0 => vec![Span::plain(percent(w))],
            Some(_) => vec![Span::muted("0%")],
            None => vec![Span::muted("not scored")],
        },
        match (d.score, share) {
            (Some(s), Some(w)) => vec![Span::plain(sheet.score_text(s * w))],
            _ => dash(),
        },
    ]
}

/// How the profile weighs the domains and rounds the final score.
fn weighting(sheet: &Sheet) -> String {
    let how = match sheet.scored.profile.domain_weights {
        DomainWeights::PerComponent => {
            "Each domain weighs as many counted components as it has, so the final score is the mean of all counted components."
        }
        DomainWeights::Equal => "Every domain with a score weighs the same.",
        DomainWeights::ById { .. } => {
            "Weights are the profile's, as a share of the domains that have a score."
        }
    };
    let unweighted = sheet
        .scored
        .outcome
        .domains
        .iter()
        .any(|d| d.score.is_some() && d.weight <= 0.0);
    let how = if unweighted {
        format!("{how} Domains the profile weighs 0% do not count.")
    } else {
        how.to_string()
    };
    format!(
        "{how} The final score is the sum of the weighted domain scores, rounded half up to {}.",
        format::count(
            sheet.scored.profile.decimals as usize,
            "decimal place",
            "decimal places"
        )
    )
}

/// "30%", "33.3%".
fn percent(share: f64) -> String {
    let p = share * 100.0;
    let text = format!("{:.1}", crate::scoring::round_half_up(p, 1));
    format!("{}%", text.trim_end_matches(".0"))
}
