//! Student measures in a workspace: the rules a score must meet, one record
//! per educator, school year, measure and title (a second entry updates the
//! first), the state's CSV imported all or nothing, and removing a record
//! with its last version kept in its history. The window and the command
//! line call the same functions.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;

use super::{Contents, Kind, Reading, Workspace, WorkspaceError};
use crate::files::csv_rows::{RowError, shown};
use crate::record::measure_csv::{MeasureRow, Named, parse_measure_csv};
use crate::record::{Educator, IdKind, Measure, MeasurePlan, RECORD_SCHEMA, Timestamp, new_id};
use crate::scoring::{MeasureRule, Profiles, parse_school_year, trim_number};

/// One score to record: what it is for, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureEntry {
    pub educator_id: String,
    /// The stored form, "2026-27".
    pub school_year: String,
    /// A profile's measure id.
    pub measure: String,
    pub title: String,
    /// `None` while pending.
    pub score: Option<f64>,
    /// `None` keeps the record's source (none for a new record).
    pub source: Option<String>,
    /// `None` keeps the record's date (none for a new record).
    pub date: Option<NaiveDate>,
}

/// What recording an entry did to the workspace's records.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    Added,
    /// An existing record's score, source or date changed; its score before.
    Updated {
        was: Option<f64>,
    },
    /// The record already says this.
    Unchanged,
}

/// A record as an entry leaves it, and what changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Upserted {
    pub measure: Measure,
    pub change: Change,
}

/// Why a measure was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    /// The entry breaks a rule; the sentence says which.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Workspace(#[from] WorkspaceError),
}

/// Why an import wrote nothing, or stopped part way.
#[derive(Debug, thiserror::Error)]
pub enum MeasureImportError {
    /// The file as a whole is wrong.
    #[error("{0}; nothing was written")]
    File(String),
    /// Some rows are wrong, each by its line.
    #[error("{} of the file {} problems; nothing was written", crate::text::count(.0.len(), "row", "rows"), if .0.len() == 1 { "has" } else { "have" })]
    Rows(Vec<RowError>),
    /// Writing stopped part way; `written` records were saved.
    #[error("{source}; {written} records were written before it stopped")]
    Write {
        written: usize,
        source: WorkspaceError,
    },
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeasureImport {
    /// Every row's record as it now stands, in file order.
    pub records: Vec<Upserted>,
}

impl MeasureImport {
    fn count(&self, wanted: fn(&Change) -> bool) -> usize {
        self.records.iter().filter(|u| wanted(&u.change)).count()
    }

    /// "Added 3 student measures, updated 1, unchanged 2."
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "Added {}, updated {}, unchanged {}.",
            crate::text::count(
                self.count(|c| *c == Change::Added),
                "student measure",
                "student measures"
            ),
            self.count(|c| matches!(c, Change::Updated { .. })),
            self.count(|c| *c == Change::Unchanged)
        )
    }
}

/// The key that makes a record the one an entry updates.
type Key = (String, String, String, String);

fn key_of(educator_id: &str, year: &str, measure: &str, title: &str) -> Key {
    (
        educator_id.to_string(),
        year.to_string(),
        measure.to_string(),
        crate::text::folded(title),
    )
}

/// The rules a measure entry meets, over one reading of the workspace.
pub struct MeasureRules<'a> {
    contents: &'a Contents,
    profiles: &'a Profiles,
    known: BTreeSet<&'a str>,
    existing: HashMap<Key, &'a Measure>,
    by_id: HashMap<&'a str, &'a Educator>,
    by_name: HashMap<(String, String), Vec<&'a Educator>>,
    /// The profile of each stored evaluation, by educator and year, as
    /// `Contents::summative_for` chooses among two.
    evaluated: HashMap<(&'a str, &'a str), &'a str>,
}

