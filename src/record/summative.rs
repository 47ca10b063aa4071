//! A summative evaluation: one educator's year, scored under a profile.

use serde::{Deserialize, Serialize};

use super::{Status, Timestamp};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summative {
    pub schema: u32,
    pub id: String,
    pub educator_id: String,
    /// "2026-27"; see `scoring::school_year_of`.
    pub school_year: String,
    pub profile_id: String,
    pub rubric_id: String,
    /// Which observations count.
    pub observations: Selection,
    /// Annual, or one of a temporary professional's two semi-annual ratings.
    #[serde(default, skip_serializing_if = "Period::is_annual")]
    pub period: Period,
    /// The evaluator's own ratings, each with its reason.
    #[serde(default)]
    pub overrides: Vec<Override>,
    #[serde(default)]
    pub comments: String,
    /// Files attached as evidence (see `record::artifact`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub artifacts: Vec<super::Artifact>,
    pub status: Status,
    /// Set when finalised: the result is then frozen in `locked`.
    #[serde(default)]
    pub finalized: Option<Finalized>,
    /// Every time a finalised evaluation was opened again, and why.
    #[serde(default)]
    pub reopened: Vec<Reopening>,
    /// The versions shared and acknowledged, and every change since.
    #[serde(default, skip_serializing_if = "super::Trail::is_empty")]
    pub trail: super::Trail,
    /// The educator's responses to packets, as received: not content (see `record::response`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<super::EducatorResponse>,
    pub created: Timestamp,
    pub changed: Timestamp,
}

/// The span an evaluation rates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    #[default]
    Annual,
    /// Pennsylvania rates temporary professional employees twice a year.
    SemiAnnual,
}

impl Period {
    #[must_use]
    pub fn is_annual(&self) -> bool {
        *self == Period::Annual
    }

    /// "Annual" or "Semi-annual".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Period::Annual => "Annual",
            Period::SemiAnnual => "Semi-annual",
        }
    }
}

/// The observations a summative counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    /// Every observation of the educator in the school year.
    AllOfYear,
    /// Only these, by id.
    Chosen(Vec<String>),
}

/// An evaluator's rating of a component in place of the combined one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub component: String,
    /// A level score of the rubric.
    pub level: u32,
    /// Required: why the evaluator rated it so.
    pub reason: String,
}

/// A finalised evaluation no longer follows its observations: the result
/// as it stood is kept here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finalized {
    pub at: Timestamp,
    pub by: String,
    /// Every rating the result was computed from, as it stood.
    pub ratings: Vec<RatingPoint>,
    /// The practice score and rating (before version 2 of profiles, the only ones).
    pub score: Option<f64>,
    pub rating: Option<String>,
    /// The student measures counted, as they stood; `None` in evaluations
    /// finalised before measures were recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<Vec<super::Measure>>,
    /// The final score and rating over practice and measures; `None` while
    /// a weighted measure was pending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_score: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_rating: Option<String>,
}

/// One rating of one component in one observation: what scoring works from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingPoint {
    pub observation_id: String,
    pub at: Timestamp,
    pub component: String,
    /// A level score of the rubric.
    pub level: u32,
}

impl RatingPoint {
    /// The level ratings of these observations ("not observed" is not a
    /// rating). A component a file rates twice counts once, by its first.
    pub fn from_observations<'a>(
        observations: impl IntoIterator<Item = &'a super::Observation>,
    ) -> Vec<RatingPoint> {
        observations
            .into_iter()
            .flat_map(|o| {
                let first =
                    |r: &super::Rating| o.rating(&r.component).is_some_and(|f| std::ptr::eq(f, r));
                o.ratings
                    .iter()
                    .filter(move |r| first(r))
                    .filter_map(move |r| match r.level {
                        super::RatingLevel::Level(level) => Some(RatingPoint {
                            observation_id: o.id.clone(),
                            at: o.started_at,
                            component: r.component.clone(),
                            level,
                        }),
                        super::RatingLevel::NotObserved => None,
                    })
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reopening {
    pub at: Timestamp,
    pub by: String,
    pub reason: String,
}
