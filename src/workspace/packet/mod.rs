//! Packets and responses: the educator's part in the cycle, with no server
//! and no account.
//!
//! A principal exports a **packet** for one educator (an observation, a
//! summative evaluation, or a request for a self-assessment): the report
//! PDF, the record as the workspace keeps it, the rubric, what the
//! educator may answer, and the fingerprint of the version sent. The
//! educator opens it with this program and no workspace and writes a
//! **response** (an acknowledgement of receipt by name, a reflection,
//! artifacts, a self-assessment), which the principal imports.
//!
//! Both files use the bundle's framing (`framing.rs`) with their own header
//! lines; each is checked whole before anything is written. A packet is
//! sealed with a passphrase, or plain on purpose. A response is always
//! sealed to the X25519 key the packet names (`respond_to`), whose secret
//! half only the exporting workspace keeps, in its sent-packet log
//! (`packets/<packet_id>.ron`, see [`sent`]).

mod checks;
mod export;
mod import;
mod manifest;
mod open;
mod respond;
mod sent;

use std::path::PathBuf;

pub use checks::{MAX_EVIDENCE_CHARS, MAX_GOALS, MAX_NAME_CHARS, MAX_REFLECTION_CHARS};
pub use export::{ExportRequest, Exported, MakeReport, PacketSeal, Subject, export_packet};
pub use import::{
    Earlier, ImportOptions, Imported, Landing, Preview, apply_import, parse_response_bytes,
    preview_import,
};
pub use manifest::{
    About, MayAnswer, PACKET_FORMAT, PacketManifest, RESPONSE_FORMAT, ResponseManifest,
    SelfAssessmentAnswer,
};
pub use open::{Packet, PacketRecord, open_packet, open_packet_bytes};
pub use respond::{Answers, Attachment, build_response, write_response};
pub use sent::{ImportedResponse, SENT_DIR, SentPacket, sent_packets};

/// The first line of a packet this build writes and reads.
pub const PACKET_HEADER: &str = "teacher-eval packet 1";
/// The name a packet file ends in (what the desktop registers).
pub const PACKET_EXTENSION: &str = "tepacket";
/// The name a response file ends in.
pub const RESPONSE_EXTENSION: &str = "teresponse";
/// The first line of a response this build writes and reads.
pub const RESPONSE_HEADER: &str = "teacher-eval response 1";
/// A packet holds one record, its PDF and its rubric: far less than a bundle may.
pub const MAX_PACKET_BYTES: usize = 64 * 1024 * 1024;
/// A response holds the educator's artifacts: at most what one record may carry
/// (100 MiB), with room for the manifest.
pub const MAX_RESPONSE_BYTES: usize = 150 * 1024 * 1024;

/// Why a packet or a response cannot be read, in words that finish "The
/// packet FILE is refused: …".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("it cannot be read: {0}")]
    Read(String),
    #[error("it is {0} bytes, more than the {1} bytes it may have")]
    TooLarge(u64, usize),
    #[error("it is not a teacher-eval {0} (it does not start with `{1}`)")]
    NotOurs(&'static str, &'static str),
    #[error("it was written by a newer teacher-eval (`{0}`); this one reads `{1}`")]
    Newer(String, &'static str),
    #[error("it is truncated or damaged ({0})")]
    Truncated(String),
    #[error("it fails its checksum, so it was damaged or changed after it was made")]
    Checksum,
    #[error("its entry `{path}` {why}")]
    Entry { path: String, why: String },
    #[error("it is sealed with a passphrase; give the passphrase you were told")]
    NeedsPassphrase,
    #[error("the passphrase given does not open it")]
    WrongPassphrase,
    #[error("it is not sealed, and a response always is")]
    ResponseNotSealed,
    #[error(
        "this response answers a packet this workspace did not export (or its record of the packet was removed)"
    )]
    NotOurPacket,
    #[error("{0}")]
    Seal(String),
    #[error("{0}")]
    Invalid(String),
}

/// Why exporting, responding or importing did not happen, one sentence each.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PacketError {
    #[error("the packet {} is refused: {source}", file.display())]
    Packet { file: PathBuf, source: FileError },
    #[error("the response {} is refused: {source}", file.display())]
    Response { file: PathBuf, source: FileError },
    #[error("{0}")]
    Refused(String),
    #[error("the response was already imported on {on} by {by}; nothing was changed")]
    AlreadyImported { on: String, by: String },
    #[error(
        "the {what} was amended since the packet was made: the educator answered version {answered}, and it is now {current} ({amendments}); it is imported only when asked, as a response to the earlier version"
    )]
    ChangedSince {
        what: &'static str,
        answered: String,
        current: String,
        amendments: String,
    },
    #[error("{0} could not be written: {1}")]
    Write(PathBuf, String),
}

impl PacketError {
    pub(crate) fn refused(text: impl Into<String>) -> PacketError {
        PacketError::Refused(text.into())
    }
}

/// The records a packet can be about, whose status an export or an import sets.
trait SetStatus {
    fn set_status(&mut self, status: crate::record::Status);
}

impl SetStatus for crate::record::Observation {
    fn set_status(&mut self, status: crate::record::Status) {
        self.status = status;
    }
}

impl SetStatus for crate::record::Summative {
    fn set_status(&mut self, status: crate::record::Status) {
        self.status = status;
    }
}

#[cfg(test)]
mod tests;
