//! A rating of one component on the rubric's performance levels.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub component: String,
    pub level: RatingLevel,
    #[serde(default)]
    pub rationale: String,
    /// Ids of the evidence notes this rating rests on.
    #[serde(default)]
    pub evidence: Vec<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RatingLevel {
    /// The score of one of the rubric's levels.
    Level(u32),
    /// The evaluator decided this component was not seen in this visit.
    NotObserved,
}
