//! What an evaluation still lacks before it is finalised: the evaluator
//! sees it and decides. Finalising with gaps is allowed (only components
//! waiting for the evaluator's judgement stop it, see [`super::finalize`]).

use super::evaluate::Derivation;
use super::summative::Scored;
use crate::record::Summative;

/// The gaps in an evaluation as it stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gaps {
    /// Components with no rating in the counted observations and no
    /// evaluator's rating, by domain in rubric order.
    pub unrated: Vec<UnratedDomain>,
    /// True when the profile counts unrated components at the lowest level
    /// (else they are left out of the score).
    pub unrated_count_as_lowest: bool,
    /// Anything else missing, one sentence each.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnratedDomain {
    pub id: String,
    pub name: String,
    /// (component id, component name).
    pub components: Vec<(String, String)>,
}

impl Gaps {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.unrated.is_empty() && self.missing.is_empty()
    }

    /// How many components are unrated.
    #[must_use]
    pub fn unrated_count(&self) -> usize {
        self.unrated.iter().map(|d| d.components.len()).sum()
    }
}

/// What `summative`, scored as `scored`, lacks before finalising.
pub fn before_finalising(summative: &Summative, scored: &Scored) -> Gaps {
    let mut unrated: Vec<UnratedDomain> = Vec::new();
    let mut counted_as_lowest = false;
    for c in &scored.outcome.components {
        let Derivation::Unrated {
            counted_as_lowest: lowest,
        } = c.derivation
        else {
            continue;
        };
        counted_as_lowest |= lowest;
        let component = (c.id.clone(), c.name.clone());
        match unrated.last_mut().filter(|d| d.id == c.domain) {
            Some(domain) => domain.components.push(component),
            None => unrated.push(UnratedDomain {
                id: c.domain.clone(),
                name: scored
                    .rubric
                    .domains
                    .iter()
                    .find(|d| d.id == c.domain)
                    .map_or_else(String::new, |d| d.name.clone()),
                components: vec![component],
            }),
        }
    }
    let mut missing = Vec::new();
    if scored.counted.is_empty() {
        missing.push("No observation is counted.".to_string());
    }
    if scored.outcome.score.is_none() {
        missing.push("There is no final score: no component has a rating.".to_string());
    }
    if summative.comments.trim().is_empty() {
        missing.push("The evaluator's comments are empty.".to_string());
    }
    Gaps {
        unrated,
        unrated_count_as_lowest: counted_as_lowest,
        missing,
    }
}
