//! Whether an observation still fits the rubric it was rated against.
//!
//! The rule: ratings are stored by component id and level score, so they
//! map onto an edited rubric by those two keys. A rating whose component or
//! level no longer exists is kept in the record untouched (nothing is ever
//! dropped) and reported as unmatched; it reappears if the rubric regains
//! that id. An observation whose rubric is missing opens with its evidence
//! and ratings as stored, shown by id only.

use super::{Observation, RatingLevel};
use crate::rubric::Catalog;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricMatch {
    /// The rubric is loaded and unchanged.
    Same,
    /// The rubric is loaded but its content differs from when the
    /// observation was recorded; `unmatched` lists ratings and tags that no
    /// longer fit ("3f", "2b level 5").
    Changed { unmatched: Vec<String> },
    /// No loaded rubric has this id.
    Missing,
}

impl RubricMatch {
    /// A plain sentence for the window and the command line, or `None` when all is well.
    #[must_use]
    pub fn warning(&self, observation: &Observation) -> Option<String> {
        match self {
            RubricMatch::Same => None,
            RubricMatch::Changed { unmatched } if unmatched.is_empty() => Some(format!(
                "The rubric `{}` has changed since this observation was recorded; every rating still matches a component and level.",
                observation.rubric_id
            )),
            RubricMatch::Changed { unmatched } => Some(format!(
                "The rubric `{}` has changed since this observation was recorded; these no longer match it and are kept as they were: {}.",
                observation.rubric_id,
                unmatched.join(", ")
            )),
            RubricMatch::Missing => Some(format!(
                "The rubric `{}` is not loaded; the observation opens with its ratings shown by component id.",
                observation.rubric_id
            )),
        }
    }
}

/// Compares an observation with the loaded rubric of its id.
#[must_use]
pub fn match_rubric(observation: &Observation, catalog: &Catalog) -> RubricMatch {
    let Some(entry) = catalog.get(&observation.rubric_id) else {
        return RubricMatch::Missing;
    };
    if entry.fingerprint == observation.rubric_fingerprint {
        return RubricMatch::Same;
    }
    let rubric = &entry.rubric;
    let mut unmatched = Vec::new();
    for rating in &observation.ratings {
        match (rubric.component(&rating.component), rating.level) {
            (None, _) => unmatched.push(rating.component.clone()),
            (Some(_), RatingLevel::Level(score)) if rubric.level(score).is_none() => {
                unmatched.push(format!("{} level {score}", rating.component));
            }
            _ => {}
        }
    }
    for note in &observation.evidence {
        for tag in &note.components {
            if rubric.component(tag).is_none() && !unmatched.contains(tag) {
                unmatched.push(tag.clone());
            }
        }
    }
    RubricMatch::Changed { unmatched }
}
