//! `teacher-eval observation list` and `observation start`.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::output::{fail, load_for_reading, print_out};
use crate::files::folders::Folders;
use crate::record::Observation;
use crate::workspace::{Contents, Reading};

pub fn list(educator: Option<&str>, json: bool, folders: &Folders) -> ExitCode {
    // JSON gives each record's fingerprint, which only the whole record has.
    let reading = if json {
        Reading::EVERYTHING
    } else {
        Reading::FOR_COUNTING
    };
    let contents = match load_for_reading(folders, reading) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    if let Some(Err(message)) = educator.map(|id| super::school_year::educator(&contents, id)) {
        return fail(message);
    }
    let observations: Vec<&Observation> = contents
        .observations
        .iter()
        .filter(|o| educator.is_none_or(|id| o.educator_id == id))
        .collect();
    if json {
        print_out(&format!("{}\n", json_rows(&observations, &contents)));
    } else {
        let mut out = String::new();
        for o in observations {
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "{}  {}  {}  {}  {}, {}  {}",
                o.id,
                o.started_at.format("%Y-%m-%d %H:%M"),
                name_of(&contents, &o.educator_id),
                o.kind.key(),
                crate::text::count(o.note_count(), "note", "notes"),
                o.rating_tally(),
                o.status.key()
            );
        }
        print_out(&out);
    }
    ExitCode::SUCCESS
}

/// The educator's name, or nothing for an educator not in the workspace.
fn name_of(contents: &Contents, id: &str) -> String {
    contents
        .educator(id)
        .map(|e| e.name.clone())
        .unwrap_or_default()
}

/// The observations as a JSON array, one object each.
fn json_rows(observations: &[&Observation], contents: &Contents) -> serde_json::Value {
    let rows: Vec<_> = observations
        .iter()
        .map(|o| {
            json!({
                "id": o.id,
                "educator_id": o.educator_id,
                "educator_name": name_of(contents, &o.educator_id),
                "kind": o.kind.key(),
                "announced": o.announced(),
                "started_at": o.started_at.to_rfc3339(),
                "duration_secs": o.duration_secs,
                "observer": o.observer,
                "rubric_id": o.rubric_id,
                "evidence_count": o.note_count(),
                "rated_count": o.rated_count(),
                "not_observed_count": o.rating_tally().not_observed,
                "status": o.status.key(),
                "fingerprint": crate::record::fingerprint(*o),
                "amended_after_acknowledgement":
                    crate::record::trail::amended_after_acknowledgement(*o),
            })
        })
        .collect();
    serde_json::Value::Array(rows)
}
