//! The educator's window: a packet opened with no workspace and no account
//! (`teacher-eval packet open FILE`, what a double-click runs). It asks
//! for the passphrase of a sealed packet, shows who sent what and the
//! record's text, opens the report, and takes the answers the packet
//! allows: a reflection, files, a self-assessment, and the name that
//! acknowledges receipt. Everything typed is kept in a draft as they type
//! (`workspace::packet_draft`); the response is written off the UI thread.

pub mod answering;
mod self_view;
pub mod view;
mod work;

use std::path::PathBuf;
use std::time::Instant;

use iced::{Subscription, Task, keyboard, window};

pub use answering::{Answering, Asking, NAME_INPUT};
pub use work::{NotWritten, Opened, Work};

use crate::record::Timestamp;
use crate::workspace::bundle::Passphrase;
use crate::workspace::packet::{FileError, PacketError};

/// The passphrase field, focused when the packet is sealed.
pub const PASSPHRASE_INPUT: &str = "packet-passphrase";

/// The whole state of the educator's window.
pub struct PacketApp {
    file: PathBuf,
    /// Where drafts are kept; `None`: nowhere (no data folder), so none is.
    drafts: Option<PathBuf>,
    stage: Stage,
    /// The window asked to close; it closes once the draft is saved.
    closing: Option<window::Id>,
}

enum Stage {
    Opening,
    /// Sealed: the passphrase typed, and why the last one did not open it.
    Locked {
        passphrase: String,
        problem: Option<String>,
        trying: bool,
    },
    /// The packet cannot be read at all.
    Failed(String),
    Open(Box<Answering>),
}

#[derive(Debug, Clone)]
pub enum Message {
    Passphrase(String),
    Unlock,
    Opened(Result<Box<Opened>, PacketError>),
    Answer(answering::Message),
    DraftSaved(u64, Result<Timestamp, String>),
    AttachmentChecked(PathBuf, Result<u64, String>),
    AttachmentPicked(Option<PathBuf>),
    OutPicked(Option<PathBuf>),
    Written(Result<(PathBuf, Timestamp), NotWritten>),
    ReportOpened(Result<PathBuf, String>),
    FileDropped(PathBuf),
    Tick(Instant),
    Key(keyboard::Key, keyboard::Modifiers),
    CloseRequested(window::Id),
}

impl PacketApp {
    /// The window for the packet at `file`, and the work that opens it;
    /// drafts are kept in `drafts`; `passphrase`, if given, opens a sealed one at once.
    #[must_use]
    pub fn new(
        file: PathBuf,
        drafts: Option<PathBuf>,
        passphrase: Option<Passphrase>,
    ) -> (PacketApp, Work) {
        let open = Work::Open {
            file: file.clone(),
            passphrase,
            drafts: drafts.clone(),
        };
        let app = PacketApp {
            file,
            drafts,
            stage: Stage::Opening,
            closing: None,
        };
        (app, open)
    }

    #[must_use]
    pub fn title(&self) -> String {
        let name = self
            .file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        format!("{name} · teacher-eval")
    }

    /// The packet being answered, once open.
    #[must_use]
    pub fn answering(&self) -> Option<&Answering> {
        match &self.stage {
            Stage::Open(answering) => Some(answering),
            _ => None,
        }
    }

    /// Whether the window has asked to close and waits for the draft's save.
    #[must_use]
    pub fn is_closing(&self) -> bool {
        self.closing.is_some()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        Task::batch(self.handle(message).into_iter().map(Work::into_task))
    }

    /// Applies a message and returns the work it calls for.
    pub fn handle(&mut self, message: Message) -> Vec<Work> {
        let now = Instant::now();
        match message {
            Message::Passphrase(text) => {
                if let Stage::Locked { passphrase, .. } = &mut self.stage {
                    *passphrase = text;
                }
                vec![]
            }
            Message::Unlock => self.unlock(),
            Message::Opened(result) => self.opened(result),
            Message::CloseRequested(id) => self.close_requested(id),
            Message::Tick(at) => {
                let work = self.tick(at);
                self.after(work)
            }
            Message::Key(key, modifiers) => self.key(&key, modifiers),
            message => {
                let Stage::Open(answering) = &mut self.stage else {
                    return vec![];
                };
                let work = answer(answering, message, now);
                self.after(work)
            }
        }
    }

    /// `work`, then, if the window waits to close: a save of the draft if
    /// one is needed (a failed one is tried again by the timer), or the closing.
    fn after(&mut self, mut work: Vec<Work>) -> Vec<Work> {
        let Some(id) = self.closing else {
            return work;
        };
        match &mut self.stage {
            Stage::Open(a) if a.is_dirty() => {
                if !a.is_saving() && a.autosave.error().is_none() {
                    work.extend(a.begin_save());
                }
                work
            }
            _ => vec![Work::Close(id)],
        }
    }

    fn unlock(&mut self) -> Vec<Work> {
        let Stage::Locked {
            passphrase,
            problem,
            trying,
        } = &mut self.stage
        else {
            return vec![];
        };
        if *trying {
            return vec![];
        }
        match Passphrase::new(passphrase) {
            Ok(key) => {
                *trying = true;
                *problem = None;
                vec![Work::Open {
                    file: self.file.clone(),
                    passphrase: Some(key),
                    drafts: self.drafts.clone(),
                }]
            }
            Err(why) => {
                *problem = Some(format!("{why}."));
                vec![]
            }
        }
    }

