//! Sending one educator a packet from the window: an observation or a
//! finalised evaluation (from its screen), or a request for their
//! self-assessment (from their page). The panel takes the file to write
//! and the seal (a passphrase typed twice, or plain on purpose, with what
//! that means); sending a draft asks first, since it shares it. The
//! packet itself is made by `workspace::packet::export_packet`, off the
//! window's thread; the panel only hears how it went.

use std::path::PathBuf;

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, space, text};
use iced::{Element, Fill};

use super::confirm::{self, Ask};
use super::failure::Failure;
use super::theme;
use crate::record::Status;
use crate::ui::editor::Request as EditorRequest;
use crate::workspace::bundle::Passphrase;
use crate::workspace::packet::Subject;
use crate::workspace::packet::{Exported, PacketSeal};

/// What the panel is doing between one press and the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Doing {
    Nothing,
    /// Asking whether to share the draft by sending it.
    Asking,
    /// The export is under way.
    Running,
}

/// The panel's own state: what was typed, and how the last export went.
#[derive(Debug, Clone)]
pub struct SendPanel {
    /// "observation", "summative evaluation", "self-assessment request".
    what: &'static str,
    educator: String,
    /// The record is a draft: sending it shares it, so it is asked first.
    draft: bool,
    out: String,
    passphrase: String,
    again: String,
    plain: bool,
    doing: Doing,
    sent: Option<Result<String, String>>,
    written: Option<PathBuf>,
    /// For a request: the school year asked about, as typed.
    year: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Out(String),
    /// The school year of a request.
    Year(String),
    Passphrase(String),
    Again(String),
    /// Write it plain (`true`) or sealed.
    Plain(bool),
    Export,
    Confirm,
    Cancel,
    ShowFolder,
    Close,
}

/// What the panel asks of the screen that holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    None,
    /// Write the packet to `out`; `share` when the record is a draft, shared by sending.
    Export {
        seal: PacketSeal,
        out: PathBuf,
        share: bool,
    },
    Open(PathBuf),
    Close,
}

impl SendPanel {
    /// A panel for the `what` of `educator`, written by default to the
    /// user's Documents folder under a name made like a report's.
    #[must_use]
    pub fn new(what: &'static str, educator: &str, draft: bool) -> SendPanel {
        let today = crate::clock::local_now().date_naive();
        let name = crate::report::default_file_name(today, &format!("{what} packet"), educator);
        let name = format!("{}.tepacket", name.trim_end_matches(".pdf"));
        SendPanel {
            what,
            educator: educator.to_string(),
            draft,
            out: crate::files::folders::documents_dir()
                .join(name)
                .display()
                .to_string(),
            passphrase: String::new(),
            again: String::new(),
            plain: false,
            doing: Doing::Nothing,
            sent: None,
            written: None,
            year: None,
        }
    }

    /// A request's panel, asking about the school year `year` (which can be changed).
    #[must_use]
    pub fn with_year(mut self, year: &str) -> SendPanel {
        self.year = Some(year.to_string());
        self
    }

    /// The school year typed, for a request.
    #[must_use]
    pub fn year(&self) -> Option<&str> {
        self.year.as_deref()
    }

    /// The holder refused the export (`why`, without its full stop).
    pub fn failed(&mut self, why: &str) {
        self.doing = Doing::Nothing;
        self.sent = Some(Err(format!("Not sent: {why}.")));
    }

    #[must_use]
    pub fn is_asking(&self) -> bool {
        self.doing == Doing::Asking
    }

