//! The summative evaluation screen: the year's ratings combined under the
//! district's profile, the evaluator's own ratings with reasons, comments,
//! finalising (which locks it) and reopening (which is recorded).

mod choices;
mod finalising;
mod measures;
mod view;

pub use measures::{MeasureMessage, Stored};

use crate::ui::failure::Failure;
use std::sync::Arc;
use std::time::Instant;

use crate::ui::text_editor;

use super::amending::{self, Amending, Outcome};
use super::autosave::Autosave;
use super::edit_session::{EditSession, Editing, Shell, save_if_due, shell};
use super::editor::{Edited, Request};
use super::export_panel::{self, Document, ExportPanel};
use super::status_panel::{self, StatusForm};
use super::text_editing::edit;
use crate::record::{Educator, Observation, Summative};
use crate::rubric::Catalog;
use crate::scoring::{self, Profiles};

pub struct SummativeScreen {
    summative: Summative,
    educator: Educator,
    /// All the educator's observations; the summative picks those that count.
    observations: Vec<Observation>,
    /// The educator's student measures of the year.
    measures: Vec<crate::record::Measure>,
    /// The educator's self-assessment of the year, shown beside the ratings.
    self_assessment: Option<crate::record::SelfAssessment>,
    /// A student measure being added or edited.
    measure_form: Option<measures::MeasureForm>,
    /// A measure record being saved or removed by the application.
    storing: Option<measures::Storing>,
    /// Why a step on the measures was refused or failed, said in their panel.
    measure_problem: Option<String>,
    /// How dates typed in figures are read.
    dates: crate::record::DateOrder,
    catalog: Arc<Catalog>,
    profiles: Arc<Profiles>,
    /// The profile new evaluations in this workspace start under.
    workspace_profile: String,
    comments: text_editor::Content,
    editing: Option<OverrideForm>,
    finalize_by: String,
    reopen_reason: String,
    problem: Option<String>,
    /// Finalising or reopening, waiting for Confirm.
    asking: Option<Step>,
    status_form: StatusForm,
    session: EditSession,
    /// Changes after finalising or sharing: who signs them, why, the versions kept.
    amending: Amending<Summative>,
    /// "Send as a packet…": the panel, and an export waiting for a save.
    sending: crate::ui::packet_send::Sending,
}

/// A step of this screen that asks first.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Finalise,
    Reopen,
    /// Removing the student measure record with this id.
    RemoveMeasure(String),
}

/// The evaluator rating a component themselves.
#[derive(Debug, Clone, PartialEq)]
struct OverrideForm {
    component: String,
    level: Option<u32>,
    reason: String,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Tick(Instant),
    Profile(String),
    /// Annual or semi-annual (a draft only).
    Period(crate::record::Period),
    /// The student measures (Part B).
    Measure(MeasureMessage),
    /// Make the chosen profile the one new evaluations start under.
    UseProfileForNew,
    ToggleObservation(String),
    CountWholeYear,
    EditOverride(String),
    OverrideLevel(u32),
    OverrideReason(String),
    ApplyOverride,
    CancelOverride,
    RemoveOverride(String),
    Comments(text_editor::Action),
    FinalizeBy(String),
    /// Ask to finalise.
    Finalize,
    ReopenReason(String),
    /// Ask to reopen.
    Reopen,
    /// Take the step asked about (finalising, reopening, sharing, acknowledging).
    Confirm,
    Cancel,
    Status(status_panel::Message),
    CreatePlan,
    /// Open the educator's self-assessment of the year (once this is saved).
    OpenSelfAssessment,
    ExportPdf,
    Export(export_panel::Message),
    SaveNow,
    /// The amendment bar and the history.
    Amend(amending::Message),
    /// Open the panel that sends the finalised evaluation as a packet.
    SendPacket,
    Packet(crate::ui::packet_send::Message),
    /// Open a copy of a file the educator sent in a response.
    OpenResponseArtifact(Box<crate::record::Artifact>),
}

/// What an evaluation is scored over: all the educator's observations (it
/// picks those that count) and their student measures of the year; and
/// their self-assessment of the year, shown beside it.
pub struct YearRecords {
    pub observations: Vec<Observation>,
    pub measures: Vec<crate::record::Measure>,
    pub self_assessment: Option<crate::record::SelfAssessment>,
}

impl SummativeScreen {
    #[must_use]
    pub fn new(
        summative: Summative,
        educator: &Educator,
        records: YearRecords,
        catalog: Arc<Catalog>,
        profiles: Arc<Profiles>,
        workspace_profile: &str,
        now: Instant,
    ) -> SummativeScreen {
        SummativeScreen {
            amending: Amending::new(&summative, "summative evaluation"),
            sending: crate::ui::packet_send::Sending::default(),
            comments: text_editor::Content::with_text(&summative.comments),
            finalize_by: educator.evaluator.clone(),
            reopen_reason: String::new(),
            problem: None,
            asking: None,
            status_form: StatusForm::new(&educator.name, crate::record::DateOrder::from_env()),
            editing: None,
            measure_form: None,
            storing: None,
            measure_problem: None,
            dates: crate::record::DateOrder::from_env(),
            session: EditSession::new(now),
            educator: educator.clone(),
            observations: records.observations,
            measures: records.measures,
            self_assessment: records.self_assessment,
            catalog,
            profiles,
            workspace_profile: workspace_profile.to_string(),
            summative,
        }
    }

