//! `teacher-eval educator add | list` and `teacher-eval roster import`.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::output::{catalog, fail, load_for_reading, open_for_writing, print_out};
use crate::folders::Folders;
use crate::record::roster::{NewEducator, parse_roster, school_level_key};
use crate::record::{Educator, now};

pub fn add(new: NewEducator, folders: &Folders) -> ExitCode {
    let catalog = catalog(folders);
    let educator = match new.build(&catalog, now()) {
        Ok(educator) => educator,
        Err(message) => return fail(format!("the educator was not added: {message}.")),
    };
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.create(&educator) {
        Ok(()) => {
            print_out(&format!("{}\n", educator.id));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}.")),
    }
}

pub fn list(json: bool, folders: &Folders) -> ExitCode {
    let contents = match load_for_reading(folders) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    if json {
        let rows: Vec<_> = contents.educators.iter().map(educator_json).collect();
        print_out(&format!("{}\n", serde_json::Value::Array(rows)));
    } else {
        let mut out = String::new();
        for e in &contents.educators {
            let observations = contents.observations_of(&e.id).count();
            out.push_str(&format!(
                "{}  {}  ({}, {} school, {})  {}  {} observation{}\n",
                e.id,
                e.name,
                e.school,
                school_level_key(e.level),
                e.role,
                e.rubric_id,
                observations,
                if observations == 1 { "" } else { "s" }
            ));
        }
        print_out(&out);
    }
    ExitCode::SUCCESS
}

fn educator_json(e: &Educator) -> serde_json::Value {
    json!({
        "id": e.id,
        "name": e.name,
        "school": e.school,
        "role": e.role,
        "level": school_level_key(e.level),
        "subject": e.subject,
        "employment": e.employment.to_string(),
        "evaluator": e.evaluator,
        "rubric_id": e.rubric_id,
        "degree": e.qualifications.degree,
        "certifications": e.qualifications.certifications,
    })
}

/// Imports good rows, reports bad ones by line, and skips people already in
/// the workspace (same name and school), so importing twice adds nobody twice.
pub fn import_roster(file: &Path, folders: &Folders) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            return fail(format!(
                "the roster {} cannot be read: {}.",
                file.display(),
                crate::workspace::plain(&e)
            ));
        }
    };
    let catalog = catalog(folders);
    let roster = match parse_roster(&bytes, &catalog, now()) {
        Ok(roster) => roster,
        Err(message) => {
            return fail(format!(
                "{}: {message}; nothing was imported.",
                file.display()
            ));
        }
    };
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let existing = workspace.load();
    let mut seen: Vec<(String, String)> = existing.educators.iter().map(identity).collect();
    let (mut imported, mut skipped) = (0, 0);
    for educator in &roster.educators {
        let key = identity(educator);
        if seen.contains(&key) {
            skipped += 1;
            continue;
        }
        if let Err(e) = workspace.create(educator) {
            eprintln!("teacher-eval: {e}.");
            eprintln!(
                "teacher-eval: stopped after importing {imported} educators; the rest of the roster was not imported."
            );
            return ExitCode::FAILURE;
        }
        seen.push(key);
        imported += 1;
    }
    for error in &roster.errors {
        eprintln!("{}:{}: {}", file.display(), error.line, error.message);
    }
    let mut summary = format!(
        "Imported {imported} educator{}",
        if imported == 1 { "" } else { "s" }
    );
    if skipped > 0 {
        summary.push_str(&format!(
            "; {skipped} already in the workspace (same name and school) were skipped"
        ));
    }
    if !roster.errors.is_empty() {
        summary.push_str(&format!(
            "; {} row{} with problems not imported (listed above)",
            roster.errors.len(),
            if roster.errors.len() == 1 { "" } else { "s" }
        ));
    }
    print_out(&format!("{summary}.\n"));
    if roster.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn identity(e: &Educator) -> (String, String) {
    (e.name.to_lowercase(), e.school.to_lowercase())
}
