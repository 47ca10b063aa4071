//! The application: owns the shared data and the current screen, and turns
//! screen actions into work (tasks) done off the UI thread.

use std::sync::Arc;

use iced::widget::{column, container, pick_list, row, space, text};
use iced::{Element, Fill, Task, Theme};

use super::rubric_browser::{self, RubricBrowser};
use super::theme::{self, ThemeChoice};
use crate::folders::Folders;
use crate::rubric::Catalog;

/// The whole state of the window.
pub struct App {
    folders: Folders,
    /// Shown so a district knows where to save its own rubric files.
    user_rubric_folder: Option<String>,
    catalog: Arc<Catalog>,
    theme: ThemeChoice,
    browser: RubricBrowser,
}

#[derive(Debug, Clone)]
pub enum Message {
    Browser(rubric_browser::Message),
    CatalogLoaded(Arc<Catalog>),
    ThemeChosen(ThemeChoice),
}

impl App {
    /// Starts on the rubric browser with an already loaded catalog.
    pub fn new(folders: Folders, catalog: Catalog) -> Self {
        let browser = RubricBrowser::new(&catalog);
        App {
            user_rubric_folder: folders.rubric_dirs.first().map(|p| p.display().to_string()),
            folders,
            catalog: Arc::new(catalog),
            theme: ThemeChoice::default(),
            browser,
        }
    }

    pub fn title(&self) -> String {
        "teacher-eval".to_string()
    }

    pub fn theme(&self) -> Option<Theme> {
        self.theme.theme()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn browser(&self) -> &RubricBrowser {
        &self.browser
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Browser(message) => match self.browser.update(message, &self.catalog) {
                rubric_browser::Action::None => Task::none(),
                rubric_browser::Action::ReloadRubrics => {
                    let dirs = self.folders.rubric_dirs.clone();
                    Task::perform(
                        async move { Arc::new(Catalog::load(&dirs)) },
                        Message::CatalogLoaded,
                    )
                }
            },
            Message::CatalogLoaded(catalog) => {
                self.catalog = catalog;
                self.browser.refresh(&self.catalog);
                Task::none()
            }
            Message::ThemeChosen(choice) => {
                self.theme = choice;
                Task::none()
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let header = container(
            row![
                text("teacher-eval").font(theme::BOLD).size(18),
                text("Rubrics").size(16),
                space().width(Fill),
                pick_list(ThemeChoice::ALL, Some(self.theme), Message::ThemeChosen).text_size(13),
            ]
            .spacing(16)
            .align_y(iced::Center),
        )
        .padding([8, 14])
        .style(theme::panel);
        let body = self
            .browser
            .view(&self.catalog, self.user_rubric_folder.as_deref())
            .map(Message::Browser);
        column![header, body].height(Fill).into()
    }
}
