//! The educator's responses on an observation or an evaluation, as they
//! landed from response files: who acknowledged and when, the version
//! answered (this one or an earlier one), their reflection, and the files
//! they attached, each with Open.

use crate::ui::button;
use iced::Element;
use iced::widget::{Column, column, container, row, text};

use super::theme;
use crate::record::{Artifact, EducatorResponse};

/// Every response, newest first; `current` is the record's fingerprint now.
pub fn responses<'a, M: Clone + 'a>(
    list: &'a [EducatorResponse],
    current: &str,
    open: impl Fn(Artifact) -> M + 'a,
) -> Element<'a, M> {
    let mut section = Column::new()
        .spacing(8)
        .push(text("The educator's responses").font(theme::BOLD).size(15));
    if list.is_empty() {
        return section
            .push(
                text(
                    "None yet. Send the report as a packet; the response the educator writes \
                     is imported from the Educators page (Exchange…).",
                )
                .size(13)
                .style(theme::muted),
            )
            .into();
    }
    for response in list.iter().rev() {
        section = section.push(one(response, current, &open));
    }
    section.into()
}

fn one<'a, M: Clone + 'a>(
    r: &'a EducatorResponse,
    current: &str,
    open: &impl Fn(Artifact) -> M,
) -> Element<'a, M> {
    let version = crate::record::trail::short(&r.version);
    let which = if r.version == current {
        format!("this version ({version})")
    } else {
        format!("an earlier version ({version})")
    };
    let mut body = column![
        text(format!(
            "{} acknowledged receipt on {}, of {which}",
            r.name,
            r.acknowledged_at.format("%a %b %-d, %Y %H:%M")
        ))
        .font(theme::BOLD)
        .size(14),
        text(format!(
            "Imported on {} by {}.{}",
            r.imported_at.format("%b %-d, %Y"),
            r.imported_by,
            if r.earlier_version {
                " It answers a version amended since, and was taken as such."
            } else {
                ""
            }
        ))
        .size(12)
        .style(theme::muted),
    ]
    .spacing(4);
    if !r.reflection.is_empty() {
        body = body.push(text(r.reflection.clone()).size(14));
    }
    for artifact in &r.artifacts {
        body = body.push(file_row(artifact, open(artifact.clone())));
    }
    container(body)
        .padding(10)
        .width(iced::Fill)
        .style(theme::panel)
        .into()
}

/// A file they sent: caption and name, kind and size, and Open.
fn file_row<'a, M: Clone + 'a>(artifact: &Artifact, open: M) -> Element<'a, M> {
    let named = if artifact.caption.is_empty() {
        artifact.shown_name()
    } else {
        format!("{}: {}", artifact.caption, artifact.shown_name())
    };
    row![
        text(format!(
            "{named} ({}, {})",
            artifact.kind.label(),
            crate::text::size(usize::try_from(artifact.size).unwrap_or(usize::MAX))
        ))
        .size(13),
        button(text("Open").size(12))
            .style(button::secondary)
            .on_press(open),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}
