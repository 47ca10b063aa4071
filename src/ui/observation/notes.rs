//! Storing, tagging, editing and undoing evidence notes. What is being typed
//! lives in the record (`typing`), so it is saved with it as it is typed;
//! after every note action the note field has the focus again.

use std::time::Instant;

use super::{Message, NOTE_INPUT, ObservationScreen};
use crate::record::{EvidenceKind, EvidenceNote};
use crate::rubric::parse_tags;
use crate::ui::editor::Request;

/// The field a stored note is edited in.
pub const NOTE_EDIT_INPUT: &str = "note-edit-input";
/// How many note changes Ctrl+Z can undo.
const UNDO_DEPTH: usize = 100;

/// One change to the stored notes, with what undoing it needs.
#[derive(Debug, Clone)]
pub enum NoteChange {
    Added(u32),
    Edited(EvidenceNote),
    Deleted {
        index: usize,
        note: EvidenceNote,
        /// Components whose rating cited the note.
        cited_by: Vec<String>,
    },
    Untagged {
        id: u32,
        tag: String,
        index: usize,
    },
}

impl NoteChange {
    /// What Undo would take back, for the line under the notes.
    pub fn describe(&self) -> String {
        match self {
            NoteChange::Added(id) => format!("Added note {id}."),
            NoteChange::Edited(note) => format!("Edited note {}.", note.id),
            NoteChange::Deleted { note, .. } => {
                format!("Deleted the note “{}”.", super::script::excerpt(&note.text))
            }
            NoteChange::Untagged { id, tag, .. } => format!("Removed {tag} from note {id}."),
        }
    }
}

impl ObservationScreen {
    /// The messages of the note field and the notes list.
    pub(super) fn note_message(&mut self, message: Message, now: Instant) -> Request {
        let typing = &mut self.observation.typing;
        match message {
            Message::Draft(text) => typing.note = text,
            Message::SubmitNote => return self.submit_note(now),
            Message::ToggleQuote => typing.quote = !typing.quote,
            Message::ToggleNamesStudents => typing.names_students = !typing.names_students,
            Message::ToggleDraftTag(id) => match typing.tags.iter().position(|t| *t == id) {
                Some(i) => {
                    typing.tags.remove(i);
                }
                None => typing.tags.push(id),
            },
            Message::AcceptSuggestion(index) => {
                let Some(id) = self.suggestions().get(index).map(|c| c.id.clone()) else {
                    return Request::Focus(NOTE_INPUT);
                };
                self.observation.typing.tags.push(id);
            }
            Message::EditNote(id) => return self.start_edit(id),
            Message::EditText(text) => {
                if let Some((_, draft)) = &mut typing.editing {
                    *draft = text;
                }
                self.changed();
                return Request::None;
            }
            Message::SaveEdit => self.save_edit(),
            Message::CancelEdit => typing.editing = None,
            Message::DeleteNote(id) => self.delete_note(id),
            Message::UndoNote => self.undo_note(),
            Message::RemoveTag(id, tag) => self.remove_tag(id, &tag),
            _ => return Request::None,
        }
        self.changed();
        Request::Focus(NOTE_INPUT)
    }

    pub(super) fn submit_note(&mut self, now: Instant) -> Request {
        let typed = self.observation.typing.note.clone();
        let (text, mut components) = match &self.rubric {
            Some(rubric) => {
                let tagged = parse_tags(rubric, &typed);
                (tagged.text, tagged.components)
            }
            None => (typed.trim().to_string(), Vec::new()),
        };
        for tag in &self.observation.typing.tags {
            if !components.contains(tag) {
                components.push(tag.clone());
            }
        }
        self.add_note(text, components, now)
    }

    fn add_note(&mut self, text: String, components: Vec<String>, now: Instant) -> Request {
        if text.is_empty() {
            return Request::Focus(NOTE_INPUT);
        }
        if self.first_start() {
            self.observation.started_at = crate::record::now();
            self.timer.start(now);
        }
        let typing = &self.observation.typing;
        let note = EvidenceNote {
            id: self.observation.next_note_id(),
            offset_secs: self.timer.elapsed(now).as_secs(),
            at: crate::record::now(),
            text,
            kind: if typing.quote {
                EvidenceKind::Quote
            } else {
                EvidenceKind::ObservedAction
            },
            components,
            names_students: typing.names_students,
        };
        self.remember(NoteChange::Added(note.id));
        self.learn(&note.text, &note.components, true);
        self.observation.evidence.push(note);
        self.observation.typing.clear_note();
        self.changed();
        Request::Focus(NOTE_INPUT)
    }

