//! Finalising (which locks the evaluation) and reopening (which is
//! recorded): each is tried first, then asked about, then taken.

use super::{Message, Step, SummativeScreen, sentence};
use crate::ui::editor::Request;
use crate::ui::status_panel;

impl SummativeScreen {
    /// Finalising, reopening, and the answer to what was asked. `Some` when
    /// Confirm answered the status panel instead, which is its own update.
    pub(super) fn step_message(&mut self, message: Message) -> Option<Request> {
        match message {
            Message::FinalizeBy(name) => self.finalize_by = name,
            // A measure being typed would not be in what finalising keeps.
            Message::Finalize if self.unstored().is_some() || self.is_storing_measure() => {
                self.problem = Some(
                    "Save or cancel the student measure being entered before finalising.".into(),
                );
            }
            // Each is tried on a copy first, so a refusal is said before anything is asked.
            Message::Finalize => match self.finalised() {
                Ok(_) => self.asking = Some(Step::Finalise),
                Err(e) => self.problem = Some(sentence(&e)),
            },
            Message::ReopenReason(reason) => self.reopen_reason = reason,
            Message::Reopen => match self.reopened() {
                Ok(_) => self.asking = Some(Step::Reopen),
                Err(e) => self.problem = Some(sentence(&e)),
            },
            Message::Confirm => match self.asking.take() {
                Some(Step::RemoveMeasure(id)) => {
                    self.storing = Some(super::measures::Storing::Removing);
                    return Some(Request::RemoveMeasure(id));
                }
                Some(step) => {
                    let result = if step == Step::Finalise {
                        self.finalised()
                    } else {
                        self.reopened()
                    };
                    match result {
                        Ok(summative) => {
                            self.summative = summative;
                            if step == Step::Reopen {
                                let why = format!("Reopened: {}", self.reopen_reason.trim());
                                self.amending.suggest_reason(&why);
                                if self.amending.signer().is_empty() {
                                    // The name typed to reopen signs what reopening changes.
                                    self.amending.set_signer(&self.finalize_by);
                                }
                                self.reopen_reason.clear();
                            }
                            self.problem = None;
                            self.changed();
                        }
                        Err(e) => self.problem = Some(sentence(&e)),
                    }
                }
                None => return Some(self.update(Message::Status(status_panel::Message::Confirm))),
            },
            Message::Cancel => {
                self.asking = None;
                self.status_form
                    .update(status_panel::Message::Cancel, &mut self.summative.status);
            }
            _ => {}
        }
        None
    }
}
