//! The add / edit educator form: text kept as typed until it saves.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, pick_list, row, text};
use iced::{Element, Fill};

use super::Message;
use crate::record::roster::{NewEducator, school_level_key};
use crate::rubric::{Catalog, SchoolLevel};
use crate::ui::theme;

/// One field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    School,
    Role,
    Level,
    Subject,
    Employment,
    Evaluator,
    Rubric,
    Degree,
    DegreeLevel,
}

/// The form's state: the fields, which educator it edits, and how saving went.
#[derive(Debug, Clone, Default)]
pub struct EducatorForm {
    pub fields: NewEducator,
    /// The id being edited, or `None` for a new educator.
    pub editing: Option<String>,
    pub error: Option<String>,
    pub saving: bool,
}

/// A labelled choice for a pick list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice {
    key: String,
    label: String,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

pub const NAME_INPUT: &str = "educator-name";

impl EducatorForm {
    pub fn set(&mut self, field: Field, value: String) {
        let f = &mut self.fields;
        let slot = match field {
            Field::Name => &mut f.name,
            Field::School => &mut f.school,
            Field::Role => {
                // A new role usually means a different rubric: let the default apply.
                f.rubric.clear();
                &mut f.role
            }
            Field::Level => &mut f.level,
            Field::Subject => &mut f.subject,
            Field::Employment => &mut f.employment,
            Field::Evaluator => &mut f.evaluator,
            Field::Rubric => &mut f.rubric,
            Field::Degree => &mut f.degree,
            Field::DegreeLevel => &mut f.degree_level,
        };
        *slot = value;
        self.error = None;
    }

    /// The form: a field per fact, the role, level and rubric choices, then Save and Cancel.
    #[must_use]
    pub fn view<'a>(&'a self, catalog: &'a Catalog) -> Element<'a, Message> {
        let f = &self.fields;
        let title = if self.editing.is_some() {
            "Edit educator"
        } else {
            "Add an educator"
        };
        let form = column![
            text(title).font(theme::BOLD).size(20),
            labelled(
                "Name",
                text_input("Full name, as it should appear on reports", &f.name)
                    .id(NAME_INPUT)
                    .on_input(|v| Message::Field(Field::Name, v))
                    .on_submit(Message::SaveForm)
                    .padding(6)
                    .into()
            ),
            input("School", "School name", &f.school, Field::School),
            labelled(
                "Role",
                segments(&role_choices(catalog), &f.role, Field::Role)
            ),
            labelled(
                "School level",
                segments(&level_choices(), &f.level, Field::Level)
            ),
            labelled("Rubric", self.rubric_choice(catalog)),
            row![
                input(
                    "Subject and grade",
                    "e.g. Grade 7 Science",
                    &f.subject,
                    Field::Subject
                ),
                input(
                    "Employment",
                    "Probationary, Tenured, or another status",
                    &f.employment,
                    Field::Employment
                ),
            ]
            .spacing(12),
            input(
                "Evaluator",
                "Who evaluates this educator",
                &f.evaluator,
                Field::Evaluator
            ),
            self.qualifications_view(),
        ]
        .spacing(10);
        self.form_end(form).into()
    }

    /// The rubrics of the chosen role, with the one chosen (or the role's default) selected.
    fn rubric_choice<'a>(&self, catalog: &'a Catalog) -> Element<'a, Message> {
        let f = &self.fields;
        let rubrics: Vec<Choice> = catalog
            .entries
            .iter()
            .filter(|e| f.role.is_empty() || e.rubric.role.id == f.role)
            .map(|e| Choice {
                key: e.rubric.id.clone(),
                label: e.rubric.title.clone(),
            })
            .collect();
        let rubric_key = if f.rubric.is_empty() {
            catalog
                .default_for_role(&f.role)
                .map(|e| e.rubric.id.clone())
                .unwrap_or_default()
        } else {
            f.rubric.clone()
        };
        let rubric = rubrics.iter().find(|c| c.key == rubric_key).cloned();
        pick_list(rubrics, rubric, |c| Message::Field(Field::Rubric, c.key))
            .placeholder("Choose a role first")
            .width(Fill)
            .into()
    }

    /// Under the fields: why saving failed, if it did, then Save and Cancel.
    fn form_end<'a>(&'a self, mut form: Column<'a, Message>) -> Column<'a, Message> {
        if let Some(error) = &self.error {
            form = form.push(
                container(text(error).size(14))
                    .padding(8)
                    .width(Fill)
                    .style(theme::error_panel),
            );
        }
        let save = button(text(if self.saving { "Saving…" } else { "Save" }))
            .on_press_maybe((!self.saving).then_some(Message::SaveForm));
        form.push(
            row![
                save,
                button(text("Cancel"))
                    .style(button::secondary)
                    .on_press(Message::CancelForm)
            ]
            .spacing(8),
        )
    }
}

/// The catalog's roles as choices.
fn role_choices(catalog: &Catalog) -> Vec<Choice> {
    catalog
        .roles()
        .iter()
        .map(|r| Choice {
            key: r.id.clone(),
            label: r.name.clone(),
        })
        .collect()
}

/// The four school levels as choices.
fn level_choices() -> Vec<Choice> {
    [
        SchoolLevel::Elementary,
        SchoolLevel::Middle,
        SchoolLevel::High,
        SchoolLevel::Other,
    ]
    .iter()
    .map(|l| Choice {
        key: school_level_key(*l).to_string(),
        label: level_label(*l).to_string(),
    })
    .collect()
}

/// A labelled text field for one of the form's facts; Enter saves.
fn input<'a>(
    label: &'a str,
    placeholder: &'a str,
    value: &'a str,
    field: Field,
) -> Element<'a, Message> {
    labelled(
        label,
        text_input(placeholder, value)
            .on_input(move |v| Message::Field(field, v))
            .on_submit(Message::SaveForm)
            .padding(6)
            .into(),
    )
}

/// A row of buttons, one per choice, the chosen one filled: one click, and
/// every option visible at once.
fn segments<'a>(choices: &[Choice], chosen: &str, field: Field) -> Element<'a, Message> {
    let mut buttons = row![].spacing(6);
    for choice in choices {
        let selected = choice.key == chosen;
        buttons = buttons.push(
            button(text(choice.label.clone()).size(14))
                .padding([5, 12])
                .style(if selected {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::Field(field, choice.key.clone())),
        );
    }
    buttons.into()
}

fn labelled<'a>(label: &'a str, field: Element<'a, Message>) -> Element<'a, Message> {
    column![text(label).size(13).style(theme::muted), field]
        .spacing(3)
        .width(Fill)
        .into()
}

pub fn level_label(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Elementary => "Elementary",
        SchoolLevel::Middle => "Middle",
        SchoolLevel::High => "High",
        SchoolLevel::Other => "Other",
    }
}
