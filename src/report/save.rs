//! Writing a finished PDF to disk, atomically: a failed export leaves the
//! target as it was (absent or the previous file), never half a PDF.

use std::path::Path;

use super::Pdf;
use super::error::ReportError;
use crate::workspace::write_user_file;

/// Writes `pdf` to `path` through a temporary file beside it, renamed into
/// place once complete. The file is readable by its owner only, as every
/// personnel record is.
pub fn save_pdf(path: &Path, pdf: &Pdf) -> Result<(), ReportError> {
    write_user_file(path, &pdf.bytes).map_err(|why| ReportError::Write {
        path: path.to_path_buf(),
        why: why.to_string(),
    })
}