impl<'a> MeasureRules<'a> {
    /// What the rules read: who the educators are, their measures and evaluations.
    pub const READING: Reading = Reading::EDUCATORS.and(Kind::Measures).and(Kind::Summatives);

    #[must_use]
    pub fn new(contents: &'a Contents, profiles: &'a Profiles) -> MeasureRules<'a> {
        let known = profiles
            .entries
            .iter()
            .flat_map(|e| e.profile.measures.iter().map(|m| m.id.as_str()))
            .collect();
        let existing = contents
            .measures
            .iter()
            .map(|m| {
                let key = key_of(&m.educator_id, &m.school_year, &m.measure, &m.title);
                (key, m)
            })
            .collect();
        let mut by_name: HashMap<(String, String), Vec<&Educator>> = HashMap::new();
        for e in &contents.educators {
            let key = (crate::text::folded(&e.name), crate::text::folded(&e.school));
            by_name.entry(key).or_default().push(e);
        }
        let mut years: HashMap<(&str, &str), Vec<&crate::record::Summative>> = HashMap::new();
        for s in &contents.summatives {
            years
                .entry((s.educator_id.as_str(), s.school_year.as_str()))
                .or_default()
                .push(s);
        }
        let evaluated = years
            .into_iter()
            .filter_map(|(key, list)| {
                super::latest_summative(list).map(|s| (key, s.profile_id.as_str()))
            })
            .collect();
        MeasureRules {
            contents,
            profiles,
            known,
            existing,
            by_id: contents
                .educators
                .iter()
                .map(|e| (e.id.as_str(), e))
                .collect(),
            by_name,
            evaluated,
        }
    }

    /// The educator the entry is for, when it meets every rule: the
    /// educator is in the workspace, a loaded profile counts the measure,
    /// and the score fits the range the educator's profile gives it.
    pub fn check(&self, entry: &MeasureEntry) -> Result<&'a Educator, String> {
        let educator = self
            .by_id
            .get(entry.educator_id.as_str())
            .copied()
            .ok_or_else(|| {
                format!(
                    "there is no educator with the id `{}` in the workspace",
                    entry.educator_id
                )
            })?;
        if !self.known.contains(entry.measure.as_str()) {
            return Err(format!(
                "no loaded scoring profile counts a measure `{}`; the measures are {}",
                entry.measure,
                self.known.iter().copied().collect::<Vec<_>>().join(", ")
            ));
        }
        if let Some(score) = entry.score {
            self.check_score(educator, &entry.school_year, &entry.measure, score)?;
        }
        Ok(educator)
    }

    /// The score against the range of the profile the educator's evaluation
    /// of the year is scored under (the stored one's, else the workspace's
    /// for the role); when that profile does not count the measure, against
    /// the widest range any loaded profile gives it.
    fn check_score(
        &self,
        educator: &Educator,
        year: &str,
        measure: &str,
        score: f64,
    ) -> Result<(), String> {
        if !score.is_finite() {
            return Err("the score is not a finite number".into());
        }
        let profile_id = self
            .evaluated
            .get(&(educator.id.as_str(), year))
            .copied()
            .unwrap_or_else(|| self.contents.settings.profile_for(&educator.role));
        let rule = |profile: &'a crate::scoring::ScoringProfile| {
            profile.measures.iter().find(|m| m.id == measure)
        };
        if let Some(profile) = self.profiles.get(profile_id)
            && let Some(rule) = rule(profile)
        {
            return within(rule.range, score).then_some(()).ok_or_else(|| {
                format!(
                    "the score {} is outside the {} that {} gives {}",
                    trim_number(score),
                    range_text(rule.range),
                    profile.title,
                    rule.name
                )
            });
        }
        let rules: Vec<&MeasureRule> = self
            .profiles
            .entries
            .iter()
            .filter_map(|e| rule(&e.profile))
            .collect();
        let widest = rules
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |w, r| {
                (w.0.min(r.range.0), w.1.max(r.range.1))
            });
        if rules.is_empty() || within(widest, score) {
            Ok(())
        } else {
            Err(format!(
                "the score {} is outside the {} any loaded profile gives the measure `{measure}`",
                trim_number(score),
                range_text(widest)
            ))
        }
    }

    /// The record an entry leaves: the existing one of the same educator,
    /// year, measure and title with its score, source and date replaced,
    /// else a new one.
    #[must_use]
    pub fn upsert(&self, entry: &MeasureEntry, now: Timestamp) -> Upserted {
        let key = key_of(
            &entry.educator_id,
            &entry.school_year,
            &entry.measure,
            &entry.title,
        );
        let Some(old) = self.existing.get(&key) else {
            return Upserted {
                measure: new_measure(entry, now),
                change: Change::Added,
            };
        };
        let mut measure = (*old).clone();
        measure.score = entry.score;
        if let Some(source) = &entry.source {
            measure.source.clone_from(source);
        }
        if entry.date.is_some() {
            measure.date = entry.date;
        }
        if measure == **old {
            return Upserted {
                measure,
                change: Change::Unchanged,
            };
        }
        measure.changed = now;
        Upserted {
            measure,
            change: Change::Updated { was: old.score },
        }
    }

    /// A CSV row as an entry: its educator found by id, or by name and
    /// school (one educator only), its school year read (the row's, else
    /// `default_year`). A row without a source gets `origin, line N`.
    pub fn entry_of(
        &self,
        row: &MeasureRow,
        default_year: Option<&str>,
        origin: &str,
    ) -> Result<MeasureEntry, String> {
        let educator_id = match &row.who {
            Named::Id(id) => id.clone(),
            Named::Person { name, school } => self.named(name, school)?.id.clone(),
        };
        let school_year = match (row.school_year.trim(), default_year) {
            ("", Some(year)) => year.to_string(),
            ("", None) => {
                return Err(
                    "the row has no school year; fill in its school_year or give --year".into(),
                );
            }
            (text, _) => parse_school_year(text)?,
        };
        let source = if row.source.is_empty() {
            format!("{origin}, line {}", row.line)
        } else {
            row.source.clone()
        };
        Ok(MeasureEntry {
            educator_id,
            school_year,
            measure: row.measure.clone(),
            title: row.title.clone(),
            score: row.score,
            source: Some(source),
            date: row.date,
        })
    }

    /// The one educator with this name at this school, compared without case.
    fn named(&self, name: &str, school: &str) -> Result<&'a Educator, String> {
        let key = (crate::text::folded(name), crate::text::folded(school));
        match self.by_name.get(&key).map(Vec::as_slice) {
            Some([one]) => Ok(one),
            Some(many) if many.len() > 1 => Err(format!(
                "{} educators are named {} at {}; give this row's educator_id instead",
                many.len(),
                shown(name),
                shown(school)
            )),
            _ => Err(format!(
                "no educator named {} at {} is in the workspace",
                shown(name),
                shown(school)
            )),
        }
    }
}