    fn start_edit(&mut self, id: u32) -> Request {
        let Some(note) = self.observation.evidence.iter().find(|n| n.id == id) else {
            return Request::Focus(NOTE_INPUT);
        };
        let tags: String = note.components.iter().fold(String::new(), |mut tags, c| {
            tags.push_str(" #");
            tags.push_str(c);
            tags
        });
        self.observation.typing.editing = Some((id, format!("{}{tags}", note.text)));
        self.changed();
        Request::Focus(NOTE_EDIT_INPUT)
    }

    /// Stores the note being edited; an emptied note stays in its field.
    pub(super) fn save_edit(&mut self) {
        let Some((id, text)) = self.observation.typing.editing.take() else {
            return;
        };
        let tagged = match &self.rubric {
            Some(rubric) => parse_tags(rubric, &text),
            None => crate::rubric::Tagged {
                text: text.trim().to_string(),
                components: Vec::new(),
            },
        };
        let Some(note) = self
            .observation
            .evidence
            .iter()
            .find(|n| n.id == id)
            .cloned()
        else {
            return;
        };
        if tagged.text.is_empty() {
            self.observation.typing.editing = Some((id, text));
            return;
        }
        if note.text == tagged.text && note.components == tagged.components {
            return;
        }
        let added: Vec<String> = tagged
            .components
            .iter()
            .filter(|c| !note.components.contains(c))
            .cloned()
            .collect();
        let removed: Vec<String> = note
            .components
            .iter()
            .filter(|c| !tagged.components.contains(c))
            .cloned()
            .collect();
        self.learn(&tagged.text, &added, true);
        self.learn(&tagged.text, &removed, false);
        self.remember(NoteChange::Edited(note));
        if let Some(note) = self.observation.evidence.iter_mut().find(|n| n.id == id) {
            note.text = tagged.text;
            note.components = tagged.components;
        }
    }

    fn delete_note(&mut self, id: u32) {
        let Some(index) = self.observation.evidence.iter().position(|n| n.id == id) else {
            return;
        };
        let note = self.observation.evidence.remove(index);
        let mut cited_by = Vec::new();
        for rating in &mut self.observation.ratings {
            if rating.evidence.contains(&id) {
                rating.evidence.retain(|e| *e != id);
                cited_by.push(rating.component.clone());
            }
        }
        self.remember(NoteChange::Deleted {
            index,
            note,
            cited_by,
        });
    }

    fn remove_tag(&mut self, id: u32, tag: &str) {
        let Some(note) = self.observation.evidence.iter_mut().find(|n| n.id == id) else {
            return;
        };
        let Some(index) = note.components.iter().position(|c| c == tag) else {
            return;
        };
        note.components.remove(index);
        let text = note.text.clone();
        self.learn(&text, &[tag.to_string()], false);
        self.remember(NoteChange::Untagged {
            id,
            tag: tag.to_string(),
            index,
        });
    }

    fn remember(&mut self, change: NoteChange) {
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(change);
    }

    /// Takes back the last note change. An added note's words go back into
    /// an empty note field, so undoing never loses what was typed.
    fn undo_note(&mut self) {
        let Some(change) = self.undo.pop() else {
            return;
        };
        let evidence = &mut self.observation.evidence;
        match change {
            NoteChange::Added(id) => {
                if !self.observation.typing.note.trim().is_empty() {
                    // Its words would have nowhere to go: keep the note.
                    self.undo.push(NoteChange::Added(id));
                    return;
                }
                let Some(i) = evidence.iter().position(|n| n.id == id) else {
                    return;
                };
                let note = evidence.remove(i);
                for rating in &mut self.observation.ratings {
                    rating.evidence.retain(|e| *e != id);
                }
                let typing = &mut self.observation.typing;
                typing.note = note.text;
                typing.tags = note.components;
                typing.quote = note.kind == EvidenceKind::Quote;
                typing.names_students = note.names_students;
            }
            NoteChange::Edited(before) => {
                if let Some(note) = evidence.iter_mut().find(|n| n.id == before.id) {
                    *note = before;
                }
            }
            NoteChange::Deleted {
                index,
                note,
                cited_by,
            } => {
                let id = note.id;
                evidence.insert(index.min(evidence.len()), note);
                for rating in &mut self.observation.ratings {
                    if cited_by.contains(&rating.component) && !rating.evidence.contains(&id) {
                        rating.evidence.push(id);
                    }
                }
            }
            NoteChange::Untagged { id, tag, index } => {
                if let Some(note) = evidence.iter_mut().find(|n| n.id == id) {
                    note.components
                        .insert(index.min(note.components.len()), tag);
                }
            }
        }
    }

    /// The last note change, which Undo takes back.
    pub(super) fn last_note_change(&self) -> Option<&NoteChange> {
        self.undo.last()
    }

    /// True before the first start of a new observation: its start time is
    /// then set by the timer. Never again once it has notes or time on it.
    pub(super) fn first_start(&self) -> bool {
        self.timer.never_started() && self.observation.evidence.is_empty()
    }
}
