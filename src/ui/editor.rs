//! The screen that edits one record (an observation, an evaluation, a
//! plan), seen by the application through one interface: what it asks for,
//! and how saving and exporting report back.

use crate::ui::failure::Failure;
use std::path::PathBuf;
use std::time::Instant;

use iced::{Element, keyboard};

use super::confirm::{self, Answer};
use super::edit_session::EditSession;
use super::edit_session::Editing;
use super::export_panel::{Document, Exported};
use super::growth_plan::{self, GrowthPlanScreen};
use super::observation::{self, ObservationScreen};
use super::self_assessment::{self, SelfAssessmentScreen};
use super::status_panel;
use super::summative::{self, SummativeScreen};
use crate::record::{GrowthPlan, Measure, Observation, SelfAssessment, Summative};
use crate::report::ReportOptions;

pub enum Editor {
    Observation(Box<ObservationScreen>),
    Summative(Box<SummativeScreen>),
    Plan(Box<GrowthPlanScreen>),
    SelfAssessment(Box<SelfAssessmentScreen>),
}

/// A record as an editor hands it over to be saved.
#[derive(Debug, Clone)]
pub enum Edited {
    Observation(Box<Observation>),
    Summative(Box<Summative>),
    GrowthPlan(Box<GrowthPlan>),
    SelfAssessment(Box<SelfAssessment>),
}

