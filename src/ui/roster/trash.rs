//! Draft observations deleted by mistake: "Delete draft" (with a
//! confirmation) on an educator's page, and the Trash panel that lists what
//! is in the workspace's trash with Restore.

use crate::ui::button;
use crate::ui::failure::Failure;
use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::{Action, Notice, Roster};
use crate::record::Observation;
use crate::ui::theme;
use crate::workspace::{Contents, TrashItem};

#[derive(Debug, Clone)]
pub enum Message {
    /// Open the Trash panel (it reads the trash).
    Show,
    Close,
    /// Move this observation back from the trash.
    Restore(String),
    /// Ask to delete this draft: shows the confirmation beside it.
    AskDelete(String),
    ConfirmDelete,
    CancelDelete,
}

/// The Trash panel: what the trash holds once read, and what is being restored.
#[derive(Debug, Clone, Default)]
pub struct TrashPanel {
    items: Option<Result<Vec<TrashItem>, Failure>>,
    restoring: Option<String>,
}

impl Roster {
    pub(super) fn trash_message(&mut self, message: Message) -> Action {
        match message {
            Message::Show => {
                self.form = None;
                self.import = None;
                self.exchange = None;
                self.trash = Some(TrashPanel::default());
                return Action::ListTrash;
            }
            Message::Close => self.trash = None,
            Message::Restore(id) => {
                if let Some(panel) = self.trash.as_mut().filter(|p| p.restoring.is_none()) {
                    panel.restoring = Some(id.clone());
                    return Action::RestoreFromTrash(id);
                }
            }
            Message::AskDelete(id) => self.deleting = Some(id),
            Message::ConfirmDelete => {
                if let Some(id) = self.deleting.take() {
                    return Action::DeleteDraft(id);
                }
            }
            Message::CancelDelete => self.deleting = None,
        }
        Action::None
    }

    /// The id of the draft whose deletion waits for a yes.
    #[must_use]
    pub fn confirming_delete(&self) -> Option<&str> {
        self.deleting.as_deref()
    }

    pub fn trash_listed(&mut self, result: Result<Vec<TrashItem>, Failure>) {
        if let Some(panel) = &mut self.trash {
            panel.items = Some(result);
        }
    }

    /// A draft went to the trash, or why not.
    pub fn draft_deleted(&mut self, result: Result<&Observation, &Failure>) {
        self.notice = Some(match result {
            Ok(o) => Notice::done(format!(
                "The draft observation of {} is in the trash; Trash… below the list restores it.",
                o.started_at.format("%b %-d, %Y %H:%M")
            )),
            Err(error) => Notice::problem(format!("The draft was not deleted: {error}.")),
        });
    }

    /// An observation came back from the trash, or why not.
    pub fn restored(&mut self, result: Result<&Observation, &Failure>) {
        if let Some(panel) = &mut self.trash {
            panel.restoring = None;
            if let (Ok(o), Some(Ok(items))) = (&result, &mut panel.items) {
                items.retain(|item| item.id != o.id);
            }
        }
        self.notice = Some(match result {
            Ok(o) => Notice::done(format!(
                "The observation of {} is back in the workspace.",
                o.started_at.format("%b %-d, %Y %H:%M")
            )),
            Err(error) => Notice::problem(format!("Nothing was restored: {error}.")),
        });
    }
}

/// The confirmation shown under a draft about to be deleted.
pub(super) fn delete_confirmation<'a>() -> Element<'a, super::Message> {
    let wrap = super::Message::Trash;
    container(
        column![
            text(
                "Delete this draft? It moves to the workspace's trash: it is no longer listed or \
                 counted anywhere, and Trash… below the list restores it as it was."
            )
            .size(13),
            row![
                button(text("Move to trash").size(13)).on_press(wrap(Message::ConfirmDelete)),
                button(text("Cancel").size(13))
                    .style(button::secondary)
                    .on_press(wrap(Message::CancelDelete)),
            ]
            .spacing(8),
        ]
        .spacing(6),
    )
    .padding(8)
    .width(Fill)
    .style(theme::warning_panel)
    .into()
}

/// The Trash panel, in place of the educator's page.
pub(super) fn panel<'a>(
    panel: &'a TrashPanel,
    contents: &'a Contents,
) -> Element<'a, super::Message> {
    let wrap = super::Message::Trash;
    let mut body = Column::new().spacing(10).push(
        row![
            text("Trash").font(theme::BOLD).size(20).width(Fill),
            button(text("Close"))
                .style(button::secondary)
                .on_press(wrap(Message::Close)),
        ]
        .align_y(iced::Center),
    );
    body = body.push(
        text(
            "Draft observations deleted by mistake. They are kept here as they were, are not \
             counted anywhere, and Restore puts one back. Shared observations are never deleted.",
        )
        .size(13)
        .style(theme::muted),
    );
    match &panel.items {
        None => body = body.push(text("Reading the trash…").style(theme::muted)),
        Some(Err(error)) => {
            body = body.push(
                container(text(format!("The trash cannot be read: {error}.")))
                    .padding(8)
                    .width(Fill)
                    .style(theme::error_panel),
            );
        }
        Some(Ok(items)) if items.is_empty() => {
            body = body.push(text("The trash is empty."));
        }
        Some(Ok(items)) => {
            for item in items {
                body = body.push(item_row(item, contents, panel.restoring.as_deref()));
            }
        }
    }
    scrollable(container(body).padding([4, 16]).max_width(760))
        .height(Fill)
        .into()
}

fn item_row<'a>(
    item: &'a TrashItem,
    contents: &'a Contents,
    restoring: Option<&str>,
) -> Element<'a, super::Message> {
    let what = match &item.record {
        Ok(o) => format!(
            "{} · {} · {}",
            o.started_at.format("%a %b %-d, %Y %H:%M"),
            contents
                .educator(&o.educator_id)
                .map_or(o.educator_id.as_str(), |e| e.name.as_str()),
            o.kind
        ),
        Err(why) => format!("{}: this {} cannot be read ({why})", item.id, item.kind),
    };
    let when = item.deleted_at.map_or_else(
        || "deleted at an unknown time".to_string(),
        |at| format!("deleted {}", at.format("%b %-d, %Y %H:%M")),
    );
    let busy = restoring.is_some();
    row![
        column![text(what).size(14), text(when).size(12).style(theme::muted)]
            .spacing(1)
            .width(Fill),
        button(text(if restoring == Some(item.id.as_str()) {
            "Restoring…"
        } else {
            "Restore"
        }))
        .on_press_maybe(
            (!busy && item.record.is_ok())
                .then(|| super::Message::Trash(Message::Restore(item.id.clone())))
        ),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}
