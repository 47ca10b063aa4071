//! How the growth plan screen looks.

use crate::record::trail::amended_after_acknowledgement;
use crate::ui::button;
use crate::ui::text_editor;
use iced::widget::{Column, column, container, pick_list, row, text};
use iced::{Element, Fill};

use super::dates::TypedDate;
use super::{GrowthPlanScreen, Message};
use crate::record::{Focus, GrowthPlan, PlanKind, PlanSource};
use crate::ui::confirm;
use crate::ui::page_frame::Frame;
use crate::ui::theme;

mod entries;

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
            title: format!("{} · {}", self.plan.title(), self.plan.school_year),
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

    /// The page under the amendment bar: one section after another, top to bottom.
    fn body(&self) -> Element<'_, Message> {
        let p = &self.plan;
        let mut body = column![self.kind_line()].spacing(10);
        if self.improvement_required {
            let plan = p
                .rule
                .as_ref()
                .map_or("an improvement plan".to_string(), |r| {
                    format!("a {}", r.name)
                });
            body = body.push(
                container(text(format!(
                    "The evaluation's final rating requires {plan}."
                )))
                .padding(8)
                .style(theme::warning_panel),
            );
        }
        if let Some(why) = why(p) {
            body = body.push(why);
        }
        if let Some(problem) = &self.problem {
            body = body.push(
                container(text(problem.clone()))
                    .padding(8)
                    .style(theme::error_panel),
            );
        }
        body.push(text("Focus components").font(theme::BOLD).size(16))
            .push(self.focus())
            .push(text("Goals").font(theme::BOLD).size(16))
            .push(self.goals())
            .push(text("Action steps").font(theme::BOLD).size(16))
            .push(self.steps())
            .push(text("Supports and resources").font(theme::BOLD).size(16))
            .push(
                text_editor(&self.supports)
                    .placeholder("Coaching, courses, peer visits, materials the school provides…")
                    .on_action(Message::Supports)
                    .height(90),
            )
            .push(text("Evidence of progress").font(theme::BOLD).size(16))
            .push(self.progress())
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

    /// The plan's kind as chips to choose, and where the plan came from.
    fn kind_line(&self) -> Element<'_, Message> {
        let p = &self.plan;
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
        row![kinds, text(source).size(13).style(theme::muted)]
            .spacing(12)
            .align_y(iced::Center)
            .into()
    }

    /// The focus components, each with its levels now and aimed at, and a list to add one.
    fn focus(&self) -> Column<'_, Message> {
        let p = &self.plan;
        let mut focus = Column::new().spacing(6);
        if p.focus.is_empty() {
            focus = focus.push(text("No focus components yet.").style(theme::muted));
        }
        for (i, f) in p.focus.iter().enumerate() {
            focus = focus.push(
                container(self.focus_card(i, f))
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
        focus.push(
            pick_list(choices, None::<ComponentChoice>, |c| {
                Message::AddFocus(c.id)
            })
            .placeholder("Add a focus component…")
            .text_size(13),
        )
    }

    /// One focus component: its name, current and target levels, and what success looks like.
    fn focus_card(&self, i: usize, f: &Focus) -> Column<'_, Message> {
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
        column![
            row![
                text(name_of(&f.component))
                    .font(theme::BOLD)
                    .size(14)
                    .width(Fill),
                text(format!("{} → {}", level_of(f.current), level_of(f.target))).size(13),
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
        .spacing(4)
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

/// What called for the plan and the state's rule with its timeline, as the
/// plan was proposed: read only.
fn why(p: &GrowthPlan) -> Option<Element<'_, Message>> {
    let mut shown: Vec<(&'static str, &str)> = vec![("Called for by", p.trigger.trim())];
    if let Some(rule) = &p.rule {
        shown.push(("Timeline", rule.timeline.trim()));
        shown.push(("Rule", rule.source.trim()));
    }
    shown.retain(|(_, value)| !value.is_empty());
    if shown.is_empty() {
        return None;
    }
    let lines = shown
        .into_iter()
        .fold(Column::new().spacing(4), |lines, (label, value)| {
            lines.push(
                row![
                    text(label).size(13).font(theme::BOLD).width(110),
                    text(value).size(13).width(Fill),
                ]
                .spacing(8),
            )
        });
    Some(
        container(lines)
            .padding(8)
            .width(Fill)
            .style(theme::panel)
            .into(),
    )
}
