//! The application: owns the records, the rubrics and the screens, and
//! turns what a screen asks for into effects that run off the UI thread.

mod actions;
mod archive;
mod view;

use std::sync::Arc;

use iced::{Subscription, Task, Theme, keyboard, window};

use super::editor::{Edited, Editor, Request};
use super::effect::Effect;
use super::export_panel::Exported;
use super::growth_plan::{self, GrowthPlanScreen};
use super::observation::{self, ObservationScreen};
use super::roster::{self, Roster};
use super::rubric_browser::{self, RubricBrowser};
use super::summary::{self, SummaryScreen};
use super::summative::{self, SummativeScreen};
use crate::files::folders::Folders;
use crate::files::preferences::{Appearance, Preferences};
use crate::record::Educator;
use crate::rubric::Catalog;
use crate::scoring::{self, Profiles};
use crate::workspace::{Contents, ImportReport, Workspace};

/// An open workspace and what it held when last read.
#[derive(Debug)]
pub struct Loaded {
    pub workspace: Arc<Workspace>,
    pub contents: Contents,
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
    summary: SummaryScreen,
    /// The window asked to close; it closes once the record is saved.
    closing: Option<window::Id>,
    /// How the user's locale orders dates typed in figures.
    dates: crate::record::DateOrder,
}

enum WorkspaceState {
    Opening,
    Open {
        workspace: Arc<Workspace>,
        contents: Contents,
    },
    Failed(String),
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
    WorkspaceLoaded(Result<Arc<Loaded>, String>),
    EducatorSaved(Result<Box<Educator>, String>),
    /// An educator was archived or brought back (or why not).
    ArchiveChanged(Result<Box<crate::workspace::ArchiveChange>, String>),
    /// A draft observation was moved to the trash (or why not).
    DraftDeleted(Result<Box<crate::record::Observation>, String>),
    TrashListed(Result<Vec<crate::workspace::TrashItem>, String>),
    RestoredFromTrash(Result<Box<crate::record::Observation>, String>),
    RosterImported(Result<ImportReport, String>),
    BundleExported(Result<(String, std::path::PathBuf), String>),
    FilePicked(roster::FileField, Option<std::path::PathBuf>),
    /// Long work has done `n` of `total` records.
    Progress(super::effect::Work, usize, usize),
    BundleImported(Result<crate::workspace::bundle::ImportOutcome, String>),
    DemoWritten(Result<(), String>),
    CatalogLoaded(Arc<Catalog>),
    ThemeChosen(Appearance),
    PreferencesSaved(Result<(), String>),
    SettingsSaved(Result<crate::workspace::Settings, String>),
    DismissNotice,
    Observation(observation::Message),
    Summative(summative::Message),
    Summary(summary::Message),
    SummaryCompiled(Result<Arc<crate::summary::Summary>, String>, Vec<String>),
    SourcePicked(Option<std::path::PathBuf>),
    Plan(growth_plan::Message),
    Saved {
        revision: u64,
        result: Result<Edited, String>,
    },
    Tick(std::time::Instant),
    Key(keyboard::Key, keyboard::Modifiers),
    CloseRequested(window::Id),
    /// The versions kept of an educator's record.
    EducatorVersions(String, Result<Vec<(u64, Educator)>, String>),
    /// The versions kept of the record being edited.
    VersionsLoaded(Result<Vec<(u64, super::editor::Edited)>, String>),
    Exported(Result<Exported, String>),
    SavePathPicked(Option<std::path::PathBuf>),
    Opened(Result<(), String>),
}