    /// Changes after finalising or sharing are signed with `name`.
    #[must_use]
    pub fn with_signer(mut self, name: &str) -> Self {
        self.amending.set_signer(name);
        self
    }

    /// The versions kept on disk arrived.
    pub fn versions_loaded(&mut self, versions: Result<Vec<(u64, Summative)>, Failure>) {
        self.amending.versions_loaded(versions);
    }

    fn amend(&mut self, message: amending::Message) -> Request {
        match self.amending.update(message, &self.summative) {
            Outcome::None => {}
            Outcome::Retry => {
                if self.session.autosave.is_dirty() {
                    self.changed();
                }
            }
            Outcome::Remember(name) => return Request::RememberName(name),
            Outcome::LoadVersions => {
                return Request::LoadVersions(Edited::Summative(Box::new(self.summative.clone())));
            }
            Outcome::Restore(content) => {
                self.summative = *content;
                self.comments = text_editor::Content::with_text(&self.summative.comments);
                self.changed();
            }
        }
        Request::None
    }

    /// Dates typed on this screen are read, and prefilled, in `dates`' order.
    #[must_use]
    pub fn with_date_order(mut self, dates: crate::record::DateOrder) -> Self {
        self.status_form = StatusForm::new(&self.educator.name, dates);
        self.dates = dates;
        self
    }

    /// True while a step waits for Confirm or Cancel.
    pub fn is_asking(&self) -> bool {
        self.asking.is_some() || self.status_form.is_asking() || self.sending.is_asking()
    }

    /// The workspace's profile for new evaluations was saved.
    pub fn workspace_profile_saved(&mut self, id: &str) {
        self.workspace_profile = id.to_string();
    }

    pub fn summative(&self) -> &Summative {
        &self.summative
    }

    pub fn autosave(&self) -> &Autosave {
        &self.session.autosave
    }