    pub fn update(&mut self, message: Message) -> Request {
        match message {
            Message::Out(path) => self.out = path,
            Message::Year(year) => self.year = Some(year),
            Message::Passphrase(text) => self.passphrase = text,
            Message::Again(text) => self.again = text,
            Message::Plain(plain) => self.plain = plain,
            Message::Export if self.doing == Doing::Nothing => {
                self.sent = None;
                if let Err(why) = self.checked() {
                    self.sent = Some(Err(why));
                } else if self.draft {
                    self.doing = Doing::Asking;
                } else {
                    return self.export();
                }
            }
            Message::Confirm if self.doing == Doing::Asking => {
                self.doing = Doing::Nothing;
                return self.export();
            }
            Message::Cancel if self.doing == Doing::Asking => self.doing = Doing::Nothing,
            Message::ShowFolder => {
                if let Some(path) = &self.written {
                    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
                    return Request::Open(folder.unwrap_or(path).to_path_buf());
                }
            }
            Message::Close => return Request::Close,
            Message::Export | Message::Confirm | Message::Cancel => {}
        }
        Request::None
    }

    /// The file and the seal, or why they will not do.
    fn checked(&self) -> Result<(PacketSeal, PathBuf), String> {
        let out = self.out.trim();
        if out.is_empty() {
            return Err("Give the file to write.".into());
        }
        let seal = if self.plain {
            PacketSeal::Plain
        } else if self.passphrase.is_empty() {
            return Err(format!(
                "{}.",
                capitalised(&Failure::NoPassphrase.to_string())
            ));
        } else if self.passphrase != self.again {
            return Err(format!(
                "{}.",
                capitalised(&Failure::PassphrasesDiffer.to_string())
            ));
        } else {
            PacketSeal::Passphrase(
                Passphrase::new(&self.passphrase)
                    .map_err(|e| format!("{}.", capitalised(&e.to_string())))?,
            )
        };
        Ok((seal, PathBuf::from(out)))
    }

    fn export(&mut self) -> Request {
        match self.checked() {
            Ok((seal, out)) => {
                self.doing = Doing::Running;
                Request::Export {
                    seal,
                    out,
                    share: self.draft,
                }
            }
            Err(why) => {
                self.sent = Some(Err(why));
                Request::None
            }
        }
    }

    /// The record was shared on the way (a draft no longer).
    pub fn shared(&mut self) {
        self.draft = false;
    }

    /// The export ended: what was written and what to tell the educator, or why not.
    pub fn exported(&mut self, result: Result<Exported, Failure>) {
        self.doing = Doing::Nothing;
        self.sent = Some(match result {
            Ok(done) => {
                self.draft = false;
                self.written = Some(done.out.clone());
                Ok(said(&done, &self.educator, self.plain))
            }
            Err(why) => Err(format!("Not sent: {why}.")),
        });
    }

