//! The educator's self-assessment on the evaluation screen: their level
//! beside each component's (see `components`), and the conference agenda,
//! the components two levels or more apart, from `scoring::compare`.

use crate::ui::button;
use iced::widget::{Column, column, container, text};
use iced::{Element, Fill};

use super::super::{Message, SummativeScreen};
use crate::scoring::{AGENDA_LEVELS, Comparison, Scored, compare, self_level_text};
use crate::ui::theme;

impl SummativeScreen {
    /// The evaluation beside the educator's self-assessment, if there is one.
    pub(super) fn comparison(&self, scored: &Scored) -> Option<Comparison> {
        let mine = self.self_assessment.as_ref()?;
        Some(compare(&scored.outcome, scored.rubric, mine))
    }

    /// "Self: Basic", "Self: not assessed", or nothing without a self-assessment.
    pub(super) fn self_level(
        comparison: Option<&Comparison>,
        scored: &Scored,
        id: &str,
    ) -> Option<String> {
        let row = comparison?.rows.iter().find(|r| r.component == id)?;
        Some(format!(
            "Self: {}",
            self_level_text(scored.rubric, row.educator)
        ))
    }

    /// The conference agenda, and the way to the self-assessment.
    pub(super) fn self_assessment_panel<'a>(&'a self, scored: &Scored<'a>) -> Element<'a, Message> {
        let open = button(text("Open the self-assessment").size(13))
            .style(button::secondary)
            .on_press_maybe(
                (!self.session.autosave.is_dirty()).then_some(Message::OpenSelfAssessment),
            );
        let Some(comparison) = self.comparison(scored) else {
            return column![
                text("Self-assessment").font(theme::BOLD).size(15),
                text("The educator has no self-assessment for this school year.")
                    .size(13)
                    .style(theme::muted),
                open,
            ]
            .spacing(6)
            .into();
        };
        let mut agenda = Column::new().spacing(3).push(
            text(format!(
                "Conference agenda: {} of {} components assessed by the educator",
                comparison.assessed(),
                comparison.rows.len()
            ))
            .font(theme::BOLD)
            .size(15),
        );
        let items: Vec<_> = comparison.agenda().collect();
        if items.is_empty() {
            agenda = agenda.push(
                text(format!(
                    "No component is {AGENDA_LEVELS} levels or more apart."
                ))
                .size(13)
                .style(theme::muted),
            );
        }
        for row in items {
            let evaluator = row.evaluator.map_or_else(
                || "not rated".into(),
                |l| self_level_text(scored.rubric, Some(l)),
            );
            agenda = agenda.push(
                text(format!(
                    "{} {}: evaluator {evaluator}, educator {}",
                    row.component,
                    row.name,
                    self_level_text(scored.rubric, row.educator)
                ))
                .size(13),
            );
        }
        container(agenda.push(open))
            .padding(10)
            .width(Fill)
            .style(theme::panel)
            .into()
    }
}
