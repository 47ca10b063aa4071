//! How the growth plan screen looks.

use crate::record::trail::amended_after_acknowledgement;
use iced::widget::{
    Column, button, column, container, pick_list, row, text, text_editor, text_input,
};
use iced::{Element, Fill};

use super::dates::TypedDate;
use super::{GrowthPlanScreen, Message};
use crate::record::{PlanKind, PlanSource, StepStatus};
use crate::ui::confirm;
use crate::ui::page_frame::Frame;
use crate::ui::theme;

/// A component offered in the "add a focus component" list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ComponentChoice {
    id: String,
    label: String,
}

impl std::fmt::Display for ComponentChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl GrowthPlanScreen {
    pub fn view(&self) -> Element<'_, Message> {
        let asking = self
            .status_form
            .dialog("plan")
            .map(|panel| panel.map(Message::Status));
        let page = self.session.frame(Frame {
            name: self.educator.name.clone(),
            title: format!("{} · {}", self.plan.kind, self.plan.school_year),
            what: "plan",
            back: Message::Back,
            export_pdf: Message::ExportPdf,
            export: Message::Export,
            body: {
                let mut body = iced::widget::Column::new().spacing(16);
                if let Some(bar) = self.amending.bar(&self.plan, Message::Amend) {
                    body = body.push(bar);
                }
                body.push(self.body())
                    .push(self.amending.history(&self.plan, Message::Amend))
                    .into()
            },
            held: self
                .unstored()
                .map(|_| "Not saved: a date is not understood".to_string()),
        });
        confirm::over(page, asking)
    }

    fn body(&self) -> Element<'_, Message> {
        let p = &self.plan;
        let name_of = |id: &str| {
            self.rubric
                .as_ref()
                .and_then(|r| r.component(id))
                .map_or(id.to_string(), |c| format!("{id} {}", c.name))
        };
        let level_of = |score: Option<u32>| {
            score
                .and_then(|s| {
                    self.rubric
                        .as_ref()
                        .and_then(|r| r.level(s))
                        .map(|l| l.name.clone())
                })
                .unwrap_or_else(|| "not rated".into())
        };
        let kinds = [PlanKind::ProfessionalGrowth, PlanKind::Improvement]
            .iter()
            .fold(row![].spacing(6), |chips, kind| {
                chips.push(
                    button(text(kind.to_string()).size(14))
                        .padding([4, 12])
                        .style(if p.kind == *kind {
                            button::primary
                        } else {
                            button::secondary
                        })
                        .on_press(Message::Kind(*kind)),
                )
            });
        let source = match &p.source {
            PlanSource::Summative(_) => "Made from the summative evaluation.",
            PlanSource::Observation(_) => "Made from an observation.",
            PlanSource::None => "Written from scratch.",
        };

        let mut focus = Column::new().spacing(6);
        if p.focus.is_empty() {
            focus = focus.push(text("No focus components yet.").style(theme::muted));
        }
        for (i, f) in p.focus.iter().enumerate() {
            focus = focus.push(
                container(
                    column![
                        row![
                            text(name_of(&f.component))
                                .font(theme::BOLD)
                                .size(14)
                                .width(Fill),
                            text(format!("{} → {}", level_of(f.current), level_of(f.target)))
                                .size(13),
                            button(text("Remove").size(12))
                                .style(button::text)
                                .on_press(Message::RemoveFocus(i)),
                        ]
                        .spacing(8)
                        .align_y(iced::Center),
                        text(if f.target_descriptor.is_empty() {
                            String::new()
                        } else {
                            format!("What success looks like: {}", f.target_descriptor)
                        })
                        .size(13)
                        .style(theme::muted),
                    ]
                    .spacing(4),
                )
                .padding(8)
                .width(Fill)
                .style(theme::panel),
            );
        }
        let choices: Vec<ComponentChoice> = self
            .rubric
            .as_ref()
            .map(|r| {
                crate::rubric::applicable(r, Some(self.educator.level))
                    .filter(|c| !p.focus.iter().any(|f| f.component == c.id))
                    .map(|c| ComponentChoice {
                        id: c.id.clone(),
                        label: format!("{} {}", c.id, c.name),
                    })
                    .collect()
            })
            .unwrap_or_default();
        focus = focus.push(
            pick_list(choices, None::<ComponentChoice>, |c| {
                Message::AddFocus(c.id)
            })
            .placeholder("Add a focus component…")
            .text_size(13),
        );

        let placeholder = self.dates.placeholder();
        let mut goals = Column::new().spacing(8);
        for (i, g) in p.goals.iter().enumerate() {
            let date = self.goal_dates.get(i).cloned().unwrap_or_default();
            goals = goals.push(
                container(
                    column![
                        row![
                            text(format!("Goal {}", i + 1))
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
                    .spacing(6),
                )
                .padding(8)
                .width(Fill)
                .style(theme::panel),
            );
        }
        goals = goals.push(
            button(text("Add a goal").size(13))
                .style(button::secondary)
                .on_press(Message::AddGoal),
        );

        let mut steps = Column::new().spacing(6).push(
            row![
                text("What").size(12).style(theme::muted).width(Fill),
                text("Who").size(12).style(theme::muted).width(180),
                text("Due").size(12).style(theme::muted).width(130),
                text("Status").size(12).style(theme::muted).width(290),
            ]
            .spacing(8),
        );
        for (i, s) in p.steps.iter().enumerate() {
            let due = self.step_dues.get(i).cloned().unwrap_or_default();
            let problem = not_understood(&due);
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
            steps = steps.push(
                row![
                    text_input("Action step", &s.what)
                        .on_input(move |t| Message::StepWhat(i, t))
                        .padding(5)
                        .width(Fill),
                    text_input("Who", &s.who)
                        .on_input(move |t| Message::StepWho(i, t))
                        .padding(5)
                        .width(180),
                    text_input(placeholder, &due.text)
                        .on_input(move |t| Message::StepDue(i, t))
                        .padding(5)
                        .width(130),
                    container(statuses).width(250),
                    button(text("×").size(14))
                        .style(button::text)
                        .on_press(Message::RemoveStep(i)),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
            steps = steps.push(problem);
        }
        steps = steps.push(
            button(text("Add a step").size(13))
                .style(button::secondary)
                .on_press(Message::AddStep),
        );

        let mut progress = Column::new().spacing(4);
        for (i, entry) in p.progress.iter().enumerate() {
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
        progress = progress.push(
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
        );
        progress = progress.push(not_understood(&self.progress_date));

        let mut body = column![
            row![kinds, text(source).size(13).style(theme::muted)]
                .spacing(12)
                .align_y(iced::Center),
        ]
        .spacing(10);
        if self.improvement_required {
            body = body.push(
                container(text("The evaluation's rating is in the profile's two lowest bands: an improvement plan is required."))
                    .padding(8)
                    .style(theme::warning_panel),
            );
        }
        if let Some(problem) = &self.problem {
            body = body.push(
                container(text(problem.clone()))
                    .padding(8)
                    .style(theme::error_panel),
            );
        }
        body.push(text("Focus components").font(theme::BOLD).size(16))
            .push(focus)
            .push(text("Goals").font(theme::BOLD).size(16))
            .push(goals)
            .push(text("Action steps").font(theme::BOLD).size(16))
            .push(steps)
            .push(text("Supports and resources").font(theme::BOLD).size(16))
            .push(
                text_editor(&self.supports)
                    .placeholder("Coaching, courses, peer visits, materials the school provides…")
                    .on_action(Message::Supports)
                    .height(90),
            )
            .push(text("Evidence of progress").font(theme::BOLD).size(16))
            .push(progress)
            .push(text("Mid-year review").font(theme::BOLD).size(16))
            .push(
                text_editor(&self.mid_year)
                    .on_action(Message::MidYear)
                    .height(90),
            )
            .push(text("End-of-year review").font(theme::BOLD).size(16))
            .push(
                text_editor(&self.end_of_year)
                    .on_action(Message::EndOfYear)
                    .height(90),
            )
            .push(text("Status").font(theme::BOLD).size(16))
            .push(
                self.status_form
                    .view(&p.status, amended_after_acknowledgement(p), "plan")
                    .map(Message::Status),
            )
            .into()
    }
}

/// Under a date field: that its text was not understood, and why.
fn not_understood<'a>(field: &TypedDate) -> Option<Element<'a, Message>> {
    field.problem.as_ref().map(|problem| {
        text(problem.clone())
            .size(12)
            .style(theme::danger_text)
            .into()
    })
}
