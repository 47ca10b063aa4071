//! What can go wrong with the workspace, each said in one sentence.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error("the workspace folder {} cannot be opened: {}", path.display(), plain(source))]
    Open { path: PathBuf, source: io::Error },
    #[error("the workspace is open read-only, so nothing can be saved: {reason}")]
    ReadOnly { reason: String },
    #[error("{} could not be saved: {}", path.display(), plain(source))]
    Write { path: PathBuf, source: io::Error },
    #[error("{} could not be read earlier ({why}), so it is kept as it is and not overwritten; move it out of the workspace to save this record", path.display())]
    Protected { path: PathBuf, why: String },
    #[error("{} could not be read ({why}), so it is kept as it is and not overwritten; fix it or move it out of the workspace to change the settings", path.display())]
    ProtectedSettings { path: PathBuf, why: String },
    #[error("a {kind} with the id `{id}` already exists in the workspace")]
    Exists { kind: &'static str, id: String },
    #[error("`{id}` is not a valid record id (lower-case letters, digits and `-`)")]
    InvalidId { id: String },
    #[error("there is no {kind} with the id `{id}` in the workspace")]
    NotFound { kind: &'static str, id: String },
}

impl WorkspaceError {
    /// What kind of failure it was, for the diagnostics log: the variant and,
    /// for a disk error, the system's kind of it; no path, id or message.
    #[must_use]
    pub fn kind(&self) -> String {
        let variant = crate::files::log_file::kind_of(self);
        match self {
            WorkspaceError::Open { source, .. } | WorkspaceError::Write { source, .. } => {
                format!("{variant} ({:?})", source.kind())
            }
            _ => variant,
        }
    }
}

/// An I/O error in words a principal can act on.
#[must_use]
pub fn plain(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => {
            "permission denied (the folder may be read-only)".into()
        }
        K::StorageFull => "the disk is full".into(),
        // A reader that knows which file is missing says so (`bounded::missing_file`).
        K::NotFound if e.get_ref().is_some() => e.to_string(),
        K::NotFound => "the folder does not exist".into(),
        K::NotADirectory => "a file stands where a folder should be".into(),
        K::IsADirectory => "a folder stands where a file should be".into(),
        _ => e.to_string(),
    }
}
