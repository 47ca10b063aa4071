//! A student measure: one score (or a pending one) that counts towards an
//! educator's final rating in a school year, such as an SLO, an SGO, a
//! building-level score or a state growth score.

use serde::{Deserialize, Serialize};

use super::Timestamp;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub schema: u32,
    pub id: String,
    pub educator_id: String,
    /// "2026-27".
    pub school_year: String,
    /// The measure it scores, by the id scoring profiles use
    /// ("building", "teacher-specific", "lea", "slo", "sgo", "msgp").
    pub measure: String,
    /// What a person calls this one, e.g. "SLO: Grade 4 reading fluency".
    #[serde(default)]
    pub title: String,
    /// The score as its source gives it; `None` while it is pending.
    #[serde(default)]
    pub score: Option<f64>,
    /// Where the score comes from ("PVAAS report, 14 Oct 2027", a file and line).
    #[serde(default)]
    pub source: String,
    /// When the source gave the score.
    #[serde(default)]
    pub date: Option<chrono::NaiveDate>,
    /// The goal-setting template, for SLOs and SGOs.
    #[serde(default)]
    pub plan: MeasurePlan,
    pub created: Timestamp,
    pub changed: Timestamp,
}

/// What an SLO (Pennsylvania) or SGO (New Jersey) sets out, in the
/// template's order. Every field is the evaluator's or educator's own text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MeasurePlan {
    /// Context: the class, the students, the time span.
    pub context: String,
    /// The goal and the standards it addresses.
    pub goal: String,
    /// Starting points: the data the targets rest on (SGO).
    pub starting_points: String,
    /// Targets for all students (or by tier, for an SGO).
    pub targets: String,
    /// Targets for a focused group of students (SLO).
    pub focused_targets: String,
    /// The assessments or other measures used.
    pub measures: String,
    /// The cut-offs mapping the share of students on target to a rating.
    pub scoring: String,
}

impl MeasurePlan {
    /// The template's fields with their headings, in order, for forms and reports.
    #[must_use]
    pub fn fields(&self) -> [(&'static str, &str); 7] {
        [
            ("Context", &self.context),
            ("Goal and standards", &self.goal),
            ("Starting points", &self.starting_points),
            ("Targets", &self.targets),
            ("Targets for a focused group", &self.focused_targets),
            ("Measures used", &self.measures),
            ("Scoring", &self.scoring),
        ]
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, text)| text.trim().is_empty())
    }
}
