//! How the roster looks: the list, the educator's page, the welcome panel.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, center, column, container, row, scrollable, space, text};
use iced::{Element, Fill};

use super::{Message, Roster};
use crate::record::Educator;
use crate::rubric::Catalog;
use crate::ui::theme;

mod educator;
use crate::workspace::Contents;

/// Long lists are cut here; a search finds the rest.
const MAX_LISTED: usize = 200;

pub const SEARCH_INPUT: &str = "roster-search";

impl Roster {
    /// `still_reading` says what is still being read while the records
    /// other than educators are: the overview and the educator's records
    /// wait for it, so nothing partial is shown as if it were complete.
    pub fn view<'a>(
        &'a self,
        contents: &'a Contents,
        catalog: &'a Catalog,
        workspace: &'a str,
        busy: Option<&'a str>,
        read_only: Option<&'a str>,
        still_reading: Option<String>,
    ) -> Element<'a, Message> {
        if contents.educators.is_empty()
            && self.form.is_none()
            && self.import.is_none()
            && self.exchange.is_none()
        {
            return welcome(workspace, busy);
        }
        let detail: Element<'a, Message> = if let Some(form) = &self.form {
            scrollable(
                container(form.view(catalog))
                    .padding([4, 16])
                    .max_width(760),
            )
            .height(Fill)
            .into()
        } else if let Some(panel) = &self.import {
            panel.view(catalog).map(Message::Import)
        } else if let Some(panel) = &self.exchange {
            panel.view(read_only).map(Message::Exchange)
        } else if let Some(panel) = self.panel_in_place(contents) {
            panel
        } else {
            match self
                .selected
                .as_deref()
                .and_then(|id| contents.educator(id))
            {
                Some(educator) => self.educator_page(educator, contents, catalog, still_reading),
                None => match still_reading {
                    Some(reading) => super::overview::waiting(reading),
                    None => super::overview::overview(contents, self.overview_in_full),
                },
            }
        };
        let detail = match &self.notice {
            Some(notice) => column![container(notice_bar(notice)).padding([0, 16]), detail]
                .spacing(8)
                .into(),
            None => detail,
        };
        row![
            self.list(contents),
            container(detail).width(Fill).height(Fill)
        ]
        .spacing(12)
        .padding(12)
        .height(Fill)
        .into()
    }

    /// The left column: search, the matching educators, and the roster's actions.
    fn list<'a>(&'a self, contents: &'a Contents) -> Element<'a, Message> {
        let needle = crate::text::folded(self.search.trim());
        let archived = contents
            .educators
            .iter()
            .filter(|e| e.is_archived())
            .count();
        let listed = if self.show_archived {
            contents.educators.len()
        } else {
            contents.educators.len() - archived
        };
        let matches = self.matching(contents, &needle);
        let count = if needle.is_empty() {
            let word = if listed == 1 { "educator" } else { "educators" };
            format!("{} {word}", crate::text::figure(listed))
        } else {
            format!(
                "{} of {} educators",
                crate::text::figure(matches.len()),
                crate::text::figure(listed)
            )
        };
        container(
            column![
                text_input("Search by name, school, subject…", &self.search)
                    .id(SEARCH_INPUT)
                    .on_input(Message::Search)
                    .padding(6),
                text(count).size(12).style(theme::muted),
                scrollable(self.list_entries(&matches))
                    .spacing(4)
                    .height(Fill),
                row![
                    button(text("Add educator").size(13)).on_press(Message::NewEducator),
                    button(text("Import roster…").size(13))
                        .style(button::secondary)
                        .on_press(Message::ShowImport),
                    button(text("Exchange…").size(13))
                        .style(button::secondary)
                        .on_press(Message::ShowExchange),
                ]
                .spacing(8),
                self.archive_and_trash(archived),
            ]
            .spacing(8)
            .padding(10),
        )
        .width(340)
        .height(Fill)
        .style(theme::panel)
        .into()
    }

    /// The educators shown (archived ones only when asked) whose fields contain the folded search.
    fn matching<'a>(&self, contents: &'a Contents, needle: &str) -> Vec<&'a Educator> {
        contents
            .educators
            .iter()
            .filter(|e| self.show_archived || !e.is_archived())
            .filter(|e| {
                needle.is_empty()
                    || [&e.name, &e.school, &e.subject, &e.role, &e.evaluator]
                        .iter()
                        .any(|field| crate::text::contains_folded(field, needle))
            })
            .collect()
    }

    /// One button per matching educator, up to [`MAX_LISTED`], then how many more there are.
    fn list_entries<'a>(&self, matches: &[&'a Educator]) -> Column<'a, Message> {
        let mut list = Column::new().spacing(2);
        for educator in matches.iter().take(MAX_LISTED) {
            let selected = self.selected.as_deref() == Some(educator.id.as_str());
            list = list.push(
                button(
                    column![
                        text(&educator.name).font(theme::BOLD).size(14),
                        text(if educator.is_archived() {
                            format!("Archived · {}", educator.school)
                        } else {
                            crate::text::joined(&[&educator.school, &educator.subject])
                        })
                        .size(12),
                    ]
                    .spacing(1),
                )
                .width(Fill)
                .padding([5, 8])
                .style(theme::list_item(selected))
                .on_press(Message::Select(educator.id.clone())),
            );
        }
        if matches.len() > MAX_LISTED {
            list = list.push(
                text(format!(
                    "{} more; type a name or school to narrow the list.",
                    matches.len() - MAX_LISTED
                ))
                .size(12)
                .style(theme::muted),
            );
        }
        list
    }

    /// The trash, the calendar or a history, when one is open in place of the page.
    fn panel_in_place<'a>(&'a self, contents: &'a Contents) -> Option<Element<'a, Message>> {
        if let Some(panel) = &self.trash {
            return Some(super::trash::panel(panel, contents));
        }
        self.batch_panel(contents)
            .or_else(|| self.calendar_panel(contents))
            .or_else(|| self.history_panel())
    }

    /// Under the list: show or hide the archived educators, and open the trash.
    fn archive_and_trash(&self, archived: usize) -> Element<'_, Message> {
        let link = |label: &'static str, message: Message| {
            button(text(label).size(13))
                .style(button::text)
                .on_press(message)
        };
        let archive = button(
            text(if self.show_archived {
                "Hide archived".to_string()
            } else {
                format!("Show archived ({archived})")
            })
            .size(13),
        )
        .style(button::text)
        .on_press(Message::Archive(super::archive::Message::ShowArchived(
            !self.show_archived,
        )));
        // Two rows: four links in one do not fit the list's width on a small screen.
        column![
            row![
                archive,
                space().width(Fill),
                link("Trash…", Message::Trash(super::trash::Message::Show)),
            ],
            row![
                space().width(Fill),
                link("Documents…", Message::Batch(super::batch::Message::Show)),
                link(
                    "Calendar…",
                    Message::Calendar(super::calendar::Message::Show)
                ),
            ],
        ]
        .into()
    }
}

