//! What can go wrong making or saving a PDF, each said in one sentence.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The bundled font did not parse: a broken build, not bad input.
    #[error("the report could not be made: {0}")]
    Font(String),
    #[error("{} could not be saved: {}", path.display(), why)]
    Write { path: PathBuf, why: String },
}
