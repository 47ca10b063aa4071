//! The application: owns the records, the rubrics and the screens, and
//! turns what a screen asks for into effects that run off the UI thread.

mod about_box;
mod actions;
mod archive;
mod calendar;
mod found;
mod listeners;
mod packets;
mod reading;
mod replies;
mod results;
mod tagging;
mod view;

use std::sync::Arc;

use iced::{Task, Theme, keyboard, window};

use super::background::{Effect, Job};
use super::editor::{Edited, Editor, Request};
use super::export_panel::Exported;
use super::failure::Failure;
use super::growth_plan::{self, GrowthPlanScreen};
use super::observation::{self, ObservationScreen};
use super::roster::{self, Roster};
use super::rubric_browser::{self, RubricBrowser};
use super::self_assessment::{self, SelfAssessmentScreen};
use super::summary::{self, SummaryScreen};
use super::summative::{self, SummativeScreen};
use crate::files::folders::Folders;
use crate::files::preferences::{Appearance, Preferences};
use crate::record::Educator;
use crate::rubric::Catalog;
use crate::scoring::{self, Profiles};
use crate::workspace::{Contents, ImportReport, Progress, Workspace};

/// An open workspace and its educators, as first read; the rest is read
/// into the same progress.
#[derive(Debug)]
pub struct Loaded {
    pub workspace: Arc<Workspace>,
    pub contents: Contents,
    pub progress: Arc<Progress>,
}

/// The whole state of the window.
pub struct App {
    folders: Folders,
    /// Shown so a district knows where to save its own rubric files.
    user_rubric_folder: Option<String>,
    /// The workspace folder, as shown to the user.
    workspace_label: String,
    catalog: Arc<Catalog>,
    profiles: Arc<Profiles>,
    preferences: Preferences,
    /// Where the preferences are remembered; `None` remembers nothing (tests,
    /// or a file that could not be read and so must not be overwritten).
    preferences_file: Option<std::path::PathBuf>,
    screen: Screen,
    workspace: WorkspaceState,
    /// Long work under way (the demo), said in words.
    busy: Option<String>,
    /// The last problem that belongs to no screen, until dismissed.
    notice: Option<String>,
    roster: Roster,
    browser: RubricBrowser,
    /// The record being edited, if any.
    editor: Option<Editor>,
    /// Counts the editors opened; the open one's number addresses the
    /// answers to its work, so no other editor receives them.
    editing: u64,
    summary: SummaryScreen,
    /// The window asked to close; it closes once the record is saved.
    closing: Option<window::Id>,
    /// How the user's locale orders dates typed in figures.
    dates: crate::record::DateOrder,
    /// Where the derived index of workspaces is kept, for reading the
    /// educators; `None` reads every file.
    index: Option<crate::files::folders::IndexPlace>,
    /// The search panel, over whatever screen is open.
    search: super::search::SearchPanel,
    /// The keyboard help, over the screen (the observation has its own).
    help: bool,
    /// An observation being read to open where a search found it.
    opening_at: Option<(String, crate::search::Place)>,
    /// The About box, while it is open.
    about: Option<crate::about::About>,
    /// What suggestions learned from the user's tags, and where it is kept.
    tagging: tagging::Tagging,
}

#[allow(
    clippy::large_enum_variant,
    reason = "one value for the window's whole life, mostly `Open`: boxing the contents saves nothing"
)]
enum WorkspaceState {
    /// Reading the educators, this far.
    Opening(Arc<Progress>),
    Open {
        workspace: Arc<Workspace>,
        contents: Contents,
        rest: Rest,
    },
    Failed(Failure),
}

/// The records other than educators: the roster is usable without them,
/// but nothing that counts or lists them is shown until they are all read.
#[derive(Debug)]
enum Rest {
    /// Being read into this progress (which names the reading).
    Reading(Arc<Progress>),
    /// Read and joined into the contents.
    Read,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Roster,
    Rubrics,
    Summary,
    /// The record being edited fills the window.
    Editor,
}

