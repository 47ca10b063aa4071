//! A scoring profile: how a district turns ratings into a summative result.
//! Profiles are data (RON), because every state and district differs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::rules::{Form, MeasureRule, PlanRule, Rounding, Weighting};

/// The version of the profile file format this build writes; it reads
/// every version up to it (version 1 had no measures, form or plan).
pub const PROFILE_SCHEMA: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringProfile {
    pub schema: u32,
    pub id: String,
    pub title: String,
    /// Where the rules come from, in a sentence.
    pub source: String,
    /// How several observations' ratings of one component become one.
    pub combine: Combine,
    /// What a component with no rating counts as.
    pub unrated: Unrated,
    /// The number each rubric level is worth.
    pub scale: Scale,
    /// Relative weight of each domain by id; see [`DomainWeights`].
    pub domain_weights: DomainWeights,
    /// Final rating bands, lowest first; see [`Bands`].
    pub bands: Bands,
    /// Decimal places the final score is rounded to before banding.
    pub decimals: u32,
    /// How the final score is rounded; half up unless the state says otherwise.
    #[serde(default)]
    pub rounding: Rounding,
    /// The state's form and its words.
    #[serde(default)]
    pub form: Form,
    /// Student measures the final rating counts.
    #[serde(default)]
    pub measures: Vec<MeasureRule>,
    /// Weights of practice and measures; the first that applies wins. Empty:
    /// the final rating is the practice rating.
    #[serde(default)]
    pub weightings: Vec<Weighting>,
    /// The plan a rating in a band marked `plan` calls for.
    #[serde(default)]
    pub plan: Option<PlanRule>,
}

/// How one component's ratings across observations are combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Combine {
    /// The rating from the latest observation.
    MostRecent,
    /// The mean of the ratings' values.
    Mean,
    /// The median (the mean of the middle two for an even count).
    Median,
    /// The most frequent level; a tie goes to the higher or the lower level.
    Mode { ties: Tie },
    /// The evaluator decides each component and writes why.
    Judgement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tie {
    Higher,
    Lower,
}

/// Components never rated in the counted observations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unrated {
    /// Left out of their domain's mean.
    Excluded,
    /// Counted at the lowest level.
    Lowest,
}

/// The value of each rubric level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Scale {
    /// The rubric's own level scores.
    RubricScores,
    /// Values by level rank, lowest level first (e.g. `[0, 1, 2, 3]` for a 0-3 scale).
    /// The rubric must have exactly this many levels.
    ByRank(Vec<f64>),
}

/// Relative domain weights. `Equal` weighs every domain with a score the
/// same; `PerComponent` weighs each domain by its counted components, which
/// makes the final score the mean of all counted components. `ById` weighs
/// named domains as given; domains it does not name weigh `others` each (0
/// leaves them out). Weights need not sum to 100: they are divided by the
/// total weight of the domains that have a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DomainWeights {
    Equal,
    PerComponent,
    ById {
        weights: BTreeMap<String, f64>,
        #[serde(default)]
        others: f64,
        /// Domains whose components count as part of another domain, e.g. a
        /// coordinator's role duties ("S") within Delivery of Service ("3").
        #[serde(default)]
        counts_in: BTreeMap<String, String>,
    },
}

/// Final rating bands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Bands {
    /// Each band starts at `min` (inclusive) and runs to the next band's start.
    Fixed(Vec<Band>),
    /// One band per rubric level, named after it, split halfway between level values.
    RubricLevels,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub min: f64,
    pub label: String,
    /// The state's outcome for the band, e.g. "Satisfactory".
    #[serde(default)]
    pub outcome: String,
    /// Whether the band calls for the profile's improvement plan. When no
    /// band of a profile says, the two lowest bands do (as before version 2).
    #[serde(default)]
    pub plan: Option<bool>,
}
