//! The final rating: the practice score and the student measures, weighted
//! as the profile says for the evaluation's school year. Until every
//! weighted measure has a score there is a practice rating and no final one.

use super::evaluate::{Outcome, band_of, round_score};
use super::profile::{Bands, ScoringProfile};
use super::rules::{Condition, MeasureRule, Weighting};
use crate::record::{Measure, Period};
use crate::rubric::Rubric;

/// The final part of an evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Final {
    /// The weights applied; `None` when the profile has no rules for the year.
    pub weighting: Option<Weighting>,
    /// Each measure the weighting names, in the profile's order.
    pub measures: Vec<MeasureResult>,
    /// Rounded as the profile says; `None` while anything weighted is pending.
    pub score: Option<f64>,
    /// The final rating's label and band position (0 = lowest).
    pub rating: Option<(String, usize)>,
    /// The state's outcome for the band ("Satisfactory"), when it has one.
    pub outcome: Option<String>,
    /// Whether the final rating calls for an improvement plan; `None` while pending.
    pub plan_required: Option<bool>,
    /// Why there is no final rating yet, one phrase each: the measures
    /// pending, or the profile having no rules for the year.
    pub pending: Vec<String>,
}

/// One student measure and what it contributes.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureResult {
    pub id: String,
    pub name: String,
    /// Its line on the state's form.
    pub part: String,
    /// Its weight in the applied weighting.
    pub weight: f64,
    /// The records counted, as they stood.
    pub records: Vec<Measure>,
    /// The mean of the records' scores on the profile's scale.
    pub value: Option<f64>,
    pub status: MeasureStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureStatus {
    Scored,
    /// Recorded, waiting for its score.
    Pending,
    NotRecorded,
    /// A score outside what the source can give, with the sentence saying so.
    Invalid(String),
}

impl MeasureStatus {
    /// The word `evaluation show --json` and the reports use.
    #[must_use]
    pub fn word(&self) -> &'static str {
        match self {
            MeasureStatus::Scored => "scored",
            MeasureStatus::Pending => "pending",
            MeasureStatus::NotRecorded => "not recorded",
            MeasureStatus::Invalid(_) => "invalid",
        }
    }
}

/// What the final rating is worked out from.
pub struct FinalInput<'a> {
    pub profile: &'a ScoringProfile,
    pub rubric: &'a Rubric,
    pub practice: &'a Outcome,
    pub year: &'a str,
    pub period: Period,
    /// The educator's measures of the year.
    pub measures: &'a [Measure],
}

/// The weighting for the year and the educator, the measures under it, and
/// the final score and rating once nothing weighted is pending.
#[must_use]
pub fn final_rating(input: &FinalInput) -> Final {
    let profile = input.profile;
    let Some(weighting) = weighting_for(profile, input.year, input.period, input.measures) else {
        return Final {
            weighting: None,
            measures: Vec::new(),
            score: None,
            rating: None,
            outcome: None,
            plan_required: None,
            pending: vec![format!(
                "the profile `{}` has no rules for {} (its rules cover {})",
                profile.id,
                input.year,
                covered_years(profile)
            )],
        };
    };
    let measures: Vec<MeasureResult> = profile
        .measures
        .iter()
        .filter_map(|rule| {
            let weight = weighting.measures.get(&rule.id).copied()?;
            Some(measure_result(rule, weight, input.measures))
        })
        .collect();
    let mut pending: Vec<String> = measures
        .iter()
        .filter(|m| m.weight > 0.0 && m.status != MeasureStatus::Scored)
        .map(|m| match &m.status {
            MeasureStatus::Invalid(why) => why.clone(),
            status => format!("{} ({})", m.name, status.word()),
        })
        .collect();
    if input.practice.exact.is_none() {
        pending.insert(0, "the practice score (nothing is rated)".into());
    }
    let score = if pending.is_empty() {
        weighted(input.practice, &weighting, &measures).map(|s| round_score(profile, s))
    } else {
        None
    };
    let rating = score.and_then(|s| band_of(profile, input.rubric, s));
    Final {
        outcome: rating.as_ref().and_then(|(_, i)| band_outcome(profile, *i)),
        plan_required: rating.as_ref().map(|(_, i)| calls_for_plan(profile, *i)),
        weighting: Some(weighting),
        measures,
        score,
        rating,
        pending,
    }
}

