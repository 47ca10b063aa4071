//! What happens to a record after it is shared: the fingerprint of the
//! version the educator was given and of the one they acknowledged, and
//! every later change as an amendment (who, when, what, old, new, why).
//!
//! A record is compared field by field (see [`Amendable::fields`]), so an
//! amendment names what a person would name: "Rating of 2a", not a byte.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Status, Timestamp};
use crate::rubric::Rubric;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trail {
    /// The version the educator was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<Version>,
    /// The version the educator last acknowledged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<Version>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<Amendment>,
}

impl Trail {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Trail::default()
    }
}

/// One version of a record's content, named by its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub fingerprint: String,
    pub at: Timestamp,
}

/// One change made after the record was shared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    pub at: Timestamp,
    pub by: String,
    /// What a person calls the field, e.g. "Rating of 2a".
    pub field: String,
    pub old: String,
    pub new: String,
    #[serde(default)]
    pub reason: String,
    /// The educator had acknowledged the version this changed.
    #[serde(default)]
    pub after_acknowledgement: bool,
}

/// One field of a record's content, as text a person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    /// A rating, a rationale or evidence: changing it after acknowledgement needs a reason.
    pub substantive: bool,
}

impl Field {
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Field {
        Field {
            name: name.into(),
            value: value.into(),
            substantive: false,
        }
    }

    pub fn substantive(name: impl Into<String>, value: impl Into<String>) -> Field {
        Field {
            substantive: true,
            ..Field::new(name, value)
        }
    }
}

/// A record that can be shared and then amended.
pub trait Amendable: Clone + Serialize {
    /// Where it stands, in the terms of a record the educator is given (a
    /// self-assessment submitted is shared with the evaluator).
    fn status(&self) -> Status;
    fn trail(&self) -> &Trail;
    fn trail_mut(&mut self) -> &mut Trail;
    /// The record with everything that is not content (status, trail, the
    /// time of the last save, text still being typed) set to fixed values.
    #[must_use]
    fn content(&self) -> Self;
    /// Every field of the content, in reading order; `rubric` names the levels.
    fn fields(&self, rubric: Option<&Rubric>) -> Vec<Field>;
    /// Takes `current`'s status and trail (and whatever else is not
    /// content), so an earlier version's content can be restored under them.
    fn adopt_state(&mut self, current: &Self);
    /// The rubric whose level names its ratings use, if it has ratings.
    fn rubric_id(&self) -> Option<&str>;
    /// Marks the record as changed at `at`.
    fn touch(&mut self, at: Timestamp);
    /// When the record was last saved.
    fn changed_at(&self) -> Timestamp;
    /// Whether changes are amendments now: once shared (and for an
    /// evaluation, once finalised).
    fn is_locked(&self) -> bool {
        !matches!(self.status(), Status::Draft)
    }
    /// Whether a substantive change needs a reason now: once acknowledged.
    fn needs_reason(&self) -> bool {
        matches!(self.status(), Status::Acknowledged { .. })
    }
    /// A copy read without its text, whose fingerprint would not be the record's.
    fn is_abridged(&self) -> bool {
        false
    }
}

/// `old`'s content under `current`'s status and trail, with every
/// difference recorded as an amendment when the record was shared:
/// restoring is a change like any other.
pub fn restored<R: Amendable>(
    current: &R,
    old: &R,
    author: &Author,
    what: &'static str,
    rubric: Option<&Rubric>,
) -> Result<R, AmendError> {
    let mut next = old.clone();
    next.adopt_state(current);
    let from = next.trail().amendments.len();
    settle(current, &mut next, author, from, what, rubric)?;
    Ok(next)
}

/// Hex SHA-256 of the record's content, the same whatever its status.
pub fn fingerprint<R: Amendable>(record: &R) -> String {
    // A bug, caught by the tests: an abridged copy's text is not the record's.
    debug_assert!(!record.is_abridged(), "the fingerprint of an abridged copy");
    sha256_of(&record.content())
}

