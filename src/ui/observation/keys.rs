//! Keyboard shortcuts of the observation screen, and the help that lists them.
//!
//! Only keys no text field used reach here (iced passes on ignored keys),
//! so Ctrl+letter shortcuts work while typing a note, and plain digits set
//! a level only when no field has the focus.

use iced::keyboard::{self, Key, key::Named};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Help,
    Escape,
    Timer,
    NewNote,
    AcceptSuggestion,
    Quote,
    NamesStudents,
    Next,
    Previous,
    /// The n-th level, counted from the lowest (0-based).
    Level(usize),
    NotObserved,
    Save,
    Undo,
}

/// Every shortcut, as the help overlay lists it.
pub const HELP: &[(&str, &str)] = &[
    ("F5", "Start or pause the timer"),
    ("Ctrl+N", "New note: go to the script and its note field"),
    ("Enter", "Store the note, stamped with the timer"),
    (
        "Tab",
        "Tag the note with the first suggested component; with none, the next field or button",
    ),
    ("Shift+Tab", "The field or button before"),
    (
        "Enter / Space",
        "Press the button with the focus (outlined)",
    ),
    ("3b: … or #3b", "Type component ids to tag a note"),
    ("Ctrl+Q", "Mark the note as a quote"),
    ("Ctrl+K", "Mark the note as naming students"),
    ("Ctrl+↓ / Ctrl+↑", "Next / previous component to rate"),
    (
        "1 … 4",
        "Rate the selected component (when no field has the focus)",
    ),
    ("0", "Mark the selected component not observed"),
    ("↑ / ↓", "Look-fors: the item before / after"),
    (
        "1 … 4 or Y P N S",
        "Look-fors: answer the item (yes, partly, no, not seen; a scale's point) and go to the next",
    ),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        "Take back / redo typing in a field; with none to take back, the last note stored, edited, deleted or untagged",
    ),
    ("Ctrl+S", "Save now (it also saves by itself)"),
    ("Ctrl+F", "Search every note of the workspace"),
    (
        "Ctrl+= / Ctrl+- / Ctrl+0",
        "Larger / smaller / normal text (remembered)",
    ),
    ("F1", "Show or hide this help"),
    (
        "Esc",
        "Close this help or a confirmation, or cancel editing a note",
    ),
    (
        "Enter / Esc",
        "Confirm / cancel sharing or acknowledging when asked",
    ),
];

/// The shortcut for a key press, if any. `levels` is how many levels the rubric has.
pub fn shortcut(key: &Key, modifiers: keyboard::Modifiers, levels: usize) -> Option<Shortcut> {
    let ctrl = modifiers.command();
    match key.as_ref() {
        Key::Named(Named::F1) => Some(Shortcut::Help),
        Key::Named(Named::Escape) => Some(Shortcut::Escape),
        Key::Named(Named::F5) => Some(Shortcut::Timer),
        Key::Named(Named::Tab) if modifiers.is_empty() => Some(Shortcut::AcceptSuggestion),
        Key::Named(Named::ArrowDown) if ctrl => Some(Shortcut::Next),
        Key::Named(Named::ArrowUp) if ctrl => Some(Shortcut::Previous),
        Key::Character(c) if ctrl => match c.to_lowercase().as_str() {
            "n" => Some(Shortcut::NewNote),
            "q" => Some(Shortcut::Quote),
            "k" => Some(Shortcut::NamesStudents),
            "s" => Some(Shortcut::Save),
            "z" => Some(Shortcut::Undo),
            _ => None,
        },
        Key::Character("0") if !ctrl => Some(Shortcut::NotObserved),
        Key::Character(c) if !ctrl => c
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=levels.min(9)).contains(n))
            .map(|n| Shortcut::Level(n - 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_keys() {
        let none = keyboard::Modifiers::empty();
        let ctrl = keyboard::Modifiers::CTRL;
        assert_eq!(
            shortcut(&Key::Named(Named::F5), none, 4),
            Some(Shortcut::Timer)
        );
        assert_eq!(
            shortcut(&Key::Character("n".into()), ctrl, 4),
            Some(Shortcut::NewNote)
        );
        assert_eq!(
            shortcut(&Key::Character("3".into()), none, 4),
            Some(Shortcut::Level(2))
        );
        assert_eq!(shortcut(&Key::Character("5".into()), none, 4), None);
        assert_eq!(
            shortcut(&Key::Character("0".into()), none, 4),
            Some(Shortcut::NotObserved)
        );
        assert_eq!(shortcut(&Key::Character("x".into()), none, 4), None);
        assert_eq!(
            shortcut(&Key::Character("z".into()), ctrl, 4),
            Some(Shortcut::Undo)
        );
    }
}
