//! Removing a record that is never shared (a student measure, a planned
//! visit): its content is kept first as the newest version in its history,
//! so `history restore` can bring it back, and only then is the file removed.

use super::record_file::Record;
use super::{Workspace, WorkspaceError};

impl Workspace {
    /// Removes the record `id` of kind `R`, returning it and the number of
    /// the version kept. Refuses an id of another kind, a file that does not
    /// read, and a history folder that is a link.
    pub(super) fn remove_keeping_history<R: Record>(
        &self,
        id: &str,
    ) -> Result<(R, u64), WorkspaceError> {
        if let Some(reason) = self.read_only_reason() {
            return Err(WorkspaceError::ReadOnly {
                reason: reason.to_string(),
            });
        }
        if !crate::record::is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() });
        }
        if !id.starts_with(&format!("{}-", R::KIND.prefix())) {
            return Err(WorkspaceError::NotFound {
                kind: R::NAME,
                id: id.to_string(),
            });
        }
        let record: R = self.read(id)?;
        let path = self.path_of::<R>(id);
        let bytes = super::folder_read::read_record_bytes(&path).map_err(|why| {
            WorkspaceError::Protected {
                path: path.clone(),
                why,
            }
        })?;
        let version = self.keep_before_removal::<R>(id, &bytes, &record)?;
        std::fs::remove_file(&path).map_err(|source| WorkspaceError::Write {
            path: path.clone(),
            source,
        })?;
        super::atomic::sync_dir(super::atomic::parent(&path));
        Ok((record, version))
    }

    /// Keeps `bytes` as the newest version of `id`, returning its number.
    fn keep_before_removal<R: Record>(
        &self,
        id: &str,
        bytes: &[u8],
        record: &R,
    ) -> Result<u64, WorkspaceError> {
        let folder = super::history::folder_of(self.root(), R::FOLDER, id);
        let write_error = |source| WorkspaceError::Write {
            path: folder.clone(),
            source,
        };
        if let Some(link) = super::linked_history_folder(self.root(), R::FOLDER, id) {
            return Err(write_error(std::io::Error::other(format!(
                "{} is a link, and history is never written through one",
                link.display()
            ))));
        }
        let fingerprint = record.content_fingerprint();
        super::history::keep(&folder, bytes, &fingerprint, &[]).map_err(write_error)?;
        Ok(super::history::versions(&folder)
            .map_err(write_error)?
            .last()
            .map_or(0, |v| v.number))
    }
}
