//! The iced window. The only part of the program that uses iced.

mod app;
pub mod rubric_browser;
pub mod theme;

pub use app::{App, Message};

use crate::folders::Folders;
use crate::rubric::Catalog;

/// Opens the window and runs until it is closed.
pub fn run(folders: Folders) -> iced::Result {
    let catalog = Catalog::load(&folders.rubric_dirs);
    iced::application(
        move || App::new(folders.clone(), catalog.clone()),
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .font(theme::FONT_REGULAR)
    .font(theme::FONT_BOLD)
    .font(theme::FONT_ITALIC)
    .default_font(theme::SANS)
    .window_size((1366.0, 768.0))
    .run()
}
