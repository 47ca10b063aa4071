//! The Look-fors tab of a walkthrough: choosing the form, then one page of
//! large targets to answer each item from the back of a room, by pointer or
//! by keys (↑/↓ to move, 1-4 or Y/P/N/S to answer).

use iced::keyboard::{self, Key, key::Named};
use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::{Message, ObservationScreen};
use crate::record::AnswerValue;
use crate::rubric::{AnswerKind, LookFor, LookForEntry};
use crate::ui::button;
use crate::ui::text_input;
use crate::ui::theme;

/// What the Look-fors tab asks of the screen.
#[derive(Debug, Clone)]
pub enum LookForMessage {
    /// Use the form with this id.
    Choose(String),
    /// Put the form back while nothing is answered.
    Unchoose,
    /// Answer the item (by its order on the form), or take the answer back.
    Answer(usize, Option<AnswerValue>),
    /// Answer the item by a key, and move on to the next.
    KeyAnswer(usize, AnswerValue),
    /// The note of a note item, as typed.
    Note(usize, String),
}

impl ObservationScreen {
    /// A walkthrough, or a visit that has look-for answers already (its
    /// kind changed since): the tab is shown.
    pub(super) fn has_lookfors(&self) -> bool {
        self.observation.kind == crate::record::ObservationKind::Walkthrough
            || self.observation.lookfors.is_some()
    }

    pub(super) fn lookfor_message(&mut self, message: LookForMessage) {
        self.lookfor_error = None;
        match message {
            LookForMessage::Choose(id) => {
                let Some(entry) = self.forms.iter().find(|e| e.form.id == id).cloned() else {
                    return;
                };
                match self.observation.choose_form(&entry) {
                    Ok(()) => {
                        self.lookfor_at = 0;
                        self.changed();
                    }
                    Err(e) => self.lookfor_error = Some(e),
                }
            }
            LookForMessage::Unchoose => {
                if self
                    .observation
                    .lookfors
                    .as_ref()
                    .is_some_and(|a| a.answers.is_empty())
                {
                    self.observation.lookfors = None;
                    self.changed();
                }
            }
            LookForMessage::Answer(at, value) => self.set_answer(at, value),
            LookForMessage::KeyAnswer(at, value) => {
                self.set_answer(at, Some(value));
                let items = self.form().map_or(0, |e| e.form.items.len());
                self.lookfor_at = (at + 1).min(items.saturating_sub(1));
            }
            LookForMessage::Note(at, typed) => {
                let note = (!typed.trim().is_empty()).then_some(AnswerValue::Note(typed));
                self.set_answer(at, note);
            }
        }
    }

    /// Sets the answer to the item at `at` on the form, and moves to it.
    fn set_answer(&mut self, at: usize, value: Option<AnswerValue>) {
        let Some(item) = self.form().and_then(|e| e.form.items.get(at)).cloned() else {
            return;
        };
        if let Some(answers) = self.observation.lookfors.as_mut() {
            answers.set(&item, value);
            self.lookfor_at = at;
            self.changed();
        }
    }

    /// A key on the Look-fors tab: ↑/↓ choose the item, 1-9 and Y/P/N/S
    /// answer it and move on. `None`: not a key of this tab.
    pub(super) fn lookfor_key(
        &mut self,
        key: &Key,
        modifiers: keyboard::Modifiers,
    ) -> Option<Message> {
        let items = self.form()?.form.items.clone();
        if !modifiers.is_empty() && !modifiers.shift() || items.is_empty() {
            return None;
        }
        let last = items.len() - 1;
        match key.as_ref() {
            Key::Named(Named::ArrowDown) => self.lookfor_at = (self.lookfor_at + 1).min(last),
            Key::Named(Named::ArrowUp) => self.lookfor_at = self.lookfor_at.saturating_sub(1),
            Key::Character(c) => {
                let at = self.lookfor_at.min(last);
                let value = key_answer(&items[at], c)?;
                return Some(Message::LookFor(LookForMessage::KeyAnswer(at, value)));
            }
            _ => return None,
        }
        Some(Message::Tab(super::Tab::LookFors))
    }

