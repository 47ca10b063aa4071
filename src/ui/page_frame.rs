//! The page every editing screen shows: a header with back, the title,
//! the save status and Export PDF; a banner while saving fails; the body.

use iced::Element;
use iced::widget::container;

use super::edit_session::EditSession;
use super::export_panel;
use super::theme;

/// The parts of an editing page that differ from screen to screen.
pub struct Frame<'a, M> {
    /// The person, e.g. "Ingrid Lindqvist".
    pub name: String,
    /// What is edited, e.g. "Summative evaluation · 2026-27".
    pub title: String,
    /// For the save-failure banner: "evaluation", "plan".
    pub what: &'static str,
    pub back: M,
    pub export_pdf: M,
    pub export: fn(export_panel::Message) -> M,
    pub body: Element<'a, M>,
    /// Why something typed is not in the record, said instead of "Saved".
    pub held: Option<String>,
}

impl EditSession {
    /// A whole editing page: header with back, title, save status and
    /// Export PDF; a banner while saving fails; the scrolling body; the
    /// export panel over it when open.
    pub fn frame<'a, M: Clone + 'a>(&'a self, frame: Frame<'a, M>) -> Element<'a, M> {
        use crate::ui::button;
        use iced::widget::{column, row, scrollable, text};
        let failed = self.autosave.error();
        let warn = failed.is_some() || frame.held.is_some();
        let status = frame.held.unwrap_or_else(|| self.autosave.status());
        let header = container(
            row![
                button(text("← Educators").size(13))
                    .style(button::text)
                    .on_press(frame.back),
                // Who and what wrap in the room left; the status and button keep theirs.
                column![
                    text(frame.name).font(theme::BOLD).size(18),
                    text(frame.title).size(14).style(theme::muted),
                ]
                .width(iced::Fill),
                text(status).size(13).style(if warn {
                    theme::danger_text
                } else {
                    theme::muted
                }),
                button(text("Export PDF").size(13))
                    .style(button::secondary)
                    .on_press(frame.export_pdf),
            ]
            .spacing(12)
            .align_y(iced::Center),
        )
        .padding([8, 12])
        .width(iced::Fill)
        .style(theme::panel);
        let mut page = column![header].spacing(10).padding(12).height(iced::Fill);
        if let Some(error) = failed {
            page = page.push(
                container(text(format!(
                    "This {} could not be saved: {error}. Your changes are kept here and saving is retried.",
                    frame.what
                )))
                .padding([6, 10])
                .width(iced::Fill)
                .style(theme::error_panel),
            );
        }
        let page = page.push(
            scrollable(
                container(frame.body)
                    .padding(iced::Padding::ZERO.right(14))
                    .max_width(1100),
            )
            .height(iced::Fill),
        );
        self.with_export(page.into(), frame.export)
    }
}
