//! Choosing components and levels, by mouse or by keyboard shortcut.

use crate::ui::text_editor;
use iced::keyboard;

use super::{Message, ObservationScreen, Tab, keys};
use crate::record::{Rating, RatingLevel};
use crate::ui::editor::Request;
use crate::ui::text_editing::edit;

impl ObservationScreen {
    /// Choosing a component, its level and the reason for it.
    pub(super) fn rating_message(&mut self, message: Message) {
        match message {
            Message::Select(id) => {
                self.select(Some(id));
                self.tab = Tab::Rate;
            }
            Message::SetLevel(level) => self.set_level(level),
            Message::ClearRating => {
                if let Some(id) = self.selected.clone() {
                    self.observation.ratings.retain(|r| r.component != id);
                    self.rationale = text_editor::Content::new();
                    self.changed();
                }
            }
            Message::Rationale(action) => self.edit_rationale(action),
            Message::NextComponent => self.step_component(1),
            Message::PreviousComponent => self.step_component(-1),
            _ => {}
        }
    }

    /// The reason typed for the chosen component's rating.
    fn edit_rationale(&mut self, action: text_editor::Action) {
        if edit(&mut self.rationale, action) {
            let text = self.rationale.text();
            if let Some(rating) = self.selected_rating_mut() {
                rating.rationale = text;
                self.changed();
            }
        }
    }

    pub(super) fn select(&mut self, id: Option<String>) {
        if let Some(previous) = self.selected.take()
            && self.observation.rating(&previous).is_none()
        {
            let typed = self.rationale.text();
            if typed.trim().is_empty() {
                self.rationale_drafts.remove(&previous);
            } else {
                self.rationale_drafts.insert(previous, typed);
            }
        }
        self.selected = id;
        let rationale = self
            .selected
            .as_deref()
            .and_then(|id| {
                self.observation
                    .rating(id)
                    .map(|r| r.rationale.clone())
                    .or_else(|| self.rationale_drafts.get(id).cloned())
            })
            .unwrap_or_default();
        self.rationale = text_editor::Content::with_text(&rationale);
    }

    pub(super) fn step_component(&mut self, step: isize) {
        let ids: Vec<String> = self.components().iter().map(|c| c.id.clone()).collect();
        if ids.is_empty() {
            return;
        }
        let current = self
            .selected
            .as_ref()
            .and_then(|s| ids.iter().position(|id| id == s));
        let next = match current {
            Some(i) => step_round(i, step, ids.len()),
            None => 0,
        };
        self.select(Some(ids[next].clone()));
        self.tab = Tab::Rate;
    }

    /// Scrolls the component list so the one chosen by the keyboard is in view.
    pub(super) fn reveal_selected(&self) -> Request {
        let components = self.components();
        let at = self
            .selected
            .as_ref()
            .and_then(|s| components.iter().position(|c| &c.id == s));
        match at {
            Some(at) if components.len() > 1 => Request::Reveal(
                super::rating::COMPONENT_LIST,
                at as f32 / (components.len() - 1) as f32,
            ),
            _ => Request::None,
        }
    }

    pub(super) fn selected_rating_mut(&mut self) -> Option<&mut Rating> {
        let id = self.selected.as_deref()?;
        self.observation
            .ratings
            .iter_mut()
            .find(|r| r.component == id)
    }

