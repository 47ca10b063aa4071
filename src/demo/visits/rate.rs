//! The ratings of a visit: the level drawn for each component decides which
//! notes are scripted, and the notes then bound the level given.

use chrono::{DateTime, FixedOffset};

use super::super::bank::{self, Support};
use super::super::rng::Rng;
use super::visit::{Timing, Visit};
use crate::record::{EvidenceNote, ObservationKind, Rating, RatingLevel};
use crate::rubric::Component;

impl Visit<'_> {
    /// The level index each component is performed at on this visit, near
    /// the educator's own level for it.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "the position is rounded and clamped to the index range of the levels"
    )]
    pub(super) fn targets(&self, rng: &mut Rng) -> Vec<usize> {
        let top = (self.rubric.levels.len().max(1) - 1) as f64;
        self.person
            .bias
            .iter()
            .map(|bias| {
                let position = (self.person.skill + bias + 0.3 * rng.normal() - 1.0) / 3.0 * top;
                position.round().clamp(0.0, top) as usize
            })
            .collect()
    }

    /// A rating for each component this visit can see that has evidence
    /// (or, on a formal visit, an artifact).
    pub(super) fn ratings(
        &self,
        rng: &mut Rng,
        timing: Timing,
        (evidence, supports): (&[EvidenceNote], &[Support]),
        targets: &[usize],
    ) -> Vec<Rating> {
        let mut ratings = Vec::new();
        for (c, component) in self.person.components.iter().enumerate() {
            if !self.sees(c) {
                continue;
            }
            let linked: Vec<usize> = (0..evidence.len())
                .filter(|&i| evidence[i].components.contains(&component.id))
                .collect();
            // Visits that read the educator's documents rate from artifacts too.
            let formal = matches!(
                self.kind,
                ObservationKind::Formal
                    | ObservationKind::ArtifactReview
                    | ObservationKind::PlanningConference
            );
            let artifact_rating = formal && !component.observable && rng.chance(0.5);
            if linked.is_empty() && !artifact_rating {
                if formal && component.observable && rng.chance(0.3) {
                    ratings.push(Rating {
                        component: component.id.clone(),
                        level: RatingLevel::NotObserved,
                        rationale: "Not seen during this visit.".into(),
                        evidence: Vec::new(),
                    });
                }
                continue;
            }
            let sides: Vec<Support> = linked.iter().map(|&i| supports[i]).collect();
            let level = self.bounded(targets[c], &sides);
            let time = linked
                .first()
                .map_or(timing.started_at, |&i| evidence[i].at);
            let ids = linked.iter().map(|&i| evidence[i].id).collect();
            ratings.push(self.rating(rng, component, level, time, ids));
        }
        ratings
    }

    /// The level index given for `target`: the top level needs a note of
    /// strong practice behind it and the bottom one a note of weak practice,
    /// so an extreme rating always has its evidence.
    fn bounded(&self, target: usize, sides: &[Support]) -> usize {
        let top = self.rubric.levels.len().max(1) - 1;
        if target == top && top > 0 && !sides.contains(&Support::Strong) {
            top - 1
        } else if target == 0 && top > 0 && !sides.contains(&Support::Weak) {
            1
        } else {
            target
        }
    }

    /// The rating of `component` at level index `level`, with a rationale
    /// that cites the time of its first note.
    fn rating(
        &self,
        rng: &mut Rng,
        component: &Component,
        level: usize,
        time: DateTime<FixedOffset>,
        linked: Vec<u32>,
    ) -> Rating {
        let level = &self.rubric.levels[level.min(self.rubric.levels.len() - 1)];
        let rationale = rng
            .pick(&bank::get().texts.rationales)
            .replace("{component}", &component.name)
            .replace("{level}", &level.name)
            .replace("{time}", &time.format("%H:%M").to_string());
        Rating {
            component: component.id.clone(),
            level: RatingLevel::Level(level.score),
            rationale,
            evidence: linked,
        }
    }
}
