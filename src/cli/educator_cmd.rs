//! `teacher-eval educator add | list` and `teacher-eval roster import`.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::output::{catalog, fail, load_for_reading, open_for_writing, print_out};
use crate::folders::Folders;
use crate::record::roster::{NewEducator, school_level_key};
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
    let bytes = match crate::bounded::read_bounded(file, crate::record::roster::MAX_ROSTER_BYTES) {
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
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match crate::workspace::import_roster(&workspace, &bytes, &catalog) {
        Ok(report) => {
            for error in &report.errors {
                eprintln!("{}:{}: {}", file.display(), error.line, error.message);
            }
            print_out(&format!("{}\n", report.summary()));
            if report.errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(format!("{}: {e}.", file.display())),
    }
}
