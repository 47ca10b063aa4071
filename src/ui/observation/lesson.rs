//! The lesson tab (kind, class context, pre-conference) and the conference
//! tab (post-conference, reflection, sharing and acknowledgement).

use crate::record::trail::amended_after_acknowledgement;
use crate::ui::button;
use crate::ui::text_editor;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::{ContextField, Message, ObservationScreen};
use crate::ui::text_editing::edit;
use crate::ui::theme;

impl ObservationScreen {
    /// The messages of the Lesson and Conference tabs: the visit, its
    /// context and observers, the conference notes and the status.
    pub(super) fn lesson_message(&mut self, message: Message) {
        match message {
            Message::Context(ContextField::Observer, value) => {
                self.observation.observer = value;
                self.changed();
            }
            Message::Context(ContextField::CoObserver, value) => {
                self.observation.co_observer = value;
                self.changed();
            }
            Message::Context(field, value) => {
                let c = &mut self.observation.context;
                match field {
                    ContextField::Subject => c.subject = value,
                    ContextField::Grade => c.grade = value,
                    ContextField::Topic => c.topic = value,
                    ContextField::Students => {
                        let digits: String =
                            value.chars().filter(char::is_ascii_digit).take(4).collect();
                        c.students = digits.parse().ok();
                    }
                    ContextField::Observer | ContextField::CoObserver => {}
                }
                self.changed();
            }
            Message::PreConference(action) => {
                let edited = edit(&mut self.pre_conference, action);
                if edited {
                    self.observation.pre_conference = self.pre_conference.text();
                    self.changed();
                }
            }
            Message::PostConference(action) => {
                let edited = edit(&mut self.post_conference, action);
                if edited {
                    self.observation.post_conference = self.post_conference.text();
                    self.changed();
                }
            }
            Message::Reflection(action) => {
                let edited = edit(&mut self.reflection, action);
                if edited {
                    self.observation.reflection = self.reflection.text();
                    self.changed();
                }
            }
            Message::Status(message) => {
                let moved = self
                    .status_form
                    .update(message, &mut self.observation.status);
                if moved {
                    self.changed();
                }
            }
            _ => {}
        }
    }

    /// The lesson tab: the kind of visit, the class and who visited, the pre-conference notes.
    pub(super) fn lesson_view(&self) -> Element<'_, Message> {
        let c = &self.observation.context;
        let students = c.students.map(|n| n.to_string()).unwrap_or_default();
        let mut body = column![
            text("Kind of visit").font(theme::BOLD).size(15),
            self.kind_chips(),
            row![
                field(
                    "Subject",
                    "e.g. Mathematics",
                    &c.subject,
                    ContextField::Subject
                ),
                field("Grade", "e.g. 4", &c.grade, ContextField::Grade),
            ]
            .spacing(12),
            row![
                field(
                    "Lesson topic",
                    "e.g. Equivalent fractions",
                    &c.topic,
                    ContextField::Topic
                ),
                field(
                    "Students present",
                    "e.g. 24",
                    &students,
                    ContextField::Students
                ),
            ]
            .spacing(12),
            self.observers(),
            self.evaluator_line(),
            text("Pre-observation conference notes")
                .font(theme::BOLD)
                .size(15),
            text_editor(&self.pre_conference)
                .placeholder("What the educator plans, what to look for, agreed focus…")
                .on_action(Message::PreConference)
                .height(140),
            text(self.rubric_line()).size(13).style(theme::muted),
        ]
        .spacing(10)
        .max_width(900);
        if let Some(warning) = &self.rubric_warning {
            body = body.push(
                container(text(warning.clone()).size(13))
                    .padding(8)
                    .width(Fill)
                    .style(theme::warning_panel),
            );
        }
        body = body.push(
            button(text("Go to the script (Ctrl+N)")).on_press(Message::Tab(super::Tab::Script)),
        );
        body.into()
    }

    /// Who visited: the observer, and a co-observer if any.
    fn observers(&self) -> Element<'_, Message> {
        row![
            field(
                "Observer (who visited)",
                "Your name",
                &self.observation.observer,
                ContextField::Observer
            ),
            field(
                "Co-observer (optional)",
                "Who else visited, if anyone",
                &self.observation.co_observer,
                ContextField::CoObserver
            ),
        ]
        .spacing(12)
        .into()
    }

    /// Which rubric the observation is rated on, and whether it is loaded.
    fn rubric_line(&self) -> String {
        match &self.rubric {
            Some(r) => format!("Rubric: {} ({})", r.title, r.id),
            None => format!("Rubric: {} (not loaded)", self.observation.rubric_id),
        }
    }

    /// That the assigned evaluator stays on record whoever visits.
    fn evaluator_line(&self) -> Element<'_, Message> {
        text(format!(
            "The assigned evaluator ({}) stays on the educator's record.",
            if self.educator.evaluator.is_empty() {
                "none"
            } else {
                &self.educator.evaluator
            }
        ))
        .size(12)
        .style(theme::muted)
        .into()
    }

    pub(super) fn conference_view(&self) -> Element<'_, Message> {
        let status = self
            .status_form
            .view(
                &self.observation.status,
                amended_after_acknowledgement(&self.observation),
                "report",
            )
            .map(Message::Status);
        column![
            text("Post-observation conference notes")
                .font(theme::BOLD)
                .size(15),
            text_editor(&self.post_conference)
                .placeholder("What was discussed, agreed next steps…")
                .on_action(Message::PostConference)
                .height(150),
            text("The educator's reflection").font(theme::BOLD).size(15),
            text_editor(&self.reflection)
                .placeholder(
                    "In the educator's words: how the lesson went, what they would change…"
                )
                .on_action(Message::Reflection)
                .height(150),
            text("Status").font(theme::BOLD).size(15),
            status,
            crate::ui::button(text("Send as a packet…"))
                .style(iced::widget::button::secondary)
                .on_press(Message::SendPacket),
            crate::ui::responses_view::responses(
                &self.observation.responses,
                &crate::record::trail::fingerprint(&self.observation),
                |a| Message::OpenResponseArtifact(Box::new(a)),
            ),
        ]
        .spacing(10)
        .max_width(900)
        .into()
    }
}

/// A labelled field of the lesson's context.
fn field<'a>(
    label: &'static str,
    placeholder: &'static str,
    value: &str,
    which: ContextField,
) -> Column<'a, Message> {
    column![
        text(label).size(13).style(theme::muted),
        text_input(placeholder, value)
            .on_input(move |v| Message::Context(which, v))
            .padding(6),
    ]
    .spacing(3)
    .width(Fill)
}
