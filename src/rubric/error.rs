//! Problems found in a rubric file, each one sentence with a position.

use std::fmt;

pub use crate::files::ron_text::Position;

/// One problem in one file: printed as `FILE:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RubricError {
    /// The file as the user named it, or `bundled:ID.ron` for an embedded rubric.
    pub file: String,
    pub position: Position,
    /// A plain sentence without the file or position.
    pub message: String,
}

impl RubricError {
    pub fn new(file: impl Into<String>, position: Position, message: impl Into<String>) -> Self {
        RubricError {
            file: file.into(),
            position,
            message: message.into(),
        }
    }
}

impl fmt::Display for RubricError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.position.line, self.position.column, self.message
        )
    }
}
