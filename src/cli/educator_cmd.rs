//! `teacher-eval educator add | list`.

// Writing to a String cannot fail: hence `let _ = writeln!(…)`.
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::output::{catalog, fail, load_for_reading, open_for_writing, print_out};
use crate::files::folders::Folders;
use crate::record::roster::{NewEducator, school_level_key};
use crate::record::{Educator, now};
use crate::workspace::{Kind, Reading};

pub fn add(new: &NewEducator, folders: &Folders) -> ExitCode {
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

/// Which educators `educator list` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Those on the roster (not archived).
    Roster,
    Archived,
    All,
}

impl Which {
    pub fn new(all: bool, archived: bool) -> Which {
        match (all, archived) {
            (true, _) => Which::All,
            (false, true) => Which::Archived,
            (false, false) => Which::Roster,
        }
    }

    fn shows(self, educator: &Educator) -> bool {
        match self {
            Which::Roster => !educator.is_archived(),
            Which::Archived => educator.is_archived(),
            Which::All => true,
        }
    }
}

pub fn list(json: bool, which: Which, folders: &Folders) -> ExitCode {
    // The text counts each educator's observations; JSON needs only the educators.
    let reading = if json {
        Reading::EDUCATORS
    } else {
        Reading::EDUCATORS.and(Kind::Observations)
    };
    let contents = match load_for_reading(folders, reading) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let shown = contents.educators.iter().filter(|e| which.shows(e));
    if json {
        // One row's JSON at a time: a district's list is never held as values.
        let mut out = String::from("[");
        for (i, e) in shown.enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&educator_json(e).to_string());
        }
        out.push_str("]\n");
        print_out(&out);
    } else {
        let mut out = String::new();
        for e in shown {
            let observations = contents.observations_of(&e.id).count();
            let _ = writeln!(
                out,
                "{}  {}  ({}, {} school, {})  {}  {} observation{}",
                e.id,
                e.name,
                e.school,
                school_level_key(e.level),
                e.role,
                e.rubric_id,
                observations,
                if observations == 1 { "" } else { "s" }
            );
            if let Some(archived) = &e.archived {
                out.insert_str(
                    out.len() - 1,
                    &format!("  archived {}", archived.at.date_naive()),
                );
            }
        }
        print_out(&out);
    }
    ExitCode::SUCCESS
}

pub(super) fn educator_json(e: &Educator) -> serde_json::Value {
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
        "degree_level": e.qualifications.degree_level.map(crate::record::DegreeLevel::key),
        "certifications": e.qualifications.certifications.iter().map(|c| &c.name).collect::<Vec<_>>(),
        "certification_details": e.qualifications.certifications.iter().map(|c| json!({
            "name": c.name,
            "number": c.number,
            "issued": c.issued.map(|d| d.to_string()),
            "expires": c.expires.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
        "employee_id": e.roster_ids.employee_id,
        "sourced_id": e.roster_ids.sourced_id,
        "email": e.roster_ids.email,
        "archived": e.archived.as_ref().map(|a| json!({
            "at": a.at.to_rfc3339(),
            "by": a.by,
            "reason": a.reason,
        })),
    })
}
