//! An educator's self-assessment of one school year: their own level for
//! each component with a sentence of evidence, and the goals they propose.
//! One per educator and year, so its id is made from the two.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{IdKind, RECORD_SCHEMA, Timestamp, Trail};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfAssessment {
    pub schema: u32,
    /// [`SelfAssessment::id_for`] the educator and year.
    pub id: String,
    pub educator_id: String,
    /// "2026-27".
    pub school_year: String,
    pub rubric_id: String,
    /// Fingerprint of the rubric content when the self-assessment was started.
    pub rubric_fingerprint: String,
    /// The components the educator assessed or wrote about, in rubric order;
    /// one that is absent was not assessed.
    #[serde(default)]
    pub components: Vec<SelfRating>,
    #[serde(default)]
    pub goals: Vec<ProposedGoal>,
    /// Who supplied the self-assessment.
    pub supplied: Supplied,
    /// The person who typed it in (or imported the educator's response).
    #[serde(default)]
    pub entered_by: String,
    pub status: SelfStatus,
    /// The version submitted, and every change since.
    #[serde(default, skip_serializing_if = "Trail::is_empty")]
    pub trail: Trail,
    pub created: Timestamp,
    pub changed: Timestamp,
}

/// The educator's own level of one component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfRating {
    pub component: String,
    /// A level score of the rubric; `None`: not assessed (evidence only).
    #[serde(default)]
    pub level: Option<u32>,
    /// A sentence of evidence, in the educator's words.
    #[serde(default)]
    pub evidence: String,
}

/// A goal the educator proposes, with the components it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposedGoal {
    pub text: String,
    #[serde(default)]
    pub components: Vec<String>,
}

/// Where the words come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Supplied {
    /// The educator, through a response file.
    Educator,
    /// The evaluator, typing it from the educator's paper form.
    Evaluator,
}

impl Supplied {
    /// The word on the command line and in JSON.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Supplied::Educator => "educator",
            Supplied::Evaluator => "evaluator",
        }
    }
}

/// A draft, then submitted: from then on every change is an amendment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SelfStatus {
    Draft,
    Submitted { at: Timestamp },
}

impl SelfAssessment {
    /// The one id of an educator's self-assessment of `year`, so a second
    /// can never be started beside the first (a response imported later
    /// lands on the same record).
    #[must_use]
    pub fn id_for(educator_id: &str, year: &str) -> String {
        let digest = Sha256::digest(format!("{educator_id}\n{year}").as_bytes());
        let bits = digest[..8]
            .iter()
            .fold(0u64, |bits, b| (bits << 8) | u64::from(*b));
        super::id_from_bits(IdKind::SelfAssessment, bits)
    }

    /// A new draft for the educator, year and rubric.
    #[must_use]
    pub fn new(
        educator_id: &str,
        year: &str,
        rubric: (&str, &str),
        supplied: Supplied,
        entered_by: &str,
    ) -> SelfAssessment {
        let at = super::now();
        SelfAssessment {
            schema: RECORD_SCHEMA,
            id: SelfAssessment::id_for(educator_id, year),
            educator_id: educator_id.to_string(),
            school_year: year.to_string(),
            rubric_id: rubric.0.to_string(),
            rubric_fingerprint: rubric.1.to_string(),
            components: Vec::new(),
            goals: Vec::new(),
            supplied,
            entered_by: entered_by.trim().to_string(),
            status: SelfStatus::Draft,
            trail: Trail::default(),
            created: at,
            changed: at,
        }
    }

    #[must_use]
    pub fn is_submitted(&self) -> bool {
        matches!(self.status, SelfStatus::Submitted { .. })
    }

    /// The entry for `component`, if the educator wrote one.
    #[must_use]
    pub fn rating(&self, component: &str) -> Option<&SelfRating> {
        self.components.iter().find(|r| r.component == component)
    }

    /// The educator's level of `component`, `None` when not assessed.
    #[must_use]
    pub fn level_of(&self, component: &str) -> Option<u32> {
        self.rating(component).and_then(|r| r.level)
    }

    /// Sets the level (`None`: not assessed) and, if given, the evidence of
    /// `component`; an entry left with neither is removed.
    pub fn set(&mut self, component: &str, level: Option<u32>, evidence: Option<&str>) {
        if self.rating(component).is_none() {
            self.components.push(SelfRating {
                component: component.to_string(),
                level: None,
                evidence: String::new(),
            });
        }
        if let Some(entry) = (self.components.iter_mut()).find(|r| r.component == component) {
            entry.level = level;
            if let Some(text) = evidence {
                entry.evidence = text.to_string();
            }
        }
        self.components
            .retain(|r| r.level.is_some() || !r.evidence.trim().is_empty());
    }

    /// Keeps the entries in the rubric's order (unknown components last, as they were).
    pub fn sort_by_rubric(&mut self, rubric: &crate::rubric::Rubric) {
        let rank = |id: &str| rubric.components().position(|c| c.id == id);
        self.components
            .sort_by_key(|r| rank(&r.component).unwrap_or(usize::MAX));
    }

    /// Marks it submitted at `at`; false if it already was.
    pub fn submit(&mut self, at: Timestamp) -> bool {
        if self.is_submitted() {
            return false;
        }
        self.status = SelfStatus::Submitted { at };
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_per_educator_and_year() {
        let a = SelfAssessment::id_for("edu-000000000001", "2026-27");
        assert_eq!(a, SelfAssessment::id_for("edu-000000000001", "2026-27"));
        assert_ne!(a, SelfAssessment::id_for("edu-000000000001", "2027-28"));
        assert_ne!(a, SelfAssessment::id_for("edu-000000000002", "2026-27"));
        assert!(a.starts_with("sa-") && super::super::is_valid_id(&a), "{a}");
    }

    #[test]
    fn an_entry_with_no_level_and_no_evidence_is_removed() {
        let mut sa = SelfAssessment::new(
            "edu-000000000001",
            "2026-27",
            ("r", "f"),
            Supplied::Evaluator,
            "A",
        );
        sa.set("1a", Some(3), Some("Unit plans"));
        sa.set("1a", None, None);
        assert_eq!(sa.level_of("1a"), None);
        assert_eq!(
            sa.rating("1a").map(|r| r.evidence.as_str()),
            Some("Unit plans")
        );
        sa.set("1a", None, Some(" "));
        assert!(sa.components.is_empty());
        assert!(sa.submit(super::super::now()) && !sa.submit(super::super::now()));
    }
}
