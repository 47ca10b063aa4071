//! Counting one observation's ratings: by rubric, component and level, in
//! the heat map, in the educator's groups and for agreement.

use std::collections::{BTreeMap, HashSet};

use super::super::agreement::Rated;
use super::super::names::fold;
use super::super::rubrics::RubricIndex;
use super::{Context, Gap, HeatCell, RubricTally, Tally};
use crate::record::{Educator, Observation, Rating, RatingLevel};

impl Tally {
    /// Counts one observation's ratings; `observer` is its index in the
    /// educator's list of observers (for agreement).
    pub(super) fn rate_observation(
        &mut self,
        observation: &Observation,
        (observer, observer_key): (usize, &str),
        educator: &Educator,
        cx: &Context,
        rubrics_seen: &mut HashSet<usize>,
        rated: &mut Vec<Rated>,
    ) {
        let Some(r) = cx.rubrics.position(&observation.rubric_id) else {
            note(
                &mut self.gaps,
                Gap::RubricMissing(observation.rubric_id.clone()),
            );
            return;
        };
        let index = &cx.rubrics.list[r];
        let tally = self.rubrics.entry(r).or_default();
        tally.start_observation(index, rubrics_seen.insert(r));
        let school_key = fold(&educator.school);
        let (_, heat) = tally.heat.entry(school_key.clone()).or_insert_with(|| {
            (
                cx.names.school(&educator.school),
                vec![HeatCell::default(); index.component_count()],
            )
        });
        let mut groups = [
            self.schools.entry(school_key).or_default(),
            self.levels.entry(educator.level).or_default(),
            self.evaluators.entry(observer_key.to_string()).or_default(),
            &mut self.district,
        ];
        for rating in &observation.ratings {
            match classify(index, rating) {
                None => note(&mut self.gaps, Gap::Unmatched(index.rubric.id.clone())),
                Some((c, None)) => {
                    tally.not_observed[c] += 1;
                    self.not_observed += 1;
                }
                Some((c, Some((score, rank)))) => {
                    tally.counts[c][rank] += 1;
                    heat[c].sum += u64::from(score);
                    heat[c].ratings += 1;
                    for group in &mut groups {
                        group.rate(rank);
                    }
                    rated.push(Rated {
                        observer,
                        rubric: r,
                        component: c,
                        rank,
                    });
                }
            }
        }
    }
}

impl RubricTally {
    /// Counts an observation under this rubric (and its educator, on the
    /// educator's first one), sizing the counts on the first of all.
    fn start_observation(&mut self, index: &RubricIndex, first_for_educator: bool) {
        if self.counts.is_empty() {
            self.counts = vec![vec![0; index.rubric.levels.len()]; index.component_count()];
            self.not_observed = vec![0; index.component_count()];
        }
        self.observations += 1;
        if first_for_educator {
            self.educators += 1;
        }
    }
}

/// A rating's component position and, unless not observed, its score and
/// level rank; `None` when the rubric has no such component or level.
fn classify(index: &RubricIndex, rating: &Rating) -> Option<(usize, Option<(u32, usize)>)> {
    index
        .component(&rating.component)
        .and_then(|c| match rating.level {
            RatingLevel::NotObserved => Some((c, None)),
            RatingLevel::Level(score) => index.rank(score).map(|rank| (c, Some((score, rank)))),
        })
}

/// Counts one more of a gap.
fn note(gaps: &mut BTreeMap<Gap, usize>, gap: Gap) {
    *gaps.entry(gap).or_default() += 1;
}
