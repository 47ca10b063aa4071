//! The evaluation's domain and component tables, with the form where the
//! evaluator sets their own rating of a component.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, space, text};
use iced::{Element, Fill};

use super::super::{Message, OverrideForm, SummativeScreen};
use crate::report::{derivation_sentence, value_text as format_value};
use crate::scoring::{ComponentResult, Outcome, Scored};
use crate::ui::theme;

/// Each domain's score and its share of the result (rated domains only).
pub(super) fn domains_table<'a>(o: &Outcome) -> Column<'a, Message> {
    let total: f64 = o
        .domains
        .iter()
        .filter(|d| d.score.is_some())
        .map(|d| d.weight)
        .sum();
    let mut domains = Column::new()
        .spacing(3)
        .max_width(720)
        .push(text("Domains").font(theme::BOLD).size(15));
    for d in &o.domains {
        // A coordinator's role domain counts inside another (its components are rated there).
        if let Some(into) = &d.counted_in {
            domains = domains.push(
                row![
                    text(format!("{} {}", d.id, d.name)).size(14).width(Fill),
                    // Across the score and weight columns (100 + 8 + 60).
                    text(format!("counted within domain {into}"))
                        .size(13)
                        .style(theme::muted)
                        .width(168),
                ]
                .spacing(8),
            );
            continue;
        }
        let weight = if total > 0.0 && d.score.is_some() {
            format!("{:.0}%", d.weight / total * 100.0)
        } else {
            "—".into()
        };
        domains = domains.push(
            row![
                text(format!("{} {}", d.id, d.name)).size(14).width(Fill),
                text(d.score.map_or_else(|| "not rated".into(), format_value))
                    .size(14)
                    .width(100),
                text(weight).size(14).width(60),
            ]
            .spacing(8),
        );
    }
    domains
}

impl SummativeScreen {
    /// Every component under its domain's heading, with the override form under the one edited.
    pub(super) fn components<'a>(
        &'a self,
        scored: &Scored<'a>,
        locked: bool,
    ) -> Column<'a, Message> {
        let mut components = Column::new()
            .spacing(2)
            .push(text("Components").font(theme::BOLD).size(15));
        let mut domain = String::new();
        let comparison = self.comparison(scored);
        for c in &scored.outcome.components {
            if c.domain != domain {
                domain.clone_from(&c.domain);
                let name = scored
                    .rubric
                    .domains
                    .iter()
                    .find(|d| d.id == domain)
                    .map_or(String::new(), |d| d.name.clone());
                components = components.push(
                    container(
                        text(format!("Domain {domain}: {name}"))
                            .font(theme::BOLD)
                            .size(13),
                    )
                    .padding([6, 0]),
                );
            }
            let own = Self::self_level(comparison.as_ref(), scored, &c.id);
            components = components.push(self.component_row(c, scored, locked, own));
            if let Some(form) = self.editing.as_ref().filter(|f| f.component == c.id) {
                components = components.push(
                    container(override_editor(form, scored))
                        .padding(10)
                        .width(Fill)
                        .style(theme::panel),
                );
            }
        }
        components
    }

    /// One component: its rating, how it was reached, and a way for the
    /// evaluator to set their own rating or go back to the combined one.
    fn component_row<'a>(
        &self,
        c: &ComponentResult,
        scored: &Scored<'a>,
        locked: bool,
        own: Option<String>,
    ) -> Element<'a, Message> {
        let value = match (c.level.and_then(|l| scored.rubric.level(l)), c.value) {
            (Some(level), _) => level.name.clone(),
            (None, Some(v)) => format_value(v),
            (None, None) => "—".into(),
        };
        let overridden = self
            .summative
            .overrides
            .iter()
            .any(|ov| ov.component == c.id);
        let action: Element<'_, Message> = if locked {
            space().width(0).into()
        } else if overridden {
            button(text("Use the combined rating").size(12))
                .style(button::text)
                .on_press(Message::RemoveOverride(c.id.clone()))
                .into()
        } else {
            button(text("Set my rating as evaluator…").size(12))
                .style(button::text)
                .on_press(Message::EditOverride(c.id.clone()))
                .into()
        };
        let mut line = row![
            text(c.id.clone()).font(theme::BOLD).size(13).width(34),
            text(c.name.clone()).size(13).width(260),
            text(value).font(theme::BOLD).size(13).width(110),
        ]
        .spacing(8);
        // The educator's own level beside the evaluator's, when they assessed themselves.
        if let Some(own) = own {
            line = line.push(text(own).size(13).style(theme::muted).width(150));
        }
        line.push(text(derivation_sentence(c, scored)).size(13).width(Fill))
            .push(action)
            .align_y(iced::Center)
            .into()
    }
}

/// The evaluator's own rating being written: a level, the reason (required), Apply or Cancel.
fn override_editor<'a>(form: &'a OverrideForm, scored: &Scored<'a>) -> Column<'a, Message> {
    let levels = scored
        .rubric
        .levels
        .iter()
        .fold(row![].spacing(6), |chips, level| {
            chips.push(
                button(text(level.name.clone()).size(13))
                    .padding([3, 10])
                    .style(theme::chip(form.level == Some(level.score)))
                    .on_press(Message::OverrideLevel(level.score)),
            )
        });
    let mut editor = column![
        text(format!(
            "Your rating of {} as evaluator, in place of the rating combined from the observations:",
            form.component
        ))
        .size(13),
        levels,
        text_input("Why you rate it so, as evaluator (required)", &form.reason)
            .on_input(Message::OverrideReason)
            .on_submit(Message::ApplyOverride)
            .padding(6),
        row![
            button(text("Apply").size(13)).on_press(Message::ApplyOverride),
            button(text("Cancel").size(13))
                .style(button::secondary)
                .on_press(Message::CancelOverride),
        ]
        .spacing(8),
    ]
    .spacing(6);
    if let Some(error) = &form.error {
        editor = editor.push(text(error.clone()).size(13).style(theme::danger_text));
    }
    editor
}
