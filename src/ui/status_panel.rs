//! Sharing a document with the educator and recording their
//! acknowledgement: the same steps for observations, evaluations and plans.

use iced::Element;
use iced::widget::{button, column, container, row, text, text_input};

use super::theme;
use crate::record::Status;

/// What is typed into the acknowledgement form.
#[derive(Debug, Clone)]
pub struct StatusForm {
    name: String,
    date: String,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Share,
    Name(String),
    Date(String),
    Acknowledge,
}

impl StatusForm {
    /// Prefilled with the educator's name and today.
    pub fn new(educator_name: &str) -> StatusForm {
        StatusForm {
            name: educator_name.to_string(),
            date: chrono::Local::now().format("%Y-%m-%d").to_string(),
            error: None,
        }
    }

    /// Applies a message; true when `status` changed.
    pub fn update(&mut self, message: Message, status: &mut Status) -> bool {
        match message {
            Message::Share => {
                let shared = status.shared();
                let changed = shared != *status;
                *status = shared;
                changed
            }
            Message::Name(name) => {
                self.name = name;
                false
            }
            Message::Date(date) => {
                self.date = date;
                false
            }
            Message::Acknowledge => match status.acknowledged(&self.name, &self.date) {
                Ok(acknowledged) => {
                    *status = acknowledged;
                    self.error = None;
                    true
                }
                Err(error) => {
                    self.error = Some(error);
                    false
                }
            },
        }
    }

    pub fn view<'a>(&'a self, status: &Status, document: &str) -> Element<'a, Message> {
        match status {
            Status::Draft => column![
                text(format!(
                    "Draft: the educator has not been given this {document} yet."
                ))
                .size(14),
                button(text("Mark as shared with the educator")).on_press(Message::Share),
            ]
            .spacing(8)
            .into(),
            Status::Shared { at } => {
                let mut form = column![
                    text(format!("Shared with the educator on {}.", at.format("%B %-d, %Y"))).size(14),
                    text("Record that the educator received it. Acknowledging means received, not agreed.")
                        .size(13)
                        .style(theme::muted),
                    row![
                        text_input("Name of the person acknowledging", &self.name)
                            .on_input(Message::Name)
                            .padding(6)
                            .width(280),
                        text_input("YYYY-MM-DD", &self.date)
                            .on_input(Message::Date)
                            .padding(6)
                            .width(140),
                        button(text("Mark acknowledged")).on_press(Message::Acknowledge),
                    ]
                    .spacing(8),
                ]
                .spacing(8);
                if let Some(error) = &self.error {
                    form = form.push(
                        container(text(error.clone()).size(13))
                            .padding(6)
                            .style(theme::error_panel),
                    );
                }
                form.into()
            }
            Status::Acknowledged { shared_at, by, at } => text(format!(
                "Shared on {}; acknowledged by {by} on {}.",
                shared_at.format("%B %-d, %Y"),
                at.format("%B %-d, %Y")
            ))
            .size(14)
            .into(),
        }
    }
}
