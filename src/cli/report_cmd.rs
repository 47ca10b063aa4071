//! `teacher-eval report observation | summative | growth-plan`: each reads
//! the workspace without locking it (like `observation list`) and writes
//! one PDF atomically. Nothing is saved to the workspace.

use std::path::Path;
use std::process::ExitCode;

use super::output::say;
use super::output::{catalog, fail, load_for_reading, print_out};
use super::school_year;
use crate::files::folders::Folders;
use crate::record::{Educator, GrowthPlan};
use crate::report::{Document, Paper, ReportOptions};
use crate::rubric::Rubric;
use crate::scoring::plan_from_summative;
use crate::workspace::Contents;

pub fn observation(
    id: &str,
    out: &Path,
    paper: Option<Paper>,
    omit_student_names: bool,
    folders: &Folders,
) -> ExitCode {
    let contents = match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
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
        say!(
            "teacher-eval: the rubric `{}` is not loaded; the report shows components by id only.",
            observation.rubric_id
        );
    }
    if let (Err(_), Some(answers)) = (observation.form(&catalog), &observation.lookfors) {
        say!(
            "teacher-eval: the look-for form `{}` is not loaded; the report shows its items by id only.",
            answers.form_id
        );
    }
    let document = Document::observation(observation, educator, &catalog);
    write(
        out,
        &document,
        &options(paper, omit_student_names, folders),
        "",
    )
}

/// What `report summative` and `report growth-plan` are asked for.
pub struct YearReport<'a> {
    pub educator_id: &'a str,
    pub year: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub out: &'a Path,
    pub paper: Option<Paper>,
}

/// A document to write and a note for the line printed after it.
type Made = (Document, String);

/// The educator's stored evaluation for the year, else a fresh draft scored
/// from the year's observations.
pub fn summative(args: &YearReport, folders: &Folders) -> ExitCode {
    match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => match summative_pdf(args, &contents, folders) {
            Ok((document, note)) => write(
                args.out,
                &document,
                &options(args.paper, false, folders),
                &note,
            ),
            Err(message) => fail(message),
        },
        Err(code) => code,
    }
}

fn summative_pdf(
    args: &YearReport,
    contents: &Contents,
    folders: &Folders,
) -> Result<Made, String> {
    let educator = school_year::educator(contents, args.educator_id)?;
    let year = school_year::school_year(args.year)?;
    let catalog = catalog(folders);
    let profiles = school_year::profiles(folders);
    let chosen = school_year::summative(contents, educator, &year, args.profile, &profiles)?;
    let failed = format!(
        "the {year} evaluation of {} cannot be scored",
        educator.name
    );
    // Scored here too for the sentence that says why it cannot be; the writer scores it again.
    chosen.score(educator, contents, &catalog, &profiles, &failed)?;
    let note = if chosen.stored {
        String::new()
    } else {
        format!(" (a draft from the {year} observations, not saved)")
    };
    let document = Document::Summative {
        summative: Box::new(chosen.summative),
        educator: Box::new(educator.clone()),
        observations: contents.observations.clone(),
        measures: contents.measures.clone(),
        district: contents.settings.district.clone().unwrap_or_default(),
        self_assessment: (contents.self_assessment_for(&educator.id, &year))
            .cloned()
            .map(Box::new),
        catalog: std::sync::Arc::new(catalog),
        profiles: std::sync::Arc::new(profiles),
    };
    Ok((document, note))
}

/// The educator's stored plan for the year, else one proposed from the
/// year's evaluation (stored or fresh), not saved.
pub fn growth_plan(args: &YearReport, folders: &Folders) -> ExitCode {
    match load_for_reading(folders, crate::workspace::Reading::EVERYTHING) {
        Ok(contents) => match growth_plan_pdf(args, &contents, folders) {
            Ok((document, note)) => write(
                args.out,
                &document,
                &options(args.paper, false, folders),
                &note,
            ),
            Err(message) => fail(message),
        },
        Err(code) => code,
    }
}

fn growth_plan_pdf(
    args: &YearReport,
    contents: &Contents,
    folders: &Folders,
) -> Result<Made, String> {
    let educator = school_year::educator(contents, args.educator_id)?;
    let year = school_year::school_year(args.year)?;
    let catalog = catalog(folders);
    if let Some(plan) = contents.plan_for(&educator.id, &year) {
        let rubric_id = contents.plan_rubric_id(plan, educator);
        let rubric = catalog.get(rubric_id).map(|e| &e.rubric);
        if rubric.is_none() {
            say!(
                "teacher-eval: the rubric `{rubric_id}` is not loaded; the plan shows components by id only."
            );
        }
        return Ok((plan_document(plan, educator, rubric), String::new()));
    }
    let profiles = school_year::profiles(folders);
    let chosen = school_year::summative(contents, educator, &year, args.profile, &profiles)?;
    let failed = format!(
        "no plan can be proposed from the {year} evaluation of {}",
        educator.name
    );
    let scored = chosen.score(educator, contents, &catalog, &profiles, &failed)?;
    let plan = plan_from_summative(educator, &year, &chosen.summative.id, &scored);
    let focus = match plan.focus.len() {
        0 => "no components to focus on yet".to_string(),
        1 => "1 focus component".to_string(),
        n => format!("{n} focus components"),
    };
    let note = format!(" (proposed from the {year} evaluation, {focus}; not saved)");
    let document = plan_document(&plan, educator, Some(scored.rubric));
    Ok((document, note))
}

fn plan_document(plan: &GrowthPlan, educator: &Educator, rubric: Option<&Rubric>) -> Document {
    Document::GrowthPlan {
        plan: Box::new(plan.clone()),
        educator: Box::new(educator.clone()),
        rubric: rubric.cloned().map(Box::new),
    }
}

/// The report's options; its artifacts are checked in the workspace's folder.
fn options(paper: Option<Paper>, omit_student_names: bool, folders: &Folders) -> ReportOptions {
    ReportOptions {
        paper: paper.unwrap_or_else(Paper::from_locale),
        omit_student_names,
        generated: crate::record::now(),
        artifacts_from: Some(folders.workspace.clone()),
    }
}

/// Writes the document atomically and prints "FILE: N pages, K KB" and `note`.
fn write(out: &Path, document: &Document, options: &ReportOptions, note: &str) -> ExitCode {
    let written = match document.write(options, out) {
        Ok(written) => written,
        Err(e) => return fail(format!("{e}.")),
    };
    for warning in &written.warnings {
        say!("teacher-eval: {warning}");
    }
    print_out(&format!(
        "{}: {} {}, {} KB{note}\n",
        out.display(),
        written.pages,
        if written.pages == 1 { "page" } else { "pages" },
        written.bytes.div_ceil(1024)
    ));
    ExitCode::SUCCESS
}
