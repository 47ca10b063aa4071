//! `teacher-eval export` and `teacher-eval import`: exchange bundles. A
//! bundle is checked whole before the workspace is even opened, so a
//! refused one leaves no trace, not even an empty workspace folder. Export
//! seals only as told (a passphrase file, recipients, or plain on purpose),
//! and never prompts: it may run from a script with no one to answer.

use std::path::Path;
use std::process::ExitCode;

use super::output::say;
use super::output::{fail, load_for_reading, open_for_writing, print_out, progress, show_progress};
use super::{OpenArgs, SealArgs, school_year};
use crate::files::folders::Folders;
use crate::text::count;
use crate::workspace::bundle::{
    BundleError, ExportFilter, Identities, Opening, Passphrase, Seal, export_to, import_bundle,
    open_bundle, parse_recipient,
};

/// The three ways to seal, said when none is given.
const SEAL_WAYS: &str = "say how to seal the bundle: --passphrase-file FILE (the passphrase on \
     its first line), --recipient KEY (an age public key, once for each; district keys), or \
     --plain to write it unencrypted for anyone who gets the file";

/// How the export is sealed, from its options; the files named are read now.
fn seal_from(args: &SealArgs) -> Result<Seal, String> {
    if let Some(file) = &args.passphrase_file {
        return Passphrase::read_file(file)
            .map(Seal::Passphrase)
            .map_err(|e| format!("{e}; nothing was written."));
    }
    if !args.recipient.is_empty() {
        return args
            .recipient
            .iter()
            .map(|key| parse_recipient(key))
            .collect::<Result<Vec<_>, _>>()
            .map(Seal::Recipients)
            .map_err(|e| format!("{e}; nothing was written."));
    }
    if args.plain {
        return Ok(Seal::Plain);
    }
    Err(format!("{SEAL_WAYS}; nothing was written."))
}

/// How `import` and `summary` open bundles, from their options; the files named are read now.
pub(super) fn opening_from(args: &OpenArgs) -> Result<Opening, String> {
    if let Some(file) = &args.passphrase_file {
        return Passphrase::read_file(file)
            .map(Opening::Passphrase)
            .map_err(|e| e.to_string());
    }
    if let Some(file) = &args.identity {
        return Identities::read_file(file)
            .map(Opening::Identities)
            .map_err(|e| e.to_string());
    }
    Ok(if args.plain {
        Opening::Plain
    } else {
        Opening::NoKey
    })
}

/// What to give on the command line when a bundle was refused for want of it.
fn hint(e: &BundleError) -> &'static str {
    match e {
        BundleError::Sealed => " (give --passphrase-file FILE or --identity FILE)",
        BundleError::NotSealed => " (take a plain bundle with --plain)",
        _ => "",
    }
}

pub fn export(
    out: &Path,
    school: Option<String>,
    year: Option<&str>,
    seal: &SealArgs,
    folders: &Folders,
) -> ExitCode {
    let seal = match seal_from(seal) {
        Ok(seal) => seal,
        Err(message) => return fail(message),
    };
    let year = match year.map(|y| school_year::school_year(Some(y))).transpose() {
        Ok(year) => year,
        Err(message) => return fail(message),
    };
    let contents = match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let filter = ExportFilter { school, year };
    let packed = match export_to(&contents, &filter, &seal, out) {
        Ok(packed) => packed,
        Err(message) => return fail(format!("{message}.")),
    };
    print_out(&format!(
        "Wrote {} ({}): {}.\n",
        out.display(),
        seal.said(),
        packed.summary()
    ));
    for left_out in &packed.left_out {
        say!("teacher-eval: {left_out}");
    }
    if !contents.set_aside.is_empty() {
        say!(
            "teacher-eval: {} files that could not be read are not in the bundle (listed above).",
            contents.set_aside.len()
        );
    }
    ExitCode::SUCCESS
}

pub fn import(file: &Path, open: &OpenArgs, folders: &Folders) -> ExitCode {
    let opening = match opening_from(open) {
        Ok(opening) => opening,
        Err(message) => return fail(format!("{message}; nothing was imported.")),
    };
    let bundle = match open_bundle(file, &opening) {
        Ok(bundle) => bundle,
        Err(e) => {
            return fail(format!(
                "the bundle {} is refused: {e}; nothing was imported{}.",
                file.display(),
                hint(&e)
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