    pub(super) fn set_level(&mut self, level: RatingLevel) {
        let Some(id) = self.selected.clone() else {
            return;
        };
        // The Rate tab says why; a key pressed there changes nothing.
        if self.not_for_kind(&id).is_some() {
            return;
        }
        let evidence: Vec<u32> = self.observation.evidence_for(&id).map(|n| n.id).collect();
        let rationale = self.rationale.text();
        if let Some(rating) = self.selected_rating_mut() {
            rating.level = level;
            rating.evidence = evidence;
        } else {
            let position = self
                .components()
                .iter()
                .position(|c| c.id == id)
                .unwrap_or(usize::MAX);
            let order = |r: &Rating| {
                self.components()
                    .iter()
                    .position(|c| c.id == r.component)
                    .unwrap_or(usize::MAX)
            };
            let at = self
                .observation
                .ratings
                .iter()
                .position(|r| order(r) > position)
                .unwrap_or(self.observation.ratings.len());
            self.rationale_drafts.remove(&id);
            self.observation.ratings.insert(
                at,
                Rating {
                    component: id,
                    level,
                    rationale: rationale.trim_end().to_string(),
                    evidence,
                },
            );
        }
        self.changed();
    }

    #[allow(
        clippy::needless_pass_by_value,
        reason = "a key is handed over, as iced's events give it"
    )]
    pub(super) fn key(&mut self, key: keyboard::Key, modifiers: keyboard::Modifiers) -> Request {
        if self.tab == Tab::LookFors
            && let Some(message) = self.lookfor_key(&key, modifiers)
        {
            return self.update(message);
        }
        match keys::shortcut(
            &key,
            modifiers,
            self.rubric.as_ref().map_or(0, |r| r.levels.len()),
        ) {
            Some(keys::Shortcut::Help) => self.update(Message::ToggleHelp),
            Some(keys::Shortcut::Escape) => {
                self.show_help = false;
                self.cancel_delete();
                if self.observation.typing.editing.take().is_some() {
                    self.changed();
                    return Request::Focus(super::NOTE_INPUT);
                }
                Request::None
            }
            Some(keys::Shortcut::Timer) => {
                if self.timer.is_running() {
                    self.update(Message::PauseTimer)
                } else {
                    self.update(Message::StartTimer)
                }
            }
            Some(keys::Shortcut::NewNote) => self.update(Message::Tab(Tab::Script)),
            Some(keys::Shortcut::AcceptSuggestion)
                if self.tab == Tab::Script && !self.suggestions().is_empty() =>
            {
                self.update(Message::AcceptSuggestion(0))
            }
            // With no suggestion to take, Tab walks the fields and buttons.
            Some(keys::Shortcut::AcceptSuggestion) => Request::FocusNext(false),
            None if is_shift_tab(&key, modifiers) => Request::FocusNext(true),
            Some(keys::Shortcut::Quote) => self.update(Message::ToggleQuote),
            Some(keys::Shortcut::NamesStudents) => self.update(Message::ToggleNamesStudents),
            Some(keys::Shortcut::Next) => self.update(Message::NextComponent),
            Some(keys::Shortcut::Previous) => self.update(Message::PreviousComponent),
            Some(keys::Shortcut::Level(index)) if self.tab == Tab::Rate => {
                match self.rubric.as_ref().and_then(|r| r.levels.get(index)) {
                    Some(level) => self.update(Message::SetLevel(RatingLevel::Level(level.score))),
                    None => Request::None,
                }
            }
            Some(keys::Shortcut::NotObserved) if self.tab == Tab::Rate => {
                self.update(Message::SetLevel(RatingLevel::NotObserved))
            }
            Some(keys::Shortcut::Save) => self.update(Message::SaveNow),
            Some(keys::Shortcut::Undo) => self.update(Message::UndoNote),
            _ => Request::None,
        }
    }
}

/// The index `step` places from `i` in a list of `len`, going round at
/// either end.
fn step_round(i: usize, step: isize, len: usize) -> usize {
    let back = step.unsigned_abs() % len;
    if step < 0 {
        (i + len - back) % len
    } else {
        (i + back) % len
    }
}

/// Shift+Tab, and no other modifier.
fn is_shift_tab(key: &iced::keyboard::Key, modifiers: iced::keyboard::Modifiers) -> bool {
    modifiers == iced::keyboard::Modifiers::SHIFT
        && matches!(
            key,
            iced::keyboard::Key::Named(iced::keyboard::key::Named::Tab)
        )
}
