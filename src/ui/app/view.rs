//! How the application's frame looks: header, banners, the current screen.

use crate::ui::button;
use iced::widget::{Column, column, container, pick_list, progress_bar, row, space, stack, text};
use iced::{Element, Fill};

use super::{App, Message, Screen, WorkspaceState};
use crate::files::preferences::Appearance;
use crate::ui::editor::Editor;
use crate::ui::theme;

impl App {
    /// The window: the header and banners over the current screen (an
    /// editor has no header), and the search panel over it when open.
    pub fn view(&self) -> Element<'_, Message> {
        crate::ui::key_gate::key_gate(self.layers(), super::listeners::text_size_key)
    }

    /// The page, and the search or the keyboard help over it.
    fn layers(&self) -> Element<'_, Message> {
        let page = self.page();
        if let Some(about) = &self.about {
            let panel = crate::ui::about::view(about, &self.workspace_label, Message::About(false));
            return stack![crate::ui::inert::inert(page), panel].into();
        }
        if self.search.is_open() {
            let panel = self.search.view().map(Message::Search);
            return stack![
                crate::ui::inert::inert(page),
                crate::ui::dialog::dialog(panel)
            ]
            .into();
        }
        if let Some(screen) = self.help_for().filter(|_| self.help) {
            let panel = crate::ui::keys_help::view(screen, Message::CloseHelp);
            return stack![
                crate::ui::inert::inert(page),
                crate::ui::dialog::dialog(panel)
            ]
            .into();
        }
        page
    }

    /// Whose keys the help lists; `None` on the observation, which has its own.
    fn help_for(&self) -> Option<crate::ui::keys_help::HelpFor> {
        use crate::ui::keys_help::HelpFor;
        Some(match (self.screen, &self.editor) {
            (Screen::Editor, Some(editor)) => match editor {
                Editor::Observation(_) => return None,
                Editor::Summative(_) => HelpFor::Summative,
                Editor::Plan(_) => HelpFor::Plan,
                Editor::SelfAssessment(_) => HelpFor::SelfAssessment,
            },
            (Screen::Summary, _) => HelpFor::Summary,
            (Screen::Editor | Screen::Rubrics, _) => HelpFor::Rubrics,
            (Screen::Roster, _) if self.roster.wants_keys() => HelpFor::RosterImport,
            (Screen::Roster, _) => HelpFor::Educators,
        })
    }

    fn page(&self) -> Element<'_, Message> {
        if let (Screen::Editor, Some(editor)) = (self.screen, &self.editor) {
            let mut page = Column::new();
            for banner in self.banners() {
                page = page.push(container(banner).padding(iced::Padding::from([6, 12]).bottom(0)));
            }
            return page.push(editor.view()).height(Fill).into();
        }
        let mut page = Column::new().push(self.header());
        if let Some(progress) = self.reading() {
            let what = match self.workspace {
                WorkspaceState::Opening(_) => "the educators",
                _ => "the workspace",
            };
            page = page.push(reading_line(what, progress));
        }
        for banner in self.banners() {
            page = page.push(container(banner).padding(iced::Padding::from([6, 12]).bottom(0)));
        }
        let body: Element<'_, Message> = match self.screen {
            Screen::Summary => self.summary.view().map(Message::Summary),
            Screen::Editor | Screen::Rubrics => self
                .browser
                .view(&self.catalog, self.user_rubric_folder.as_deref())
                .map(Message::Browser),
            Screen::Roster => self.roster_page(),
        };
        page.push(body).height(Fill).into()
    }

    /// The name, the screens' tabs, the workspace, and the appearance choice.
    fn header(&self) -> Element<'_, Message> {
        let tab = |label: &'static str, screen: Screen| {
            button(text(label).size(15))
                .padding([4, 10])
                .style(theme::list_item(self.screen == screen))
                .on_press(Message::Show(screen))
        };
        container(
            row![
                text("teacher-eval").font(theme::BOLD).size(18),
                tab("Educators", Screen::Roster),
                tab("Summary", Screen::Summary),
                tab("Rubrics", Screen::Rubrics),
                button(text("Search (Ctrl+F)").size(13))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press(Message::Search(crate::ui::search::Message::Open)),
                button(text("Keys (F1)").size(13))
                    .padding([4, 10])
                    .style(button::secondary)
                    .on_press(Message::ToggleHelp),
                space().width(Fill),
                text(&self.workspace_label).size(12).style(theme::muted),
                button(text("About").size(13))
                    .padding([4, 10])
                    .style(button::text)
                    .on_press(Message::About(true)),
                pick_list(
                    Appearance::ALL,
                    Some(self.preferences.appearance),
                    Message::ThemeChosen
                )
                .text_size(13),
            ]
            .spacing(12)
            .align_y(iced::Center),
        )
        .padding([8, 14])
        .style(theme::panel)
        .into()
    }

    /// The roster once the workspace is open; until then, that it is opening or why it failed.
    fn roster_page(&self) -> Element<'_, Message> {
        match &self.workspace {
            WorkspaceState::Opening(_) => container(
                column![
                    text("Opening the workspace…").font(theme::BOLD).size(18),
                    text(
                        "The educators come first: the roster opens as soon as they are read, \
                         and their observations, evaluations and plans follow."
                    )
                    .style(theme::muted),
                ]
                .spacing(8),
            )
            .padding(24)
            .into(),
            WorkspaceState::Failed(error) => container(
                column![
                    text("The workspace could not be opened")
                        .font(theme::BOLD)
                        .size(18),
                    text(format!("{error}.")),
                    text("Start teacher-eval with --workspace DIR to use another folder.")
                        .style(theme::muted),
                ]
                .spacing(8),
            )
            .padding(24)
            .into(),
            WorkspaceState::Open {
                workspace,
                contents,
                ..
            } => self
                .roster
                .view(
                    contents,
                    &self.catalog,
                    &self.workspace_label,
                    self.busy.as_deref(),
                    workspace.read_only_reason(),
                    self.still_reading(),
                )
                .map(Message::Roster),
        }
    }

    /// Notices that stay visible: read-only mode, files set aside, problems.
    pub(super) fn banners(&self) -> Vec<Element<'_, Message>> {
        let mut banners = Vec::new();
        if let Some(notice) = &self.notice {
            banners.push(
                container(
                    row![
                        text(notice).size(13).width(Fill),
                        button(text("Dismiss").size(12))
                            .style(button::text)
                            .on_press(Message::DismissNotice),
                    ]
                    .align_y(iced::Center),
                )
                .padding([6, 10])
                .width(Fill)
                .style(theme::error_panel)
                .into(),
            );
        }
        let WorkspaceState::Open {
            workspace,
            contents,
            ..
        } = &self.workspace
        else {
            return banners;
        };
        if let Some(reason) = workspace.read_only_reason() {
            banners.push(warning(format!(
                "Read-only: {reason}. You can look, but changes cannot be saved."
            )));
        }
        if !contents.set_aside.is_empty() {
            let mut lines = Column::new().spacing(2).push(
                text(format!(
                    "{} file{} in the workspace could not be read. {} kept exactly as found and not loaded; the rest loaded normally:",
                    contents.set_aside.len(),
                    if contents.set_aside.len() == 1 { "" } else { "s" },
                    if contents.set_aside.len() == 1 { "It is" } else { "They are" },
                ))
                .size(13),
            );
            for item in contents.set_aside.iter().take(5) {
                lines = lines.push(text(item.to_string()).size(12));
            }
            if contents.set_aside.len() > 5 {
                lines = lines
                    .push(text(format!("…and {} more.", contents.set_aside.len() - 5)).size(12));
            }
            banners.push(
                container(lines)
                    .padding([6, 10])
                    .width(Fill)
                    .style(theme::warning_panel)
                    .into(),
            );
        }
        banners
    }
}

/// Under the header while the workspace is read: how far, in words and a bar.
fn reading_line<'a>(what: &str, progress: &crate::workspace::Progress) -> Element<'a, Message> {
    let mut line = row![
        text(super::reading::progress_sentence(what, progress))
            .size(13)
            .width(Fill),
    ]
    .spacing(12)
    .align_y(iced::Center);
    if let Some(done) = super::reading::fraction(progress) {
        line = line.push(progress_bar(0.0..=1.0, done).length(240).girth(8));
    }
    container(line).padding([6, 14]).width(Fill).into()
}

fn warning<'a>(message: String) -> Element<'a, Message> {
    container(text(message).size(13))
        .padding([6, 10])
        .width(Fill)
        .style(theme::warning_panel)
        .into()
}
