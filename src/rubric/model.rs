//! The rubric as plain data: what a RON rubric file deserialises into.
//!
//! Nothing here assumes four domains, twenty-two components or four levels:
//! those are what the bundled rubrics hold, not what the program needs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The version of the rubric file format this build reads.
pub const RUBRIC_SCHEMA: u32 = 1;

/// A whole rubric: performance levels and domains of components.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// File format version; see [`RUBRIC_SCHEMA`].
    pub schema: u32,
    /// Stable identifier, e.g. `danielson-2013`; records name their rubric by it.
    pub id: String,
    pub title: String,
    pub edition: String,
    /// The role of the educators this rubric evaluates.
    pub role: Role,
    /// Where the structure comes from and who wrote the descriptors.
    pub attribution: String,
    /// Ordered from lowest to highest; scores strictly increase.
    pub levels: Vec<Level>,
    pub domains: Vec<Domain>,
    /// The id of the rubric whose component ids the components' `nearest`
    /// name, e.g. `danielson-2013`, for a rubric whose ids do not follow it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crosswalk: Option<String>,
}

/// The role a rubric is written for, e.g. `teacher` / "Classroom teacher".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub name: String,
}

/// One performance level, e.g. 3 / "Proficient" / "P".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub score: u32,
    pub name: String,
    /// A short label for narrow places (chips, table cells).
    pub label: String,
}

/// A school level, used where a part of a rubric applies only to some schools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SchoolLevel {
    Elementary,
    Middle,
    High,
    Other,
}

/// A domain groups components, e.g. "Planning and Preparation".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// School levels this domain is rated for; empty means every educator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applies_to: Vec<SchoolLevel>,
    pub components: Vec<Component>,
}

/// A component is what gets rated, e.g. "3b Using Questioning and Discussion Techniques".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Short id typed to tag evidence, e.g. `3b`; unique within the rubric.
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Usually seen in a classroom visit (true) or shown through artifacts and conferences.
    pub observable: bool,
    pub elements: Vec<String>,
    /// One descriptor per level, keyed by the level's score.
    pub descriptors: BTreeMap<u32, String>,
    /// Lower-case words and phrases that suggest this component for a typed note.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The nearest component of the rubric named by the rubric's
    /// `crosswalk`, e.g. `4b`, so evaluators used to that framework find it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest: Option<String>,
}