#[derive(Debug, Clone)]
pub enum Message {
    Show(Screen),
    Roster(roster::Message),
    Browser(rubric_browser::Message),
    /// The workspace opened and its educators read (or why not).
    WorkspaceLoaded(Result<Arc<Loaded>, Failure>),
    /// The rest of the records, read into this progress.
    RestLoaded(Arc<Progress>, Box<Contents>),
    /// Time to show how far reading has come.
    ReadingTick,
    /// The observation `id`, read whole to be opened (or why not).
    ObservationRead(String, Result<Box<crate::record::Observation>, Failure>),
    EducatorSaved(Result<Box<Educator>, Failure>),
    /// An educator was archived or brought back (or why not).
    ArchiveChanged(Result<Box<crate::workspace::ArchiveChange>, Failure>),
    /// A draft observation was moved to the trash (or why not).
    DraftDeleted(Result<Box<crate::record::Observation>, Failure>),
    TrashListed(Result<Vec<crate::workspace::TrashItem>, Failure>),
    ScheduleLoaded(Result<Arc<crate::schedule::Schedule>, Failure>),
    VisitPlanned(Result<Box<crate::record::PlannedVisit>, Failure>),
    RestoredFromTrash(Result<Box<crate::record::Observation>, Failure>),
    RosterImported(Result<ImportReport, Failure>),
    /// The roster plan numbered so, for the import panel that asked.
    RosterPlanned(u64, Result<super::roster::import::Preview, Failure>),
    BundleExported(Result<(String, std::path::PathBuf), Failure>),
    FilePicked(roster::FileField, Option<std::path::PathBuf>),
    /// Long work has done `n` of `total` records.
    Progress(super::background::Work, usize, usize),
    /// A batch of documents ended: what it did and what was asked, or why nothing was written.
    BatchWritten(
        Result<
            Box<(
                crate::report::batch::BatchOutcome,
                crate::report::batch::BatchRequest,
            )>,
            Failure,
        >,
    ),
    BundleImported(Result<crate::workspace::bundle::ImportOutcome, Failure>),
    DemoWritten(Result<(), Failure>),
    CatalogLoaded(Arc<Catalog>),
    ThemeChosen(Appearance),
    /// Ctrl+= (`Some(true)`), Ctrl+- (`Some(false)`), Ctrl+0 (`None`: normal size).
    TextSize(Option<bool>),
    PreferencesSaved(Result<(), Failure>),
    /// Tags were added to the examples (and a damaged file set aside first, if one was).
    TagsLearned(Result<Option<crate::files::tagging_examples::SetAside>, Failure>),
    /// The examples were removed; how many there were.
    TaggingForgotten(Result<usize, Failure>),
    SettingsSaved(Result<crate::workspace::Settings, Failure>),
    DismissNotice,
    Observation(observation::Message),
    Summative(summative::Message),
    Summary(summary::Message),
    SummaryCompiled(Result<Arc<crate::summary::Summary>, Failure>, Vec<Failure>),
    SourcePicked(Option<std::path::PathBuf>),
    Plan(growth_plan::Message),
    SelfAssessment(self_assessment::Message),
    /// The answer to work the editor numbered so asked for.
    ForEditor(u64, Box<Message>),
    Saved {
        revision: u64,
        result: Result<Edited, Failure>,
    },
    /// A student measure was saved (or why not).
    MeasureSaved(Result<Box<crate::record::Measure>, Failure>),
    /// A student measure was removed (or why not).
    MeasureRemoved(Result<Box<crate::record::Measure>, Failure>),
    Tick(std::time::Instant),
    Key(keyboard::Key, keyboard::Modifiers),
    CloseRequested(window::Id),
    /// F1: show or hide the keyboard help of the screen.
    ToggleHelp,
    /// Esc: the help, if shown, goes.
    CloseHelp,
    /// Tab (`false`) or Shift+Tab (`true`) that no field took.
    TabPressed(bool),
    /// The size of the screen the window opened on, if the desktop says.
    ScreenMeasured(window::Id, Option<iced::Size>),
    /// The versions kept of an educator's record.
    EducatorVersions(String, Result<Vec<(u64, Educator)>, Failure>),
    /// The versions kept of the record being edited.
    VersionsLoaded(Result<Vec<(u64, super::editor::Edited)>, Failure>),
    Exported(Result<Exported, Failure>),
    SavePathPicked(Option<std::path::PathBuf>),
    Opened(Result<(), Failure>),
    /// A file copied into the workspace's artifacts (or why not).
    ArtifactStored(Result<crate::workspace::StoredFile, Failure>),
    /// The file dialog for an artifact closed.
    ArtifactPicked(Option<std::path::PathBuf>),
    /// What reading each artifact's file found.
    ArtifactsChecked(Vec<(String, crate::workspace::BlobState)>),
    /// A file was dropped onto the window.
    FileDropped(std::path::PathBuf),
    /// The search panel (see `ui::search`).
    Search(super::search::Message),
    /// Open (`true`) or close the About box.
    About(bool),
    /// A packet was exported (or why not), for the screen that asked.
    PacketExported(Result<Box<crate::workspace::packet::Exported>, Failure>),
    /// A request for a self-assessment was exported (or why not), for the roster.
    RequestExported(Result<Box<crate::workspace::packet::Exported>, Failure>),
    /// A response read and checked, for the roster's import.
    ResponsePreviewed(Result<Arc<crate::workspace::packet::Preview>, Failure>),
    ResponseImported(Result<Box<crate::workspace::packet::Imported>, Failure>),
    /// The packets the workspace sent, and the log files that do not read.
    SentPackets(Arc<Vec<crate::workspace::packet::SentPacket>>, Vec<String>),
}

