//! An educator's final rating for the year, under the summary's profile
//! for their role: their stored summative evaluation re-scored under it (a
//! finalised one from its frozen ratings and measures, so later edits do
//! not change it), else a draft scored for the summary and not saved. Both
//! go through `scoring::score`. A finalised evaluation signed under another
//! profile is counted under the summary's, and says what it was signed as,
//! so every figure and list of the summary rests on one set of rules.

use super::tally::{Context, Work};
use crate::record::{ClassContext, Observation, Rating, RatingLevel, Summative, Trail, Typing};
use crate::scoring::{Bands, Scored, calls_for_plan, new_summative, score};

/// An educator's ratings under one profile, and where they sit among its bands.
pub(super) struct Final {
    pub profile_id: String,
    pub profile_title: String,
    /// The band labels, lowest first.
    pub bands: Vec<String>,
    /// The final rating's label and position in `bands`; `None` while pending.
    pub rating: Option<(String, usize)>,
    pub score: Option<f64>,
    /// The practice rating's label and score.
    pub practice: (String, Option<f64>),
    /// The final rating calls for an improvement plan.
    pub improvement_required: bool,
    /// Pending, with the practice rating in a band that calls for one.
    pub plan_pending: bool,
    /// From a stored evaluation (true) or a draft (false).
    pub stored: bool,
    /// Finalised under another profile: the profile id and what it was signed as.
    pub signed_elsewhere: Option<(String, String)>,
    /// Why there can be no final rating: the profile has no rules for the year.
    pub no_rules: Option<String>,
}

/// The educator's ratings, `None` when nothing was rated in the year and
/// nothing is stored, or an error sentence when they cannot be scored.
pub(super) fn final_rating(
    work: &Work,
    in_year: &[&Observation],
    cx: &Context,
) -> Result<Option<Final>, String> {
    let profile_id = cx.profile_for(&work.educator.role);
    let any_rated = in_year.iter().any(|o| o.rated_count() > 0);
    let (mut summative, from_store) = match work.summative {
        Some(stored) => (stored.clone(), true),
        None if any_rated => (new_summative(work.educator, cx.year, profile_id), false),
        None => return Ok(None),
    };
    let signed_elsewhere = signed_elsewhere(&summative, profile_id);
    summative.profile_id = profile_id.to_string();
    let observations: Vec<Observation> = work.observations.iter().map(|o| slim(o)).collect();
    let measures: Vec<crate::record::Measure> =
        work.measures.iter().map(|m| (*m).clone()).collect();
    let scored = score(
        &summative,
        work.educator,
        &observations,
        &measures,
        cx.catalog,
        cx.profiles,
    )?;
    let Some((practice, practice_band)) = scored.outcome.rating.clone() else {
        return Ok(None);
    };
    let bands = band_labels(&scored);
    let pending = scored.plan_required().is_none();
    Ok(Some(Final {
        profile_id: scored.profile.id.clone(),
        profile_title: scored.profile.title.clone(),
        bands,
        rating: scored.result.rating.clone(),
        score: scored.result.score,
        practice: (practice, scored.outcome.score),
        improvement_required: scored.plan_required() == Some(true),
        plan_pending: pending && calls_for_plan(scored.profile, practice_band),
        stored: from_store,
        signed_elsewhere,
        no_rules: scored
            .result
            .weighting
            .is_none()
            .then(|| scored.result.pending.join("; ")),
    }))
}

/// For an evaluation finalised under another profile than `profile_id`:
/// that profile and what it was signed as.
fn signed_elsewhere(summative: &Summative, profile_id: &str) -> Option<(String, String)> {
    let finalized = summative.finalized.as_ref()?;
    (summative.profile_id != profile_id).then(|| {
        let signed = finalized
            .final_rating
            .clone()
            .or_else(|| finalized.rating.clone());
        (
            summative.profile_id.clone(),
            signed.unwrap_or_else(|| "no rating".into()),
        )
    })
}

/// The profile's band labels, lowest first (the rubric's levels when the
/// bands follow them).
fn band_labels(scored: &Scored) -> Vec<String> {
    match &scored.profile.bands {
        Bands::Fixed(bands) => bands.iter().map(|b| b.label.clone()).collect(),
        Bands::RubricLevels => scored
            .rubric
            .levels
            .iter()
            .map(|l| l.name.clone())
            .collect(),
    }
}

/// A copy with only what scoring reads (ids, times, ratings): evidence
/// and conference notes are most of an observation's size.
fn slim(observation: &Observation) -> Observation {
    Observation {
        schema: observation.schema,
        id: observation.id.clone(),
        educator_id: observation.educator_id.clone(),
        rubric_id: observation.rubric_id.clone(),
        rubric_fingerprint: String::new(),
        kind: observation.kind,
        announced: observation.announced,
        observer: String::new(),
        started_at: observation.started_at,
        duration_secs: observation.duration_secs,
        context: ClassContext::default(),
        pre_conference: String::new(),
        evidence: Vec::new(),
        ratings: observation
            .ratings
            .iter()
            .filter(|r| matches!(r.level, RatingLevel::Level(_)))
            .map(|r| Rating {
                component: r.component.clone(),
                level: r.level,
                rationale: String::new(),
                evidence: Vec::new(),
            })
            .collect(),
        lookfors: None,
        post_conference: String::new(),
        reflection: String::new(),
        artifacts: Vec::new(),
        co_observer: String::new(),
        typing: Typing::default(),
        trail: Trail::default(),
        responses: Vec::new(),
        status: crate::record::Status::Draft,
        created: observation.created,
        changed: observation.changed,
        abridged: Some(crate::record::Abridged {
            notes: observation.note_count(),
            repeated: Vec::new(),
            post_conference_held: observation.post_conference_held(),
        }),
    }
}
