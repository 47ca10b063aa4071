//! Opening and closing the About box (`ui::about` draws it).

use iced::keyboard;

use super::App;
use crate::ui::background::Effect;

impl App {
    /// Opens the box (reading what the build bundles then, not at every
    /// start) or closes it.
    pub(super) fn show_about(&mut self, open: bool) -> Vec<Effect> {
        self.about = open.then(crate::about::About::this_build);
        vec![]
    }

    /// Esc closes the box; no other key reaches the screen under it.
    pub(super) fn about_key(&mut self, key: &keyboard::Key) -> Vec<Effect> {
        if *key == keyboard::Key::Named(keyboard::key::Named::Escape) {
            self.about = None;
        }
        vec![]
    }
}
