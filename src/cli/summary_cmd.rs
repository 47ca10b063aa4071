//! `teacher-eval summary`: reads every workspace and bundle given (without
//! locking them), compiles the school year, and writes a PDF, the two CSV
//! files, or a few lines of text. Unreadable sources are reported and left
//! out; the run fails only when none can be read or an output cannot be
//! written.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::output::say;
use super::output::{catalog, fail, print_out, show_progress, write_files};
use super::{LevelArg, PaperArg, QualifiedArg, SummaryArgs, school_year};
use crate::files::folders::Folders;
use crate::files::spreadsheet::{CsvError, CsvOptions};
use crate::report::{ReportOptions, summary_report};
use crate::rubric::SchoolLevel;
use crate::summary::{
    ComponentSummary, Crosswalk, DegreeStanding, Filter, Options, Place, RubricSummary, Source,
    Summary, compile, components_csv, components_path, crosswalk, crosswalk_csv, crosswalk_path,
    educators_csv,
};
use crate::text::count;

pub fn run(args: &SummaryArgs, workspaces: &[PathBuf], folders: &Folders) -> ExitCode {
    match summarise(args, workspaces, folders) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(message),
    }
}

fn summarise(args: &SummaryArgs, workspaces: &[PathBuf], folders: &Folders) -> Result<(), String> {
    let year = school_year::school_year(args.year.as_deref())?;
    let profiles = school_year::profiles(folders);
    if let Some(id) = &args.profile
        && profiles.get(id).is_none()
    {
        return Err(format!("{}.", profiles.not_loaded(id)));
    }
    let catalog = catalog(folders);
    let progress = show_progress();
    let (sources, unreadable) = read_sources(args, workspaces, folders, progress)?;
    if sources.is_empty() {
        return Err(
            "none of the workspaces or bundles could be read, so there is nothing to summarise."
                .into(),
        );
    }
    if progress {
        let educators: usize = sources.iter().map(|s| s.contents.educators.len()).sum();
        say!("Compiling {educators} educators' records…");
    }
    let mut summary = compile(&sources, &catalog, &profiles, &options(args, year));
    let walk = match &args.crosswalk {
        Some(framework) => {
            Some(crosswalk(&summary, &catalog, framework).map_err(|e| format!("{e}."))?)
        }
        None => None,
    };
    drop(sources);
    crate::files::heap::give_back_freed_memory();
    say_problems(&summary);
    // A path may hold a person's name, so a de-identified summary only counts them.
    summary
        .skipped
        .extend(unreadable.into_iter().map(|message| {
            if args.deidentify {
                "a workspace or bundle given could not be read".to_string()
            } else {
                message
            }
        }));
    if summary.counts.educators == 0 {
        say!("teacher-eval: no educator matches the filter in the sources read.");
    }
    if args.pdf.is_none() && args.csv.is_none() {
        print_out(&text(&summary, walk.as_ref()));
        return Ok(());
    }
    write_outputs(args, &summary, walk.as_ref(), progress)
}

/// What to compile: the filter and the de-identification asked for.
fn options(args: &SummaryArgs, year: String) -> Options {
    Options {
        filter: Filter {
            year: Some(year),
            school: args.school.clone(),
            level: args.level.map(LevelArg::level),
            role: args.role.clone(),
            evaluator: args.evaluator.clone(),
            qualified: args.qualified.map(|q| match q {
                QualifiedArg::Meets => DegreeStanding::Meets,
                QualifiedArg::Below => DegreeStanding::Below,
            }),
            degree_at_least: args.degree_at_least,
        },
        min_observations: args.min_observations,
        deidentify: args.deidentify,
        min_cell: args.min_cell,
        code_schools: args.code_schools,
        profile_id: args.profile.clone(),
    }
}

/// The files not read and the counting's warnings, on standard error.
fn say_problems(summary: &Summary) {
    if !summary.skipped.is_empty() {
        say!(
            "teacher-eval: {} files could not be read and are not counted:",
            summary.skipped.len()
        );
        for line in &summary.skipped {
            say!("  {line}");
        }
    }
    for warning in &summary.warnings {
        say!("teacher-eval: {warning}");
    }
}

/// Writes the CSV files and the PDF asked for, all or none.
fn write_outputs(
    args: &SummaryArgs,
    summary: &Summary,
    walk: Option<&Crosswalk>,
    progress: bool,
) -> Result<(), String> {
    let mut outputs = Outputs::default();
    if let Some(path) = &args.csv {
        let csv = CsvOptions {
            byte_order_mark: !args.no_csv_bom,
        };
        add_csvs(&mut outputs, summary, path, csv)?;
        if let Some(walk) = walk {
            add_crosswalk_csv(&mut outputs, walk, path, csv)?;
        }
    }
    if let Some(path) = &args.pdf {
        if progress {
            say!("Making the PDF…");
        }
        add_pdf(&mut outputs, summary, path, args.paper)?;
    }
    outputs.write()
}

