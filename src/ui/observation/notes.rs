//! Storing, tagging and editing evidence notes.

use std::time::Instant;

use super::{Action, NOTE_INPUT, ObservationScreen};
use crate::record::{EvidenceKind, EvidenceNote};
use crate::rubric::parse_tags;

impl ObservationScreen {
    pub(super) fn submit_note(&mut self, now: Instant) -> Action {
        let Some(rubric) = &self.rubric else {
            return self.add_note(self.draft.trim().to_string(), Vec::new(), now);
        };
        let tagged = parse_tags(rubric, &self.draft);
        let mut components = tagged.components;
        for tag in self.draft_tags.drain(..) {
            if !components.contains(&tag) {
                components.push(tag);
            }
        }
        self.add_note(tagged.text, components, now)
    }

    pub(super) fn add_note(
        &mut self,
        text: String,
        components: Vec<String>,
        now: Instant,
    ) -> Action {
        if text.is_empty() {
            return Action::Focus(NOTE_INPUT);
        }
        if self.timer.never_started() {
            self.observation.started_at = crate::record::now();
            self.timer.start(now);
        }
        let note = EvidenceNote {
            id: self.observation.next_note_id(),
            offset_secs: self.timer.elapsed(now).as_secs(),
            at: crate::record::now(),
            text,
            kind: if self.draft_quote {
                EvidenceKind::Quote
            } else {
                EvidenceKind::ObservedAction
            },
            components,
            names_students: self.draft_names_students,
        };
        self.observation.evidence.push(note);
        self.draft.clear();
        self.draft_tags.clear();
        self.draft_quote = false;
        self.draft_names_students = false;
        self.changed();
        if self.session.due() {
            return self.begin_save();
        }
        Action::Focus(NOTE_INPUT)
    }

    pub(super) fn save_edit(&mut self) {
        let Some((id, text)) = self.editing.take() else {
            return;
        };
        let tagged = match &self.rubric {
            Some(rubric) => parse_tags(rubric, &text),
            None => crate::rubric::Tagged {
                text: text.trim().to_string(),
                components: Vec::new(),
            },
        };
        if tagged.text.is_empty() {
            self.editing = Some((id, text));
            return;
        }
        if let Some(note) = self.observation.evidence.iter_mut().find(|n| n.id == id) {
            note.text = tagged.text;
            note.components = tagged.components;
            self.changed();
        }
    }
}
