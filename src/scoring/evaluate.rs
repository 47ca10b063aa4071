//! Turning a year's ratings into component values, domain scores, a final
//! score and rating, with a record of how each value was derived.

use super::profile::{Bands, Combine, DomainWeights, Scale, ScoringProfile, Tie, Unrated};
use super::rules::Rounding;
use crate::record::{Override, RatingPoint, Timestamp};
use crate::rubric::{Component, Domain, Rubric, SchoolLevel};

/// What the engine needs: the rubric and profile, the educator's school
/// level (some domains apply only at some levels), the ratings of the
/// observations that count, and the evaluator's overrides.
pub struct Input<'a> {
    pub rubric: &'a Rubric,
    pub profile: &'a ScoringProfile,
    pub level: Option<SchoolLevel>,
    pub ratings: &'a [RatingPoint],
    pub overrides: &'a [Override],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub components: Vec<ComponentResult>,
    pub domains: Vec<DomainResult>,
    /// The practice score, rounded as the profile says; `None` with nothing rated.
    pub score: Option<f64>,
    /// The practice score unrounded: the final score weighs its full value.
    pub exact: Option<f64>,
    /// The practice rating's label and its position among the bands (0 = lowest).
    pub rating: Option<(String, usize)>,
    /// Components waiting for the evaluator's judgement, and similar gaps.
    pub missing: Vec<String>,
    /// Each rubric level's score and its value on the profile's scale, lowest first.
    pub level_values: Vec<(u32, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComponentResult {
    pub id: String,
    pub name: String,
    pub domain: String,
    /// The component's value on the profile's scale, if it counts.
    pub value: Option<f64>,
    /// The rubric level the value equals, when it equals one.
    pub level: Option<u32>,
    /// The rubric level whose band the value falls in (a mean of 2.6 on a
    /// 1-4 scale is in Proficient's band under New Jersey's cut scores).
    pub band: Option<u32>,
    pub derivation: Derivation,
}

/// How a component's value came about, for the evaluation form.
#[derive(Debug, Clone, PartialEq)]
pub enum Derivation {
    Combined {
        rule: Combine,
        /// Each counted rating: when, and the level score.
        ratings: Vec<(Timestamp, u32)>,
    },
    Override {
        reason: String,
    },
    Unrated {
        counted_as_lowest: bool,
    },
    NeedsJudgement {
        ratings: Vec<(Timestamp, u32)>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct DomainResult {
    pub id: String,
    pub name: String,
    pub score: Option<f64>,
    /// The weight used (before dividing by the total).
    pub weight: f64,
    /// The domain whose score this one's components count in, when the
    /// profile says so; this one then has no score of its own.
    pub counted_in: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoringError {
    #[error(
        "the profile `{profile}` gives values for {values} levels, but the rubric `{rubric}` has {levels}"
    )]
    ScaleMismatch {
        profile: String,
        rubric: String,
        values: usize,
        levels: usize,
    },
}

pub fn evaluate(input: &Input) -> Result<Outcome, ScoringError> {
    let Input {
        rubric,
        profile,
        level,
        ratings: points,
        overrides,
    } = *input;
    if let Scale::ByRank(values) = &profile.scale
        && values.len() != rubric.levels.len()
    {
        return Err(ScoringError::ScaleMismatch {
            profile: profile.id.clone(),
            rubric: rubric.id.clone(),
            values: values.len(),
            levels: rubric.levels.len(),
        });
    }
    let engine = Engine {
        rubric,
        profile,
        level,
    };
    let mut ordered: Vec<&RatingPoint> = points.iter().collect();
    ordered.sort_by(|a, b| {
        a.at.cmp(&b.at)
            .then(a.observation_id.cmp(&b.observation_id))
    });

    let mut components = Vec::new();
    let mut missing = Vec::new();
    for domain in engine.domains() {
        for component in &domain.components {
            components.push(engine.component(domain, component, &ordered, overrides, &mut missing));
        }
    }
    let domains: Vec<DomainResult> = engine
        .domains()
        .map(|d| engine.domain(d, &components))
        .collect();

    let exact = practice_score(&domains);
    let score = exact.map(|s| round_score(profile, s));
    let rating = score.and_then(|s| band_of(profile, rubric, s));
    let level_values = level_values(profile, rubric);
    Ok(Outcome {
        components,
        domains,
        score,
        exact,
        rating,
        missing,
        level_values,
    })
}

/// The rubric, profile and school level one evaluation is scored with.
struct Engine<'a> {
    rubric: &'a Rubric,
    profile: &'a ScoringProfile,
    level: Option<SchoolLevel>,
}

impl Engine<'_> {
    /// A rubric level's value on the profile's scale; `None` for a score
    /// the rubric has no level for.
    fn value_of(&self, score: u32) -> Option<f64> {
        let rank = self.rubric.levels.iter().position(|l| l.score == score)?;
        Some(match &self.profile.scale {
            Scale::RubricScores => f64::from(score),
            Scale::ByRank(values) => values[rank],
        })
    }

    /// The rubric's domains that apply at the educator's school level.
    fn domains(&self) -> impl Iterator<Item = &Domain> {
        self.rubric.domains.iter().filter(|d| {
            d.applies_to.is_empty() || self.level.is_none_or(|l| d.applies_to.contains(&l))
        })
    }

    /// One component's value and how it came about; a component waiting
    /// for the evaluator's judgement is added to `missing`.
    fn component(
        &self,
        domain: &Domain,
        component: &Component,
        ordered: &[&RatingPoint],
        overrides: &[Override],
        missing: &mut Vec<String>,
    ) -> ComponentResult {
        let ratings: Vec<(Timestamp, u32)> = ordered
            .iter()
            .filter(|p| {
                crate::text::same_text(&p.component, &component.id)
                    && self.value_of(p.level).is_some()
            })
            .map(|p| (p.at, p.level))
            .collect();
        let chosen = overrides.iter().rev().find(|o| {
            crate::text::same_text(&o.component, &component.id) && self.value_of(o.level).is_some()
        });
        let (value, derivation) = match chosen {
            Some(o) => (
                self.value_of(o.level),
                Derivation::Override {
                    reason: o.reason.clone(),
                },
            ),
            None if ratings.is_empty() => self.unrated(),
            None if self.profile.combine == Combine::Judgement => {
                missing.push(format!(
                    "{} {} needs the evaluator's judgement",
                    component.id, component.name
                ));
                (None, Derivation::NeedsJudgement { ratings })
            }
            None => self.combined(ratings),
        };
        let level = value.and_then(|v| {
            self.rubric
                .levels
                .iter()
                .find(|l| {
                    self.value_of(l.score)
                        .is_some_and(|lv| (lv - v).abs() < 1e-9)
                })
                .map(|l| l.score)
        });
        ComponentResult {
            id: component.id.clone(),
            name: component.name.clone(),
            domain: domain.id.clone(),
            value,
            level,
            band: value.and_then(|v| level_band(self.profile, self.rubric, v)),
            derivation,
        }
    }

    /// A component nobody rated: left out, or counted at the lowest level.
    fn unrated(&self) -> (Option<f64>, Derivation) {
        match self.profile.unrated {
            Unrated::Excluded => (
                None,
                Derivation::Unrated {
                    counted_as_lowest: false,
                },
            ),
            Unrated::Lowest => (
                self.rubric
                    .levels
                    .first()
                    .and_then(|l| self.value_of(l.score)),
                Derivation::Unrated {
                    counted_as_lowest: true,
                },
            ),
        }
    }

    /// A component's ratings combined by the profile's rule.
    fn combined(&self, ratings: Vec<(Timestamp, u32)>) -> (Option<f64>, Derivation) {
        let values: Vec<f64> = ratings
            .iter()
            .filter_map(|(_, s)| self.value_of(*s))
            .collect();
        (
            combine(self.profile.combine, &ratings, &values, |s| {
                self.value_of(s)
            }),
            Derivation::Combined {
                rule: self.profile.combine,
                ratings,
            },
        )
    }

    /// The domain whose score a domain's components count in, when the
    /// profile counts it within another that applies (a coordinator's role
    /// duties within Delivery of Service).
    fn target_of(&self, domain: &str) -> Option<&str> {
        match &self.profile.domain_weights {
            DomainWeights::ById { counts_in, .. } => counts_in
                .get(domain)
                .map(String::as_str)
                .filter(|target| *target != domain && self.domains().any(|d| d.id == *target)),
            _ => None,
        }
    }

    fn counted_in_other(&self, domain: &str) -> bool {
        self.target_of(domain).is_some()
    }

    /// Whether a component of `component_domain` counts in `domain`'s score.
    fn counts_toward(&self, component_domain: &str, domain: &str) -> bool {
        match self.target_of(component_domain) {
            Some(target) => target == domain,
            None => component_domain == domain,
        }
    }

    /// A domain's score, the mean of the components counted in it, and its
    /// weight. A domain counted within another has no score of its own.
    fn domain(&self, d: &Domain, components: &[ComponentResult]) -> DomainResult {
        let folded = self.counted_in_other(&d.id);
        let values: Vec<f64> = components
            .iter()
            .filter(|c| !folded && self.counts_toward(&c.domain, &d.id))
            .filter_map(|c| c.value)
            .collect();
        let score = mean(&values);
        let weight = match &self.profile.domain_weights {
            DomainWeights::Equal => 1.0,
            DomainWeights::PerComponent => values.len() as f64,
            DomainWeights::ById {
                weights, others, ..
            } => weights.get(&d.id).copied().unwrap_or(*others),
        };
        DomainResult {
            id: d.id.clone(),
            name: d.name.clone(),
            score,
            weight,
            counted_in: self.target_of(&d.id).map(str::to_string),
        }
    }
}

