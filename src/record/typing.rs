//! What the evaluator was typing when the observation was last saved: kept
//! in the record so that closing the window or a crash loses no keystroke.
//! It is not evidence yet, so fingerprints and reports leave it out.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Typing {
    /// The note field, exactly as typed (tags included).
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub quote: bool,
    #[serde(default)]
    pub names_students: bool,
    /// Components chosen by chips or suggestions for the note being typed.
    #[serde(default)]
    pub tags: Vec<String>,
    /// A stored note being edited: its id and the edit field's text.
    #[serde(default)]
    pub editing: Option<(u32, String)>,
}

impl Typing {
    /// True when nothing is being typed (the file then leaves it out).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Typing::default()
    }

    /// Forgets the note field and its choices once the note is stored.
    pub fn clear_note(&mut self) {
        let editing = self.editing.take();
        *self = Typing {
            editing,
            ..Typing::default()
        };
    }
}