/// The first weighting that applies to the year, the period and the
/// educator's measures; a profile without weightings weighs practice alone.
fn weighting_for(
    profile: &ScoringProfile,
    year: &str,
    period: Period,
    measures: &[Measure],
) -> Option<Weighting> {
    if profile.weightings.is_empty() {
        return profile.form.years.contains(year).then(|| Weighting {
            years: profile.form.years.clone(),
            when: Condition::Always,
            label: String::new(),
            practice: 100.0,
            measures: std::collections::BTreeMap::new(),
        });
    }
    profile
        .weightings
        .iter()
        .find(|w| {
            w.years.contains(year)
                && match &w.when {
                    Condition::Always => true,
                    Condition::SemiAnnual => period == Period::SemiAnnual,
                    Condition::HasMeasure(id) => measures.iter().any(|m| &m.measure == id),
                }
        })
        .cloned()
}

/// The school years a profile's rules cover, in words.
fn covered_years(profile: &ScoringProfile) -> String {
    let mut spans: Vec<String> = if profile.weightings.is_empty() {
        vec![profile.form.years.describe()]
    } else {
        profile
            .weightings
            .iter()
            .map(|w| w.years.describe())
            .collect()
    };
    spans.dedup();
    spans.join("; ")
}

fn measure_result(rule: &MeasureRule, weight: f64, measures: &[Measure]) -> MeasureResult {
    let records: Vec<Measure> = measures
        .iter()
        .filter(|m| m.measure == rule.id)
        .cloned()
        .collect();
    let converted: Vec<Result<f64, String>> = records
        .iter()
        .filter_map(|m| m.score.map(|s| rule.convert(s)))
        .collect();
    let status = if records.is_empty() {
        MeasureStatus::NotRecorded
    } else if let Some(Err(why)) = converted.iter().find(|c| c.is_err()) {
        MeasureStatus::Invalid(why.clone())
    } else if converted.len() < records.len() {
        MeasureStatus::Pending
    } else {
        MeasureStatus::Scored
    };
    let values: Vec<f64> = converted.into_iter().filter_map(Result::ok).collect();
    let value = (status == MeasureStatus::Scored && !values.is_empty())
        .then(|| values.iter().sum::<f64>() / values.len() as f64);
    MeasureResult {
        id: rule.id.clone(),
        name: rule.name.clone(),
        part: rule.part.clone(),
        weight,
        records,
        value,
        status,
    }
}

/// The weighted mean of the exact practice score and the measures' values.
fn weighted(practice: &Outcome, weighting: &Weighting, measures: &[MeasureResult]) -> Option<f64> {
    let mut sum = practice.exact? * weighting.practice;
    let mut total = weighting.practice;
    for m in measures.iter().filter(|m| m.weight > 0.0) {
        sum += m.value? * m.weight;
        total += m.weight;
    }
    (total > 0.0).then(|| sum / total)
}

/// Whether the band at `index` calls for the profile's improvement plan.
/// When no band says, the two lowest do (profiles before version 2).
#[must_use]
pub fn calls_for_plan(profile: &ScoringProfile, index: usize) -> bool {
    match &profile.bands {
        Bands::Fixed(bands) if bands.iter().any(|b| b.plan.is_some()) => {
            bands.get(index).is_some_and(|b| b.plan == Some(true))
        }
        _ => index < 2,
    }
}

/// The state's outcome word for the band at `index`, when it has one.
fn band_outcome(profile: &ScoringProfile, index: usize) -> Option<String> {
    match &profile.bands {
        Bands::Fixed(bands) => bands
            .get(index)
            .map(|b| b.outcome.clone())
            .filter(|o| !o.is_empty()),
        Bands::RubricLevels => None,
    }
}
