//! A professional growth plan (or an improvement plan) for one educator and year.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Status, Timestamp};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrowthPlan {
    pub schema: u32,
    pub id: String,
    pub educator_id: String,
    /// "2026-27".
    pub school_year: String,
    pub kind: PlanKind,
    /// What the plan was made from.
    pub source: PlanSource,
    /// Components to grow in, with where they stand and the level aimed for.
    #[serde(default)]
    pub focus: Vec<Focus>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Supports and resources the school provides.
    #[serde(default)]
    pub supports: String,
    /// Dated evidence of progress.
    #[serde(default)]
    pub progress: Vec<ProgressEntry>,
    #[serde(default)]
    pub mid_year_review: String,
    #[serde(default)]
    pub end_of_year_review: String,
    /// The versions shared and acknowledged, and every change since.
    #[serde(default, skip_serializing_if = "super::Trail::is_empty")]
    pub trail: super::Trail,
    pub status: Status,
    pub created: Timestamp,
    pub changed: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanKind {
    /// Growth chosen with the educator.
    ProfessionalGrowth,
    /// Required after a rating in the profile's two lowest bands.
    Improvement,
}

impl std::fmt::Display for PlanKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PlanKind::ProfessionalGrowth => "Professional growth plan",
            PlanKind::Improvement => "Improvement plan",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanSource {
    Summative(String),
    Observation(String),
    /// Written from scratch.
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    pub component: String,
    /// Where it stands now (a rubric level score), if rated.
    pub current: Option<u32>,
    /// The level aimed for.
    pub target: Option<u32>,
    /// The target level's descriptor, as the picture of success.
    #[serde(default)]
    pub target_descriptor: String,
}

/// A SMART goal: specific statement, linked components, measure, date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub statement: String,
    #[serde(default)]
    pub components: Vec<String>,
    /// How success will be measured.
    #[serde(default)]
    pub measure: String,
    pub target_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub what: String,
    #[serde(default)]
    pub who: String,
    pub due: Option<NaiveDate>,
    pub status: StepStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepStatus {
    NotStarted,
    InProgress,
    Done,
}

impl std::fmt::Display for StepStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StepStatus::NotStarted => "Not started",
            StepStatus::InProgress => "In progress",
            StepStatus::Done => "Done",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressEntry {
    pub date: NaiveDate,
    pub text: String,
}
