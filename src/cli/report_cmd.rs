//! `teacher-eval report observation ID --out FILE.pdf`: reads the workspace
//! without locking it (like `observation list`) and writes one PDF.

use std::path::Path;
use std::process::ExitCode;

use super::output::{catalog, fail, load_for_reading, print_out};
use crate::folders::Folders;
use crate::report::{Paper, ReportOptions, observation_report, save_pdf};

pub fn observation(
    id: &str,
    out: &Path,
    paper: Option<Paper>,
    omit_student_names: bool,
    folders: &Folders,
) -> ExitCode {
    let contents = match load_for_reading(folders) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let Some(observation) = contents.observation(id) else {
        return fail(format!(
            "there is no observation with the id `{id}` in the workspace {} (see `teacher-eval observation list`).",
            folders.workspace.display()
        ));
    };
    let Some(educator) = contents.educator(&observation.educator_id) else {
        return fail(format!(
            "the observation `{id}` is of the educator `{}`, who is not in the workspace, so no report can name them.",
            observation.educator_id
        ));
    };
    let catalog = catalog(folders);
    let rubric = catalog.get(&observation.rubric_id).map(|e| &e.rubric);
    if rubric.is_none() {
        eprintln!(
            "teacher-eval: the rubric `{}` is not loaded; the report shows components by id only.",
            observation.rubric_id
        );
    }
    let options = ReportOptions {
        paper: paper.unwrap_or_else(Paper::from_locale),
        omit_student_names,
        generated: crate::record::now(),
    };
    let pdf = match observation_report(observation, educator, rubric, &options) {
        Ok(pdf) => pdf,
        Err(e) => return fail(format!("{e}.")),
    };
    for warning in &pdf.warnings {
        eprintln!("teacher-eval: {warning}");
    }
    if let Err(e) = save_pdf(out, &pdf) {
        return fail(format!("{e}."));
    }
    print_out(&format!(
        "{}: {} {}, {} KB\n",
        out.display(),
        pdf.pages,
        if pdf.pages == 1 { "page" } else { "pages" },
        pdf.bytes.len().div_ceil(1024)
    ));
    ExitCode::SUCCESS
}
