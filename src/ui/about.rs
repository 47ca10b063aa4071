//! The About box, opened from the header: the version and the rubrics and
//! scoring profiles bundled, the same lines `teacher-eval --version` prints
//! (`crate::about`), and the workspace folder this window has open.

use crate::ui::button;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::dialog::dialog;
use super::theme;
use crate::about::About;

/// The box over the window; `close` is what its Close button sends.
pub fn view<'a, M: Clone + 'a>(about: &'a About, workspace: &'a str, close: M) -> Element<'a, M> {
    let mut rubrics = Column::new()
        .spacing(2)
        .push(text("Bundled rubrics (id, edition, fingerprint)").font(theme::BOLD));
    for rubric in &about.rubrics {
        rubrics = rubrics.push(
            text(format!(
                "{}  ·  {}  ·  {}",
                rubric.id, rubric.edition, rubric.fingerprint
            ))
            .size(13),
        );
    }
    let body = column![
        row![
            text(format!("teacher-eval {}", about.version))
                .font(theme::BOLD)
                .size(22),
            iced::widget::space().width(Fill),
            button(text("Close"))
                .style(button::secondary)
                .on_press(close),
        ]
        .align_y(iced::Center),
        text(
            "Evaluations against the Danielson Framework for Teaching, kept on this computer. \
             Code under MIT or Apache-2.0; the Noto Sans font under the SIL Open Font License 1.1."
        )
        .size(14),
        rubrics,
        text(format!(
            "Bundled scoring profiles: {}",
            about.profiles.join(", ")
        ))
        .size(13),
        text(format!("Workspace: {workspace}"))
            .size(13)
            .style(theme::muted),
        text("The command line says the same: teacher-eval --version")
            .size(12)
            .style(theme::muted),
    ]
    .spacing(12);
    dialog(
        container(body)
            .padding(20)
            .max_width(720)
            .style(theme::panel)
            .into(),
    )
}