fn within((low, high): (f64, f64), score: f64) -> bool {
    score >= low - 1e-9 && score <= high + 1e-9
}

fn range_text((low, high): (f64, f64)) -> String {
    format!("range {}-{}", trim_number(low), trim_number(high))
}

fn new_measure(entry: &MeasureEntry, now: Timestamp) -> Measure {
    Measure {
        schema: RECORD_SCHEMA,
        id: new_id(IdKind::Measure),
        educator_id: entry.educator_id.clone(),
        school_year: entry.school_year.clone(),
        measure: entry.measure.clone(),
        title: entry.title.clone(),
        score: entry.score,
        source: entry.source.clone().unwrap_or_default(),
        date: entry.date,
        plan: MeasurePlan::default(),
        created: now,
        changed: now,
    }
}

/// Every row of a measures CSV as the record it leaves, or every bad row
/// by its line: a row that does not read, names no one or more than one
/// educator, breaks a rule, or repeats an earlier row's educator, year,
/// measure and title. Nothing is written.
pub fn plan_measure_import(
    contents: &Contents,
    profiles: &Profiles,
    bytes: &[u8],
    origin: &str,
    default_year: Option<&str>,
) -> Result<Vec<Upserted>, MeasureImportError> {
    let file = parse_measure_csv(bytes).map_err(MeasureImportError::File)?;
    let rules = MeasureRules::new(contents, profiles);
    let now = crate::record::now();
    let mut errors = file.errors;
    let mut seen: HashMap<Key, u64> = HashMap::new();
    let mut planned = Vec::with_capacity(file.rows.len());
    for row in &file.rows {
        let checked = rules.entry_of(row, default_year, origin).and_then(|entry| {
            rules.check(&entry)?;
            let key = key_of(
                &entry.educator_id,
                &entry.school_year,
                &entry.measure,
                &entry.title,
            );
            if let Some(first) = seen.insert(key, row.line) {
                return Err(format!(
                    "it repeats line {first}: the same educator, school year, measure and title"
                ));
            }
            Ok(rules.upsert(&entry, now))
        });
        match checked {
            Ok(upserted) => planned.push(upserted),
            Err(message) => errors.push(RowError {
                line: row.line,
                message,
            }),
        }
    }
    if errors.is_empty() {
        Ok(planned)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(MeasureImportError::Rows(errors))
    }
}

