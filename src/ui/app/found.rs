//! The search panel's requests as work, and opening a result at the place
//! it was found: an observation on the tab that shows it, an evaluation,
//! plan or student measure on its screen, an educator on their page.

use super::{App, Effect, Job, Message, Rest, Screen, WorkspaceState, reading};
use crate::search::{Hit, Options, RecordKind};
use crate::ui::background::Searching;
use crate::ui::search::{self, RESULTS, SHOWN};

impl App {
    /// The search panel, for tests and the view.
    #[must_use]
    pub fn search(&self) -> &search::SearchPanel {
        &self.search
    }

    pub(super) fn search_message(&mut self, message: search::Message) -> Vec<Effect> {
        match self.search.update(message) {
            search::Action::None => vec![],
            // The last search's words stay, selected: typing replaces them.
            search::Action::Focus(id) => vec![Job::Focus(id).into(), Job::SelectAll(id).into()],
            search::Action::Reveal(at) => vec![Job::Reveal(RESULTS, at).into()],
            search::Action::Search {
                number,
                query,
                stop,
            } => {
                let WorkspaceState::Open { workspace, .. } = &self.workspace else {
                    return vec![];
                };
                let searching = Searching {
                    number,
                    query,
                    options: Options {
                        educator: None,
                        limit: SHOWN,
                    },
                    stop,
                    index: self.index.clone(),
                };
                vec![Job::Search(workspace.clone(), Box::new(searching)).into()]
            }
            search::Action::Open(hit) => self.open_found(*hit),
        }
    }

    /// Opens the record of `hit` where it was found, once the record being
    /// edited (if any) is saved: it is closed first, as Back would.
    fn open_found(&mut self, hit: Hit) -> Vec<Effect> {
        if let Some(editor) = &self.editor {
            if editor.is_dirty() || editor.is_saving() || editor.is_storing_measure() {
                self.notice = Some(
                    "The record open is still being saved: open the result again in a moment."
                        .into(),
                );
                return vec![];
            }
            self.editor = None;
            self.screen = Screen::Roster;
        }
        let WorkspaceState::Open {
            workspace, rest, ..
        } = &self.workspace
        else {
            return vec![];
        };
        let by_year = matches!(
            hit.kind,
            RecordKind::Summative
                | RecordKind::GrowthPlan
                | RecordKind::Measure
                | RecordKind::SelfAssessment
        );
        if let (Rest::Reading(progress), true) = (rest, by_year) {
            self.notice = Some(format!(
                "{} Evaluations and plans open once it is done.",
                reading::still_reading(progress)
            ));
            return vec![];
        }
        let year = hit.school_year.clone().unwrap_or_default();
        match hit.kind {
            // Read whole from its file; shown at the place once it arrives.
            RecordKind::Observation => {
                let read = Job::ReadObservation(workspace.clone(), hit.record_id.clone());
                self.opening_at = Some((hit.record_id, hit.place));
                return vec![read.into()];
            }
            // A student measure is entered and shown on its year's evaluation.
            RecordKind::Summative | RecordKind::Measure => {
                self.open_summative(&hit.educator_id, &year);
            }
            RecordKind::GrowthPlan => self.open_plan(&hit.educator_id, &year, None),
            RecordKind::SelfAssessment => self.open_self_assessment(&hit.educator_id, &year),
            RecordKind::Educator => {
                self.roster.show_educator(&hit.educator_id);
                self.screen = Screen::Roster;
            }
        }
        vec![]
    }
}

/// Ctrl+F, wherever the focus is: the search panel.
pub(super) fn search_shortcut(
    event: iced::Event,
    _status: iced::event::Status,
    _window: iced::window::Id,
) -> Option<Message> {
    match event {
        iced::Event::Keyboard(iced::keyboard::Event::KeyPressed { key, modifiers, .. })
            if modifiers.command() && key.as_ref() == iced::keyboard::Key::Character("f") =>
        {
            Some(Message::Search(search::Message::Open))
        }
        _ => None,
    }
}

/// While the panel is open: Escape (read before the field takes it), Up, Down.
pub(super) fn search_keys(
    event: iced::Event,
    _status: iced::event::Status,
    _window: iced::window::Id,
) -> Option<Message> {
    match event {
        iced::Event::Keyboard(iced::keyboard::Event::KeyPressed { key, .. }) => {
            search::SearchPanel::key(&key).map(Message::Search)
        }
        _ => None,
    }
}
