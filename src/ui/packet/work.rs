//! The educator window's work off the UI thread, as data: open the packet,
//! save or remove the draft, check a file to attach, write the response,
//! put the report where the desktop's viewer can read it. Each comes back
//! as a [`Message`]; tests run the same work in place with [`Work::run`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::Task;
use iced::widget::operation;

use super::Message;
use crate::record::Timestamp;
use crate::workspace::bundle::Passphrase;
use crate::workspace::packet::{Answers, Packet, PacketError, build_response, write_response};
use crate::workspace::packet_draft::{self, DraftFound, PacketDraft};

/// What to do off the UI thread.
#[derive(Debug, Clone)]
pub enum Work {
    /// Read and check the packet; with its draft, if any, from `drafts`.
    Open {
        file: PathBuf,
        passphrase: Option<Passphrase>,
        drafts: Option<PathBuf>,
    },
    /// Save this revision of the draft; a blank one removes the file.
    SaveDraft(PathBuf, u64, Box<PacketDraft>),
    /// Read a file the educator means to attach, to say its size or why it cannot go.
    CheckAttachment(PathBuf),
    /// Build the sealed response and write it; an existing file only when `replace`.
    Write {
        packet: Arc<Packet>,
        answers: Box<Answers>,
        out: PathBuf,
        replace: bool,
    },
    /// Copy the report into the cache folder, read-only, and open it.
    OpenReport(Arc<Packet>),
    /// The desktop's dialog for a file to attach, or for where to write.
    PickAttachment,
    PickOut(PathBuf),
    Focus(&'static str),
    FocusNext(bool),
    Close(iced::window::Id),
}

/// A packet opened, with what was found of its draft.
#[derive(Debug, Clone)]
pub struct Opened {
    pub packet: Arc<Packet>,
    pub draft_file: Option<PathBuf>,
    pub draft: DraftFound,
    pub suggested_out: PathBuf,
}

/// Why no response was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotWritten {
    /// A file of that name is there: ask before replacing it.
    Exists(PathBuf),
    Refused(String),
}

impl Work {
    /// Does the work now, blocking; `None` for work that only touches the window.
    #[must_use]
    pub fn run(self) -> Option<Message> {
        Some(match self {
            Work::Open {
                file,
                passphrase,
                drafts,
            } => Message::Opened(open(&file, passphrase.as_ref(), drafts.as_deref())),
            Work::SaveDraft(path, revision, draft) => {
                let saved = if draft.is_blank() {
                    packet_draft::remove_draft(&path)
                } else {
                    packet_draft::save_draft(&path, &draft).map_err(|e| e.to_string())
                };
                Message::DraftSaved(
                    revision,
                    saved.map(|()| draft.saved_at.unwrap_or_else(crate::record::now)),
                )
            }
            Work::CheckAttachment(path) => {
                let read = crate::workspace::artifacts::read_source(&path)
                    .map(|incoming| incoming.bytes.len() as u64)
                    .map_err(|e| e.to_string());
                Message::AttachmentChecked(path, read)
            }
            Work::Write {
                packet,
                answers,
                out,
                replace,
            } => Message::Written(write(&packet, &answers, &out, replace)),
            Work::OpenReport(packet) => Message::ReportOpened(open_report(&packet)),
            Work::PickAttachment | Work::PickOut(_) => return self.dialog().map(wait),
            Work::Focus(_) | Work::FocusNext(_) | Work::Close(_) => return None,
        })
    }

