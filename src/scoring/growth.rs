//! Proposing a growth plan: the lowest-rated components as its focus, the
//! next level's descriptor as the picture of success.

use chrono::{Datelike, NaiveDate};

use super::evaluate::Outcome;
use super::summative::Scored;
use crate::record::{
    Educator, Focus, Goal, GrowthPlan, IdKind, Observation, PlanKind, PlanSource, RECORD_SCHEMA,
    RatingLevel, Status, Trail, new_id, now,
};
use crate::rubric::Rubric;

/// How many components a proposed plan focuses on.
pub const FOCUS_COMPONENTS: usize = 3;

/// A plan from a summative result: its lowest components, and an
/// improvement plan when the final rating calls for one.
#[must_use]
pub fn plan_from_summative(
    educator: &Educator,
    year: &str,
    summative_id: &str,
    scored: &Scored,
) -> GrowthPlan {
    let outcome = &scored.outcome;
    let rubric = scored.rubric;
    let rated: Vec<(String, f64, Option<u32>)> = outcome
        .components
        .iter()
        .filter_map(|c| {
            c.value
                .map(|v| (c.id.clone(), v, current_level(outcome, &c.id)))
        })
        .collect();
    let kind = if scored.plan_required() == Some(true) {
        PlanKind::Improvement
    } else {
        PlanKind::ProfessionalGrowth
    };
    plan(
        educator,
        year,
        PlanSource::Summative(summative_id.to_string()),
        kind,
        rated,
        rubric,
    )
}

/// A plan from one observation's ratings.
#[must_use]
pub fn plan_from_observation(
    educator: &Educator,
    year: &str,
    observation: &Observation,
    rubric: &Rubric,
) -> GrowthPlan {
    let rated: Vec<(String, f64, Option<u32>)> = observation
        .ratings
        .iter()
        .filter_map(|r| match r.level {
            RatingLevel::Level(score) => Some((r.component.clone(), f64::from(score), Some(score))),
            RatingLevel::NotObserved => None,
        })
        .collect();
    plan(
        educator,
        year,
        PlanSource::Observation(observation.id.clone()),
        PlanKind::ProfessionalGrowth,
        rated,
        rubric,
    )
}

/// An empty plan, for writing one from scratch.
#[must_use]
pub fn blank_plan(educator: &Educator, year: &str) -> GrowthPlan {
    let at = now();
    GrowthPlan {
        schema: RECORD_SCHEMA,
        id: new_id(IdKind::GrowthPlan),
        educator_id: educator.id.clone(),
        school_year: year.to_string(),
        kind: PlanKind::ProfessionalGrowth,
        source: PlanSource::None,
        focus: Vec::new(),
        goals: Vec::new(),
        steps: Vec::new(),
        supports: String::new(),
        progress: Vec::new(),
        mid_year_review: String::new(),
        end_of_year_review: String::new(),
        status: Status::Draft,
        trail: Trail::default(),
        created: at,
        changed: at,
    }
}

/// The level a component stands at: its value's level, else the highest
/// level at or below it (a mean of 2.5 on a 1-4 scale has reached 2).
fn current_level(outcome: &Outcome, component: &str) -> Option<u32> {
    let c = outcome.components.iter().find(|c| c.id == component)?;
    let value = c.value?;
    c.level.or_else(|| {
        outcome
            .level_values
            .iter()
            .rev()
            .find(|(_, v)| *v <= value + 1e-9)
            .map(|(score, _)| *score)
    })
}

fn plan(
    educator: &Educator,
    year: &str,
    source: PlanSource,
    kind: PlanKind,
    mut rated: Vec<(String, f64, Option<u32>)>,
    rubric: &Rubric,
) -> GrowthPlan {
    let order = |id: &str| {
        rubric
            .components()
            .position(|c| c.id == id)
            .unwrap_or(usize::MAX)
    };
    rated.sort_by(|a, b| a.1.total_cmp(&b.1).then(order(&a.0).cmp(&order(&b.0))));
    let top = rubric.levels.last().map(|l| l.score);
    let end_of_year = end_of_school_year(year);
    let focus: Vec<Focus> = rated
        .into_iter()
        .filter(|(_, _, level)| level.is_none() || *level != top)
        .take(FOCUS_COMPONENTS)
        .map(|(id, _, current)| focus_on(rubric, id, current))
        .collect();
    let goals = focus.iter().map(|f| goal(rubric, f, end_of_year)).collect();
    GrowthPlan {
        kind,
        source,
        focus,
        goals,
        ..blank_plan(educator, year)
    }
}

/// A component to grow from its current level to the next one up, with
/// the rubric's description of that level.
fn focus_on(rubric: &Rubric, id: String, current: Option<u32>) -> Focus {
    let target = current
        .and_then(|s| rubric.levels.iter().position(|l| l.score == s))
        .and_then(|i| rubric.levels.get(i + 1))
        .map(|l| l.score);
    let target_descriptor = target
        .and_then(|t| {
            rubric
                .component(&id)
                .and_then(|c| c.descriptors.get(&t))
                .cloned()
        })
        .unwrap_or_default();
    Focus {
        component: id,
        current,
        target,
        target_descriptor,
    }
}

/// The goal proposed for one focus component, due at the end of the year.
fn goal(rubric: &Rubric, f: &Focus, end_of_year: Option<NaiveDate>) -> Goal {
    let name = rubric
        .component(&f.component)
        .map_or(f.component.clone(), |c| c.name.clone());
    let target = f
        .target
        .and_then(|t| rubric.level(t))
        .map_or("the next level".to_string(), |l| l.name.clone());
    Goal {
        statement: format!("Grow {} {name} to {target}.", f.component),
        components: vec![f.component.clone()],
        measure: format!(
            "Rated {target} or higher on {} in at least two observations.",
            f.component
        ),
        target_date: end_of_year,
    }
}

/// 1 June at the end of a school year such as "2026-27".
#[must_use]
pub fn end_of_school_year(year: &str) -> Option<NaiveDate> {
    let start: i32 = year.get(..4)?.parse().ok()?;
    NaiveDate::from_ymd_opt(start + 1, 6, 1).filter(|d| d.year() == start + 1)
}