    /// The numbers as they stand, or why they cannot be worked out.
    pub fn scored(&self) -> Result<scoring::Scored<'_>, String> {
        scoring::score(
            &self.summative,
            &self.educator,
            &self.observations,
            &self.measures,
            &self.catalog,
            &self.profiles,
        )
    }

    /// The educator's observations in this school year, oldest first.
    fn year_observations(&self) -> Vec<&Observation> {
        let mut list: Vec<&Observation> = self
            .observations
            .iter()
            .filter(|o| {
                scoring::in_school_year(o.started_at.date_naive(), &self.summative.school_year)
            })
            .collect();
        list.sort_by_key(|o| o.started_at);
        list
    }

    /// Only once saved: opening another screen leaves this one.
    fn open_self_assessment(&self) -> Request {
        if self.session.autosave.is_dirty() {
            return Request::None;
        }
        Request::OpenSelfAssessment {
            educator_id: self.summative.educator_id.clone(),
            year: self.summative.school_year.clone(),
        }
    }

    fn locked(&self) -> bool {
        self.summative.finalized.is_some()
    }

    pub fn update(&mut self, message: Message) -> Request {
        self.session.clock(match &message {
            Message::Tick(at) => Some(*at),
            _ => None,
        });
        let locked = self.locked();
        match message {
            // What is typed in the measure form would be lost: say so and stay.
            Message::Back if self.unstored().is_some() => {
                let why = self.unstored();
                if let Some(form) = self.measure_form.as_mut() {
                    form.error = why;
                }
            }
            Message::Back => return shell(self, Shell::Back),
            Message::Measure(message) => {
                let request = self.measure_message(message);
                if !matches!(request, Request::None) {
                    return request;
                }
            }
            Message::Tick(_) => {}
            Message::UseProfileForNew => {
                return Request::WorkspaceProfile(self.summative.profile_id.clone());
            }
            Message::Comments(action) => {
                if edit(&mut self.comments, action) {
                    self.summative.comments = self.comments.text();
                    self.changed();
                }
            }
            Message::Status(message) => {
                if self.status_form.update(message, &mut self.summative.status) {
                    self.changed();
                }
            }
            Message::CreatePlan => {
                if let Ok(scored) = self.scored() {
                    let plan = scoring::plan_from_summative(
                        &self.educator,
                        &self.summative.school_year,
                        &self.summative.id,
                        &scored,
                    );
                    return Request::CreatePlan(Box::new(plan));
                }
            }
            Message::OpenSelfAssessment => return self.open_self_assessment(),
            Message::ExportPdf => self.open_export_panel(),
            Message::Export(message) => return shell(self, Shell::Export(message)),
            message @ (Message::SendPacket
            | Message::Packet(_)
            | Message::OpenResponseArtifact(_)) => return self.packet_message(message),
            Message::Amend(message) => return self.amend(message),
            Message::SaveNow => return shell(self, Shell::SaveNow),
            message @ (Message::Profile(_)
            | Message::Period(_)
            | Message::ToggleObservation(_)
            | Message::CountWholeYear
            | Message::EditOverride(_)
            | Message::OverrideLevel(_)
            | Message::OverrideReason(_)
            | Message::ApplyOverride
            | Message::CancelOverride
            | Message::RemoveOverride(_)) => self.choice_message(message, locked),
            message @ (Message::FinalizeBy(_)
            | Message::Finalize
            | Message::ReopenReason(_)
            | Message::Reopen
            | Message::Confirm
            | Message::Cancel) => {
                if let Some(request) = self.step_message(message) {
                    return request;
                }
            }
        }
        save_if_due(self)
    }

    /// The evaluation as finalising it now would leave it, or why it cannot be.
    fn finalised(&self) -> Result<Summative, String> {
        let scored = self.scored()?;
        let mut summative = self.summative.clone();
        scoring::finalize(&mut summative, &self.finalize_by, &scored)?;
        Ok(summative)
    }

    /// The evaluation as reopening it now would leave it, or why it cannot be.
    fn reopened(&self) -> Result<Summative, String> {
        let mut summative = self.summative.clone();
        scoring::reopen(&mut summative, &self.finalize_by, &self.reopen_reason)?;
        Ok(summative)
    }

    fn apply_override(&mut self) {
        let Some(form) = &mut self.editing else {
            return;
        };
        let Some(level) = form.level else {
            form.error = Some("Choose a level.".into());
            return;
        };
        match scoring::set_override(&mut self.summative, &form.component, level, &form.reason) {
            Ok(()) => {
                self.editing = None;
                self.changed();
            }
            Err(e) => form.error = Some(sentence(&e)),
        }
    }

    pub fn saved(&mut self, revision: u64, result: Result<(), Failure>) -> Request {
        let ok = result.is_ok();
        if self.session.saved(revision, result) {
            return self.close();
        }
        crate::ui::packet_send::saved(self, ok)
    }

    /// "Send as a packet…" (once finalised), its panel, and the files of a response.
    fn packet_message(&mut self, message: Message) -> Request {
        match message {
            Message::SendPacket if self.summative.finalized.is_some() => {
                let name = self.educator.name.clone();
                (self.sending).open("summative evaluation", &name, &self.summative.status);
                Request::None
            }
            Message::Packet(message) => crate::ui::packet_send::send_message(self, message),
            Message::OpenResponseArtifact(artifact) => Request::OpenArtifact(artifact),
            _ => Request::None,
        }
    }

    /// The send panel asks whether to share the draft by sending it.
    #[must_use]
    pub fn sending_asks(&self) -> bool {
        self.sending.is_asking()
    }

    /// A packet export it asked for ended.
    pub fn packet_exported(&mut self, result: Result<crate::workspace::packet::Exported, Failure>) {
        self.sending.exported(result);
    }

    pub fn has_unsaved_work(&self) -> bool {
        self.session.autosave.is_dirty()
    }

    fn changed(&mut self) {
        self.session.changed();
    }

    /// The export panel, offering a file name from the date, the kind and the person.
    fn open_export_panel(&mut self) {
        let name = crate::report::default_file_name(
            crate::clock::local_now().date_naive(),
            "Summative Evaluation",
            &self.educator.name,
        );
        self.session.open_export(ExportPanel::new(
            "Export the summative evaluation (PDF)",
            &name,
            false,
        ));
    }
}

fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    let rest: String = chars.collect();
    format!("{first}{rest}.")
}

impl crate::ui::packet_send::SendsPackets for SummativeScreen {
    fn sending(&mut self) -> &mut crate::ui::packet_send::Sending {
        &mut self.sending
    }

    fn status_mut(&mut self) -> &mut crate::record::Status {
        &mut self.summative.status
    }

    fn subject(&self) -> crate::workspace::packet::Subject {
        crate::workspace::packet::Subject::Summative(self.summative.id.clone())
    }
}

impl Editing for SummativeScreen {
    fn session_mut(&mut self) -> &mut EditSession {
        &mut self.session
    }

    fn begin_save(&mut self) -> Request {
        self.summative.changed = crate::record::now();
        let rubric = self
            .catalog
            .get(&self.summative.rubric_id)
            .map(|e| e.rubric.clone());
        if !self.amending.settle(&mut self.summative, rubric.as_ref()) {
            return Request::None;
        }
        let revision = self.session.begin();
        Request::Save {
            revision,
            record: Edited::Summative(Box::new(self.summative.clone())),
        }
    }

    fn close(&self) -> Request {
        Request::Close {
            educator_id: self.summative.educator_id.clone(),
        }
    }

    fn document(&self) -> Document {
        Document::Summative {
            summative: Box::new(self.summative.clone()),
            educator: Box::new(self.educator.clone()),
            observations: self.observations.clone(),
            measures: self.measures.clone(),
            district: String::new(),
            self_assessment: self.self_assessment.clone().map(Box::new),
            catalog: self.catalog.clone(),
            profiles: self.profiles.clone(),
        }
    }
}
