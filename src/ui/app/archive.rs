//! What the application does when an educator is archived or restored, and
//! when a draft goes to the trash and comes back: keep the records in
//! memory in step with the disk, and tell the roster.

use super::{App, Edited, Effect, Job, Screen, WorkspaceState};
use crate::record::Observation;
use crate::ui::failure::Failure;
use crate::workspace::ArchiveChange;

impl App {
    pub(super) fn archive_changed(
        &mut self,
        result: Result<Box<ArchiveChange>, Failure>,
    ) -> Vec<Effect> {
        if let (Ok(change), WorkspaceState::Open { contents, .. }) = (&result, &mut self.workspace)
            && let Some(existing) = contents
                .educators
                .iter_mut()
                .find(|e| e.id == change.educator.id)
        {
            *existing = change.educator.clone();
        }
        self.roster.archive_changed(result.map(|change| *change));
        vec![]
    }

    pub(super) fn draft_deleted(
        &mut self,
        result: &Result<Box<Observation>, Failure>,
    ) -> Vec<Effect> {
        if let (Ok(gone), WorkspaceState::Open { contents, .. }) = (result, &mut self.workspace) {
            contents.observations.retain(|o| o.id != gone.id);
        }
        self.roster.draft_deleted(result.as_deref());
        vec![]
    }

    pub(super) fn restored_from_trash(
        &mut self,
        result: &Result<Box<Observation>, Failure>,
    ) -> Vec<Effect> {
        if let Ok(back) = result {
            self.store(Edited::Observation(back.clone()));
        }
        self.roster.restored(result.as_deref());
        vec![]
    }

    /// An editor asked to delete its draft: everything is saved, so it
    /// closes now, and the draft moves to the trash.
    pub(super) fn delete_from_editor(&mut self, id: String, educator_id: &str) -> Vec<Effect> {
        self.editor = None;
        self.roster.show_educator(educator_id);
        self.screen = Screen::Roster;
        match &self.workspace {
            WorkspaceState::Open { workspace, .. } => {
                vec![Job::DeleteDraft(workspace.clone(), id).into()]
            }
            _ => vec![],
        }
    }
}
