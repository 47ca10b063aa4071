//! Reading and checking a visits file: every problem is one sentence with
//! the line and column of the field that shows it.

use super::error::{Position, RubricError};
use super::validate::locate_field;
use super::visits::{VISITS_SCHEMA, VisitKind, VisitKinds};
use crate::files::ron_text;

/// Larger files are refused unread: the bundled one is about 5 KB.
pub const MAX_VISITS_BYTES: usize = 256 * 1024;
/// Most characters of a kind's name or its report's title.
const MAX_NAME_CHARS: usize = 100;

/// What is wrong and where: a field, in the nth kind (or nth role) when it is in one.
struct Problem {
    field: &'static str,
    within: Option<(&'static str, usize)>,
    message: String,
}

/// Parses and checks one visits file. `file` names it in every error;
/// never panics, whatever the bytes.
pub fn parse_visits(file: &str, bytes: &[u8]) -> Result<VisitKinds, RubricError> {
    const WHAT: &str = "a RON visits file starting with `VisitKinds(`";
    let fail = |position, message: String| RubricError::new(file, position, message);
    if bytes.len() > MAX_VISITS_BYTES {
        return Err(fail(
            Position::START,
            format!(
                "the file is {} bytes, more than the {MAX_VISITS_BYTES} bytes a visits file may have",
                bytes.len()
            ),
        ));
    }
    let visits: VisitKinds =
        ron_text::parse(bytes, WHAT, 16).map_err(|e| fail(e.position, e.message))?;
    let source = ron_text::text(bytes, WHAT).unwrap_or_default();
    check(&visits).map_err(|p| fail(position_of(source, &p), p.message))?;
    Ok(visits)
}

/// Where a problem's field is: inside its role or kind when it has one.
fn position_of(source: &str, p: &Problem) -> Position {
    let Some((opening, n)) = p.within else {
        return locate_field(source, p.field, 0);
    };
    let Some((start, _)) = source.match_indices(opening).nth(n) else {
        return Position::START;
    };
    let inner = locate_field(&source[start..], p.field, 0);
    let before = &source[..start];
    let line = before.matches('\n').count();
    let column_base = before.rfind('\n').map_or(0, |i| i + 1);
    let column = if inner.line == 1 {
        before[column_base..].chars().count() + inner.column
    } else {
        inner.column
    };
    Position {
        line: line + inner.line,
        column,
    }
}

fn check(visits: &VisitKinds) -> Result<(), Problem> {
    let top = |field, message: String| Problem {
        field,
        within: None,
        message,
    };
    if visits.schema != VISITS_SCHEMA {
        return Err(top(
            "schema",
            format!(
                "the file uses format version {}, but this teacher-eval reads version {VISITS_SCHEMA}",
                visits.schema
            ),
        ));
    }
    for (field, text) in [("title", &visits.title), ("source", &visits.source)] {
        if text.trim().is_empty() {
            return Err(top(field, format!("the {field} is empty")));
        }
    }
    if visits.roles.is_empty() {
        return Err(top(
            "roles",
            "there are no roles; expected at least one".into(),
        ));
    }
    check_roles(visits)
}

fn check_roles(visits: &VisitKinds) -> Result<(), Problem> {
    let mut kind_index = 0;
    let mut roles_seen: Vec<String> = Vec::new();
    for (n, role) in visits.roles.iter().enumerate() {
        let at_role = |field, message: String| Problem {
            field,
            within: Some(("RoleVisits(", n)),
            message,
        };
        let key = crate::text::folded(role.role.trim());
        if key.is_empty() {
            return Err(at_role("role", "the role id is empty".into()));
        }
        if roles_seen.contains(&key) {
            return Err(at_role(
                "role",
                format!("the role `{}` is listed twice in this file", role.role),
            ));
        }
        roles_seen.push(key);
        if role.kinds.is_empty() {
            return Err(at_role(
                "kinds",
                format!("the role `{}` has no kinds of visit", role.role),
            ));
        }
        for (i, kind) in role.kinds.iter().enumerate() {
            let at_kind = |field, message| Problem {
                field,
                within: Some(("VisitKind(", kind_index)),
                message,
            };
            if role.kinds[..i].iter().any(|k| k.kind == kind.kind) {
                return Err(at_kind(
                    "kind",
                    format!(
                        "the role `{}` lists `{:?}` twice",
                        role.role.trim(),
                        kind.kind
                    ),
                ));
            }
            check_kind(kind).map_err(|(field, message)| at_kind(field, message))?;
            kind_index += 1;
        }
    }
    Ok(())
}

fn check_kind(kind: &VisitKind) -> Result<(), (&'static str, String)> {
    for (field, text) in [("name", &kind.name), ("title", &kind.title)] {
        if text.trim().is_empty() {
            return Err((field, format!("the {field} is empty")));
        }
        if text.chars().count() > MAX_NAME_CHARS || text.chars().any(char::is_control) {
            return Err((
                field,
                format!("the {field} is one line of at most {MAX_NAME_CHARS} characters"),
            ));
        }
    }
    for (field, ids) in [("domains", &kind.domains), ("components", &kind.components)] {
        if ids.len() > 200 || ids.iter().any(|id| !is_id(id)) {
            return Err((
                field,
                format!("each of the {field} is an id of letters and digits, at most 200 of them"),
            ));
        }
    }
    Ok(())
}

/// A domain or component id: "2", "3b", "S10", "H.1".
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= 20
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../rubrics/visits/default.ron");

    #[test]
    fn the_bundled_file_reads() {
        let visits = parse_visits("bundled", BUNDLED.as_bytes()).expect("reads");
        assert!(visits.roles.iter().any(|r| r.role == "edtech-coordinator"));
    }

    #[test]
    fn problems_name_the_line_and_column_of_their_field() {
        let bad = BUNDLED.replacen("name: \"Walkthrough\"", "name: \" \"", 1);
        let error = parse_visits("v.ron", bad.as_bytes()).expect_err("refused");
        let line = BUNDLED
            .lines()
            .position(|l| l.contains("name: \"Walkthrough\""))
            .expect("the line")
            + 1;
        assert_eq!(error.position.line, line, "{error}");
        assert!(error.to_string().contains("the name is empty"), "{error}");
        let column = BUNDLED.lines().nth(line - 1).expect("line").find("name:");
        assert_eq!(Some(error.position.column - 1), column, "{error}");
    }

    #[test]
    fn unknown_kinds_twice_listed_kinds_and_bad_ids_are_refused() {
        let unknown = BUNDLED.replacen("kind: SiteVisit", "kind: Picnic", 1);
        let error = parse_visits("v.ron", unknown.as_bytes()).expect_err("refused");
        assert!(error.position.line > 1, "{error}");
        let twice = BUNDLED.replacen("kind: Informal", "kind: Formal", 1);
        let error = parse_visits("v.ron", twice.as_bytes()).expect_err("refused");
        assert!(error.message.contains("twice"), "{error}");
        let id = BUNDLED.replacen("domains: [\"2\", \"3\"]", "domains: [\"2 3\"]", 1);
        let error = parse_visits("v.ron", id.as_bytes()).expect_err("refused");
        assert!(error.message.contains("domains"), "{error}");
        for junk in [&b"\xff\xfe"[..], b"", b"VisitKinds(", &[b'('; 5000][..]] {
            assert!(parse_visits("v.ron", junk).is_err());
        }
        let huge = vec![b' '; MAX_VISITS_BYTES + 1];
        assert!(parse_visits("v.ron", &huge).is_err());
    }
}
