//! Summative evaluations: which observations count, scoring them under the
//! profile, and the finalise / reopen rules. Plain functions over records.

use super::evaluate::{Input, Outcome, evaluate};
use super::final_rating::{Final, FinalInput, final_rating};
use super::load::Profiles;
use super::profile::ScoringProfile;
use super::year::in_school_year;
use crate::record::{
    Educator, Finalized, IdKind, Measure, Observation, Period, RECORD_SCHEMA, RatingPoint,
    Reopening, Selection, Status, Summative, Trail, new_id, now,
};
use crate::rubric::{Catalog, Rubric};

/// The profile a new evaluation uses unless the evaluator picks another.
pub const DEFAULT_PROFILE: &str = "equal-weights";

/// A summative evaluation with its numbers worked out.
#[derive(Debug, Clone)]
pub struct Scored<'a> {
    pub rubric: &'a Rubric,
    pub profile: &'a ScoringProfile,
    /// The observations counted (for a finalised evaluation: those it was finalised with).
    pub counted: Vec<&'a Observation>,
    /// The practice part: components, domains, the practice score and rating.
    pub outcome: Outcome,
    /// The student measures and the final rating over both.
    pub result: Final,
    /// True when the numbers come from the finalised snapshot.
    pub frozen: bool,
}

impl Scored<'_> {
    /// Whether the rating calls for the profile's improvement plan: the final
    /// rating's band, else (while measures are pending) `None`.
    #[must_use]
    pub fn plan_required(&self) -> Option<bool> {
        self.result.plan_required
    }
}

/// A new draft evaluation of `educator` for `year`, counting all that year's observations.
#[must_use]
pub fn new_summative(educator: &Educator, year: &str, profile_id: &str) -> Summative {
    let at = now();
    Summative {
        schema: RECORD_SCHEMA,
        id: new_id(IdKind::Summative),
        educator_id: educator.id.clone(),
        school_year: year.to_string(),
        profile_id: profile_id.to_string(),
        rubric_id: educator.rubric_id.clone(),
        observations: Selection::AllOfYear,
        period: Period::Annual,
        overrides: Vec::new(),
        comments: String::new(),
        artifacts: Vec::new(),
        status: Status::Draft,
        responses: Vec::new(),
        trail: Trail::default(),
        finalized: None,
        reopened: Vec::new(),
        created: at,
        changed: at,
    }
}

/// The observations a summative counts, oldest first.
#[must_use]
pub fn counted<'a>(summative: &Summative, observations: &'a [Observation]) -> Vec<&'a Observation> {
    let mut counted: Vec<&Observation> = observations
        .iter()
        .filter(|o| o.educator_id == summative.educator_id)
        .filter(|o| match &summative.observations {
            Selection::AllOfYear => {
                in_school_year(o.started_at.date_naive(), &summative.school_year)
            }
            Selection::Chosen(ids) => ids.contains(&o.id),
        })
        .collect();
    counted.sort_by_key(|o| o.started_at);
    counted
}

/// Scores a summative. A finalised one is scored from its snapshot, so later
/// edits of observations and measures do not change it. `measures` may hold
/// anyone's: only the educator's of the evaluation's year count.
pub fn score<'a>(
    summative: &Summative,
    educator: &Educator,
    observations: &'a [Observation],
    measures: &[Measure],
    catalog: &'a Catalog,
    profiles: &'a Profiles,
) -> Result<Scored<'a>, String> {
    let rubric = &catalog
        .get(&summative.rubric_id)
        .ok_or_else(|| format!("the rubric `{}` is not loaded", summative.rubric_id))?
        .rubric;
    let profile = profiles.get(&summative.profile_id).ok_or_else(|| {
        format!(
            "the scoring profile `{}` is not loaded",
            summative.profile_id
        )
    })?;
    let (counted, points) = ratings_counted(summative, observations);
    let outcome = evaluate(&Input {
        rubric,
        profile,
        level: Some(educator.level),
        ratings: &points,
        overrides: &summative.overrides,
    })
    .map_err(|e| e.to_string())?;
    let mine = measures_counted(summative, measures);
    let result = final_rating(&FinalInput {
        profile,
        rubric,
        practice: &outcome,
        year: &summative.school_year,
        period: summative.period,
        measures: &mine,
    });
    Ok(Scored {
        rubric,
        profile,
        counted,
        outcome,
        result,
        frozen: summative.finalized.is_some(),
    })
}

