//! Adding a roster's educators to a workspace, shared by the window and the
//! command line.

use std::fmt::Write as _;

use super::{Workspace, WorkspaceError};
use crate::record::roster::{RowError, parse_roster};
use crate::record::{Educator, now};
use crate::rubric::Catalog;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    /// Already in the workspace (same name and school), so not added twice.
    pub skipped: usize,
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
        if self.skipped > 0 {
            let _ = write!(
                text,
                "; {} already in the workspace (same name and school) were skipped",
                self.skipped
            );
        }
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
    /// Writing stopped part way; the first `imported` educators were saved.
    #[error("{source}; {imported} educators were imported before it stopped")]
    Write {
        imported: usize,
        source: WorkspaceError,
    },
}

/// Reads a roster CSV and saves its good rows as new educators.
pub fn import_roster(
    workspace: &Workspace,
    bytes: &[u8],
    catalog: &Catalog,
) -> Result<ImportReport, ImportError> {
    let roster = parse_roster(bytes, catalog, now()).map_err(ImportError::Roster)?;
    let existing = workspace.load_with(super::Reading::EDUCATORS, &super::Progress::default());
    let mut seen: std::collections::HashSet<(String, String)> =
        existing.educators.iter().map(identity).collect();
    let mut report = ImportReport {
        errors: roster.errors,
        ..ImportReport::default()
    };
    for educator in &roster.educators {
        let key = identity(educator);
        if seen.contains(&key) {
            report.skipped += 1;
            continue;
        }
        workspace
            .create(educator)
            .map_err(|source| ImportError::Write {
                imported: report.imported,
                source,
            })?;
        seen.insert(key);
        report.imported += 1;
    }
    Ok(report)
}

/// Who an educator is for telling duplicates apart: name and school, case folded.
fn identity(e: &Educator) -> (String, String) {
    (crate::text::folded(&e.name), crate::text::folded(&e.school))
}
