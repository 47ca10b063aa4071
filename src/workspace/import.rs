//! Importing a roster into a workspace, shared by the window and the
//! command line: first a [`Plan`] (what would be added, changed, left out),
//! shown to the person; then, when they confirm, [`apply_roster`] writes
//! what they chose through the workspace's one save path.

use std::fmt::Write as _;

use super::{Workspace, WorkspaceError};
use crate::record::roster::{Mapping, Plan, RowError, plan, read_roster};
use crate::record::{Educator, now};
use crate::rubric::Catalog;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    /// Educators whose record was changed as the roster says.
    pub updated: usize,
    /// Rows that match an educator and change nothing.
    pub unchanged: usize,
    /// Educators the roster would change, left as they are (changes not chosen).
    pub not_updated: usize,
    /// Educators no longer in the roster, archived as asked.
    pub archived: usize,
    /// Educators no longer in the roster, left on it.
    pub missing: usize,
    /// Rows with problems, by line; not imported.
    pub errors: Vec<RowError>,
}

impl ImportReport {
    /// One sentence for the window and the command line.
    #[must_use]
    pub fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut text = format!(
            "Imported {} educator{}",
            self.imported,
            plural(self.imported)
        );
        let mut part = |n: usize, said: &str| {
            if n > 0 {
                let _ = write!(text, "; {n} {said}");
            }
        };
        part(self.updated, "updated");
        part(self.unchanged, "already in the workspace and unchanged");
        part(self.not_updated, "with changes not applied");
        part(self.archived, "no longer in the roster archived");
        part(self.missing, "no longer in the roster left as they are");
        if !self.errors.is_empty() {
            let _ = write!(
                text,
                "; {} row{} with problems not imported",
                self.errors.len(),
                plural(self.errors.len())
            );
        }
        text.push('.');
        text
    }
}

/// Why nothing, or not everything, was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file as a whole is wrong; nothing was imported.
    #[error("{0}; nothing was imported")]
    Roster(String),
    /// Writing stopped part way; what was written before it is kept.
    #[error("{source}; {done} educators were imported or updated before it stopped")]
    Write { done: usize, source: WorkspaceError },
    /// An educator's record changed on disk after the plan was made.
    #[error(
        "the record of {name} changed since the roster was read; nothing more was written, read the roster again"
    )]
    Changed { name: String },
}

/// What the person chose to write of a plan. New educators are always added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Apply {
    /// Save the changes the roster makes to educators already kept.
    pub changes: bool,
    /// Archive the educators of the roster's schools it no longer names.
    pub archive_missing: bool,
    /// Who archives them (may be empty).
    pub by: String,
}

/// Reads a roster with `mapping` and decides it against the `existing`
/// educators (the workspace's, archived ones too), writing nothing.
pub fn plan_roster(
    bytes: &[u8],
    catalog: &Catalog,
    mapping: &Mapping,
    existing: &[Educator],
) -> Result<Plan, ImportError> {
    let file = read_roster(bytes, catalog, mapping, now()).map_err(ImportError::Roster)?;
    Ok(plan(file, existing, catalog))
}

/// Writes what `apply` chooses of `plan`: each new educator created, each
/// change saved on the record as read from disk (refused if it changed since
/// the plan), each missing educator archived; never deleting anyone.
pub fn apply_roster(
    workspace: &Workspace,
    plan: &Plan,
    apply: &Apply,
) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport {
        unchanged: plan.unchanged,
        errors: plan.file.errors.clone(),
        ..ImportReport::default()
    };
    let failed = |done: usize| move |source| ImportError::Write { done, source };
    for entry in &plan.new {
        workspace
            .create(&entry.educator)
            .map_err(failed(report.imported))?;
        report.imported += 1;
    }
    if apply.changes {
        for update in &plan.updates {
            let done = report.imported + report.updated;
            let on_disk = workspace
                .read::<Educator>(&update.before.id)
                .map_err(failed(done))?;
            if on_disk != update.before {
                return Err(ImportError::Changed {
                    name: update.before.name.clone(),
                });
            }
            let educator = Educator {
                changed: now(),
                ..update.after.clone()
            };
            workspace.save(&educator).map_err(failed(done))?;
            report.updated += 1;
        }
    } else {
        report.not_updated = plan.updates.len();
    }
    if apply.archive_missing {
        let reason = format!("Not in the roster imported on {}", now().date_naive());
        for missing in &plan.missing {
            let done = report.imported + report.updated;
            workspace
                .archive_educator(&missing.id, &apply.by, &reason)
                .map_err(failed(done))?;
            report.archived += 1;
        }
    } else {
        report.missing = plan.missing.len();
    }
    Ok(report)
}
