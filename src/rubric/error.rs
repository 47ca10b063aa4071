//! Problems found in a rubric file, each one sentence with a position.

use std::fmt;

/// A line and column in a source file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `source` (columns count characters, not bytes).
    pub fn at_offset(source: &str, offset: usize) -> Position {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = 1 + before[line_start..].chars().count();
        Position { line, column }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let src = "ab\nçd\n";
        assert_eq!(Position::at_offset(src, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::at_offset(src, 3), Position { line: 2, column: 1 });
        // 'ç' is two bytes; the 'd' after it is column 2.
        assert_eq!(Position::at_offset(src, 5), Position { line: 2, column: 2 });
        assert_eq!(
            Position::at_offset(src, 999),
            Position { line: 3, column: 1 }
        );
    }
}
