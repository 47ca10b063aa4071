//! Exporting a document as PDF: where to save it, paper and privacy
//! choices, then Open and Show in folder. Each screen says what to export.

use crate::ui::failure::Failure;
use std::path::PathBuf;

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::theme;
use crate::report::{Paper, ReportOptions};

#[derive(Debug, Clone)]
pub struct ExportPanel {
    title: String,
    path: String,
    paper: Paper,
    /// `None` when the document has no notes that name students.
    omit_student_names: Option<bool>,
    /// "pdf" or "csv", from the offered file name.
    extension: String,
    running: bool,
    result: Option<Result<Exported, Failure>>,
}

/// What each screen hands over to export; `report` writes it.
pub use crate::report::Document;
/// A document written to disk.
pub use crate::report::Written as Exported;

#[derive(Debug, Clone)]
pub enum Message {
    Path(String),
    Paper(Paper),
    ToggleOmitStudents,
    Browse,
    Export,
    Close,
    Open,
    ShowFolder,
}

/// What the panel asks of its screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    None,
    /// Write the document to `path` with `options`.
    Export {
        path: PathBuf,
        options: ReportOptions,
    },
    /// Show a save dialog starting at this path.
    Browse(PathBuf),
    /// Open this file or folder with the desktop's default program.
    Open(PathBuf),
    Close,
}

impl ExportPanel {
    /// A panel offering `file_name` in the Documents folder.
    #[must_use]
    pub fn new(title: &str, file_name: &str, offer_omit_student_names: bool) -> ExportPanel {
        ExportPanel {
            title: title.to_string(),
            path: crate::files::folders::documents_dir()
                .join(file_name)
                .display()
                .to_string(),
            paper: Paper::from_locale(),
            omit_student_names: offer_omit_student_names.then_some(false),
            extension: std::path::Path::new(file_name)
                .extension()
                .map_or("pdf".into(), |e| e.to_string_lossy().to_lowercase()),
            running: false,
            result: None,
        }
    }

    pub fn update(&mut self, message: Message) -> Outcome {
        match message {
            Message::Path(path) => {
                self.path = path;
                self.result = None;
            }
            Message::Paper(paper) => self.paper = paper,
            Message::ToggleOmitStudents => {
                if let Some(omit) = &mut self.omit_student_names {
                    *omit = !*omit;
                }
            }
            Message::Browse => return Outcome::Browse(PathBuf::from(self.path.trim())),
            Message::Export => return self.export(),
            Message::Close => return Outcome::Close,
            Message::Open => {
                if let Some(path) = self.exported_path() {
                    return Outcome::Open(path);
                }
            }
            Message::ShowFolder => {
                if let Some(folder) = self
                    .exported_path()
                    .and_then(|p| p.parent().map(PathBuf::from))
                {
                    return Outcome::Open(folder);
                }
            }
        }
        Outcome::None
    }

    fn export(&mut self) -> Outcome {
        let typed = self.path.trim();
        if typed.is_empty() || self.running {
            return Outcome::None;
        }
        let mut path = PathBuf::from(typed);
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case(&self.extension))
        {
            path.set_extension(&self.extension);
            self.path = path.display().to_string();
        }
        self.running = true;
        self.result = None;
        Outcome::Export {
            path,
            options: ReportOptions {
                paper: self.paper,
                omit_student_names: self.omit_student_names.unwrap_or(false),
                generated: crate::record::now(),
                // The application fills in the open workspace (`App::request`).
                artifacts_from: None,
            },
        }
    }

    /// The document was written, or why not.
    pub fn exported(&mut self, result: Result<Exported, Failure>) {
        self.running = false;
        self.result = Some(result);
    }

    /// The save dialog closed; `None` when cancelled or when no dialog could be shown.
    pub fn picked(&mut self, path: Option<PathBuf>) {
        if let Some(path) = path {
            self.path = path.display().to_string();
            self.result = None;
        }
    }

    fn exported_path(&self) -> Option<PathBuf> {
        match &self.result {
            Some(Ok(done)) => Some(done.path.clone()),
            _ => None,
        }
    }

    /// The panel: where to save, paper and privacy choices, Export and Close, then the outcome.
    pub fn view(&self) -> Element<'_, Message> {
        let body = column![
            text(self.title.clone()).font(theme::BOLD).size(20),
            text("Save as").size(13).style(theme::muted),
            row![
                text_input("Where to save the PDF", &self.path)
                    .on_input(Message::Path)
                    .on_submit(Message::Export)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(Message::Browse),
            ]
            .spacing(8),
        ]
        .spacing(10);
        let body = self.choices(body).push(
            row![
                button(text(if self.running {
                    "Exporting…"
                } else {
                    "Export"
                }))
                .on_press_maybe((!self.running).then_some(Message::Export)),
                button(text("Close"))
                    .style(button::secondary)
                    .on_press(Message::Close),
            ]
            .spacing(8),
        );
        let body = match &self.result {
            Some(Ok(done)) => body.push(saved(done)),
            Some(Err(error)) => body.push(
                container(text(format!("Not exported: {error}.")).size(14))
                    .padding(8)
                    .width(Fill)
                    .style(theme::error_panel),
            ),
            None => body,
        };
        container(body)
            .padding(20)
            .max_width(720)
            .style(theme::panel)
            .into()
    }

    /// The paper size (PDFs only), and leaving out notes that name students (when some do).
    fn choices<'a>(&self, mut body: Column<'a, Message>) -> Column<'a, Message> {
        let paper = |label: &'static str, which: Paper| {
            button(text(label).size(14))
                .padding([4, 12])
                .style(if self.paper == which {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::Paper(which))
        };
        if self.extension == "pdf" {
            body = body.push(
                row![
                    text("Paper").size(13).style(theme::muted),
                    paper("Letter", Paper::Letter),
                    paper("A4", Paper::A4)
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        if let Some(omit) = self.omit_student_names {
            let label = if omit {
                "✓ Leave out notes that name students"
            } else {
                "Leave out notes that name students"
            };
            body = body.push(
                button(text(label).size(14))
                    .padding([4, 12])
                    .style(theme::chip(omit))
                    .on_press(Message::ToggleOmitStudents),
            );
        }
        body
    }
}

/// What was written (its pages and any warnings), with Open and Show in folder.
fn saved<'a>(done: &Exported) -> Element<'a, Message> {
    let mut saved = Column::new().spacing(6).push(
        text(match done.pages {
            0 => format!("Saved {}.", done.path.display()),
            1 => format!("Saved {} (1 page).", done.path.display()),
            n => format!("Saved {} ({n} pages).", done.path.display()),
        })
        .size(14),
    );
    for warning in &done.warnings {
        saved = saved.push(text(warning.clone()).size(13));
    }
    saved = saved.push(
        row![
            button(text("Open")).on_press(Message::Open),
            button(text("Show in folder"))
                .style(button::secondary)
                .on_press(Message::ShowFolder),
        ]
        .spacing(8),
    );
    container(saved)
        .padding(8)
        .width(Fill)
        .style(theme::panel)
        .into()
}
