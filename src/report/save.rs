//! Writing a finished PDF to disk, atomically: a failed export leaves the
//! target as it was (absent or the previous file), never half a PDF.

use std::path::Path;

use super::Pdf;
use super::error::ReportError;
use crate::workspace::{plain, write_atomic_user_file};

/// Writes `pdf` to `path` through a temporary file beside it, renamed into
/// place once complete. The file is readable by its owner only, as every
/// personnel record is.
pub fn save_pdf(path: &Path, pdf: &Pdf) -> Result<(), ReportError> {
    let fail = |why: String| ReportError::Write {
        path: path.to_path_buf(),
        why,
    };
    if path.is_dir() {
        return Err(fail(
            "it is a folder; give a file name ending in .pdf".into(),
        ));
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(parent) = parent
        && !parent.is_dir()
    {
        let why = if parent.exists() {
            format!("{} is a file, not a folder", parent.display())
        } else {
            format!("the folder {} does not exist", parent.display())
        };
        return Err(fail(why));
    }
    write_atomic_user_file(path, &pdf.bytes).map_err(|e| fail(plain(&e)))
}
