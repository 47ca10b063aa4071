//! Exporting the observation report: where to save it, paper and privacy
//! choices, then Open and Show in folder.

use std::path::PathBuf;

use iced::widget::{Column, button, column, container, row, text, text_input};
use iced::{Element, Fill};

use super::{Action, Message, ObservationScreen};
use crate::report::{Paper, ReportOptions, default_file_name};
use crate::ui::theme;

/// The export panel's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPanel {
    pub path: String,
    pub paper: Paper,
    pub omit_student_names: bool,
    pub running: bool,
    pub result: Option<Result<Exported, String>>,
}

/// A report written to disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub path: PathBuf,
    pub pages: usize,
    pub warnings: Vec<String>,
}

/// Everything needed to write the report, handed to the parent to run.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    pub observation: crate::record::Observation,
    pub educator: crate::record::Educator,
    pub rubric: Option<crate::rubric::Rubric>,
    pub options: ReportOptions,
    pub path: PathBuf,
}

impl ObservationScreen {
    /// Opens the panel with "2026-11-29 Observation - Name.pdf" in the Documents folder.
    pub(super) fn open_export(&mut self) {
        let name = default_file_name(
            self.observation.started_at.date_naive(),
            "Observation",
            &self.educator.name,
        );
        let path = crate::folders::documents_dir().join(name);
        self.export = Some(ExportPanel {
            path: path.display().to_string(),
            paper: Paper::from_locale(),
            omit_student_names: false,
            running: false,
            result: None,
        });
    }

    pub(super) fn export_request(&mut self) -> Action {
        let Some(panel) = &mut self.export else {
            return Action::None;
        };
        let typed = panel.path.trim();
        if typed.is_empty() || panel.running {
            return Action::None;
        }
        let mut path = PathBuf::from(typed);
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case("pdf"))
        {
            path.set_extension("pdf");
            panel.path = path.display().to_string();
        }
        panel.running = true;
        panel.result = None;
        let options = ReportOptions {
            paper: panel.paper,
            omit_student_names: panel.omit_student_names,
            generated: crate::record::now(),
        };
        Action::ExportPdf(Box::new(ExportRequest {
            observation: self.observation.clone(),
            educator: self.educator.clone(),
            rubric: self.rubric.clone(),
            options,
            path,
        }))
    }

    /// The parent finished writing the report.
    pub fn exported(&mut self, result: Result<Exported, String>) {
        if let Some(panel) = &mut self.export {
            panel.running = false;
            panel.result = Some(result);
        }
    }

    /// The save dialog closed; `None` when cancelled or when no dialog could be shown.
    pub fn export_path_picked(&mut self, path: Option<PathBuf>) {
        if let (Some(panel), Some(path)) = (&mut self.export, path) {
            panel.path = path.display().to_string();
            panel.result = None;
        }
    }

    pub(super) fn export_view(&self, panel: &ExportPanel) -> Element<'_, Message> {
        let paper = |label: &'static str, which: Paper| {
            button(text(label).size(14))
                .padding([4, 12])
                .style(if panel.paper == which {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::ExportPaper(which))
        };
        let omit = if panel.omit_student_names {
            "✓ Leave out notes that name students"
        } else {
            "Leave out notes that name students"
        };
        let mut body = column![
            text("Export the observation report (PDF)")
                .font(theme::BOLD)
                .size(20),
            text("Save as").size(13).style(theme::muted),
            row![
                text_input("Where to save the PDF", &panel.path)
                    .on_input(Message::ExportPath)
                    .on_submit(Message::ExportNow)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(Message::BrowseExport),
            ]
            .spacing(8),
            row![
                text("Paper").size(13).style(theme::muted),
                paper("Letter", Paper::Letter),
                paper("A4", Paper::A4)
            ]
            .spacing(8)
            .align_y(iced::Center),
            button(text(omit).size(14))
                .padding([4, 12])
                .style(theme::chip(panel.omit_student_names))
                .on_press(Message::ToggleOmitStudents),
            row![
                button(text(if panel.running {
                    "Exporting…"
                } else {
                    "Export"
                }))
                .on_press_maybe((!panel.running).then_some(Message::ExportNow)),
                button(text("Close"))
                    .style(button::secondary)
                    .on_press(Message::CloseExport),
            ]
            .spacing(8),
        ]
        .spacing(10);
        match &panel.result {
            Some(Ok(done)) => {
                let mut saved = Column::new().spacing(6).push(
                    text(format!(
                        "Saved {} ({} page{}).",
                        done.path.display(),
                        done.pages,
                        if done.pages == 1 { "" } else { "s" }
                    ))
                    .size(14),
                );
                for warning in &done.warnings {
                    saved = saved.push(text(warning.clone()).size(13));
                }
                saved = saved.push(
                    row![
                        button(text("Open")).on_press(Message::OpenExported),
                        button(text("Show in folder"))
                            .style(button::secondary)
                            .on_press(Message::ShowExportedFolder),
                    ]
                    .spacing(8),
                );
                body = body.push(container(saved).padding(8).width(Fill).style(theme::panel));
            }
            Some(Err(error)) => {
                body = body.push(
                    container(text(format!("Not exported: {error}.")).size(14))
                        .padding(8)
                        .width(Fill)
                        .style(theme::error_panel),
                );
            }
            None => {}
        }
        container(body)
            .padding(20)
            .max_width(720)
            .style(theme::panel)
            .into()
    }
}
