//! How the self-assessment screen looks: who supplied it, each domain's
//! components with a level pick and an evidence line, the proposed goals,
//! and submitting.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::{Message, SelfAssessmentScreen};
use crate::record::{SelfStatus, Supplied};
use crate::rubric::{Component, Rubric, applicable};
use crate::ui::confirm::{self, Ask};
use crate::ui::goal_row::GoalRow;
use crate::ui::page_frame::Frame;
use crate::ui::theme;

impl SelfAssessmentScreen {
    pub fn view(&self) -> Element<'_, Message> {
        let mut body = Column::new().spacing(16);
        if let Some(bar) = self.amending.bar(&self.record, Message::Amend) {
            body = body.push(bar);
        }
        let body = body
            .push(self.body())
            .push(self.amending.history(&self.record, Message::Amend))
            .into();
        let page = self.session.frame(Frame {
            name: self.educator.name.clone(),
            title: format!("Self-assessment · {}", self.record.school_year),
            what: "self-assessment",
            back: Message::Back,
            export_pdf: Message::ExportPdf,
            export: Message::Export,
            body,
            held: None,
        });
        let asking = self.asking.then(|| {
            confirm::panel(
                Ask {
                    title: "Mark this self-assessment submitted?".into(),
                    what: "Submit: the educator's self-assessment as it stands now is the one \
                           submitted. Every later change is an amendment, signed with a name and \
                           a reason, and shown in its history and on the evaluation's PDF."
                        .into(),
                    lists: Vec::new(),
                },
                Message::Confirm,
                Message::Cancel,
            )
        });
        confirm::over(page, asking)
    }

    fn body(&self) -> Element<'_, Message> {
        let mut body = column![self.supplied_line()].spacing(10);
        match &self.rubric {
            Some(rubric) => body = body.push(self.components(rubric)),
            None => {
                body = body.push(
                    container(text(format!(
                        "The rubric `{}` is not loaded, so its components cannot be shown; what is recorded is kept.",
                        self.record.rubric_id
                    )))
                    .padding(8)
                    .style(theme::warning_panel),
                );
            }
        }
        body.push(self.goals()).push(self.submit_line()).into()
    }

    /// Who supplied it and who typed it in.
    fn supplied_line(&self) -> Element<'_, Message> {
        let chip = |label: &'static str, supplied: Supplied| {
            button(text(label).size(13))
                .padding([3, 10])
                .style(theme::chip(self.record.supplied == supplied))
                .on_press(Message::Supplied(supplied))
        };
        row![
            text("Supplied by").font(theme::BOLD).size(14),
            chip(
                "The evaluator, from the educator's form",
                Supplied::Evaluator
            ),
            chip("The educator", Supplied::Educator),
            text_input("Entered by (your name)", &self.record.entered_by)
                .on_input(Message::EnteredBy)
                .padding(6)
                .width(240),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .wrap()
        .into()
    }

    /// Every applicable component under its domain.
    fn components<'a>(&'a self, rubric: &'a Rubric) -> Column<'a, Message> {
        let shown: Vec<&Component> = applicable(rubric, Some(self.educator.level)).collect();
        let assessed = (self.record.components.iter())
            .filter(|r| r.level.is_some())
            .count();
        let mut list = Column::new().spacing(4).push(
            text(format!(
                "The educator's own level of each component ({assessed} of {} assessed)",
                shown.len()
            ))
            .font(theme::BOLD)
            .size(15),
        );
        for domain in &rubric.domains {
            let mine: Vec<&Component> = (domain.components.iter())
                .filter(|c| shown.iter().any(|s| s.id == c.id))
                .collect();
            if mine.is_empty() {
                continue;
            }
            list = list.push(
                container(
                    text(format!("Domain {}: {}", domain.id, domain.name))
                        .font(theme::BOLD)
                        .size(13),
                )
                .padding([6, 0]),
            );
            for component in mine {
                list = list.push(self.component_row(rubric, component));
            }
        }
        list
    }

    /// A component: its name, a chip per level and "Not assessed", the evidence line.
    fn component_row<'a>(&'a self, rubric: &'a Rubric, c: &'a Component) -> Element<'a, Message> {
        let level = self.record.level_of(&c.id);
        let evidence = self
            .record
            .rating(&c.id)
            .map_or("", |r| r.evidence.as_str());
        let id = c.id.clone();
        let mut chips = row![].spacing(4);
        for l in &rubric.levels {
            chips = chips.push(
                button(text(l.name.clone()).size(12))
                    .padding([2, 8])
                    .style(theme::chip(level == Some(l.score)))
                    .on_press(Message::Level(c.id.clone(), Some(l.score))),
            );
        }
        chips = chips.push(
            button(text("Not assessed").size(12))
                .padding([2, 8])
                .style(theme::chip(level.is_none()))
                .on_press(Message::Level(c.id.clone(), None)),
        );
        column![
            row![
                text(c.id.clone()).font(theme::BOLD).size(13).width(34),
                text(c.name.clone()).size(13).width(Fill),
                chips,
            ]
            .spacing(8)
            .align_y(iced::Center),
            text_input(&format!("Evidence for {} (a sentence)", c.id), evidence)
                .on_input(move |t| Message::Evidence(id.clone(), t))
                .padding(5)
                .size(13),
        ]
        .spacing(3)
        .into()
    }

    fn goals(&self) -> Column<'_, Message> {
        let mut goals = Column::new().spacing(6).push(
            text("Goals the educator proposes")
                .font(theme::BOLD)
                .size(15),
        );
        for (i, g) in self.record.goals.iter().enumerate() {
            goals = goals.push(
                GoalRow {
                    index: i,
                    placeholder: "What the educator means to grow in",
                    text: g.text.clone(),
                    components: g.components.join(", "),
                    on_text: Message::GoalText,
                    on_components: Message::GoalComponents,
                    remove: Message::RemoveGoal(i),
                }
                .view(),
            );
        }
        goals.push(
            button(text("Add a goal").size(13))
                .style(button::secondary)
                .on_press(Message::AddGoal),
        )
    }

    fn submit_line(&self) -> Element<'_, Message> {
        match &self.record.status {
            SelfStatus::Submitted { at } => text(format!(
                "Submitted on {}. Every change since is an amendment (History).",
                at.format("%B %-d, %Y")
            ))
            .size(13)
            .into(),
            SelfStatus::Draft => row![
                text("A draft: it saves as you type.")
                    .size(13)
                    .style(theme::muted),
                button(text("Mark submitted…")).on_press(Message::Submit),
            ]
            .spacing(8)
            .align_y(iced::Center)
            .into(),
        }
    }
}