fn welcome<'a>(workspace: &'a str, busy: Option<&'a str>) -> Element<'a, Message> {
    let mut actions = row![
        button(text("Add the first educator")).on_press(Message::NewEducator),
        button(text("Import a roster"))
            .style(button::secondary)
            .on_press(Message::ShowImport),
        button(text("Import a bundle"))
            .style(button::secondary)
            .on_press(Message::ShowExchange),
        button(text("Load demo data"))
            .style(button::secondary)
            .on_press_maybe(busy.is_none().then_some(Message::LoadDemo)),
    ]
    .spacing(10);
    if let Some(busy) = busy {
        actions = actions.push(text(busy).style(theme::muted));
    }
    center(
        container(
            column![
                text("Welcome to teacher-eval").font(theme::BOLD).size(26),
                text(format!("Your workspace at {workspace} has no educators yet.")),
                text(
                    "Add the educators you evaluate one by one, import your roster (a CSV from the district's system, or a OneRoster export), \
                     bring in a bundle exported from another computer, or load a sample district to look around \
                     first (it can be used only in an empty workspace)."
                )
                .style(theme::muted),
                actions,
                keeping_it(workspace),
            ]
            .spacing(14)
            .max_width(760),
        )
        .padding(28)
        .style(theme::panel),
    )
    .into()
}

/// Where the records live and how to keep them: every record is a file in
/// the workspace folder, so a copy of the folder is a whole backup.
fn keeping_it(workspace: &str) -> Element<'_, Message> {
    column![
        text("Where your records live").font(theme::BOLD),
        text(format!(
            "Every record is a small file in the folder {workspace}, on this computer only."
        ))
        .size(14),
        text(
            "To back it up, copy that whole folder to a USB drive or a backup disk, or export a \
             sealed bundle (Exchange…, with a passphrase) and keep the file somewhere safe."
        )
        .size(14),
        text(
            "To move to a new laptop, export a bundle here and import it there (Import a bundle), \
             or copy the folder to the same place on the new laptop (put elsewhere, start \
             teacher-eval with --workspace and its path)."
        )
        .size(14),
    ]
    .spacing(6)
    .into()
}

/// The last archive, deletion or restore, with Dismiss.
fn notice_bar(notice: &super::Notice) -> Element<'_, Message> {
    container(
        row![
            text(&notice.text).size(13).width(Fill),
            button(text("Dismiss").size(12))
                .style(button::text)
                .on_press(Message::DismissNotice),
        ]
        .align_y(iced::Center),
    )
    .padding([6, 10])
    .width(Fill)
    .style(if notice.problem {
        theme::error_panel
    } else {
        theme::panel
    })
    .into()
}
