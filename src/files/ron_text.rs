//! Reading RON text with errors a person can act on: a position that points
//! at the offending value and a plain sentence saying what was expected.

use serde::de::DeserializeOwned;

/// A line and column in a source file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `source` (columns count characters, not bytes).
    #[must_use]
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

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why some bytes are not the expected RON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub position: Position,
    pub message: String,
}

/// Parses `bytes` as a RON value of type `T`, nesting at most `depth`
/// brackets. `what` names the expected value in messages ("a RON rubric
/// starting with `Rubric(`"). Never panics.
pub fn parse<T: DeserializeOwned>(
    bytes: &[u8],
    what: &str,
    depth: usize,
) -> Result<T, SyntaxError> {
    let source = text(bytes, what)?;
    if source.trim().is_empty() {
        return Err(SyntaxError {
            position: Position::START,
            message: format!("the file is empty; expected {what}"),
        });
    }
    let options = ron::Options::default().with_recursion_limit(depth);
    options.from_str(source).map_err(|e| SyntaxError {
        position: first_token_from(source, e.span.start.line, e.span.start.col),
        message: describe(&e.code, depth),
    })
}

/// The bytes as UTF-8 text, or where they stop being text. A byte-order
/// mark (which Windows editors put first) is not part of the text.
pub fn text<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        SyntaxError {
            position: Position::at_offset(good, good.len()),
            message: format!("the file is not UTF-8 text; expected {what}"),
        }
    })
}

/// ron's spans start before the whitespace in front of the offending value;
/// point at the value itself.
fn first_token_from(source: &str, line: usize, column: usize) -> Position {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = source[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(source.len(), |(i, _)| line_start + i);
    let skipped = source[offset..]
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(source.len(), |(i, _)| offset + i);
    Position::at_offset(source, skipped)
}

/// ron's error, said as a plain sentence that ends with what was expected.
fn describe(code: &ron::Error, depth: usize) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early; a bracket or string is not closed".into(),
        E::ExceededRecursionLimit => format!("brackets are nested more than {depth} deep"),
        E::ExpectedComma => "expected a comma between two items".into(),
        E::ExpectedStringEnd => "a string is not closed; expected a closing `\"`".into(),
        E::ExpectedString => "expected text in double quotes".into(),
        E::ExpectedInteger | E::IntegerOutOfBounds => "expected a whole number".into(),
        E::ExpectedBoolean => "expected `true` or `false`".into(),
        E::TrailingCharacters => "unexpected text after the end of the record".into(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "expected an opening `(`".into(),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("expected `{expected}(` but found `{found}(`")
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` is missing the field `{field}`"),
            None => format!("a required field `{field}` is missing"),
        },
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}; expected one of: {}",
            outer
                .as_ref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default(),
            expected.join(", ")
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!("`{found}` is not one of: {}", expected.join(", ")),
        E::DuplicateStructField { field, .. } => format!("the field `{field}` is given twice"),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "the file is not valid RON".into(),
            }
        }
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

    #[test]
    fn errors_point_at_the_value() {
        let e = parse::<(u32, u32)>(b"(1,\n   \"x\")", "a pair", 8).unwrap_err();
        assert_eq!(e.position, Position { line: 2, column: 4 });
        assert_eq!(e.message, "expected a whole number");
    }
}
