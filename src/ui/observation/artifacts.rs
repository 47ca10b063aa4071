//! The observation's Artifacts tab: the shared panel, with the record
//! changed only through `record::artifact` and saved as any other edit
//! (so a change after sharing is an amendment the bar signs).

use iced::Element;
use iced::widget::scrollable;

use super::{Message, ObservationScreen};
use crate::record::artifact;
use crate::record::trail::is_locked;
use crate::ui::amending;
use crate::ui::artifact_panel::{Message as Panel, Outcome};
use crate::ui::edit_session::save_if_due;
use crate::ui::editor::Request;

impl ObservationScreen {
    pub(super) fn artifact_message(&mut self, message: Panel) -> Request {
        let outcome =
            self.artifacts
                .update(message, &self.observation.artifacts, self.amending.signer());
        self.artifact_outcome(outcome)
    }

    /// What the panel asked for, done on the record or asked of the application.
    pub(super) fn artifact_outcome(&mut self, outcome: Outcome) -> Request {
        match outcome {
            Outcome::None => Request::None,
            Outcome::Store(path) => Request::StoreArtifact(path),
            Outcome::Browse => Request::PickArtifact,
            Outcome::Open(artifact) => Request::OpenArtifact(artifact),
            Outcome::Check(shas) => Request::CheckArtifacts(shas),
            Outcome::Attach(entry) => {
                let name = entry.shown_name();
                let attached = artifact::attach(&mut self.observation, *entry);
                let done = attached.is_ok();
                self.artifacts
                    .attached(attached.map(|()| name).map_err(|e| e.to_string()));
                if done {
                    self.changed();
                }
                save_if_due(self)
            }
            Outcome::Remove { index, reason } => {
                if is_locked(&self.observation) && !reason.trim().is_empty() {
                    let _ = self
                        .amending
                        .update(amending::Message::Reason(reason.clone()), &self.observation);
                }
                match artifact::detach(&mut self.observation, index, &reason) {
                    Ok(_) => self.changed(),
                    Err(e) => self.artifacts.attached(Err(e.to_string())),
                }
                save_if_due(self)
            }
        }
    }

    pub(super) fn artifacts_view(&self) -> Element<'_, Message> {
        let components = self.components().iter().map(|c| c.id.clone()).collect();
        scrollable(
            self.artifacts
                .view(
                    &self.observation.artifacts,
                    components,
                    is_locked(&self.observation),
                )
                .map(Message::Artifact),
        )
        .height(iced::Fill)
        .into()
    }
}