impl App {
    /// The window's first state, and the effect that opens the workspace
    /// (reading every file: no index).
    #[must_use]
    pub fn new(folders: Folders, catalog: Catalog) -> (Self, Effect) {
        Self::with_index(folders, catalog, None)
    }

    /// As [`App::new`], reading the educators through (and keeping up to
    /// date) the derived index at `index`, as the running window does.
    #[must_use]
    pub fn with_index(
        folders: Folders,
        catalog: Catalog,
        index: Option<crate::files::folders::IndexPlace>,
    ) -> (Self, Effect) {
        let browser = RubricBrowser::new(&catalog);
        let progress = Arc::new(Progress::default());
        let open =
            Job::OpenWorkspace(folders.workspace.clone(), progress.clone(), index.clone()).into();
        let folders_workspace = folders.workspace.clone();
        let profiles = Arc::new(Profiles::load(&folders.profile_dirs()));
        let mut roster = Roster::default();
        roster.set_rule_sets(Arc::new(crate::schedule::RuleSets::load(
            &folders.rules_dirs(),
        )));
        let summary = SummaryScreen::new(folders_workspace, &profiles);
        let app = App {
            user_rubric_folder: folders.rubric_dirs.first().map(|p| p.display().to_string()),
            // Where the folder really is, even when it was given relative to here.
            workspace_label: std::path::absolute(&folders.workspace)
                .unwrap_or_else(|_| folders.workspace.clone())
                .display()
                .to_string(),
            folders,
            catalog: Arc::new(catalog),
            profiles,
            preferences: Preferences::default(),
            preferences_file: None,
            screen: Screen::Roster,
            workspace: WorkspaceState::Opening(progress),
            busy: None,
            notice: None,
            roster,
            browser,
            editor: None,
            editing: 0,
            summary,
            closing: None,
            dates: crate::record::DateOrder::from_env(),
            index,
            search: super::search::SearchPanel::default(),
            help: false,
            opening_at: None,
            about: None,
            tagging: tagging::Tagging::default(),
        };
        (app, open)
    }

    /// Uses the preferences read from `file` at start and remembers later
    /// choices there. A file that could not be read is left as it is: the
    /// user is told, and nothing is remembered until it is fixed or removed.
    #[must_use]
    pub fn with_preferences(
        mut self,
        file: std::path::PathBuf,
        read: Result<Option<Preferences>, String>,
    ) -> Self {
        match read {
            Ok(preferences) => {
                self.preferences = preferences.unwrap_or_default();
                self.roster.set_user_name(&self.preferences.name);
                self.preferences_file = Some(file);
            }
            Err(why) => {
                self.notice = Some(format!(
                    "Your saved preferences ({}) could not be read: {why}. The theme you choose \
                     is used but not remembered until that file is fixed or removed.",
                    file.display()
                ));
            }
        }
        self
    }

    /// Shows the file the program was started to open in the exchange
    /// panel: a bundle ready to import once its passphrase is typed, a
    /// response ready to preview.
    #[must_use]
    pub fn opening(mut self, handed: &crate::workspace::handed_file::HandedFile) -> Self {
        use crate::ui::roster::FileField::{BundleToRead, ResponseToRead};
        use crate::workspace::handed_file::FileKind;
        match handed.kind {
            FileKind::Bundle { .. } => self.roster.import_from(BundleToRead, &handed.path),
            FileKind::Response => self.roster.import_from(ResponseToRead, &handed.path),
            // `open` hands a packet to the educator's window, never to this one.
            FileKind::Packet => {}
        }
        self
    }

