//! The self-assessment screen: the educator's own level of each component
//! with a sentence of evidence, grouped by domain, and the goals they
//! propose; typed by the evaluator from the educator's form (or an
//! educator's response, later). Saves as you type, like every editing
//! screen; once submitted, each change is an amendment with a reason.

mod view;

use crate::ui::failure::Failure;
use std::time::Instant;

use super::amending::{self, Amending, Outcome};
use super::autosave::Autosave;
use super::edit_session::{EditSession, Editing, Shell, save_if_due, shell};
use super::editor::{Edited, Request};
use super::export_panel::{self, Document, ExportPanel};
use crate::record::{Educator, ProposedGoal, SelfAssessment, Supplied};
use crate::rubric::Rubric;

pub struct SelfAssessmentScreen {
    record: SelfAssessment,
    educator: Educator,
    rubric: Option<Rubric>,
    /// The year's evaluation as a document: Export PDF prints it with this
    /// self-assessment beside the evaluator's levels.
    evaluation: Document,
    /// Submitting, waiting for Confirm.
    asking: bool,
    session: EditSession,
    /// Changes after submitting: who signs them, why, the versions kept.
    amending: Amending<SelfAssessment>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Tick(Instant),
    /// A component's level; `None`: not assessed.
    Level(String, Option<u32>),
    Evidence(String, String),
    GoalText(usize, String),
    GoalComponents(usize, String),
    AddGoal,
    RemoveGoal(usize),
    Supplied(Supplied),
    EnteredBy(String),
    /// Ask to mark it submitted.
    Submit,
    Confirm,
    Cancel,
    ExportPdf,
    Export(export_panel::Message),
    SaveNow,
    Amend(amending::Message),
}

impl SelfAssessmentScreen {
    /// `evaluation` is the year's summative document (see [`Document::Summative`]).
    #[must_use]
    pub fn new(
        record: SelfAssessment,
        educator: &Educator,
        rubric: Option<Rubric>,
        evaluation: Document,
        is_new: bool,
        now: Instant,
    ) -> SelfAssessmentScreen {
        let mut screen = SelfAssessmentScreen {
            amending: Amending::new(&record, "self-assessment"),
            asking: false,
            session: EditSession::new(now),
            educator: educator.clone(),
            rubric,
            evaluation,
            record,
        };
        // A new one is saved at once, so the window and the command line agree it exists.
        if is_new {
            screen.session.autosave.changed(
                now.checked_sub(crate::ui::autosave::DEBOUNCE)
                    .unwrap_or(now),
            );
        }
        screen
    }

    /// Changes after submitting are signed with `name`.
    #[must_use]
    pub fn with_signer(mut self, name: &str) -> Self {
        self.amending.set_signer(name);
        self
    }

    #[must_use]
    pub fn record(&self) -> &SelfAssessment {
        &self.record
    }

    #[must_use]
    pub fn autosave(&self) -> &Autosave {
        &self.session.autosave
    }

    #[must_use]
    pub fn is_asking(&self) -> bool {
        self.asking
    }

    #[must_use]
    pub fn has_unsaved_work(&self) -> bool {
        self.session.autosave.is_dirty()
    }

    pub fn versions_loaded(&mut self, versions: Result<Vec<(u64, SelfAssessment)>, Failure>) {
        self.amending.versions_loaded(versions);
    }

    pub fn saved(&mut self, revision: u64, result: Result<(), Failure>) -> Request {
        if self.session.saved(revision, result) {
            return self.close();
        }
        Request::None
    }

    pub fn update(&mut self, message: Message) -> Request {
        self.session.clock(match &message {
            Message::Tick(at) => Some(*at),
            _ => None,
        });
        let before = self.record.clone();
        match message {
            Message::Back => return shell(self, Shell::Back),
            Message::SaveNow => return shell(self, Shell::SaveNow),
            Message::Export(message) => return shell(self, Shell::Export(message)),
            Message::Amend(message) => return self.amend(message),
            Message::ExportPdf => self.open_export_panel(),
            Message::Tick(_) => {}
            Message::Submit if !self.record.is_submitted() => self.asking = true,
            Message::Confirm if self.asking => {
                self.asking = false;
                self.record.submit(crate::record::now());
            }
            Message::Cancel | Message::Submit | Message::Confirm => self.asking = false,
            Message::Supplied(supplied) => self.record.supplied = supplied,
            Message::EnteredBy(name) => self.record.entered_by = name,
            message => self.entry_message(message),
        }
        if self.record != before {
            self.session.changed();
        }
        save_if_due(self)
    }

    /// A change to a component's level or evidence, or to the goals.
    fn entry_message(&mut self, message: Message) {
        match message {
            Message::Level(component, level) => {
                self.record.set(&component, level, None);
                self.sort();
            }
            Message::Evidence(component, text) => {
                let level = self.record.level_of(&component);
                self.record.set(&component, level, Some(&text));
                self.sort();
            }
            Message::GoalText(i, text) => {
                if let Some(goal) = self.record.goals.get_mut(i) {
                    goal.text = text;
                }
            }
            Message::GoalComponents(i, text) => {
                if let Some(goal) = self.record.goals.get_mut(i) {
                    goal.components = text
                        .split([',', ' ', ';'])
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                        .collect();
                }
            }
            Message::AddGoal => self.record.goals.push(ProposedGoal {
                text: String::new(),
                components: Vec::new(),
            }),
            Message::RemoveGoal(i) if i < self.record.goals.len() => {
                self.record.goals.remove(i);
            }
            _ => {}
        }
    }

    fn sort(&mut self) {
        if let Some(rubric) = &self.rubric {
            self.record.sort_by_rubric(rubric);
        }
    }

    fn amend(&mut self, message: amending::Message) -> Request {
        match self.amending.update(message, &self.record) {
            Outcome::None => {}
            Outcome::Retry => {
                if self.session.autosave.is_dirty() {
                    self.session.changed();
                }
            }
            Outcome::Remember(name) => return Request::RememberName(name),
            Outcome::LoadVersions => {
                return Request::LoadVersions(Edited::SelfAssessment(Box::new(
                    self.record.clone(),
                )));
            }
            Outcome::Restore(content) => {
                self.record = *content;
                self.session.changed();
            }
        }
        Request::None
    }

    fn open_export_panel(&mut self) {
        let name = crate::report::default_file_name(
            crate::clock::local_now().date_naive(),
            "Summative Evaluation",
            &self.educator.name,
        );
        self.session.open_export(ExportPanel::new(
            "Export the summative evaluation with this self-assessment (PDF)",
            &name,
            false,
        ));
    }
}

impl Editing for SelfAssessmentScreen {
    fn session_mut(&mut self) -> &mut EditSession {
        &mut self.session
    }

    fn begin_save(&mut self) -> Request {
        self.record.changed = crate::record::now();
        if !self.amending.settle(&mut self.record, self.rubric.as_ref()) {
            return Request::None;
        }
        let revision = self.session.begin();
        Request::Save {
            revision,
            record: Edited::SelfAssessment(Box::new(self.record.clone())),
        }
    }

    fn close(&self) -> Request {
        Request::Close {
            educator_id: self.record.educator_id.clone(),
        }
    }

    fn document(&self) -> Document {
        let mut document = self.evaluation.clone();
        if let Document::Summative {
            self_assessment, ..
        } = &mut document
        {
            *self_assessment = Some(Box::new(self.record.clone()));
        }
        document
    }
}
