//! Which components a plan made from a summative focuses on. A component
//! rated below the profile's first satisfactory level in many visits of a
//! heavily weighted domain comes first: its weight is the weight of the
//! domain it counts in times the number of counted visits rated below that
//! level. Ties go to the lower value, then to more such visits, then to
//! rubric order. When no visit is rated below that level, the next level up
//! is the bar, and so on, so a strong educator's plan still has a focus.

use crate::rubric::Rubric;
use crate::scoring::evaluate::{ComponentResult, Derivation, Outcome, band_of};
use crate::scoring::final_rating::calls_for_plan;
use crate::scoring::profile::{DomainWeights, ScoringProfile};

/// A component a plan may focus on, with what its place rests on.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Candidate {
    pub id: String,
    /// Its value on the profile's scale.
    pub value: f64,
    /// The level it stands at: the rubric level whose band its value falls in.
    pub current: Option<u32>,
    /// Counted visits rated below the bar (an evaluator's own rating counts as one).
    pub below: usize,
    /// The weight of the domain it counts in.
    pub weight: f64,
}

impl Candidate {
    fn priority(&self) -> f64 {
        self.weight * self.below as f64
    }
}

/// The lowest rubric level whose value falls in a band that calls for no
/// plan: the level a plan aims at, at least (Proficient under Pennsylvania's
/// and New Jersey's bands, never Basic).
pub(super) fn first_satisfactory(
    profile: &ScoringProfile,
    rubric: &Rubric,
    outcome: &Outcome,
) -> Option<u32> {
    outcome
        .level_values
        .iter()
        .find(|(_, value)| {
            band_of(profile, rubric, *value).is_some_and(|(_, band)| !calls_for_plan(profile, band))
        })
        .map(|(score, _)| *score)
}

/// The level aimed for: the first satisfactory level, or the next level up
/// for a component already at or above it; `None` at the top.
pub(super) fn target(
    rubric: &Rubric,
    current: Option<u32>,
    satisfactory: Option<u32>,
) -> Option<u32> {
    let next = |score: u32| rubric.levels.iter().map(|l| l.score).find(|l| *l > score);
    match (current, satisfactory) {
        (Some(now), Some(bar)) if now < bar => Some(bar),
        (Some(now), _) => next(now),
        (None, bar) => bar,
    }
}

/// The components to focus on, most pressing first (see the module notes).
/// A component at the rubric's top level is never one.
pub(super) fn weighted_focus(
    outcome: &Outcome,
    profile: &ScoringProfile,
    rubric: &Rubric,
) -> Vec<Candidate> {
    let top = rubric.levels.last().map(|l| l.score);
    let Some(from) = first_satisfactory(profile, rubric, outcome).or(top) else {
        return Vec::new();
    };
    for bar in rubric.levels.iter().map(|l| l.score).filter(|s| *s >= from) {
        let mut found: Vec<Candidate> = outcome
            .components
            .iter()
            .filter_map(|c| candidate(c, bar, outcome, profile))
            .filter(|c| c.current != top)
            .collect();
        if !found.is_empty() {
            // A stable sort: components equal in every respect stay in rubric order.
            found.sort_by(|a, b| {
                b.priority()
                    .total_cmp(&a.priority())
                    .then(a.value.total_cmp(&b.value))
                    .then(b.below.cmp(&a.below))
            });
            return found;
        }
    }
    Vec::new()
}

/// The component as a candidate under `bar`, if it has a value and a
/// rating below the bar.
fn candidate(
    c: &ComponentResult,
    bar: u32,
    outcome: &Outcome,
    profile: &ScoringProfile,
) -> Option<Candidate> {
    let value = c.value?;
    let below = ratings(c).iter().filter(|s| **s < bar).count();
    (below > 0).then(|| Candidate {
        id: c.id.clone(),
        value,
        current: c.level.or(c.band),
        below,
        weight: domain_weight(outcome, profile, &c.domain),
    })
}

/// The level scores a component's value rests on: each counted visit's
/// rating, or the evaluator's own rating.
fn ratings(c: &ComponentResult) -> Vec<u32> {
    match &c.derivation {
        Derivation::Combined { ratings, .. } | Derivation::NeedsJudgement { ratings } => {
            ratings.iter().map(|(_, score)| *score).collect()
        }
        Derivation::Override { .. } => c.level.into_iter().collect(),
        Derivation::Unrated { .. } => Vec::new(),
    }
}

/// The weight of the domain a component of `domain` counts in. Weighed per
/// component, every component weighs the same.
fn domain_weight(outcome: &Outcome, profile: &ScoringProfile, domain: &str) -> f64 {
    if profile.domain_weights == DomainWeights::PerComponent {
        return 1.0;
    }
    let counted_in = outcome
        .domains
        .iter()
        .find(|d| d.id == domain)
        .and_then(|d| d.counted_in.as_deref())
        .unwrap_or(domain);
    outcome
        .domains
        .iter()
        .find(|d| d.id == counted_in)
        .map_or(0.0, |d| d.weight)
}