    /// Reads dates typed in figures in `dates`' order, not the locale's (tests).
    #[must_use]
    pub fn with_date_order(mut self, dates: crate::record::DateOrder) -> Self {
        self.dates = dates;
        self
    }

    #[must_use]
    pub fn preferences(&self) -> Preferences {
        self.preferences.clone()
    }

    #[must_use]
    pub fn title(&self) -> String {
        match &self.workspace {
            WorkspaceState::Open { workspace, .. } if workspace.read_only_reason().is_some() => {
                "teacher-eval (read-only)".to_string()
            }
            _ => "teacher-eval".to_string(),
        }
    }

    #[must_use]
    pub fn theme(&self) -> Option<Theme> {
        super::theme::of(self.preferences.appearance)
    }

    /// How large the window draws everything: the text size chosen.
    #[must_use]
    pub fn scale_factor(&self) -> f32 {
        self.preferences.text_size.factor()
    }

    #[must_use]
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    #[must_use]
    pub fn screen(&self) -> Screen {
        self.screen
    }

    #[must_use]
    pub fn browser(&self) -> &RubricBrowser {
        &self.browser
    }

    #[must_use]
    pub fn roster(&self) -> &Roster {
        &self.roster
    }

    /// The district summary screen.
    #[must_use]
    pub fn summary(&self) -> &SummaryScreen {
        &self.summary
    }

    /// The open summative evaluation, if any.
    pub fn summative(&self) -> Option<&SummativeScreen> {
        self.editor.as_ref().and_then(Editor::summative)
    }

    /// The open growth plan, if any.
    pub fn plan(&self) -> Option<&GrowthPlanScreen> {
        self.editor.as_ref().and_then(Editor::plan)
    }

    /// The open self-assessment, if any.
    pub fn self_assessment(&self) -> Option<&SelfAssessmentScreen> {
        self.editor.as_ref().and_then(Editor::self_assessment)
    }

    /// The open observation, if any.
    pub fn observation(&self) -> Option<&ObservationScreen> {
        self.editor.as_ref().and_then(Editor::observation)
    }

