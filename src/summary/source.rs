//! Where a summary's records come from: principals' workspace folders,
//! read without locking them, and exchange bundles.

use std::path::{Path, PathBuf};

use super::visit::Visits;
use crate::workspace::bundle::{BundleError, Opening};
use crate::workspace::{Contents, Progress, Reading, Workspace, WorkspaceError};

/// Why a source was left out of a summary, each a sentence with its full stop.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// `why`: it does not exist, or it is not a folder.
    #[error("the workspace {} cannot be read: {why}.", path.display())]
    NoFolder { path: PathBuf, why: &'static str },
    #[error("{0}.")]
    Workspace(#[from] WorkspaceError),
    #[error("the bundle {} is refused: {error}.", path.display())]
    Bundle { path: PathBuf, error: BundleError },
}

/// One workspace folder or one bundle, read.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// How the summary names it: the folder or file as given.
    pub label: String,
    /// Every record but the observations, which are kept as [`Visits`].
    pub contents: Contents,
    visits: Visits,
}

impl Source {
    /// A source of these records; its observations are kept only as far
    /// as counting reads them.
    #[must_use]
    pub fn new(label: String, mut contents: Contents) -> Source {
        let mut visits = Visits::default();
        visits.add(std::mem::take(&mut contents.observations));
        Source {
            label,
            contents,
            visits,
        }
    }

    pub(super) fn visits(&self) -> &Visits {
        &self.visits
    }
}

/// Reads a workspace folder without locking it, so it may be open in a
/// principal's window at the same time. Files that cannot be read are kept
/// in `contents.set_aside` and become the summary's `skipped` lines.
///
/// # Errors
/// When it is not a folder, or cannot be opened.
pub fn read_workspace(path: &Path) -> Result<Source, SourceError> {
    if !path.is_dir() {
        let why = if path.exists() {
            "it is not a folder"
        } else {
            "it does not exist"
        };
        return Err(SourceError::NoFolder {
            path: path.to_path_buf(),
            why,
        });
    }
    let workspace = Workspace::open_read_only(path, "read for a summary")?;
    // Counting reads no evidence text and keeps only what it counts of each
    // observation, as it is read, so a district's fits in memory.
    let progress = Progress::default();
    let place = crate::files::folders::index_place(false);
    let mut visits = Visits::default();
    let contents =
        workspace.load_folding(Reading::FOR_COUNTING, &progress, place.as_ref(), |slice| {
            visits.add(slice);
        });
    Ok(Source {
        label: path.display().to_string(),
        contents,
        visits,
    })
}

/// Reads an exchange bundle, sealed or plain as `opening` allows (the rule
/// `import` follows). A bundle is taken whole or not at all: a damaged one
/// (checksum, truncation, a bad entry, a wrong key) is refused with the
/// reason, and the summary goes on without it.
///
/// # Errors
/// When the bundle is refused: unreadable, damaged, or not opened as `opening` allows.
pub fn read_bundle(path: &Path, opening: &Opening) -> Result<Source, SourceError> {
    let bundle = crate::workspace::bundle::open_bundle(path, opening).map_err(|error| {
        SourceError::Bundle {
            path: path.to_path_buf(),
            error,
        }
    })?;
    Ok(Source::new(
        path.display().to_string(),
        bundle.into_contents(),
    ))
}

/// A source to read: a workspace folder, or a bundle file and how to open it.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Workspace(PathBuf),
    Bundle(PathBuf, Opening),
}

impl Place {
    /// The folder or file.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Place::Workspace(path) | Place::Bundle(path, _) => path,
        }
    }

    /// Reads the folder or the bundle.
    ///
    /// # Errors
    /// As [`read_workspace`] and [`read_bundle`].
    pub fn read(&self) -> Result<Source, SourceError> {
        match self {
            Place::Workspace(path) => read_workspace(path),
            Place::Bundle(path, opening) => read_bundle(path, opening),
        }
    }
}
