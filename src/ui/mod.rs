//! The iced window. The only part of the program that uses iced.

mod about;
pub mod amending;
mod app;
pub mod artifact_panel;
pub mod autosave;
mod background;
pub mod button;
mod confirm;
mod dialog;
mod dialogs;
mod edit_session;
mod editor;
mod export_dialog;
pub mod export_panel;
pub mod failure;
mod goal_row;
pub mod growth_plan;
pub mod icon;
mod inert;
mod key_gate;
mod keys_help;
pub mod observation;
pub mod packet;
pub mod packet_send;
mod page_frame;
mod pool;
pub mod responses_view;
pub mod roster;
pub mod rubric_browser;
pub mod search;
pub mod self_assessment;
pub mod status_panel;
pub mod summary;
pub mod summative;
mod text_editing;
pub mod text_editor;
pub mod text_input;
pub mod theme;
mod undo;
mod window_fit;

pub use app::{App, Loaded, Message, Screen};
pub use background::{Effect, Job, Work};
pub use button::button;
pub use text_editor::text_editor;
pub use text_input::text_input;

use crate::files::folders::Folders;
use crate::rubric::Catalog;
use crate::workspace::handed_file::HandedFile;

/// Opens the window and runs until it is closed; `handed` is a file it was
/// started to open (`teacher-eval open FILE`), shown at once.
pub fn run(folders: Folders, handed: Option<HandedFile>) -> iced::Result {
    if let Some(error) = no_display() {
        return Err(error);
    }
    let catalog = Catalog::load(&folders.rubric_dirs);
    let preferences = crate::files::folders::preferences_file()
        .map(|file| (crate::files::preferences::load(&file), file));
    let examples = crate::files::folders::tagging_examples_file()
        .map(|file| (crate::files::tagging_examples::load(&file), file));
    // Read once, before the window: a damaged file is set aside only once,
    // and the boot closure (which may run again) takes the result once.
    let examples = std::sync::Mutex::new(examples);
    iced::application(
        move || {
            let index = crate::files::folders::index_place(true);
            let (mut app, open) = App::with_index(folders.clone(), catalog.clone(), index);
            if let Some((read, file)) = preferences.clone() {
                app = app.with_preferences(file, read);
            }
            let taken = examples.lock().ok().and_then(|mut e| e.take());
            if let Some((read, file)) = taken {
                app = app.with_tagging_examples(file, read);
            }
            if let Some(handed) = &handed {
                app = app.opening(handed);
            }
            (
                app,
                iced::Task::batch([
                    open.into_task(),
                    Effect::from(Job::MeasureScreen).into_task(),
                ]),
            )
        },
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .scale_factor(App::scale_factor)
    .subscription(App::subscription)
    .settings(theme::settings())
    .window(window_settings())
    .run()
}

/// The window's settings. The close button only asks (`CloseRequested`):
/// the window goes once the record is saved. This must be set here, in the
/// settings themselves, since `.window(...)` replaces any setting made before it.
#[must_use]
pub fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: window_fit::WANTED,
        icon: icon::window_icon(),
        exit_on_close_request: false,
        ..iced::window::Settings::default()
    }
}

/// Why no window can open here, said before iced tries: with no display
/// to draw on, iced's event loop panics instead of returning an error.
#[must_use]
pub fn no_display() -> Option<iced::Error> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        // This build draws on X11 only (a Wayland desktop runs it through XWayland).
        if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
            return Some(iced::Error::WindowCreationFailed(
                "there is no display to show it on (DISPLAY is not set); every command works without one (teacher-eval --help)"
                    .into(),
            ));
        }
    }
    None
}

/// An error opening the window, in words: its cause where iced keeps one.
#[must_use]
pub fn window_error(error: &iced::Error) -> String {
    match error {
        iced::Error::WindowCreationFailed(cause) => cause.to_string(),
        other => other.to_string(),
    }
}