    pub fn view(&self) -> Element<'_, Message> {
        let panel = column![
            row![
                text(self.title()).font(theme::BOLD).size(20),
                space().width(Fill),
                button(text("Close"))
                    .style(button::secondary)
                    .on_press(Message::Close),
            ],
            text(self.what_it_writes()).size(14),
            text_input("Packet file to write", &self.out)
                .on_input(Message::Out)
                .padding(6),
            self.year.as_ref().map(|year| row![
                text("School year").size(14),
                text_input("e.g. 2026-27", year)
                    .on_input(Message::Year)
                    .padding(6)
                    .width(160),
            ]
            .spacing(8)
            .align_y(iced::Center)),
            self.seal_fields(),
            button(text(if self.doing == Doing::Running {
                "Working…"
            } else {
                "Export"
            }))
            .on_press_maybe((self.doing == Doing::Nothing).then_some(Message::Export)),
        ]
        .spacing(10);
        let panel = match &self.sent {
            Some(Ok(said)) => panel.push(text(said.clone()).font(theme::BOLD)).push(
                button(text("Show in folder"))
                    .style(button::secondary)
                    .on_press(Message::ShowFolder),
            ),
            Some(Err(why)) => panel.push(
                container(text(why.clone()))
                    .padding(8)
                    .width(Fill)
                    .style(theme::error_panel),
            ),
            None => panel,
        };
        let page = super::dialog::dialog(
            container(panel)
                .padding(20)
                .max_width(720)
                .style(theme::panel)
                .into(),
        );
        confirm::over(page, self.is_asking().then(|| self.ask_share()))
    }

    fn title(&self) -> String {
        match self.year {
            Some(_) => format!("Ask {} for their self-assessment", self.educator),
            None => format!("Send the {} as a packet", self.what),
        }
    }

    fn what_it_writes(&self) -> String {
        let holds = match self.year {
            Some(_) => {
                "each component of the rubric, for their own level, a sentence of \
                        evidence and the goals they propose"
            }
            None => "the report, and room for their reflection, files and acknowledgement",
        };
        format!(
            "Writes one file for {} to open with teacher-eval on their own computer, with no \
             workspace: {holds}. Their response comes back as a file you import.",
            self.educator
        )
    }

    fn ask_share(&self) -> Element<'_, Message> {
        confirm::panel(
            Ask {
                title: format!("Share the {} by sending it?", self.what),
                what: format!(
                    "The {} is a draft. Sending it shares it: later changes become amendments \
                     (who, when, what, why), shown to the educator and printed on the report.",
                    self.what
                ),
                lists: Vec::new(),
            },
            Message::Confirm,
            Message::Cancel,
        )
    }

    /// A passphrase typed twice (hidden) with its rules, or plain with its warning.
    fn seal_fields(&self) -> Column<'_, Message> {
        let plain = button(
            text(if self.plain {
                "✓ Plain: for handing over in person"
            } else {
                "Plain: for handing over in person"
            })
            .size(13),
        )
        .padding([3, 10])
        .style(theme::chip(self.plain))
        .on_press(Message::Plain(!self.plain));
        if self.plain {
            return column![
                plain,
                text(
                    "Not encrypted: anyone who gets the file, from an e-mail or a lost USB stick, \
                     can read the report in it. Hand it over in person."
                )
                .size(13)
                .style(theme::danger_text),
            ]
            .spacing(6);
        }
        column![
            text(
                "Sealed (encrypted) with a passphrase: any text, typed the same twice; a phrase \
                 of a few words is hard to guess and easy to say. Tell it to the educator in \
                 person or by phone, never in the e-mail that carries the file."
            )
            .size(13)
            .style(theme::muted),
            row![
                text_input("Passphrase to seal it with", &self.passphrase)
                    .secure(true)
                    .on_input(Message::Passphrase)
                    .padding(6),
                text_input("The passphrase again", &self.again)
                    .secure(true)
                    .on_input(Message::Again)
                    .on_submit(Message::Export)
                    .padding(6),
            ]
            .spacing(8),
            plain,
        ]
        .spacing(6)
    }
}