/// The files one run writes, all or none, and the line that says each.
#[derive(Default)]
struct Outputs {
    files: Vec<(PathBuf, Vec<u8>)>,
    said: Vec<String>,
}

impl Outputs {
    /// Writes every file (none if one cannot be), then says what was written.
    fn write(self) -> Result<(), String> {
        let files: Vec<(&Path, &[u8])> = self
            .files
            .iter()
            .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
            .collect();
        write_files(&files)?;
        for line in &self.said {
            print_out(line);
        }
        Ok(())
    }
}

/// Every workspace, then every bundle (opened as `import` would); with
/// neither given, the default workspace. Returns the sources read and a
/// sentence for each that could not be.
fn read_sources(
    args: &SummaryArgs,
    workspaces: &[PathBuf],
    folders: &Folders,
    progress: bool,
) -> Result<(Vec<Source>, Vec<String>), String> {
    let opening = super::bundle_cmd::opening_from(&args.open)
        .map_err(|e| format!("{e}; nothing was summarised."))?;
    let default = [folders.workspace.clone()];
    let workspaces = if workspaces.is_empty() && args.bundle.is_empty() {
        &default[..]
    } else {
        workspaces
    };
    let places = workspaces
        .iter()
        .map(|p| Place::Workspace(p.clone()))
        .chain(
            args.bundle
                .iter()
                .map(|p| Place::Bundle(p.clone(), opening.clone())),
        );
    let mut sources = Vec::new();
    let mut unreadable = Vec::new();
    for place in places {
        if progress {
            say!("Reading {}…", place.path().display());
        }
        match place.read() {
            Ok(source) => sources.push(source),
            Err(error) => {
                say!("teacher-eval: {error} It is left out of the summary.");
                unreadable.push(error.to_string());
            }
        }
    }
    Ok((sources, unreadable))
}

fn add_csvs(
    outputs: &mut Outputs,
    summary: &Summary,
    path: &Path,
    options: CsvOptions,
) -> Result<(), String> {
    let components = components_path(path);
    let tables = |e: CsvError| format!("the summary could not be made into CSV: {e}.");
    outputs.files.push((
        path.to_path_buf(),
        educators_csv(summary, options).map_err(tables)?,
    ));
    outputs.files.push((
        components.clone(),
        components_csv(summary, options).map_err(tables)?,
    ));
    outputs.said.push(format!(
        "Wrote {} ({}) and {} ({}).\n",
        path.display(),
        count(summary.educators.len(), "educator", "educators"),
        components.display(),
        count(
            summary
                .rubrics
                .iter()
                .map(|r| r.components.len())
                .sum::<usize>(),
            "component",
            "components"
        )
    ));
    if let Some((lookfors, bytes, said)) =
        super::summary_lookfors::csv(summary, path, options).map_err(tables)?
    {
        outputs.files.push((lookfors, bytes));
        outputs.said.push(said);
    }
    Ok(())
}

/// The crosswalk's table beside the other CSV files.
fn add_crosswalk_csv(
    outputs: &mut Outputs,
    walk: &Crosswalk,
    path: &Path,
    options: CsvOptions,
) -> Result<(), String> {
    let bytes = crosswalk_csv(walk, options)
        .map_err(|e| format!("the crosswalk could not be made into CSV: {e}."))?;
    let path = crosswalk_path(path);
    outputs.said.push(format!(
        "Wrote {} ({} of {}).\n",
        path.display(),
        count(walk.rows.len(), "component", "components"),
        walk.title
    ));
    outputs.files.push((path, bytes));
    Ok(())
}

fn add_pdf(
    outputs: &mut Outputs,
    summary: &Summary,
    path: &Path,
    paper: Option<PaperArg>,
) -> Result<(), String> {
    let mut options = ReportOptions::now();
    if let Some(paper) = paper {
        options.paper = paper.paper();
    }
    let pdf = summary_report(summary, &options).map_err(|e| format!("{e}."))?;
    for warning in &pdf.warnings {
        say!("teacher-eval: {warning}");
    }
    outputs.said.push(format!(
        "Wrote {} ({}, {}).\n",
        path.display(),
        count(pdf.pages, "page", "pages"),
        crate::text::size(pdf.bytes.len())
    ));
    outputs.files.push((path.to_path_buf(), pdf.bytes));
    Ok(())
}

/// A few lines for the terminal when no file is asked for.
fn text(s: &Summary, walk: Option<&Crosswalk>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_text(&mut out, s);
    if let Some(walk) = walk {
        let _ = write_crosswalk(&mut out, walk);
    }
    out
}

