//! The artifacts of the record being edited: attach a file (typed path,
//! the desktop's dialog, or a file dropped on the window) with a caption
//! and components, see each one with what reading its file found, open a
//! read-only copy, remove one. Copying a file runs off the UI thread; the
//! record changes only through `record::artifact`, and saves as any edit.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use crate::record::{Artifact, Supplier};
use crate::ui::failure::Failure;
use crate::ui::theme;
use crate::workspace::{BlobState, StoredFile};

/// The path field, so a test or a shortcut can focus it.
pub const PATH_INPUT: &str = "artifact-path";

#[derive(Debug, Default)]
pub struct ArtifactPanel {
    path: String,
    caption: String,
    components: Vec<String>,
    /// A file is being copied into the workspace.
    storing: bool,
    /// What the last attempt came to: a sentence, and whether it went wrong.
    said: Option<(String, bool)>,
    /// What reading each file found, by hash (filled by a check).
    states: HashMap<String, BlobState>,
    /// The artifact asked to be removed, and the reason typed.
    removing: Option<(usize, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Path(String),
    Caption(String),
    ToggleComponent(String),
    /// Attach the typed file, or ask for one when none is typed.
    Attach,
    /// The dialog closed; `None` when cancelled or when none could be shown.
    Picked(Option<PathBuf>),
    /// A file dropped onto the window.
    Dropped(PathBuf),
    Stored(Result<StoredFile, Failure>),
    Checked(Vec<(String, BlobState)>),
    Open(usize),
    AskRemove(usize),
    Reason(String),
    ConfirmRemove,
    CancelRemove,
}

/// What the screen must do for the panel.
#[derive(Debug, Clone)]
pub enum Outcome {
    None,
    /// Copy this file into the workspace (off the UI thread).
    Store(PathBuf),
    /// Ask for a file with the desktop's dialog.
    Browse,
    /// Add this entry to the record.
    Attach(Box<Artifact>),
    /// Take the artifact at this index off the record, with this reason.
    Remove {
        index: usize,
        reason: String,
    },
    /// Open a read-only copy of this artifact.
    Open(Box<Artifact>),
    /// Read these files again to see they are whole.
    Check(Vec<String>),
}

impl ArtifactPanel {
    /// The panel for a record holding `artifacts`, which are checked first.
    #[must_use]
    pub fn check(artifacts: &[Artifact]) -> Outcome {
        Outcome::Check(artifacts.iter().map(|a| a.sha256.clone()).collect())
    }

    /// `artifacts` are the record's; `signer` adds new ones.
    pub fn update(&mut self, message: Message, artifacts: &[Artifact], signer: &str) -> Outcome {
        match message {
            Message::Path(path) => self.path = path,
            Message::Caption(caption) => self.caption = caption,
            Message::ToggleComponent(id) => {
                if let Some(i) = self.components.iter().position(|c| *c == id) {
                    self.components.remove(i);
                } else {
                    self.components.push(id);
                }
            }
            Message::Attach if self.path.trim().is_empty() => return Outcome::Browse,
            Message::Attach => return self.store(PathBuf::from(self.path.trim())),
            Message::Picked(Some(path)) | Message::Dropped(path) => return self.store(path),
            Message::Picked(None) => {
                self.said = Some((
                    "No file was chosen (or no file dialog could be shown here): type the file's path and press Attach…".into(),
                    true,
                ));
            }
            Message::Stored(result) => return self.stored(result, signer),
            Message::Checked(states) => self.states.extend(states),
            Message::Open(index) => {
                if let Some(a) = artifacts.get(index) {
                    return Outcome::Open(Box::new(a.clone()));
                }
            }
            Message::AskRemove(index) => self.removing = Some((index, String::new())),
            Message::Reason(reason) => {
                if let Some((_, typed)) = &mut self.removing {
                    *typed = reason;
                }
            }
            Message::ConfirmRemove => {
                if let Some((index, reason)) = self.removing.take() {
                    return Outcome::Remove { index, reason };
                }
            }
            Message::CancelRemove => self.removing = None,
        }
        Outcome::None
    }

    fn store(&mut self, path: PathBuf) -> Outcome {
        if self.storing {
            return Outcome::None;
        }
        self.storing = true;
        self.said = None;
        self.path = path.display().to_string();
        Outcome::Store(path)
    }

    fn stored(&mut self, result: Result<StoredFile, Failure>, signer: &str) -> Outcome {
        self.storing = false;
        match result {
            Ok(file) => {
                let artifact = file.artifact(
                    &self.caption,
                    std::mem::take(&mut self.components),
                    Supplier::Evaluator,
                    signer,
                    crate::record::now(),
                );
                self.states.insert(file.sha256.clone(), BlobState::Present);
                Outcome::Attach(Box::new(artifact))
            }
            Err(error) => {
                self.said = Some((capitalised(&format!("{error}.")), true));
                Outcome::None
            }
        }
    }

    /// The screen added the entry (`Ok`: the file's name) or refused it.
    pub fn attached(&mut self, result: Result<String, String>) {
        match result {
            Ok(name) => {
                self.said = Some((format!("Attached {name}."), false));
                self.path.clear();
                self.caption.clear();
            }
            Err(why) => self.said = Some((capitalised(&format!("{why}.")), true)),
        }
    }

    /// True while a file is being copied.
    #[must_use]
    pub fn is_storing(&self) -> bool {
        self.storing
    }

