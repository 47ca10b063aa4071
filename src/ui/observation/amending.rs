//! Changing an observation after it was shared: every change is an
//! amendment signed with the user's name, and after acknowledgement a
//! rating, rationale or note changes only with a reason. The bar under the
//! header says so; the History tab lists every amendment.

use iced::widget::{Column, button, column, container, row, text, text_input};
use iced::{Element, Fill};

use super::{Action, Message, ObservationScreen};
use crate::record::trail::{self, Author};
use crate::ui::theme;

/// The field of the reason for a change.
pub const REASON_INPUT: &str = "amend-reason-input";

impl ObservationScreen {
    pub(super) fn amend_message(&mut self, message: Message) -> Action {
        match message {
            Message::Signer(name) => self.signer = name,
            Message::AmendReason(reason) => self.amend_reason = reason,
            Message::RememberSigner => {
                let name = self.signer.trim().to_string();
                if !name.is_empty() {
                    return Action::RememberName(name);
                }
            }
            _ => {}
        }
        if self.amend_problem.is_some() && self.session.autosave.is_dirty() {
            self.amend_problem = None;
            self.changed();
        }
        Action::None
    }

    /// Brings the trail up to date before a save; false (and the problem
    /// shown) when the change may not be recorded yet. Nothing is dropped:
    /// the change stays here, unsaved, until a reason or name is given.
    pub(super) fn settle_trail(&mut self) -> bool {
        let author = Author {
            name: self.signer.trim().to_string(),
            reason: self.amend_reason.trim().to_string(),
            at: crate::record::now(),
        };
        let settled = trail::settle(
            &self.saved,
            &mut self.observation,
            &author,
            self.session_from,
            "observation",
            self.rubric.as_ref(),
        );
        self.amend_problem = settled.err().map(|e| {
            let mut said = e.to_string();
            if let Some(first) = said.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            format!("{said}. Your change is kept here, not yet saved.")
        });
        self.amend_problem.is_none()
    }

    /// Under the header of a shared observation: what state it is in, who
    /// signs changes and why they are made.
    pub(super) fn amendment_bar(&self) -> Option<Element<'_, Message>> {
        if !trail::is_shared(&self.observation) {
            return None;
        }
        let o = &self.observation;
        let state = if trail::amended_after_acknowledgement(o) {
            "Amended since the educator acknowledged it: this version has not been acknowledged."
        } else if trail::changed_since_shared(o) {
            "Changed since shared: every change is recorded as an amendment (History tab)."
        } else {
            "Shared: every change from now on is recorded as an amendment (History tab)."
        };
        let reason_hint = if trail::reason_required(o) {
            "Reason for the change (required after acknowledgement)"
        } else {
            "Reason for the change (optional)"
        };
        let mut bar = column![
            text(state).size(13),
            row![
                text("Changes signed by").size(13),
                text_input("Your name", &self.signer)
                    .on_input(Message::Signer)
                    .on_submit(Message::RememberSigner)
                    .padding(4)
                    .size(13)
                    .width(220),
                button(text("Remember my name").size(12))
                    .style(button::text)
                    .on_press(Message::RememberSigner),
                text_input(reason_hint, &self.amend_reason)
                    .id(REASON_INPUT)
                    .on_input(Message::AmendReason)
                    .padding(4)
                    .size(13)
                    .width(Fill),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(4);
        if let Some(problem) = &self.amend_problem {
            bar = bar.push(
                container(text(problem.clone()).size(13))
                    .padding([4, 8])
                    .width(Fill)
                    .style(theme::error_panel),
            );
        }
        Some(
            container(bar)
                .padding([6, 10])
                .width(Fill)
                .style(theme::panel)
                .into(),
        )
    }

    /// Every amendment, newest last, and the versions shared and acknowledged.
    pub(super) fn history_view(&self) -> Element<'_, Message> {
        let t = &self.observation.trail;
        let mut list = Column::new().spacing(8).push(
            text(format!(
                "Content fingerprint (SHA-256): {}",
                trail::fingerprint(&self.observation)
            ))
            .size(13),
        );
        for (label, version) in [("Shared", &t.shared), ("Acknowledged", &t.acknowledged)] {
            if let Some(v) = version {
                list = list.push(
                    text(format!(
                        "{label} version {} on {}",
                        trail::short(&v.fingerprint),
                        v.at.format("%B %-d, %Y %-I:%M %p")
                    ))
                    .size(13),
                );
            }
        }
        if t.amendments.is_empty() {
            list = list.push(text("No amendments.").size(14).style(theme::muted));
        }
        for a in &t.amendments {
            let reason = if a.reason.is_empty() {
                "no reason given".to_string()
            } else {
                format!("because: {}", a.reason)
            };
            list = list.push(
                container(column![
                    text(format!(
                        "{} · {} · {}",
                        a.at.format("%b %-d, %Y %-I:%M %p"),
                        a.by,
                        a.field
                    ))
                    .font(theme::BOLD)
                    .size(13),
                    text(format!("Was: {}", a.old)).size(13),
                    text(format!("Now: {}", a.new)).size(13),
                    text(reason).size(13).style(theme::muted),
                ])
                .padding(8)
                .width(Fill)
                .style(theme::panel),
            );
        }
        list = list.push(
            text(format!(
                "Earlier versions are kept in the workspace: `teacher-eval observation history {}` lists them and `teacher-eval history restore {} N` brings one back.",
                self.observation.id, self.observation.id
            ))
            .size(13)
            .style(theme::muted),
        );
        iced::widget::scrollable(list).height(Fill).into()
    }
}
