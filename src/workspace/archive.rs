//! Archiving an educator who left, and bringing them back: the one place
//! the window and the command line both change that state on disk.

use super::{Workspace, WorkspaceError};
use crate::record::{Educator, now};

/// An educator after archiving or restoring, and whether anything changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveChange {
    pub educator: Educator,
    /// False when they were already in the state asked for (nothing was written).
    pub changed: bool,
}

impl Workspace {
    /// Archives the educator `id` as read from disk (their records are kept).
    pub fn archive_educator(
        &self,
        id: &str,
        by: &str,
        reason: &str,
    ) -> Result<ArchiveChange, WorkspaceError> {
        self.change_educator(id, |e| e.archive(by, reason, now()))
    }

    /// Brings the archived educator `id` back onto the roster.
    pub fn unarchive_educator(&self, id: &str) -> Result<ArchiveChange, WorkspaceError> {
        self.change_educator(id, |e| e.unarchive(now()))
    }

    pub(super) fn change_educator(
        &self,
        id: &str,
        change: impl FnOnce(&mut Educator) -> bool,
    ) -> Result<ArchiveChange, WorkspaceError> {
        let mut educator = self.read::<Educator>(id)?;
        let changed = change(&mut educator);
        if changed {
            self.save(&educator)?;
        }
        Ok(ArchiveChange { educator, changed })
    }
}
