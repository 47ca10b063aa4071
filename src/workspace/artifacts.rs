//! The artifacts folder: the bytes of every file attached to a record,
//! each named by its SHA-256 (`artifacts/<64 hex digits>`, no extension),
//! so the same file attached twice is kept once. Files are written
//! atomically and owner-only, never through a link, and re-hashed whenever
//! they are read: a file whose content no longer matches its name is
//! reported and never used. Nothing here runs or opens a file.
//!
//! A file is never deleted: removing an artifact from a record leaves its
//! bytes, which earlier versions of the record (and other records) may
//! still name.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Workspace, WorkspaceError, atomic, plain};
use crate::files::bounded::{self, Links};
use crate::record::artifact::{self, ArtifactError, is_sha256};
use crate::record::trail::{AmendError, Author};
use crate::record::{Artifact, FileKind, Supplier, Timestamp};

/// The folder of artifacts at the top of a workspace.
pub const ARTIFACTS_DIR: &str = "artifacts";

/// The limit as `usize`, for reading.
#[allow(
    clippy::cast_possible_truncation,
    reason = "25 MiB fits the usize of every platform Rust supports"
)]
pub(crate) const MAX_BYTES: usize = artifact::MAX_ARTIFACT_BYTES as usize;

/// Why an artifact could not be attached, read or removed, in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("{} cannot be attached: {why}", path.display())]
    Source { path: PathBuf, why: String },
    #[error("the artifact {} is missing from the workspace (there is no {})", crate::record::trail::short(sha), path.display())]
    Missing { sha: String, path: PathBuf },
    #[error("{} does not match its SHA-256: it was changed or damaged after it was attached, so it is not used", path.display())]
    Damaged { path: PathBuf },
    #[error("{} cannot be read: {why}", path.display())]
    Unreadable { path: PathBuf, why: String },
    #[error("{} could not be saved: {}", path.display(), plain(source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Record(#[from] ArtifactError),
    #[error("{0}")]
    Amend(#[from] AmendError),
    #[error("{0}")]
    Workspace(#[from] WorkspaceError),
}

/// What reading an artifact's file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlobState {
    /// There, and its bytes hash to its name.
    Present,
    Missing,
    /// There, but its bytes do not match its name: never used.
    Damaged,
    /// A link, a folder, or a file that cannot be read: why.
    Unreadable(String),
}

impl BlobState {
    /// What a reader of a view or a report is told, when not `Present`.
    #[must_use]
    pub fn problem(&self) -> Option<String> {
        match self {
            BlobState::Present => None,
            BlobState::Missing => Some("the file is missing from the workspace".into()),
            BlobState::Damaged => Some(
                "the workspace's copy does not match its SHA-256 (changed or damaged), so it is not used"
                    .into(),
            ),
            BlobState::Unreadable(why) => Some(format!("the file cannot be read: {why}")),
        }
    }
}

/// A file read to be attached: its bytes, hash, kind and the name it had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub sha256: String,
    pub file_name: String,
    pub kind: FileKind,
    pub bytes: Vec<u8>,
}

/// A file now in the workspace's artifacts folder, ready to be named by a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub sha256: String,
    pub file_name: String,
    pub size: u64,
    pub kind: FileKind,
}

impl StoredFile {
    /// The record's entry for this file.
    #[must_use]
    pub fn artifact(
        &self,
        caption: &str,
        components: Vec<String>,
        supplied_by: Supplier,
        added_by: &str,
        at: Timestamp,
    ) -> Artifact {
        Artifact {
            sha256: self.sha256.clone(),
            file_name: self.file_name.clone(),
            size: self.size,
            kind: self.kind,
            caption: caption.trim().to_string(),
            components,
            supplied_by,
            added_by: added_by.trim().to_string(),
            added_at: at,
        }
    }
}

/// Lower-case hex SHA-256 of `bytes`.
#[must_use]
pub fn sha256_hex(bytes: &[u8]) -> String {
    super::bundle::hex(&Sha256::digest(bytes))
}

