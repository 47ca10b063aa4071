//! Evidence notes: what the evaluator saw or heard, stamped with time.

use serde::{Deserialize, Serialize};

use super::Timestamp;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceNote {
    /// Stable within its observation, so ratings can link to it.
    pub id: u32,
    /// Seconds since the observation's timer started.
    pub offset_secs: u64,
    /// Wall-clock time the note was taken.
    pub at: Timestamp,
    pub text: String,
    pub kind: EvidenceKind,
    /// Component ids this note is evidence for (zero or more).
    #[serde(default)]
    pub components: Vec<String>,
    /// Reports can leave out notes that name students.
    #[serde(default)]
    pub names_students: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EvidenceKind {
    Quote,
    ObservedAction,
    Artifact,
    EvaluatorNote,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 4] = [
        EvidenceKind::ObservedAction,
        EvidenceKind::Quote,
        EvidenceKind::Artifact,
        EvidenceKind::EvaluatorNote,
    ];
}

impl std::fmt::Display for EvidenceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EvidenceKind::Quote => "Quote",
            EvidenceKind::ObservedAction => "Observed action",
            EvidenceKind::Artifact => "Artifact",
            EvidenceKind::EvaluatorNote => "Evaluator note",
        })
    }
}
