//! One proposed goal as a row of fields, the same on the evaluator's
//! self-assessment screen and in the educator's packet.

use crate::ui::button;
use crate::ui::text_input;
use iced::Element;
use iced::widget::{row, text};

/// What a goal row says and which messages its fields send.
pub struct GoalRow<M> {
    /// Its place in the list, from 0.
    pub index: usize,
    pub placeholder: &'static str,
    pub text: String,
    pub components: String,
    pub on_text: fn(usize, String) -> M,
    pub on_components: fn(usize, String) -> M,
    pub remove: M,
}

impl<M: Clone + 'static> GoalRow<M> {
    /// "Goal n", the goal's text, its components and Remove.
    pub fn view<'a>(self) -> Element<'a, M> {
        let (i, on_text, on_components) = (self.index, self.on_text, self.on_components);
        row![
            text(format!("Goal {}", i + 1)).size(13).width(60),
            text_input(self.placeholder, &self.text)
                .on_input(move |t| on_text(i, t))
                .padding(6),
            text_input("Components, e.g. 3b, 3c", &self.components)
                .on_input(move |t| on_components(i, t))
                .padding(6)
                .width(200),
            button(text("Remove").size(12))
                .style(button::text)
                .on_press(self.remove),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .into()
    }
}
