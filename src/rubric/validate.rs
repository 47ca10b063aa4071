//! Checks a parsed rubric for what serde cannot: unique ids, complete
//! descriptors, increasing scores, no empty names.

use std::collections::HashMap;

use super::error::Position;
use super::model::Rubric;

/// Where in the source a problem is: found only when there is a problem,
/// because searching the text is slow next to checking the data.
#[derive(Clone)]
enum Place<'a> {
    /// The n-th `field:`.
    Field(&'static str, usize),
    /// The n-th `id: "value"`.
    Id(&'a str, usize),
}

/// Every problem in `rubric`, each with the position in `source` it concerns.
pub fn validate(rubric: &Rubric, source: &str) -> Vec<(Position, String)> {
    let mut problems: Vec<(Place, String)> = Vec::new();
    let mut problem = |place, message: String| problems.push((place, message));

    if !is_valid_id(&rubric.id) {
        problem(
            Place::Field("id", 0),
            format!(
                "the rubric id `{}` must be letters, digits, `-`, `_` or `.`, and not empty",
                rubric.id
            ),
        );
    }
    for (field, value) in [
        ("title", &rubric.title),
        ("edition", &rubric.edition),
        ("name", &rubric.role.name),
    ] {
        if value.trim().is_empty() {
            problem(Place::Field(field, 0), format!("the {field} is empty"));
        }
    }
    if rubric.role.id.trim().is_empty() {
        problem(Place::Field("role", 0), "the role id is empty".into());
    }

    if rubric.levels.is_empty() {
        problem(
            Place::Field("levels", 0),
            "the rubric has no performance levels; expected at least one".into(),
        );
    }
    for (i, level) in rubric.levels.iter().enumerate() {
        if level.name.trim().is_empty() || level.label.trim().is_empty() {
            problem(
                Place::Field("score", i),
                format!("level {} needs a name and a label", level.score),
            );
        }
        if i > 0 && level.score <= rubric.levels[i - 1].score {
            problem(
                Place::Field("score", i),
                format!(
                    "level scores must increase from lowest to highest, but {} follows {}",
                    level.score,
                    rubric.levels[i - 1].score
                ),
            );
        }
    }

    if rubric.domains.is_empty() {
        problem(
            Place::Field("domains", 0),
            "the rubric has no domains; expected at least one".into(),
        );
    }
    // Domain and component ids share one namespace, with the rubric's own id.
    let mut seen: HashMap<String, usize> = HashMap::from([(rubric.id.to_lowercase(), 1)]);
    let mut check_id = |id: &'_ str, what: &str| -> Option<String> {
        let count = seen.entry(id.to_lowercase()).or_insert(0);
        *count += 1;
        if !is_valid_id(id) {
            Some(format!(
                "the {what} id `{id}` must be letters, digits, `-`, `_` or `.`, and not empty"
            ))
        } else if *count > 1 {
            Some(format!(
                "the id `{id}` is used more than once; every domain and component needs its own id"
            ))
        } else {
            None
        }
    };
    let mut occurrences: HashMap<&str, usize> = HashMap::new();
    let mut place_of = |id| {
        let n = occurrences.entry(id).or_insert(0);
        *n += 1;
        Place::Id(id, *n - 1)
    };
    for domain in &rubric.domains {
        let id = domain.id.as_str();
        let here = place_of(id);
        let mut messages = Vec::new();
        messages.extend(check_id(id, "domain"));
        if domain.name.trim().is_empty() {
            messages.push(format!("domain `{id}` has an empty name"));
        }
        if domain.components.is_empty() {
            messages.push(format!(
                "domain `{id}` has no components; expected at least one"
            ));
        }
        for message in messages {
            problem(here.clone(), message);
        }
        for component in &domain.components {
            let id = component.id.as_str();
            let here = place_of(id);
            let mut messages = Vec::new();
            messages.extend(check_id(id, "component"));
            if component.name.trim().is_empty() {
                messages.push(format!("component `{id}` has an empty name"));
            }
            for level in &rubric.levels {
                let text = component.descriptors.get(&level.score);
                if text.is_none_or(|t| t.trim().is_empty()) {
                    messages.push(format!(
                        "component `{id}` has no descriptor for level {} ({}); expected one for every level",
                        level.score, level.name
                    ));
                }
            }
            for score in component.descriptors.keys() {
                if !rubric.levels.iter().any(|l| l.score == *score) {
                    messages.push(format!(
                        "component `{id}` has a descriptor for level {score}, which the rubric does not define"
                    ));
                }
            }
            for message in messages {
                problem(here.clone(), message);
            }
        }
    }
    problems
        .into_iter()
        .map(|(place, message)| {
            let position = match place {
                Place::Field(field, n) => locate_field(source, field, n),
                Place::Id(id, n) => locate_value(source, "id", id, n),
            };
            (position, message)
        })
        .collect()
}

/// Ids are typed in notes ("3b: ...") and used in file names, so they stay plain.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The position of the `occurrence`-th `field:` in `source` (or the start of the file).
pub fn locate_field(source: &str, field: &str, occurrence: usize) -> Position {
    find_nth(source, occurrence, |rest, at| {
        rest.starts_with(field)
            && is_word_boundary(source, at)
            && rest[field.len()..].trim_start().starts_with(':')
    })
}

/// The position of the `occurrence`-th `field: "value"` in `source`.
fn locate_value(source: &str, field: &str, value: &str, occurrence: usize) -> Position {
    let quoted = format!("\"{value}\"");
    find_nth(source, occurrence, |rest, at| {
        if !(rest.starts_with(field) && is_word_boundary(source, at)) {
            return false;
        }
        let after = rest[field.len()..].trim_start();
        after
            .strip_prefix(':')
            .is_some_and(|v| v.trim_start().starts_with(&quoted))
    })
}

fn find_nth(source: &str, occurrence: usize, hit: impl Fn(&str, usize) -> bool) -> Position {
    source
        .char_indices()
        .filter(|&(at, _)| hit(&source[at..], at))
        .nth(occurrence)
        .map_or(Position::START, |(at, _)| Position::at_offset(source, at))
}

fn is_word_boundary(source: &str, at: usize) -> bool {
    source[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
}
