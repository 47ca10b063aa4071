//! The kind of visit on the Lesson tab: only the kinds the educator's role
//! has (the visits file), whether it was announced, and what the kind may
//! rate, which the Rate tab and rating follow.

use std::borrow::Cow;

use iced::Element;
use iced::widget::{checkbox, column, row, text};

use super::{Message, ObservationScreen};
use crate::record::{Educator, Observation};
use crate::rubric::{Catalog, VisitKind};
use crate::ui::{button, theme};

/// The kinds offered to `educator`, and the record's own when its role no
/// longer offers it (an old record keeps its kind, shown).
pub(super) fn kinds_for(
    educator: &Educator,
    observation: &Observation,
    catalog: &Catalog,
) -> Vec<VisitKind> {
    let mut kinds: Vec<VisitKind> = catalog
        .visits
        .offered(&educator.role)
        .into_iter()
        .map(Cow::into_owned)
        .collect();
    if !kinds.iter().any(|k| k.kind == observation.kind) {
        kinds.push(
            catalog
                .visits
                .kind(&educator.role, observation.kind)
                .into_owned(),
        );
    }
    kinds
}

impl ObservationScreen {
    /// The record's kind as its educator's role has it.
    pub(super) fn visit_kind(&self) -> Cow<'_, VisitKind> {
        self.kinds
            .iter()
            .find(|k| k.kind == self.observation.kind)
            .map_or_else(
                || Cow::Owned(VisitKind::unlisted(self.observation.kind)),
                Cow::Borrowed,
            )
    }

    /// Why the chosen kind does not rate `component`, or nothing when it does.
    pub(super) fn not_for_kind(&self, component: &str) -> Option<String> {
        let rubric = self.rubric.as_ref()?;
        self.visit_kind()
            .check_rating(rubric, component)
            .err()
            .map(|e| {
                let mut said = e.to_string();
                if let Some(first) = said.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                said + "."
            })
    }

    /// Another kind (one offered), announced as that kind usually is
    /// unless the evaluator had set it otherwise; or announced or not.
    pub(super) fn visit_message(&mut self, message: &Message) {
        match *message {
            Message::Kind(kind) => {
                let Some(next) = self.kinds.iter().find(|k| k.kind == kind) else {
                    return;
                };
                let as_usual = self.observation.announced() == self.visit_kind().announced;
                let announced = next.announced;
                self.observation.kind = kind;
                if as_usual && self.observation.announced() != announced {
                    self.observation.announced = Some(announced);
                }
                self.changed();
            }
            Message::Announced(on) => {
                self.observation.announced = Some(on);
                self.changed();
            }
            _ => {}
        }
    }

    /// One chip per kind the role has, the current one filled, and whether it was announced.
    pub(super) fn kind_chips(&self) -> Element<'_, Message> {
        let chips = self.kinds.iter().fold(row![].spacing(6), |kinds, kind| {
            kinds.push(
                button(text(kind.name.clone()).size(14))
                    .padding([5, 12])
                    .style(if self.observation.kind == kind.kind {
                        button::primary
                    } else {
                        button::secondary
                    })
                    .on_press(Message::Kind(kind.kind)),
            )
        });
        let rates = self.visit_kind().limits();
        column![
            chips.wrap(),
            row![
                checkbox(self.observation.announced())
                    .label("Announced (the educator was told beforehand)")
                    .on_toggle(Message::Announced),
                text(format!("Rates {rates}.")).size(13).style(theme::muted),
            ]
            .spacing(16)
            .align_y(iced::Center),
        ]
        .spacing(8)
        .into()
    }
}
