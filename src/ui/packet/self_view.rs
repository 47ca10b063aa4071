//! The self-assessment a request asks for: each component of the packet's
//! rubric under its domain, with a level (or "not assessed") and a
//! sentence of evidence, then the goals the educator proposes.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::answering::{Answering, Message as A};
use crate::rubric::{Component, Rubric};
use crate::ui::goal_row::GoalRow;
use crate::ui::theme;

impl Answering {
    pub(super) fn self_assessment_section(&self) -> Element<'_, A> {
        let rubric = &self.packet.rubric;
        let assessed = (self.draft.ratings.iter())
            .filter(|r| r.level.is_some())
            .count();
        let total = rubric.components().count();
        let mut list = Column::new().spacing(4).push(
            text(format!(
                "Your self-assessment ({assessed} of {total} components assessed)"
            ))
            .font(theme::BOLD)
            .size(16),
        );
        list = list.push(
            text(format!(
                "For each component of {}, the level you would give yourself and a sentence of \
                 evidence. Leave a component \"Not assessed\" if you prefer.",
                rubric.title
            ))
            .size(13)
            .style(theme::muted),
        );
        for domain in &rubric.domains {
            list = list.push(
                container(
                    text(format!("Domain {}: {}", domain.id, domain.name))
                        .font(theme::BOLD)
                        .size(14),
                )
                .padding([6, 0]),
            );
            for component in &domain.components {
                list = list.push(self.component_row(rubric, component));
            }
        }
        column![list, self.goals()].spacing(14).into()
    }

    /// A component: its name, a chip per level and "Not assessed", the evidence line.
    fn component_row<'a>(&'a self, rubric: &'a Rubric, c: &'a Component) -> Element<'a, A> {
        let mine = self.draft.rating(&c.id);
        let level = mine.and_then(|r| r.level);
        let evidence = mine.map_or("", |r| r.evidence.as_str());
        let mut chips = row![].spacing(4);
        for l in &rubric.levels {
            chips = chips.push(
                button(text(l.name.clone()).size(12))
                    .padding([2, 8])
                    .style(theme::chip(level == Some(l.score)))
                    .on_press(A::Level(c.id.clone(), Some(l.score))),
            );
        }
        chips = chips.push(
            button(text("Not assessed").size(12))
                .padding([2, 8])
                .style(theme::chip(level.is_none()))
                .on_press(A::Level(c.id.clone(), None)),
        );
        let id = c.id.clone();
        column![
            row![
                text(c.id.clone()).font(theme::BOLD).size(13).width(34),
                text(c.name.clone()).size(13).width(Fill),
            ]
            .spacing(8),
            chips.wrap(),
            text_input(&format!("Evidence for {} (a sentence)", c.id), evidence)
                .on_input(move |t| A::Evidence(id.clone(), t))
                .padding(5)
                .size(13),
        ]
        .spacing(3)
        .into()
    }

    fn goals(&self) -> Column<'_, A> {
        let mut goals = Column::new()
            .spacing(6)
            .push(text("Goals you propose").font(theme::BOLD).size(16));
        for (i, g) in self.draft.goals.iter().enumerate() {
            goals = goals.push(
                GoalRow {
                    index: i,
                    placeholder: "What you mean to grow in",
                    text: g.text.clone(),
                    components: g.components.clone(),
                    on_text: A::GoalText,
                    on_components: A::GoalComponents,
                    remove: A::RemoveGoal(i),
                }
                .view(),
            );
        }
        goals.push(
            button(text("Add a goal").size(13))
                .style(button::secondary)
                .on_press(A::AddGoal),
        )
    }
}
