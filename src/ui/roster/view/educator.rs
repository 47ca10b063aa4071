//! One educator's page: who they are, this year's evaluation and plan, and their observations.

use crate::ui::button;
use iced::widget::{Column, Row, column, row, scrollable, space, text};
use iced::{Element, Fill, Length};

use super::super::form::level_label;
use super::super::{Message, Roster, archive, history, trash};
use crate::record::{Educator, Observation};
use crate::rubric::Catalog;
use crate::ui::theme;
use crate::workspace::Contents;

impl Roster {
    /// The page of the educator selected in the list. While the rest of
    /// the records are read (`still_reading`), their evaluation, plan and
    /// observations are not shown: a sentence says they are coming.
    pub(super) fn educator_page<'a>(
        &'a self,
        educator: &'a Educator,
        contents: &'a Contents,
        catalog: &'a Catalog,
        still_reading: Option<String>,
    ) -> Element<'a, Message> {
        let role = catalog
            .roles()
            .into_iter()
            .find(|r| r.id == educator.role)
            .map_or(educator.role.clone(), |r| r.name.clone());
        let records = match still_reading {
            Some(reading) => column![text(reading).style(theme::muted)],
            None => self.records(educator, contents, catalog),
        };
        let page: Element<'a, Message> = scrollable(
            column![
                column![
                    column![
                        text(&educator.name).font(theme::BOLD).size(24),
                        text(crate::text::joined(&[
                            &role,
                            &educator.school,
                            &format!("{} school", level_label(educator.level).to_lowercase()),
                        ]))
                        .style(theme::muted),
                    ]
                    .spacing(2)
                    .width(Fill),
                    actions(educator),
                ]
                .spacing(8),
                archive::archived_banner(educator),
                self.archive_confirmation(educator),
                self.plan_form(&educator.id),
                details(educator, catalog),
                space().height(Length::Fixed(6.0)),
                records,
            ]
            .spacing(10)
            .padding([4, 16]),
        )
        .height(Fill)
        .into();
        match self.request_panel() {
            Some(panel) => iced::widget::stack![
                crate::ui::inert::inert(page),
                panel.view().map(Message::Request)
            ]
            .into(),
            None => page,
        }
    }

    /// This year's evaluation and plan, earlier years', and the observations.
    fn records<'a>(
        &'a self,
        educator: &'a Educator,
        contents: &'a Contents,
        catalog: &'a Catalog,
    ) -> Column<'a, Message> {
        let observations: Vec<&Observation> = contents.observations_of(&educator.id).collect();
        column![
            year_records(educator, contents),
            self.packets_sent(educator),
            text(format!("Observations ({})", observations.len()))
                .font(theme::BOLD)
                .size(16),
            self.visits(&observations, &educator.role, catalog),
        ]
        .spacing(10)
    }

    /// The observations, newest first, each opening on a click; drafts can be deleted.
    fn visits<'a>(
        &self,
        observations: &[&'a Observation],
        role: &str,
        catalog: &Catalog,
    ) -> Column<'a, Message> {
        let mut visits = Column::new().spacing(4);
        if observations.is_empty() {
            visits = visits.push(text("No observations yet.").style(theme::muted));
        }
        for o in observations.iter().rev() {
            let draft = matches!(o.status, crate::record::Status::Draft);
            visits = visits.push(visit_row(o, &catalog.visits.kind(role, o.kind).name));
            // Under the row, not beside it, so the row's columns keep their width.
            if draft && self.deleting.as_deref() != Some(o.id.as_str()) {
                visits = visits.push(row![
                    space().width(Fill),
                    button(text("Delete draft").size(12))
                        .padding([0, 8])
                        .style(button::text)
                        .on_press(Message::Trash(trash::Message::AskDelete(o.id.clone()))),
                ]);
            }
            if self.deleting.as_deref() == Some(o.id.as_str()) {
                visits = visits.push(trash::delete_confirmation());
            }
        }
        visits
    }
}

