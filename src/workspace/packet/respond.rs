//! Writing a response on the educator's computer: the answers checked as
//! the principal's import will check them, the files attached read once,
//! then everything framed and sealed to the packet's `respond_to` key, so
//! only the workspace that sent the packet can open it. Nothing but the
//! response file is written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::manifest::{ResponseManifest, SelfAssessmentAnswer, to_ron};
use super::{
    FileError, MAX_RESPONSE_BYTES, Packet, PacketError, RESPONSE_FORMAT, RESPONSE_HEADER, checks,
};
use crate::record::artifact::resolve_components;
use crate::record::{Artifact, IdKind, Supplier, Timestamp, new_id};
use crate::workspace::artifacts::read_source;
use crate::workspace::bundle::{Seal, parse_recipient, seal_bytes};
use crate::workspace::framing::FrameWriter;

/// What the educator answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    /// The name typed to acknowledge receipt.
    pub name: String,
    /// When they pressed Acknowledge.
    pub acknowledged_at: Timestamp,
    /// As typed (kept exactly, line breaks included).
    pub reflection: String,
    pub attachments: Vec<Attachment>,
    pub self_assessment: Option<SelfAssessmentAnswer>,
}

/// A file to attach, with its caption and the components it supports (as
/// typed: ids in any case, or names the rubric knows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub path: PathBuf,
    pub caption: String,
    pub components: Vec<String>,
}

/// The sealed response to `packet`, or why not in a sentence. Returns the
/// bytes to write and the manifest they hold.
pub fn build_response(
    packet: &Packet,
    answers: &Answers,
) -> Result<(Vec<u8>, ResponseManifest), PacketError> {
    let refused = |why: String| PacketError::refused(format!("{why}; no response was written"));
    let name = checks::name(&answers.name).map_err(refused)?;
    let mut files = BTreeMap::new();
    let mut artifacts = Vec::new();
    for attachment in &answers.attachments {
        let incoming = read_source(&attachment.path).map_err(|e| refused(e.to_string()))?;
        let components = resolve_components(&packet.rubric, &attachment.components)
            .map_err(|e| refused(format!("{}: {e}", attachment.path.display())))?;
        artifacts.push(Artifact {
            sha256: incoming.sha256.clone(),
            file_name: incoming.file_name,
            size: incoming.bytes.len() as u64,
            kind: incoming.kind,
            caption: attachment.caption.trim().to_string(),
            components,
            supplied_by: Supplier::Educator,
            added_by: name.clone(),
            added_at: answers.acknowledged_at,
        });
        files.insert(incoming.sha256, incoming.bytes);
    }
    let manifest = ResponseManifest {
        format: RESPONSE_FORMAT,
        response_id: new_id(IdKind::Response),
        packet_id: packet.manifest.packet_id.clone(),
        version: packet.manifest.version.clone(),
        name,
        acknowledged_at: answers.acknowledged_at,
        reflection: answers.reflection.clone(),
        artifacts,
        self_assessment: answers.self_assessment.clone(),
    };
    checks::response(
        &manifest,
        packet.manifest.may_answer,
        &packet.rubric,
        &files,
    )
    .map_err(refused)?;
    let plain = framed(&manifest, &files).map_err(refused)?;
    let key = parse_recipient(&packet.manifest.respond_to).map_err(|e| refused(e.to_string()))?;
    let sealed = seal_bytes(plain, &Seal::Recipients(vec![key])).map_err(refused)?;
    Ok((sealed, manifest))
}

/// The plain response: its manifest, then each file by hash.
fn framed(
    manifest: &ResponseManifest,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Vec<u8>, String> {
    let mut writer = FrameWriter::new(RESPONSE_HEADER);
    writer.add(super::import::MANIFEST, to_ron(manifest)?.as_bytes());
    for (sha, bytes) in files {
        writer.add(&format!("{}/{sha}", crate::workspace::ARTIFACTS_DIR), bytes);
    }
    if writer.len() > MAX_RESPONSE_BYTES {
        return Err(FileError::TooLarge(writer.len() as u64, MAX_RESPONSE_BYTES).to_string());
    }
    Ok(writer.finish())
}

/// Writes the response to `out`, atomically and owner-only; an existing
/// file is replaced only when `replace` says so.
pub fn write_response(out: &Path, bytes: &[u8], replace: bool) -> Result<(), PacketError> {
    if !replace && std::fs::symlink_metadata(out).is_ok() {
        return Err(PacketError::Write(
            out.to_path_buf(),
            "a file of that name exists already, and it is replaced only when asked".into(),
        ));
    }
    crate::workspace::write_user_file(out, bytes)
        .map_err(|why| PacketError::Write(out.to_path_buf(), why.to_string()))
}
