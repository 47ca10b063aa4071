//! A planned visit: an observation the evaluator means to make, on a day
//! and at a time, so the year's calendar and what is due can count it
//! before it happens. It holds no evaluation content: who, what kind, when
//! and where.

use serde::{Deserialize, Serialize};

use super::{ObservationKind, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedVisit {
    pub schema: u32,
    pub id: String,
    pub educator_id: String,
    pub kind: ObservationKind,
    /// When the visit starts, at the evaluator's UTC offset that day.
    pub at: Timestamp,
    /// How long it is meant to last, when said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Where, as typed ("Room 114", "Library").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub room: String,
    /// Whether the educator is told beforehand: the rules count announced
    /// and unannounced visits apart.
    pub announced: bool,
    pub created: Timestamp,
    pub changed: Timestamp,
}

impl ObservationKind {
    /// Whether a visit of this kind is announced when nothing says
    /// otherwise: a formal observation is, and so are the coordinator's
    /// kinds planned with them; the classroom's other kinds are not. The
    /// visits file may say otherwise for a new visit; this is what a record
    /// that does not say means.
    #[must_use]
    pub fn announced_by_default(self) -> bool {
        matches!(
            self,
            ObservationKind::Formal
                | ObservationKind::ProfessionalDevelopment
                | ObservationKind::ArtifactReview
                | ObservationKind::PlanningConference
        )
    }

    /// Reads the word used on the command line and in JSON ("formal").
    #[must_use]
    pub fn from_key(text: &str) -> Option<ObservationKind> {
        let text = text.trim().to_lowercase();
        ObservationKind::ALL.into_iter().find(|k| k.key() == text)
    }
}

impl PlannedVisit {
    /// The day it is planned for, on the evaluator's clock.
    #[must_use]
    pub fn date(&self) -> chrono::NaiveDate {
        self.at.date_naive()
    }

    /// "announced" or "unannounced".
    #[must_use]
    pub fn announcement(&self) -> &'static str {
        if self.announced {
            "announced"
        } else {
            "unannounced"
        }
    }
}
