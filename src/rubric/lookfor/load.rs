//! Reading and checking one look-for form, with the position of each problem.

use super::{AnswerKind, LOOKFOR_SCHEMA, LookFor, LookForForm};
use crate::files::ron_text::{self, Position};
use crate::rubric::{Rubric, RubricError};

/// A form is a page; anything larger is not one.
pub const MAX_LOOKFOR_BYTES: usize = 128 * 1024;
/// A walkthrough is minutes long: more items than this is not a walkthrough.
const MAX_ITEMS: usize = 40;
/// One item's sentence, and one scale label, in characters.
const MAX_ITEM_CHARS: usize = 200;
/// Most points a scale may have.
const MAX_SCALE: usize = 10;

/// What is wrong, the field that shows it, the item (by order) and the text to point at.
struct Problem {
    field: &'static str,
    item: Option<usize>,
    needle: Option<String>,
    message: String,
}

fn problem(field: &'static str, item: Option<usize>, message: impl Into<String>) -> Problem {
    Problem {
        field,
        item,
        needle: None,
        message: message.into(),
    }
}

/// Parses and checks one form; `rubric` finds the rubric it names among
/// those loaded. Every problem names the file and a position.
pub fn parse_lookfor<'r>(
    file: &str,
    bytes: &[u8],
    rubric: impl Fn(&str) -> Option<&'r Rubric>,
) -> Result<LookForForm, RubricError> {
    let fail = |position: Position, message: String| RubricError::new(file, position, message);
    if bytes.len() > MAX_LOOKFOR_BYTES {
        return Err(fail(
            Position::START,
            format!(
                "the file is {} bytes, more than a look-for form may have",
                bytes.len()
            ),
        ));
    }
    let form: LookForForm =
        ron_text::parse(bytes, "a look-for form starting with `LookForForm(`", 16)
            .map_err(|e| fail(e.position, e.message))?;
    let source = ron_text::text(bytes, "").unwrap_or_default();
    check(&form, rubric).map_err(|p| fail(position_of(source, &form, &p), p.message))?;
    Ok(form)
}

/// Where a problem is: at its text, else its field, inside its item when it has one.
fn position_of(source: &str, form: &LookForForm, p: &Problem) -> Position {
    let start = match p.item {
        None => Some(0),
        Some(n) => item_start(source, form, n),
    };
    start
        .and_then(|start| {
            let rest = &source[start..];
            p.needle
                .as_ref()
                .and_then(|needle| rest.find(needle.as_str()))
                .or_else(|| rest.find(&format!("{}:", p.field)))
                .map(|i| Position::at_offset(source, start + i))
        })
        .unwrap_or(Position::START)
}

/// Where item `n` begins: its `LookFor(`, else its quoted id after `items:`.
fn item_start(source: &str, form: &LookForForm, n: usize) -> Option<usize> {
    if let Some((i, _)) = source.match_indices("LookFor(").nth(n) {
        return Some(i);
    }
    let items = source.find("items:")?;
    let id = form.items.get(n)?.id.as_str();
    source[items..]
        .find(&format!("\"{id}\""))
        .map(|i| items + i)
}

fn check<'r>(
    form: &LookForForm,
    rubric: impl Fn(&str) -> Option<&'r Rubric>,
) -> Result<(), Problem> {
    if form.schema == 0 || form.schema > LOOKFOR_SCHEMA {
        return Err(problem(
            "schema",
            None,
            format!(
                "the file uses format version {}, but this teacher-eval reads versions 1 to {LOOKFOR_SCHEMA}",
                form.schema
            ),
        ));
    }
    check_id(&form.id).map_err(|m| problem("id", None, m))?;
    if form.name.trim().is_empty() {
        return Err(problem("name", None, "the name is empty"));
    }
    let Some(rubric) = rubric(&form.rubric) else {
        return Err(problem(
            "rubric",
            None,
            format!(
                "the form goes with the rubric `{}`, which is not loaded",
                form.rubric
            ),
        ));
    };
    if form.items.is_empty() || form.items.len() > MAX_ITEMS {
        return Err(problem(
            "items",
            None,
            format!("a form has 1 to {MAX_ITEMS} items"),
        ));
    }
    for (n, item) in form.items.iter().enumerate() {
        check_item(item, rubric).map_err(|mut p| {
            p.item = Some(n);
            p
        })?;
        if form.items[..n]
            .iter()
            .any(|other| crate::text::same_text(&other.id, &item.id))
        {
            return Err(problem(
                "id",
                Some(n),
                format!("two items have the id `{}`", item.id),
            ));
        }
    }
    Ok(())
}

fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty()
        || id.len() > 64
        || !id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err("the id must be letters, digits, `-`, `_` or `.`, 1 to 64 of them".into());
    }
    Ok(())
}

fn check_item(item: &LookFor, rubric: &Rubric) -> Result<(), Problem> {
    check_id(&item.id).map_err(|m| problem("id", None, m))?;
    if item.text.trim().is_empty() || item.text.chars().count() > MAX_ITEM_CHARS {
        return Err(problem(
            "text",
            None,
            format!("an item's text is 1 to {MAX_ITEM_CHARS} characters"),
        ));
    }
    if let AnswerKind::Scale(labels) = &item.answer {
        if labels.len() < 2 || labels.len() > MAX_SCALE {
            return Err(problem(
                "answer",
                None,
                format!("a scale has 2 to {MAX_SCALE} labels, one for each point"),
            ));
        }
        if labels
            .iter()
            .any(|l| l.trim().is_empty() || l.chars().count() > MAX_ITEM_CHARS)
        {
            return Err(problem(
                "answer",
                None,
                "a scale label is empty or too long",
            ));
        }
    }
    if item.components.is_empty() {
        return Err(problem(
            "components",
            None,
            "name at least one component the item is evidence of",
        ));
    }
    for c in &item.components {
        if rubric.component(c).is_none() {
            return Err(Problem {
                needle: Some(format!("\"{c}\"")),
                ..problem(
                    "components",
                    None,
                    format!("the rubric {} has no component `{c}`", rubric.id),
                )
            });
        }
    }
    Ok(())
}
