//! The application: owns the records, the rubrics and the screens, and
//! turns what a screen asks for into effects that run off the UI thread.

use std::sync::Arc;

use iced::widget::{Column, button, column, container, pick_list, row, space, text};
use iced::{Element, Fill, Subscription, Task, Theme, keyboard, window};

use super::editor::{Edited, Editor, Request};
use super::effect::Effect;
use super::export_panel::Exported;
use super::growth_plan::{self, GrowthPlanScreen};
use super::observation::{self, ObservationScreen};
use super::roster::{self, Roster};
use super::rubric_browser::{self, RubricBrowser};
use super::summary::{self, SummaryScreen};
use super::summative::{self, SummativeScreen};
use super::theme::{self, ThemeChoice};
use crate::folders::Folders;
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
    theme: ThemeChoice,
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
    RosterImported(Result<ImportReport, String>),
    DemoWritten(Result<(), String>),
    CatalogLoaded(Arc<Catalog>),
    ThemeChosen(ThemeChoice),
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
    Exported(Result<Exported, String>),
    SavePathPicked(Option<std::path::PathBuf>),
    Opened(Result<(), String>),
}

impl App {
    /// The window's first state, and the effect that opens the workspace.
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
            theme: ThemeChoice::default(),
            screen: Screen::Roster,
            workspace: WorkspaceState::Opening,
            busy: None,
            notice: None,
            roster: Roster::default(),
            browser,
            editor: None,
            summary: SummaryScreen::new(folders_workspace),
            closing: None,
        };
        (app, open)
    }

    pub fn title(&self) -> String {
        match &self.workspace {
            WorkspaceState::Open { workspace, .. } if workspace.read_only_reason().is_some() => {
                "teacher-eval (read-only)".to_string()
            }
            _ => "teacher-eval".to_string(),
        }
    }

    pub fn theme(&self) -> Option<Theme> {
        self.theme.theme()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn browser(&self) -> &RubricBrowser {
        &self.browser
    }

    pub fn roster(&self) -> &Roster {
        &self.roster
    }

    /// The district summary screen.
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
                summary::Action::BrowseSource => vec![Effect::PickSource],
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
            Message::CloseRequested(id) => {
                let Some(editor) = &mut self.editor else {
                    return vec![Effect::CloseWindow(id)];
                };
                // Whatever is typed becomes part of the record before the window goes.
                editor.keep_typed_text();
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
                    match contents.educators.iter_mut().find(|e| e.id == educator.id) {
                        Some(existing) => *existing = (*educator).clone(),
                        None => contents.educators.push((*educator).clone()),
                    }
                    contents.educators.sort_by(|a, b| {
                        a.name
                            .to_lowercase()
                            .cmp(&b.name.to_lowercase())
                            .then(a.id.cmp(&b.id))
                    });
                }
                self.roster.saved(&educator);
                vec![]
            }
            Message::EducatorSaved(Err(error)) => {
                self.roster.save_failed(error);
                vec![]
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
            Message::ThemeChosen(choice) => {
                self.theme = choice;
                vec![]
            }
            Message::DismissNotice => {
                self.notice = None;
                vec![]
            }
        }
    }

    /// What the roster asked for, as work.
    fn roster_action(&mut self, action: roster::Action) -> Vec<Effect> {
        let WorkspaceState::Open {
            workspace,
            contents,
        } = &self.workspace
        else {
            return vec![];
        };
        match action {
            roster::Action::None => vec![],
            roster::Action::Focus(id) => vec![Effect::Focus(id)],
            roster::Action::Save(educator) => {
                vec![Effect::SaveEducator(workspace.clone(), educator)]
            }
            roster::Action::Import(path) => {
                vec![Effect::ImportRoster(
                    workspace.clone(),
                    path,
                    self.catalog.clone(),
                )]
            }
            roster::Action::LoadDemo => {
                self.busy = Some("Writing the demo workspace…".into());
                vec![Effect::LoadDemo(workspace.clone(), self.catalog.clone())]
            }
            roster::Action::StartObservation(id) => {
                if let Some(educator) = contents.educator(&id) {
                    self.editor = Some(Editor::Observation(Box::new(ObservationScreen::start(
                        educator,
                        &self.catalog,
                        std::time::Instant::now(),
                    ))));
                    self.screen = Screen::Editor;
                }
                vec![]
            }
            roster::Action::OpenSummative { educator_id, year } => {
                self.open_summative(&educator_id, &year);
                vec![]
            }
            roster::Action::OpenPlan { educator_id, year } => {
                self.open_plan(&educator_id, &year, None);
                vec![]
            }
            roster::Action::OpenObservation(id) => {
                let found = contents
                    .observation(&id)
                    .and_then(|o| contents.educator(&o.educator_id).map(|e| (o, e)));
                match found {
                    Some((o, educator)) => {
                        self.editor = Some(Editor::Observation(Box::new(ObservationScreen::open(
                            o.clone(),
                            educator,
                            &self.catalog,
                            std::time::Instant::now(),
                        ))));
                        self.screen = Screen::Editor;
                    }
                    None => {
                        self.notice = Some(format!("The observation `{id}` could not be opened."))
                    }
                }
                vec![]
            }
        }
    }

    /// What the editor asked for, as work.
    fn request(&mut self, request: Request) -> Vec<Effect> {
        match request {
            Request::None => vec![],
            Request::Focus(id) => vec![Effect::Focus(id)],
            Request::Save { revision, record } => match &self.workspace {
                WorkspaceState::Open { workspace, .. } => {
                    vec![Effect::Save(workspace.clone(), revision, record)]
                }
                _ => vec![],
            },
            Request::Close { educator_id } => {
                self.editor = None;
                self.roster.show_educator(&educator_id);
                self.screen = Screen::Roster;
                vec![]
            }
            Request::Export {
                document,
                path,
                options,
            } => vec![Effect::Export(document, path, options)],
            Request::Browse(path) => vec![Effect::PickSavePath(path)],
            Request::Open(path) => vec![Effect::OpenPath(path)],
            Request::CreatePlan(plan) => {
                self.open_plan(
                    &plan.educator_id.clone(),
                    &plan.school_year.clone(),
                    Some(*plan),
                );
                vec![]
            }
        }
    }

    /// Opens the educator's summative evaluation for `year`, or a new draft.
    fn open_summative(&mut self, educator_id: &str, year: &str) {
        let WorkspaceState::Open { contents, .. } = &self.workspace else {
            return;
        };
        let Some(educator) = contents.educator(educator_id) else {
            return;
        };
        let summative = contents
            .summatives
            .iter()
            .find(|s| s.educator_id == educator_id && s.school_year == year)
            .cloned()
            .unwrap_or_else(|| scoring::new_summative(educator, year, scoring::DEFAULT_PROFILE));
        let observations = contents.observations_of(educator_id).cloned().collect();
        self.editor = Some(Editor::Summative(Box::new(SummativeScreen::new(
            summative,
            educator,
            observations,
            self.catalog.clone(),
            self.profiles.clone(),
            std::time::Instant::now(),
        ))));
        self.screen = Screen::Editor;
    }

    /// Opens the educator's growth plan for `year`: the stored one, else
    /// `proposed`, else one proposed from the year's evaluation.
    fn open_plan(
        &mut self,
        educator_id: &str,
        year: &str,
        proposed: Option<crate::record::GrowthPlan>,
    ) {
        let WorkspaceState::Open { contents, .. } = &self.workspace else {
            return;
        };
        let Some(educator) = contents.educator(educator_id) else {
            return;
        };
        let observations: Vec<crate::record::Observation> =
            contents.observations_of(educator_id).cloned().collect();
        let summative = contents
            .summatives
            .iter()
            .find(|s| s.educator_id == educator_id && s.school_year == year)
            .cloned()
            .unwrap_or_else(|| scoring::new_summative(educator, year, scoring::DEFAULT_PROFILE));
        let scored = scoring::score(
            &summative,
            educator,
            &observations,
            &self.catalog,
            &self.profiles,
        );
        let required = scored
            .as_ref()
            .is_ok_and(|s| s.outcome.improvement_plan_required);
        let existing = contents
            .growth_plans
            .iter()
            .find(|p| p.educator_id == educator_id && p.school_year == year)
            .cloned();
        let rubric = self
            .catalog
            .get(&educator.rubric_id)
            .map(|e| e.rubric.clone());
        let (plan, is_new) = match (existing, proposed) {
            (Some(plan), _) => (plan, false),
            (None, Some(plan)) => (plan, true),
            (None, None) => match &scored {
                Ok(scored) => (
                    scoring::plan_from_summative(
                        educator,
                        year,
                        &summative.id,
                        &scored.outcome,
                        scored.rubric,
                    ),
                    true,
                ),
                // Without its rubric or profile nothing can be proposed: start blank.
                Err(_) => (scoring::blank_plan(educator, year), true),
            },
        };
        self.editor = Some(Editor::Plan(Box::new(GrowthPlanScreen::new(
            plan,
            educator,
            rubric,
            required,
            is_new,
            std::time::Instant::now(),
        ))));
        self.screen = Screen::Editor;
    }

    /// Keeps the in-memory records in step with what was just saved.
    fn store(&mut self, record: Edited) {
        let WorkspaceState::Open { contents, .. } = &mut self.workspace else {
            return;
        };
        match record {
            Edited::Summative(saved) => {
                match contents.summatives.iter_mut().find(|s| s.id == saved.id) {
                    Some(existing) => *existing = *saved,
                    None => contents.summatives.push(*saved),
                }
            }
            Edited::GrowthPlan(saved) => {
                match contents.growth_plans.iter_mut().find(|p| p.id == saved.id) {
                    Some(existing) => *existing = *saved,
                    None => contents.growth_plans.push(*saved),
                }
            }
            Edited::Observation(saved) => {
                match contents.observations.iter_mut().find(|o| o.id == saved.id) {
                    Some(existing) => *existing = *saved,
                    None => {
                        contents.observations.push(*saved);
                        contents
                            .observations
                            .sort_by(|a, b| a.started_at.cmp(&b.started_at).then(a.id.cmp(&b.id)));
                    }
                }
            }
        }
    }

    fn reload_if(&self, reload: bool) -> Vec<Effect> {
        match &self.workspace {
            WorkspaceState::Open { workspace, .. } if reload => {
                vec![Effect::Reload(workspace.clone())]
            }
            _ => vec![],
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let tab = |label: &'static str, screen: Screen| {
            button(text(label).size(15))
                .padding([4, 10])
                .style(theme::list_item(self.screen == screen))
                .on_press(Message::Show(screen))
        };
        let header = container(
            row![
                text("teacher-eval").font(theme::BOLD).size(18),
                tab("Educators", Screen::Roster),
                tab("Summary", Screen::Summary),
                tab("Rubrics", Screen::Rubrics),
                space().width(Fill),
                text(&self.workspace_label).size(12).style(theme::muted),
                pick_list(ThemeChoice::ALL, Some(self.theme), Message::ThemeChosen).text_size(13),
            ]
            .spacing(12)
            .align_y(iced::Center),
        )
        .padding([8, 14])
        .style(theme::panel);

        let mut page = Column::new().push(header);
        for banner in self.banners() {
            page = page.push(container(banner).padding(iced::Padding::from([6, 12]).bottom(0)));
        }
        if let (Screen::Editor, Some(editor)) = (self.screen, &self.editor) {
            let mut page = Column::new();
            for banner in self.banners() {
                page = page.push(container(banner).padding(iced::Padding::from([6, 12]).bottom(0)));
            }
            return page.push(editor.view()).height(Fill).into();
        }
        let body: Element<'_, Message> = match self.screen {
            Screen::Summary => self.summary.view().map(Message::Summary),
            Screen::Editor | Screen::Rubrics => self
                .browser
                .view(&self.catalog, self.user_rubric_folder.as_deref())
                .map(Message::Browser),
            Screen::Roster => match &self.workspace {
                WorkspaceState::Opening => {
                    container(text("Opening the workspace…")).padding(24).into()
                }
                WorkspaceState::Failed(error) => container(
                    column![
                        text("The workspace could not be opened")
                            .font(theme::BOLD)
                            .size(18),
                        text(format!("{error}.")),
                        text("Start teacher-eval with --workspace DIR to use another folder.")
                            .style(theme::muted),
                    ]
                    .spacing(8),
                )
                .padding(24)
                .into(),
                WorkspaceState::Open { contents, .. } => self
                    .roster
                    .view(
                        contents,
                        &self.catalog,
                        &self.workspace_label,
                        self.busy.as_deref(),
                    )
                    .map(Message::Roster),
            },
        };
        page.push(body).height(Fill).into()
    }

    /// Notices that stay visible: read-only mode, files set aside, problems.
    fn banners(&self) -> Vec<Element<'_, Message>> {
        let mut banners = Vec::new();
        if let Some(notice) = &self.notice {
            banners.push(
                container(
                    row![
                        text(notice).size(13).width(Fill),
                        button(text("Dismiss").size(12))
                            .style(button::text)
                            .on_press(Message::DismissNotice),
                    ]
                    .align_y(iced::Center),
                )
                .padding([6, 10])
                .width(Fill)
                .style(theme::error_panel)
                .into(),
            );
        }
        let WorkspaceState::Open {
            workspace,
            contents,
        } = &self.workspace
        else {
            return banners;
        };
        if let Some(reason) = workspace.read_only_reason() {
            banners.push(warning(format!(
                "Read-only: {reason}. You can look, but changes cannot be saved."
            )));
        }
        if !contents.set_aside.is_empty() {
            let mut lines = Column::new().spacing(2).push(
                text(format!(
                    "{} file{} in the workspace could not be read. {} kept exactly as found and not loaded; the rest loaded normally:",
                    contents.set_aside.len(),
                    if contents.set_aside.len() == 1 { "" } else { "s" },
                    if contents.set_aside.len() == 1 { "It is" } else { "They are" },
                ))
                .size(13),
            );
            for item in contents.set_aside.iter().take(5) {
                lines = lines.push(text(item.to_string()).size(12));
            }
            if contents.set_aside.len() > 5 {
                lines = lines
                    .push(text(format!("…and {} more.", contents.set_aside.len() - 5)).size(12));
            }
            banners.push(
                container(lines)
                    .padding([6, 10])
                    .width(Fill)
                    .style(theme::warning_panel)
                    .into(),
            );
        }
        banners
    }
}

fn warning<'a>(message: String) -> Element<'a, Message> {
    container(text(message).size(13))
        .padding([6, 10])
        .width(Fill)
        .style(theme::warning_panel)
        .into()
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
