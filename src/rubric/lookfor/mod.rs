//! Look-for forms: the short list of what a walkthrough looks for, each item
//! tied to components of one rubric. Data beside the rubrics, so a district
//! writes its own form instead of asking for a code change.

mod forms;
mod load;

use serde::{Deserialize, Serialize};

pub use load::{MAX_LOOKFOR_BYTES, parse_lookfor};

/// The version of the look-for form format this build reads.
pub const LOOKFOR_SCHEMA: u32 = 1;

/// One look-for form as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "LookForForm")]
pub struct LookForForm {
    pub schema: u32,
    pub id: String,
    pub name: String,
    /// The id of the rubric whose components the items name.
    pub rubric: String,
    /// Who wrote the form and what it is for.
    pub source: String,
    pub items: Vec<LookFor>,
}

/// One thing to look for and how it is answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookFor {
    /// Short and stable: answers name it, and summaries count by it.
    pub id: String,
    /// What the evaluator looks for, as one short sentence.
    pub text: String,
    pub answer: AnswerKind,
    /// The rubric components this item is evidence of.
    pub components: Vec<String>,
}

/// How an item is answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerKind {
    /// Yes, partly, no, or not seen.
    YesPartlyNo,
    /// A point on a scale of 1 to the number of labels, each label naming its point.
    Scale(Vec<String>),
    /// A short note.
    Note,
}

impl LookForForm {
    /// The item with this id (ids compare without case).
    #[must_use]
    pub fn item(&self, id: &str) -> Option<&LookFor> {
        self.items
            .iter()
            .find(|i| crate::text::same_text(&i.id, id))
    }

    /// Every component some item names, once each, in the order first named.
    #[must_use]
    pub fn components(&self) -> Vec<&str> {
        let mut all: Vec<&str> = Vec::new();
        for c in self.items.iter().flat_map(|i| &i.components) {
            if !all.iter().any(|a| crate::text::same_text(a, c)) {
                all.push(c);
            }
        }
        all
    }
}

/// One usable form, where it came from and the hash its answers keep.
#[derive(Debug, Clone)]
pub struct LookForEntry {
    pub form: LookForForm,
    pub source: super::RubricSource,
    pub fingerprint: String,
}