/// "Wrote FILE, sealed with a passphrase. Tell Ana the passphrase …".
fn said(done: &Exported, educator: &str, plain: bool) -> String {
    let file = done.out.display();
    if plain {
        format!(
            "Wrote {file}, plain (not encrypted). Hand it to {educator} in person; anyone who \
             gets the file can read it."
        )
    } else {
        format!(
            "Wrote {file}, sealed with a passphrase. Tell {educator} the passphrase in person or \
             by phone, not in the same e-mail as the file."
        )
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The send panel as an editing screen holds it: open or not, and an
/// export waiting for the record's last change to be saved.
#[derive(Debug, Clone, Default)]
pub struct Sending {
    panel: Option<SendPanel>,
    pending: Option<(PacketSeal, PathBuf)>,
}

/// What a message to the panel comes to for the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    None,
    Open(PathBuf),
    /// The record was a draft and is shared now: save it; the export follows.
    Shared,
    /// Export once everything is saved.
    Export,
}

impl Sending {
    /// Opens the panel for the `what` of `educator`.
    pub fn open(&mut self, what: &'static str, educator: &str, status: &Status) {
        self.panel = Some(SendPanel::new(
            what,
            educator,
            matches!(status, Status::Draft),
        ));
        self.pending = None;
    }

    #[must_use]
    pub fn is_open(&self) -> bool {
        self.panel.is_some()
    }

    #[must_use]
    pub fn is_asking(&self) -> bool {
        self.panel.as_ref().is_some_and(SendPanel::is_asking)
    }

    /// Esc: the question goes, or else the panel.
    pub fn cancel(&mut self) {
        match &mut self.panel {
            Some(panel) if panel.is_asking() => {
                panel.update(Message::Cancel);
            }
            _ if self.pending.is_none() => self.panel = None,
            _ => {}
        }
    }

    /// A message for the panel; a draft shared by sending is shared in `status`.
    pub fn update(&mut self, message: Message, status: &mut Status) -> Step {
        let Some(panel) = &mut self.panel else {
            return Step::None;
        };
        match panel.update(message) {
            Request::None => Step::None,
            Request::Close => {
                if self.pending.is_none() {
                    self.panel = None;
                }
                Step::None
            }
            Request::Open(path) => Step::Open(path),
            Request::Export { seal, out, share } => {
                self.pending = Some((seal, out));
                if share && matches!(status, Status::Draft) {
                    *status = status.shared();
                    panel.shared();
                    Step::Shared
                } else {
                    Step::Export
                }
            }
        }
    }

    /// The export waiting, once nothing is unsaved.
    pub fn due(&mut self, dirty: bool, saving: bool) -> Option<(PacketSeal, PathBuf)> {
        if dirty || saving {
            return None;
        }
        self.pending.take()
    }

    /// The record could not be saved first: nothing is sent.
    pub fn not_saved(&mut self, why: &str) {
        if self.pending.take().is_some()
            && let Some(panel) = &mut self.panel
        {
            panel.failed(why);
        }
    }

    pub fn exported(&mut self, result: Result<Exported, Failure>) {
        if let Some(panel) = &mut self.panel {
            panel.exported(result);
        }
    }

    #[must_use]
    pub fn view(&self) -> Option<Element<'_, Message>> {
        self.panel.as_ref().map(SendPanel::view)
    }
}

/// An editing screen that sends its record as a packet.
pub trait SendsPackets: crate::ui::edit_session::Editing {
    fn sending(&mut self) -> &mut Sending;
    /// The record's status, which sending a draft shares.
    fn status_mut(&mut self) -> &mut Status;
    fn subject(&self) -> Subject;
}

/// A message for the screen's send panel, and what it asks of the window.
pub fn send_message<S: SendsPackets>(screen: &mut S, message: Message) -> EditorRequest {
    let mut status = screen.status_mut().clone();
    let step = screen.sending().update(message, &mut status);
    match step {
        Step::None => EditorRequest::None,
        Step::Open(path) => EditorRequest::Open(path),
        Step::Shared => {
            *screen.status_mut() = status;
            screen.session_mut().changed();
            send_when_saved(screen)
        }
        Step::Export => send_when_saved(screen),
    }
}

/// The export waiting, once the record's last change is on disk (saving
/// it first if need be), so the packet and the screen hold one version.
pub fn send_when_saved<S: SendsPackets>(screen: &mut S) -> EditorRequest {
    let autosave = &screen.session_mut().autosave;
    if autosave.is_saving() {
        return EditorRequest::None;
    }
    if autosave.is_dirty() {
        let request = screen.begin_save();
        if matches!(request, EditorRequest::None) {
            screen
                .sending()
                .not_saved("the changes are not saved yet (an amendment needs its reason)");
        }
        return request;
    }
    match screen.sending().due(false, false) {
        Some((seal, out)) => EditorRequest::SendPacket {
            subject: screen.subject(),
            seal,
            out,
            document: Box::new(screen.document()),
        },
        None => EditorRequest::None,
    }
}

/// A save ended: the export waiting goes on, or is stopped by a failure.
pub fn saved<S: SendsPackets>(screen: &mut S, ok: bool) -> EditorRequest {
    if ok {
        send_when_saved(screen)
    } else {
        screen
            .sending()
            .not_saved("the record could not be saved first");
        EditorRequest::None
    }
}
