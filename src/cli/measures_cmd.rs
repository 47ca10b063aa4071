//! `teacher-eval measures import | set | list | remove`: student measures,
//! one score per educator, school year, measure and title, by the rules in
//! `workspace::measures`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::output::{fail, load_for_reading, open_for_writing, print_out, say};
use super::school_year::{profiles, school_year};
use crate::files::folders::Folders;
use crate::record::Measure;
use crate::record::measure_csv::{
    MAX_MEASURE_CSV_BYTES, educator_id, limited, measure_id, parse_iso_date, parse_score,
};
use crate::scoring::trim_number;
use crate::workspace::{
    Change, Contents, Kind, MeasureEntry, MeasureImportError, Progress, Reading, Upserted,
    import_measures, set_measure,
};

/// Bad rows printed before the rest are only counted.
const ROWS_SHOWN: usize = 50;

/// Imports every row of the file, or, when any row is bad, reports each by
/// line and writes nothing.
pub fn import(file: &Path, year: Option<&str>, folders: &Folders) -> ExitCode {
    let default_year = match year.map(|y| school_year(Some(y))).transpose() {
        Ok(year) => year,
        Err(message) => return fail(message),
    };
    let bytes = match crate::files::bounded::read_bounded(file, MAX_MEASURE_CSV_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            return fail(format!(
                "the file {} cannot be read: {}.",
                file.display(),
                crate::workspace::plain(&e)
            ));
        }
    };
    let profiles = profiles(folders);
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let origin = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    match import_measures(
        &workspace,
        &profiles,
        &bytes,
        &origin,
        default_year.as_deref(),
    ) {
        Ok(import) => {
            print_out(&format!("{}\n", import.summary()));
            ExitCode::SUCCESS
        }
        Err(MeasureImportError::Rows(errors)) => {
            for error in errors.iter().take(ROWS_SHOWN) {
                let message = error.message.trim_end_matches('.');
                say!("{}:{}: {message}.", file.display(), error.line);
            }
            if errors.len() > ROWS_SHOWN {
                say!(
                    "{}: {} more rows with problems are not shown.",
                    file.display(),
                    errors.len() - ROWS_SHOWN
                );
            }
            fail(format!(
                "{}: {}.",
                file.display(),
                MeasureImportError::Rows(errors)
            ))
        }
        Err(e) => fail(format!("{}: {e}.", file.display())),
    }
}

/// What `measures set` was given.
pub struct Set<'a> {
    pub educator: &'a str,
    pub measure: &'a str,
    pub score: &'a str,
    pub year: Option<&'a str>,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub date: Option<&'a str>,
}

/// Records one score, or updates the record of the same educator, year,
/// measure and title.
pub fn set(args: &Set, folders: &Folders) -> ExitCode {
    let entry = match entry(args) {
        Ok(entry) => entry,
        Err(message) => return fail(format!("{}.", message.trim_end_matches('.'))),
    };
    let profiles = profiles(folders);
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match set_measure(&workspace, &profiles, &entry) {
        Ok(upserted) => {
            print_out(&format!("{}\n", said(&upserted)));
            let reading = Reading::only(Kind::Summatives);
            let contents = workspace.load_with(reading, &Progress::default());
            if contents
                .summative_for(&entry.educator_id, &entry.school_year)
                .is_some_and(|s| s.finalized.is_some())
            {
                say!(
                    "teacher-eval: the {} evaluation is finalised and keeps the scores it was finalised with until it is reopened.",
                    entry.school_year
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}.")),
    }
}

/// The command line's words as an entry, each checked for its form.
fn entry(args: &Set) -> Result<MeasureEntry, String> {
    Ok(MeasureEntry {
        educator_id: educator_id(args.educator)?,
        school_year: school_year(args.year)?,
        measure: measure_id(args.measure)?,
        title: limited("title", args.title)?,
        score: parse_score(args.score)?,
        source: args.source.map(|s| limited("source", s)).transpose()?,
        date: args.date.map(parse_iso_date).transpose()?.flatten(),
    })
}

/// "Added the student measure msr-… (building 2.5, 2026-27)." and the like.
fn said(upserted: &Upserted) -> String {
    let m = &upserted.measure;
    let what = format!("{} {}, {}", named(m), score_text(m.score), m.school_year);
    match upserted.change {
        Change::Added => format!("Added the student measure {} ({what}).", m.id),
        Change::Updated { was } => format!(
            "Updated the student measure {} ({what}; it was {}). The version it replaces is kept in its history.",
            m.id,
            score_text(was)
        ),
        Change::Unchanged => format!("The student measure {} already says this ({what}).", m.id),
    }
}

/// The measure id and, when it has one, its title.
fn named(m: &Measure) -> String {
    if m.title.is_empty() {
        m.measure.clone()
    } else {
        format!("{} \u{201c}{}\u{201d}", m.measure, m.title)
    }
}

fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "pending".into(), trim_number)
}

/// One line per record, or a JSON array.
pub fn list(
    year: Option<&str>,
    educator: Option<&str>,
    json_out: bool,
    folders: &Folders,
) -> ExitCode {
    let year = match year.map(|y| school_year(Some(y))).transpose() {
        Ok(year) => year,
        Err(message) => return fail(message),
    };
    let contents = match load_for_reading(folders, Reading::EDUCATORS.and(Kind::Measures)) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    if let Some(Err(message)) = educator.map(|id| super::school_year::educator(&contents, id)) {
        return fail(message);
    }
    let chosen: Vec<&Measure> = contents
        .measures
        .iter()
        .filter(|m| year.as_deref().is_none_or(|y| m.school_year == y))
        .filter(|m| educator.is_none_or(|id| m.educator_id == id))
        .collect();
    if json_out {
        let rows: Vec<_> = chosen.iter().map(|m| json_row(m)).collect();
        print_out(&format!("{}\n", serde_json::Value::Array(rows)));
    } else {
        print_out(&text_lines(&chosen, &contents));
    }
    ExitCode::SUCCESS
}

fn json_row(m: &Measure) -> serde_json::Value {
    json!({
        "id": m.id,
        "educator_id": m.educator_id,
        "school_year": m.school_year,
        "measure": m.measure,
        "title": m.title,
        "score": m.score,
        "status": if m.score.is_some() { "scored" } else { "pending" },
        "source": m.source,
        "date": m.date.map(|d| d.to_string()),
    })
}

fn text_lines(measures: &[&Measure], contents: &Contents) -> String {
    let mut out = String::new();
    for m in measures {
        let who = contents
            .educator(&m.educator_id)
            .map_or(m.educator_id.as_str(), |e| e.name.as_str());
        let mut line = format!(
            "{}  {}  {}  {}  {}",
            m.id,
            m.school_year,
            who,
            named(m),
            score_text(m.score)
        );
        if !m.source.is_empty() {
            let _ = write!(line, "  from {}", m.source);
        }
        if let Some(date) = m.date {
            let _ = write!(line, " ({date})");
        }
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Removes a record; its last version stays in its history.
pub fn remove(id: &str, folders: &Folders) -> ExitCode {
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.remove_measure(id) {
        Ok(removed) => {
            let m = &removed.measure;
            print_out(&format!(
                "Removed the student measure {} ({} {}, {}). Its last version is kept in its history: `teacher-eval history restore {} {}` brings it back.\n",
                m.id,
                named(m),
                score_text(m.score),
                m.school_year,
                m.id,
                removed.version
            ));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}.")),
    }
}