    fn opened(&mut self, result: Result<Box<Opened>, PacketError>) -> Vec<Work> {
        let typed = match &self.stage {
            Stage::Locked { passphrase, .. } => passphrase.clone(),
            _ => String::new(),
        };
        match result {
            Ok(opened) => {
                let answering = Answering::new(*opened);
                let work = answering.checks();
                self.stage = Stage::Open(Box::new(answering));
                work
            }
            Err(PacketError::Packet { source, .. })
                if matches!(
                    source,
                    FileError::NeedsPassphrase | FileError::WrongPassphrase
                ) =>
            {
                let problem = (source == FileError::WrongPassphrase).then(|| {
                    "That passphrase does not open this packet. Check it with whoever sent it \
                     and try again."
                        .to_string()
                });
                self.stage = Stage::Locked {
                    passphrase: if problem.is_some() {
                        typed
                    } else {
                        String::new()
                    },
                    problem,
                    trying: false,
                };
                vec![Work::Focus(PASSPHRASE_INPUT)]
            }
            Err(other) => {
                self.stage = Stage::Failed(format!("{}.", capitalized(&other.to_string())));
                vec![]
            }
        }
    }

    fn tick(&mut self, at: Instant) -> Vec<Work> {
        match &mut self.stage {
            Stage::Open(answering) => answering.tick(at).into_iter().collect(),
            _ => vec![],
        }
    }

    /// Ctrl+S saves the draft; Esc cancels and Enter confirms a question;
    /// Tab and Shift+Tab move between the fields.
    fn key(&mut self, key: &keyboard::Key, modifiers: keyboard::Modifiers) -> Vec<Work> {
        use keyboard::key::Named;
        let Stage::Open(answering) = &mut self.stage else {
            return match key.as_ref() {
                keyboard::Key::Named(Named::Tab) => vec![Work::FocusNext(modifiers.shift())],
                _ => vec![],
            };
        };
        let now = Instant::now();
        if answering.is_asking()
            && let Some(reply) = crate::ui::confirm::answer(key, modifiers)
        {
            let message = match reply {
                crate::ui::confirm::Answer::Confirm => answering::Message::Confirm,
                crate::ui::confirm::Answer::Cancel => answering::Message::Cancel,
            };
            return answering.update(message, now).into_iter().collect();
        }
        match key.as_ref() {
            keyboard::Key::Character("s") if modifiers.command() => answering
                .update(answering::Message::SaveNow, now)
                .into_iter()
                .collect(),
            keyboard::Key::Named(Named::Tab) if !modifiers.command() && !modifiers.alt() => {
                vec![Work::FocusNext(modifiers.shift())]
            }
            _ => vec![],
        }
    }

    /// The close button: close now, or once the draft is saved.
    fn close_requested(&mut self, id: window::Id) -> Vec<Work> {
        self.closing = Some(id);
        self.after(vec![])
    }

    /// The close button, the timer, keys, and files dropped on the window.
    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            window::close_requests().map(Message::CloseRequested),
            iced::time::every(std::time::Duration::from_millis(250)).map(Message::Tick),
            keyboard::listen().filter_map(|event| match event {
                keyboard::Event::KeyPressed { key, modifiers, .. } => {
                    Some(Message::Key(key, modifiers))
                }
                _ => None,
            }),
            iced::event::listen_with(|event, _, _| match event {
                iced::Event::Window(window::Event::FileDropped(path)) => {
                    Some(Message::FileDropped(path))
                }
                _ => None,
            }),
        ])
    }
}

/// A message for the open packet, and the work it calls for.
fn answer(answering: &mut Answering, message: Message, now: Instant) -> Vec<Work> {
    let work = match message {
        Message::Answer(message) => answering.update(message, now),
        Message::DraftSaved(revision, result) => {
            answering.draft_saved(revision, result, now);
            None
        }
        Message::AttachmentChecked(path, read) => {
            answering.attachment_checked(&path, read);
            None
        }
        Message::AttachmentPicked(Some(path)) | Message::FileDropped(path) => {
            answering.attach_file(&path, now)
        }
        Message::OutPicked(Some(path)) => {
            answering.out_picked(&path, now);
            None
        }
        Message::Written(result) => {
            answering.written(result, now);
            None
        }
        Message::ReportOpened(result) => {
            answering.report_opened(result);
            None
        }
        _ => None,
    };
    work.into_iter().collect()
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Opens the educator's window on the packet at `file` and runs until it is closed.
pub fn run(file: PathBuf, passphrase: Option<Passphrase>) -> iced::Result {
    if let Some(error) = crate::ui::no_display() {
        return Err(error);
    }
    let drafts = crate::files::folders::packet_drafts_dir();
    iced::application(
        move || {
            let (app, open) = PacketApp::new(file.clone(), drafts.clone(), passphrase.clone());
            (app, open.into_task())
        },
        PacketApp::update,
        PacketApp::view,
    )
    .title(PacketApp::title)
    .subscription(PacketApp::subscription)
    .settings(crate::ui::theme::settings())
    .window(iced::window::Settings {
        // Small enough for a 1024x700 screen, as an educator's laptop may be.
        size: iced::Size::new(900.0, 640.0),
        icon: crate::ui::icon::window_icon(),
        exit_on_close_request: false,
        ..iced::window::Settings::default()
    })
    .run()
}
