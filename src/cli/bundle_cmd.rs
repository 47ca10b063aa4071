//! `teacher-eval export` and `teacher-eval import`: exchange bundles. A
//! bundle is checked whole before the workspace is even opened, so a
//! refused one leaves no trace, not even an empty workspace folder.

use std::path::Path;
use std::process::ExitCode;

use super::output::say;
use super::output::{fail, load_for_reading, open_for_writing, print_out, progress, show_progress};
use super::school_year;
use crate::folders::Folders;
use crate::words::count;
use crate::workspace::bundle::{ExportFilter, export_to, import_bundle, read_bundle};

pub fn export(
    out: &Path,
    school: Option<String>,
    year: Option<&str>,
    folders: &Folders,
) -> ExitCode {
    let year = match year.map(|y| school_year::school_year(Some(y))).transpose() {
        Ok(year) => year,
        Err(message) => return fail(message),
    };
    let contents = match load_for_reading(folders) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let filter = ExportFilter { school, year };
    let packed = match export_to(&contents, &filter, out) {
        Ok(packed) => packed,
        Err(message) => return fail(format!("{message}.")),
    };
    print_out(&format!("Wrote {}: {}.\n", out.display(), packed.summary()));
    if !contents.set_aside.is_empty() {
        say!(
            "teacher-eval: {} files that could not be read are not in the bundle (listed above).",
            contents.set_aside.len()
        );
    }
    ExitCode::SUCCESS
}

pub fn import(file: &Path, folders: &Folders) -> ExitCode {
    let bundle = match read_bundle(file) {
        Ok(bundle) => bundle,
        Err(e) => {
            return fail(format!(
                "the bundle {} is refused: {e}; nothing was imported.",
                file.display()
            ));
        }
    };
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let records = bundle.record_count();
    let shown = progress("Importing records");
    let outcome = import_bundle(&workspace, bundle, &shown);
    let wrote_any = match &outcome {
        Ok(o) => o.added + o.updated > 0,
        Err(stopped) => stopped.written > 0,
    };
    if show_progress() && wrote_any {
        say!();
    }
    match outcome {
        Ok(outcome) => {
            print_out(&format!(
                "Imported {} ({}) into {}: {}\n",
                file.display(),
                count(records, "record", "records"),
                folders.workspace.display(),
                outcome.summary()
            ));
            for conflict in &outcome.conflicts {
                print_out(&format!("conflict: {}: {}\n", conflict.file, conflict.why));
            }
            ExitCode::SUCCESS
        }
        Err(stopped) => fail(format!("{stopped}.")),
    }
}