/// Imports a measures CSV: when every row is good, each new or changed
/// record is saved (atomically, from several threads); otherwise nothing is.
pub fn import_measures(
    workspace: &Workspace,
    profiles: &Profiles,
    bytes: &[u8],
    origin: &str,
    default_year: Option<&str>,
) -> Result<MeasureImport, MeasureImportError> {
    let contents = workspace.load_with(MeasureRules::READING, &super::Progress::default());
    let records = plan_measure_import(&contents, profiles, bytes, origin, default_year)?;
    let changed: Vec<&Upserted> = records
        .iter()
        .filter(|u| u.change != Change::Unchanged)
        .collect();
    let written = AtomicUsize::new(0);
    super::parallel::save_each(workspace.root(), &changed, |u| {
        save_upserted(workspace, u)?;
        written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    })
    .map_err(|source| MeasureImportError::Write {
        written: written.load(Ordering::Relaxed),
        source,
    })?;
    log::info!("student measures imported: {} rows", records.len());
    Ok(MeasureImport { records })
}

fn save_upserted(workspace: &Workspace, upserted: &Upserted) -> Result<(), WorkspaceError> {
    match upserted.change {
        Change::Added => workspace.create(&upserted.measure),
        Change::Updated { .. } => workspace.save(&upserted.measure),
        Change::Unchanged => Ok(()),
    }
}

/// Records one entry (`teacher-eval measures set`, the evaluation screen),
/// by the same rules as an import.
pub fn set_measure(
    workspace: &Workspace,
    profiles: &Profiles,
    entry: &MeasureEntry,
) -> Result<Upserted, MeasureError> {
    let contents = workspace.load_with(MeasureRules::READING, &super::Progress::default());
    let rules = MeasureRules::new(&contents, profiles);
    rules.check(entry).map_err(MeasureError::Invalid)?;
    let upserted = rules.upsert(entry, crate::record::now());
    save_upserted(workspace, &upserted)?;
    Ok(upserted)
}

/// A measure record removed, and the number of its version kept in history.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub measure: Measure,
    pub version: u64,
}

impl Workspace {
    /// Removes the measure record `id`. Its content is kept first as the
    /// newest version in its history, so `history restore` brings it back.
    pub fn remove_measure(&self, id: &str) -> Result<Removed, WorkspaceError> {
        let (measure, version) = self.remove_keeping_history::<Measure>(id)?;
        Ok(Removed { measure, version })
    }
}
