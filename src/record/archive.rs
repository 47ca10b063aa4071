//! An educator who left: hidden from the day-to-day lists, never removed,
//! because their records stay evidence for the years they worked.

use serde::{Deserialize, Serialize};

use super::{Educator, Timestamp};

/// When an educator was archived, and optionally by whom and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archived {
    pub at: Timestamp,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

impl Educator {
    #[must_use]
    pub fn is_archived(&self) -> bool {
        self.archived.is_some()
    }

    /// Archives the educator at `now`; false (and nothing changed) when they
    /// are archived already, so the first date is the one kept.
    pub fn archive(&mut self, by: &str, reason: &str, now: Timestamp) -> bool {
        if self.archived.is_some() {
            return false;
        }
        self.archived = Some(Archived {
            at: now,
            by: by.trim().to_string(),
            reason: reason.trim().to_string(),
        });
        self.changed = now;
        true
    }

    /// Brings an archived educator back; false when they were not archived.
    pub fn unarchive(&mut self, now: Timestamp) -> bool {
        if self.archived.take().is_none() {
            return false;
        }
        self.changed = now;
        true
    }
}
