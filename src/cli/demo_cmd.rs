//! `teacher-eval demo`: writes the sample workspace, showing progress.

use std::process::ExitCode;

use super::output::{catalog, fail, open_for_writing, print_out};
use crate::folders::Folders;

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
    let existing = workspace.load();
    let held = existing.educators.len() + existing.observations.len() + existing.set_aside.len();
    if held > 0 {
        return fail(format!(
            "the workspace {} already holds {held} records; the demo is written into an empty workspace only, so real records are never mixed with sample ones.",
            folders.workspace.display()
        ));
    }
    let catalog = catalog(folders);
    let today = chrono::Local::now().date_naive();
    let demo = crate::demo::generate(educators, seed, today, &catalog);
    let total = demo.educators.len() + demo.observations.len();
    let report = progress(total);
    let after_educators = demo.educators.len();
    let written = workspace
        .create_all(&demo.educators, &|n| report(n))
        .and_then(|()| workspace.create_all(&demo.observations, &|n| report(after_educators + n)));
    if let Err(e) = written {
        eprintln!();
        return fail(format!("{e}."));
    }
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        eprintln!();
    }
    print_out(&format!(
        "Wrote {} educators and {} observations to {}.\n",
        demo.educators.len(),
        demo.observations.len(),
        folders.workspace.display()
    ));
    ExitCode::SUCCESS
}

/// Prints "Writing records: N of M" on a terminal's stderr, at most every 2%
/// of the way; scripts and logs get only the final line.
fn progress(total: usize) -> impl Fn(usize) + Sync {
    use std::io::IsTerminal;
    let terminal = std::io::stderr().is_terminal();
    let step = (total / 50).max(1);
    move |n| {
        if terminal && (n % step == 0 || n == total) {
            eprint!("\rWriting records: {n} of {total}");
        }
    }
}
