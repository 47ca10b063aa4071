//! What the window listens to besides its widgets: keys no field took,
//! keys that must work while a field has the focus, and dropped files.

use iced::{Subscription, keyboard, window};

use super::{App, Editor, Message, Screen};

impl App {
    /// Ticks for the timer and autosave, shortcuts, the close button, and
    /// ticks to show reading's progress while the workspace is read.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![
            window::close_requests().map(Message::CloseRequested),
            iced::event::listen_with(super::found::search_shortcut),
            iced::event::listen_with(tab_press),
            iced::event::listen_with(help_key),
        ];
        if self.search.is_open() {
            subscriptions.push(iced::event::listen_with(super::found::search_keys));
        }
        if self.reading().is_some() {
            subscriptions
                .push(iced::time::every(std::time::Duration::from_millis(200)).map(reading_tick));
        }
        if self.editor.is_some() {
            subscriptions.push(iced::time::every(std::time::Duration::from_millis(250)).map(tick));
            subscriptions.push(keyboard::listen().filter_map(shortcut));
            subscriptions.push(iced::event::listen_with(dropped));
            subscriptions.push(iced::event::listen_with(taken_shortcut));
        } else {
            subscriptions.push(iced::event::listen_with(dropped));
            if self.screen == Screen::Summary
                || self.about.is_some()
                || (self.screen == Screen::Roster && self.roster.wants_keys())
            {
                subscriptions.push(keyboard::listen().filter_map(shortcut));
            }
        }
        Subscription::batch(subscriptions)
    }

    /// A key pressed: for the box or panel over the screen if one is open,
    /// else for the screen showing.
    pub(super) fn key(
        &mut self,
        key: keyboard::Key,
        modifiers: keyboard::Modifiers,
    ) -> Vec<super::Effect> {
        if self.about.is_some() {
            return self.about_key(&key);
        }
        // The search panel is over the screen: its keys are its own.
        if self.search.is_open() {
            return vec![];
        }
        match self.screen {
            Screen::Summary => {
                self.summary.key(&key, modifiers);
                vec![]
            }
            Screen::Roster => match self.roster.key(&key, modifiers) {
                Some(message) => self.handle(Message::Roster(message)),
                None => vec![],
            },
            Screen::Rubrics | Screen::Editor => self.edit_learning(|e| Some(e.key(key, modifiers))),
        }
    }

    /// Whether the screen open reads Tab itself: the observation (to take a
    /// suggestion), the evaluation and the roster's import panel (their own
    /// order of fields). Everywhere else Tab moves to the next field.
    pub(super) fn tab_is_taken(&self) -> bool {
        match &self.editor {
            Some(Editor::Observation(_) | Editor::Summative(_)) => true,
            Some(_) => false,
            None => self.screen == Screen::Roster && self.roster.wants_keys(),
        }
    }
}

/// A file dropped onto the window: the open observation attaches it; on
/// the roster, it is a response to import.
pub(super) fn dropped(
    event: iced::Event,
    _: iced::event::Status,
    _: window::Id,
) -> Option<Message> {
    match event {
        iced::Event::Window(window::Event::FileDropped(path)) => Some(Message::FileDropped(path)),
        _ => None,
    }
}

pub(super) fn shortcut(event: keyboard::Event) -> Option<Message> {
    match event {
        keyboard::Event::KeyPressed { key, modifiers, .. } => Some(Message::Key(key, modifiers)),
        _ => None,
    }
}

/// Tab and Shift+Tab that no widget took (a text field does not).
pub(super) fn tab_press(
    event: iced::Event,
    status: iced::event::Status,
    _window: window::Id,
) -> Option<Message> {
    match event {
        iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
            if status == iced::event::Status::Ignored
                && key == keyboard::Key::Named(keyboard::key::Named::Tab)
                && !modifiers.command()
                && !modifiers.alt() =>
        {
            Some(Message::TabPressed(modifiers.shift()))
        }
        _ => None,
    }
}

/// F1 and Esc, wherever the focus is.
pub(super) fn help_key(
    event: iced::Event,
    _status: iced::event::Status,
    _window: window::Id,
) -> Option<Message> {
    use keyboard::key::Named;
    let iced::Event::Keyboard(keyboard::Event::KeyPressed { key, .. }) = event else {
        return None;
    };
    match key {
        keyboard::Key::Named(Named::F1) => Some(Message::ToggleHelp),
        keyboard::Key::Named(Named::Escape) => Some(Message::CloseHelp),
        _ => None,
    }
}

/// Ctrl+= (or Ctrl++) and Ctrl+-: larger and smaller; Ctrl+0: the normal
/// size. Taken before any field sees them (see `key_gate`).
pub(super) fn text_size_key(
    key: &keyboard::Key,
    modifiers: keyboard::Modifiers,
) -> Option<Message> {
    if !modifiers.command() || modifiers.alt() {
        return None;
    }
    match key.as_ref() {
        keyboard::Key::Character("=" | "+") => Some(Message::TextSize(Some(true))),
        keyboard::Key::Character("-" | "_") => Some(Message::TextSize(Some(false))),
        keyboard::Key::Character("0") => Some(Message::TextSize(None)),
        _ => None,
    }
}

/// Shortcuts that type no text, when a field took them: a rationale's
/// editor takes Ctrl+Down (to its end), yet Ctrl+Down must still go to the
/// next component. Keys no field took come through [`shortcut`] instead.
pub(super) fn taken_shortcut(
    event: iced::Event,
    status: iced::event::Status,
    _window: window::Id,
) -> Option<Message> {
    use keyboard::key::Named;
    let iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    let ctrl = modifiers.command();
    let passes = match key.as_ref() {
        keyboard::Key::Named(Named::ArrowDown | Named::ArrowUp) => ctrl,
        keyboard::Key::Named(Named::F5) => true,
        keyboard::Key::Character(c) => ctrl && c.eq_ignore_ascii_case("s"),
        _ => false,
    };
    (passes && status == iced::event::Status::Captured).then_some(Message::Key(key, modifiers))
}

fn tick(at: std::time::Instant) -> Message {
    Message::Tick(at)
}

fn reading_tick(_: std::time::Instant) -> Message {
    Message::ReadingTick
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::event::Status;
    use keyboard::key::Named;

    fn pressed(key: keyboard::Key, modifiers: keyboard::Modifiers) -> iced::Event {
        iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        })
    }

    #[test]
    fn ctrl_down_taken_by_a_field_still_reaches_the_screen_once() {
        let down = || {
            pressed(
                keyboard::Key::Named(Named::ArrowDown),
                keyboard::Modifiers::CTRL,
            )
        };
        let id = window::Id::unique();
        assert!(matches!(
            taken_shortcut(down(), Status::Captured, id),
            Some(Message::Key(..))
        ));
        // An ignored one comes through `shortcut`: not twice.
        assert!(taken_shortcut(down(), Status::Ignored, id).is_none());
        let letter = pressed(
            keyboard::Key::Character("a".into()),
            keyboard::Modifiers::empty(),
        );
        assert!(
            taken_shortcut(letter, Status::Captured, id).is_none(),
            "typing stays typing"
        );
    }
}
