//! Reading and checking compliance rules, and the catalog of bundled and
//! user rule files (as for scoring profiles: a later folder replaces an id).

use std::path::{Path, PathBuf};

use super::rules::{ComplianceRules, DayOfYear, Due, RULES_SCHEMA, Source, StatusRule};
use crate::files::ron_text::{self, Position};
use crate::rubric::{RubricError, RubricSource};

const BUNDLED: &[(&str, &str)] = &[
    (
        "new-jersey.ron",
        include_str!("../../rubrics/rules/new-jersey.ron"),
    ),
    (
        "illinois.ron",
        include_str!("../../rubrics/rules/illinois.ron"),
    ),
    (
        "pennsylvania.ron",
        include_str!("../../rubrics/rules/pennsylvania.ron"),
    ),
];

/// Rule files are a page or two; anything larger is not one.
const MAX_RULES_BYTES: usize = 256 * 1024;

/// What is wrong, the field that shows it, and in which status (by order).
struct Problem {
    field: &'static str,
    status: Option<usize>,
    message: String,
}

fn problem(field: &'static str, status: Option<usize>, message: impl Into<String>) -> Problem {
    Problem {
        field,
        status,
        message: message.into(),
    }
}

/// Parses and checks one rules file; every problem names the file and a position.
pub fn parse_rules(file: &str, bytes: &[u8]) -> Result<ComplianceRules, RubricError> {
    let fail = |position: Position, message: String| RubricError::new(file, position, message);
    if bytes.len() > MAX_RULES_BYTES {
        return Err(fail(
            Position::START,
            format!(
                "the file is {} bytes, more than a rules file may have",
                bytes.len()
            ),
        ));
    }
    let rules: ComplianceRules = ron_text::parse(
        bytes,
        "compliance rules starting with `ComplianceRules(`",
        16,
    )
    .map_err(|e| fail(e.position, e.message))?;
    let source = ron_text::text(bytes, "").unwrap_or_default();
    check(&rules).map_err(|p| fail(position_of(source, &p), p.message))?;
    Ok(rules)
}

/// Where a problem's field is: inside its status when it has one.
fn position_of(source: &str, p: &Problem) -> Position {
    let from = p.status.map_or(Some(0), |n| {
        source.match_indices("StatusRule(").nth(n).map(|(i, _)| i)
    });
    from.and_then(|start| {
        source[start..]
            .find(&format!("{}:", p.field))
            .map(|i| Position::at_offset(source, start + i))
    })
    .unwrap_or(Position::START)
}

fn check(rules: &ComplianceRules) -> Result<(), Problem> {
    if rules.schema == 0 || rules.schema > RULES_SCHEMA {
        return Err(problem(
            "schema",
            None,
            format!(
                "the file uses format version {}, but this teacher-eval reads versions 1 to {RULES_SCHEMA}",
                rules.schema
            ),
        ));
    }
    if rules.id.is_empty()
        || !rules
            .id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(problem(
            "id",
            None,
            "the id must be letters, digits, `-`, `_` or `.`, and not empty",
        ));
    }
    for (field, text) in [("title", &rules.title), ("state", &rules.state)] {
        if text.trim().is_empty() {
            return Err(problem(field, None, format!("the {field} is empty")));
        }
    }
    if rules.statuses.is_empty() {
        return Err(problem(
            "statuses",
            None,
            "there are no statuses; expected at least one",
        ));
    }
    let mut seen: Vec<String> = Vec::new();
    for (n, status) in rules.statuses.iter().enumerate() {
        check_status(status).map_err(|(field, message)| problem(field, Some(n), message))?;
        for e in &status.employment {
            let key = crate::text::folded(e);
            if seen.contains(&key) {
                return Err(problem(
                    "employment",
                    Some(n),
                    format!("the status `{}` has a rule already", e.trim()),
                ));
            }
            seen.push(key);
        }
    }
    Ok(())
}