/// Reads the file the user named to attach it: a regular file only (never
/// a link, a pipe or a device, and never waiting on one), at most 25 MiB,
/// of a kind on the list. Its name is kept for display only.
pub fn read_source(path: &Path) -> Result<Incoming, BlobError> {
    let refuse = |why: String| BlobError::Source {
        path: path.to_path_buf(),
        why,
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| refuse("it names no file".into()))?;
    let bytes = bounded::read_bounded_with(path, MAX_BYTES, Links::Refuse).map_err(|e| {
        refuse(match e.kind() {
            std::io::ErrorKind::FileTooLarge => format!("{e} (an artifact may have at most 25 MB)"),
            _ if e.to_string().contains("a link") => {
                "it is a symbolic link; attach the file it points to".into()
            }
            _ => plain(&e),
        })
    })?;
    let kind = FileKind::detect(&file_name, &bytes).map_err(|e| refuse(format!("it {e}")))?;
    Ok(Incoming {
        sha256: sha256_hex(&bytes),
        file_name,
        kind,
        bytes,
    })
}

/// Where the artifact `sha` is kept under `root`.
#[must_use]
pub fn blob_path(root: &Path, sha: &str) -> PathBuf {
    root.join(ARTIFACTS_DIR).join(sha)
}

/// The bytes of artifact `sha` under `root`, checked against their name.
pub fn read_blob(root: &Path, sha: &str) -> Result<Vec<u8>, BlobError> {
    let path = blob_path(root, sha);
    let unreadable = |why: String| BlobError::Unreadable {
        path: path.clone(),
        why,
    };
    if !is_sha256(sha) {
        return Err(ArtifactError::BadHash(sha.to_string()).into());
    }
    if folder_is_link(root) {
        return Err(unreadable(format!(
            "the folder {ARTIFACTS_DIR} is a link, and nothing is read through one"
        )));
    }
    if std::fs::symlink_metadata(&path).is_err() {
        return Err(BlobError::Missing {
            sha: sha.to_string(),
            path,
        });
    }
    let bytes = bounded::read_bounded_with(&path, MAX_BYTES, Links::Refuse)
        .map_err(|e| unreadable(plain(&e)))?;
    if sha256_hex(&bytes) != sha {
        return Err(BlobError::Damaged { path });
    }
    Ok(bytes)
}

/// What reading artifact `sha` under `root` finds.
#[must_use]
pub fn blob_state(root: &Path, sha: &str) -> BlobState {
    match read_blob(root, sha) {
        Ok(_) => BlobState::Present,
        Err(BlobError::Missing { .. }) => BlobState::Missing,
        Err(BlobError::Damaged { .. }) => BlobState::Damaged,
        Err(e) => BlobState::Unreadable(e.to_string()),
    }
}

/// Writes `bytes` as artifact `sha` under `root` unless it is there
/// already, atomically and owner-only. A file of that name whose content
/// differs is left as it is and reported.
pub fn store_blob(root: &Path, sha: &str, bytes: &[u8]) -> Result<(), BlobError> {
    let path = blob_path(root, sha);
    let write_error = |source| BlobError::Write {
        path: path.clone(),
        source,
    };
    if !is_sha256(sha) || sha256_hex(bytes) != sha {
        return Err(ArtifactError::BadHash(sha.to_string()).into());
    }
    if folder_is_link(root) {
        return Err(write_error(std::io::Error::other(format!(
            "the folder {ARTIFACTS_DIR} is a link, and nothing is written through one"
        ))));
    }
    match read_blob(root, sha) {
        Ok(_) => return Ok(()),
        Err(BlobError::Missing { .. }) => {}
        Err(other) => return Err(other),
    }
    let folder = root.join(ARTIFACTS_DIR);
    atomic::create_private_dir(&folder).map_err(write_error)?;
    atomic::remove_stray_temps(&folder);
    atomic::write_atomic(&path, bytes).map_err(write_error)
}

fn folder_is_link(root: &Path) -> bool {
    std::fs::symlink_metadata(root.join(ARTIFACTS_DIR)).is_ok_and(|m| m.file_type().is_symlink())
}

