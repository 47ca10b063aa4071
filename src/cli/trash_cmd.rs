//! `teacher-eval observation delete` and `teacher-eval trash list | restore`:
//! draft observations made by mistake, moved to the trash and back.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::archive_cmd::existing_workspace;
use super::output::{fail, load_for_reading, print_out};
use crate::files::folders::Folders;
use crate::record::{Educator, Observation};
use crate::workspace::{Contents, TrashItem, Workspace};

pub fn delete(id: &str, folders: &Folders) -> ExitCode {
    let workspace = match existing_workspace(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.delete_draft(id) {
        Ok(observation) => {
            print_out(&format!(
                "Moved the draft observation {} ({}) to the trash; `teacher-eval trash restore {}` brings it back.\n",
                observation.id,
                what(&workspace, &observation),
                observation.id
            ));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}.")),
    }
}

pub fn restore(id: &str, folders: &Folders) -> ExitCode {
    let workspace = match existing_workspace(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.restore_from_trash(id) {
        Ok(observation) => {
            print_out(&format!(
                "Restored the observation {} ({}) from the trash.\n",
                observation.id,
                what(&workspace, &observation)
            ));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}.")),
    }
}

/// One line per record in the trash, or a JSON array with `json`.
pub fn list(json: bool, folders: &Folders) -> ExitCode {
    let contents = match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let items = match Workspace::open_read_only(&folders.workspace, "listing only")
        .map_err(crate::workspace::TrashError::from)
        .and_then(|workspace| workspace.trash())
    {
        Ok(items) => items,
        Err(e) => return fail(format!("{e}.")),
    };
    if json {
        print_out(&format!("{}\n", json_rows(&items, &contents)));
    } else {
        print_out(&text_lines(&items, &contents));
    }
    ExitCode::SUCCESS
}

/// The name of the observation's educator, else their id.
fn name_of(contents: &Contents, o: &Observation) -> String {
    contents
        .educator(&o.educator_id)
        .map_or_else(|| o.educator_id.clone(), |e| e.name.clone())
}

/// The trash as a JSON array, one object per record.
fn json_rows(items: &[TrashItem], contents: &Contents) -> serde_json::Value {
    let rows: Vec<_> = items
        .iter()
        .map(|item| {
            let record = item.record.as_ref().ok();
            json!({
                "id": item.id,
                "kind": item.kind,
                "educator_id": record.map(|o| o.educator_id.clone()),
                "educator_name": record.map(|o| name_of(contents, o)),
                "date": record.map(|o| o.started_at.date_naive().to_string()),
                "observation_kind": record.map(|o| o.kind.key()),
                "status": record.map(|o| o.status.key()),
                "deleted_at": item.deleted_at.map(|at| at.to_rfc3339()),
                "problem": item.record.as_ref().err(),
                "path": item.path.display().to_string(),
            })
        })
        .collect();
    serde_json::Value::Array(rows)
}

/// One line per record in the trash.
fn text_lines(items: &[TrashItem], contents: &Contents) -> String {
    let mut out = String::new();
    for item in items {
        let when = item
            .deleted_at
            .map(|at| at.format("%Y-%m-%d %H:%M"))
            .map_or_else(
                || "deleted at an unknown time".to_string(),
                |at| format!("deleted {at}"),
            );
        // Writing to a String cannot fail.
        let _ = match &item.record {
            Ok(o) => writeln!(
                out,
                "{}  {} ({})  {}  {}  {when}",
                item.id,
                item.kind,
                o.kind.key(),
                name_of(contents, o),
                o.started_at.date_naive()
            ),
            Err(why) => writeln!(
                out,
                "{}  {} that cannot be read ({why})  {when}",
                item.id, item.kind
            ),
        };
    }
    out
}

/// "Ana Ruiz, 2026-10-14": whose observation and of which day.
fn what(workspace: &Workspace, observation: &Observation) -> String {
    let name = workspace
        .read::<Educator>(&observation.educator_id)
        .map_or_else(|_| observation.educator_id.clone(), |e| e.name);
    format!("{name}, {}", observation.started_at.date_naive())
}
