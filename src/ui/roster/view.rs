//! How the roster looks: the list, the educator's page, the welcome panel.

use iced::widget::{
    Column, button, center, column, container, row, scrollable, space, text, text_input,
};
use iced::{Element, Fill, Length};

use super::form::level_label;
use super::{ImportPanel, Message, Roster};
use crate::record::{Educator, Observation};
use crate::rubric::Catalog;
use crate::ui::theme;
use crate::workspace::Contents;

/// Long lists are cut here; a search finds the rest.
const MAX_LISTED: usize = 200;

pub const SEARCH_INPUT: &str = "roster-search";

impl Roster {
    pub fn view<'a>(
        &'a self,
        contents: &'a Contents,
        catalog: &'a Catalog,
        workspace: &'a str,
        busy: Option<&'a str>,
        read_only: Option<&'a str>,
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
            import_panel(panel)
        } else if let Some(panel) = &self.exchange {
            panel.view(read_only).map(Message::Exchange)
        } else if let Some(panel) = &self.trash {
            super::trash::panel(panel, contents)
        } else if let Some(panel) = self.history_panel() {
            panel
        } else {
            match self
                .selected
                .as_deref()
                .and_then(|id| contents.educator(id))
            {
                Some(educator) => self.educator_page(educator, contents, catalog),
                None => super::overview::overview(contents, self.overview_in_full),
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
        let matches: Vec<&Educator> = contents
            .educators
            .iter()
            .filter(|e| self.show_archived || !e.is_archived())
            .filter(|e| {
                needle.is_empty()
                    || [&e.name, &e.school, &e.subject, &e.role, &e.evaluator]
                        .iter()
                        .any(|field| crate::text::folded(field).contains(&needle))
            })
            .collect();
        let count = if needle.is_empty() {
            crate::text::count(listed, "educator", "educators")
        } else {
            format!("{} of {listed} educators", matches.len())
        };
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
                            format!("{} · {}", educator.school, educator.subject)
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
        container(
            column![
                text_input("Search by name, school, subject…", &self.search)
                    .id(SEARCH_INPUT)
                    .on_input(Message::Search)
                    .padding(6),
                text(count).size(12).style(theme::muted),
                scrollable(list).spacing(4).height(Fill),
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
                row![
                    button(
                        text(if self.show_archived {
                            "Hide archived".to_string()
                        } else {
                            format!("Show archived ({archived})")
                        })
                        .size(13)
                    )
                    .style(button::text)
                    .on_press(Message::Archive(
                        super::archive::Message::ShowArchived(!self.show_archived)
                    )),
                    space().width(Fill),
                    button(text("Trash…").size(13))
                        .style(button::text)
                        .on_press(Message::Trash(super::trash::Message::Show)),
                ],
            ]
            .spacing(8)
            .padding(10),
        )
        .width(340)
        .height(Fill)
        .style(theme::panel)
        .into()
    }
}

fn welcome<'a>(workspace: &'a str, busy: Option<&'a str>) -> Element<'a, Message> {
    let mut actions = row![
        button(text("Add the first educator")).on_press(Message::NewEducator),
        button(text("Import a roster (CSV)"))
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
                    "Add the educators you evaluate one by one, import your roster from a spreadsheet saved as CSV, \
                     bring in a bundle exported from another computer, or load a sample district to look around \
                     first (it can be used only in an empty workspace)."
                )
                .style(theme::muted),
                actions,
            ]
            .spacing(14)
            .max_width(760),
        )
        .padding(28)
        .style(theme::panel),
    )
    .into()
}