    /// The file dialog this work asks, if it is one.
    fn dialog(self) -> Option<super::super::dialogs::Asking<Message>> {
        match self {
            Work::PickAttachment => {
                let asking = rfd::AsyncFileDialog::new()
                    .add_filter("Artifacts", &crate::record::artifact::EXTENSIONS)
                    .add_filter("All files", &["*"])
                    .set_directory(crate::files::folders::documents_dir())
                    .pick_file();
                Some(Box::pin(async move {
                    Message::AttachmentPicked(asking.await.map(|h| h.path().to_path_buf()))
                }))
            }
            Work::PickOut(start) => {
                let mut dialog = rfd::AsyncFileDialog::new()
                    .add_filter("teacher-eval response", &["teresponse"]);
                if let Some(folder) = start.parent().filter(|f| f.is_dir()) {
                    dialog = dialog.set_directory(folder);
                }
                if let Some(name) = start.file_name() {
                    dialog = dialog.set_file_name(name.to_string_lossy());
                }
                let asking = dialog.save_file();
                Some(Box::pin(async move {
                    Message::OutPicked(asking.await.map(|h| h.path().to_path_buf()))
                }))
            }
            _ => None,
        }
    }

    /// The work as an iced task: focus and closing at once, dialogs on the
    /// window's executor, the rest on the pool of workers.
    pub fn into_task(self) -> Task<Message> {
        match self {
            Work::Focus(id) => operation::focus(id),
            Work::FocusNext(false) => operation::focus_next(),
            Work::FocusNext(true) => operation::focus_previous(),
            Work::Close(id) => iced::window::close(id),
            work @ (Work::PickAttachment | Work::PickOut(_)) => match work.dialog() {
                Some(asking) => Task::perform(asking, std::convert::identity),
                None => Task::none(),
            },
            work => {
                let (sender, receiver) = iced::futures::channel::oneshot::channel();
                crate::ui::pool::spawn(move || {
                    let _ = sender.send(work.run());
                });
                Task::perform(receiver, |answer| answer.ok().flatten()).and_then(Task::done)
            }
        }
    }
}

fn wait(asking: super::super::dialogs::Asking<Message>) -> Message {
    super::super::dialogs::wait(asking)
}

/// Opens the packet, then reads its draft (which sets a damaged one aside).
fn open(
    file: &Path,
    passphrase: Option<&Passphrase>,
    drafts: Option<&Path>,
) -> Result<Box<Opened>, PacketError> {
    let packet = crate::workspace::packet::open_packet(file, passphrase)?;
    let draft_file = drafts.and_then(|d| packet_draft::draft_file(d, &packet.manifest.packet_id));
    let draft = draft_file
        .as_deref()
        .map_or(DraftFound::None, packet_draft::read_draft);
    Ok(Box::new(Opened {
        packet: Arc::new(packet),
        draft_file,
        draft,
        suggested_out: packet_draft::suggested_response_path(file),
    }))
}

fn write(
    packet: &Packet,
    answers: &Answers,
    out: &Path,
    replace: bool,
) -> Result<(PathBuf, Timestamp), NotWritten> {
    if !replace && std::fs::symlink_metadata(out).is_ok() {
        return Err(NotWritten::Exists(out.to_path_buf()));
    }
    let refused = |e: PacketError| NotWritten::Refused(e.to_string());
    let (bytes, _) = build_response(packet, answers).map_err(refused)?;
    write_response(out, &bytes, replace).map_err(refused)?;
    log::info!("response written, {} bytes", bytes.len());
    Ok((out.to_path_buf(), answers.acknowledged_at))
}

/// Writes the report under the cache folder, read-only, and opens it there.
fn open_report(packet: &Packet) -> Result<PathBuf, String> {
    let pdf = packet
        .pdf
        .as_deref()
        .ok_or("this packet carries no report")?;
    let into = crate::files::folders::opened_dir()
        .ok_or("there is no cache folder to put a copy in for viewing")?;
    let folder = into.join(&packet.manifest.packet_id);
    let name = format!("{} report.pdf", packet.manifest.about.what());
    let path = crate::workspace::artifacts::write_for_viewing(pdf, &folder, &name)
        .map_err(|e| e.to_string())?;
    super::super::background::open_path(&path).map_err(|e| e.to_string())?;
    Ok(path)
}
