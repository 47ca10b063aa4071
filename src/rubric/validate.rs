//! Checks a parsed rubric for what serde cannot: unique ids, complete
//! descriptors, increasing scores, no empty names.

use std::collections::HashMap;

use super::error::Position;
use super::model::{Component, Domain, Rubric};

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
    let mut checker = Checker {
        rubric,
        problems: Vec::new(),
        seen: HashMap::from([(rubric.id.to_lowercase(), 1)]),
        occurrences: HashMap::new(),
    };
    checker.header();
    checker.levels();
    if rubric.domains.is_empty() {
        checker.problem(
            Place::Field("domains", 0),
            "the rubric has no domains; expected at least one".into(),
        );
    }
    for domain in &rubric.domains {
        checker.domain(domain);
        for component in &domain.components {
            checker.component(component);
        }
    }
    checker
        .problems
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

/// The problems found so far, and the ids met so far.
struct Checker<'a> {
    rubric: &'a Rubric,
    problems: Vec<(Place<'a>, String)>,
    /// Domain and component ids share one namespace, with the rubric's own
    /// id: how often each was met, case folded.
    seen: HashMap<String, usize>,
    /// How often each id was met as written, to find its place.
    occurrences: HashMap<&'a str, usize>,
}

impl<'a> Checker<'a> {
    /// Notes a problem, to be located in the source at the end.
    fn problem(&mut self, place: Place<'a>, message: String) {
        self.problems.push((place, message));
    }

    /// The rubric's id, title, edition and role.
    fn header(&mut self) {
        let rubric = self.rubric;
        if !is_valid_id(&rubric.id) {
            self.problem(
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
                self.problem(Place::Field(field, 0), format!("the {field} is empty"));
            }
        }
        if rubric.role.id.trim().is_empty() {
            self.problem(Place::Field("role", 0), "the role id is empty".into());
        }
    }

    /// At least one level, each named, scores increasing.
    fn levels(&mut self) {
        let levels = &self.rubric.levels;
        if levels.is_empty() {
            self.problem(
                Place::Field("levels", 0),
                "the rubric has no performance levels; expected at least one".into(),
            );
        }
        for (i, level) in levels.iter().enumerate() {
            if level.name.trim().is_empty() || level.label.trim().is_empty() {
                self.problem(
                    Place::Field("score", i),
                    format!("level {} needs a name and a label", level.score),
                );
            }
            if i > 0 && level.score <= levels[i - 1].score {
                self.problem(
                    Place::Field("score", i),
                    format!(
                        "level scores must increase from lowest to highest, but {} follows {}",
                        level.score,
                        levels[i - 1].score
                    ),
                );
            }
        }
    }

    /// A domain's id, name and that it has components.
    fn domain(&mut self, domain: &'a Domain) {
        let id = domain.id.as_str();
        let here = self.place_of(id);
        let mut messages = Vec::new();
        messages.extend(self.check_id(id, "domain"));
        if domain.name.trim().is_empty() {
            messages.push(format!("domain `{id}` has an empty name"));
        }
        if domain.components.is_empty() {
            messages.push(format!(
                "domain `{id}` has no components; expected at least one"
            ));
        }
        for message in messages {
            self.problem(here.clone(), message);
        }
    }

    /// A component's id, name, and a descriptor for exactly the rubric's levels.
    fn component(&mut self, component: &'a Component) {
        let id = component.id.as_str();
        let here = self.place_of(id);
        let mut messages = Vec::new();
        messages.extend(self.check_id(id, "component"));
        if component.name.trim().is_empty() {
            messages.push(format!("component `{id}` has an empty name"));
        }
        let levels = &self.rubric.levels;
        for level in levels {
            let text = component.descriptors.get(&level.score);
            if text.is_none_or(|t| t.trim().is_empty()) {
                messages.push(format!(
                    "component `{id}` has no descriptor for level {} ({}); expected one for every level",
                    level.score, level.name
                ));
            }
        }
        match (&component.nearest, &self.rubric.crosswalk) {
            (Some(nearest), None) => messages.push(format!(
                "component `{id}` names its nearest component `{nearest}`, but the rubric names no `crosswalk` rubric it is in"
            )),
            (Some(nearest), Some(_)) if !is_valid_id(nearest) => messages.push(format!(
                "component `{id}` names its nearest component `{nearest}`, which is not an id"
            )),
            _ => {}
        }
        for score in component.descriptors.keys() {
            if !levels.iter().any(|l| l.score == *score) {
                messages.push(format!(
                    "component `{id}` has a descriptor for level {score}, which the rubric does not define"
                ));
            }
        }
        for message in messages {
            self.problem(here.clone(), message);
        }
    }

    /// What is wrong with a domain or component id: its form, or that it was met before.
    fn check_id(&mut self, id: &str, what: &str) -> Option<String> {
        let count = self.seen.entry(id.to_lowercase()).or_insert(0);
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
    }

    /// The place of the next `id: "..."` with this value.
    fn place_of(&mut self, id: &'a str) -> Place<'a> {
        let n = self.occurrences.entry(id).or_insert(0);
        *n += 1;
        Place::Id(id, *n - 1)
    }
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
