//! Turning the bytes of a rubric file into a validated [`Rubric`].

use super::error::{Position, RubricError};
use super::model::{RUBRIC_SCHEMA, Rubric};
use super::validate::validate;

/// Larger files are refused before parsing: the bundled rubrics are about 100 KB.
pub const MAX_RUBRIC_BYTES: usize = 4 * 1024 * 1024;

/// Brackets nested deeper than this are refused (a rubric needs about six levels).
const RECURSION_LIMIT: usize = 64;

/// Parses and validates one rubric. `file` names it in every error.
///
/// Never panics, whatever the bytes; every problem found is returned.
pub fn parse_rubric(file: &str, bytes: &[u8]) -> Result<Rubric, Vec<RubricError>> {
    let fail = |position, message: String| Err(vec![RubricError::new(file, position, message)]);
    if bytes.len() > MAX_RUBRIC_BYTES {
        return fail(
            Position::START,
            format!(
                "the file is {} bytes, more than the {} bytes a rubric may have",
                bytes.len(),
                MAX_RUBRIC_BYTES
            ),
        );
    }
    let source = match std::str::from_utf8(bytes) {
        Ok(source) => source,
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            return fail(
                Position::at_offset(good, good.len()),
                "the file is not UTF-8 text; expected a RON rubric starting with `Rubric(`"
                    .to_string(),
            );
        }
    };
    if source.trim().is_empty() {
        return fail(
            Position::START,
            "the file is empty; expected a RON rubric starting with `Rubric(`".to_string(),
        );
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let rubric: Rubric = match options.from_str(source) {
        Ok(rubric) => rubric,
        Err(e) => {
            let position = first_token_from(source, e.span.start.line, e.span.start.col);
            return fail(position, describe(&e.code));
        }
    };
    if rubric.schema != RUBRIC_SCHEMA {
        return fail(
            super::validate::locate_field(source, "schema", 0),
            format!(
                "the rubric uses file format version {}, but this teacher-eval reads version {}",
                rubric.schema, RUBRIC_SCHEMA
            ),
        );
    }
    let problems = validate(&rubric, source);
    if problems.is_empty() {
        Ok(rubric)
    } else {
        Err(problems
            .into_iter()
            .map(|(position, message)| RubricError::new(file, position, message))
            .collect())
    }
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
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early; a bracket or string is not closed".into(),
        E::ExceededRecursionLimit => format!(
            "brackets are nested more than {RECURSION_LIMIT} deep; expected a rubric's domains, components and descriptors"
        ),
        E::ExpectedComma => "expected a comma between two items".into(),
        E::ExpectedStringEnd => "a string is not closed; expected a closing `\"`".into(),
        E::ExpectedString => "expected text in double quotes".into(),
        E::ExpectedInteger | E::IntegerOutOfBounds => "expected a whole number".into(),
        E::ExpectedBoolean => "expected `true` or `false`".into(),
        E::TrailingCharacters => "unexpected text after the end of the rubric".into(),
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
        E::DuplicateStructField { field, .. } => format!("the field `{field}` is given twice"),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "the file is not a valid RON rubric".into(),
            }
        }
    }
}
