//! The screen that edits one record (an observation, an evaluation, a
//! plan), seen by the application through one interface: what it asks for,
//! and how saving and exporting report back.

use std::path::PathBuf;
use std::time::Instant;

use iced::{Element, keyboard};

use super::export_panel::{Document, Exported};
use super::observation::{self, ObservationScreen};
use crate::record::Observation;
use crate::report::ReportOptions;

pub enum Editor {
    Observation(Box<ObservationScreen>),
}

/// A record as an editor hands it over to be saved.
#[derive(Debug, Clone, PartialEq)]
pub enum Edited {
    Observation(Box<Observation>),
}

/// What an editor asks the application to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    None,
    /// Save this version; `revision` goes back with the result.
    Save {
        revision: u64,
        record: Edited,
    },
    /// Everything is saved: back to this educator's page.
    Close {
        educator_id: String,
    },
    Focus(&'static str),
    Export {
        document: Box<Document>,
        path: PathBuf,
        options: ReportOptions,
    },
    Browse(PathBuf),
    Open(PathBuf),
}

impl From<observation::Action> for Request {
    fn from(action: observation::Action) -> Request {
        match action {
            observation::Action::None => Request::None,
            observation::Action::Save {
                revision,
                observation,
            } => Request::Save {
                revision,
                record: Edited::Observation(observation),
            },
            observation::Action::Focus(id) => Request::Focus(id),
            observation::Action::Close { educator_id } => Request::Close { educator_id },
            observation::Action::Export {
                document,
                path,
                options,
            } => Request::Export {
                document,
                path,
                options,
            },
            observation::Action::BrowseExport(path) => Request::Browse(path),
            observation::Action::Open(path) => Request::Open(path),
        }
    }
}

impl Editor {
    pub fn observation(&self) -> Option<&ObservationScreen> {
        match self {
            Editor::Observation(screen) => Some(screen),
        }
    }

    pub fn observation_mut(&mut self) -> Option<&mut ObservationScreen> {
        match self {
            Editor::Observation(screen) => Some(screen),
        }
    }

    pub fn tick(&mut self, at: Instant) -> Request {
        match self {
            Editor::Observation(screen) => screen.update(observation::Message::Tick(at)).into(),
        }
    }

    pub fn key(&mut self, key: keyboard::Key, modifiers: keyboard::Modifiers) -> Request {
        match self {
            Editor::Observation(screen) => screen
                .update(observation::Message::Key(key, modifiers))
                .into(),
        }
    }

    /// A save of `revision` ended.
    pub fn saved(&mut self, revision: u64, result: Result<(), String>) -> Request {
        match self {
            Editor::Observation(screen) => screen.saved(revision, result).into(),
        }
    }

    pub fn exported(&mut self, result: Result<Exported, String>) {
        match self {
            Editor::Observation(screen) => screen.exported(result),
        }
    }

    pub fn export_path_picked(&mut self, path: Option<PathBuf>) {
        match self {
            Editor::Observation(screen) => screen.export_path_picked(path),
        }
    }

    /// Makes typed-but-not-entered text part of the record (before closing the window).
    pub fn keep_typed_text(&mut self) {
        match self {
            Editor::Observation(screen) => screen.keep_typed_text(),
        }
    }

    pub fn has_unsaved_work(&self) -> bool {
        match self {
            Editor::Observation(screen) => screen.has_unsaved_work(),
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.autosave().is_dirty()
    }

    pub fn is_saving(&self) -> bool {
        self.autosave().is_saving()
    }

    fn autosave(&self) -> &super::autosave::Autosave {
        match self {
            Editor::Observation(screen) => screen.autosave(),
        }
    }

    pub fn begin_save(&mut self) -> Request {
        match self {
            Editor::Observation(screen) => screen.begin_save().into(),
        }
    }

    pub fn view(&self) -> Element<'_, super::Message> {
        match self {
            Editor::Observation(screen) => screen.view().map(super::Message::Observation),
        }
    }
}
