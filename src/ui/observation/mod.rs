//! The observation screen: what a principal does in a classroom. Script
//! evidence live with a running timer, tag it to components, rate each
//! component with the level descriptors on screen, hold the conference.
//! Every change is saved by itself shortly after the typing stops.

mod artifacts;
mod choosing;
mod discard;
mod keys;
mod layout;
mod lesson;
mod lookfors;
mod notes;
mod rating;
mod script;
mod sending;
mod timer;
mod timing;
mod visit;

use crate::ui::failure::Failure;
use std::time::{Duration, Instant};

use crate::ui::text_editor;
use iced::keyboard;

pub use crate::ui::autosave::Autosave;
pub use lookfors::LookForMessage;
pub use timer::Timer;

use crate::record::{Educator, Observation, ObservationKind, RatingLevel, match_rubric};
use crate::rubric::{Catalog, Rubric, Suggester, Suggestion, applicable, parse_tags};
use crate::ui::amending::{self, Amending, Outcome};
use crate::ui::edit_session::{EditSession, Editing, Shell, save_if_due, shell};
use crate::ui::editor::{Edited, Request};
use crate::ui::export_panel::{self, Document, ExportPanel};
use crate::ui::status_panel::{self, StatusForm};

/// The note field keeps the focus while scripting.
pub const NOTE_INPUT: &str = "note-input";
/// How often a running timer's reading is saved, in seconds.
const TIMER_SAVE_SECS: u64 = 5;
/// How many suggested components are offered for a note being typed.
const SUGGESTIONS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Lesson,
    Script,
    Rate,
    /// A walkthrough's look-for form.
    LookFors,
    Conference,
    Artifacts,
    History,
}