/// Hex SHA-256 of a value's compact RON text.
pub fn sha256_of<T: Serialize>(value: &T) -> String {
    let canonical = ron::to_string(value).unwrap_or_default();
    Sha256::digest(canonical.as_bytes())
        .iter()
        .fold(String::new(), |mut hex, b| {
            // Writing to a String cannot fail.
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

/// The first 12 hex digits, for a window or a list.
#[must_use]
pub fn short(fingerprint: &str) -> &str {
    fingerprint.get(..12).unwrap_or(fingerprint)
}

/// True once changes are amendments (see [`Amendable::is_locked`]).
pub fn is_locked<R: Amendable>(record: &R) -> bool {
    record.is_locked()
}

/// True when the acknowledged version is not the current one.
pub fn amended_after_acknowledgement<R: Amendable>(record: &R) -> bool {
    record
        .trail()
        .acknowledged
        .as_ref()
        .is_some_and(|v| v.fingerprint != fingerprint(record))
}

/// True when the version shared is not the current one.
pub fn changed_since_shared<R: Amendable>(record: &R) -> bool {
    record
        .trail()
        .shared
        .as_ref()
        .is_some_and(|v| v.fingerprint != fingerprint(record))
}

/// True when a change of a rating, rationale or evidence needs a reason now.
pub fn reason_required<R: Amendable>(record: &R) -> bool {
    record.needs_reason()
}

/// One field that differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub old: String,
    pub new: String,
    pub substantive: bool,
}

/// The fields that differ, in the new version's order, then those removed.
pub fn changes<R: Amendable>(old: &R, new: &R, rubric: Option<&Rubric>) -> Vec<Change> {
    let before = old.fields(rubric);
    let after = new.fields(rubric);
    let value_in = |fields: &[Field], name: &str| {
        fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.value.clone())
    };
    let mut found: Vec<Change> = after
        .iter()
        .filter_map(|f| {
            let old_value = value_in(&before, &f.name).unwrap_or_default();
            (old_value != f.value).then(|| Change {
                field: f.name.clone(),
                old: old_value,
                new: f.value.clone(),
                substantive: f.substantive,
            })
        })
        .collect();
    found.extend(
        before
            .iter()
            .filter(|f| value_in(&after, &f.name).is_none() && !f.value.is_empty())
            .map(|f| Change {
                field: f.name.clone(),
                old: f.value.clone(),
                new: String::new(),
                substantive: f.substantive,
            }),
    );
    found
}

/// Who changes a record, when and why: what every amendment carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub reason: String,
    pub at: Timestamp,
}

/// Why a change could not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmendError {
    #[error(
        "the educator acknowledged this {what}; changing {field} needs a reason, so say why it changes"
    )]
    ReasonRequired { what: &'static str, field: String },
    #[error("changes to a shared {what} are signed with a name; set your name first")]
    NameRequired { what: &'static str },
}

/// Brings `record`'s trail up to date with how it differs from `saved`, the
/// version on disk. Changes to a shared record become amendments; those from
/// `from` on (this editing session's) are merged by field, so a rationale
/// typed letter by letter is one amendment, and one changed back is none.
/// Sharing or acknowledging records the fingerprint of that version.
pub fn settle<R: Amendable>(
    saved: &R,
    record: &mut R,
    author: &Author,
    from: usize,
    what: &'static str,
    rubric: Option<&Rubric>,
) -> Result<(), AmendError> {
    backfill(saved, record);
    if is_locked(saved) {
        let found = changes(saved, record, rubric);
        let acknowledged = matches!(saved.status(), Status::Acknowledged { .. });
        if !found.is_empty() && author.name.trim().is_empty() {
            return Err(AmendError::NameRequired { what });
        }
        if reason_required(saved)
            && author.reason.trim().is_empty()
            && let Some(change) = found.iter().find(|c| c.substantive)
        {
            return Err(AmendError::ReasonRequired {
                what,
                field: change.field.clone(),
            });
        }
        for change in found {
            merge(record.trail_mut(), from, change, author, acknowledged);
        }
    }
    mark_versions(saved, record, author.at);
    Ok(())
}

/// A record shared before versions were kept gets the fingerprint of the
/// version first seen here, so later changes have something to differ from.
fn backfill<R: Amendable>(saved: &R, record: &mut R) {
    let seen = fingerprint(saved);
    let trail = record.trail_mut();
    match saved.status() {
        Status::Draft => {}
        Status::Shared { at } => {
            trail.shared.get_or_insert(Version {
                fingerprint: seen,
                at,
            });
        }
        Status::Acknowledged { shared_at, at, .. } => {
            trail.shared.get_or_insert(Version {
                fingerprint: seen.clone(),
                at: shared_at,
            });
            trail.acknowledged.get_or_insert(Version {
                fingerprint: seen,
                at,
            });
        }
    }
}

/// Records the version shared or acknowledged when the status just moved.
fn mark_versions<R: Amendable>(saved: &R, record: &mut R, now: Timestamp) {
    let current = fingerprint(record);
    let status = record.status();
    let moved = saved.status() != status;
    let trail = record.trail_mut();
    if !matches!(status, Status::Draft) && trail.shared.is_none() {
        trail.shared = Some(Version {
            fingerprint: current.clone(),
            at: match status {
                Status::Shared { at } => at,
                _ => now,
            },
        });
    }
    if let Status::Acknowledged { at, .. } = status
        && moved
    {
        trail.acknowledged = Some(Version {
            fingerprint: current,
            at,
        });
    }
}

fn merge(trail: &mut Trail, from: usize, change: Change, author: &Author, acknowledged: bool) {
    let from = from.min(trail.amendments.len());
    let earlier = trail.amendments[from..]
        .iter()
        .position(|a| a.field == change.field && a.by == author.name)
        .map(|i| i + from);
    match earlier {
        Some(i) if trail.amendments[i].old == change.new => {
            trail.amendments.remove(i);
        }
        Some(i) => {
            let amendment = &mut trail.amendments[i];
            amendment.new = change.new;
            amendment.at = author.at;
            amendment.reason.clone_from(&author.reason);
        }
        None => trail.amendments.push(Amendment {
            at: author.at,
            by: author.name.clone(),
            field: change.field,
            old: change.old,
            new: change.new,
            reason: author.reason.clone(),
            after_acknowledgement: acknowledged,
        }),
    }
}
