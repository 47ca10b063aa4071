//! An educator: the person evaluated.

use serde::{Deserialize, Serialize};

use super::Timestamp;
use super::qualifications::Qualifications;
use crate::rubric::SchoolLevel;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Educator {
    pub schema: u32,
    pub id: String,
    /// Any Unicode name, kept exactly as typed.
    pub name: String,
    /// A role id that a rubric names, e.g. `teacher` or `edtech-coordinator`.
    pub role: String,
    pub school: String,
    pub level: SchoolLevel,
    /// Subject and grade, e.g. "Grade 7 Science".
    #[serde(default)]
    pub subject: String,
    pub employment: Employment,
    /// Name of the assigned evaluator.
    #[serde(default)]
    pub evaluator: String,
    /// The rubric this educator is evaluated with.
    pub rubric_id: String,
    /// Districts weigh degrees and certifications differently, so they are kept.
    #[serde(default)]
    pub qualifications: Qualifications,
    pub created: Timestamp,
    pub changed: Timestamp,
    /// Set once the educator has left; absent in files from before archiving existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<super::Archived>,
    /// How the district's systems name the educator, so a roster imported
    /// again updates them; absent in files from before roster ids existed.
    #[serde(default, skip_serializing_if = "RosterIds::is_empty")]
    pub roster_ids: RosterIds,
}

/// The ids a district's exports give an educator. Each is kept as the file
/// wrote it; an empty one is not written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RosterIds {
    /// The HR system's employee or staff number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub employee_id: String,
    /// A `OneRoster` `sourcedId`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sourced_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
}

impl RosterIds {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.employee_id.is_empty() && self.sourced_id.is_empty() && self.email.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Employment {
    Probationary,
    Tenured,
    /// Anything else the district uses, e.g. "Long-term substitute".
    Other(String),
}

impl Employment {
    /// Reads "probationary", "tenured" (any case), or keeps the text as is.
    #[must_use]
    pub fn parse(text: &str) -> Employment {
        match text.trim().to_lowercase().as_str() {
            "probationary" => Employment::Probationary,
            "tenured" => Employment::Tenured,
            _ => Employment::Other(text.trim().to_string()),
        }
    }
}

impl std::fmt::Display for Employment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Employment::Probationary => f.write_str("Probationary"),
            Employment::Tenured => f.write_str("Tenured"),
            Employment::Other(text) => f.write_str(text),
        }
    }
}
