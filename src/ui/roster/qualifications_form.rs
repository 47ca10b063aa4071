//! The educator form's qualifications: the degree as written, its level
//! (a picker, "Not recorded" first), and the certifications, one
//! row of fields each, added and removed with buttons the keyboard reaches.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, pick_list, row, text};
use iced::{Element, Fill};

use super::Message;
use super::form::{EducatorForm, Field};
use crate::record::{CertificationText, DegreeLevel};
use crate::ui::theme;

/// One part of a certification's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertPart {
    Name,
    Number,
    Issued,
    Expires,
}

/// What the certifications' buttons ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertMessage {
    Add,
    Remove(usize),
}

impl EducatorForm {
    /// A certification's field typed into, or a row added or removed.
    pub fn certification_message(&mut self, message: Message) {
        match message {
            Message::Cert(index, part, value) => self.set_cert(index, part, value),
            Message::Certs(message) => self.cert_message(&message),
            _ => {}
        }
    }

    /// Types into one certification's field.
    fn set_cert(&mut self, index: usize, part: CertPart, value: String) {
        let Some(c) = self.fields.certification_rows.get_mut(index) else {
            return;
        };
        let slot = match part {
            CertPart::Name => &mut c.name,
            CertPart::Number => &mut c.number,
            CertPart::Issued => &mut c.issued,
            CertPart::Expires => &mut c.expires,
        };
        *slot = value;
        self.error = None;
    }

    /// Adds an empty row, or removes one (its text goes with it, as asked).
    fn cert_message(&mut self, message: &CertMessage) {
        let rows = &mut self.fields.certification_rows;
        match message {
            CertMessage::Add => rows.push(CertificationText::default()),
            CertMessage::Remove(index) if *index < rows.len() => {
                rows.remove(*index);
            }
            CertMessage::Remove(_) => {}
        }
        self.error = None;
    }

    /// The degree, its level, and the certifications with their buttons.
    #[must_use]
    pub fn qualifications_view(&self) -> Element<'_, Message> {
        let f = &self.fields;
        let degree = text_input("e.g. M.Ed. Educational Technology", &f.degree)
            .on_input(|v| Message::Field(Field::Degree, v))
            .on_submit(Message::SaveForm)
            .padding(6);
        let levels: Vec<LevelChoice> = std::iter::once(LevelChoice(None))
            .chain(DegreeLevel::ALL.map(|l| LevelChoice(Some(l))))
            .collect();
        let chosen = LevelChoice(DegreeLevel::parse(&f.degree_level).ok());
        let level = pick_list(levels, Some(chosen), |c| {
            Message::Field(
                Field::DegreeLevel,
                c.0.map_or("", DegreeLevel::key).to_string(),
            )
        })
        .width(Fill);
        column![
            row![
                labelled("Degree and field", degree.into()),
                labelled("Highest degree", level.into()),
            ]
            .spacing(12),
            self.certifications(),
        ]
        .spacing(10)
        .into()
    }

    /// The label with the Add button beside it, then a row per certification.
    fn certifications(&self) -> Column<'_, Message> {
        let add = button(text("Add a certification").size(12))
            .padding([2, 8])
            .style(button::secondary)
            .on_press(Message::Certs(CertMessage::Add));
        let mut list = Column::new().spacing(4).push(
            row![text("Certifications").size(13).style(theme::muted), add]
                .spacing(10)
                .align_y(iced::Center),
        );
        for (i, c) in self.fields.certification_rows.iter().enumerate() {
            let field = |placeholder: &str, value: &str, part: CertPart, width: f32| {
                text_input(placeholder, value)
                    .on_input(move |v| Message::Cert(i, part, v))
                    .on_submit(Message::SaveForm)
                    .padding(4)
                    .width(width)
            };
            list = list.push(
                row![
                    field(
                        "Name, e.g. Reading Specialist",
                        &c.name,
                        CertPart::Name,
                        260.0
                    ),
                    field("Number", &c.number, CertPart::Number, 110.0),
                    field("Issued", &c.issued, CertPart::Issued, 110.0),
                    field("Expires", &c.expires, CertPart::Expires, 110.0),
                    button(text("Remove").size(13))
                        .padding([3, 10])
                        .style(button::secondary)
                        .on_press(Message::Certs(CertMessage::Remove(i))),
                ]
                .spacing(6),
            );
        }
        list
    }
}

/// A degree level in the picker; `None` is "Not recorded".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LevelChoice(Option<DegreeLevel>);

impl std::fmt::Display for LevelChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str("Not recorded"),
            Some(DegreeLevel::NoDegree) => f.write_str("No degree"),
            Some(level) => {
                let word = level.to_string();
                let mut chars = word.chars();
                let first = chars.next().map(|c| c.to_uppercase().to_string());
                write!(f, "{}{}", first.unwrap_or_default(), chars.as_str())
            }
        }
    }
}

fn labelled<'a>(label: &'a str, field: Element<'a, Message>) -> Element<'a, Message> {
    column![text(label).size(13).style(theme::muted), field]
        .spacing(3)
        .width(Fill)
        .into()
}
