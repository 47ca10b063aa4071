//! Where a summary's records come from: principals' workspace folders,
//! read without locking them, and exchange bundles.

use std::path::Path;

use crate::workspace::{Contents, Workspace};

/// One workspace folder or one bundle, read.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// How the summary names it: the folder or file as given.
    pub label: String,
    pub contents: Contents,
}

/// Reads a workspace folder without locking it, so it may be open in a
/// principal's window at the same time. Files that cannot be read are kept
/// in `contents.set_aside` and become the summary's `skipped` lines.
pub fn read_workspace(path: &Path) -> Result<Source, String> {
    if !path.is_dir() {
        let why = if path.exists() {
            "it is not a folder"
        } else {
            "it does not exist"
        };
        return Err(format!(
            "the workspace {} cannot be read: {why}.",
            path.display()
        ));
    }
    let workspace =
        Workspace::open_read_only(path, "read for a summary").map_err(|e| format!("{e}."))?;
    Ok(Source {
        label: path.display().to_string(),
        contents: workspace.load(),
    })
}

/// Reads an exchange bundle. A bundle is taken whole or not at all: a
/// damaged one (checksum, truncation, a bad entry) is refused with the
/// reason, and the summary goes on without it.
pub fn read_bundle(path: &Path) -> Result<Source, String> {
    let bundle = crate::workspace::bundle::read_bundle(path)
        .map_err(|e| format!("the bundle {} is refused: {e}.", path.display()))?;
    Ok(Source {
        label: path.display().to_string(),
        contents: bundle.into_contents(),
    })
}
