//! `teacher-eval educator archive | unarchive`: an educator who left, and back.

use std::process::ExitCode;

use super::output::{fail, open_for_writing, print_out};
use crate::files::folders::Folders;
use crate::workspace::{ArchiveChange, Workspace};

pub fn archive(id: &str, by: &str, reason: &str, folders: &Folders) -> ExitCode {
    let workspace = match existing_workspace(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.archive_educator(id, by, reason) {
        Ok(ArchiveChange {
            educator,
            changed: true,
        }) => said(&format!(
            "Archived {} ({}): hidden from the roster and the overview, kept in the summaries of the years they worked; `teacher-eval educator unarchive {}` brings them back.",
            educator.name, educator.id, educator.id
        )),
        Ok(ArchiveChange { educator, .. }) => said(&format!(
            "{} ({}) was already archived{}; nothing changed.",
            educator.name,
            educator.id,
            educator
                .archived
                .as_ref()
                .map(|a| format!(" on {}", a.at.date_naive()))
                .unwrap_or_default()
        )),
        Err(e) => fail(format!("{e}.")),
    }
}

pub fn unarchive(id: &str, folders: &Folders) -> ExitCode {
    let workspace = match existing_workspace(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.unarchive_educator(id) {
        Ok(ArchiveChange {
            educator,
            changed: true,
        }) => said(&format!(
            "{} ({}) is back on the roster.",
            educator.name, educator.id
        )),
        Ok(ArchiveChange { educator, .. }) => said(&format!(
            "{} ({}) is not archived; nothing changed.",
            educator.name, educator.id
        )),
        Err(e) => fail(format!("{e}.")),
    }
}

/// The workspace to change, without creating one where there is none.
pub(super) fn existing_workspace(folders: &Folders) -> Result<Workspace, ExitCode> {
    if !folders.workspace.is_dir() {
        return Err(fail(format!(
            "there is no workspace at {}.",
            folders.workspace.display()
        )));
    }
    open_for_writing(folders)
}

fn said(sentence: &str) -> ExitCode {
    print_out(&format!("{sentence}\n"));
    ExitCode::SUCCESS
}
