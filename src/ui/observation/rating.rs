//! The rate tab: components by domain with their state, and for the chosen
//! one every level descriptor side by side, its evidence and a rationale.

use crate::ui::button;
use crate::ui::text_editor;
use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::{Message, ObservationScreen};
use crate::record::{EvidenceNote, RatingLevel};
use crate::rubric::{Component, Rubric};
use crate::ui::theme;

/// The component list of the rate tab, which follows the keyboard's choice.
pub const COMPONENT_LIST: &str = "component-list";

impl ObservationScreen {
    /// How many components are rated (or marked not observed), and how many
    /// have evidence but no rating yet.
    pub fn progress(&self) -> (usize, usize, usize) {
        // What this kind does not rate is not left to do, unless rated before.
        let components: Vec<_> = self
            .components()
            .into_iter()
            .filter(|c| {
                self.observation.rating(&c.id).is_some() || self.not_for_kind(&c.id).is_none()
            })
            .collect();
        let decided = components
            .iter()
            .filter(|c| self.observation.rating(&c.id).is_some())
            .count();
        let flagged = components.iter().filter(|c| self.needs_rating(c)).count();
        (decided, components.len(), flagged)
    }

    /// "14 rated, 2 not observed, 6 left": the one wording of how far the
    /// rating has got, in the header and over the component list.
    pub fn rating_said(&self) -> String {
        let (decided, total, _) = self.progress();
        format!(
            "{}, {} left",
            self.observation.rating_tally(),
            total.saturating_sub(decided)
        )
    }

    /// Evidence is tagged to it but it has no rating.
    fn needs_rating(&self, component: &Component) -> bool {
        self.observation.rating(&component.id).is_none()
            && self.not_for_kind(&component.id).is_none()
            && self
                .observation
                .evidence_for(&component.id)
                .next()
                .is_some()
    }

    /// The rate tab: the components down the left, the chosen one's levels and evidence beside.
    pub(super) fn rating_view(&self) -> Element<'_, Message> {
        let Some(rubric) = &self.rubric else {
            return text(format!(
                "The rubric `{}` is not loaded, so components cannot be rated here. The ratings already recorded are kept.",
                self.observation.rubric_id
            ))
            .into();
        };
        let detail: Element<'_, Message> =
            match self.selected.as_deref().and_then(|id| rubric.component(id)) {
                Some(component) => self.component_detail(rubric, component),
                None => text("Choose a component to rate.").into(),
            };
        let panes = row![
            container(
                scrollable(
                    self.component_list(rubric)
                        .padding(iced::Padding::ZERO.right(10))
                )
                .id(COMPONENT_LIST)
                .height(Fill)
            )
            .width(320)
            .padding(8)
            .style(theme::panel),
            scrollable(container(detail).padding(iced::Padding::ZERO.right(12))).height(Fill),
        ]
        .spacing(12)
        .height(Fill);
        // The rubric edited since: said where the ratings are, not only on the Lesson tab.
        match &self.rubric_warning {
            Some(warning) => column![
                container(text(warning.clone()).size(13))
                    .padding(8)
                    .width(Fill)
                    .style(theme::warning_panel),
                panes,
            ]
            .spacing(8)
            .into(),
            None => panes.into(),
        }
    }

    /// How many are rated, then each applicable domain's components with their state.
    fn component_list<'a>(&'a self, rubric: &'a Rubric) -> Column<'a, Message> {
        let (_, _, flagged) = self.progress();
        let mut list = Column::new()
            .spacing(2)
            .push(text(self.rating_said()).font(theme::BOLD).size(15));
        if flagged > 0 {
            list = list.push(
                text(format!("⚑ {flagged} with evidence still need a rating"))
                    .size(13)
                    .style(theme::muted),
            );
        }
        for domain in rubric
            .domains
            .iter()
            .filter(|d| d.applies_to.is_empty() || d.applies_to.contains(&self.educator.level))
        {
            list = list.push(
                container(
                    text(format!("{} {}", domain.id, domain.name))
                        .font(theme::BOLD)
                        .size(13),
                )
                .padding([6, 4]),
            );
            for component in &domain.components {
                list = list.push(self.component_button(rubric, component));
            }
        }
        list
    }

    /// One component in the list: its id, name, and level (or n/o, or ⚑ when evidence waits).
    fn component_button<'a>(&self, rubric: &Rubric, component: &Component) -> Element<'a, Message> {
        let badge = match self.observation.rating(&component.id).map(|r| r.level) {
            Some(RatingLevel::Level(score)) => rubric
                .level(score)
                .map_or(score.to_string(), |l| l.label.clone()),
            Some(RatingLevel::NotObserved) => "n/o".into(),
            None if self.not_for_kind(&component.id).is_some() => "—".into(),
            None if self.needs_rating(component) => "⚑".into(),
            None => String::new(),
        };
        let selected = self.selected.as_deref() == Some(component.id.as_str());
        button(
            row![
                text(component.id.clone())
                    .font(theme::BOLD)
                    .size(13)
                    .width(30),
                text(component.name.clone()).size(13).width(Fill),
                text(badge).font(theme::BOLD).size(13),
            ]
            .spacing(6),
        )
        .padding([4, 6])
        .width(Fill)
        .style(theme::list_item(selected))
        .on_press(Message::Select(component.id.clone()))
        .into()
    }

    /// The chosen component: every level's descriptor to click, the rationale, and its evidence.
    fn component_detail<'a>(
        &'a self,
        rubric: &'a Rubric,
        component: &'a Component,
    ) -> Element<'a, Message> {
        let current = self.observation.rating(&component.id).map(|r| r.level);
        let notes: Vec<&EvidenceNote> = self.observation.evidence_for(&component.id).collect();
        if let Some(why) = self.not_for_kind(&component.id) {
            return not_for_kind(component, why, current.is_some(), &notes);
        }
        column![
            text(format!("{} {}", component.id, component.name))
                .font(theme::BOLD)
                .size(20),
            text(component.summary.clone()).size(14).style(theme::muted),
            level_cards(rubric, component, current),
            level_actions(current),
            text("Rationale").font(theme::BOLD).size(14),
            text_editor(&self.rationale)
                .placeholder("Why this level: what the evidence shows")
                .on_action(Message::Rationale)
                .height(90),
            text(format!(
                "Evidence tagged {} ({})",
                component.id,
                notes.len()
            ))
            .font(theme::BOLD)
            .size(14),
            evidence(&notes),
        ]
        .spacing(10)
        .into()
    }
}

