//! "Delete draft" on an open draft observation: a confirmation, then the
//! last changes are saved, the screen closes and the draft moves to the
//! workspace's trash (from where it can be restored).

use crate::ui::button;
use iced::Element;
use iced::widget::{column, container, row, text};

use super::ObservationScreen;
use crate::record::Status;
use crate::ui::dialog::dialog;
use crate::ui::edit_session::Editing;
use crate::ui::editor::Request;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    /// Ask: shows the confirmation.
    Ask,
    Confirm,
    Cancel,
}

/// Where deleting the draft stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Deleting {
    #[default]
    No,
    /// The confirmation is shown.
    Asking,
    /// Confirmed: waiting for the last save before the move.
    AfterSaving,
}

impl ObservationScreen {
    #[allow(
        clippy::needless_pass_by_value,
        reason = "a message is handed over, as iced's update takes it"
    )]
    pub(super) fn delete_message(&mut self, message: Message) -> Request {
        match message {
            Message::Ask if self.is_draft() => self.deleting = Deleting::Asking,
            Message::Cancel => self.deleting = Deleting::No,
            Message::Confirm if self.deleting == Deleting::Asking => {
                // The note being typed is part of the record, so the trash keeps it too.
                self.deleting = Deleting::AfterSaving;
                return self.delete_when_saved();
            }
            Message::Ask | Message::Confirm => {}
        }
        Request::None
    }

    /// Deletes once everything is on disk: saves first if needed, waits for
    /// a save under way. A new observation never saved just closes.
    pub(super) fn delete_when_saved(&mut self) -> Request {
        if self.deleting != Deleting::AfterSaving || self.session.autosave.is_saving() {
            return Request::None;
        }
        if self.session.autosave.is_dirty() {
            return self.begin_save();
        }
        self.deleting = Deleting::No;
        if !self.on_disk {
            return self.close();
        }
        Request::DeleteDraft {
            id: self.observation.id.clone(),
            educator_id: self.observation.educator_id.clone(),
        }
    }

    /// Esc closes the confirmation; a confirmed deletion goes on.
    pub(super) fn cancel_delete(&mut self) {
        if self.deleting == Deleting::Asking {
            self.deleting = Deleting::No;
        }
    }

    /// A failed save stops the deletion; the failure is shown as usual.
    pub(super) fn delete_save_failed(&mut self) {
        if self.deleting == Deleting::AfterSaving {
            self.deleting = Deleting::No;
        }
    }

    pub fn is_draft(&self) -> bool {
        matches!(self.observation.status, Status::Draft)
    }

    /// The confirmation over the page, while it is asked.
    pub(super) fn delete_dialog(&self) -> Option<Element<'_, super::Message>> {
        if self.deleting != Deleting::Asking {
            return None;
        }
        let wrap = super::Message::Delete;
        let panel = container(
            column![
                text("Delete this draft observation?")
                    .font(theme::BOLD)
                    .size(18),
                text(
                    "It moves to the workspace's trash, as it is now: it is no longer listed or \
                     counted anywhere, and Trash… on the Educators page restores it. Only drafts \
                     can be deleted; once shared, an observation is part of the record."
                )
                .size(14),
                row![
                    button(text("Move to trash")).on_press(wrap(Message::Confirm)),
                    button(text("Cancel"))
                        .style(button::secondary)
                        .on_press(wrap(Message::Cancel)),
                ]
                .spacing(8),
            ]
            .spacing(12),
        )
        .padding(24)
        .max_width(560)
        .style(theme::panel);
        Some(dialog(panel.into()))
    }
}