/// Per framework component with any rating: its own ratings and those
/// crosswalked to it, level by level, lowest first.
fn write_crosswalk(out: &mut String, walk: &Crosswalk) -> fmt::Result {
    writeln!(
        out,
        "Crosswalk to {} ({}), levels {}: own ratings | crosswalked from {}.",
        walk.title,
        walk.framework,
        walk.levels.join(", "),
        if walk.rubrics.is_empty() {
            "no rubric in this summary".to_string()
        } else {
            walk.rubrics.join(", ")
        }
    )?;
    let shown = |counts: &[usize]| {
        counts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for row in &walk.rows {
        if row.own.iter().chain(&row.crosswalked).all(|n| *n == 0) {
            continue;
        }
        writeln!(
            out,
            "  {}: {} | {}",
            row.id,
            shown(&row.own),
            shown(&row.crosswalked)
        )?;
    }
    Ok(())
}

/// The few lines printed when no file is asked for.
fn write_text(out: &mut String, s: &Summary) -> fmt::Result {
    let c = &s.counts;
    writeln!(
        out,
        "School year {}: {} at {}, {}, {}, {}.",
        s.year,
        count(c.educators, "educator", "educators"),
        count(c.schools, "school", "schools"),
        count(c.observations, "observation", "observations"),
        count(c.evaluators, "evaluator", "evaluators"),
        count(c.ratings, "component rating", "component ratings")
    )?;
    write_profiles(out, s)?;
    for d in &s.final_ratings {
        let parts: Vec<String> = d
            .bands
            .iter()
            .zip(&d.counts)
            .rev()
            .map(|(band, n)| format!("{band} {n}"))
            .collect();
        writeln!(
            out,
            "Final ratings ({}; {} stored, {} drafts): {}; pending {}.",
            d.profile_title,
            d.stored,
            d.computed,
            parts.join(", "),
            d.pending
        )?;
    }
    writeln!(
        out,
        "Improvement plans required: {}. Pending (practice rating in a plan band, student measures not in): {}. Fewer than {} observations: {}.",
        s.improvement_required.len(),
        s.plan_pending.len(),
        s.min_observations,
        s.coverage.len()
    )?;
    for rubric in &s.rubrics {
        write_extremes(out, rubric)?;
    }
    let a = &s.agreement;
    if let (Some(exact), Some(adjacent)) = (a.exact_percent, a.adjacent_percent) {
        writeln!(
            out,
            "Agreement: {} pairs of ratings, {exact:.0}% exact, {adjacent:.0}% within one level.",
            a.pairs
        )?;
    }
    if !s.duplicates.is_empty() || !s.skipped.is_empty() {
        writeln!(
            out,
            "Found in more than one source: {}. Not read: {}.",
            s.duplicates.len(),
            s.skipped.len()
        )?;
    }
    super::summary_lookfors::text(out, s)?;
    for note in &s.suppressed {
        writeln!(out, "De-identified: {note}")?;
    }
    out.push_str("Write it out with --pdf FILE.pdf or --csv FILE.csv.\n");
    Ok(())
}

/// The scoring profiles every figure is under, and where they come from.
fn write_profiles(out: &mut String, s: &Summary) -> fmt::Result {
    for p in &s.profiles {
        let roles = if p.roles.is_empty() {
            String::new()
        } else {
            format!(" for role {}", p.roles.join(", "))
        };
        writeln!(out, "Scored under {} ({}){roles}.", p.title, p.id)?;
    }
    writeln!(out, "{}", s.profile_basis)
}

/// A rubric's three lowest and three highest components by mean.
fn write_extremes(out: &mut String, rubric: &RubricSummary) -> fmt::Result {
    let mut rated: Vec<_> = rubric
        .components
        .iter()
        .filter(|c| c.mean.is_some())
        .collect();
    rated.sort_by(|a, b| {
        a.mean
            .partial_cmp(&b.mean)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let list = |items: &[&ComponentSummary]| {
        items
            .iter()
            .map(|c| format!("{} {:.2}", c.id, c.mean.unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let low = &rated[..rated.len().min(3)];
    let high: Vec<_> = rated.iter().rev().take(3).copied().collect();
    writeln!(
        out,
        "{}: lowest {}; highest {}.",
        rubric.id,
        list(low),
        list(&high)
    )
}

impl LevelArg {
    pub(super) fn level(self) -> SchoolLevel {
        match self {
            LevelArg::Elementary => SchoolLevel::Elementary,
            LevelArg::Middle => SchoolLevel::Middle,
            LevelArg::High => SchoolLevel::High,
            LevelArg::Other => SchoolLevel::Other,
        }
    }
}
