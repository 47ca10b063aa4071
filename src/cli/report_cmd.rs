//! `teacher-eval report observation | summative | growth-plan`: each reads
//! the workspace without locking it (like `observation list`) and writes
//! one PDF atomically. Nothing is saved to the workspace.

use std::path::Path;
use std::process::ExitCode;

use super::output::say;
use super::output::{catalog, fail, load_for_reading, print_out};
use super::school_year;
use crate::files::folders::Folders;
use crate::record::PlanSource;
use crate::report::{
    Paper, Pdf, ReportError, ReportOptions, growth_plan_report, observation_report, save_pdf,
    summative_report,
};
use crate::scoring::plan_from_summative;
use crate::workspace::Contents;

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
        say!(
            "teacher-eval: the rubric `{}` is not loaded; the report shows components by id only.",
            observation.rubric_id
        );
    }
    let options = options(paper, omit_student_names);
    write(
        out,
        observation_report(observation, educator, rubric, &options),
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

/// A finished document and a note for the line printed after it.
type Made = (Result<Pdf, ReportError>, String);

/// The educator's stored evaluation for the year, else a fresh draft scored
/// from the year's observations.
pub fn summative(args: &YearReport, folders: &Folders) -> ExitCode {
    match load_for_reading(folders) {
        Ok(contents) => match summative_pdf(args, &contents, folders) {
            Ok((pdf, note)) => write(args.out, pdf, &note),
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
    let scored = chosen.score(educator, contents, &catalog, &profiles, &failed)?;
    let note = if chosen.stored {
        String::new()
    } else {
        format!(" (a draft from the {year} observations, not saved)")
    };
    let pdf = summative_report(
        &chosen.summative,
        educator,
        &scored,
        &options(args.paper, false),
    );
    Ok((pdf, note))
}

/// The educator's stored plan for the year, else one proposed from the
/// year's evaluation (stored or fresh), not saved.
pub fn growth_plan(args: &YearReport, folders: &Folders) -> ExitCode {
    match load_for_reading(folders) {
        Ok(contents) => match growth_plan_pdf(args, &contents, folders) {
            Ok((pdf, note)) => write(args.out, pdf, &note),
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
    let options = options(args.paper, false);
    let stored = contents
        .growth_plans
        .iter()
        .filter(|p| p.educator_id == educator.id && p.school_year == year)
        .max_by_key(|p| p.changed);
    if let Some(plan) = stored {
        // The rubric of the evaluation it came from, else the educator's.
        let rubric_id = match &plan.source {
            PlanSource::Summative(id) => contents
                .summatives
                .iter()
                .find(|s| &s.id == id)
                .map_or(educator.rubric_id.as_str(), |s| s.rubric_id.as_str()),
            _ => educator.rubric_id.as_str(),
        };
        let rubric = catalog.get(rubric_id).map(|e| &e.rubric);
        if rubric.is_none() {
            say!(
                "teacher-eval: the rubric `{rubric_id}` is not loaded; the plan shows components by id only."
            );
        }
        let pdf = growth_plan_report(plan, educator, rubric, &options);
        return Ok((pdf, String::new()));
    }
    let profiles = school_year::profiles(folders);
    let chosen = school_year::summative(contents, educator, &year, args.profile, &profiles)?;
    let failed = format!(
        "no plan can be proposed from the {year} evaluation of {}",
        educator.name
    );
    let scored = chosen.score(educator, contents, &catalog, &profiles, &failed)?;
    let plan = plan_from_summative(
        educator,
        &year,
        &chosen.summative.id,
        &scored.outcome,
        scored.rubric,
    );
    let focus = match plan.focus.len() {
        0 => "no components to focus on yet".to_string(),
        1 => "1 focus component".to_string(),
        n => format!("{n} focus components"),
    };
    let note = format!(" (proposed from the {year} evaluation, {focus}; not saved)");
    let pdf = growth_plan_report(&plan, educator, Some(scored.rubric), &options);
    Ok((pdf, note))
}

fn options(paper: Option<Paper>, omit_student_names: bool) -> ReportOptions {
    ReportOptions {
        paper: paper.unwrap_or_else(Paper::from_locale),
        omit_student_names,
        generated: crate::record::now(),
    }
}

/// Saves the PDF atomically and prints "FILE: N pages, K KB" and `note`.
fn write(out: &Path, pdf: Result<Pdf, ReportError>, note: &str) -> ExitCode {
    let pdf = match pdf {
        Ok(pdf) => pdf,
        Err(e) => return fail(format!("{e}.")),
    };
    for warning in &pdf.warnings {
        say!("teacher-eval: {warning}");
    }
    if let Err(e) = save_pdf(out, &pdf) {
        return fail(format!("{e}."));
    }
    print_out(&format!(
        "{}: {} {}, {} KB{note}\n",
        out.display(),
        pdf.pages,
        if pdf.pages == 1 { "page" } else { "pages" },
        pdf.bytes.len().div_ceil(1024)
    ));
    ExitCode::SUCCESS
}
