//! The educator's self-assessment beside the evaluator's ratings: one rule,
//! for the window, the command line and the PDF. Levels are compared by
//! their place in the rubric's order (lowest first), not by their scores,
//! so a rubric scored 0-3 and one scored 1-4 give the same differences.

use super::Outcome;
use crate::record::{Goal, GrowthPlan, SelfAssessment};
use crate::rubric::Rubric;

/// How many levels apart the two must be for the conference agenda.
pub const AGENDA_LEVELS: usize = 2;

/// One component, as the evaluator and the educator see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub component: String,
    pub name: String,
    pub domain: String,
    /// The rubric level of the evaluation's value (the level it equals,
    /// else the level whose band it falls in); `None` while unrated.
    pub evaluator: Option<u32>,
    /// The educator's own level; `None`: not assessed.
    pub educator: Option<u32>,
    /// The educator's sentence of evidence (may be empty).
    pub evidence: String,
    /// Levels from the evaluator's to the educator's (positive: the
    /// educator rates higher); `None` unless both are levels of the rubric.
    pub difference: Option<i64>,
}

impl Compared {
    /// Whether the two are [`AGENDA_LEVELS`] or more levels apart.
    #[must_use]
    pub fn on_agenda(&self) -> bool {
        self.difference
            .is_some_and(|d| d.unsigned_abs() >= AGENDA_LEVELS as u64)
    }
}

/// Every component the evaluation lists, in its order, with both levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub rows: Vec<Compared>,
    /// Components the self-assessment names that the evaluation does not
    /// list (another rubric's, or a domain that does not apply): kept, never matched.
    pub unmatched: Vec<String>,
}

impl Comparison {
    /// The conference agenda: the components two levels or more apart.
    pub fn agenda(&self) -> impl Iterator<Item = &Compared> {
        self.rows.iter().filter(|r| r.on_agenda())
    }

    /// How many components the educator gave a level.
    #[must_use]
    pub fn assessed(&self) -> usize {
        self.rows.iter().filter(|r| r.educator.is_some()).count()
    }
}

/// The year's evaluation (its `outcome`, see `score`) beside the educator's
/// self-assessment, both read on `rubric`.
#[must_use]
pub fn compare(outcome: &Outcome, rubric: &Rubric, mine: &SelfAssessment) -> Comparison {
    let rank = |score: u32| rubric.levels.iter().position(|l| l.score == score);
    let rows: Vec<Compared> = outcome
        .components
        .iter()
        .map(|c| {
            let evaluator = c.level.or(c.band);
            let entry = mine.rating(&c.id);
            let educator = entry.and_then(|r| r.level);
            let difference = match (evaluator.and_then(rank), educator.and_then(rank)) {
                (Some(theirs), Some(own)) => i64::try_from(own)
                    .ok()
                    .zip(i64::try_from(theirs).ok())
                    .map(|(own, theirs)| own - theirs),
                _ => None,
            };
            Compared {
                component: c.id.clone(),
                name: c.name.clone(),
                domain: c.domain.clone(),
                evaluator,
                educator,
                evidence: entry.map(|r| r.evidence.clone()).unwrap_or_default(),
                difference,
            }
        })
        .collect();
    let unmatched = mine
        .components
        .iter()
        .filter(|r| !rows.iter().any(|row| row.component == r.component))
        .map(|r| r.component.clone())
        .collect();
    Comparison { rows, unmatched }
}

/// "Proficient", "not assessed", or "level 7 (not in the rubric)".
#[must_use]
pub fn self_level_text(rubric: &Rubric, level: Option<u32>) -> String {
    match level {
        None => "not assessed".into(),
        Some(score) => rubric.level(score).map_or_else(
            || format!("level {score} (not in the rubric)"),
            |l| l.name.clone(),
        ),
    }
}

/// The self-assessment's goals `plan` does not hold yet, as plan goals
/// marked as taken from it (target date: the end of the school year).
/// Goals already typed are never touched: these are added after them.
#[must_use]
pub fn goals_from_self_assessment(plan: &GrowthPlan, mine: &SelfAssessment) -> Vec<Goal> {
    let held = |text: &str| plan.goals.iter().any(|g| g.statement.trim() == text.trim());
    mine.goals
        .iter()
        .filter(|g| !g.text.trim().is_empty() && !held(&g.text))
        .map(|g| Goal {
            statement: g.text.trim().to_string(),
            components: g.components.clone(),
            measure: String::new(),
            target_date: super::end_of_school_year(&plan.school_year),
            from_self_assessment: true,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Supplied;
    use crate::scoring::{ComponentResult, Derivation};

    fn component(id: &str, level: Option<u32>, band: Option<u32>) -> ComponentResult {
        ComponentResult {
            id: id.into(),
            name: format!("Component {id}"),
            domain: id[..1].into(),
            value: level.or(band).map(f64::from),
            level,
            band,
            derivation: Derivation::Unrated {
                counted_as_lowest: false,
            },
        }
    }

    fn outcome(components: Vec<ComponentResult>) -> Outcome {
        Outcome {
            components,
            domains: Vec::new(),
            score: None,
            exact: None,
            rating: None,
            missing: Vec::new(),
            level_values: Vec::new(),
        }
    }

    #[test]
    fn two_levels_apart_either_way_is_the_agenda_and_unassessed_is_never_a_level() {
        let catalog = crate::rubric::Catalog::load(&[]);
        let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
        let mut mine = SelfAssessment::new(
            "edu-1",
            "2026-27",
            ("danielson-2013", ""),
            Supplied::Educator,
            "",
        );
        for (id, level) in [
            ("1a", 1),
            ("1b", 4),
            ("1c", 2),
            ("2a", 3),
            ("2b", 7),
            ("9z", 2),
        ] {
            mine.set(id, Some(level), None);
        }
        mine.set("2c", None, Some("I keep routines"));
        let evaluation = outcome(vec![
            component("1a", Some(3), None),
            component("1b", None, Some(2)),
            component("1c", Some(3), None),
            component("2a", None, None),
            component("2b", Some(1), None),
            component("2c", Some(2), None),
        ]);
        let c = compare(&evaluation, rubric, &mine);
        let difference = |id: &str| {
            c.rows
                .iter()
                .find(|r| r.component == id)
                .and_then(|r| r.difference)
        };
        assert_eq!(difference("1a"), Some(-2));
        assert_eq!(difference("1b"), Some(2), "a band counts as its level");
        assert_eq!(difference("1c"), Some(-1));
        assert_eq!(difference("2a"), None, "the evaluator has not rated it");
        assert_eq!(difference("2b"), None, "level 7 is not the rubric's");
        assert_eq!(difference("2c"), None, "not assessed: evidence only");
        let agenda: Vec<&str> = c.agenda().map(|r| r.component.as_str()).collect();
        assert_eq!(agenda, ["1a", "1b"]);
        assert_eq!(c.unmatched, ["9z"]);
        assert_eq!(c.assessed(), 5);
        assert_eq!(self_level_text(rubric, None), "not assessed");
        assert_eq!(
            self_level_text(rubric, Some(7)),
            "level 7 (not in the rubric)"
        );
    }
}