fn import_panel(panel: &ImportPanel) -> Element<'_, Message> {
    let mut body = column![
        text("Import a roster").font(theme::BOLD).size(20),
        text(
            "A CSV file with a header row, one educator per row. Required columns: name, school, role \
             (teacher or edtech-coordinator), level (elementary, middle, high or other). Optional: subject, \
             employment, evaluator, rubric, degree, certifications (separate several with ;). People already \
             in the workspace with the same name and school are skipped."
        )
        .size(14),
        row![
            text_input("Path to the CSV file, e.g. /home/me/roster.csv", &panel.path)
                .on_input(Message::ImportPath)
                .on_submit(Message::Import)
                .padding(6),
            button(text("Browse…"))
                .style(button::secondary)
                .on_press(Message::BrowseRoster),
            button(text(if panel.running { "Importing…" } else { "Import" }))
                .on_press_maybe((!panel.running).then_some(Message::Import)),
            button(text("Close")).style(button::secondary).on_press(Message::CloseImport),
        ]
        .spacing(8),
    ]
    .spacing(12);
    match &panel.result {
        Some(Ok(report)) => {
            body = body.push(text(report.summary()).font(theme::BOLD));
            for error in &report.errors {
                body = body.push(text(format!("Line {}: {}", error.line, error.message)).size(13));
            }
        }
        Some(Err(error)) => {
            body = body.push(
                container(text(format!("Not imported: {error}.")))
                    .padding(8)
                    .width(Fill)
                    .style(theme::error_panel),
            );
        }
        None => {}
    }
    scrollable(container(body).padding([4, 16]).max_width(760))
        .height(Fill)
        .into()
}

impl Roster {
    fn educator_page<'a>(
        &'a self,
        educator: &'a Educator,
        contents: &'a Contents,
        catalog: &'a Catalog,
    ) -> Element<'a, Message> {
        let role = catalog
            .roles()
            .into_iter()
            .find(|r| r.id == educator.role)
            .map_or(educator.role.clone(), |r| r.name.clone());
        let rubric = catalog
            .get(&educator.rubric_id)
            .map_or(format!("{} (not loaded)", educator.rubric_id), |e| {
                e.rubric.title.clone()
            });
        let facts = [
            ("Subject", educator.subject.clone()),
            ("Employment", educator.employment.to_string()),
            ("Evaluator", educator.evaluator.clone()),
            ("Rubric", rubric),
            ("Degree", educator.qualifications.degree.clone()),
            (
                "Certifications",
                educator.qualifications.certifications.join("; "),
            ),
        ];
        let mut details = Column::new().spacing(4);
        for (label, value) in facts {
            details = details.push(
                row![
                    text(label).size(14).style(theme::muted).width(130),
                    text(if value.is_empty() {
                        "—".to_string()
                    } else {
                        value
                    })
                    .size(14),
                ]
                .spacing(8),
            );
        }
        let observations: Vec<&Observation> = contents.observations_of(&educator.id).collect();
        let mut visits = Column::new().spacing(4);
        if observations.is_empty() {
            visits = visits.push(text("No observations yet.").style(theme::muted));
        }
        for o in observations.iter().rev() {
            let draft = matches!(o.status, crate::record::Status::Draft);
            let open = button(
                row![
                    text(o.started_at.format("%a %b %-d, %Y  %H:%M").to_string())
                        .size(14)
                        .width(190),
                    text(o.kind.to_string()).size(14).width(170),
                    text(crate::text::count(o.evidence.len(), "note", "notes"))
                        .size(14)
                        .width(80),
                    text(format!("{} rated", o.rated_count()))
                        .size(14)
                        .width(80),
                    text(status_label(o)).size(14),
                ]
                .spacing(8),
            )
            .padding([5, 8])
            .width(Fill)
            .style(theme::list_item(false))
            .on_press(Message::OpenObservation(o.id.clone()));
            visits = visits.push(open);
            // Under the row, not beside it, so the row's columns keep their width.
            if draft && self.deleting.as_deref() != Some(o.id.as_str()) {
                visits = visits.push(row![
                    space().width(Fill),
                    button(text("Delete draft").size(12))
                        .padding([0, 8])
                        .style(button::text)
                        .on_press(Message::Trash(super::trash::Message::AskDelete(
                            o.id.clone()
                        ))),
                ]);
            }
            if self.deleting.as_deref() == Some(o.id.as_str()) {
                visits = visits.push(super::trash::delete_confirmation());
            }
        }
        let actions = if educator.is_archived() {
            row![
                button(text("Edit"))
                    .style(button::secondary)
                    .on_press(Message::EditEducator),
                button(text("History…"))
                    .style(button::secondary)
                    .on_press(Message::History(super::history::Message::Show)),
            ]
        } else {
            row![
                button(text("Start observation")).on_press(Message::StartObservation),
                button(text("Edit"))
                    .style(button::secondary)
                    .on_press(Message::EditEducator),
                button(text("History…"))
                    .style(button::secondary)
                    .on_press(Message::History(super::history::Message::Show)),
                button(text("Archive…"))
                    .style(button::secondary)
                    .on_press(Message::Archive(super::archive::Message::Ask)),
            ]
        }
        .spacing(8);
        scrollable(
            column![
                row![
                    column![
                        text(&educator.name).font(theme::BOLD).size(24),
                        text(format!(
                            "{role} · {} · {} school",
                            educator.school,
                            level_label(educator.level).to_lowercase()
                        ))
                        .style(theme::muted),
                    ]
                    .spacing(2)
                    .width(Fill),
                    actions,
                ]
                .spacing(8)
                .align_y(iced::Center),
                super::archive::archived_banner(educator),
                self.archive_confirmation(educator),
                details,
                space().height(Length::Fixed(6.0)),
                year_records(educator, contents),
                text(format!("Observations ({})", observations.len()))
                    .font(theme::BOLD)
                    .size(16),
                visits,
            ]
            .spacing(10)
            .padding([4, 16]),
        )
        .height(Fill)
        .into()
    }
}