type FieldProblem = (&'static str, String);

fn check_status(status: &StatusRule) -> Result<(), FieldProblem> {
    if status.employment.iter().all(|e| e.trim().is_empty()) {
        return Err(("employment", "name at least one employment status".into()));
    }
    if status.label.trim().is_empty() {
        return Err(("label", "the label is empty".into()));
    }
    if status.observations > 20 {
        return Err(("observations", "at most 20 observations a year".into()));
    }
    for (field, n) in [
        ("announced", status.announced),
        ("unannounced", status.unannounced),
        ("formal", status.formal),
    ] {
        if n > status.observations {
            return Err((
                field,
                format!(
                    "{n} {field} observations is more than the {} required",
                    status.observations
                ),
            ));
        }
    }
    if status.announced + status.unannounced > status.observations {
        return Err((
            "announced",
            "announced and unannounced observations together are more than the observations required".into(),
        ));
    }
    if status.min_minutes > 600 {
        return Err(("min_minutes", "a minimum of at most 600 minutes".into()));
    }
    if status
        .post_conference_days
        .is_some_and(|d| d == 0 || d > 90)
    {
        return Err((
            "post_conference_days",
            "a post-conference within 1 to 90 working days".into(),
        ));
    }
    check_deadlines(status)?;
    if status.sources.is_empty() {
        return Err(("sources", "name the source of each number".into()));
    }
    status.sources.iter().try_for_each(check_source)
}

fn check_deadlines(status: &StatusRule) -> Result<(), FieldProblem> {
    if status
        .deadlines
        .iter()
        .filter(|d| d.what == Due::Observations)
        .count()
        > 1
    {
        return Err((
            "deadlines",
            "one `Observations` deadline at most: the date all are due by".into(),
        ));
    }
    for deadline in &status.deadlines {
        check_day(deadline.by)?;
        check_source(&deadline.source)?;
    }
    Ok(())
}

/// A month and day that every year has (so not 29 February).
fn check_day(day: DayOfYear) -> Result<(), FieldProblem> {
    if chrono::NaiveDate::from_ymd_opt(2001, day.month, day.day).is_none() {
        return Err((
            "by",
            format!(
                "month {} day {} is not a day every year has",
                day.month, day.day
            ),
        ));
    }
    Ok(())
}

fn check_source(source: &Source) -> Result<(), FieldProblem> {
    if source.fact.trim().is_empty() || source.cite.trim().is_empty() {
        return Err((
            "fact",
            "each source says what it establishes (`fact`) and where (`cite`)".into(),
        ));
    }
    Ok(())
}

/// One usable rules file and where it came from.
#[derive(Debug, Clone)]
pub struct RulesEntry {
    pub rules: ComplianceRules,
    pub source: RubricSource,
}

/// Every loaded rules file, and the files that did not load.
#[derive(Debug, Clone, Default)]
pub struct RuleSets {
    pub entries: Vec<RulesEntry>,
    pub errors: Vec<RubricError>,
}

impl RuleSets {
    /// Bundled rules, then `*.ron` files in each folder, in order.
    #[must_use]
    pub fn load(folders: &[PathBuf]) -> RuleSets {
        let mut sets = RuleSets::default();
        for (name, text) in BUNDLED {
            sets.add(
                &format!("bundled:rules/{name}"),
                text.as_bytes(),
                RubricSource::Bundled,
            );
        }
        for folder in folders {
            sets.add_folder(folder);
        }
        sets
    }

    #[must_use]
    pub fn get(&self, id: &str) -> Option<&ComplianceRules> {
        self.entries
            .iter()
            .find(|e| e.rules.id == id)
            .map(|e| &e.rules)
    }

    /// The sentence refusing an id no loaded file has, naming those that are.
    #[must_use]
    pub fn not_loaded(&self, id: &str) -> String {
        let known: Vec<&str> = self.entries.iter().map(|e| e.rules.id.as_str()).collect();
        format!(
            "there are no compliance rules `{id}`; the loaded rules are {}",
            known.join(", ")
        )
    }

    fn add_folder(&mut self, folder: &Path) {
        let Ok(listing) = std::fs::read_dir(folder) else {
            return;
        };
        for file in
            crate::rubric::read_data_files(listing, "ron", MAX_RULES_BYTES, &mut self.errors)
        {
            self.add(&file.label, &file.bytes, RubricSource::File(file.path));
        }
    }

    fn add(&mut self, label: &str, bytes: &[u8], source: RubricSource) {
        match parse_rules(label, bytes) {
            Ok(rules) => {
                let entry = RulesEntry { rules, source };
                match self
                    .entries
                    .iter_mut()
                    .find(|e| e.rules.id == entry.rules.id)
                {
                    Some(existing) => *existing = entry,
                    None => self.entries.push(entry),
                }
            }
            Err(error) => self.errors.push(error),
        }
    }
}
