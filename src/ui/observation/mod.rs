//! The observation screen: what a principal does in a classroom. Script
//! evidence live with a running timer, tag it to components, rate each
//! component with the level descriptors on screen, hold the conference.
//! Every change is saved by itself shortly after the typing stops.

mod choosing;
mod keys;
mod layout;
mod lesson;
mod notes;
mod rating;
mod script;
mod timer;

use std::time::{Duration, Instant};

use iced::keyboard;
use iced::widget::text_editor;

pub use crate::ui::autosave::Autosave;
pub use timer::Timer;

use crate::record::{
    Educator, EvidenceNote, IdKind, Observation, ObservationKind, RECORD_SCHEMA, RatingLevel,
    Status, match_rubric, new_id,
};
use crate::rubric::{Catalog, Rubric, applicable, parse_tags, suggest};
use crate::ui::export_panel::{self, Document, ExportPanel};
use crate::ui::session::{EditSession, ExportStep, Leave};
use crate::ui::status_panel::{self, StatusForm};
use crate::ui::text_editing::edit;

/// The note field keeps the focus while scripting.
pub const NOTE_INPUT: &str = "note-input";
/// How many suggested components are offered for a note being typed.
const SUGGESTIONS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Lesson,
    Script,
    Rate,
    Conference,
}

/// One open observation, its editors and how saving goes.
pub struct ObservationScreen {
    observation: Observation,
    educator: Educator,
    rubric: Option<Rubric>,
    /// Why the ratings may not match the rubric (edited or missing).
    rubric_warning: Option<String>,
    tab: Tab,
    timer: Timer,
    draft: String,
    draft_quote: bool,
    draft_names_students: bool,
    /// Tags chosen by clicking chips or accepting suggestions for the note being typed.
    draft_tags: Vec<String>,
    editing: Option<(u32, String)>,
    deleted: Option<(usize, EvidenceNote)>,
    selected: Option<String>,
    rationale: text_editor::Content,
    /// Rationales typed before a level was chosen, kept while moving between components.
    rationale_drafts: std::collections::HashMap<String, String>,
    pre_conference: text_editor::Content,
    post_conference: text_editor::Content,
    reflection: text_editor::Content,
    status_form: StatusForm,
    session: EditSession,
    show_help: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Kind(ObservationKind),
    Context(ContextField, String),
    PreConference(text_editor::Action),
    StartTimer,
    PauseTimer,
    Draft(String),
    SubmitNote,
    ToggleQuote,
    ToggleNamesStudents,
    ToggleDraftTag(String),
    AcceptSuggestion(usize),
    EditNote(u32),
    EditText(String),
    SaveEdit,
    CancelEdit,
    DeleteNote(u32),
    UndoDelete,
    RemoveTag(u32, String),
    Select(String),
    SetLevel(RatingLevel),
    ClearRating,
    Rationale(text_editor::Action),
    NextComponent,
    PreviousComponent,
    PostConference(text_editor::Action),
    Reflection(text_editor::Action),
    Status(status_panel::Message),
    Tick(Instant),
    Key(keyboard::Key, keyboard::Modifiers),
    ToggleHelp,
    SaveNow,
    Back,
    /// Open the export panel.
    ExportPdf,
    Export(export_panel::Message),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextField {
    Subject,
    Grade,
    Topic,
    Students,
}

/// What the screen asks of the parent.
#[derive(Debug, Clone)]
pub enum Action {
    None,
    /// Save this version; report back with [`ObservationScreen::saved`].
    Save {
        revision: u64,
        observation: Box<Observation>,
    },
    Focus(&'static str),
    /// Everything is saved; go back to the educator.
    Close {
        educator_id: String,
    },
    /// Write the report; report back with [`ObservationScreen::exported`].
    Export {
        document: Box<Document>,
        path: std::path::PathBuf,
        options: crate::report::ReportOptions,
    },
    /// Show a save dialog; report back with [`ObservationScreen::export_path_picked`].
    BrowseExport(std::path::PathBuf),
    /// Open a file or folder with the desktop's default program.
    Open(std::path::PathBuf),
}

impl ObservationScreen {
    /// A new observation of `educator`, not yet on disk: the first change saves it.
    pub fn start(educator: &Educator, catalog: &Catalog, now: Instant) -> ObservationScreen {
        let entry = catalog
            .get(&educator.rubric_id)
            .or_else(|| catalog.default_for_role(&educator.role));
        let started = crate::record::now();
        let observation = Observation {
            schema: RECORD_SCHEMA,
            id: new_id(IdKind::Observation),
            educator_id: educator.id.clone(),
            rubric_id: entry.map_or(educator.rubric_id.clone(), |e| e.rubric.id.clone()),
            rubric_fingerprint: entry.map(|e| e.fingerprint.clone()).unwrap_or_default(),
            kind: ObservationKind::Informal,
            observer: educator.evaluator.clone(),
            started_at: started,
            duration_secs: 0,
            context: crate::record::ClassContext {
                subject: educator.subject.clone(),
                ..Default::default()
            },
            pre_conference: String::new(),
            evidence: Vec::new(),
            ratings: Vec::new(),
            post_conference: String::new(),
            reflection: String::new(),
            status: Status::Draft,
            created: started,
            changed: started,
        };
        let mut screen = Self::open(observation, educator, catalog, now);
        screen.tab = Tab::Lesson;
        screen
    }

