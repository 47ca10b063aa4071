//! Asking before a step that is recorded for good (share, acknowledge,
//! finalise, reopen): a small panel over the page says in plain words what
//! the step does, with Confirm and Cancel. Enter confirms and Esc cancels.

use crate::ui::button;
use iced::keyboard::{self, Key, key::Named};
use iced::widget::{Column, column, container, row, scrollable, stack, text};
use iced::{Element, Fill};

use super::dialog::dialog;
use super::theme;

/// What a key press says to an open confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Confirm,
    Cancel,
}

/// Enter (alone) confirms and Esc cancels; other keys say nothing.
pub fn answer(key: &Key, modifiers: keyboard::Modifiers) -> Option<Answer> {
    match key.as_ref() {
        Key::Named(Named::Enter) if modifiers.is_empty() => Some(Answer::Confirm),
        Key::Named(Named::Escape) => Some(Answer::Cancel),
        _ => None,
    }
}

/// What a confirmation says: a title, what the step does, and any lists
/// (e.g. what is unrated) the person should see before deciding.
pub struct Ask {
    pub title: String,
    pub what: String,
    /// Headings, each with its lines.
    pub lists: Vec<(String, Vec<String>)>,
}

/// The panel for `ask`, over the dimmed page.
pub fn panel<'a, M: Clone + 'a>(ask: Ask, confirm: M, cancel: M) -> Element<'a, M> {
    let mut lists = Column::new().spacing(8);
    for (heading, lines) in ask.lists {
        let mut list = Column::new()
            .spacing(2)
            .push(text(heading).font(theme::BOLD).size(14));
        for line in lines {
            list = list.push(text(line).size(13));
        }
        lists = lists.push(list);
    }
    let body = column![
        text(ask.title).font(theme::BOLD).size(20),
        text(ask.what).size(14),
        // The lists scroll, so Confirm and Cancel stay in view however long they are.
        container(scrollable(lists).width(Fill)).max_height(380),
        row![
            button(text("Confirm")).on_press(confirm),
            button(text("Cancel"))
                .style(button::secondary)
                .on_press(cancel),
            text("Enter confirms, Esc cancels.")
                .size(12)
                .style(theme::muted),
        ]
        .spacing(8)
        .align_y(iced::Center),
    ]
    .spacing(12);
    dialog(
        container(body)
            .padding(20)
            .max_width(720)
            .style(theme::panel)
            .into(),
    )
}

/// `page`, with `panel` over it when there is one.
pub fn over<'a, M: 'a>(page: Element<'a, M>, panel: Option<Element<'a, M>>) -> Element<'a, M> {
    match panel {
        Some(panel) => stack![crate::ui::inert::inert(page), panel].into(),
        None => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_confirms_and_escape_cancels() {
        let none = keyboard::Modifiers::empty();
        assert_eq!(
            answer(&Key::Named(Named::Enter), none),
            Some(Answer::Confirm)
        );
        assert_eq!(
            answer(&Key::Named(Named::Escape), none),
            Some(Answer::Cancel)
        );
        assert_eq!(
            answer(&Key::Named(Named::Enter), keyboard::Modifiers::SHIFT),
            None
        );
        assert_eq!(answer(&Key::Character("y".into()), none), None);
    }
}
