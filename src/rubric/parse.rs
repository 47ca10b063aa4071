//! Turning the bytes of a rubric file into a validated [`Rubric`].

use super::error::{Position, RubricError};
use super::model::{RUBRIC_SCHEMA, Rubric};
use super::validate::validate;
use crate::files::ron_text;

/// Larger files are refused before parsing: the bundled rubrics are about 100 KB.
pub const MAX_RUBRIC_BYTES: usize = 4 * 1024 * 1024;

/// Brackets nested deeper than this are refused (a rubric needs about six levels).
const RECURSION_LIMIT: usize = 64;

/// Parses and validates one rubric. `file` names it in every error.
///
/// Never panics, whatever the bytes; every problem found is returned.
pub fn parse_rubric(file: &str, bytes: &[u8]) -> Result<Rubric, Vec<RubricError>> {
    const WHAT: &str = "a RON rubric starting with `Rubric(`";
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
    let rubric: Rubric = match ron_text::parse(bytes, WHAT, RECURSION_LIMIT) {
        Ok(rubric) => rubric,
        Err(e) => return fail(e.position, e.message),
    };
    // Parsing succeeded, so the bytes are text.
    let source = ron_text::text(bytes, WHAT).unwrap_or_default();
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
