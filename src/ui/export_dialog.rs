//! The export panel as a screen holds it: open or not, what its buttons
//! come to, and its answers. The editing screens and the summary share it,
//! so an export takes the same steps wherever it starts.

use crate::ui::failure::Failure;
use std::path::PathBuf;

use iced::Element;
use iced::widget::stack;

use super::dialog::dialog;
use super::export_panel::{self, ExportPanel, Exported};

/// The export panel, when open.
#[derive(Debug, Default)]
pub struct ExportDialog {
    panel: Option<ExportPanel>,
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

impl ExportDialog {
    pub fn open(&mut self, panel: ExportPanel) {
        self.panel = Some(panel);
    }

    pub fn message(&mut self, message: export_panel::Message) -> ExportStep {
        let Some(panel) = &mut self.panel else {
            return ExportStep::None;
        };
        match panel.update(message) {
            export_panel::Outcome::None => ExportStep::None,
            export_panel::Outcome::Close => {
                self.panel = None;
                ExportStep::None
            }
            export_panel::Outcome::Browse(path) => ExportStep::Browse(path),
            export_panel::Outcome::Open(path) => ExportStep::Open(path),
            export_panel::Outcome::Export { path, options } => ExportStep::Export { path, options },
        }
    }

    /// The document was written, or why not.
    pub fn exported(&mut self, result: Result<Exported, Failure>) {
        if let Some(panel) = &mut self.panel {
            panel.exported(result);
        }
    }

    /// The save dialog closed; `None` when cancelled or when no dialog could be shown.
    pub fn picked(&mut self, path: Option<PathBuf>) {
        if let Some(panel) = &mut self.panel {
            panel.picked(path);
        }
    }

    /// `page`, with the panel over it when open.
    pub fn over<'a, M: Clone + 'a>(
        &'a self,
        page: Element<'a, M>,
        wrap: fn(export_panel::Message) -> M,
    ) -> Element<'a, M> {
        match &self.panel {
            Some(panel) => stack![
                crate::ui::inert::inert(page),
                dialog(panel.view().map(wrap))
            ]
            .into(),
            None => page,
        }
    }
}
