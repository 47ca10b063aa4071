//! Importing an educator's response in the exchange panel: the file (typed,
//! chosen, or dropped on the window), then a preview of what would land
//! (`workspace::packet::preview_import`, writing nothing), then Import; a
//! response to a version amended since is refused with the reason, and
//! taken only by the second button, which says what it means.

use std::path::PathBuf;
use std::sync::Arc;

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::FileField;
use super::panel_parts::problem;
use crate::ui::failure::Failure;
use crate::ui::theme;
use crate::workspace::packet::{Imported, Preview};

/// The import of a response: the file, who imports, the preview, the outcome.
#[derive(Debug, Clone, Default)]
pub struct ResponseImport {
    path: String,
    /// Who imports, recorded with the response.
    by: String,
    running: bool,
    preview: Option<Arc<Preview>>,
    outcome: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Path(String),
    By(String),
    Preview,
    /// Import; `true` takes a response to an earlier version.
    Import(bool),
    Cancel,
    Browse,
}

/// What the import asks of the roster.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    None,
    Preview(PathBuf),
    Import {
        preview: Previewed,
        earlier: bool,
        by: String,
    },
    Browse(FileField, PathBuf),
}

/// A preview as requests and actions carry it, compared by identity
/// (its files are not compared byte by byte).
#[derive(Debug, Clone)]
pub struct Previewed(pub Arc<Preview>);

impl PartialEq for Previewed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl ResponseImport {
    #[must_use]
    pub fn new(by: &str) -> ResponseImport {
        ResponseImport {
            by: by.to_string(),
            ..ResponseImport::default()
        }
    }

    pub fn update(&mut self, message: Message) -> Request {
        match message {
            Message::Path(path) => {
                self.path = path;
                self.preview = None;
            }
            Message::By(by) => self.by = by,
            Message::Preview if !self.running && !self.path.trim().is_empty() => {
                return self.ask_preview();
            }
            Message::Import(earlier) if !self.running => {
                if let Some(preview) = self.preview.clone() {
                    self.running = true;
                    self.outcome = None;
                    return Request::Import {
                        preview: Previewed(preview),
                        earlier,
                        by: self.by.trim().to_string(),
                    };
                }
            }
            Message::Cancel => {
                self.preview = None;
                self.outcome = None;
            }
            Message::Browse => {
                return Request::Browse(FileField::ResponseToRead, PathBuf::from(self.path.trim()));
            }
            Message::Preview | Message::Import(_) => {}
        }
        Request::None
    }

    fn ask_preview(&mut self) -> Request {
        self.running = true;
        self.preview = None;
        self.outcome = None;
        Request::Preview(PathBuf::from(self.path.trim()))
    }

    /// A file chosen in the dialog, or dropped on the window: previewed at once.
    pub fn file_given(&mut self, path: &std::path::Path) -> Request {
        self.path = path.display().to_string();
        self.ask_preview()
    }

    pub fn previewed(&mut self, result: Result<Arc<Preview>, Failure>) {
        self.running = false;
        match result {
            Ok(preview) => self.preview = Some(preview),
            Err(why) => self.outcome = Some(Err(format!("Not imported: {why}."))),
        }
    }

    pub fn imported(&mut self, result: Result<Imported, Failure>) {
        self.running = false;
        match result {
            Ok(done) => {
                let said = self.preview.as_deref().map(|p| landed(p, &done));
                self.preview = None;
                self.outcome = Some(Ok(said.unwrap_or_default()));
            }
            Err(why) => self.outcome = Some(Err(format!("Not imported: {why}."))),
        }
    }