    /// An existing observation.
    pub fn open(
        observation: Observation,
        educator: &Educator,
        catalog: &Catalog,
        now: Instant,
    ) -> ObservationScreen {
        let rubric = catalog
            .get(&observation.rubric_id)
            .map(|e| e.rubric.clone());
        let rubric_warning = match_rubric(&observation, catalog).warning(&observation);
        let selected = rubric
            .as_ref()
            .and_then(|r| applicable(r, Some(educator.level)).next())
            .map(|c| c.id.clone());
        let mut screen = ObservationScreen {
            timer: Timer::resumed_at(Duration::from_secs(observation.duration_secs)),
            pre_conference: text_editor::Content::with_text(&observation.pre_conference),
            post_conference: text_editor::Content::with_text(&observation.post_conference),
            reflection: text_editor::Content::with_text(&observation.reflection),
            rationale: text_editor::Content::new(),
            rationale_drafts: std::collections::HashMap::new(),
            status_form: StatusForm::new(&educator.name, crate::record::DateOrder::from_env()),
            educator: educator.clone(),
            rubric,
            rubric_warning,
            tab: if observation.evidence.is_empty() {
                Tab::Script
            } else {
                Tab::Rate
            },
            draft: String::new(),
            draft_quote: false,
            draft_names_students: false,
            draft_tags: Vec::new(),
            editing: None,
            deleted: None,
            selected: None,
            session: EditSession::new(now),
            show_help: false,
            observation,
        };
        screen.select(selected);
        screen
    }

    /// Dates typed on this screen are read, and prefilled, in `dates`' order.
    pub fn with_date_order(mut self, dates: crate::record::DateOrder) -> Self {
        self.status_form = StatusForm::new(&self.educator.name, dates);
        self
    }

    /// True while a step waits for Confirm or Cancel.
    pub fn is_asking(&self) -> bool {
        self.status_form.is_asking()
    }

    pub fn observation(&self) -> &Observation {
        &self.observation
    }

