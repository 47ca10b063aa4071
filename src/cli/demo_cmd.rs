//! `teacher-eval demo`: writes the sample workspace, showing progress.

use std::process::ExitCode;

use super::output::say;
use super::output::{catalog, fail, open_for_writing, print_out, progress};
use crate::files::folders::Folders;

/// More educators than any real district has; larger asks are refused.
const MAX_EDUCATORS: usize = 100_000;

pub fn run(educators: usize, seed: u64, folders: &Folders) -> ExitCode {
    if educators == 0 || educators > MAX_EDUCATORS {
        return fail(format!(
            "--educators must be between 1 and {MAX_EDUCATORS}."
        ));
    }
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let catalog = catalog(folders);
    let today = crate::clock::local_now().date_naive();
    let written = crate::demo::write_demo(
        &workspace,
        educators,
        seed,
        today,
        &catalog,
        &progress("Writing records"),
    );
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        say!();
    }
    let written = match written {
        Ok(written) => written,
        Err(message) => return fail(format!("{message}.")),
    };
    print_out(&format!(
        "Wrote {} and {}, with {}, to {}.\n",
        crate::text::count(written.educators, "educator", "educators"),
        crate::text::count(written.observations, "observation", "observations"),
        crate::text::count(written.measures, "student measure", "student measures"),
        folders.workspace.display()
    ));
    ExitCode::SUCCESS
}
