//! Stable record ids: short, typeable, safe as file names.

/// What a record is; its id starts with this prefix ("edu-", "obs-").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Educator,
    Observation,
    Summative,
    GrowthPlan,
    Measure,
    SelfAssessment,
    /// A visit planned on the year's calendar.
    PlannedVisit,
    /// A packet sent to an educator (not a record: its id names the sent-packet log's file).
    Packet,
    /// An educator's response to a packet.
    Response,
}

impl IdKind {
    #[must_use]
    pub fn prefix(self) -> &'static str {
        match self {
            IdKind::Educator => "edu",
            IdKind::Observation => "obs",
            IdKind::Summative => "sum",
            IdKind::GrowthPlan => "gp",
            IdKind::Measure => "msr",
            IdKind::SelfAssessment => "sa",
            IdKind::PlannedVisit => "vis",
            IdKind::Packet => "pkt",
            IdKind::Response => "rsp",
        }
    }
}

/// A new random id such as `edu-3f9a1c0b7d2e` (48 random bits: ids are
/// created one at a time by people, so collisions are not a practical risk,
/// and the workspace refuses to overwrite an existing id on create anyway).
#[must_use]
#[allow(
    clippy::cast_possible_truncation,
    reason = "keeps the low 64 of the random bits on purpose"
)]
pub fn new_id(kind: IdKind) -> String {
    id_from_bits(kind, uuid::Uuid::new_v4().as_u128() as u64)
}

/// An id from given bits, for deterministic demo data.
#[must_use]
pub fn id_from_bits(kind: IdKind, bits: u64) -> String {
    format!("{}-{:012x}", kind.prefix(), bits & 0xffff_ffff_ffff)
}

/// Ids become file names, so only lower-case letters, digits and `-`.
#[must_use]
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_prefixed_and_safe() {
        let id = new_id(IdKind::Observation);
        assert!(id.starts_with("obs-") && id.len() == 16, "{id}");
        assert!(is_valid_id(&id));
        assert!(!is_valid_id("../etc"));
        assert!(!is_valid_id("A"));
        assert!(!is_valid_id(""));
        assert_eq!(id_from_bits(IdKind::Educator, 0xabc), "edu-000000000abc");
    }
}