    /// The panel: the list, then the form to attach another. `components`
    /// are the rubric's ids to choose from; `locked`: removing needs a reason.
    pub fn view<'a>(
        &'a self,
        artifacts: &'a [Artifact],
        components: Vec<String>,
        locked: bool,
    ) -> Element<'a, Message> {
        let mut page = Column::new()
            .spacing(10)
            .push(text("Artifacts").font(theme::BOLD).size(18));
        if artifacts.is_empty() {
            page = page.push(
                text("No artifacts yet. Attach a unit plan, an assessment, a parent log or a certificate: type its path or press Attach… to choose it, or drop the file onto this window.")
                    .size(13)
                    .style(theme::muted),
            );
        }
        for (i, artifact) in artifacts.iter().enumerate() {
            page = page.push(self.entry(i, artifact, locked));
        }
        page.push(self.form(components)).into()
    }

    fn entry<'a>(&'a self, i: usize, a: &'a Artifact, locked: bool) -> Element<'a, Message> {
        let title = if a.caption.is_empty() {
            a.shown_name()
        } else {
            format!("{} ({})", a.caption, a.shown_name())
        };
        let components = if a.components.is_empty() {
            "not tied to a component".to_string()
        } else {
            format!("components {}", a.components.join(", "))
        };
        let mut body = column![
            text(format!("{}. {title}", i + 1))
                .font(theme::BOLD)
                .size(14),
            text(format!(
                "{}, {} · {components} · supplied by {} · SHA-256 {}",
                a.kind.label(),
                crate::text::size(usize::try_from(a.size).unwrap_or(usize::MAX)),
                a.supplied_by,
                crate::record::trail::short(&a.sha256)
            ))
            .size(12)
            .style(theme::muted),
        ]
        .spacing(2);
        if let Some(problem) = self.states.get(&a.sha256).and_then(BlobState::problem) {
            body = body.push(
                text(capitalised(&format!("{problem}.")))
                    .size(12)
                    .style(theme::danger_text),
            );
        }
        let asked = matches!(&self.removing, Some((n, _)) if *n == i);
        let buttons = row![
            button(text("Open").size(13))
                .style(button::secondary)
                .on_press(Message::Open(i)),
            button(text("Remove").size(13))
                .style(button::text)
                .on_press(Message::AskRemove(i)),
        ]
        .spacing(6);
        let mut card = column![row![body.width(Fill), buttons].spacing(8)].spacing(6);
        if asked {
            card = card.push(self.removal(locked));
        }
        container(card)
            .padding(8)
            .width(Fill)
            .style(theme::panel)
            .into()
    }

    fn removal(&self, locked: bool) -> Element<'_, Message> {
        let reason = self.removing.as_ref().map_or("", |(_, r)| r.as_str());
        let mut asking = column![text(
            "Remove this artifact from the record? Its file stays in the workspace, and earlier versions still name it."
        )
        .size(13)]
        .spacing(6);
        if locked {
            asking = asking.push(
                text_input("Why it is removed (needed: the record is shared)", reason)
                    .on_input(Message::Reason)
                    .size(13),
            );
        }
        let confirm = button(text("Remove it").size(13)).style(button::danger);
        let confirm = if locked && reason.trim().is_empty() {
            confirm
        } else {
            confirm.on_press(Message::ConfirmRemove)
        };
        asking
            .push(
                row![
                    confirm,
                    button(text("Cancel").size(13)).on_press(Message::CancelRemove)
                ]
                .spacing(6),
            )
            .into()
    }

    /// A chip per component, those chosen lit.
    fn chips(&self, components: Vec<String>) -> Element<'_, Message> {
        components
            .into_iter()
            .fold(row![].spacing(4), |chips, id| {
                let chosen = self.components.contains(&id);
                chips.push(
                    button(text(id.clone()).size(12))
                        .style(theme::chip(chosen))
                        .on_press(Message::ToggleComponent(id)),
                )
            })
            .wrap()
            .into()
    }

    fn form(&self, components: Vec<String>) -> Element<'_, Message> {
        let attach = button(
            text(if self.storing {
                "Copying…"
            } else {
                "Attach…"
            })
            .size(14),
        );
        let attach = if self.storing {
            attach
        } else {
            attach.on_press(Message::Attach)
        };
        let mut form = column![
            text("Attach a file").font(theme::BOLD).size(14),
            row![
                text_input(
                    "File to attach (type its path, or leave empty and press Attach…)",
                    &self.path
                )
                .id(PATH_INPUT)
                .on_input(Message::Path)
                .on_submit(Message::Attach)
                .size(13),
                attach,
            ]
            .spacing(6),
            text_input(
                "Caption (what it is, e.g. Unit plan for fractions)",
                &self.caption
            )
            .on_input(Message::Caption)
            .size(13),
            text("Components it is evidence of")
                .size(12)
                .style(theme::muted),
            self.chips(components),
        ]
        .spacing(6);
        if let Some((said, bad)) = &self.said {
            let line = text(said.clone()).size(13);
            form = form.push(if *bad {
                line.style(theme::danger_text)
            } else {
                line
            });
        }
        container(form)
            .padding(8)
            .width(Fill)
            .style(theme::panel)
            .into()
    }
}

/// The sentence with its first letter upper case.
fn capitalised(said: &str) -> String {
    let mut chars = said.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
