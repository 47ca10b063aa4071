//! Checking the parts of a profile that version 2 added: measures, their
//! conversion tables, the weightings by school year, and the form's years.

use super::load::Problem;
use super::profile::ScoringProfile;
use super::rules::{Condition, MeasureRule, Years};

/// Measures with unique ids and sound tables; weightings that name only
/// the profile's measures, with weights of zero or more.
pub(super) fn check_rules(profile: &ScoringProfile) -> Result<(), Problem> {
    check_years("form", &profile.form.years)?;
    for (i, rule) in profile.measures.iter().enumerate() {
        check_measure(rule)?;
        if profile.measures[..i].iter().any(|m| m.id == rule.id) {
            return Err(Problem::new(
                "measures",
                format!("the measure `{}` is listed twice", rule.id),
            ));
        }
    }
    for w in &profile.weightings {
        check_years("weightings", &w.years)?;
        let known = |id: &str| profile.measures.iter().any(|m| m.id == id);
        if let Some(unknown) = w.measures.keys().find(|id| !known(id)) {
            return Err(Problem::new(
                "weightings",
                format!(
                    "a weighting names the measure `{unknown}`, which the profile does not list"
                ),
            ));
        }
        if let Condition::HasMeasure(id) = &w.when
            && !known(id)
        {
            return Err(Problem::new(
                "weightings",
                format!(
                    "a weighting depends on the measure `{id}`, which the profile does not list"
                ),
            ));
        }
        let weights = std::iter::once(&w.practice).chain(w.measures.values());
        if weights.clone().any(|v| !v.is_finite() || *v < 0.0) || weights.sum::<f64>() <= 0.0 {
            return Err(Problem::new(
                "weightings",
                "weights must be zero or more, and at least one above zero",
            ));
        }
    }
    if profile
        .plan
        .as_ref()
        .is_some_and(|p| p.name.trim().is_empty())
    {
        return Err(Problem::new("plan", "the plan needs a name"));
    }
    Ok(())
}

/// A measure's range runs low to high, and its conversion steps increase.
fn check_measure(rule: &MeasureRule) -> Result<(), Problem> {
    let id_ok = !rule.id.is_empty()
        && rule
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        return Err(Problem::new(
            "measures",
            format!(
                "the measure id `{}` must be lower-case letters, digits or `-`",
                rule.id
            ),
        ));
    }
    let (low, high) = rule.range;
    if !low.is_finite() || !high.is_finite() || high <= low {
        return Err(Problem::new(
            "measures",
            format!(
                "the range of `{}` must run from a lower number to a higher one",
                rule.id
            ),
        ));
    }
    let steps = &rule.conversion;
    if steps
        .iter()
        .any(|s| !s.min.is_finite() || !s.value.is_finite())
        || steps.windows(2).any(|w| w[1].min <= w[0].min)
    {
        return Err(Problem::new(
            "measures",
            format!(
                "the conversion of `{}` needs numbers, with minimums that increase",
                rule.id
            ),
        ));
    }
    Ok(())
}

/// Each end of a range of years is a school year such as "2021-22".
fn check_years(field: &'static str, years: &Years) -> Result<(), Problem> {
    for year in years.from.iter().chain(years.until.iter()) {
        match super::parse_school_year(year) {
            Ok(parsed) if &parsed == year => {}
            _ => {
                return Err(Problem::new(
                    field,
                    format!("`{year}` is not a school year written as 2021-22"),
                ));
            }
        }
    }
    if let (Some(from), Some(until)) = (&years.from, &years.until)
        && from > until
    {
        return Err(Problem::new(
            field,
            format!("the years run from {from} to {until}, which is backwards"),
        ));
    }
    Ok(())
}
