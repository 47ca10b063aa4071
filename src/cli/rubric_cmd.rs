//! `teacher-eval rubric list | show | check`.

// Writing to a String cannot fail: hence `let _ = writeln!(…)`.
use std::fmt::Write as _;
use std::process::ExitCode;

use super::RubricCommand;
use super::output::print_out;
use super::output::say;
use crate::files::folders::Folders;
use crate::rubric::{Catalog, Rubric, parse_rubric};

pub fn run(command: RubricCommand, folders: &Folders) -> ExitCode {
    match command {
        RubricCommand::List => list(folders),
        RubricCommand::Show { id } => show(folders, &id),
        RubricCommand::Check { files } => check(&files),
    }
}

fn list(folders: &Folders) -> ExitCode {
    let catalog = Catalog::load(&folders.rubric_dirs);
    let width = catalog
        .entries
        .iter()
        .map(|e| e.rubric.id.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for entry in &catalog.entries {
        let r = &entry.rubric;
        let replaced = entry
            .replaced
            .as_ref()
            .map(|s| format!(" (replaces {s})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:width$}  {}  [{}]  {}  {}{}",
            r.id,
            r.title,
            r.role.name,
            counts(r),
            entry.source,
            replaced,
        );
    }
    print_out(&out);
    report_errors(&catalog)
}

fn show(folders: &Folders, id: &str) -> ExitCode {
    let catalog = Catalog::load(&folders.rubric_dirs);
    let Some(entry) = catalog.get(id) else {
        let known: Vec<&str> = catalog
            .entries
            .iter()
            .map(|e| e.rubric.id.as_str())
            .collect();
        return super::output::fail(format!(
            "there is no rubric with the id `{id}`; known rubrics: {}.",
            known.join(", ")
        ));
    };
    let r = &entry.rubric;
    let mut out = format!(
        "{} ({})\n{}\nRole: {}\nEdition: {}\nSource: {}\nFingerprint: {}\n{}\n\nLevels: {}\n",
        r.title,
        r.id,
        counts(r),
        r.role.name,
        r.edition,
        entry.source,
        entry.fingerprint,
        r.attribution,
        r.levels
            .iter()
            .map(|l| format!("{} {}", l.score, l.name))
            .collect::<Vec<_>>()
            .join(", "),
    );
    for domain in &r.domains {
        let applies = if domain.applies_to.is_empty() {
            String::new()
        } else {
            let levels: Vec<String> = domain.applies_to.iter().map(|l| format!("{l:?}")).collect();
            format!(" (for {} schools)", levels.join(", ").to_lowercase())
        };
        let _ = writeln!(out, "\nDomain {}: {}{}", domain.id, domain.name, applies);
        for component in &domain.components {
            let _ = writeln!(out, "  {} {}", component.id, component.name);
            if let Some(nearest) = crate::rubric::nearest_text(r, component, &catalog) {
                let _ = writeln!(out, "      {nearest}");
            }
            for element in &component.elements {
                let _ = writeln!(out, "      - {element}");
            }
        }
    }
    print_out(&out);
    ExitCode::SUCCESS
}

fn check(files: &[std::path::PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        let label = path.display().to_string();
        let result = crate::files::bounded::read_bounded(path, crate::rubric::MAX_RUBRIC_BYTES)
            .map_err(|e| vec![format!("{label}:1:1: the file cannot be read: {e}")])
            .and_then(|bytes| {
                parse_rubric(&label, &bytes)
                    .map_err(|errors| errors.iter().map(ToString::to_string).collect())
            });
        match result {
            Ok(rubric) => print_out(&format!(
                "{label}: ok, {} ({})\n",
                rubric.id,
                counts(&rubric)
            )),
            Err(errors) => {
                ok = false;
                for error in errors {
                    say!("{error}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn counts(r: &Rubric) -> String {
    format!(
        "{} domains, {} components, {} elements, {} levels",
        r.domains.len(),
        r.components().count(),
        r.element_count(),
        r.levels.len()
    )
}

/// Rubric files that failed to load are reported, and make the exit code 1.
fn report_errors(catalog: &Catalog) -> ExitCode {
    for error in &catalog.errors {
        say!("{error}");
    }
    if catalog.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
