//! The frame of the observation screen: header with tabs and save status,
//! the current tab, and the shortcut help over it.

use crate::ui::button;
use iced::widget::{Column, column, container, row, space, stack, text};
use iced::{Element, Fill};

use super::keys::HELP;
use super::{Message, ObservationScreen, Tab};
use crate::ui::confirm;
use crate::ui::dialog::dialog;
use crate::ui::theme;

impl ObservationScreen {
    /// The screen: header, amendment bar, a save error, the tab; help or a dialog over them.
    pub fn view(&self) -> Element<'_, Message> {
        let mut page = Column::new().spacing(10).padding(12).height(Fill).push(
            container(self.header())
                .padding([8, 12])
                .width(Fill)
                .style(theme::panel),
        );
        if let Some(bar) = self.amending.bar(&self.observation, Message::Amend) {
            page = page.push(bar);
        }
        if let Some(error) = self.session.autosave.error() {
            page = page.push(
                container(text(format!(
                    "This observation could not be saved: {error}. Everything you typed is kept in this window and saving is retried every few seconds; check the disk or folder, or press Ctrl+S to try now."
                )).size(13))
                .padding([6, 10])
                .width(Fill)
                .style(theme::error_panel),
            );
        }
        let page = page.push(container(self.tab_body()).padding([0, 4]).height(Fill));
        let page = if self.show_help {
            stack![crate::ui::inert::inert(page), help()].into()
        } else if let Some(confirm) = self.delete_dialog() {
            stack![crate::ui::inert::inert(page), confirm].into()
        } else if let Some(panel) = self.sending.view() {
            stack![crate::ui::inert::inert(page), panel.map(Message::Packet)].into()
        } else {
            self.session.with_export(page.into(), Message::Export)
        };
        // A step being asked about stays in sight, over the help too, since Enter confirms it.
        let asking = self
            .status_form
            .dialog("report")
            .map(|panel| panel.map(Message::Status));
        confirm::over(page, asking)
    }

    /// Back, who and what was observed, and the header's buttons; under them the tabs.
    fn header(&self) -> Column<'_, Message> {
        let o = &self.observation;
        column![
            row![
                button(text("← Educators").size(13))
                    .style(button::text)
                    .on_press(Message::Back),
                // Who and what wrap in the room left; the buttons keep theirs.
                column![
                    text(self.educator.name.clone()).font(theme::BOLD).size(18),
                    text(format!(
                        "{} · {} · {}",
                        o.kind,
                        o.started_at.format("%a %b %-d, %Y %H:%M"),
                        self.educator.school
                    ))
                    .size(13)
                    .style(theme::muted),
                ]
                .width(Fill),
                self.is_draft().then(|| {
                    button(text("Delete draft").size(13))
                        .style(button::text)
                        .on_press(Message::Delete(super::discard::Message::Ask))
                }),
                button(text("Export PDF").size(13))
                    .style(button::secondary)
                    .on_press(Message::ExportPdf),
                button(text("Help (F1)").size(13))
                    .style(button::text)
                    .on_press(Message::ToggleHelp),
            ]
            .spacing(12)
            .align_y(iced::Center),
            self.tab_row(),
        ]
        .spacing(6)
    }

    /// The tabs, how far the notes and ratings have come, and the save status.
    fn tab_row(&self) -> Element<'_, Message> {
        let tab = |label: &'static str, which: Tab| {
            button(text(label).size(15))
                .padding([4, 12])
                .style(theme::list_item(self.tab == which))
                .on_press(Message::Tab(which))
        };
        row![
            tab("Lesson", Tab::Lesson),
            tab("Script", Tab::Script),
            tab("Rate", Tab::Rate),
            self.has_lookfors().then(|| tab("Look-fors", Tab::LookFors)),
            tab("Conference", Tab::Conference),
            tab("Artifacts", Tab::Artifacts),
            tab("History", Tab::History),
            text(format!(
                "{} · {}",
                crate::text::count(self.observation.evidence.len(), "note", "notes"),
                self.rating_said()
            ))
            .size(13)
            .style(theme::muted),
            space().width(Fill),
            text(self.session.autosave.status()).size(13).style(
                if self.session.autosave.error().is_some() {
                    theme::danger_text
                } else {
                    theme::muted
                }
            ),
        ]
        .spacing(6)
        .align_y(iced::Center)
        .into()
    }

    /// The tab being shown.
    fn tab_body(&self) -> Element<'_, Message> {
        match self.tab {
            Tab::Lesson => self.lesson_view(),
            Tab::Script => self.script_view(),
            Tab::Rate => self.rating_view(),
            Tab::LookFors => self.lookfors_view(),
            // The responses under the status can run past the window's foot.
            Tab::Conference => iced::widget::scrollable(self.conference_view())
                .height(Fill)
                .into(),
            Tab::Artifacts => self.artifacts_view(),
            Tab::History => {
                iced::widget::scrollable(self.amending.history(&self.observation, Message::Amend))
                    .height(Fill)
                    .into()
            }
        }
    }
}

/// The keyboard shortcuts, over the screen until closed.
fn help<'a>() -> Element<'a, Message> {
    let mut lines = Column::new()
        .spacing(6)
        .push(text("Keyboard shortcuts").font(theme::BOLD).size(20));
    for (keys, what) in HELP {
        lines = lines.push(
            row![
                text(*keys).font(theme::BOLD).size(14).width(170),
                text(*what).size(14),
            ]
            .spacing(12),
        );
    }
    lines = lines.push(button(text("Close (Esc)")).on_press(Message::ToggleHelp));
    dialog(
        container(lines)
            .padding(24)
            .max_width(640)
            .style(theme::panel)
            .into(),
    )
}