impl App {
    /// The window's first state, and the effect that opens the workspace.
    #[must_use]
    pub fn new(folders: Folders, catalog: Catalog) -> (Self, Effect) {
        let browser = RubricBrowser::new(&catalog);
        let open = Effect::OpenWorkspace(folders.workspace.clone());
        let folders_workspace = folders.workspace.clone();
        let profiles = Arc::new(Profiles::load(&folders.profile_dirs()));
        let app = App {
            user_rubric_folder: folders.rubric_dirs.first().map(|p| p.display().to_string()),
            workspace_label: folders.workspace.display().to_string(),
            folders,
            catalog: Arc::new(catalog),
            profiles,
            preferences: Preferences::default(),
            preferences_file: None,
            screen: Screen::Roster,
            workspace: WorkspaceState::Opening,
            busy: None,
            notice: None,
            roster: Roster::default(),
            browser,
            editor: None,
            summary: SummaryScreen::new(folders_workspace),
            closing: None,
            dates: crate::record::DateOrder::from_env(),
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

    /// The open observation, if any.
    pub fn observation(&self) -> Option<&ObservationScreen> {
        self.editor.as_ref().and_then(Editor::observation)
    }

    /// Ticks for the timer and autosave, shortcuts, and the close button.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![window::close_requests().map(Message::CloseRequested)];
        if self.editor.is_some() {
            subscriptions.push(iced::time::every(std::time::Duration::from_millis(250)).map(tick));
            subscriptions.push(keyboard::listen().filter_map(shortcut));
        }
        Subscription::batch(subscriptions)
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
                let request = match self.editor.as_mut().and_then(Editor::observation_mut) {
                    Some(screen) => screen.update(message).into(),
                    None => Request::None,
                };
                self.request(request)
            }
            Message::Summative(message) => {
                let request = match self.editor.as_mut().and_then(Editor::summative_mut) {
                    Some(screen) => screen.update(message).into(),
                    None => Request::None,
                };
                self.request(request)
            }
            Message::Plan(message) => {
                let request = match self.editor.as_mut().and_then(Editor::plan_mut) {
                    Some(screen) => screen.update(message).into(),
                    None => Request::None,
                };
                self.request(request)
            }
            Message::Summary(message) => match self.summary.update(message) {
                summary::Action::None => vec![],
                summary::Action::Compile { sources, options } => vec![Effect::CompileSummary(
                    sources,
                    Box::new(options),
                    self.catalog.clone(),
                    self.profiles.clone(),
                )],
                summary::Action::BrowseSource { bundle } => vec![Effect::PickSource { bundle }],
                summary::Action::Export {
                    document,
                    path,
                    options,
                } => vec![Effect::Export(document, path, options)],
                summary::Action::BrowseExport(path) => vec![Effect::PickSavePath(path)],
                summary::Action::Open(path) => vec![Effect::OpenPath(path)],
            },
            Message::SummaryCompiled(result, unreadable) => {
                self.summary.compiled(result, unreadable);
                vec![]
            }
            Message::SourcePicked(path) => {
                self.summary.source_picked(path);
                vec![]
            }
            Message::Tick(at) => {
                let request = self.editor.as_mut().map_or(Request::None, |e| e.tick(at));
                self.request(request)
            }
            Message::Key(key, modifiers) => {
                let request = self
                    .editor
                    .as_mut()
                    .map_or(Request::None, |e| e.key(key, modifiers));
                self.request(request)
            }
            Message::Saved { revision, result } => {
                let outcome = result.map(|record| self.store(record));
                let failed = outcome.as_ref().err().cloned();
                let request = self
                    .editor
                    .as_mut()
                    .map_or(Request::None, |e| e.saved(revision, outcome));
                let mut effects = self.request(request);
                if let Some(id) = self.closing {
                    match failed {
                        Some(error) => {
                            self.closing = None;
                            self.notice = Some(format!(
                                "The window was not closed because your work could not be saved: {error}. It is still here."
                            ));
                        }
                        None if self.editor.as_ref().is_none_or(|e| !e.has_unsaved_work()) => {
                            effects.push(Effect::CloseWindow(id));
                        }
                        None => {}
                    }
                }
                effects
            }
            Message::Exported(result) => {
                match (&mut self.editor, self.screen) {
                    (Some(editor), Screen::Editor) => editor.exported(result),
                    _ => self.summary.exported(result),
                }
                vec![]
            }
            Message::SavePathPicked(path) => {
                match (&mut self.editor, self.screen) {
                    (Some(editor), Screen::Editor) => editor.export_path_picked(path),
                    _ => self.summary.export_path_picked(path),
                }
                vec![]
            }
            Message::Opened(result) => {
                if let Err(error) = result {
                    self.notice = Some(format!("{error}."));
                }
                vec![]
            }
            Message::EducatorVersions(id, result) => {
                self.roster.educator_versions(&id, result);
                vec![]
            }
            Message::VersionsLoaded(result) => {
                if let Some(editor) = &mut self.editor {
                    editor.versions_loaded(result);
                }
                vec![]
            }
            Message::CloseRequested(id) => {
                let Some(editor) = &mut self.editor else {
                    return vec![Effect::CloseWindow(id)];
                };
                // A date typed but not understood is not in the record: stay open and say so.
                if let Some(why) = editor.unstored() {
                    self.notice = Some(format!("The window was not closed. {why}"));
                    return vec![];
                }
                // What is being typed is part of the record: the save below keeps it.
                if !editor.is_dirty() {
                    return vec![Effect::CloseWindow(id)];
                }
                self.closing = Some(id);
                if editor.is_saving() {
                    return vec![];
                }
                let request = editor.begin_save();
                self.request(request)
            }
            Message::Browser(message) => match self.browser.update(message, &self.catalog) {
                rubric_browser::Action::None => vec![],
                rubric_browser::Action::ReloadRubrics => {
                    vec![Effect::ReloadRubrics(self.folders.rubric_dirs.clone())]
                }
            },
            Message::WorkspaceLoaded(Ok(loaded)) => {
                // The message is normally the only holder: take the records without copying.
                let Loaded {
                    workspace,
                    contents,
                } = Arc::try_unwrap(loaded).unwrap_or_else(|shared| Loaded {
                    workspace: shared.workspace.clone(),
                    contents: shared.contents.clone(),
                });
                self.workspace = WorkspaceState::Open {
                    workspace,
                    contents,
                };
                vec![]
            }
            Message::WorkspaceLoaded(Err(error)) => {
                self.workspace = WorkspaceState::Failed(error);
                vec![]
            }
            Message::EducatorSaved(Ok(educator)) => {
                if let WorkspaceState::Open { contents, .. } = &mut self.workspace {
                    contents.upsert((*educator).clone());
                }
                self.roster.saved(&educator);
                vec![]
            }
            Message::EducatorSaved(Err(error)) => {
                self.roster.save_failed(error);
                vec![]
            }
            Message::ArchiveChanged(result) => self.archive_changed(result),
            Message::DraftDeleted(result) => self.draft_deleted(result),
            Message::TrashListed(result) => {
                self.roster.trash_listed(result);
                vec![]
            }
            Message::RestoredFromTrash(result) => self.restored_from_trash(result),
            Message::Progress(work, n, total) => {
                match work {
                    super::effect::Work::Demo => {
                        self.busy = Some(format!(
                            "Writing the demo workspace: {n} of {total} records…"
                        ));
                    }
                    super::effect::Work::Import => self.roster.import_progress(n, total),
                }
                vec![]
            }
            Message::FilePicked(field, path) => {
                self.roster.file_picked(field, path);
                vec![]
            }
            Message::BundleExported(result) => {
                self.roster.bundle_exported(result);
                vec![]
            }
            Message::BundleImported(result) => {
                let reload = result.as_ref().is_ok_and(|o| o.added + o.updated > 0);
                self.roster.bundle_imported(result);
                self.reload_if(reload)
            }
            Message::RosterImported(result) => {
                let reload = result.as_ref().is_ok_and(|r| r.imported > 0);
                self.roster.imported(result);
                self.reload_if(reload)
            }
            Message::DemoWritten(result) => {
                self.busy = None;
                if let Err(error) = &result {
                    self.notice = Some(format!("The demo was not written: {error}."));
                }
                self.reload_if(result.is_ok())
            }
            Message::CatalogLoaded(catalog) => {
                self.catalog = catalog;
                self.browser.refresh(&self.catalog);
                vec![]
            }
            Message::ThemeChosen(appearance) => {
                self.preferences.appearance = appearance;
                self.preferences_file
                    .iter()
                    .map(|file| Effect::SavePreferences(file.clone(), self.preferences.clone()))
                    .collect()
            }
            Message::SettingsSaved(result) => self.settings_saved(result),
            Message::PreferencesSaved(result) => {
                if let Err(why) = result {
                    self.notice = Some(format!(
                        "Your preferences (theme, name) could not be remembered: {why}."
                    ));
                }
                vec![]
            }
            Message::DismissNotice => {
                self.notice = None;
                vec![]
            }
        }
    }
}

fn tick(at: std::time::Instant) -> Message {
    Message::Tick(at)
}

fn shortcut(event: keyboard::Event) -> Option<Message> {
    match event {
        keyboard::Event::KeyPressed { key, modifiers, .. } => Some(Message::Key(key, modifiers)),
        _ => None,
    }
}