    /// The records as last read, once the workspace is open.
    #[must_use]
    pub fn contents(&self) -> Option<&Contents> {
        match &self.workspace {
            WorkspaceState::Open { contents, .. } => Some(contents),
            _ => None,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        Task::batch(self.handle(message).into_iter().map(Effect::into_task))
    }

    /// Applies a message and returns the work it calls for.
    pub fn handle(&mut self, message: Message) -> Vec<Effect> {
        match message {
            Message::Show(screen) => {
                self.screen = screen;
                vec![]
            }
            Message::Roster(message) => {
                let WorkspaceState::Open { contents, .. } = &self.workspace else {
                    return vec![];
                };
                let action = self.roster.update(message, contents, &self.catalog);
                self.roster_action(action)
            }
            Message::Observation(message) => {
                self.edit_learning(|e| e.observation_mut().map(|s| s.update(message)))
            }
            Message::Summative(message) => {
                self.edit(|e| e.summative_mut().map(|s| s.update(message)))
            }
            Message::Plan(message) => self.edit(|e| e.plan_mut().map(|s| s.update(message))),
            Message::SelfAssessment(message) => {
                self.edit(|e| e.self_assessment_mut().map(|s| s.update(message)))
            }
            Message::Tick(at) => self.edit(|e| Some(e.tick(at))),
            Message::About(open) => self.show_about(open),
            Message::Search(message) => self.search_message(message),
            Message::Key(key, modifiers) => self.key(key, modifiers),
            Message::Summary(message) => self.summary_message(message),
            Message::Browser(message) => match self.browser.update(message, &self.catalog) {
                rubric_browser::Action::None => vec![],
                rubric_browser::Action::ReloadRubrics => {
                    vec![Job::ReloadRubrics(self.folders.rubric_dirs.clone()).into()]
                }
                rubric_browser::Action::ForgetTagging => self.forget_tagging(),
            },
            Message::ForEditor(editor, reply) => {
                let asked = self.editor.is_some() && editor == self.editing;
                self.editor_reply(asked, *reply)
            }
            // Unaddressed, these belong to no open editor.
            reply @ (Message::Saved { .. }
            | Message::MeasureSaved(_)
            | Message::MeasureRemoved(_)
            | Message::Exported(_)
            | Message::SavePathPicked(_)
            | Message::VersionsLoaded(_)
            | Message::ArtifactStored(_)
            | Message::ArtifactPicked(_)
            | Message::ArtifactsChecked(_)
            | Message::PacketExported(_)) => self.editor_reply(false, reply),
            Message::FileDropped(path) => self.file_dropped(path),
            Message::CloseRequested(id) => self.close_requested(id),
            Message::ToggleHelp => {
                // The observation's own help answers F1 there.
                if self.observation().is_none() || self.screen != Screen::Editor {
                    self.help = !self.help;
                }
                vec![]
            }
            Message::CloseHelp => {
                self.help = false;
                vec![]
            }
            Message::TabPressed(back) if !self.tab_is_taken() => {
                vec![Job::FocusNext(back).into()]
            }
            Message::TabPressed(_) => vec![],
            Message::ScreenMeasured(id, screen) => screen
                .and_then(|screen| super::window_fit::fitted(super::window_fit::WANTED, screen))
                .map(|size| Job::ResizeWindow(id, size).into())
                .into_iter()
                .collect(),
            result => self.result(result),
        }
    }

    /// Gives `ask` the open editor; what it asks for becomes work.
    fn edit(&mut self, ask: impl FnOnce(&mut Editor) -> Option<Request>) -> Vec<Effect> {
        match self.editor.as_mut().and_then(ask) {
            Some(request) => self.request(request),
            None => vec![],
        }
    }

    /// Opens an observation's editor, signed and dated as the user prefers.
    fn open_observation(&mut self, screen: ObservationScreen) {
        let screen = screen
            .with_signer(&self.preferences.name)
            .with_date_order(self.dates)
            .with_examples(self.tagging.examples());
        self.open_editor(Editor::Observation(Box::new(screen)));
    }

    /// Opens `editor` over the whole window, under a number of its own.
    fn open_editor(&mut self, editor: Editor) {
        self.editing += 1;
        self.editor = Some(editor);
        self.screen = Screen::Editor;
    }

    /// A file dialog that answered nothing was cancelled, or could not be
    /// shown (a desktop with no portal answers at once): say what to do.
    fn say_if_nothing_picked(&mut self, picked: Option<&std::path::PathBuf>) {
        if picked.is_none() {
            self.notice = Some(NOTHING_PICKED.to_string());
        }
    }

    fn summary_message(&mut self, message: summary::Message) -> Vec<Effect> {
        if let summary::Message::SavePathPicked(path) = &message {
            self.say_if_nothing_picked(path.as_ref());
        }
        let work = match self.summary.update(message) {
            summary::Action::None => return vec![],
            summary::Action::Compile { sources, options } => Job::CompileSummary(
                sources,
                Box::new(options),
                self.catalog.clone(),
                self.profiles.clone(),
            ),
            summary::Action::BrowseSource { bundle } => Job::PickSource { bundle },
            summary::Action::Export {
                document,
                path,
                options,
            } => Job::Export(document, path, options),
            summary::Action::BrowseExport(path) => Job::PickSavePath(path),
            summary::Action::Open(path) => Job::OpenPath(path),
        };
        vec![Effect::from(work).map(to_summary)]
    }

    /// The window's close button: close now, or once the record (and a
    /// student measure being stored) is saved.
    fn close_requested(&mut self, id: window::Id) -> Vec<Effect> {
        let Some(editor) = &mut self.editor else {
            return vec![Job::CloseWindow(id).into()];
        };
        // A date typed but not understood is not in the record: stay open and say so.
        if let Some(why) = editor.unstored() {
            self.notice = Some(format!("The window was not closed. {why}"));
            return vec![];
        }
        // What is being typed is part of the record: the save below keeps it.
        if !editor.is_dirty() && !editor.is_storing_measure() {
            return vec![Job::CloseWindow(id).into()];
        }
        self.closing = Some(id);
        if !editor.is_dirty() || editor.is_saving() {
            return vec![];
        }
        let request = editor.begin_save();
        self.request(request)
    }
}

/// What a file dialog that chose nothing leaves said.
pub const NOTHING_PICKED: &str = "No file was chosen. If no file dialog appeared, this desktop offers none: type the path in the field instead.";

/// The summary's export answers go to the summary, whatever is showing.
fn to_summary(reply: Message) -> Message {
    match reply {
        Message::Exported(result) => Message::Summary(summary::Message::Exported(result)),
        Message::SavePathPicked(path) => Message::Summary(summary::Message::SavePathPicked(path)),
        other => other,
    }
}