    /// The note being typed.
    pub fn draft(&self) -> &str {
        &self.draft
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn autosave(&self) -> &Autosave {
        &self.session.autosave
    }

    pub fn timer(&self) -> &Timer {
        &self.timer
    }

    /// Components to rate for this educator, in rubric order.
    fn components(&self) -> Vec<&crate::rubric::Component> {
        self.rubric
            .as_ref()
            .map(|r| applicable(r, Some(self.educator.level)).collect())
            .unwrap_or_default()
    }

    /// Components suggested for the note being typed.
    pub fn suggestions(&self) -> Vec<&crate::rubric::Component> {
        let Some(rubric) = &self.rubric else {
            return Vec::new();
        };
        let typed = parse_tags(rubric, &self.draft);
        let mut exclude = typed.components.clone();
        exclude.extend(self.draft_tags.iter().cloned());
        suggest(
            rubric,
            Some(self.educator.level),
            &typed.text,
            &exclude,
            SUGGESTIONS,
        )
    }

    pub fn update(&mut self, message: Message) -> Action {
        let now = self.session.clock(match &message {
            Message::Tick(at) => Some(*at),
            _ => None,
        });
        match message {
            Message::Tab(tab) => {
                self.tab = tab;
                if tab == Tab::Script {
                    return Action::Focus(NOTE_INPUT);
                }
            }
            Message::Kind(kind) => {
                self.observation.kind = kind;
                self.changed();
            }
            Message::Context(field, value) => {
                let c = &mut self.observation.context;
                match field {
                    ContextField::Subject => c.subject = value,
                    ContextField::Grade => c.grade = value,
                    ContextField::Topic => c.topic = value,
                    ContextField::Students => {
                        let digits: String =
                            value.chars().filter(char::is_ascii_digit).take(4).collect();
                        c.students = digits.parse().ok();
                    }
                }
                self.changed();
            }
            Message::PreConference(action) => {
                if edit(&mut self.pre_conference, action) {
                    self.observation.pre_conference = self.pre_conference.text();
                    self.changed();
                }
            }
            Message::StartTimer => {
                if self.timer.never_started() {
                    self.observation.started_at = crate::record::now();
                }
                self.timer.start(now);
                self.changed();
                return Action::Focus(NOTE_INPUT);
            }
            Message::PauseTimer => {
                self.timer.pause(now);
                self.changed();
            }
            Message::Draft(text) => self.draft = text,
            Message::SubmitNote => return self.submit_note(now),
            Message::ToggleQuote => self.draft_quote = !self.draft_quote,
            Message::ToggleNamesStudents => self.draft_names_students = !self.draft_names_students,
            Message::ToggleDraftTag(id) => {
                match self.draft_tags.iter().position(|t| *t == id) {
                    Some(i) => {
                        self.draft_tags.remove(i);
                    }
                    None => self.draft_tags.push(id),
                }
                return Action::Focus(NOTE_INPUT);
            }
            Message::AcceptSuggestion(index) => {
                if let Some(id) = self.suggestions().get(index).map(|c| c.id.clone()) {
                    self.draft_tags.push(id);
                }
                return Action::Focus(NOTE_INPUT);
            }
            Message::EditNote(id) => {
                if let Some(note) = self.observation.evidence.iter().find(|n| n.id == id) {
                    let tags: String = note.components.iter().map(|c| format!(" #{c}")).collect();
                    self.editing = Some((id, format!("{}{tags}", note.text)));
                }
            }
            Message::EditText(text) => {
                if let Some((_, draft)) = &mut self.editing {
                    *draft = text;
                }
            }
            Message::SaveEdit => self.save_edit(),
            Message::CancelEdit => self.editing = None,
            Message::DeleteNote(id) => {
                if let Some(i) = self.observation.evidence.iter().position(|n| n.id == id) {
                    let note = self.observation.evidence.remove(i);
                    for rating in &mut self.observation.ratings {
                        rating.evidence.retain(|e| *e != id);
                    }
                    self.deleted = Some((i, note));
                    self.changed();
                }
            }
            Message::UndoDelete => {
                if let Some((i, note)) = self.deleted.take() {
                    let i = i.min(self.observation.evidence.len());
                    self.observation.evidence.insert(i, note);
                    self.changed();
                }
            }
            Message::RemoveTag(id, tag) => {
                if let Some(note) = self.observation.evidence.iter_mut().find(|n| n.id == id) {
                    note.components.retain(|c| *c != tag);
                    self.changed();
                }
            }
            Message::Select(id) => {
                self.select(Some(id));
                self.tab = Tab::Rate;
            }
            Message::SetLevel(level) => self.set_level(level),
            Message::ClearRating => {
                if let Some(id) = self.selected.clone() {
                    self.observation.ratings.retain(|r| r.component != id);
                    self.rationale = text_editor::Content::new();
                    self.changed();
                }
            }
            Message::Rationale(action) => {
                if edit(&mut self.rationale, action) {
                    let text = self.rationale.text();
                    if let Some(rating) = self.selected_rating_mut() {
                        rating.rationale = text;
                        self.changed();
                    }
                }
            }
            Message::NextComponent => self.step_component(1),
            Message::PreviousComponent => self.step_component(-1),
            Message::PostConference(action) => {
                if edit(&mut self.post_conference, action) {
                    self.observation.post_conference = self.post_conference.text();
                    self.changed();
                }
            }
            Message::Reflection(action) => {
                if edit(&mut self.reflection, action) {
                    self.observation.reflection = self.reflection.text();
                    self.changed();
                }
            }
            Message::Status(message) => {
                if self
                    .status_form
                    .update(message, &mut self.observation.status)
                {
                    self.changed();
                }
            }
            Message::Tick(_) => {}
            Message::Key(key, modifiers) => return self.key(key, modifiers),
            Message::ToggleHelp => self.show_help = !self.show_help,
            Message::SaveNow => {
                if self.session.autosave.is_dirty() && !self.session.autosave.is_saving() {
                    return self.begin_save();
                }
            }
            Message::Back => match self.session.back() {
                Leave::Now => return self.close(),
                Leave::AfterSaving => return self.begin_save(),
                Leave::Wait => {}
            },
            Message::ExportPdf => {
                let name = crate::report::default_file_name(
                    self.observation.started_at.date_naive(),
                    "Observation",
                    &self.educator.name,
                );
                self.session.open_export(ExportPanel::new(
                    "Export the observation report (PDF)",
                    &name,
                    true,
                ));
            }
            Message::Export(message) => match self.session.export_message(message) {
                ExportStep::None => {}
                ExportStep::Browse(path) => return Action::BrowseExport(path),
                ExportStep::Open(path) => return Action::Open(path),
                ExportStep::Export { path, options } => {
                    return Action::Export {
                        document: Box::new(Document::Observation {
                            observation: Box::new(self.observation.clone()),
                            educator: Box::new(self.educator.clone()),
                            rubric: self.rubric.clone().map(Box::new),
                        }),
                        path,
                        options,
                    };
                }
            },
        }
        if self.session.due() {
            return self.begin_save();
        }
        Action::None
    }

    fn close(&self) -> Action {
        Action::Close {
            educator_id: self.observation.educator_id.clone(),
        }
    }

    /// The parent finished a save of `revision`.
    pub fn saved(&mut self, revision: u64, result: Result<(), String>) -> Action {
        if self.session.saved(revision, result) {
            return self.close();
        }
        Action::None
    }

    /// The report was written, or why not.
    /// Where saving and exporting stand, for what the editors share.
    pub(in crate::ui) fn session_mut(&mut self) -> &mut EditSession {
        &mut self.session
    }

    /// Makes a note of text typed but not yet stored, and ends an edit in
    /// progress, so that closing the window loses nothing.
    pub fn keep_typed_text(&mut self) {
        if self.editing.is_some() {
            self.save_edit();
        }
        if !self.draft.trim().is_empty() {
            let now = self.session.clock(None);
            let _ = self.submit_note(now);
        }
    }

    /// True while something typed is not yet on disk.
    pub fn has_unsaved_work(&self) -> bool {
        self.session.autosave.is_dirty() || !self.draft.trim().is_empty() || self.editing.is_some()
    }

    /// The observation as it should be written now, for a final save on close.
    pub fn begin_save(&mut self) -> Action {
        self.observation.duration_secs = self.timer.elapsed(self.session.now()).as_secs();
        self.observation.changed = crate::record::now();
        let revision = self.session.begin();
        Action::Save {
            revision,
            observation: Box::new(self.observation.clone()),
        }
    }

    fn changed(&mut self) {
        self.session.changed();
    }
}
