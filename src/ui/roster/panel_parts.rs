//! Pieces the roster's import and exchange panels share.

use crate::ui::button;
use iced::widget::{container, text};
use iced::{Element, Fill};

use crate::ui::theme;

/// A choice that is on or off, ticked when on.
pub(super) fn toggle<'a, M: Clone + 'a>(label: &str, on: bool, message: M) -> Element<'a, M> {
    let label = if on {
        format!("✓ {label}")
    } else {
        label.to_string()
    };
    button(text(label).size(13))
        .padding([3, 10])
        .style(theme::chip(on))
        .on_press(message)
        .into()
}

/// Why something did not happen, in the error panel.
pub(super) fn problem<'a, M: 'a>(message: String) -> Element<'a, M> {
    container(text(message))
        .padding(8)
        .width(Fill)
        .style(theme::error_panel)
        .into()
}
