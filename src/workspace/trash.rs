//! The trash: draft observations deleted by mistake, kept byte for byte
//! until restored. Only drafts go there: once shared, an observation is part
//! of the record and is never deleted.
//!
//! ```text
//! WORKSPACE/trash/observations/obs-….ron      the record file, moved by rename
//! WORKSPACE/trash/observations/obs-….deleted  when it was moved (RFC 3339)
//! ```
//!
//! Nothing in the trash loads as a live record, goes into a bundle or
//! counts in a summary. Nothing is moved through a link, and nothing
//! already in the trash, or live in the workspace, is ever replaced.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{is_temp_name, remove_stray_temps, sync_dir, write_atomic};
use super::folder_read::read_record_bytes;
use super::record_file::{Record, decode};
use super::{Workspace, WorkspaceError};
use crate::files::bounded::Links;
use crate::record::{Observation, Status, Timestamp, is_valid_id, now};

/// The trash folder inside a workspace.
pub const TRASH_FOLDER: &str = "trash";
/// The note beside a record in the trash saying when it was deleted.
const DELETED_EXTENSION: &str = "deleted";
/// A deletion note is one timestamp; anything longer is not one.
const MAX_NOTE_BYTES: usize = 256;

/// One record in the trash.
#[derive(Debug, Clone, PartialEq)]
pub struct TrashItem {
    pub id: String,
    /// What a person calls it: "observation".
    pub kind: &'static str,
    pub path: PathBuf,
    /// When it was moved to the trash, when that is known.
    pub deleted_at: Option<Timestamp>,
    /// The record, or why it cannot be read (it is then kept as it is).
    pub record: Result<Observation, String>,
}

/// Why a record was not moved into or out of the trash, in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum TrashError {
    #[error("{0}")]
    Workspace(#[from] WorkspaceError),
    #[error(
        "the observation `{id}` is {status}, not a draft: once shared, an observation is part of the record and is never deleted"
    )]
    NotADraft { id: String, status: &'static str },
    #[error(
        "the trash already holds an observation with the id `{id}`, and nothing in the trash is replaced; restore that one first"
    )]
    AlreadyInTrash { id: String },
    #[error("there is no observation with the id `{id}` in the trash")]
    NotInTrash { id: String },
    #[error(
        "an observation with the id `{id}` is already in the workspace, so the one in the trash stays there and nothing is replaced"
    )]
    LiveExists { id: String },
    #[error("{} is {what}, not a folder, so nothing is moved through it", path.display())]
    OddFolder { path: PathBuf, what: &'static str },
    #[error("{} cannot be read as an observation ({why}), so it is not moved", path.display())]
    Unreadable { path: PathBuf, why: String },
    #[error("{} could not be moved: {}", path.display(), super::plain(source))]
    Move { path: PathBuf, source: io::Error },
    #[error("the trash {} cannot be read: {}", path.display(), super::plain(source))]
    Read { path: PathBuf, source: io::Error },
}

impl Workspace {
    /// Where deleted observations are kept.
    #[must_use]
    pub fn trash_folder(&self) -> PathBuf {
        self.root
            .join(TRASH_FOLDER)
            .join(<Observation as Record>::FOLDER)
    }

