//! The editing shell every editing screen nests: saving as you type,
//! leaving only once saved, and the export panel. Each screen keeps an
//! [`EditSession`] and hands its back, save and export messages to [`shell`].

use crate::ui::failure::Failure;
use std::time::Instant;

use super::autosave::Autosave;
use super::editor::Request;
use super::export_dialog::{ExportDialog, ExportStep};
use super::export_panel::{self, Document, ExportPanel, Exported};

#[derive(Debug)]
pub struct EditSession {
    pub autosave: Autosave,
    /// The user asked to go back; leave once the last change is saved.
    leaving: bool,
    /// The latest time seen (ticks carry the clock, so tests can move it).
    now: Instant,
    pub(super) export: ExportDialog,
}

/// What pressing "back" comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Nothing unsaved: go now.
    Now,
    /// Save first; the screen closes when the save succeeds.
    AfterSaving,
    /// A save is under way; wait for it.
    Wait,
}

/// The messages every editing screen takes the same way.
#[derive(Debug, Clone)]
pub enum Shell {
    Back,
    SaveNow,
    Export(export_panel::Message),
}

/// What the shell needs of the screen it is nested in.
pub trait Editing {
    fn session_mut(&mut self) -> &mut EditSession;
    /// A save of the record as it stands (nothing while it must not be written yet).
    fn begin_save(&mut self) -> Request;
    /// Everything is saved: back to the educator's page.
    fn close(&self) -> Request;
    /// The document Export writes, as the record stands.
    fn document(&self) -> Document;
}

/// Back, Save now and the export panel, the same on every editing screen;
/// when they ask for nothing, a save that has come due starts.
pub fn shell(screen: &mut impl Editing, message: Shell) -> Request {
    let request = match message {
        Shell::Back => match screen.session_mut().back() {
            Leave::Now => screen.close(),
            Leave::AfterSaving => screen.begin_save(),
            Leave::Wait => Request::None,
        },
        Shell::SaveNow => {
            let autosave = &screen.session_mut().autosave;
            if autosave.is_dirty() && !autosave.is_saving() {
                screen.begin_save()
            } else {
                Request::None
            }
        }
        Shell::Export(message) => match screen.session_mut().export.message(message) {
            ExportStep::None => Request::None,
            ExportStep::Browse(path) => Request::Browse(path),
            ExportStep::Open(path) => Request::Open(path),
            ExportStep::Export { path, options } => Request::Export {
                document: Box::new(screen.document()),
                path,
                options,
            },
        },
    };
    match request {
        Request::None => save_if_due(screen),
        request => request,
    }
}

/// After a message: a save when the typing has stopped long enough.
pub fn save_if_due(screen: &mut impl Editing) -> Request {
    if screen.session_mut().due() {
        screen.begin_save()
    } else {
        Request::None
    }
}

impl EditSession {
    pub fn new(now: Instant) -> EditSession {
        EditSession {
            autosave: Autosave::default(),
            leaving: false,
            now,
            export: ExportDialog::default(),
        }
    }

    /// Moves the clock to `at` (a tick) or to now, never backwards.
    pub fn clock(&mut self, at: Option<Instant>) -> Instant {
        self.now = at.unwrap_or_else(Instant::now).max(self.now);
        self.now
    }

    pub fn now(&self) -> Instant {
        self.now
    }

    pub fn changed(&mut self) {
        self.autosave.changed(self.now);
    }

    /// True when a save should start now.
    pub fn due(&self) -> bool {
        self.autosave.due(self.now)
    }

    /// Marks a save as started; returns the revision it writes.
    pub fn begin(&mut self) -> u64 {
        self.autosave.begin()
    }

    pub fn back(&mut self) -> Leave {
        self.leaving = true;
        if !self.autosave.is_dirty() {
            Leave::Now
        } else if self.autosave.is_saving() {
            Leave::Wait
        } else {
            Leave::AfterSaving
        }
    }

    /// A save ended; true when the screen should now close.
    pub fn saved(&mut self, revision: u64, result: Result<(), Failure>) -> bool {
        if result.is_err() {
            self.leaving = false;
        }
        let now = Instant::now().max(self.now);
        self.autosave
            .finished(revision, result.map(|()| crate::record::now()), now);
        self.leaving && !self.autosave.is_dirty()
    }

    pub fn open_export(&mut self, panel: ExportPanel) {
        self.export.open(panel);
    }

    pub fn exported(&mut self, result: Result<Exported, Failure>) {
        self.export.exported(result);
    }

    pub fn export_path_picked(&mut self, path: Option<std::path::PathBuf>) {
        self.export.picked(path);
    }

    /// The page, with the export panel over it when open.
    pub fn with_export<'a, M: Clone + 'a>(
        &'a self,
        page: iced::Element<'a, M>,
        wrap: fn(export_panel::Message) -> M,
    ) -> iced::Element<'a, M> {
        self.export.over(page, wrap)
    }
}
