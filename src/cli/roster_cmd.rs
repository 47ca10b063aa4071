//! `teacher-eval roster import`: a roster as the district exports it. Prints
//! the mapping of its columns, the values no rule matches, and what is new,
//! changed, unchanged and no longer in the roster; then writes what was
//! asked: new educators always (unless `--dry-run`), changes with
//! `--apply-changes`, archiving with `--archive-missing`.

// Writing to a String cannot fail: hence `let _ = writeln!(…)`.
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::RosterImportArgs;
use super::output::{catalog, fail, open_for_writing, print_out, say};
use crate::files::folders::Folders;
use crate::record::Educator;
use crate::record::roster::{Mapping, NameOrder, Plan, school_level_key};
use crate::rubric::Catalog;
use crate::workspace::{Apply, Contents, Progress, Reading, Workspace, apply_roster, plan_roster};

pub fn import(args: &RosterImportArgs, folders: &Folders) -> ExitCode {
    let file = args.file.as_path();
    let bytes = match crate::workspace::read_roster_file(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            return fail(format!(
                "the roster {} cannot be read: {}.",
                file.display(),
                crate::workspace::plain(&e)
            ));
        }
    };
    let catalog = catalog(folders);
    if args.dry_run {
        return dry_run(args, &bytes, &catalog, folders);
    }
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let existing = workspace.load_with(Reading::EDUCATORS, &Progress::default());
    let Some((plan, mapping)) = planned(args, &bytes, &catalog, &existing) else {
        return ExitCode::FAILURE;
    };
    let apply = Apply {
        changes: args.apply_changes,
        archive_missing: args.archive_missing,
        by: args.by.clone(),
    };
    let report = match apply_roster(&workspace, &plan, &apply) {
        Ok(report) => report,
        Err(e) => return fail(format!("{}: {e}.", file.display())),
    };
    if args.save_mapping
        && let Err(code) = save_mapping(&workspace, existing.settings, mapping)
    {
        return code;
    }
    let mut said = report.summary();
    if report.not_updated > 0 {
        said.push_str(" --apply-changes saves the changes listed.");
    }
    if report.missing > 0 {
        said.push_str(" --archive-missing archives those no longer in the roster.");
    }
    print_out(&format!("{said}\n"));
    exit(&plan)
}

/// The plan against the workspace as it is, read without locking it; nothing is written.
fn dry_run(
    args: &RosterImportArgs,
    bytes: &[u8],
    catalog: &Catalog,
    folders: &Folders,
) -> ExitCode {
    let existing = if folders.workspace.is_dir() {
        match Workspace::open_read_only(&folders.workspace, "a dry run") {
            Ok(workspace) => workspace.load_with(Reading::EDUCATORS, &Progress::default()),
            Err(e) => return fail(format!("{e}.")),
        }
    } else {
        Contents::default()
    };
    let Some((plan, _)) = planned(args, bytes, catalog, &existing) else {
        return ExitCode::FAILURE;
    };
    print_out(&format!(
        "Dry run, nothing was written: {} new, {} with changes, {} unchanged, {} no longer in the roster, {} rows with problems.\n",
        plan.new.len(),
        plan.updates.len(),
        plan.unchanged,
        plan.missing.len(),
        plan.file.errors.len()
    ));
    exit(&plan)
}

/// The mapping chosen and the plan, shown; `None` once the reason is said.
fn planned(
    args: &RosterImportArgs,
    bytes: &[u8],
    catalog: &Catalog,
    existing: &Contents,
) -> Option<(Plan, Mapping)> {
    let mapping = chosen(args, &existing.settings.roster, catalog)
        .map_err(|why| fail(format!("{why}.")))
        .ok()?;
    let plan = plan_roster(bytes, catalog, &mapping, &existing.educators)
        .map_err(|e| fail(format!("{}: {e}.", args.file.display())))
        .ok()?;
    show(&plan, &mapping, &args.file);
    Some((plan, mapping))
}

/// The mapping kept in the settings with the options given on top.
fn chosen(args: &RosterImportArgs, saved: &Mapping, catalog: &Catalog) -> Result<Mapping, String> {
    let mut mapping = saved.clone();
    if let Some(order) = &args.name_order {
        mapping.name_order = NameOrder::parse(order)?;
    }
    for text in &args.map {
        mapping.set_column(text)?;
    }
    for text in &args.values {
        mapping.set_value(text, catalog)?;
    }
    Ok(mapping)
}

fn save_mapping(
    workspace: &Workspace,
    mut settings: crate::workspace::Settings,
    mapping: Mapping,
) -> Result<(), ExitCode> {
    *settings.roster = mapping;
    workspace
        .save_settings(&settings)
        .map_err(|e| fail(format!("the mapping was not saved: {e}.")))?;
    print_out("The mapping is kept in the workspace's settings for the next import.\n");
    Ok(())
}

/// Rows with problems make the exit code 1, as a script should notice.
fn exit(plan: &Plan) -> ExitCode {
    if plan.file.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The mapping, unmatched values and the plan on stdout; bad rows on stderr.
fn show(plan: &Plan, mapping: &Mapping, file: &Path) {
    let mut out = String::from("Columns:\n");
    let width = plan
        .file
        .columns
        .iter()
        .map(|c| c.header.chars().count())
        .max()
        .unwrap_or(0);
    for column in &plan.file.columns {
        let _ = writeln!(out, "  {:width$}  -> {}", column.header, column.said());
    }
    let _ = writeln!(out, "Names in two columns: {}.", mapping.name_order);
    if !plan.file.unmatched.is_empty() {
        out.push_str(
            "Values not matched (assign with --value \"VALUE=ROLE\" or --value \"VALUE=LEVEL\"):\n",
        );
        for u in &plan.file.unmatched {
            let rows = if u.rows == 1 { "row" } else { "rows" };
            let _ = writeln!(
                out,
                "  {} `{}`: {} {rows}, first on line {}",
                u.kind, u.value, u.rows, u.first_line
            );
        }
    }
    list(
        &mut out,
        "New educators",
        plan.new.iter().map(|e| described(&e.educator)),
    );
    list(
        &mut out,
        "Changes",
        plan.updates
            .iter()
            .map(|u| format!("{} ({}): {}", u.before.name, u.before.id, u.said())),
    );
    let _ = writeln!(out, "Unchanged: {}", plan.unchanged);
    let said = |m: &crate::record::roster::Missing| format!("{}, {} ({})", m.name, m.school, m.id);
    list(
        &mut out,
        "Archived, in the roster, left archived",
        plan.archived.iter().map(said),
    );
    list(
        &mut out,
        "No longer in the roster",
        plan.missing.iter().map(said),
    );
    print_out(&out);
    for error in &plan.file.errors {
        say!("{}:{}: {}", file.display(), error.line, error.message);
    }
}

fn list(out: &mut String, heading: &str, lines: impl ExactSizeIterator<Item = String>) {
    if lines.len() == 0 {
        return;
    }
    let _ = writeln!(out, "{heading} ({}):", lines.len());
    for line in lines {
        let _ = writeln!(out, "  {line}");
    }
}

fn described(e: &Educator) -> String {
    format!(
        "{}, {}, {}, {}",
        e.name,
        e.school,
        e.role,
        school_level_key(e.level)
    )
}
