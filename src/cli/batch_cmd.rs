//! `teacher-eval report batch`: every PDF of a school's educators into one
//! folder. It reads the workspace without locking it, as the other `report`
//! commands do, and saves nothing to it.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::BatchArgs;
use super::output::{catalog, fail, load_for_reading, print_out, say};
use super::school_year;
use crate::files::folders::Folders;
use crate::report::batch::{BatchRequest, Kinds, Sources, Typed, select, write_batch};
use crate::report::{Paper, ReportOptions};

pub fn run(args: &BatchArgs, folders: &Folders) -> ExitCode {
    let request = match request(args) {
        Ok(request) => request,
        Err(why) => return fail(why),
    };
    let contents = match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let selection = select(&contents, &request, crate::clock::local_now().date_naive());
    let options = ReportOptions {
        paper: args
            .paper
            .map_or_else(Paper::from_locale, super::PaperArg::paper),
        omit_student_names: false,
        generated: crate::record::now(),
        artifacts_from: Some(folders.workspace.clone()),
    };
    let sources = Sources {
        contents: &contents,
        catalog: Arc::new(catalog(folders)),
        profiles: Arc::new(school_year::profiles(folders)),
        options: &options,
    };
    let progress = |n: usize, total: usize| {
        if total >= 50 && n.is_multiple_of(total.div_ceil(10)) {
            say!("teacher-eval: {n} of {total} documents…");
        }
    };
    let stop = AtomicBool::new(false);
    let outcome = match write_batch(&sources, &request, &selection, &args.out, &progress, &stop) {
        Ok(outcome) => outcome,
        Err(why) => return fail(why),
    };
    for written in &outcome.written {
        print_out(&format!(
            "{}: {} {}, {} KB\n",
            args.out.join(&written.file_name).display(),
            written.pages,
            if written.pages == 1 { "page" } else { "pages" },
            written.bytes.div_ceil(1024)
        ));
    }
    for warning in &outcome.warnings {
        say!("teacher-eval: {warning}");
    }
    say!("teacher-eval: {}", outcome.said(&request));
    if outcome.halted.is_some() || !outcome.failed.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The request as typed, checked as the window checks it.
fn request(args: &BatchArgs) -> Result<BatchRequest, String> {
    Typed {
        school: args.school.as_deref().unwrap_or_default(),
        year: args.year.as_deref().unwrap_or_default(),
        from: args.from.as_deref().unwrap_or_default(),
        to: args.to.as_deref().unwrap_or_default(),
        kinds: Kinds {
            observations: args.observations,
            summatives: args.summatives,
            plans: args.plans,
        },
        drafts: args.drafts,
        replace: args.replace,
    }
    .request()
}
