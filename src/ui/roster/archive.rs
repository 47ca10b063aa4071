//! Archiving an educator who left, from their page: a confirmation that
//! says what it does, a banner on an archived educator, and Restore.

use crate::ui::button;
use crate::ui::failure::Failure;
use crate::ui::text_input;
use iced::widget::{column, container, row, text};
use iced::{Element, Fill};

use super::{Action, Notice, Roster};
use crate::record::Educator;
use crate::ui::theme;
use crate::workspace::ArchiveChange;

#[derive(Debug, Clone)]
pub enum Message {
    /// Ask to archive the selected educator: shows the confirmation.
    Ask,
    By(String),
    Reason(String),
    Confirm,
    Cancel,
    /// Bring the selected, archived educator back onto the roster.
    Restore,
    /// List archived educators too (or not).
    ShowArchived(bool),
}

/// The open confirmation: whom, and who archives them and why (both optional).
#[derive(Debug, Clone, Default)]
pub struct ArchiveForm {
    educator_id: String,
    by: String,
    reason: String,
    running: bool,
}

impl Roster {
    pub(super) fn archive_message(&mut self, message: Message) -> Action {
        match message {
            Message::Ask => {
                if let Some(id) = &self.selected {
                    self.archiving = Some(ArchiveForm {
                        educator_id: id.clone(),
                        ..ArchiveForm::default()
                    });
                }
            }
            Message::By(by) => {
                if let Some(form) = &mut self.archiving {
                    form.by = by;
                }
            }
            Message::Reason(reason) => {
                if let Some(form) = &mut self.archiving {
                    form.reason = reason;
                }
            }
            Message::Confirm => {
                if let Some(form) = self.archiving.as_mut().filter(|f| !f.running) {
                    form.running = true;
                    return Action::Archive {
                        id: form.educator_id.clone(),
                        by: form.by.clone(),
                        reason: form.reason.clone(),
                    };
                }
            }
            Message::Cancel => self.archiving = None,
            Message::Restore => {
                if let Some(id) = &self.selected {
                    return Action::Unarchive(id.clone());
                }
            }
            Message::ShowArchived(show) => self.show_archived = show,
        }
        Action::None
    }

    /// The parent archived or restored an educator, or says why not.
    pub fn archive_changed(&mut self, result: Result<ArchiveChange, Failure>) {
        self.archiving = None;
        self.notice = Some(match result {
            Ok(change) if change.educator.is_archived() => Notice::done(format!(
                "{} is archived: no longer in the roster list or the overview. Their records are \
                 kept and still count in the summaries of the years they worked; Restore brings \
                 them back.",
                change.educator.name
            )),
            Ok(change) => Notice::done(format!("{} is back on the roster.", change.educator.name)),
            Err(error) => Notice::problem(format!("Nothing was changed: {error}.")),
        });
    }

    /// The confirmation, when it is open for `educator`.
    pub(super) fn archive_confirmation<'a>(
        &'a self,
        educator: &'a Educator,
    ) -> Option<Element<'a, super::Message>> {
        let form = self
            .archiving
            .as_ref()
            .filter(|f| f.educator_id == educator.id)?;
        let wrap = super::Message::Archive;
        let body = column![
            text(format!("Archive {}?", educator.name))
                .font(theme::BOLD)
                .size(16),
            text(
                "Archiving is for an educator who has left. They leave the roster list and the \
                 school year's overview. Nothing is deleted: their observations, evaluations and \
                 plans are kept, still count in the summaries of the years they worked, and \
                 Restore on their page brings them back.",
            )
            .size(13),
            row![
                text_input(
                    "Why (optional), e.g. Moved to another district",
                    &form.reason
                )
                .on_input(|t| super::Message::Archive(Message::Reason(t)))
                .padding(6),
                text_input("By (optional)", &form.by)
                    .on_input(|t| super::Message::Archive(Message::By(t)))
                    .padding(6)
                    .width(200),
            ]
            .spacing(8),
            row![
                button(text(if form.running {
                    "Archiving…"
                } else {
                    "Archive educator"
                }))
                .on_press_maybe((!form.running).then_some(wrap(Message::Confirm))),
                button(text("Cancel"))
                    .style(button::secondary)
                    .on_press(wrap(Message::Cancel)),
            ]
            .spacing(8),
        ]
        .spacing(8);
        Some(
            container(body)
                .padding(10)
                .width(Fill)
                .style(theme::warning_panel)
                .into(),
        )
    }
}

/// On an archived educator's page: since when, by whom and why, and Restore.
pub(super) fn archived_banner(educator: &Educator) -> Option<Element<'_, super::Message>> {
    let archived = educator.archived.as_ref()?;
    let mut said = format!("Archived on {}", archived.at.format("%b %-d, %Y"));
    if !archived.by.is_empty() {
        said.push_str(" by ");
        said.push_str(&archived.by);
    }
    if !archived.reason.is_empty() {
        said.push_str(": ");
        said.push_str(&archived.reason);
    }
    said += ". Not in the roster list or the overview; the records are kept.";
    Some(
        container(
            row![
                text(said).size(13).width(Fill),
                button(text("Restore").size(13))
                    .on_press(super::Message::Archive(Message::Restore)),
            ]
            .spacing(8)
            .align_y(iced::Center),
        )
        .padding([6, 10])
        .width(Fill)
        .style(theme::warning_panel)
        .into(),
    )
}