    /// The tab: the forms to choose from, or the chosen form's items.
    pub(super) fn lookfors_view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match (self.form(), &self.observation.lookfors) {
            (Some(entry), Some(_)) => self.items_view(entry),
            (None, Some(answers)) => text(format!(
                "The look-for form \u{201c}{}\u{201d} is not loaded, so its items cannot be shown; the answers are kept and print by item id.",
                answers.form_id
            ))
            .size(15)
            .into(),
            (_, None) => self.choose_view(),
        };
        let mut page = Column::new().spacing(8).push(body);
        if let Some(error) = &self.lookfor_error {
            page = page.push(text(error.to_string()).size(14).style(theme::danger_text));
        }
        scrollable(page).height(Fill).into()
    }

    fn choose_view(&self) -> Element<'_, Message> {
        let mut list = column![
            text("Choose the look-for form for this walkthrough")
                .font(theme::BOLD)
                .size(17)
        ]
        .spacing(10);
        let forms: Vec<&LookForEntry> = self
            .forms
            .iter()
            .filter(|e| e.form.rubric == self.observation.rubric_id)
            .collect();
        if forms.is_empty() {
            list = list.push(
                text(format!(
                    "No look-for form goes with the rubric {}. A district adds one as a file in its rubric folder's lookfors/ (see the guide).",
                    self.observation.rubric_id
                ))
                .size(15),
            );
        }
        for entry in forms {
            list = list.push(
                button(
                    column![
                        text(entry.form.name.clone()).font(theme::BOLD).size(17),
                        text(crate::text::count(entry.form.items.len(), "item", "items")).size(13),
                    ]
                    .spacing(2),
                )
                .padding([10, 16])
                .style(button::secondary)
                .on_press(Message::LookFor(LookForMessage::Choose(
                    entry.form.id.clone(),
                ))),
            );
        }
        list.into()
    }

    fn items_view<'a>(&'a self, entry: &'a LookForEntry) -> Element<'a, Message> {
        let answers = self.observation.lookfors.as_ref();
        let unanswered = answers.is_none_or(|a| a.answers.is_empty());
        let mut head = row![
            text(entry.form.name.clone())
                .font(theme::BOLD)
                .size(17)
                .width(Fill),
            text("↑/↓ item · 1-4 or Y P N S answer")
                .size(13)
                .style(theme::muted),
        ]
        .spacing(12)
        .align_y(iced::Center);
        if unanswered {
            head = head.push(
                button(text("Another form").size(13))
                    .style(button::text)
                    .on_press(Message::LookFor(LookForMessage::Unchoose)),
            );
        }
        let mut list = column![head].spacing(6);
        for (at, item) in entry.form.items.iter().enumerate() {
            let value = answers.and_then(|a| a.answer(&item.id));
            list = list.push(self.item_row(at, item, value));
        }
        list.into()
    }

    /// One item: its words on the left, its answers as large buttons on the right.
    fn item_row<'a>(
        &'a self,
        at: usize,
        item: &'a LookFor,
        value: Option<&'a AnswerValue>,
    ) -> Element<'a, Message> {
        let words = column![
            text(item.text.clone()).size(16),
            text(item.components.join(", "))
                .size(12)
                .style(theme::muted),
        ]
        .spacing(1)
        .width(Fill);
        let answers: Element<'a, Message> = match &item.answer {
            AnswerKind::Note => {
                let typed = match value {
                    Some(AnswerValue::Note(t)) => t.as_str(),
                    _ => "",
                };
                text_input("A few words…", typed)
                    .on_input(move |t| Message::LookFor(LookForMessage::Note(at, t)))
                    .padding(10)
                    .size(16)
                    .width(380)
                    .into()
            }
            kind => choices(kind)
                .into_iter()
                .fold(row![].spacing(6), |buttons, (label, choice)| {
                    let chosen = value == Some(&choice);
                    // Pressing the chosen answer again takes it back.
                    let next = (!chosen).then_some(choice);
                    buttons.push(
                        button(text(label).size(16))
                            .padding([10, 14])
                            .style(if chosen {
                                button::primary
                            } else {
                                button::secondary
                            })
                            .on_press(Message::LookFor(LookForMessage::Answer(at, next))),
                    )
                })
                .into(),
        };
        container(row![words, answers].spacing(12).align_y(iced::Center))
            .padding([4, 8])
            .width(Fill)
            .style(if at == self.lookfor_at {
                theme::panel
            } else {
                container::transparent
            })
            .into()
    }
}

/// The answer buttons of an item that is not a note: label and value.
fn choices(kind: &AnswerKind) -> Vec<(String, AnswerValue)> {
    let mut all = match kind {
        AnswerKind::YesPartlyNo => vec![
            ("Yes".to_string(), AnswerValue::Yes),
            ("Partly".to_string(), AnswerValue::Partly),
            ("No".to_string(), AnswerValue::No),
        ],
        AnswerKind::Scale(labels) => labels
            .iter()
            .enumerate()
            .filter_map(|(n, l)| {
                let point = u32::try_from(n + 1).ok()?;
                Some((format!("{point} {l}"), AnswerValue::Scale(point)))
            })
            .collect(),
        AnswerKind::Note => return Vec::new(),
    };
    all.push(("Not seen".to_string(), AnswerValue::NotSeen));
    all
}

/// The answer a key gives an item: 1-4 (yes, partly, no, not seen) or a
/// scale's point; Y, P, N, S.
fn key_answer(item: &LookFor, typed: &str) -> Option<AnswerValue> {
    if matches!(item.answer, AnswerKind::Note) {
        return None;
    }
    let n: Option<usize> = typed.parse().ok();
    let choices = choices(&item.answer);
    match (&item.answer, n) {
        (_, Some(n)) if (1..=choices.len()).contains(&n) => Some(choices[n - 1].1.clone()),
        (_, Some(_)) => None,
        _ => AnswerValue::parse(item, typed).ok().flatten(),
    }
}
