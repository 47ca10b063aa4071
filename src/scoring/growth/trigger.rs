//! What called for a plan made from a summative, in a sentence, and the
//! state's plan when the final rating requires one.

use crate::record::PlanTerms;
use crate::scoring::final_rating::calls_for_plan;
use crate::scoring::profile::ScoringProfile;
use crate::scoring::summative::Scored;

/// The sentence saying what the plan rests on, and the state's terms when
/// the final rating calls for a plan. While measures are pending a practice
/// rating in a plan band is said as such: it proposes a plan, it does not
/// require one.
pub(super) fn trigger(year: &str, scored: &Scored) -> (String, Option<PlanTerms>) {
    let profile = scored.profile;
    let under = format!("under {}, {year}", form_name(profile));
    let result = &scored.result;
    if let (Some((label, _)), Some(score)) = (&result.rating, result.score) {
        let score = number(profile, score);
        return if scored.plan_required() == Some(true) {
            (
                format!("Final rating {label} ({score}) {under}."),
                profile.plan.as_ref().map(terms),
            )
        } else {
            (
                format!("Final rating {label} ({score}) {under}: no improvement plan is required."),
                None,
            )
        };
    }
    let outcome = &scored.outcome;
    let (Some((label, band)), Some(score)) = (&outcome.rating, outcome.score) else {
        return (format!("Nothing is rated yet {under}."), None);
    };
    let waiting = match (result.pending.is_empty(), result.weighting.is_some()) {
        (true, _) => String::new(),
        (false, true) => format!("; student measures pending: {}", result.pending.join(", ")),
        (false, false) => format!("; no final rating: {}", result.pending.join(", ")),
    };
    let practice = format!("Practice rating {label} ({})", number(profile, score));
    let sentence = if calls_for_plan(profile, *band) {
        let plan = profile
            .plan
            .as_ref()
            .map_or("an improvement plan".to_string(), |p| {
                format!("a {}", p.name)
            });
        format!("{practice} {under}, is in a band that calls for {plan}{waiting}.")
    } else {
        format!("{practice} {under}{waiting}.")
    };
    (sentence, None)
}

/// The state's form when the profile names one, else the profile's title.
fn form_name(profile: &ScoringProfile) -> &str {
    if profile.form.name.trim().is_empty() {
        &profile.title
    } else {
        &profile.form.name
    }
}

/// A score at the profile's decimals.
fn number(profile: &ScoringProfile, score: f64) -> String {
    format!("{score:.*}", profile.decimals as usize)
}

fn terms(rule: &crate::scoring::rules::PlanRule) -> PlanTerms {
    PlanTerms {
        name: rule.name.clone(),
        timeline: rule.timeline.clone(),
        source: rule.source.clone(),
    }
}