fn combine(
    rule: Combine,
    ratings: &[(Timestamp, u32)],
    values: &[f64],
    value_of: impl Fn(u32) -> Option<f64>,
) -> Option<f64> {
    match rule {
        Combine::MostRecent => ratings.last().and_then(|(_, s)| value_of(*s)),
        Combine::Mean => mean(values),
        Combine::Median => {
            let mut sorted = values.to_vec();
            sorted.sort_by(f64::total_cmp);
            let n = sorted.len();
            match n {
                0 => None,
                _ if n % 2 == 1 => Some(sorted[n / 2]),
                _ => Some(f64::midpoint(sorted[n / 2 - 1], sorted[n / 2])),
            }
        }
        Combine::Mode { ties } => {
            let mut counts: Vec<(u32, usize)> = Vec::new();
            for (_, score) in ratings {
                match counts.iter_mut().find(|(s, _)| s == score) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((*score, 1)),
                }
            }
            let most = counts.iter().map(|(_, n)| *n).max()?;
            let tied = counts.iter().filter(|(_, n)| *n == most).map(|(s, _)| *s);
            let score = match ties {
                Tie::Higher => tied.max(),
                Tie::Lower => tied.min(),
            }?;
            value_of(score)
        }
        Combine::Judgement => None,
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Rounds half up at `decimals` places. The small nudge keeps values such as
/// 1.495, stored in binary as 1.49499…, rounding the way a person expects.
#[must_use]
pub fn round_half_up(value: f64, decimals: u32) -> f64 {
    // Profiles hold 0-4 places (see `load`); a larger count saturates.
    let factor = 10f64.powi(i32::try_from(decimals).unwrap_or(i32::MAX));
    ((value * factor) + 0.5 + 1e-7).floor() / factor
}

/// The weighted mean of the domain scores, unrounded.
fn practice_score(domains: &[DomainResult]) -> Option<f64> {
    let (sum, total) = domains
        .iter()
        .filter_map(|d| d.score.map(|s| (s * d.weight, d.weight)))
        .fold((0.0, 0.0), |(s, t), (ws, w)| (s + ws, t + w));
    (total > 0.0).then(|| sum / total)
}

/// A score rounded as the profile says.
#[must_use]
pub fn round_score(profile: &ScoringProfile, value: f64) -> f64 {
    match profile.rounding {
        Rounding::HalfUp => round_half_up(value, profile.decimals),
        Rounding::TruncateThenHalfUp { truncate } => {
            let factor = 10f64.powi(i32::try_from(truncate.min(9)).unwrap_or(9));
            // The nudge keeps 1.4950, stored as 1.49499…, from losing its last place.
            let cut = ((value * factor) + 1e-7).floor() / factor;
            round_half_up(cut, profile.decimals)
        }
    }
}

/// The value of each rubric level on the profile's scale, lowest first.
fn level_values(profile: &ScoringProfile, rubric: &Rubric) -> Vec<(u32, f64)> {
    rubric
        .levels
        .iter()
        .enumerate()
        .filter_map(|(rank, l)| {
            let value = match &profile.scale {
                Scale::RubricScores => Some(f64::from(l.score)),
                Scale::ByRank(values) => values.get(rank).copied(),
            }?;
            Some((l.score, value))
        })
        .collect()
}

/// The rubric level whose band `value` falls in: the profile's fixed bands
/// when there is one per level, else halfway between level values.
fn level_band(profile: &ScoringProfile, rubric: &Rubric, value: f64) -> Option<u32> {
    let values = level_values(profile, rubric);
    let index = match &profile.bands {
        Bands::Fixed(bands) if bands.len() == values.len() => bands
            .iter()
            .rposition(|b| value + 1e-9 >= b.min)
            .unwrap_or(0),
        _ => (1..values.len())
            .rev()
            .find(|&i| value + 1e-9 >= f64::midpoint(values[i - 1].1, values[i].1))
            .unwrap_or(0),
    };
    values.get(index).map(|(score, _)| *score)
}

/// The band a score falls in: its label and position (0 = lowest).
#[must_use]
pub fn band_of(profile: &ScoringProfile, rubric: &Rubric, score: f64) -> Option<(String, usize)> {
    match &profile.bands {
        Bands::Fixed(bands) => {
            let index = bands
                .iter()
                .rposition(|b| score + 1e-9 >= b.min)
                .unwrap_or(0);
            bands.get(index).map(|b| (b.label.clone(), index))
        }
        Bands::RubricLevels => {
            let values: Vec<f64> = level_values(profile, rubric)
                .into_iter()
                .map(|(_, v)| v)
                .collect();
            let index = (1..values.len())
                .rev()
                .find(|&i| score + 1e-9 >= f64::midpoint(values[i - 1], values[i]))
                .unwrap_or(0);
            rubric.levels.get(index).map(|l| (l.name.clone(), index))
        }
    }
}