/// Where the bytes of the artifacts that records name are read from: a
/// workspace's folder, or the checked files a bundle carried; none at
/// hand (records built in memory) by default. One pointer wide, as every
/// workspace's contents carry one.
#[derive(Debug, Clone, Default)]
pub struct Blobs(Option<std::sync::Arc<Source>>);

#[derive(Debug)]
enum Source {
    Folder(PathBuf),
    Carried(Carried),
}

/// A bundle's artifacts, each already checked against its name.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Carried(pub std::sync::Arc<std::collections::BTreeMap<String, Vec<u8>>>);

/// Their hashes and sizes, never their bytes.
impl std::fmt::Debug for Carried {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(sha, bytes)| (sha, bytes.len())))
            .finish()
    }
}

impl Blobs {
    /// The files of the workspace at `root`.
    #[must_use]
    pub fn folder(root: &Path) -> Blobs {
        Blobs(Some(std::sync::Arc::new(Source::Folder(
            root.to_path_buf(),
        ))))
    }

    /// The files a bundle carried.
    #[must_use]
    pub fn carried(files: Carried) -> Blobs {
        Blobs(Some(std::sync::Arc::new(Source::Carried(files))))
    }

    /// The checked bytes of artifact `sha`, or what stands in the way.
    pub fn bytes(&self, sha: &str) -> Result<Vec<u8>, BlobState> {
        match self.0.as_deref() {
            None => Err(BlobState::Missing),
            Some(Source::Folder(root)) => read_blob(root, sha).map_err(|e| match e {
                BlobError::Missing { .. } => BlobState::Missing,
                BlobError::Damaged { .. } => BlobState::Damaged,
                other => BlobState::Unreadable(other.to_string()),
            }),
            Some(Source::Carried(carried)) => carried.0.get(sha).cloned().ok_or(BlobState::Missing),
        }
    }
}

/// How an artifact is attached: its caption and components (the rubric's
/// own ids, see [`artifact::resolve_components`]), who supplied it, and who
/// attaches it, when and (for a record already shared) why.
#[derive(Debug, Clone)]
pub struct Attaching<'a> {
    pub caption: &'a str,
    pub components: Vec<String>,
    pub supplied_by: Supplier,
    pub author: &'a Author,
}

impl Workspace {
    /// Copies `incoming` into the artifacts folder (once, whatever the number of records naming it).
    pub fn store_artifact(&self, incoming: Incoming) -> Result<StoredFile, BlobError> {
        if let Some(reason) = self.read_only_reason() {
            return Err(WorkspaceError::ReadOnly {
                reason: reason.to_string(),
            }
            .into());
        }
        store_blob(self.root(), &incoming.sha256, &incoming.bytes)?;
        Ok(StoredFile {
            size: incoming.bytes.len() as u64,
            sha256: incoming.sha256,
            file_name: incoming.file_name,
            kind: incoming.kind,
        })
    }

    /// Attaches the file at `source` to the record `id` and saves it: the
    /// one way in for the command line and for a response an educator
    /// sends. Once the record is shared the change is an amendment.
    /// Returns the record saved and the artifact's number in it (from 1).
    pub fn attach_file<R: artifact::WithArtifacts + super::Record>(
        &self,
        id: &str,
        source: &Path,
        how: &Attaching<'_>,
    ) -> Result<(R, usize), BlobError> {
        let current: R = self.read(id)?;
        let incoming = read_source(source)?;
        let file = StoredFile {
            sha256: incoming.sha256.clone(),
            file_name: incoming.file_name.clone(),
            size: incoming.bytes.len() as u64,
            kind: incoming.kind,
        };
        let author = how.author;
        let entry = file.artifact(
            how.caption,
            how.components.clone(),
            how.supplied_by,
            &author.name,
            author.at,
        );
        let mut next = current.clone();
        artifact::attach(&mut next, entry)?;
        self.settle_and_save(&current, next, author, Some(incoming))
            .map(|saved| {
                let number = saved.artifacts().len();
                (saved, number)
            })
    }

