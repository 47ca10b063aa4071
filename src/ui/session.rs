//! What every editing screen has in common: saving as you type, leaving
//! only once saved, and the export panel. Each screen keeps one of these.

use std::path::PathBuf;
use std::time::Instant;

use iced::Element;
use iced::widget::{center, container, opaque, stack};

use super::autosave::Autosave;
use super::export_panel::{self, ExportPanel, Exported};
use super::theme;

#[derive(Debug)]
pub struct EditSession {
    pub autosave: Autosave,
    /// The user asked to go back; leave once the last change is saved.
    leaving: bool,
    /// The latest time seen (ticks carry the clock, so tests can move it).
    now: Instant,
    export: Option<ExportPanel>,
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

/// What the export panel asked for, with the panel's own Close handled.
pub enum ExportStep {
    None,
    Export {
        path: PathBuf,
        options: crate::report::ReportOptions,
    },
    Browse(PathBuf),
    Open(PathBuf),
}

impl EditSession {
    pub fn new(now: Instant) -> EditSession {
        EditSession {
            autosave: Autosave::default(),
            leaving: false,
            now,
            export: None,
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
    pub fn saved(&mut self, revision: u64, result: Result<(), String>) -> bool {
        if result.is_err() {
            self.leaving = false;
        }
        let now = Instant::now().max(self.now);
        self.autosave
            .finished(revision, result.map(|()| crate::record::now()), now);
        self.leaving && !self.autosave.is_dirty()
    }

    pub fn open_export(&mut self, panel: ExportPanel) {
        self.export = Some(panel);
    }

    pub fn export_message(&mut self, message: export_panel::Message) -> ExportStep {
        let Some(panel) = &mut self.export else {
            return ExportStep::None;
        };
        match panel.update(message) {
            export_panel::Outcome::None => ExportStep::None,
            export_panel::Outcome::Close => {
                self.export = None;
                ExportStep::None
            }
            export_panel::Outcome::Browse(path) => ExportStep::Browse(path),
            export_panel::Outcome::Open(path) => ExportStep::Open(path),
            export_panel::Outcome::Export { path, options } => ExportStep::Export { path, options },
        }
    }

    pub fn exported(&mut self, result: Result<Exported, String>) {
        if let Some(panel) = &mut self.export {
            panel.exported(result);
        }
    }

    pub fn export_path_picked(&mut self, path: Option<PathBuf>) {
        if let Some(panel) = &mut self.export {
            panel.picked(path);
        }
    }

    /// The page, with the export panel over it when open.
    pub fn with_export<'a, M: Clone + 'a>(
        &'a self,
        page: Element<'a, M>,
        wrap: fn(export_panel::Message) -> M,
    ) -> Element<'a, M> {
        match &self.export {
            Some(panel) => stack![page, dialog(panel.view().map(wrap))].into(),
            None => page,
        }
    }
}

/// The parts of an editing page that differ from screen to screen.
pub struct Frame<'a, M> {
    /// The person, e.g. "Ingrid Lindqvist".
    pub name: String,
    /// What is edited, e.g. "Summative evaluation · 2026-27".
    pub title: String,
    /// For the save-failure banner: "evaluation", "plan".
    pub what: &'static str,
    pub back: M,
    pub export_pdf: M,
    pub export: fn(export_panel::Message) -> M,
    pub body: Element<'a, M>,
    /// Why something typed is not in the record, said instead of "Saved".
    pub held: Option<String>,
}

impl EditSession {
    /// A whole editing page: header with back, title, save status and
    /// Export PDF; a banner while saving fails; the scrolling body; the
    /// export panel over it when open.
    pub fn frame<'a, M: Clone + 'a>(&'a self, frame: Frame<'a, M>) -> Element<'a, M> {
        use iced::widget::{button, column, row, scrollable, space, text};
        let failed = self.autosave.error();
        let warn = failed.is_some() || frame.held.is_some();
        let status = frame.held.unwrap_or_else(|| self.autosave.status());
        let header = container(
            row![
                button(text("← Educators").size(13))
                    .style(button::text)
                    .on_press(frame.back),
                text(frame.name).font(theme::BOLD).size(18),
                text(frame.title).size(14).style(theme::muted),
                space().width(iced::Fill),
                text(status).size(13).style(if warn {
                    theme::danger_text
                } else {
                    theme::muted
                }),
                button(text("Export PDF").size(13))
                    .style(button::secondary)
                    .on_press(frame.export_pdf),
            ]
            .spacing(12)
            .align_y(iced::Center),
        )
        .padding([8, 12])
        .width(iced::Fill)
        .style(theme::panel);
        let mut page = column![header].spacing(10).padding(12).height(iced::Fill);
        if let Some(error) = failed {
            page = page.push(
                container(text(format!(
                    "This {} could not be saved: {error}. Your changes are kept here and saving is retried.",
                    frame.what
                )))
                .padding([6, 10])
                .width(iced::Fill)
                .style(theme::error_panel),
            );
        }
        let page = page.push(
            scrollable(
                container(frame.body)
                    .padding(iced::Padding::ZERO.right(14))
                    .max_width(1100),
            )
            .height(iced::Fill),
        );
        self.with_export(page.into(), frame.export)
    }
}

/// A panel over the dimmed window, which cannot be clicked through.
pub fn dialog<'a, M: 'a>(panel: Element<'a, M>) -> Element<'a, M> {
    opaque(
        container(center(panel))
            .width(iced::Fill)
            .height(iced::Fill)
            .style(theme::backdrop),
    )
}
