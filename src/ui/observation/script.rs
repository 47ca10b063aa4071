//! The script tab: the timer, the note field with its tags and suggestions,
//! and the running list of notes.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, scrollable, text, tooltip};
use iced::{Element, Fill};

use super::timer::clock;
use super::{Message, NOTE_INPUT, ObservationScreen};
use crate::record::{EvidenceKind, EvidenceNote};
use crate::ui::theme;

/// The list of notes, scrolled to the one a search found.
pub const NOTES_LIST: &str = "notes-list";

impl ObservationScreen {
    /// The script tab: timer, note field, options and suggestions, tags, then the notes.
    pub(super) fn script_view(&self) -> Element<'_, Message> {
        column![
            self.timer_line(),
            self.note_input(),
            self.note_options(),
            self.suggestion_row(),
            self.tag_chips(),
            text(format!("Notes ({})", self.observation.evidence.len()))
                .font(theme::BOLD)
                .size(15),
            self.notes_list(),
        ]
        .spacing(10)
        .height(Fill)
        .into()
    }

    /// The elapsed time, the button that starts, pauses or resumes it, and what it is doing.
    fn timer_line(&self) -> Element<'_, Message> {
        let running = self.timer.is_running();
        row![
            text(clock(self.timer.elapsed(self.session.now())))
                .font(theme::BOLD)
                .size(28),
            if running {
                button(text("Pause (F5)"))
                    .style(button::secondary)
                    .on_press(Message::PauseTimer)
            } else if self.timer.never_started() {
                button(text("Start timer (F5)")).on_press(Message::StartTimer)
            } else {
                button(text("Resume (F5)")).on_press(Message::StartTimer)
            },
            text(if running {
                "Timer running: each note is stamped with its time."
            } else if self.timer.never_started() {
                "The timer starts with the first note, or press Start."
            } else {
                "Timer paused."
            })
            .size(13)
            .style(theme::muted),
        ]
        .spacing(14)
        .align_y(iced::Center)
        .into()
    }

    /// The field a new note is typed in (focused by its id), and Add note.
    fn note_input(&self) -> Element<'_, Message> {
        row![
            text_input(
                "Type what you see or hear, then Enter. Tag with 3b: … or #3b",
                &self.observation.typing.note
            )
            .id(NOTE_INPUT)
            .on_input(Message::Draft)
            .on_submit(Message::SubmitNote)
            .size(17)
            .padding(10),
            button(text("Add note"))
                .padding([10, 14])
                .on_press(Message::SubmitNote),
        ]
        .spacing(8)
        .into()
    }

    /// The quote and names-students toggles for the next note.
    fn note_options(&self) -> Element<'_, Message> {
        row![
            toggle(
                "Quote (Ctrl+Q)",
                self.observation.typing.quote,
                Message::ToggleQuote
            ),
            toggle(
                "Names students (Ctrl+K)",
                self.observation.typing.names_students,
                Message::ToggleNamesStudents
            ),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .into()
    }

    /// The components suggested for the note being typed, each with its id
    /// and name, or that none is confident enough to suggest.
    fn suggestion_row(&self) -> Element<'_, Message> {
        let suggestions = self.suggestions();
        let mut line = row![text("Suggested:").size(13).style(theme::muted)]
            .spacing(8)
            .align_y(iced::Center);
        if suggestions.is_empty() {
            let typed = !self.observation.typing.note.trim().is_empty();
            return line
                .push(
                    text(if typed {
                        NO_CONFIDENT
                    } else {
                        "components appear here as you type."
                    })
                    .size(13)
                    .style(theme::muted),
                )
                .into();
        }
        for (i, component) in suggestions.into_iter().enumerate() {
            let hint = if i == 0 { " (Tab)" } else { "" };
            line = line.push(
                button(text(format!("+ {} {}{hint}", component.id, component.name)).size(13))
                    .padding([3, 10])
                    .style(theme::chip(false))
                    .on_press(Message::AcceptSuggestion(i)),
            );
        }
        line.wrap().into()
    }

    /// A chip per component to tag the next note with.
    fn tag_chips(&self) -> Element<'_, Message> {
        self.components()
            .into_iter()
            .fold(
                row![text("Tag:").size(13).style(theme::muted)].spacing(4),
                |chips, c| {
                    let chosen = self.observation.typing.tags.contains(&c.id);
                    let chip = button(text(c.id.clone()).size(13))
                        .padding([2, 8])
                        .style(theme::chip(chosen))
                        .on_press(Message::ToggleDraftTag(c.id.clone()));
                    chips.push(named(chip, &c.name))
                },
            )
            .wrap()
            .into()
    }

    /// The notes so far, kept scrolled to the newest, and the last change with Undo.
    fn notes_list(&self) -> Element<'_, Message> {
        let mut notes = Column::new().spacing(4);
        if self.observation.evidence.is_empty() {
            notes = notes.push(
                text("No notes yet. Type in the field above and press Enter; each note keeps its time.")
                    .style(theme::muted),
            );
        }
        for note in &self.observation.evidence {
            notes = notes.push(self.note_row(note));
        }
        let mut list = column![
            scrollable(notes.padding(iced::Padding::ZERO.right(12)))
                .id(NOTES_LIST)
                .anchor_bottom()
                .spacing(4)
                .height(Fill)
        ]
        .spacing(6);
        if let Some(change) = self.last_note_change() {
            list = list.push(
                row![
                    text(change.describe()).size(13),
                    button(text("Undo (Ctrl+Z)").size(13))
                        .style(button::text)
                        .on_press(Message::UndoNote),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        list.into()
    }

    /// One note: its time and offset, then either its text and tags or the field editing it.
    fn note_row<'a>(&'a self, note: &'a EvidenceNote) -> Element<'a, Message> {
        let time = column![
            text(note.at.format("%H:%M:%S").to_string()).size(13),
            text(format!(
                "+{}",
                clock(std::time::Duration::from_secs(note.offset_secs))
            ))
            .size(11)
            .style(theme::muted),
        ]
        .width(70);
        let body: Element<'a, Message> = match &self.observation.typing.editing {
            Some((id, draft)) if *id == note.id => row![
                text_input("Note text; tags with #3b", draft)
                    .id(super::notes::NOTE_EDIT_INPUT)
                    .on_input(Message::EditText)
                    .on_submit(Message::SaveEdit)
                    .padding(6),
                button(text("Save").size(13)).on_press(Message::SaveEdit),
                button(text("Cancel").size(13))
                    .style(button::secondary)
                    .on_press(Message::CancelEdit),
            ]
            .spacing(6)
            .into(),
            _ => self.note_text(note),
        };
        let style = if self.found_note == Some(note.id) {
            theme::warning_panel
        } else {
            theme::panel
        };
        container(row![time, body].spacing(10))
            .padding([6, 10])
            .width(Fill)
            .style(style)
            .into()
    }

    /// A note as read: its text, its tags (each removable, named on hover),
    /// and whether it is a quote or names students.
    fn note_text<'a>(&'a self, note: &'a EvidenceNote) -> Element<'a, Message> {
        let mut tags = row![].spacing(4);
        for tag in &note.components {
            let chip = button(text(format!("{tag} ×")).size(12))
                .padding([1, 7])
                .style(theme::chip(true))
                .on_press(Message::RemoveTag(note.id, tag.clone()));
            let name = self
                .rubric
                .as_ref()
                .and_then(|r| r.component(tag))
                .map_or("", |c| c.name.as_str());
            tags = tags.push(named(chip, name));
        }
        if note.kind == EvidenceKind::Quote {
            tags = tags.push(text("quote").size(12).style(theme::muted));
        }
        if note.names_students {
            tags = tags.push(text("names students").size(12).style(theme::muted));
        }
        row![
            column![text(note.text.clone()).size(15), tags]
                .spacing(3)
                .width(Fill),
            button(text("Edit").size(12))
                .style(button::text)
                .on_press(Message::EditNote(note.id)),
            button(text("Delete").size(12))
                .style(button::text)
                .on_press(Message::DeleteNote(note.id)),
        ]
        .spacing(4)
        .into()
    }
}

/// What the suggestion row says when no component scores high enough to suggest.
pub const NO_CONFIDENT: &str = "no confident suggestion; tag it with a chip below or #3b.";

/// A tag chip that shows the component's name on hover.
fn named<'a>(chip: impl Into<Element<'a, Message>>, name: &str) -> Element<'a, Message> {
    if name.is_empty() {
        return chip.into();
    }
    tooltip(
        chip,
        container(text(name.to_string()).size(12))
            .padding([3, 8])
            .style(theme::panel),
        tooltip::Position::Bottom,
    )
    .into()
}

fn toggle(label: &str, on: bool, message: Message) -> Element<'_, Message> {
    button(
        text(if on {
            format!("✓ {label}")
        } else {
            label.to_string()
        })
        .size(13),
    )
    .padding([3, 10])
    .style(theme::chip(on))
    .on_press(message)
    .into()
}

pub(super) fn excerpt(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}
