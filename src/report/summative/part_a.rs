//! Part A of the state's form, observation and practice: each domain's
//! rating, its factor (its weight as a share of the domains rated), the
//! points it earns (rating × factor) out of its maximum (the top of the
//! scale × factor), the practice rating they add up to, and then every
//! component with how its value came about.

use super::super::blocks::{Block, Column, Paragraph, Table};
use super::super::document::Document;
use super::super::house_style::{absent, section};
use super::super::style::{Face, MUTED, Span};
use super::{Sheet, percent, tables};
use crate::scoring::{DomainResult, DomainWeights};

pub(super) fn practice(sheet: &Sheet, doc: &mut Document) {
    section(doc, &format!("Part A: {}", sheet.practice_label()));
    if !sheet.any_value() {
        absent(
            doc,
            "No component has a value yet, so no domain has a rating.",
        );
        return;
    }
    domains(sheet, doc);
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::plain(practice_sentence(sheet))]).space_after(4.0),
    ));
    doc.push(Block::Paragraph(
        Paragraph::new(vec![Span::muted(weighting(sheet))]).space_after(4.0),
    ));
    tables::components(sheet, doc);
}

/// The sum of the weights of the domains with a rating: each factor's denominator.
fn weights_in_use(sheet: &Sheet) -> f64 {
    sheet
        .scored
        .outcome
        .domains
        .iter()
        .filter(|d| d.score.is_some())
        .map(|d| d.weight)
        .sum()
}

fn domains(sheet: &Sheet, doc: &mut Document) {
    let outcome = &sheet.scored.outcome;
    let total = weights_in_use(sheet);
    let mut table = Table::grid(vec![
        Column::new("Domain", 0.38),
        Column::new("Counted", 0.12),
        Column::new("Rating", 0.11),
        Column::new("Factor", 0.11),
        Column::new("Earned points", 0.14),
        Column::new("Maximum points", 0.14),
    ]);
    table.continued = Some(format!("Part A: {} (continued)", sheet.practice_label()));
    table.keep_together = outcome.domains.len() <= 12;
    for d in &outcome.domains {
        table.row(domain_row(sheet, d, total));
    }
    if let Some(score) = outcome.score.filter(|_| total > 0.0) {
        table.row(vec![
            vec![Span::bold(format!("{} rating", sheet.practice_label()))],
            Vec::new(),
            Vec::new(),
            vec![Span::bold("100%")],
            vec![Span::bold(sheet.score_text(score))],
            vec![Span::bold(sheet.score_text(sheet.top_value()))],
        ]);
    }
    doc.push(Block::Table(table));
}

/// One domain's line: its rating, factor, earned and maximum points; a
/// domain counted within another says so instead.
fn domain_row(sheet: &Sheet, d: &DomainResult, total: f64) -> Vec<Vec<Span>> {
    let dash = || vec![Span::muted("\u{2014}")];
    let mut name = vec![Span::bold(format!("{}  ", d.id)), Span::plain(&d.name)];
    let counted = vec![Span::plain(counted(sheet, d))];
    if let Some(target) = &d.counted_in {
        let target_name = sheet
            .scored
            .outcome
            .domains
            .iter()
            .find(|t| &t.id == target)
            .map_or(String::new(), |t| format!(": {}", t.name));
        name.push(Span::new(
            format!("\nCounted within domain {target}{target_name}"),
            Face::Italic,
            MUTED,
        ));
        return vec![name, counted, dash(), dash(), dash(), dash()];
    }
    let (Some(rating), true) = (d.score, total > 0.0) else {
        return vec![
            name,
            counted,
            vec![Span::new("not rated", Face::Italic, MUTED)],
            dash(),
            dash(),
            dash(),
        ];
    };
    let factor = d.weight / total;
    vec![
        name,
        counted,
        vec![Span::bold(sheet.score_text(rating))],
        if factor > 0.0 {
            vec![Span::plain(percent(factor))]
        } else {
            vec![Span::muted("0%")]
        },
        vec![Span::plain(sheet.score_text(rating * factor))],
        vec![Span::plain(sheet.score_text(sheet.top_value() * factor))],
    ]
}

/// "5 of 6": the components with a value that count in this domain (its
/// own, and those of domains counted within it) out of all of them.
fn counted(sheet: &Sheet, d: &DomainResult) -> String {
    let outcome = &sheet.scored.outcome;
    let counts_here = |domain: &str| {
        domain == d.id
            || outcome
                .domains
                .iter()
                .any(|o| o.id == domain && o.counted_in.as_deref() == Some(d.id.as_str()))
    };
    let own: Vec<_> = outcome
        .components
        .iter()
        .filter(|c| {
            if d.counted_in.is_some() {
                c.domain == d.id
            } else {
                counts_here(&c.domain)
            }
        })
        .collect();
    let valued = own.iter().filter(|c| c.value.is_some()).count();
    format!("{valued} of {}", own.len())
}

/// "Observation & Practice rating 2.13 (Proficient) on the 0-3 scale: …".
fn practice_sentence(sheet: &Sheet) -> String {
    let outcome = &sheet.scored.outcome;
    let label = sheet.practice_label();
    match (outcome.score, &outcome.rating) {
        (Some(score), Some((band, _))) => format!(
            "{label} rating {} ({band}) on the {} scale: the earned points added up, {}.",
            sheet.score_text(score),
            sheet.scale(),
            sheet.rounding_in_words()
        ),
        (Some(score), None) => format!("{label} rating {}.", sheet.score_text(score)),
        (None, _) => format!("No {label} rating yet: no domain has a rating."),
    }
}

/// How the profile weighs the domains.
fn weighting(sheet: &Sheet) -> String {
    let how = match sheet.scored.profile.domain_weights {
        DomainWeights::PerComponent => {
            "Each domain weighs as many counted components as it has, so the rating is the mean of all counted components."
        }
        DomainWeights::Equal => "Every domain with a rating weighs the same.",
        DomainWeights::ById { .. } => {
            "Each factor is the domain's weight in the profile as a share of the domains that have a rating."
        }
    };
    let unweighted = sheet
        .scored
        .outcome
        .domains
        .iter()
        .any(|d| d.score.is_some() && d.weight <= 0.0);
    let rounded =
        " Each number is rounded as the profile says; the rating is rounded from the exact sum.";
    if unweighted {
        format!("{how} Domains the profile weighs 0% do not count.{rounded}")
    } else {
        format!("{how}{rounded}")
    }
}
