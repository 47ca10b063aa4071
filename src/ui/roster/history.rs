//! An educator record's earlier versions: History… on the educator's page
//! lists those the workspace keeps, newest first, each with Restore. A
//! restore saves that version again, so the one it replaces is kept too.

use crate::ui::button;
use crate::ui::failure::Failure;
use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::{Action, Roster};
use crate::record::Educator;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    /// Open the panel for the selected educator (it reads the versions).
    Show,
    Close,
    Restore(u64),
}

/// The versions of one educator's record, once read.
#[derive(Debug, Clone)]
pub struct HistoryPanel {
    id: String,
    versions: Option<Result<Vec<(u64, Educator)>, Failure>>,
}

impl Roster {
    #[allow(
        clippy::needless_pass_by_value,
        reason = "a message is handed over, as iced's update takes it"
    )]
    pub(super) fn history_message(&mut self, message: Message) -> Action {
        match message {
            Message::Show => {
                let Some(id) = self.selected.clone() else {
                    return Action::None;
                };
                self.form = None;
                self.history = Some(HistoryPanel {
                    id: id.clone(),
                    versions: None,
                });
                Action::LoadEducatorVersions(id)
            }
            Message::Close => {
                self.history = None;
                Action::None
            }
            Message::Restore(number) => {
                let Some(Ok(versions)) = self.history.as_ref().and_then(|p| p.versions.as_ref())
                else {
                    return Action::None;
                };
                let Some((_, old)) = versions.iter().find(|(n, _)| *n == number) else {
                    return Action::None;
                };
                let mut restored = old.clone();
                restored.changed = crate::record::now();
                self.history = None;
                Action::Save(Box::new(restored))
            }
        }
    }

    /// The versions of the educator the panel is for arrived.
    pub fn educator_versions(&mut self, id: &str, result: Result<Vec<(u64, Educator)>, Failure>) {
        if let Some(panel) = self.history.as_mut().filter(|p| p.id == id) {
            panel.versions = Some(result);
        }
    }

    pub(super) fn history_panel(&self) -> Option<Element<'_, super::Message>> {
        let panel = self.history.as_ref()?;
        let mut list = Column::new().spacing(8).push(
            row![
                text("Earlier versions of this educator's record")
                    .font(theme::BOLD)
                    .size(20)
                    .width(Fill),
                button(text("Close"))
                    .style(button::secondary)
                    .on_press(Message::Close),
            ]
            .align_y(iced::Center),
        );
        list = match &panel.versions {
            None => list.push(text("Reading…").size(14).style(theme::muted)),
            Some(Err(why)) => list.push(text(why.to_string()).size(14).style(theme::danger_text)),
            Some(Ok(versions)) if versions.is_empty() => list.push(
                text("No earlier versions are kept: this record was never changed.")
                    .size(14)
                    .style(theme::muted),
            ),
            Some(Ok(versions)) => versions
                .iter()
                .rev()
                .fold(list, |list, (number, e)| list.push(version_row(*number, e))),
        };
        let page: Element<'_, Message> =
            scrollable(container(list).padding([4, 16]).max_width(900))
                .height(Fill)
                .into();
        Some(page.map(super::Message::History))
    }
}

fn version_row(number: u64, e: &Educator) -> Element<'_, Message> {
    container(
        row![
            column![
                text(format!(
                    "Version {number} · saved {}",
                    e.changed.format("%b %-d, %Y %-I:%M %p")
                ))
                .font(theme::BOLD)
                .size(13),
                text(format!(
                    "{} · {} · {} · evaluator {} · {}",
                    e.name,
                    e.school,
                    e.subject,
                    if e.evaluator.is_empty() {
                        "none"
                    } else {
                        &e.evaluator
                    },
                    e.employment
                ))
                .size(13),
            ]
            .width(Fill),
            button(text("Restore").size(13))
                .style(button::secondary)
                .on_press(Message::Restore(number)),
        ]
        .spacing(8)
        .align_y(iced::Center),
    )
    .padding(8)
    .width(Fill)
    .style(theme::panel)
    .into()
}