/// A component this kind of visit does not rate: why, and a rating given
/// before (an older record's) kept and shown, never dropped.
fn not_for_kind<'a>(
    component: &'a Component,
    why: String,
    rated: bool,
    notes: &[&EvidenceNote],
) -> Element<'a, Message> {
    let mut body = column![
        text(format!("{} {}", component.id, component.name))
            .font(theme::BOLD)
            .size(20),
        container(text(why).size(14))
            .padding(8)
            .width(Fill)
            .style(theme::warning_panel),
    ]
    .spacing(10);
    if rated {
        body = body.push(
            text("The rating recorded before is kept, and counts as it did.")
                .size(13)
                .style(theme::muted),
        );
    }
    body.push(evidence(notes)).into()
}

/// One card per level with the component's descriptor; the chosen one stands out.
fn level_cards<'a>(
    rubric: &Rubric,
    component: &Component,
    current: Option<RatingLevel>,
) -> Element<'a, Message> {
    let cards = rubric.levels.iter().enumerate().map(|(i, level)| {
        let chosen = current == Some(RatingLevel::Level(level.score));
        button(
            column![
                text(format!("{} · {}", i + 1, level.name))
                    .font(theme::BOLD)
                    .size(14),
                text(
                    component
                        .descriptors
                        .get(&level.score)
                        .cloned()
                        .unwrap_or_default()
                )
                .size(13),
            ]
            .spacing(6),
        )
        .padding(10)
        .width(Fill)
        .style(theme::level_card(chosen))
        .on_press(Message::SetLevel(RatingLevel::Level(level.score)))
        .into()
    });
    row(cards).spacing(8).into()
}

/// Not observed, Clear rating, and the keys that rate.
fn level_actions<'a>(current: Option<RatingLevel>) -> Element<'a, Message> {
    let not_observed = current == Some(RatingLevel::NotObserved);
    row![
        button(
            text(if not_observed {
                "✓ Not observed (0)"
            } else {
                "Not observed (0)"
            })
            .size(13)
        )
        .style(theme::chip(not_observed))
        .padding([4, 12])
        .on_press(Message::SetLevel(RatingLevel::NotObserved)),
        button(text("Clear rating").size(13))
            .style(button::text)
            .on_press_maybe(current.is_some().then_some(Message::ClearRating)),
        text("Press 1-4 to rate, Ctrl+↓ for the next component.")
            .size(12)
            .style(theme::muted),
    ]
    .spacing(10)
    .align_y(iced::Center)
    .into()
}

/// The notes tagged to the component, with their times.
fn evidence<'a>(notes: &[&EvidenceNote]) -> Column<'a, Message> {
    let mut evidence = Column::new().spacing(4);
    if notes.is_empty() {
        evidence = evidence.push(
            text("No evidence is tagged to this component yet.")
                .size(13)
                .style(theme::muted),
        );
    }
    for note in notes {
        evidence = evidence.push(
            row![
                text(note.at.format("%H:%M").to_string())
                    .size(13)
                    .style(theme::muted)
                    .width(48),
                text(note.text.clone()).size(13),
            ]
            .spacing(8),
        );
    }
    evidence
}
