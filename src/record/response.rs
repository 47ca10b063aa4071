//! An educator's response to a packet, as it landed on the observation or
//! summative evaluation it answers: who acknowledged receipt and when, the
//! version they were given, their reflection and the files they attached.
//!
//! Responses are **not content** of the record: they stay out of
//! `Amendable::content` and `fields`, so importing one leaves the record's
//! fingerprint as it was, and the acknowledgement it brings names the very
//! version the educator read rather than looking like an amendment of it.
//! They are append-only evidence: the only change ever made is adding one.

use serde::{Deserialize, Serialize};

use super::{Artifact, Timestamp};

/// One response received, exactly as the educator wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducatorResponse {
    /// `rsp-…`, the response file's own id: the same response is never added twice.
    pub response_id: String,
    /// `pkt-…`, the packet it answers.
    pub packet_id: String,
    /// The fingerprint of the version the packet carried.
    pub version: String,
    /// The name the educator typed to acknowledge receipt.
    pub name: String,
    /// When they acknowledged, by their computer's clock.
    pub acknowledged_at: Timestamp,
    /// Their reflection, as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reflection: String,
    /// The files they attached (`supplied_by: Educator`), kept in the workspace's artifacts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub artifacts: Vec<Artifact>,
    pub imported_at: Timestamp,
    /// Who imported it.
    pub imported_by: String,
    /// The record had been amended since the packet was made, and the
    /// response was taken anyway: it answers an earlier version.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub earlier_version: bool,
}

/// A record an educator's response can land on.
pub trait WithResponses {
    fn responses(&self) -> &[EducatorResponse];
    fn responses_mut(&mut self) -> &mut Vec<EducatorResponse>;
    /// The response with this id, if it is on the record already.
    fn response(&self, response_id: &str) -> Option<&EducatorResponse> {
        self.responses()
            .iter()
            .find(|r| r.response_id == response_id)
    }
}

macro_rules! with_responses {
    ($record:ty) => {
        impl WithResponses for $record {
            fn responses(&self) -> &[EducatorResponse] {
                &self.responses
            }
            fn responses_mut(&mut self) -> &mut Vec<EducatorResponse> {
                &mut self.responses
            }
        }
    };
}

with_responses!(super::Observation);
with_responses!(super::Summative);
