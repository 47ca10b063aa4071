//! Answers to work an editor asked for (a save, an export, a dialog, the
//! versions kept), given to that editor only. One closed or replaced in the
//! meantime gets none: a saved record is still kept in step, and what the
//! user must know is said in the notice rather than on another screen.

use super::{App, Effect, Job, Message, WorkspaceState};
use crate::ui::artifact_panel::Message as ArtifactMessage;
use crate::ui::export_panel::Exported;
use crate::ui::failure::Failure;
use crate::ui::summative::Stored;

impl App {
    /// `asked` is true when the editor that asked is still the open one.
    pub(super) fn editor_reply(&mut self, asked: bool, reply: Message) -> Vec<Effect> {
        let editor = self.editor.as_mut().filter(|_| asked);
        match (reply, editor) {
            (Message::Saved { revision, result }, _) => self.saved(asked, revision, result),
            (Message::MeasureSaved(result), _) => {
                self.measure_stored(asked, result.map(Stored::Saved))
            }
            (Message::MeasureRemoved(result), _) => {
                self.measure_stored(asked, result.map(Stored::Removed))
            }
            (Message::Exported(result), Some(editor)) => {
                editor.exported(result);
                vec![]
            }
            (Message::Exported(result), None) => {
                self.notice = Some(export_left_behind(&result));
                vec![]
            }
            (Message::PacketExported(result), _) => self.packet_exported(asked, result),
            (Message::SavePathPicked(path), Some(editor)) => {
                let nothing = path.is_none();
                editor.export_path_picked(path);
                if nothing {
                    self.notice = Some(super::NOTHING_PICKED.to_string());
                }
                vec![]
            }
            (Message::VersionsLoaded(result), Some(editor)) => {
                editor.versions_loaded(result);
                vec![]
            }
            (Message::ArtifactStored(result), Some(editor)) => {
                let request = editor.artifact_reply(ArtifactMessage::Stored(result));
                self.request(request)
            }
            (Message::ArtifactPicked(path), Some(editor)) => {
                let request = editor.artifact_reply(ArtifactMessage::Picked(path));
                self.request(request)
            }
            (Message::ArtifactsChecked(states), Some(editor)) => {
                let request = editor.artifact_reply(ArtifactMessage::Checked(states));
                self.request(request)
            }
            // A file copied for a screen since left stays unnamed in the workspace, harmless.
            (
                Message::SavePathPicked(_)
                | Message::VersionsLoaded(_)
                | Message::ArtifactStored(_)
                | Message::ArtifactPicked(_)
                | Message::ArtifactsChecked(_),
                None,
            ) => vec![],
            (other, _) => self.handle(other),
        }
    }

    /// A save ended: keep the record, tell the editor that asked, and close
    /// the window if it was waiting for this save.
    fn saved(
        &mut self,
        asked: bool,
        revision: u64,
        result: Result<crate::ui::editor::Edited, Failure>,
    ) -> Vec<Effect> {
        let outcome = result.map(|record| self.store(record));
        let failed = outcome.as_ref().err().cloned();
        let mut effects = if let Some(editor) = self.editor.as_mut().filter(|_| asked) {
            let request = editor.saved(revision, outcome);
            self.request(request)
        } else {
            if let Some(error) = &failed {
                self.notice = Some(format!(
                    "A change on a screen you have left could not be saved: {error}."
                ));
            }
            vec![]
        };
        if let Some(id) = self.closing {
            match failed {
                Some(error) => {
                    self.closing = None;
                    self.notice = Some(format!(
                        "The window was not closed because your work could not be saved: {error}. It is still here."
                    ));
                }
                None if self
                    .editor
                    .as_ref()
                    .is_none_or(|e| !e.has_unsaved_work() && !e.is_storing_measure()) =>
                {
                    effects.push(Job::CloseWindow(id).into());
                }
                None => {}
            }
        }
        effects
    }
}

impl App {
    /// A student measure was saved or removed (or not): keep the records in
    /// step, tell the evaluation that asked, and close the window if it was
    /// waiting for this.
    fn measure_stored(&mut self, asked: bool, result: Result<Stored, Failure>) -> Vec<Effect> {
        if let (Ok(stored), WorkspaceState::Open { contents, .. }) = (&result, &mut self.workspace)
        {
            match stored {
                Stored::Saved(measure) => contents.upsert((**measure).clone()),
                Stored::Removed(measure) => contents.measures.retain(|m| m.id != measure.id),
            }
        }
        let failed = result.as_ref().err().cloned();
        let mut effects = if let Some(editor) = self.editor.as_mut().filter(|_| asked) {
            let request = editor.measure_stored(result);
            self.request(request)
        } else {
            if let Some(error) = &failed {
                self.notice = Some(format!(
                    "A student measure on a screen you have left was not stored: {error}."
                ));
            }
            vec![]
        };
        if let Some(id) = self.closing {
            let idle = self
                .editor
                .as_ref()
                .is_none_or(|e| !e.has_unsaved_work() && !e.is_storing_measure());
            if failed.is_some() {
                self.closing = None;
                self.notice = Some(
                    "The window was not closed because a student measure was not stored; it is \
                     still on the screen."
                        .into(),
                );
            } else if idle {
                effects.push(Job::CloseWindow(id).into());
            }
        }
        effects
    }
}

/// What became of an export whose screen was closed before it ended.
fn export_left_behind(result: &Result<Exported, Failure>) -> String {
    match result {
        Ok(done) => format!(
            "The export you started was saved as {} after you left its screen.",
            done.path.display()
        ),
        Err(error) => format!("The export you started was not written: {error}."),
    }
}
