//! The header block of the state's form: district, school, employee,
//! employment status in the state's words, school year, rating date,
//! annual or semi-annual, the form's name; then the scoring rules in words
//! and where the evaluation stands: a draft that still follows its
//! observations, or finalised (and any reopening since).

use super::super::document::Document;
use super::super::format;
use super::super::house_style::{
    details_panel, level_name, notice, paragraph, role_name, status_word, sub, title_block,
};
use super::super::style::Span;
use super::{Sheet, TITLE};
use crate::scoring::{Combine, DomainWeights, Scale, Tie, Unrated};

pub(super) fn title_and_details(sheet: &Sheet, doc: &mut Document) {
    let s = sheet.summative;
    let e = sheet.educator;
    let form = &sheet.scored.profile.form;
    // The form's name when the profile follows one; the employee is in the panel below.
    let lead = if form.name.trim().is_empty() {
        e.name.trim()
    } else {
        form.name.trim()
    };
    let subtitle = format!("{lead}  ·  School year {}", s.school_year);
    title_block(doc, &sheet.letterhead(), TITLE, &subtitle);
    details_panel(doc, 0.15, details(sheet));
    paragraph(
        doc,
        vec![
            Span::bold("How this evaluation is scored. "),
            Span::plain(rules_in_words(sheet)),
        ],
    );
    standing(sheet, doc);
}

/// The form's header fields, two pairs a line.
fn details(sheet: &Sheet) -> Vec<(&'static str, String, &'static str, String)> {
    let s = sheet.summative;
    let e = sheet.educator;
    let scored = sheet.scored;
    let form = &scored.profile.form;
    let rating_date = match &s.finalized {
        Some(f) => format::date(&f.at),
        None => "Draft (not yet finalised)".into(),
    };
    let evaluator = match &s.finalized {
        Some(f) if !f.by.trim().is_empty() => f.by.clone(),
        _ => e.evaluator.clone(),
    };
    let employment = e.employment.to_string();
    let employment = form
        .employment
        .get(&employment)
        .filter(|words| !words.trim().is_empty())
        .cloned()
        .unwrap_or(employment);
    let form_name = if form.name.trim().is_empty() {
        "No state form (the district's rules)".to_string()
    } else {
        form.name.trim().to_string()
    };
    let counted = format!("{} counted", scored.counted.len());
    vec![
        (
            "District",
            sheet.district.to_string(),
            "School year",
            s.school_year.clone(),
        ),
        ("School", e.school.clone(), "Rating date", rating_date),
        (
            "Employee",
            e.name.clone(),
            "Evaluation",
            s.period.label().into(),
        ),
        ("Employment", employment, "Evaluator", evaluator),
        (
            "Role",
            role_name(&e.role, Some(scored.rubric)),
            "Level",
            level_name(e.level).into(),
        ),
        (
            "Subject",
            e.subject.clone(),
            "Status",
            status_word(&s.status).into(),
        ),
        ("Form", form_name, "Observations", counted),
        (
            "Rubric",
            scored.rubric.title.clone(),
            "Scoring",
            scored.profile.title.clone(),
        ),
    ]
}

/// Where the evaluation stands, then every reopening, then the notice that
/// no observation was counted.
fn standing(sheet: &Sheet, doc: &mut Document) {
    let s = sheet.summative;
    match &s.finalized {
        Some(f) => notice(
            doc,
            vec![
                Span::bold(format!(
                    "Finalised by {} on {}. ",
                    f.by,
                    format::date_time(&f.at)
                )),
                Span::plain(
                    "The result below is the one recorded then; later changes to observations do not change it.",
                ),
            ],
        ),
        None => notice(
            doc,
            vec![
                Span::bold("Draft \u{2014} follows the observations until finalised. "),
                Span::plain(
                    "The ratings below change as observations are added or edited, until the evaluator finalises the evaluation.",
                ),
            ],
        ),
    }
    if !s.reopened.is_empty() {
        sub(doc, vec![Span::bold("Reopened after finalising")]);
        for r in &s.reopened {
            paragraph(
                doc,
                vec![
                    Span::bold(format!("{} by {}: ", format::date_time(&r.at), r.by)),
                    Span::plain(r.reason.trim()),
                ],
            );
        }
    }
    if sheet.no_observations() {
        notice(
            doc,
            vec![
                Span::bold(format!("No observations in {}. ", s.school_year)),
                Span::plain(format!(
                    "No observation of {} was counted for the {} school year, so no component has a rating from a visit yet{}.",
                    sheet.educator.name,
                    s.school_year,
                    if sheet.any_value() {
                        ""
                    } else {
                        " and there is no final score"
                    }
                )),
            ],
        );
    }
}

/// The profile's source sentence and its rules, e.g. "Pennsylvania's
/// form: …. Each component takes its most recent rating; …" (the profile's
/// title is in the panel above).
fn rules_in_words(sheet: &Sheet) -> String {
    let profile = sheet.scored.profile;
    let combine = match profile.combine {
        Combine::MostRecent => {
            "Each component takes its most recent rating in the observations counted".into()
        }
        Combine::Mean => "Each component is the mean of its ratings in the observations counted".into(),
        Combine::Median => {
            "Each component is the median of its ratings in the observations counted".into()
        }
        Combine::Mode { ties } => format!(
            "Each component takes its most frequent rating in the observations counted (a tie goes to the {} level)",
            match ties {
                Tie::Higher => "higher",
                Tie::Lower => "lower",
            }
        ),
        Combine::Judgement => {
            "The evaluator rates each component, with a written reason, from the observations counted".to_string()
        }
    };
    let unrated = match profile.unrated {
        Unrated::Excluded => "components never rated are left out",
        Unrated::Lowest => "components never rated count at the lowest level",
    };
    let scale = match &profile.scale {
        Scale::RubricScores => format!("on the rubric's own {} scale", sheet.scale()),
        Scale::ByRank(_) => format!("on a {} scale", sheet.scale()),
    };
    let weights = match &profile.domain_weights {
        DomainWeights::Equal => "every domain weighs the same",
        DomainWeights::PerComponent => "every counted component weighs the same",
        DomainWeights::ById { .. } => "domains are weighted as Part A shows",
    };
    let source = profile.source.trim();
    let source = if source.is_empty() || source.ends_with('.') {
        source.to_string()
    } else {
        format!("{source}.")
    };
    format!("{source} {combine}; {unrated}. Values are {scale}; {weights}.")
        .trim_start()
        .to_string()
}