/// The evaluation and plan of this school year, and those of earlier years.
fn year_records<'a>(educator: &'a Educator, contents: &'a Contents) -> Element<'a, Message> {
    let year = crate::scoring::school_year_of(crate::clock::local_now().date_naive());
    let summative = contents.summative_for(&educator.id, &year);
    let plan = contents.plan_for(&educator.id, &year);
    let summative_label = match summative {
        Some(s) if s.finalized.is_some() => format!(
            "Summative evaluation {year}: finalised{}",
            s.finalized
                .as_ref()
                .and_then(|f| f.rating.as_ref())
                .map(|r| format!(", {r}"))
                .unwrap_or_default()
        ),
        Some(_) => format!("Summative evaluation {year}: draft"),
        None => format!("Summative evaluation {year}"),
    };
    let plan_label = match plan {
        Some(p) => format!("{} {year}", p.kind),
        None => format!("Growth plan {year}"),
    };
    let mut section = Column::new().spacing(6).push(
        row![
            button(text(summative_label).size(14))
                .style(button::secondary)
                .on_press(Message::OpenSummative(year.clone())),
            button(text(plan_label).size(14))
                .style(button::secondary)
                .on_press(Message::OpenPlan(year.clone())),
        ]
        .spacing(8),
    );
    let earlier: Vec<String> = contents
        .summatives
        .iter()
        .filter(|s| s.educator_id == educator.id && s.school_year != year)
        .map(|s| s.school_year.clone())
        .chain(
            contents
                .growth_plans
                .iter()
                .filter(|p| p.educator_id == educator.id && p.school_year != year)
                .map(|p| p.school_year.clone()),
        )
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for other in earlier {
        section = section.push(
            row![
                text(format!("School year {other}:"))
                    .size(13)
                    .style(theme::muted),
                button(text("evaluation").size(13))
                    .style(button::text)
                    .on_press(Message::OpenSummative(other.clone())),
                button(text("plan").size(13))
                    .style(button::text)
                    .on_press(Message::OpenPlan(other)),
            ]
            .spacing(6)
            .align_y(iced::Center),
        );
    }
    section.into()
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

fn status_label(o: &Observation) -> String {
    match &o.status {
        crate::record::Status::Draft => "Draft".into(),
        crate::record::Status::Shared { at } => format!("Shared {}", at.format("%b %-d")),
        crate::record::Status::Acknowledged { at, .. } => {
            format!(
                "Acknowledged {}, {}",
                at.format("%b %-d"),
                crate::record::format_time(at.time())
            )
        }
    }
}