/// The observations and ratings an evaluation counts: a finalised one's
/// snapshot, else the ones its selection picks now.
fn ratings_counted<'a>(
    summative: &Summative,
    observations: &'a [Observation],
) -> (Vec<&'a Observation>, Vec<RatingPoint>) {
    if let Some(f) = &summative.finalized {
        let kept = observations
            .iter()
            .filter(|o| f.ratings.iter().any(|p| p.observation_id == o.id))
            .collect();
        (kept, f.ratings.clone())
    } else {
        let counted = counted(summative, observations);
        let points = RatingPoint::from_observations(counted.iter().copied());
        (counted, points)
    }
}

/// The student measures an evaluation counts: a finalised one's snapshot
/// (none for one finalised before measures were recorded), else the
/// educator's of the evaluation's year.
fn measures_counted(summative: &Summative, measures: &[Measure]) -> Vec<Measure> {
    match &summative.finalized {
        Some(f) => f.measures.clone().unwrap_or_default(),
        None => measures
            .iter()
            .filter(|m| {
                m.educator_id == summative.educator_id && m.school_year == summative.school_year
            })
            .cloned()
            .collect(),
    }
}

/// Locks the evaluation: the ratings it rests on and its result are kept as they are now.
pub fn finalize(summative: &mut Summative, by: &str, scored: &Scored) -> Result<(), String> {
    if summative.finalized.is_some() {
        return Err("the evaluation is already finalised".into());
    }
    if by.trim().is_empty() {
        return Err("say who finalises the evaluation".into());
    }
    if !scored.outcome.missing.is_empty() {
        return Err(format!(
            "it cannot be finalised yet: {}",
            scored.outcome.missing.join("; ")
        ));
    }
    summative.finalized = Some(Finalized {
        at: now(),
        by: by.trim().to_string(),
        ratings: RatingPoint::from_observations(scored.counted.iter().copied()),
        score: scored.outcome.score,
        rating: scored
            .outcome
            .rating
            .as_ref()
            .map(|(label, _)| label.clone()),
        measures: Some(
            scored
                .result
                .measures
                .iter()
                .flat_map(|m| m.records.iter().cloned())
                .collect(),
        ),
        final_score: scored.result.score,
        final_rating: scored
            .result
            .rating
            .as_ref()
            .map(|(label, _)| label.clone()),
    });
    summative.changed = now();
    Ok(())
}

/// Opens a finalised evaluation again; who and why are recorded.
pub fn reopen(summative: &mut Summative, by: &str, reason: &str) -> Result<(), String> {
    if summative.finalized.is_none() {
        return Err("the evaluation is not finalised".into());
    }
    if reason.trim().is_empty() {
        return Err("give the reason for reopening the evaluation; it is kept with it".into());
    }
    if by.trim().is_empty() {
        return Err("say who reopens the evaluation".into());
    }
    summative.finalized = None;
    summative.reopened.push(Reopening {
        at: now(),
        by: by.trim().to_string(),
        reason: reason.trim().to_string(),
    });
    summative.changed = now();
    Ok(())
}

/// An evaluator's override needs a reason; without one it is refused.
pub fn set_override(
    summative: &mut Summative,
    component: &str,
    level: u32,
    reason: &str,
) -> Result<(), String> {
    if summative.finalized.is_some() {
        return Err("the evaluation is finalised; reopen it to change it".into());
    }
    if reason.trim().is_empty() {
        return Err(format!(
            "give the reason for your rating of {component} as evaluator"
        ));
    }
    summative
        .overrides
        .retain(|o| !crate::text::same_text(&o.component, component));
    summative.overrides.push(crate::record::Override {
        component: component.to_string(),
        level,
        reason: reason.trim().to_string(),
    });
    summative.changed = now();
    Ok(())
}