    /// Moves the draft observation `id` into the trash, unchanged. Refuses
    /// anything shared or acknowledged, and a file that is not a readable
    /// observation of that id.
    pub fn delete_draft(&self, id: &str) -> Result<Observation, TrashError> {
        self.check_writable()?;
        if !is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() }.into());
        }
        let live = self.path_of::<Observation>(id);
        if !exists(&live).map_err(|source| TrashError::Read {
            path: live.clone(),
            source,
        })? {
            return Err(WorkspaceError::NotFound {
                kind: <Observation as Record>::NAME,
                id: id.to_string(),
            }
            .into());
        }
        let observation = read_observation(&live, id)?;
        if !matches!(observation.status, Status::Draft) {
            return Err(TrashError::NotADraft {
                id: id.to_string(),
                status: observation.status.key(),
            });
        }
        let folder = self.trash_for_writing()?;
        let target = folder.join(format!("{id}.ron"));
        if exists(&target).map_err(|source| TrashError::Read {
            path: target.clone(),
            source,
        })? {
            return Err(TrashError::AlreadyInTrash { id: id.to_string() });
        }
        // The note first: a crash before the move leaves only a stale note,
        // which the next deletion of this id replaces.
        let note = folder.join(format!("{id}.{DELETED_EXTENSION}"));
        write_atomic(&note, format!("{}\n", now().to_rfc3339()).as_bytes()).map_err(|source| {
            TrashError::Move {
                path: live.clone(),
                source,
            }
        })?;
        if let Err(source) = fs::rename(&live, &target) {
            let _ = fs::remove_file(&note);
            return Err(TrashError::Move { path: live, source });
        }
        sync_dir(&folder);
        sync_dir(&self.root.join(<Observation as Record>::FOLDER));
        Ok(observation)
    }

    /// Moves the observation `id` back from the trash, unchanged. Refuses if
    /// a live observation has that id, or the file is not a readable one.
    pub fn restore_from_trash(&self, id: &str) -> Result<Observation, TrashError> {
        self.check_writable()?;
        if !is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() }.into());
        }
        let not_in_trash = || TrashError::NotInTrash { id: id.to_string() };
        let folder = self.trash_for_reading()?.ok_or_else(not_in_trash)?;
        let source = folder.join(format!("{id}.ron"));
        if !exists(&source).map_err(|e| TrashError::Read {
            path: source.clone(),
            source: e,
        })? {
            return Err(not_in_trash());
        }
        let observation = read_observation(&source, id)?;
        let live = self.path_of::<Observation>(id);
        if exists(&live).map_err(|e| TrashError::Read {
            path: live.clone(),
            source: e,
        })? {
            return Err(TrashError::LiveExists { id: id.to_string() });
        }
        fs::rename(&source, &live).map_err(|e| TrashError::Move {
            path: source.clone(),
            source: e,
        })?;
        // Only the note of when it was deleted goes; the record is live again.
        let _ = fs::remove_file(folder.join(format!("{id}.{DELETED_EXTENSION}")));
        sync_dir(&self.root.join(<Observation as Record>::FOLDER));
        sync_dir(&folder);
        Ok(observation)
    }

    /// What the trash holds, most recently deleted first. Works on a
    /// read-only workspace too; an unreadable file is listed with why.
    pub fn trash(&self) -> Result<Vec<TrashItem>, TrashError> {
        let Some(folder) = self.trash_for_reading()? else {
            return Ok(Vec::new());
        };
        let listing = fs::read_dir(&folder).map_err(|source| TrashError::Read {
            path: folder.clone(),
            source,
        })?;
        let mut items: Vec<TrashItem> = listing
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(".ron")?.to_string();
                (!is_temp_name(&name)).then_some(id)
            })
            .map(|id| {
                let path = folder.join(format!("{id}.ron"));
                TrashItem {
                    deleted_at: deleted_at(&folder.join(format!("{id}.{DELETED_EXTENSION}"))),
                    record: read_observation(&path, &id).map_err(|e| match e {
                        TrashError::Unreadable { why, .. } => why,
                        other => other.to_string(),
                    }),
                    kind: <Observation as Record>::NAME,
                    path,
                    id,
                }
            })
            .collect();
        items.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(a.id.cmp(&b.id)));
        Ok(items)
    }

    fn check_writable(&self) -> Result<(), WorkspaceError> {
        match self.read_only_reason() {
            Some(reason) => Err(WorkspaceError::ReadOnly {
                reason: reason.to_string(),
            }),
            None => Ok(()),
        }
    }

    /// The trash's observations folder, made owner-only if missing.
    fn trash_for_writing(&self) -> Result<PathBuf, TrashError> {
        let top = self.root.join(TRASH_FOLDER);
        let folder = self.trash_folder();
        for dir in [&top, &folder] {
            if !real_folder(dir)? {
                super::atomic::create_private_dir(dir).map_err(|source| TrashError::Move {
                    path: dir.clone(),
                    source,
                })?;
            }
        }
        Ok(folder)
    }

    /// The trash's observations folder, or `None` when there is no trash yet.
    fn trash_for_reading(&self) -> Result<Option<PathBuf>, TrashError> {
        let folder = self.trash_folder();
        let present = real_folder(&self.root.join(TRASH_FOLDER))? && real_folder(&folder)?;
        Ok(present.then_some(folder))
    }
}

/// Removes temporary files a crash left in the trash (from writing a
/// deletion note). Records there are never touched.
pub(super) fn remove_stray_temps_in_trash(root: &Path) {
    let top = root.join(TRASH_FOLDER);
    let folder = top.join(<Observation as Record>::FOLDER);
    if matches!(real_folder(&top), Ok(true)) && matches!(real_folder(&folder), Ok(true)) {
        remove_stray_temps(&folder);
    }
}

/// True for a folder, false when nothing is there; a link or a file is refused.
fn real_folder(path: &Path) -> Result<bool, TrashError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) => Err(TrashError::OddFolder {
            path: path.to_path_buf(),
            what: if meta.file_type().is_symlink() {
                "a link"
            } else {
                "a file"
            },
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(TrashError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Whether anything (a link included) is at `path`.
fn exists(path: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

fn read_observation(path: &Path, id: &str) -> Result<Observation, TrashError> {
    let unreadable = |why| TrashError::Unreadable {
        path: path.to_path_buf(),
        why,
    };
    let bytes = read_record_bytes(path).map_err(unreadable)?;
    decode::<Observation>(&bytes, id).map_err(|e| unreadable(e.message))
}

/// The time in a deletion note, if it is a small plain file holding one.
fn deleted_at(note: &Path) -> Option<Timestamp> {
    let bytes =
        crate::files::bounded::read_bounded_with(note, MAX_NOTE_BYTES, Links::Refuse).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    chrono::DateTime::parse_from_rfc3339(text.trim()).ok()
}
