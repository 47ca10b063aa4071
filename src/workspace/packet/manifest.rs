//! What a packet and a response say about themselves: `packet.ron` and
//! `response.ron`, RON read with unknown fields refused, so a file from a
//! newer program is noticed rather than half read.

use serde::{Deserialize, Serialize};

use crate::record::{Artifact, ProposedGoal, SelfRating, Timestamp};

/// The version of `packet.ron` this build writes and reads.
pub const PACKET_FORMAT: u32 = 1;
/// The version of `response.ron` this build writes and reads.
pub const RESPONSE_FORMAT: u32 = 1;

/// A packet's manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PacketManifest {
    pub format: u32,
    /// `pkt-…`, random: the sent-packet log's file is named by it.
    pub packet_id: String,
    pub about: About,
    pub educator_id: String,
    pub educator_name: String,
    pub school: String,
    /// Who observed or evaluated (for a request: the educator's evaluator).
    pub evaluator: String,
    pub exported_at: Timestamp,
    /// The fingerprint (`record::trail::fingerprint`) of the record in the
    /// packet; for a request, of the self-assessment already kept, if any.
    pub version: Option<String>,
    pub may_answer: MayAnswer,
    /// The age X25519 public key (`age1…`) every response is sealed to.
    pub respond_to: String,
}

/// What a packet is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum About {
    Observation {
        id: String,
    },
    Summative {
        id: String,
    },
    /// A request for the educator's self-assessment of a school year.
    SelfAssessmentRequest {
        educator_id: String,
        school_year: String,
    },
}

impl About {
    /// "observation", "summative evaluation", "self-assessment request".
    #[must_use]
    pub fn what(&self) -> &'static str {
        match self {
            About::Observation { .. } => "observation",
            About::Summative { .. } => "summative evaluation",
            About::SelfAssessmentRequest { .. } => "self-assessment request",
        }
    }

    /// The record's id; for a request, the self-assessment's (made from the educator and year).
    #[must_use]
    pub fn record_id(&self) -> String {
        match self {
            About::Observation { id } | About::Summative { id } => id.clone(),
            About::SelfAssessmentRequest {
                educator_id,
                school_year,
            } => crate::record::SelfAssessment::id_for(educator_id, school_year),
        }
    }
}

/// What the educator may send back besides the acknowledgement, which is always asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MayAnswer {
    pub reflection: bool,
    pub artifacts: bool,
    pub self_assessment: bool,
}

impl MayAnswer {
    /// An observation or an evaluation: a reflection and artifacts. A
    /// request: the self-assessment alone, as a self-assessment has no
    /// place for a reflection or files.
    #[must_use]
    pub fn for_about(about: &About) -> MayAnswer {
        let request = matches!(about, About::SelfAssessmentRequest { .. });
        MayAnswer {
            reflection: !request,
            artifacts: !request,
            self_assessment: request,
        }
    }
}

/// A response's manifest: everything the educator typed, with the
/// artifacts' bytes beside it as `artifacts/<sha256>` entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseManifest {
    pub format: u32,
    /// `rsp-…`, random.
    pub response_id: String,
    pub packet_id: String,
    /// The packet's `version`, copied: the version answered.
    pub version: Option<String>,
    /// The name typed to acknowledge receipt (trimmed).
    pub name: String,
    /// When Acknowledge was pressed, by the educator's clock.
    pub acknowledged_at: Timestamp,
    /// As typed, line breaks included.
    #[serde(default)]
    pub reflection: String,
    /// Each with `supplied_by: Educator`.
    #[serde(default)]
    pub artifacts: Vec<Artifact>,
    #[serde(default)]
    pub self_assessment: Option<SelfAssessmentAnswer>,
}

/// The educator's own levels, evidence and goals, for a request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfAssessmentAnswer {
    #[serde(default)]
    pub components: Vec<SelfRating>,
    #[serde(default)]
    pub goals: Vec<ProposedGoal>,
}

/// RON as the workspace writes it: struct names, four spaces.
pub(super) fn to_ron<T: Serialize>(value: &T) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ");
    ron::ser::to_string_pretty(value, config)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|e| e.to_string())
}

/// Reads a manifest, with where and why it does not read.
pub(super) fn from_ron<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    what: &str,
) -> Result<T, String> {
    crate::files::ron_text::parse::<T>(bytes, what, 16).map_err(|e| {
        format!(
            "line {}, column {}: {}",
            e.position.line, e.position.column, e.message
        )
    })
}
