//! An educator's final rating for the year: from their stored summative
//! evaluation (scored as the evaluation screen scores it, a finalised one
//! from its frozen snapshot), else from a draft scored for the summary and
//! not saved. Both go through `scoring::score`.

use super::tally::{Context, Work};
use crate::record::{ClassContext, Observation, Rating, RatingLevel, Trail, Typing};
use crate::scoring::{Bands, new_summative, score};

/// A final rating and where it sits among its profile's bands.
pub(super) struct Final {
    pub profile_id: String,
    pub profile_title: String,
    /// The band labels, lowest first.
    pub bands: Vec<String>,
    /// Position of `label` in `bands`.
    pub band: usize,
    pub label: String,
    pub score: Option<f64>,
    pub improvement_required: bool,
    /// From a stored evaluation (true) or a draft (false).
    pub stored: bool,
}

/// The educator's final rating, `None` when nothing was rated in the year
/// and nothing is stored, or an error sentence when it cannot be scored.
pub(super) fn final_rating(
    work: &Work,
    in_year: &[&Observation],
    cx: &Context,
) -> Result<Option<Final>, String> {
    let any_rated = in_year.iter().any(|o| o.rated_count() > 0);
    let (summative, from_store) = match work.summative {
        Some(stored) => (stored.clone(), true),
        None if any_rated => (
            new_summative(work.educator, cx.year, cx.draft_profile),
            false,
        ),
        None => return Ok(None),
    };
    let observations: Vec<Observation> = work.observations.iter().map(|o| slim(o)).collect();
    let scored = score(
        &summative,
        work.educator,
        &observations,
        &work.measures,
        cx.catalog,
        cx.profiles,
    )?;
    let Some((label, band)) = scored.outcome.rating.clone() else {
        return Ok(None);
    };
    let bands = match &scored.profile.bands {
        Bands::Fixed(bands) => bands.iter().map(|b| b.label.clone()).collect(),
        Bands::RubricLevels => scored
            .rubric
            .levels
            .iter()
            .map(|l| l.name.clone())
            .collect(),
    };
    Ok(Some(Final {
        profile_id: scored.profile.id.clone(),
        profile_title: scored.profile.title.clone(),
        bands,
        band,
        label,
        score: scored.outcome.score,
        improvement_required: scored.plan_required().unwrap_or(false),
        stored: from_store,
    }))
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
        post_conference: String::new(),
        reflection: String::new(),
        co_observer: String::new(),
        typing: Typing::default(),
        trail: Trail::default(),
        status: crate::record::Status::Draft,
        created: observation.created,
        changed: observation.changed,
    }
}
