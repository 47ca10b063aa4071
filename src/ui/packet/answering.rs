//! An open packet being answered: the draft of everything typed (which is
//! what the response is built from, and what is saved as they type), the
//! reflection's editor, the files checked, and what is being asked.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::ui::text_editor;

use super::work::{NotWritten, Opened, Work};
use crate::record::Timestamp;
use crate::ui::autosave::Autosave;
use crate::workspace::packet::Packet;
use crate::workspace::packet_draft::{DraftAttachment, DraftFound, DraftGoal, PacketDraft};

/// The name field.
pub const NAME_INPUT: &str = "packet-name";

pub struct Answering {
    pub(super) packet: Arc<Packet>,
    pub(super) draft: PacketDraft,
    pub(super) reflection: text_editor::Content,
    /// `None`: there is no data folder, or a damaged draft could not be set
    /// aside; nothing is saved, and the window says so.
    pub(super) draft_file: Option<PathBuf>,
    pub(super) autosave: Autosave<String>,
    /// A sentence about the draft: restored, or set aside.
    pub(super) notice: Option<String>,
    /// The path typed to attach next.
    pub(super) attach_path: String,
    /// What reading each file to attach found: its size, or why it cannot go.
    pub(super) checked: BTreeMap<String, Result<u64, String>>,
    pub(super) asking: Option<Asking>,
    pub(super) writing: bool,
    /// The last try to write: the sentence said, and whether it went wrong.
    pub(super) outcome: Option<(String, bool)>,
    pub(super) report: Option<Result<PathBuf, String>>,
}

/// A step waiting for a yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asking {
    StartOver,
    /// Replace the file there with the response.
    Replace(PathBuf),
}

#[derive(Debug, Clone)]
pub enum Message {
    Reflection(text_editor::Action),
    Name(String),
    AttachPath(String),
    Attach,
    BrowseAttach,
    Caption(usize, String),
    Components(usize, String),
    RemoveAttachment(usize),
    /// A component's level; `None`: not assessed.
    Level(String, Option<u32>),
    Evidence(String, String),
    GoalText(usize, String),
    GoalComponents(usize, String),
    AddGoal,
    RemoveGoal(usize),
    Out(String),
    BrowseOut,
    OpenReport,
    /// Acknowledge and write the response.
    Acknowledge,
    StartOver,
    Confirm,
    Cancel,
    SaveNow,
    DismissNotice,
}

impl Answering {
    /// The packet opened, with its draft restored, or a new one.
    pub fn new(opened: Opened) -> Answering {
        let Opened {
            packet,
            draft_file,
            draft,
            suggested_out,
        } = opened;
        let fresh = || PacketDraft::new(&packet.manifest.packet_id, &suggested_out);
        let (draft, notice, draft_file) = match draft {
            DraftFound::None => (fresh(), None, draft_file),
            DraftFound::Draft(kept) => {
                let when = kept.saved_at.map_or_else(String::new, |at| {
                    format!(" of {}", at.format("%a %b %-d, %Y %H:%M"))
                });
                (
                    *kept,
                    Some(format!("Your draft{when} is back.")),
                    draft_file,
                )
            }
            DraftFound::Damaged { why, kept_as } => {
                let (said, file) = match kept_as {
                    Some(aside) => (
                        format!(
                            "Your saved draft could not be read ({why}); it was kept as {} and \
                             you start afresh.",
                            aside.display()
                        ),
                        draft_file,
                    ),
                    None => (
                        format!(
                            "Your saved draft could not be read ({why}) and could not be moved \
                             aside, so nothing you type now is saved as a draft; write the \
                             response before closing."
                        ),
                        None,
                    ),
                };
                (fresh(), Some(said), file)
            }
        };
        let mut reflection = text_editor::Content::with_text(&draft.reflection);
        // Typing goes on where it stopped.
        reflection.perform(text_editor::Action::Move(text_editor::Motion::DocumentEnd));
        Answering {
            reflection,
            packet,
            draft,
            draft_file,
            autosave: Autosave::default(),
            notice,
            attach_path: String::new(),
            checked: BTreeMap::new(),
            asking: None,
            writing: false,
            outcome: None,
            report: None,
        }
    }

