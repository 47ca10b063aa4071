//! Removing a student measure entered by mistake. A measure is the
//! evaluator's own entry (a finalised evaluation keeps a copy of the scores
//! it counted), so it may go; its last version stays in the record's
//! history, where it can still be read.

use super::atomic::{remove_stray_temps, sync_dir};
use super::record_file::Record;
use super::{Workspace, WorkspaceError, history, linked_history_folder};
use crate::record::{Measure, is_valid_id};

impl Workspace {
    /// Removes the measure `id` from the workspace, keeping its file in the
    /// history first. Refuses a file that does not read as that measure.
    pub fn remove_measure(&self, id: &str) -> Result<Measure, WorkspaceError> {
        if let Some(reason) = self.read_only_reason() {
            return Err(WorkspaceError::ReadOnly {
                reason: reason.to_string(),
            });
        }
        if !is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() });
        }
        let path = self.path_of::<Measure>(id);
        let Some((measure, bytes)) = Self::check_replaceable::<Measure>(&path, id)? else {
            return Err(WorkspaceError::NotFound {
                kind: <Measure as Record>::NAME,
                id: id.to_string(),
            });
        };
        let folder = history::folder_of(&self.root, <Measure as Record>::FOLDER, id);
        let write_error = |path: &std::path::Path, source| WorkspaceError::Write {
            path: path.to_path_buf(),
            source,
        };
        if let Some(link) = linked_history_folder(&self.root, <Measure as Record>::FOLDER, id) {
            return Err(write_error(
                &folder,
                std::io::Error::other(format!(
                    "{} is a link, and history is never written through one",
                    link.display()
                )),
            ));
        }
        remove_stray_temps(&folder);
        history::keep(&folder, &bytes, &measure.content_fingerprint(), &[])
            .map_err(|source| write_error(&folder, source))?;
        std::fs::remove_file(&path).map_err(|source| write_error(&path, source))?;
        sync_dir(&self.root.join(<Measure as Record>::FOLDER));
        Ok(measure)
    }
}