impl Roster {
    /// The packets sent to the educator (what, when, answered or not), and
    /// the button asking for their self-assessment.
    fn packets_sent<'a>(&'a self, educator: &'a Educator) -> Column<'a, Message> {
        let mut list = Column::new().spacing(4).push(
            row![
                text("Packets sent").font(theme::BOLD).size(16).width(Fill),
                (!educator.is_archived()).then(|| {
                    button(text("Request a self-assessment…").size(13))
                        .style(button::secondary)
                        .on_press(Message::RequestSelfAssessment)
                }),
            ]
            .align_y(iced::Center),
        );
        let sent = self.sent_to(&educator.id);
        if sent.is_empty() {
            list = list.push(
                text("None yet. Send an observation or an evaluation from its screen.")
                    .size(13)
                    .style(theme::muted),
            );
        }
        for packet in sent {
            let m = &packet.packet;
            let answered = match packet.responses.last() {
                Some(r) => format!(
                    "answered, imported {} by {}{}",
                    r.imported_at.format("%b %-d, %Y"),
                    r.by,
                    if r.earlier_version {
                        " (to an earlier version)"
                    } else {
                        ""
                    }
                ),
                None => "not answered yet".to_string(),
            };
            list = list.push(
                text(format!(
                    "{}: sent {}, {answered}",
                    capitalised(m.about.what()),
                    m.exported_at.format("%b %-d, %Y %H:%M")
                ))
                .size(13),
            );
        }
        for problem in self.sent_problems() {
            list = list.push(
                text(format!("Not read: {problem}."))
                    .size(12)
                    .style(theme::danger_text),
            );
        }
        list
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What can be done with the educator: fewer things once archived.
fn actions<'a>(educator: &Educator) -> Row<'a, Message> {
    if educator.is_archived() {
        row![
            button(text("Edit"))
                .style(button::secondary)
                .on_press(Message::EditEducator),
            button(text("History…"))
                .style(button::secondary)
                .on_press(Message::History(history::Message::Show)),
        ]
    } else {
        row![
            button(text("Start observation")).on_press(Message::StartObservation),
            button(text("Plan a visit…"))
                .style(button::secondary)
                .on_press(Message::Calendar(super::super::calendar::Message::Plan)),
            button(text("Edit"))
                .style(button::secondary)
                .on_press(Message::EditEducator),
            button(text("History…"))
                .style(button::secondary)
                .on_press(Message::History(history::Message::Show)),
            button(text("Archive…"))
                .style(button::secondary)
                .on_press(Message::Archive(archive::Message::Ask)),
        ]
    }
    .spacing(8)
}

/// The educator's facts as label and value, a dash for those left empty.
fn details<'a>(educator: &Educator, catalog: &Catalog) -> Column<'a, Message> {
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
        ("Degree", degree_text(&educator.qualifications)),
        (
            "Certifications",
            certifications_text(
                &educator.qualifications,
                crate::clock::local_now().date_naive(),
            ),
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
    details
}

/// "M.Ed. Instructional Technology (master's)"; the level alone, or the text alone.
fn degree_text(q: &crate::record::Qualifications) -> String {
    match (q.degree.is_empty(), q.degree_level) {
        (_, None) => q.degree.clone(),
        (true, Some(level)) => level.to_string(),
        (false, Some(level)) => format!("{} ({level})", q.degree),
    }
}

/// One line per certification, with its number and dates, and an expired
/// or soon-expiring one said in words.
pub fn certifications_text(q: &crate::record::Qualifications, today: chrono::NaiveDate) -> String {
    q.certifications
        .iter()
        .map(|c| match c.warning(today) {
            Some(warning) => format!("{} — {warning}", c.described()),
            None => c.described(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One observation as a row: when, what kind (as the role names it, and
/// whether announced), notes, ratings, status; a click opens it.
fn visit_row<'a>(o: &Observation, kind: &str) -> Element<'a, Message> {
    let kind = format!(
        "{kind} ({})",
        if o.announced() {
            "announced"
        } else {
            "unannounced"
        }
    );
    // Two lines, so the status is in view at 1024x700 as well.
    button(
        column![
            row![
                text(o.started_at.format("%a %b %-d, %Y  %H:%M").to_string())
                    .size(14)
                    .width(190),
                text(kind).size(14).width(Fill),
                text(status_label(o)).size(14),
            ]
            .spacing(8),
            text(crate::text::joined(&[
                &crate::text::count(o.note_count(), "note", "notes"),
                &o.rating_tally().to_string(),
            ]))
            .size(13)
            .style(theme::muted),
        ]
        .spacing(2),
    )
    .padding([5, 8])
    .width(Fill)
    .style(theme::list_item(false))
    .on_press(Message::OpenObservation(o.id.clone()))
    .into()
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
    let self_label = match contents.self_assessment_for(&educator.id, &year) {
        Some(s) if s.is_submitted() => format!("Self-assessment {year}: submitted"),
        Some(_) => format!("Self-assessment {year}: draft"),
        None => format!("Self-assessment {year}"),
    };
    let section = Column::new().spacing(6).push(
        row![
            button(text(summative_label).size(14))
                .style(button::secondary)
                .on_press(Message::OpenSummative(year.clone())),
            button(text(plan_label).size(14))
                .style(button::secondary)
                .on_press(Message::OpenPlan(year.clone())),
            button(text(self_label).size(14))
                .style(button::secondary)
                .on_press(Message::OpenSelfAssessment(year.clone())),
        ]
        .spacing(8)
        .wrap(),
    );
    earlier_years(section, educator, contents, &year).into()
}

/// A line per earlier school year with an evaluation or a plan, each openable.
fn earlier_years<'a>(
    mut section: Column<'a, Message>,
    educator: &Educator,
    contents: &Contents,
    year: &str,
) -> Column<'a, Message> {
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
    section
}

/// How far the observation has gone: draft, shared, or acknowledged (when).
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