    pub fn view(&self, read_only: Option<&str>) -> Element<'_, super::exchange::Message> {
        self.section(read_only)
            .map(super::exchange::Message::Response)
    }

    fn section(&self, read_only: Option<&str>) -> Element<'_, Message> {
        let mut section = Column::new().spacing(8).push(
            column![
                text("Import an educator's response")
                    .font(theme::BOLD)
                    .size(17),
                text(
                    "A response file an educator wrote to a packet sent from this workspace: \
                     their acknowledgement, reflection, files and self-assessment land on the \
                     record. You see what would land first. You can also drop the file on this \
                     window."
                )
                .size(14),
            ]
            .spacing(8),
        );
        if let Some(reason) = read_only {
            return section
                .push(
                    text(format!("This workspace is read-only: {reason}."))
                        .size(13)
                        .style(theme::muted),
                )
                .into();
        }
        section = section.push(
            row![
                text_input("Path to the response file (.teresponse)", &self.path)
                    .on_input(Message::Path)
                    .on_submit(Message::Preview)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(Message::Browse),
                button(text(if self.running {
                    "Working…"
                } else {
                    "Preview"
                }))
                .on_press_maybe(
                    (!self.running && !self.path.trim().is_empty()).then_some(Message::Preview)
                ),
            ]
            .spacing(8),
        );
        if let Some(preview) = &self.preview {
            section = section.push(self.preview_view(preview));
        }
        match &self.outcome {
            Some(Ok(said)) => section.push(text(said.clone()).font(theme::BOLD)).into(),
            Some(Err(why)) => section.push(problem(why.clone())).into(),
            None => section.into(),
        }
    }

    /// Who answered what, which version, what they sent, and what Import would do.
    fn preview_view<'a>(&'a self, p: &'a Preview) -> Element<'a, Message> {
        let mut body = Column::new().spacing(6);
        for line in described(p) {
            body = body.push(text(line).size(14));
        }
        let reflection: Vec<&str> = p.response.reflection.lines().take(4).collect();
        if !reflection.is_empty() {
            body = body.push(
                container(text(reflection.join("\n")).size(13).style(theme::muted))
                    .padding([4, 10]),
            );
        }
        body = body.push(
            text_input("Imported by (your name)", &self.by)
                .on_input(Message::By)
                .padding(6)
                .width(320),
        );
        let buttons = match p.blocker(false) {
            None => row![button(text("Import")).on_press(Message::Import(false))],
            Some(why) => {
                body = body.push(problem(format!("{}.", capitalised(&why.to_string()))));
                if p.already.is_none() && p.earlier.is_some() {
                    body = body.push(
                        text(
                            "Importing it as a response to the earlier version keeps it as \
                             the educator wrote it, marked as answering that version: the \
                             record shows it acknowledged in an earlier version, and the \
                             amendments since stand.",
                        )
                        .size(13),
                    );
                    row![
                        button(text("Import as a response to the earlier version"))
                            .on_press(Message::Import(true))
                    ]
                } else {
                    row![]
                }
            }
        };
        body = body.push(
            buttons.spacing(8).push(
                button(text("Cancel"))
                    .style(button::secondary)
                    .on_press(Message::Cancel),
            ),
        );
        container(body)
            .padding(12)
            .width(Fill)
            .style(theme::panel)
            .into()
    }
}

/// The preview in sentences: who, to what, the version, what they sent.
fn described(p: &Preview) -> Vec<String> {
    let r = &p.response;
    let m = &p.sent.packet;
    let version = m
        .version
        .as_deref()
        .map_or("none yet", crate::record::trail::short);
    let mut lines = vec![
        format!(
            "{} acknowledged receipt on {}, answering the {} of {} sent on {}.",
            r.name,
            r.acknowledged_at.format("%a %b %-d, %Y %H:%M"),
            m.about.what(),
            p.educator.name,
            m.exported_at.format("%b %-d, %Y")
        ),
        if p.earlier.is_some() {
            format!("Version answered: {version}, an earlier one; the record was changed since.")
        } else {
            format!("Version answered: {version}, the current one.")
        },
        format!(
            "Reflection: {}.",
            crate::text::count(r.reflection.split_whitespace().count(), "word", "words")
        ),
    ];
    let files: Vec<String> = (r.artifacts.iter())
        .map(|a| {
            format!(
                "{} ({})",
                a.shown_name(),
                crate::text::size(usize::try_from(a.size).unwrap_or(usize::MAX))
            )
        })
        .collect();
    lines.push(if files.is_empty() {
        "Files: none.".to_string()
    } else {
        format!("Files: {}.", files.join(", "))
    });
    if let Some(sa) = &r.self_assessment {
        lines.push(format!(
            "Self-assessment: {}, {}.",
            crate::text::count(sa.components.len(), "component", "components"),
            crate::text::count(sa.goals.len(), "goal", "goals")
        ));
    }
    lines.push(match &m.about {
        crate::workspace::packet::About::SelfAssessmentRequest { school_year, .. } => format!(
            "Import puts this self-assessment of {school_year} in place, as supplied by {}.",
            p.educator.name
        ),
        _ => format!(
            "Import adds the response to the {} as received (the files checked by their \
             SHA-256) and records the acknowledgement of the version answered.",
            m.about.what()
        ),
    });
    lines
}

/// What an import landed, in a sentence.
fn landed(p: &Preview, done: &Imported) -> String {
    let mut said = format!(
        "Imported {}'s response onto the {}: {}.",
        p.response.name,
        done.what,
        crate::text::count(done.artifacts, "file", "files")
    );
    if done.earlier_version {
        said.push_str(" It answers an earlier version, and the record shows it so.");
    } else if !done.acknowledged {
        said.push_str(" A later version's acknowledgement stands.");
    }
    said
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
