//! The plan's lists that grow by hand: goals, action steps, and evidence of progress.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::super::{GrowthPlanScreen, Message};
use super::not_understood;
use crate::record::{Goal, Step, StepStatus};
use crate::ui::theme;

impl GrowthPlanScreen {
    /// Every goal as a card, then a button to add one.
    pub(super) fn goals(&self) -> Column<'_, Message> {
        let mut goals = Column::new().spacing(8);
        for (i, g) in self.plan.goals.iter().enumerate() {
            goals = goals.push(
                container(self.goal_card(i, g))
                    .padding(8)
                    .width(Fill)
                    .style(theme::panel),
            );
        }
        let mut buttons = row![
            button(text("Add a goal").size(13))
                .style(button::secondary)
                .on_press(Message::AddGoal),
        ]
        .spacing(8);
        // Adds the educator's goals after those typed; never replaces one.
        if self.self_assessment.is_some() {
            buttons = buttons.push(
                button(text("Take goals from the self-assessment").size(13))
                    .style(button::secondary)
                    .on_press(Message::TakeSelfAssessmentGoals),
            );
        }
        goals.push(buttons)
    }

    /// One goal: its statement, components, measure and target date (with a date problem under).
    fn goal_card<'a>(&'a self, i: usize, g: &'a Goal) -> Column<'a, Message> {
        let placeholder = self.dates.placeholder();
        let date = self.goal_dates.get(i).cloned().unwrap_or_default();
        column![
            row![
                text(if g.from_self_assessment {
                    format!("Goal {} · from the educator's self-assessment", i + 1)
                } else {
                    format!("Goal {}", i + 1)
                })
                .font(theme::BOLD)
                .size(14)
                .width(Fill),
                button(text("Remove").size(12))
                    .style(button::text)
                    .on_press(Message::RemoveGoal(i)),
            ],
            text_input("Specific goal: what will change, for whom", &g.statement)
                .on_input(move |t| Message::GoalStatement(i, t))
                .padding(6),
            row![
                text_input("Components, e.g. 3b, 3c", &g.components.join(", "))
                    .on_input(move |t| Message::GoalComponents(i, t))
                    .padding(6)
                    .width(200),
                text_input("Measure of success", &g.measure)
                    .on_input(move |t| Message::GoalMeasure(i, t))
                    .padding(6),
                text_input(&format!("Target date {placeholder}"), &date.text)
                    .on_input(move |t| Message::GoalDate(i, t))
                    .padding(6)
                    .width(190),
            ]
            .spacing(8),
        ]
        .push(not_understood(&date))
        .spacing(6)
    }

    /// The action steps as a table under column headings, then a button to add one.
    pub(super) fn steps(&self) -> Column<'_, Message> {
        let mut steps = Column::new().spacing(6).push(
            row![
                text("What").size(12).style(theme::muted).width(Fill),
                text("Who").size(12).style(theme::muted).width(180),
                text("Due").size(12).style(theme::muted).width(130),
                text("Status").size(12).style(theme::muted).width(290),
            ]
            .spacing(8),
        );
        for (i, s) in self.plan.steps.iter().enumerate() {
            let due = self.step_dues.get(i).cloned().unwrap_or_default();
            steps = steps
                .push(self.step_row(i, s, &due.text))
                .push(not_understood(&due));
        }
        steps.push(
            button(text("Add a step").size(13))
                .style(button::secondary)
                .on_press(Message::AddStep),
        )
    }

    /// One action step: what, who, when it is due (as typed), its status chips, and remove.
    fn step_row<'a>(&'a self, i: usize, s: &'a Step, due: &str) -> Element<'a, Message> {
        let placeholder = self.dates.placeholder();
        let statuses = [
            StepStatus::NotStarted,
            StepStatus::InProgress,
            StepStatus::Done,
        ]
        .iter()
        .fold(row![].spacing(4), |chips, status| {
            chips.push(
                button(text(status.to_string()).size(12))
                    .padding([2, 8])
                    .style(theme::chip(s.status == *status))
                    .on_press(Message::StepStatus(i, *status)),
            )
        });
        row![
            text_input("Action step", &s.what)
                .on_input(move |t| Message::StepWhat(i, t))
                .padding(5)
                .width(Fill),
            text_input("Who", &s.who)
                .on_input(move |t| Message::StepWho(i, t))
                .padding(5)
                .width(180),
            text_input(placeholder, due)
                .on_input(move |t| Message::StepDue(i, t))
                .padding(5)
                .width(130),
            container(statuses).width(250),
            button(text("×").size(14))
                .style(button::text)
                .on_press(Message::RemoveStep(i)),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .into()
    }

    /// The dated evidence so far, then the fields that add an entry.
    pub(super) fn progress(&self) -> Column<'_, Message> {
        let placeholder = self.dates.placeholder();
        let mut progress = Column::new().spacing(4);
        for (i, entry) in self.plan.progress.iter().enumerate() {
            progress = progress.push(
                row![
                    text(entry.date.format("%b %-d, %Y").to_string())
                        .size(13)
                        .width(110),
                    text(entry.text.clone()).size(13).width(Fill),
                    button(text("Remove").size(12))
                        .style(button::text)
                        .on_press(Message::RemoveProgress(i)),
                ]
                .spacing(8),
            );
        }
        progress
            .push(
                row![
                    text_input(placeholder, &self.progress_date.text)
                        .on_input(Message::ProgressDate)
                        .padding(6)
                        .width(130),
                    text_input(
                        "Evidence of progress, e.g. 'Peer visit: all groups used sentence stems'",
                        &self.progress_text
                    )
                    .on_input(Message::ProgressText)
                    .on_submit(Message::AddProgress)
                    .padding(6),
                    button(text("Add").size(13)).on_press(Message::AddProgress),
                ]
                .spacing(8),
            )
            .push(not_understood(&self.progress_date))
    }
}
