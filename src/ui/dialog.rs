//! A panel shown over the window (confirmations, the export panel), which
//! dims what is behind it and cannot be clicked through.

use iced::Element;
use iced::widget::{center, container, opaque};

use super::theme;

/// A panel over the dimmed window, which cannot be clicked through.
pub fn dialog<'a, M: 'a>(panel: Element<'a, M>) -> Element<'a, M> {
    opaque(
        container(center(panel))
            .width(iced::Fill)
            .height(iced::Fill)
            .style(theme::backdrop),
    )
}
