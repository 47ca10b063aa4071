//! `teacher-eval educator show | degree | cert`: one educator's facts and
//! qualifications, and changing the degree and certifications.

// Writing to a String cannot fail: hence `let _ = writeln!(…)`.
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::CertCommand;
use super::archive_cmd::existing_workspace;
use super::output::{fail, load_for_reading, print_out};
use crate::files::folders::Folders;
use crate::record::roster::school_level_key;
use crate::record::{CertificationText, DateOrder, DegreeLevel, Educator, shortfalls};
use crate::workspace::{ArchiveChange, Reading};

pub fn show(id: &str, json: bool, folders: &Folders) -> ExitCode {
    let contents = match load_for_reading(folders, Reading::EDUCATORS) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let Some(e) = contents.educator(id) else {
        return fail(format!(
            "there is no educator with the id `{}` in the workspace.",
            crate::files::csv_rows::shown(id)
        ));
    };
    let today = crate::clock::local_now().date_naive();
    let minimum = contents.settings.minimum_degree(&e.role);
    let short = shortfalls(&e.qualifications, minimum, today);
    if json {
        let mut value = super::educator_cmd::educator_json(e);
        value["minimum_degree"] = json!(minimum.map(DegreeLevel::key));
        value["shortfalls"] = json!(short.iter().map(ToString::to_string).collect::<Vec<_>>());
        print_out(&format!("{value:#}\n"));
        return ExitCode::SUCCESS;
    }
    let mut out = facts(e);
    let _ = writeln!(out, "degree: {}", degree_line(e));
    if e.qualifications.certifications.is_empty() {
        out.push_str("certifications: none recorded\n");
    }
    for c in &e.qualifications.certifications {
        let warning = c
            .warning(today)
            .map(|w| format!(" — {w}"))
            .unwrap_or_default();
        let _ = writeln!(out, "certification: {}{warning}", c.described());
    }
    if let Some(minimum) = minimum {
        let _ = writeln!(out, "minimum degree for {}: {minimum}", e.role);
    }
    for s in &short {
        let _ = writeln!(
            out,
            "{}: {s}",
            if s.falls_short() {
                "falls short"
            } else {
                "not known"
            }
        );
    }
    print_out(&out);
    ExitCode::SUCCESS
}

/// The facts every educator has, one per line.
fn facts(e: &Educator) -> String {
    let mut out = format!("{}  {}\n", e.id, e.name);
    for (label, value) in [
        ("school", e.school.clone()),
        ("level", school_level_key(e.level).to_string()),
        ("role", e.role.clone()),
        ("subject", e.subject.clone()),
        ("employment", e.employment.to_string()),
        ("evaluator", e.evaluator.clone()),
        ("rubric", e.rubric_id.clone()),
    ] {
        if !value.is_empty() {
            let _ = writeln!(out, "{label}: {value}");
        }
    }
    out
}

/// "M.Ed. Educational Technology (master's)", or what is missing.
fn degree_line(e: &Educator) -> String {
    let q = &e.qualifications;
    match (q.degree.as_str(), q.degree_level) {
        ("", None) => "not recorded".into(),
        (text, None) => format!("{text} (level not recorded)"),
        ("", Some(level)) => level.to_string(),
        (text, Some(level)) => format!("{text} ({level})"),
    }
}

pub fn degree(id: &str, level: Option<&str>, text: Option<&str>, folders: &Folders) -> ExitCode {
    if level.is_none() && text.is_none() {
        return fail("give --level, --text or both; nothing was changed.");
    }
    let level = match level.map(str::trim) {
        None => None,
        Some("unrecorded") => Some(None),
        Some(word) => match DegreeLevel::parse(word) {
            Ok(level) => Some(Some(level)),
            Err(e) => return fail(format!("{e}, or unrecorded; nothing was changed.")),
        },
    };
    let workspace = match existing_workspace(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.set_degree(id, level, text) {
        Ok(change) => said(
            &change,
            &format!("degree: {}", degree_line(&change.educator)),
        ),
        Err(e) => fail(format!("{e}.")),
    }
}

pub fn cert(command: CertCommand, folders: &Folders) -> ExitCode {
    let workspace = match existing_workspace(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match command {
        CertCommand::Add {
            id,
            name,
            number,
            issued,
            expires,
        } => {
            let typed = CertificationText {
                name,
                number,
                issued,
                expires,
            };
            let certification = match typed.parse(DateOrder::from_env()) {
                Ok(c) => c,
                Err(e) => return fail(format!("{e}; nothing was changed.")),
            };
            let described = certification.described();
            match workspace.put_certification(&id, certification) {
                Ok(change) => said(&change, &format!("certification: {described}")),
                Err(e) => fail(format!("{e}; nothing was changed.")),
            }
        }
        CertCommand::Remove { id, name } => match workspace.remove_certification(&id, &name) {
            Ok(change) => said(
                &change,
                &format!("removed the certification {}", name.trim()),
            ),
            Err(e) => fail(format!("{e}; nothing was changed.")),
        },
    }
}

/// "Ana Ruiz (edu-…): certification: …." or that nothing changed.
fn said(change: &ArchiveChange, what: &str) -> ExitCode {
    let e = &change.educator;
    let tail = if change.changed {
        ""
    } else {
        "; nothing changed"
    };
    print_out(&format!("{} ({}): {what}{tail}.\n", e.name, e.id));
    ExitCode::SUCCESS
}
