//! Proposing a growth plan. From a summative: the components rated low in
//! the most visits of the most weighted domains ([`focus`]), each aimed at
//! least at the profile's first satisfactory level, with what called for
//! the plan and the state's terms ([`trigger`]). From one observation: its
//! lowest ratings, each aimed a level up.

mod focus;
mod trigger;

use chrono::{Datelike, NaiveDate};

use super::summative::Scored;
use crate::record::{
    Educator, Focus, Goal, GrowthPlan, IdKind, Observation, PlanKind, PlanSource, RECORD_SCHEMA,
    RatingLevel, Status, Trail, new_id, now,
};
use crate::rubric::Rubric;

/// How many components a proposed plan focuses on.
pub const FOCUS_COMPONENTS: usize = 3;

/// A plan from a summative result: an improvement plan in the state's terms
/// when the final rating calls for one, else a professional growth plan;
/// either way focused by the weighted rule in [`focus`] and saying what
/// triggered it.
#[must_use]
pub fn plan_from_summative(
    educator: &Educator,
    year: &str,
    summative_id: &str,
    scored: &Scored,
) -> GrowthPlan {
    let rubric = scored.rubric;
    let satisfactory = focus::first_satisfactory(scored.profile, rubric, &scored.outcome);
    let chosen: Vec<Focus> = focus::weighted_focus(&scored.outcome, scored.profile, rubric)
        .into_iter()
        .take(FOCUS_COMPONENTS)
        .map(|c| {
            let target = focus::target(rubric, c.current, satisfactory);
            focus_on(rubric, c.id, c.current, target)
        })
        .collect();
    let kind = if scored.plan_required() == Some(true) {
        PlanKind::Improvement
    } else {
        PlanKind::ProfessionalGrowth
    };
    let (trigger, rule) = trigger::trigger(year, scored);
    GrowthPlan {
        trigger,
        rule,
        ..plan(
            educator,
            year,
            PlanSource::Summative(summative_id.to_string()),
            kind,
            chosen,
            rubric,
        )
    }
}

/// A plan from one observation's ratings: its lowest, in rubric order among
/// equals (each is a single rating), each aimed a level up.
#[must_use]
pub fn plan_from_observation(
    educator: &Educator,
    year: &str,
    observation: &Observation,
    rubric: &Rubric,
) -> GrowthPlan {
    let order = |id: &str| {
        rubric
            .components()
            .position(|c| c.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut rated: Vec<(String, u32)> = observation
        .ratings
        .iter()
        .filter_map(|r| match r.level {
            RatingLevel::Level(score) => Some((r.component.clone(), score)),
            RatingLevel::NotObserved => None,
        })
        .collect();
    rated.sort_by(|a, b| a.1.cmp(&b.1).then(order(&a.0).cmp(&order(&b.0))));
    let top = rubric.levels.last().map(|l| l.score);
    let chosen: Vec<Focus> = rated
        .into_iter()
        .filter(|(_, score)| Some(*score) != top)
        .take(FOCUS_COMPONENTS)
        .map(|(id, score)| {
            focus_on(
                rubric,
                id,
                Some(score),
                focus::target(rubric, Some(score), None),
            )
        })
        .collect();
    GrowthPlan {
        trigger: format!(
            "The ratings of the observation on {}.",
            observation.started_at.format("%B %-d, %Y")
        ),
        ..plan(
            educator,
            year,
            PlanSource::Observation(observation.id.clone()),
            PlanKind::ProfessionalGrowth,
            chosen,
            rubric,
        )
    }
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
        trigger: String::new(),
        rule: None,
        focus: Vec::new(),
        goals: Vec::new(),
        steps: Vec::new(),
        supports: String::new(),
        progress: Vec::new(),
        mid_year_review: String::new(),
        end_of_year_review: String::new(),
        artifacts: Vec::new(),
        status: Status::Draft,
        trail: Trail::default(),
        created: at,
        changed: at,
    }
}

/// A plan of `kind` on the focus given, with a goal for each.
fn plan(
    educator: &Educator,
    year: &str,
    source: PlanSource,
    kind: PlanKind,
    focus: Vec<Focus>,
    rubric: &Rubric,
) -> GrowthPlan {
    let end_of_year = end_of_school_year(year);
    let goals = focus.iter().map(|f| goal(rubric, f, end_of_year)).collect();
    GrowthPlan {
        kind,
        source,
        focus,
        goals,
        ..blank_plan(educator, year)
    }
}

/// A component to grow from its current level to `target`, with the
/// rubric's description of that level.
fn focus_on(rubric: &Rubric, id: String, current: Option<u32>, target: Option<u32>) -> Focus {
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
        from_self_assessment: false,
    }
}

/// 1 June at the end of a school year such as "2026-27".
#[must_use]
pub fn end_of_school_year(year: &str) -> Option<NaiveDate> {
    let start: i32 = year.get(..4)?.parse().ok()?;
    NaiveDate::from_ymd_opt(start + 1, 6, 1).filter(|d| d.year() == start + 1)
}