/// What an editor asks the application to do.
#[derive(Debug, Clone)]
pub enum Request {
    None,
    /// Save this version; `revision` goes back with the result.
    Save {
        revision: u64,
        record: Edited,
    },
    /// Everything is saved: back to this educator's page.
    Close {
        educator_id: String,
    },
    Focus(&'static str),
    /// Scroll the list with this id to this fraction of its length.
    Reveal(&'static str, f32),
    /// Move the keyboard focus to the next field (`true`: the previous one).
    FocusNext(bool),
    /// Save this student measure; `new` when it is not in the workspace yet.
    SaveMeasure {
        measure: Box<Measure>,
        new: bool,
    },
    /// Remove the student measure with this id.
    RemoveMeasure(String),
    Export {
        document: Box<Document>,
        path: PathBuf,
        options: ReportOptions,
    },
    Browse(PathBuf),
    Open(PathBuf),
    /// Open this proposed growth plan.
    CreatePlan(Box<GrowthPlan>),
    /// Everything is saved: open the educator's self-assessment of the year.
    OpenSelfAssessment {
        educator_id: String,
        year: String,
    },
    /// Start new evaluations in the workspace under this scoring profile.
    WorkspaceProfile(String),
    /// Remember the user's name (it signs observations and amendments).
    RememberName(String),
    /// Read the versions kept of this record; they go back to `versions_loaded`.
    LoadVersions(Edited),
    /// Copy this file into the workspace's artifacts; the panel hears back.
    StoreArtifact(PathBuf),
    /// Ask for a file to attach with the desktop's dialog.
    PickArtifact,
    /// Open a read-only copy of this artifact with the desktop's program.
    OpenArtifact(Box<crate::record::Artifact>),
    /// Read these artifact files again to see they are whole.
    CheckArtifacts(Vec<String>),
    /// Export a packet for the educator; its report is laid out from `document`.
    SendPacket {
        subject: crate::workspace::packet::Subject,
        seal: crate::workspace::packet::PacketSeal,
        out: PathBuf,
        document: Box<Document>,
    },
    /// Everything is saved: close, and move this draft observation to the trash.
    DeleteDraft {
        id: String,
        educator_id: String,
    },
}

impl Editor {
    pub fn observation(&self) -> Option<&ObservationScreen> {
        match self {
            Editor::Observation(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn observation_mut(&mut self) -> Option<&mut ObservationScreen> {
        match self {
            Editor::Observation(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn summative(&self) -> Option<&SummativeScreen> {
        match self {
            Editor::Summative(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn summative_mut(&mut self) -> Option<&mut SummativeScreen> {
        match self {
            Editor::Summative(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn plan(&self) -> Option<&GrowthPlanScreen> {
        match self {
            Editor::Plan(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn plan_mut(&mut self) -> Option<&mut GrowthPlanScreen> {
        match self {
            Editor::Plan(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn self_assessment(&self) -> Option<&SelfAssessmentScreen> {
        match self {
            Editor::SelfAssessment(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn self_assessment_mut(&mut self) -> Option<&mut SelfAssessmentScreen> {
        match self {
            Editor::SelfAssessment(screen) => Some(screen),
            _ => None,
        }
    }

    pub fn tick(&mut self, at: Instant) -> Request {
        match self {
            Editor::Observation(screen) => screen.update(observation::Message::Tick(at)),
            Editor::Summative(screen) => screen.update(summative::Message::Tick(at)),
            Editor::Plan(screen) => screen.update(growth_plan::Message::Tick(at)),
            Editor::SelfAssessment(screen) => screen.update(self_assessment::Message::Tick(at)),
        }
    }

    /// True while a step waits for Confirm or Cancel.
    pub fn is_asking(&self) -> bool {
        match self {
            Editor::Observation(screen) => screen.is_asking(),
            Editor::Summative(screen) => screen.is_asking(),
            Editor::Plan(screen) => screen.is_asking(),
            Editor::SelfAssessment(screen) => screen.is_asking(),
        }
    }

    /// Why something typed is not in the record (and would be lost on leaving).
    pub fn unstored(&self) -> Option<String> {
        match self {
            Editor::Plan(screen) => screen.unstored(),
            Editor::Summative(screen) => screen.unstored(),
            Editor::Observation(_) | Editor::SelfAssessment(_) => None,
        }
    }

    /// True while a student measure is being saved or removed.
    pub fn is_storing_measure(&self) -> bool {
        self.summative()
            .is_some_and(SummativeScreen::is_storing_measure)
    }

    /// A student measure this editor asked to save or remove was, or was not.
    pub fn measure_stored(&mut self, result: Result<summative::Stored, Failure>) -> Request {
        match self {
            Editor::Summative(screen) => screen.measure_stored(result),
            Editor::Observation(_) | Editor::Plan(_) | Editor::SelfAssessment(_) => Request::None,
        }
    }

    /// An answer for the artifact panel (a file copied, chosen, dropped or checked).
    pub fn artifact_reply(&mut self, message: super::artifact_panel::Message) -> Request {
        match self {
            Editor::Observation(screen) => screen.update(observation::Message::Artifact(message)),
            Editor::Summative(_) | Editor::Plan(_) | Editor::SelfAssessment(_) => Request::None,
        }
    }

    /// Enter or Esc, while a step is being asked about: Confirm or Cancel.
    fn answer(&mut self, answer: Answer) -> Request {
        let status = match answer {
            Answer::Confirm => status_panel::Message::Confirm,
            Answer::Cancel => status_panel::Message::Cancel,
        };
        let sending = match answer {
            Answer::Confirm => crate::ui::packet_send::Message::Confirm,
            Answer::Cancel => crate::ui::packet_send::Message::Cancel,
        };
        match self {
            Editor::Observation(screen) if screen.sending_asks() => {
                screen.update(observation::Message::Packet(sending))
            }
            Editor::Summative(screen) if screen.sending_asks() => {
                screen.update(summative::Message::Packet(sending))
            }
            Editor::Observation(screen) => screen.update(observation::Message::Status(status)),
            Editor::Summative(screen) => screen.update(match answer {
                Answer::Confirm => summative::Message::Confirm,
                Answer::Cancel => summative::Message::Cancel,
            }),
            Editor::Plan(screen) => screen.update(growth_plan::Message::Status(status)),
            Editor::SelfAssessment(screen) => screen.update(match answer {
                Answer::Confirm => self_assessment::Message::Confirm,
                Answer::Cancel => self_assessment::Message::Cancel,
            }),
        }
    }

    /// Keyboard shortcuts: Enter and Esc answer a confirmation; the
    /// observation screen has many more; the others save on Ctrl+S, and on
    /// the evaluation Tab and Shift+Tab move between its fields.
    pub fn key(&mut self, key: keyboard::Key, modifiers: keyboard::Modifiers) -> Request {
        if self.is_asking()
            && let Some(answer) = confirm::answer(&key, modifiers)
        {
            return self.answer(answer);
        }
        let save = modifiers.command() && matches!(key.as_ref(), keyboard::Key::Character("s"));
        let tab = matches!(
            key.as_ref(),
            keyboard::Key::Named(keyboard::key::Named::Tab)
        ) && !modifiers.command()
            && !modifiers.alt();
        match self {
            Editor::Observation(screen) => screen.update(observation::Message::Key(key, modifiers)),
            Editor::Summative(screen) if save => screen.update(summative::Message::SaveNow),
            Editor::Summative(_) if tab => Request::FocusNext(modifiers.shift()),
            Editor::Plan(screen) if save => screen.update(growth_plan::Message::SaveNow),
            Editor::SelfAssessment(screen) if save => {
                screen.update(self_assessment::Message::SaveNow)
            }
            _ => Request::None,
        }
    }

    /// A save of `revision` ended.
    pub fn saved(&mut self, revision: u64, result: Result<(), Failure>) -> Request {
        match self {
            Editor::Observation(screen) => screen.saved(revision, result),
            Editor::Summative(screen) => screen.saved(revision, result),
            Editor::Plan(screen) => screen.saved(revision, result),
            Editor::SelfAssessment(screen) => screen.saved(revision, result),
        }
    }

    fn session_mut(&mut self) -> &mut EditSession {
        match self {
            Editor::Observation(screen) => screen.session_mut(),
            Editor::Summative(screen) => screen.session_mut(),
            Editor::Plan(screen) => screen.session_mut(),
            Editor::SelfAssessment(screen) => screen.session_mut(),
        }
    }

    /// The versions kept of the record arrived, as records of its kind.
    pub fn versions_loaded(&mut self, result: Result<Vec<(u64, Edited)>, Failure>) {
        fn only<R>(
            result: Result<Vec<(u64, Edited)>, Failure>,
            take: fn(Edited) -> Option<R>,
        ) -> Result<Vec<(u64, R)>, Failure> {
            result.map(|found| {
                found
                    .into_iter()
                    .filter_map(|(n, e)| take(e).map(|r| (n, r)))
                    .collect()
            })
        }
        match self {
            Editor::Observation(screen) => screen.versions_loaded(only(result, |e| match e {
                Edited::Observation(o) => Some(*o),
                _ => None,
            })),
            Editor::Summative(screen) => screen.versions_loaded(only(result, |e| match e {
                Edited::Summative(s) => Some(*s),
                _ => None,
            })),
            Editor::Plan(screen) => screen.versions_loaded(only(result, |e| match e {
                Edited::GrowthPlan(p) => Some(*p),
                _ => None,
            })),
            Editor::SelfAssessment(screen) => screen.versions_loaded(only(result, |e| match e {
                Edited::SelfAssessment(s) => Some(*s),
                _ => None,
            })),
        }
    }

    pub fn exported(&mut self, result: Result<Exported, Failure>) {
        self.session_mut().exported(result);
    }

    /// A packet export the screen asked for ended.
    pub fn packet_exported(&mut self, result: Result<crate::workspace::packet::Exported, Failure>) {
        match self {
            Editor::Observation(screen) => screen.packet_exported(result),
            Editor::Summative(screen) => screen.packet_exported(result),
            Editor::Plan(_) | Editor::SelfAssessment(_) => {}
        }
    }

    /// The save dialog closed; `None` when cancelled or when no dialog could be shown.
    pub fn export_path_picked(&mut self, path: Option<PathBuf>) {
        self.session_mut().export_path_picked(path);
    }

    pub fn has_unsaved_work(&self) -> bool {
        match self {
            Editor::Observation(screen) => screen.has_unsaved_work(),
            Editor::Summative(screen) => screen.has_unsaved_work(),
            Editor::Plan(screen) => screen.has_unsaved_work(),
            Editor::SelfAssessment(screen) => screen.has_unsaved_work(),
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.autosave().is_dirty()
    }

    pub fn is_saving(&self) -> bool {
        self.autosave().is_saving()
    }

    fn autosave(&self) -> &super::autosave::Autosave {
        match self {
            Editor::Observation(screen) => screen.autosave(),
            Editor::Summative(screen) => screen.autosave(),
            Editor::Plan(screen) => screen.autosave(),
            Editor::SelfAssessment(screen) => screen.autosave(),
        }
    }

    pub fn begin_save(&mut self) -> Request {
        match self {
            Editor::Observation(screen) => screen.begin_save(),
            Editor::Summative(screen) => screen.begin_save(),
            Editor::Plan(screen) => screen.begin_save(),
            Editor::SelfAssessment(screen) => screen.begin_save(),
        }
    }

    pub fn view(&self) -> Element<'_, super::Message> {
        match self {
            Editor::Observation(screen) => screen.view().map(super::Message::Observation),
            Editor::Summative(screen) => screen.view().map(super::Message::Summative),
            Editor::Plan(screen) => screen.view().map(super::Message::Plan),
            Editor::SelfAssessment(screen) => screen.view().map(super::Message::SelfAssessment),
        }
    }
}