    /// Removes the artifact `which` (its number or the start of its
    /// SHA-256) from record `id` and saves it. Its file stays.
    pub fn detach_artifact<R: artifact::WithArtifacts + super::Record>(
        &self,
        id: &str,
        which: &str,
        author: &Author,
    ) -> Result<(R, Artifact), BlobError> {
        let current: R = self.read(id)?;
        let index = artifact::find(&current, which)?;
        let mut next = current.clone();
        let removed = artifact::detach(&mut next, index, &author.reason)?;
        let saved = self.settle_and_save(&current, next, author, None)?;
        Ok((saved, removed))
    }

    /// Records the change in `next`'s trail, stores the file it brings, then saves it.
    fn settle_and_save<R: artifact::WithArtifacts + super::Record>(
        &self,
        current: &R,
        mut next: R,
        author: &Author,
        file: Option<Incoming>,
    ) -> Result<R, BlobError> {
        next.touch(author.at);
        let from = next.trail().amendments.len();
        crate::record::trail::settle(current, &mut next, author, from, R::WHAT, None)?;
        if let Some(incoming) = file {
            self.store_artifact(incoming)?;
        }
        self.save(&next)?;
        Ok(next)
    }

    /// A copy of `artifact`'s bytes, checked, in an owner-only folder under
    /// `into` named by its hash, read-only, named from its original name
    /// made safe ([`safe_file_name`]): what the desktop's viewer is given.
    /// Copies made more than a day before are removed first.
    pub fn copy_for_viewing(&self, artifact: &Artifact, into: &Path) -> Result<PathBuf, BlobError> {
        let bytes = read_blob(self.root(), &artifact.sha256)?;
        let folder = into.join(crate::record::trail::short(&artifact.sha256));
        write_for_viewing(&bytes, &folder, &safe_file_name(artifact))
    }
}

/// Writes `bytes` as `folder/name`, read-only, for the desktop's viewer:
/// a copy in the cache folder `folder` is in (copies a day old are removed
/// first), never a file someone keeps. `name` must be a safe file name.
pub fn write_for_viewing(bytes: &[u8], folder: &Path, name: &str) -> Result<PathBuf, BlobError> {
    if let Some(into) = folder.parent() {
        remove_old_copies(into);
    }
    let write_error = |source| BlobError::Write {
        path: folder.to_path_buf(),
        source,
    };
    atomic::create_private_dir(folder).map_err(write_error)?;
    let path = folder.join(name);
    atomic::write_atomic(&path, bytes).map_err(write_error)?;
    read_only(&path).map_err(write_error)?;
    Ok(path)
}

/// A name for a copy of the file that is safe anywhere: the original's
/// letters, digits, spaces, `-`, `_` and inner dots (no path separators,
/// control or direction characters, no leading dot), at most 80
/// characters, ending in an extension of its kind.
#[must_use]
pub fn safe_file_name(artifact: &Artifact) -> String {
    let extension = artifact::allowed_extension(&artifact.file_name)
        .unwrap_or_else(|| artifact.kind.extension().to_string());
    let stem = artifact
        .file_name
        .rsplit_once('.')
        .map_or(artifact.file_name.as_str(), |(stem, _)| stem);
    let kept: String = stem
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
        .take(80)
        .collect();
    let kept = kept.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if kept.is_empty() {
        format!(
            "artifact-{}.{extension}",
            crate::record::trail::short(&artifact.sha256)
        )
    } else {
        format!("{kept}.{extension}")
    }
}

/// Removes the folders of copies under `into` older than a day (never
/// through a link): a viewer has long closed them.
fn remove_old_copies(into: &Path) {
    let day = std::time::Duration::from_secs(24 * 60 * 60);
    let Ok(listing) = std::fs::read_dir(into) else {
        return;
    };
    for entry in listing.filter_map(Result::ok) {
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > day);
        if meta.is_dir() && old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Makes a file read-only for everyone, its owner included.
fn read_only(path: &Path) -> std::io::Result<()> {
    let mut permissions = std::fs::metadata(path)?.permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(path, permissions)
}

#[cfg(test)]
mod tests;