/// One open observation, its editors and how saving goes.
pub struct ObservationScreen {
    observation: Observation,
    educator: Educator,
    rubric: Option<Rubric>,
    /// The kinds of visit offered (the role's, and the record's own).
    kinds: Vec<crate::rubric::VisitKind>,
    /// Why the ratings may not match the rubric (edited or missing).
    rubric_warning: Option<String>,
    tab: Tab,
    timer: Timer,
    /// Changes after sharing: who signs them, why, the versions kept.
    amending: Amending<Observation>,
    /// A new observation, not yet on disk.
    is_new: bool,
    /// This session's note changes, newest last, for Ctrl+Z.
    undo: Vec<notes::NoteChange>,
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
    /// False for a new observation until its first save.
    on_disk: bool,
    deleting: discard::Deleting,
    /// The Artifacts tab: attaching, listing, opening, removing.
    artifacts: crate::ui::artifact_panel::ArtifactPanel,
    /// The note a search found, shown highlighted.
    found_note: Option<u32>,
    /// Ranks components for the note being typed; learns from each tag chosen.
    suggester: Option<Suggester>,
    /// Tags chosen or removed since the application last collected them, to keep.
    examples: Vec<crate::files::tagging_examples::Example>,
    /// "Send as a packet…": the panel, and an export waiting for a save.
    sending: crate::ui::packet_send::Sending,
    /// The look-for forms of its rubric, and the one its answers name if loaded.
    forms: Vec<crate::rubric::LookForEntry>,
    /// The look-for item the keys answer, by its order on the form.
    lookfor_at: usize,
    /// Why the last form could not be chosen.
    lookfor_error: Option<crate::record::FormError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Kind(ObservationKind),
    /// Whether the educator was told beforehand.
    Announced(bool),
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
    /// Take back the last change to the notes (Ctrl+Z).
    UndoNote,
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
    /// The amendment bar and the History tab.
    Amend(amending::Message),
    /// The Look-fors tab.
    LookFor(LookForMessage),
    SaveNow,
    Back,
    /// Open the export panel.
    ExportPdf,
    Export(export_panel::Message),
    /// Delete this draft into the trash.
    Delete(discard::Message),
    /// The Artifacts tab.
    Artifact(crate::ui::artifact_panel::Message),
    /// Open the panel that sends the observation as a packet.
    SendPacket,
    Packet(crate::ui::packet_send::Message),
    /// Open a copy of a file the educator sent in a response.
    OpenResponseArtifact(Box<crate::record::Artifact>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextField {
    Subject,
    Grade,
    Topic,
    Students,
    Observer,
    CoObserver,
}

impl ObservationScreen {
    /// A new observation of `educator`, not yet on disk: the first change saves it.
    #[must_use]
    pub fn start(educator: &Educator, catalog: &Catalog, now: Instant) -> ObservationScreen {
        let kind = catalog.visits.usual(&educator.role);
        let observation = Observation::start(educator, catalog, kind, None);
        let mut screen = Self::open(observation, educator, catalog, now);
        screen.tab = Tab::Lesson;
        screen.is_new = true;
        screen.on_disk = false;
        screen
    }

    /// An existing observation.
    #[must_use]
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
        let kinds = visit::kinds_for(educator, &observation, catalog);
        let mut screen = ObservationScreen {
            kinds,
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
            undo: Vec::new(),
            amending: Amending::new(&observation, "observation"),
            is_new: false,
            selected: None,
            session: EditSession::new(now),
            show_help: false,
            on_disk: true,
            deleting: discard::Deleting::default(),
            artifacts: crate::ui::artifact_panel::ArtifactPanel::default(),
            found_note: None,
            suggester: catalog
                .get(&observation.rubric_id)
                .map(|e| Suggester::new(&e.rubric, &catalog.vocabulary)),
            examples: Vec::new(),
            sending: crate::ui::packet_send::Sending::default(),
            forms: forms_of(&observation, catalog),
            lookfor_at: 0,
            lookfor_error: None,
            observation,
        };
        screen.select(selected);
        screen
    }

    /// Changes are signed with `name`; a new observation's observer is the user.
    #[must_use]
    pub fn with_signer(mut self, name: &str) -> ObservationScreen {
        self.amending.set_signer(name);
        if self.is_new && !name.trim().is_empty() {
            self.observation.observer = name.trim().to_string();
        }
        self
    }

    /// Dates typed on this screen are read, and prefilled, in `dates`' order.
    #[must_use]
    pub fn with_date_order(mut self, dates: crate::record::DateOrder) -> Self {
        self.status_form = StatusForm::new(&self.educator.name, dates);
        self
    }

    /// Shows where a search found something: the tab that holds it, with
    /// the note highlighted and scrolled into view, or the component's
    /// rationale chosen.
    pub fn show(&mut self, place: &crate::search::Place) -> Request {
        use crate::search::Place;
        let tab = match place {
            Place::LessonTopic | Place::PreConference => Tab::Lesson,
            Place::Evidence { note, .. } => {
                self.found_note = Some(*note);
                Tab::Script
            }
            Place::Rationale { component } => {
                self.select(Some(component.clone()));
                Tab::Rate
            }
            Place::LookForNote { .. } => Tab::LookFors,
            Place::PostConference | Place::Reflection => Tab::Conference,
            Place::AmendmentReason { .. } => Tab::History,
            Place::ArtifactCaption { .. } => Tab::Artifacts,
            _ => return Request::None,
        };
        let request = self.update(Message::Tab(tab));
        let notes = &self.observation.evidence;
        match notes.iter().position(|n| Some(n.id) == self.found_note) {
            // The list is anchored at its end: 0 is the newest note.
            Some(at) if tab == Tab::Script && notes.len() > 1 => Request::Reveal(
                script::NOTES_LIST,
                (notes.len() - 1 - at) as f32 / (notes.len() - 1) as f32,
            ),
            _ => request,
        }
    }

    /// The note a search found, if the screen was opened at one.
    pub fn found_note(&self) -> Option<u32> {
        self.found_note
    }

    /// The component chosen on the Rate tab.
    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// True while a step waits for Confirm or Cancel.
    pub fn is_asking(&self) -> bool {
        self.status_form.is_asking() || self.sending.is_asking()
    }

    pub fn observation(&self) -> &Observation {
        &self.observation
    }

    /// The note being typed.
    pub fn draft(&self) -> &str {
        &self.observation.typing.note
    }

    /// The look-for form the observation's answers name, when it is loaded.
    pub fn form(&self) -> Option<&crate::rubric::LookForEntry> {
        let id = &self.observation.lookfors.as_ref()?.form_id;
        self.forms.iter().find(|e| &e.form.id == id)
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

    /// Suggestions weigh the evaluator's earlier tags too.
    #[must_use]
    pub fn with_examples(mut self, examples: &[crate::files::tagging_examples::Example]) -> Self {
        if let Some(suggester) = &mut self.suggester {
            suggester.learn(examples);
        }
        self
    }

    /// Components suggested for the note being typed: never one already
    /// tagged, typed or clicked, which win over any suggestion.
    pub fn suggestions(&self) -> Vec<Suggestion> {
        let (Some(rubric), Some(suggester)) = (&self.rubric, &self.suggester) else {
            return Vec::new();
        };
        let typed = parse_tags(rubric, &self.observation.typing.note);
        let mut exclude = typed.components.clone();
        exclude.extend(self.observation.typing.tags.iter().cloned());
        suggester.suggest(
            Some(self.educator.level),
            &typed.text,
            &exclude,
            SUGGESTIONS,
        )
    }

    /// The tags chosen and removed since last asked, for the application to keep.
    pub fn take_examples(&mut self) -> Vec<crate::files::tagging_examples::Example> {
        std::mem::take(&mut self.examples)
    }

    /// Each tag given to (`chosen`) or taken from a note is an example:
    /// learned at once for the next notes, and kept for the application.
    fn learn(&mut self, text: &str, tags: &[String], chosen: bool) {
        let Some(suggester) = &mut self.suggester else {
            return;
        };
        let new: Vec<_> = tags
            .iter()
            .map(|t| suggester.example(text, t, chosen))
            .collect();
        suggester.learn(&new);
        self.examples.extend(new);
    }

    pub fn update(&mut self, message: Message) -> Request {
        let now = self.session.clock(match &message {
            Message::Tick(at) => Some(*at),
            _ => None,
        });
        match message {
            Message::Tab(tab) => return self.show_tab(tab),
            Message::Kind(_) | Message::Announced(_) => self.visit_message(&message),
            Message::Context(..)
            | Message::PreConference(_)
            | Message::PostConference(_)
            | Message::Reflection(_)
            | Message::Status(_) => self.lesson_message(message),
            Message::Draft(_)
            | Message::SubmitNote
            | Message::ToggleQuote
            | Message::ToggleNamesStudents
            | Message::ToggleDraftTag(_)
            | Message::AcceptSuggestion(_)
            | Message::EditNote(_)
            | Message::EditText(_)
            | Message::SaveEdit
            | Message::CancelEdit
            | Message::DeleteNote(_)
            | Message::UndoNote
            | Message::RemoveTag(..) => return self.note_message(message, now),
            Message::Key(key, modifiers) => return self.key(key, modifiers),
            Message::ToggleHelp => self.show_help = !self.show_help,
            Message::Amend(message) => return self.amend(message),
            Message::LookFor(message) => self.lookfor_message(message),
            Message::SaveNow => return shell(self, Shell::SaveNow),
            Message::Back => return shell(self, Shell::Back),
            Message::ExportPdf => self.open_export_panel(),
            Message::Delete(message) => return self.delete_message(message),
            Message::Artifact(message) => return self.artifact_message(message),
            Message::Export(message) => return shell(self, Shell::Export(message)),
            message @ (Message::NextComponent | Message::PreviousComponent) => {
                self.rating_message(message);
                // A later tick saves whatever is due: stepping changes nothing.
                return self.reveal_selected();
            }
            Message::SendPacket => self.open_sending(),
            Message::Packet(message) => {
                return crate::ui::packet_send::send_message(self, message);
            }
            Message::OpenResponseArtifact(artifact) => return Request::OpenArtifact(artifact),
            message @ (Message::Select(_)
            | Message::SetLevel(_)
            | Message::ClearRating
            | Message::Rationale(_)) => self.rating_message(message),
            message @ (Message::StartTimer | Message::PauseTimer | Message::Tick(_)) => {
                if let Some(request) = self.timer_message(&message, now) {
                    return request;
                }
            }
        }
        save_if_due(self)
    }

    /// Shows `tab`, with what it needs first: the focus, the versions kept,
    /// the artifacts' files read again.
    fn show_tab(&mut self, tab: Tab) -> Request {
        self.tab = tab;
        match tab {
            Tab::Script => Request::Focus(NOTE_INPUT),
            Tab::Artifacts => self.artifact_outcome(
                crate::ui::artifact_panel::ArtifactPanel::check(&self.observation.artifacts),
            ),
            Tab::History => {
                Request::LoadVersions(Edited::Observation(Box::new(self.observation.clone())))
            }
            Tab::Lesson | Tab::Rate | Tab::LookFors | Tab::Conference => save_if_due(self),
        }
    }

    /// The parent finished a save of `revision`.
    pub fn saved(&mut self, revision: u64, result: Result<(), Failure>) -> Request {
        let ok = result.is_ok();
        self.on_disk |= ok;
        let close = self.session.saved(revision, result);
        if !ok {
            self.delete_save_failed();
        }
        match self.delete_when_saved() {
            Request::None if close => self.close(),
            Request::None => crate::ui::packet_send::saved(self, ok),
            action => action,
        }
    }

    /// True while something typed is not yet on disk.
    pub fn has_unsaved_work(&self) -> bool {
        self.session.autosave.is_dirty()
    }

    fn changed(&mut self) {
        self.session.changed();
    }

    fn amend(&mut self, message: amending::Message) -> Request {
        match self.amending.update(message, &self.observation) {
            Outcome::None => {}
            Outcome::Retry => {
                if self.session.autosave.is_dirty() {
                    self.changed();
                }
            }
            Outcome::Remember(name) => return Request::RememberName(name),
            Outcome::LoadVersions => {
                return Request::LoadVersions(Edited::Observation(Box::new(
                    self.observation.clone(),
                )));
            }
            Outcome::Restore(content) => {
                self.observation = *content;
                self.pre_conference =
                    text_editor::Content::with_text(&self.observation.pre_conference);
                self.post_conference =
                    text_editor::Content::with_text(&self.observation.post_conference);
                self.reflection = text_editor::Content::with_text(&self.observation.reflection);
                self.select(self.selected.clone());
                self.changed();
            }
        }
        Request::None
    }

    /// The versions kept on disk arrived.
    pub fn versions_loaded(&mut self, versions: Result<Vec<(u64, Observation)>, Failure>) {
        self.amending.versions_loaded(versions);
    }

    /// The export panel, offering a file name from the date, the kind and the person.
    fn open_export_panel(&mut self) {
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
}

impl Editing for ObservationScreen {
    fn session_mut(&mut self) -> &mut EditSession {
        &mut self.session
    }

    fn begin_save(&mut self) -> Request {
        self.observation.duration_secs = self.timer.elapsed(self.session.now()).as_secs();
        self.observation.changed = crate::record::now();
        if !self
            .amending
            .settle(&mut self.observation, self.rubric.as_ref())
        {
            return Request::None;
        }
        let revision = self.session.begin();
        Request::Save {
            revision,
            record: Edited::Observation(Box::new(self.observation.clone())),
        }
    }

    fn close(&self) -> Request {
        Request::Close {
            educator_id: self.observation.educator_id.clone(),
        }
    }

    fn document(&self) -> Document {
        Document::Observation {
            observation: Box::new(self.observation.clone()),
            educator: Box::new(self.educator.clone()),
            rubric: self.rubric.clone().map(Box::new),
            form: self.form().map(|e| Box::new(e.form.clone())),
            visit: Box::new(self.visit_kind().into_owned()),
        }
    }
}

/// The forms a walkthrough of this rubric may use, with the one its answers
/// name first kept even when it goes with another rubric.
fn forms_of(observation: &Observation, catalog: &Catalog) -> Vec<crate::rubric::LookForEntry> {
    let named = observation.lookfors.as_ref().map(|a| a.form_id.as_str());
    catalog
        .lookfors
        .iter()
        .filter(|e| e.form.rubric == observation.rubric_id || Some(e.form.id.as_str()) == named)
        .cloned()
        .collect()
}
