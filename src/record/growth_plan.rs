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
    /// What called for the plan, in a sentence: "Final rating Needs
    /// Improvement (1.20) under PDE 13-1 Classroom Teacher Rating Form,
    /// 2026-27". Empty for a plan written from scratch or before it was kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub trigger: String,
    /// The state's plan the final rating calls for, in the state's terms,
    /// copied from the scoring profile when the plan was proposed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<PlanTerms>,
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
    /// Files attached as evidence (see `record::artifact`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub artifacts: Vec<super::Artifact>,
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
    /// Required after a final rating in a band that calls for a plan (the
    /// state's, such as a Performance Improvement Plan, when `rule` names it).
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

impl PlanKind {
    /// The plan's name in a file name: "2026-12-02 Growth Plan - Name.pdf".
    #[must_use]
    pub fn document_name(self) -> &'static str {
        match self {
            PlanKind::ProfessionalGrowth => "Growth Plan",
            PlanKind::Improvement => "Improvement Plan",
        }
    }
}

impl GrowthPlan {
    /// The plan's name as a title: the state's term for an improvement plan
    /// a rule called for ("Performance Improvement Plan"), else its kind's.
    #[must_use]
    pub fn title(&self) -> String {
        match &self.rule {
            Some(rule) if self.kind == PlanKind::Improvement && !rule.name.trim().is_empty() => {
                rule.name.trim().to_string()
            }
            _ => match self.kind {
                PlanKind::ProfessionalGrowth => "Professional Growth Plan".into(),
                PlanKind::Improvement => "Improvement Plan".into(),
            },
        }
    }
}

/// The state's rule behind a required plan: its name, when it must be in
/// place and how long it runs, and where the rule comes from. A copy, so a
/// plan keeps the terms it was made under when a profile file changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanTerms {
    pub name: String,
    #[serde(default)]
    pub timeline: String,
    #[serde(default)]
    pub source: String,
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
    /// Taken from the educator's self-assessment of the year.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_self_assessment: bool,
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