    /// The files to read again, so their sizes (or problems) show.
    pub fn checks(&self) -> Vec<Work> {
        (self.draft.attachments.iter())
            .map(|a| Work::CheckAttachment(PathBuf::from(&a.path)))
            .collect()
    }

    #[must_use]
    pub fn draft(&self) -> &PacketDraft {
        &self.draft
    }

    #[must_use]
    pub fn packet(&self) -> &Packet {
        &self.packet
    }

    /// Something typed is not in the draft file yet.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.draft_file.is_some() && self.autosave.is_dirty()
    }

    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.autosave.is_saving()
    }

    #[must_use]
    pub fn is_asking(&self) -> bool {
        self.asking.is_some()
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Option<Work> {
        match message {
            Message::Reflection(action) => {
                let edits = action.is_edit();
                self.reflection.perform(action);
                if edits {
                    self.draft.reflection = self.reflection.text();
                    self.changed(now);
                }
            }
            Message::Name(name) => self.edit(now, |d| d.name = name),
            Message::AttachPath(path) => self.attach_path = path,
            Message::Attach => return self.attach(now),
            Message::BrowseAttach => return Some(Work::PickAttachment),
            Message::Caption(i, text) => self.edit(now, |d| {
                if let Some(a) = d.attachments.get_mut(i) {
                    a.caption = text;
                }
            }),
            Message::Components(i, text) => self.edit(now, |d| {
                if let Some(a) = d.attachments.get_mut(i) {
                    a.components = text;
                }
            }),
            Message::RemoveAttachment(i) => self.edit(now, |d| {
                if i < d.attachments.len() {
                    d.attachments.remove(i);
                }
            }),
            Message::Out(path) => self.edit(now, |d| d.out = path),
            Message::BrowseOut => return Some(Work::PickOut(PathBuf::from(self.draft.out.trim()))),
            Message::OpenReport => {
                self.report = None;
                return Some(Work::OpenReport(self.packet.clone()));
            }
            Message::Acknowledge => return self.acknowledge(false),
            Message::StartOver => self.asking = Some(Asking::StartOver),
            Message::Confirm => return self.confirm(now),
            Message::Cancel => self.asking = None,
            Message::SaveNow => return self.save_now(),
            Message::DismissNotice => self.notice = None,
            message => self.self_assessment(message, now),
        }
        None
    }

    /// A change to the self-assessment's levels, evidence or goals.
    fn self_assessment(&mut self, message: Message, now: Instant) {
        self.edit(now, |d| match message {
            Message::Level(id, level) => d.rating_mut(&id).level = level,
            Message::Evidence(id, text) => d.rating_mut(&id).evidence = text,
            Message::GoalText(i, text) => {
                if let Some(g) = d.goals.get_mut(i) {
                    g.text = text;
                }
            }
            Message::GoalComponents(i, text) => {
                if let Some(g) = d.goals.get_mut(i) {
                    g.components = text;
                }
            }
            Message::AddGoal => d.goals.push(DraftGoal::default()),
            Message::RemoveGoal(i) if i < d.goals.len() => {
                d.goals.remove(i);
            }
            _ => {}
        });
    }

    fn edit(&mut self, now: Instant, change: impl FnOnce(&mut PacketDraft)) {
        let before = self.draft.clone();
        change(&mut self.draft);
        if self.draft != before {
            self.changed(now);
        }
    }

    fn changed(&mut self, now: Instant) {
        self.autosave.changed(now);
        self.outcome = None;
    }

    /// Adds the typed path (or a dropped or chosen file) to the files to attach.
    pub fn attach(&mut self, now: Instant) -> Option<Work> {
        let path = self.attach_path.trim().to_string();
        if path.is_empty() || !self.packet.manifest.may_answer.artifacts {
            return None;
        }
        self.attach_path.clear();
        if self.draft.attachments.iter().any(|a| a.path == path) {
            return None;
        }
        self.draft.attachments.push(DraftAttachment {
            path: path.clone(),
            ..DraftAttachment::default()
        });
        self.changed(now);
        Some(Work::CheckAttachment(PathBuf::from(path)))
    }

    /// A file chosen in the dialog or dropped on the window.
    pub fn attach_file(&mut self, path: &std::path::Path, now: Instant) -> Option<Work> {
        self.attach_path = path.display().to_string();
        self.attach(now)
    }

    pub fn out_picked(&mut self, path: &std::path::Path, now: Instant) {
        self.edit(now, |d| d.out = path.display().to_string());
    }

    pub fn attachment_checked(&mut self, path: &std::path::Path, read: Result<u64, String>) {
        self.checked.insert(path.display().to_string(), read);
    }

    pub fn report_opened(&mut self, result: Result<PathBuf, String>) {
        self.report = Some(result);
    }

    /// Ctrl+S: the draft now, unless a save is under way.
    fn save_now(&mut self) -> Option<Work> {
        if self.autosave.is_saving() {
            return None;
        }
        self.begin_save()
    }

    /// A save of the draft when one has come due.
    pub fn tick(&mut self, now: Instant) -> Option<Work> {
        self.autosave.due(now).then(|| self.begin_save()).flatten()
    }

    /// The draft as it stands, to save (nothing when there is nowhere to keep it).
    pub fn begin_save(&mut self) -> Option<Work> {
        let path = self.draft_file.clone()?;
        let revision = self.autosave.begin();
        let mut draft = self.draft.clone();
        draft.saved_at = Some(crate::record::now());
        Some(Work::SaveDraft(path, revision, Box::new(draft)))
    }

    pub fn draft_saved(&mut self, revision: u64, result: Result<Timestamp, String>, now: Instant) {
        if let Ok(at) = &result {
            self.draft.saved_at = Some(*at);
        }
        self.autosave.finished(revision, result, now);
    }

    /// The acknowledgement: the time is taken now; the answers checked as
    /// the response is built (off the window's thread).
    fn acknowledge(&mut self, replace: bool) -> Option<Work> {
        if self.writing {
            return None;
        }
        let out = self.draft.out.trim();
        if out.is_empty() {
            self.outcome = Some(("Say where to write the response.".into(), true));
            return None;
        }
        let m = &self.packet.manifest;
        match (self.draft).answers(m.may_answer, &self.packet.rubric, crate::record::now()) {
            Ok(answers) => {
                self.writing = true;
                self.outcome = None;
                Some(Work::Write {
                    packet: self.packet.clone(),
                    answers: Box::new(answers),
                    out: PathBuf::from(out),
                    replace,
                })
            }
            Err(why) => {
                self.outcome = Some((format!("No response was written: {why}."), true));
                None
            }
        }
    }

    fn confirm(&mut self, now: Instant) -> Option<Work> {
        match self.asking.take()? {
            Asking::Replace(_) => self.acknowledge(true),
            Asking::StartOver => {
                let out = self.draft.out.clone();
                self.draft = PacketDraft {
                    out,
                    ..PacketDraft::new(&self.packet.manifest.packet_id, std::path::Path::new(""))
                };
                self.reflection = text_editor::Content::new();
                self.checked.clear();
                self.outcome = None;
                self.notice = Some("Everything typed was cleared.".into());
                // The blank draft's save removes the file, in turn with any save under way.
                self.changed(now);
                None
            }
        }
    }

    /// The response was written (the draft stays, marked so), or why not.
    pub fn written(&mut self, result: Result<(PathBuf, Timestamp), NotWritten>, now: Instant) {
        self.writing = false;
        match result {
            Ok((path, at)) => {
                let evaluator = self.packet.manifest.evaluator.clone();
                self.edit(now, |d| {
                    d.written = Some(crate::workspace::packet_draft::WrittenResponse {
                        to: path.display().to_string(),
                        at,
                    });
                });
                self.outcome = Some((
                    format!(
                        "Wrote {}. Send it back to {evaluator} (e-mail, USB stick): only their \
                         workspace can open it.",
                        path.display()
                    ),
                    false,
                ));
            }
            Err(NotWritten::Exists(path)) => self.asking = Some(Asking::Replace(path)),
            Err(NotWritten::Refused(why)) => self.outcome = Some((format!("{why}."), true)),
        }
    }
}
