//! The sent-packet log: `packets/<packet_id>.ron`, one file for each packet
//! the workspace exported, holding what the packet said, the secret key
//! that opens its responses, where it was written, and the responses
//! imported from it. It is what the workspace proves it sent; it is not a
//! record (never loaded as one, never in a bundle), owner-only, written
//! atomically, never through a link, and a file that does not read is
//! never replaced.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::PacketError;
use super::manifest::{PacketManifest, from_ron, to_ron};
use crate::record::{Timestamp, is_valid_id};
use crate::workspace::{Workspace, atomic};

/// The folder of the log, at the top of a workspace.
pub const SENT_DIR: &str = "packets";
/// A log file is small; larger ones are not read.
const MAX_SENT_BYTES: usize = 1024 * 1024;

/// One packet exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentPacket {
    pub schema: u32,
    pub packet: PacketManifest,
    /// `AGE-SECRET-KEY-1…`: opens the responses sealed to `packet.respond_to`.
    pub secret: String,
    /// The file the packet was written to.
    pub written_to: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<ImportedResponse>,
}

/// A response imported from the packet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedResponse {
    pub response_id: String,
    pub imported_at: Timestamp,
    pub by: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub earlier_version: bool,
}

impl SentPacket {
    /// The key its responses are opened with, if the file's secret reads.
    pub(super) fn identity(&self) -> Option<age::x25519::Identity> {
        self.secret.trim().parse().ok()
    }
}

/// Where the log file of `packet_id` is.
fn path_of(root: &Path, packet_id: &str) -> PathBuf {
    root.join(SENT_DIR).join(format!("{packet_id}.ron"))
}

/// Every packet the workspace at `root` sent, by export time, and the files
/// of the log that do not read (path and why), which are left as they are.
#[must_use]
pub fn sent_packets(root: &Path) -> (Vec<SentPacket>, Vec<String>) {
    let folder = root.join(SENT_DIR);
    let mut sent = Vec::new();
    let mut problems = Vec::new();
    if std::fs::symlink_metadata(&folder).is_ok_and(|m| !m.is_dir()) {
        problems.push(format!(
            "{} is not a folder (a link or a file), so it is not read",
            folder.display()
        ));
        return (sent, problems);
    }
    let Ok(listing) = std::fs::read_dir(&folder) else {
        return (sent, problems);
    };
    for entry in listing.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".ron").filter(|id| is_valid_id(id)) else {
            continue;
        };
        match read_one(&path, id) {
            Ok(packet) => sent.push(packet),
            Err(why) => problems.push(format!("{}: {why}", path.display())),
        }
    }
    sent.sort_by_key(|s| s.packet.exported_at);
    (sent, problems)
}

fn read_one(path: &Path, id: &str) -> Result<SentPacket, String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| crate::workspace::plain(&e))?;
    if !meta.file_type().is_file() {
        return Err("it is not a regular file".into());
    }
    let bytes = crate::files::bounded::read_bounded_with(
        path,
        MAX_SENT_BYTES,
        crate::files::bounded::Links::Refuse,
    )
    .map_err(|e| crate::workspace::plain(&e))?;
    let packet: SentPacket = from_ron(&bytes, "a sent packet starting with `SentPacket(`")?;
    if packet.packet.packet_id != id {
        return Err(format!(
            "it is named {id} but holds the packet {}",
            packet.packet.packet_id
        ));
    }
    Ok(packet)
}

/// Writes the log file of `sent`, owner-only and atomically. A file there
/// already is replaced only if it reads as this packet's.
pub(super) fn write(workspace: &Workspace, sent: &SentPacket) -> Result<(), PacketError> {
    if let Some(reason) = workspace.read_only_reason() {
        return Err(PacketError::refused(format!(
            "the workspace cannot be changed now: {reason}"
        )));
    }
    let folder = workspace.root().join(SENT_DIR);
    let path = path_of(workspace.root(), &sent.packet.packet_id);
    let failed = |why: String| PacketError::Write(path.clone(), why);
    if std::fs::symlink_metadata(&folder).is_ok_and(|m| !m.is_dir()) {
        return Err(failed(format!(
            "{} is a link or a file, and nothing is written through it",
            folder.display()
        )));
    }
    if std::fs::symlink_metadata(&path).is_ok() {
        read_one(&path, &sent.packet.packet_id).map_err(|why| {
            failed(format!(
                "the file there does not read ({why}), so it is kept"
            ))
        })?;
    }
    let text = to_ron(sent).map_err(&failed)?;
    atomic::create_private_dir(&folder).map_err(|e| failed(crate::workspace::plain(&e)))?;
    atomic::write_atomic(&path, text.as_bytes()).map_err(|e| failed(crate::workspace::plain(&e)))
}

/// Removes the log file of a packet that was never written out.
pub(super) fn forget(workspace: &Workspace, packet_id: &str) {
    let _ = std::fs::remove_file(path_of(workspace.root(), packet_id));
}
