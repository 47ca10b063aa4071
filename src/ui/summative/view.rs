//! How the summative evaluation screen looks.

use crate::record::trail::amended_after_acknowledgement;
use crate::ui::button;
use crate::ui::text_editor;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::{Message, Step, SummativeScreen};
use crate::record::{Selection, Summative};
use crate::report::value_text as format_value;
use crate::scoring::Scored;
use crate::scoring::before_finalising;
use crate::text::count;
use crate::ui::confirm::{self, Ask};
use crate::ui::page_frame::Frame;
use crate::ui::theme;
use components::domains_table;
use headline::headline;

mod components;
mod headline;
mod measures;
mod self_assessed;

impl SummativeScreen {
    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match self.scored() {
            Ok(scored) => self.body(&scored),
            Err(problem) => {
                text(format!("This evaluation cannot be worked out: {problem}.")).into()
            }
        };
        let mut page_body = iced::widget::Column::new().spacing(16);
        if let Some(bar) = self.amending.bar(&self.summative, Message::Amend) {
            page_body = page_body.push(bar);
        }
        let body = page_body
            .push(body)
            .push(self.amending.history(&self.summative, Message::Amend))
            .into();
        let page = self.session.frame(Frame {
            name: self.educator.name.clone(),
            title: format!(
                "{} summative evaluation · {} · {}",
                self.summative.period.label(),
                self.summative.school_year,
                self.employment()
            ),
            what: "evaluation",
            back: Message::Back,
            export_pdf: Message::ExportPdf,
            export: Message::Export,
            body,
            held: self
                .unstored()
                .map(|_| "Not saved: a student measure is being entered".to_string()),
        });
        let page = match self.sending.view() {
            Some(panel) => {
                iced::widget::stack![crate::ui::inert::inert(page), panel.map(Message::Packet)]
                    .into()
            }
            None => page,
        };
        confirm::over(page, self.asking_panel())
    }

    /// The panel asking about the step waiting for Confirm, if any.
    fn asking_panel(&self) -> Option<Element<'_, Message>> {
        let ask = match &self.asking {
            Some(Step::Finalise) => self.finalise_ask(),
            Some(Step::RemoveMeasure(id)) => self.remove_measure_ask(id),
            Some(Step::Reopen) => Ask {
                title: "Reopen this evaluation?".into(),
                what: format!(
                    "Reopen: the evaluation becomes a draft again and follows changes to its \
                     observations until it is finalised again. Who reopened it ({}), when, and \
                     why (\u{201c}{}\u{201d}) are recorded and printed with it.",
                    self.finalize_by.trim(),
                    self.reopen_reason.trim()
                ),
                lists: Vec::new(),
            },
            None => {
                return self
                    .status_form
                    .dialog("evaluation")
                    .map(|panel| panel.map(Message::Status));
            }
        };
        Some(confirm::panel(ask, Message::Confirm, Message::Cancel))
    }

    /// What removing a measure record does.
    fn remove_measure_ask(&self, id: &str) -> Ask {
        let what = self.measures.iter().find(|m| m.id == id).map_or_else(
            || id.to_string(),
            |m| {
                let name = self
                    .measure_rule(&m.measure)
                    .map_or(m.measure.as_str(), |r| r.name.as_str());
                let score = m
                    .score
                    .map_or_else(|| "pending".to_string(), crate::scoring::trim_number);
                let title = if m.title.trim().is_empty() {
                    String::new()
                } else {
                    format!(" \u{201c}{}\u{201d}", m.title.trim())
                };
                format!("{name}{title}, score {score}")
            },
        );
        Ask {
            title: "Remove this student measure?".into(),
            what: format!(
                "Remove: {what}. It no longer counts in this evaluation. Its last version is kept in \
                 the workspace's history."
            ),
            lists: Vec::new(),
        }
    }

    /// What finalising does, and what is unrated or missing, from the data layer's rule.
    fn finalise_ask(&self) -> Ask {
        let scored = self.scored();
        let result = match scored.as_ref().map(|s| (&s.result.score, &s.result.rating)) {
            Ok((Some(score), Some((label, _)))) => {
                format!("final rating {} · {label}", format_value(*score))
            }
            Ok(_) => "no final rating yet: the practice rating and any student measures".into(),
            Err(_) => "no final rating".into(),
        };
        let gaps = scored
            .map(|scored| before_finalising(&self.summative, &scored))
            .unwrap_or_default();
        let mut lists = Vec::new();
        if !gaps.unrated.is_empty() {
            let n = gaps.unrated_count();
            lists.push((
                format!(
                    "Not rated: {} ({}):",
                    count(n, "component", "components"),
                    if gaps.unrated_count_as_lowest {
                        "counted at the lowest level"
                    } else {
                        "left out of the score"
                    }
                ),
                gaps.unrated
                    .iter()
                    .map(|d| {
                        let components: Vec<String> = d
                            .components
                            .iter()
                            .map(|(id, name)| format!("{id} {name}"))
                            .collect();
                        format!("Domain {} {}: {}", d.id, d.name, components.join("; "))
                    })
                    .collect(),
            ));
        }
        if !gaps.missing.is_empty() {
            lists.push(("Missing:".to_string(), gaps.missing.clone()));
        }
        if gaps.is_empty() {
            lists.push((
                "Nothing is missing: every component is rated and there are comments.".into(),
                Vec::new(),
            ));
        }
        Ask {
            title: "Finalise this evaluation?".into(),
            what: format!(
                "Finalise: this locks the evaluation. Its result ({result}) and the ratings it \
                 rests on are kept as they are now; later changes to observations do not change \
                 it. Changing it again needs reopening, with a reason that is recorded."
            ),
            lists,
        }
    }

    /// The page under the amendment bar: one panel after another, top to bottom.
    fn body<'a>(&'a self, scored: &Scored<'a>) -> Element<'a, Message> {
        let s = &self.summative;
        let locked = self.locked();
        let mut body = column![
            container(headline(scored))
                .padding(12)
                .width(Fill)
                .style(theme::panel),
            self.period_line(scored),
            text("Scoring profile").font(theme::BOLD).size(15),
            self.profile_chips(locked),
            self.workspace_profile_line(),
            // Part B before the detail of Part A, so its form opens in sight.
            self.measures_panel(scored),
            self.counted(scored, locked),
            domains_table(&scored.outcome),
            self.components(scored, locked),
            self.self_assessment_panel(scored),
            text("Evaluator's comments").font(theme::BOLD).size(15),
            text_editor(&self.comments)
                .placeholder("Summary of the year, strengths, next steps…")
                .on_action(Message::Comments)
                .height(120),
            text("Finalise").font(theme::BOLD).size(15),
            self.finalise_section(),
            reopenings(s),
        ]
        .spacing(10);
        if let Some(problem) = &self.problem {
            body = body.push(
                container(text(problem.clone()))
                    .padding(8)
                    .style(theme::error_panel),
            );
        }
        body = body.push(text("Status").font(theme::BOLD).size(15)).push(
            self.status_form
                .view(&s.status, amended_after_acknowledgement(s), "evaluation")
                .map(Message::Status),
        );
        if s.finalized.is_some() {
            body = body
                .push(
                    button(text("Send as a packet…"))
                        .style(button::secondary)
                        .on_press(Message::SendPacket),
                )
                .push(crate::ui::responses_view::responses(
                    &s.responses,
                    &crate::record::trail::fingerprint(s),
                    |a| Message::OpenResponseArtifact(Box::new(a)),
                ));
        }
        body.into()
    }

    /// One chip per scoring profile; the chosen one stands out, and none can change once final.
    fn profile_chips(&self, locked: bool) -> Element<'_, Message> {
        let s = &self.summative;
        self.profiles
            .entries
            .iter()
            .fold(row![].spacing(6), |chips, e| {
                let chosen = e.profile.id == s.profile_id;
                chips.push(
                    button(text(e.profile.title.clone()).size(13))
                        .padding([4, 10])
                        .style(if chosen {
                            button::primary
                        } else {
                            button::secondary
                        })
                        .on_press_maybe((!locked).then(|| Message::Profile(e.profile.id.clone()))),
                )
            })
            .wrap()
            .into()
    }

    /// Which of the year's observations the result counts, as chips to toggle.
    fn counted<'a>(&'a self, scored: &Scored<'a>, locked: bool) -> Element<'a, Message> {
        let s = &self.summative;
        let year = self.year_observations();
        let mut counted = Column::new().spacing(4).push(
            text(match &s.observations {
                Selection::AllOfYear => format!(
                    "Observations counted: all {} of the school year",
                    year.len()
                ),
                Selection::Chosen(ids) => format!(
                    "Observations counted: {} of {} chosen",
                    ids.len(),
                    year.len()
                ),
            })
            .font(theme::BOLD)
            .size(14),
        );
        if year.is_empty() {
            counted = counted.push(
                text("This educator has no observations in this school year yet.")
                    .style(theme::muted),
            );
        }
        let observation_chips = year.iter().fold(row![].spacing(6), |chips, obs| {
            let included = scored.counted.iter().any(|c| c.id == obs.id);
            chips.push(
                button(
                    text(format!(
                        "{} {} · {}",
                        if included { "✓" } else { "○" },
                        obs.started_at.format("%b %-d"),
                        obs.rating_tally()
                    ))
                    .size(13),
                )
                .padding([3, 10])
                .style(theme::chip(included))
                .on_press_maybe((!locked).then(|| Message::ToggleObservation(obs.id.clone()))),
            )
        });
        counted = counted.push(observation_chips.wrap());
        if matches!(s.observations, Selection::Chosen(_)) && !locked {
            counted = counted.push(
                button(text("Count every observation of the year").size(13))
                    .style(button::text)
                    .on_press(Message::CountWholeYear),
            );
        }
        counted.into()
    }

    /// Whether new evaluations start under the chosen profile, and a way to make them.
    fn workspace_profile_line(&self) -> Element<'_, Message> {
        let chosen = &self.summative.profile_id;
        if *chosen == self.workspace_profile {
            return text("New evaluations in this workspace start under this profile.")
                .size(12)
                .style(theme::muted)
                .into();
        }
        let now = self
            .profiles
            .get(&self.workspace_profile)
            .map_or(self.workspace_profile.as_str(), |p| p.title.as_str());
        row![
            button(text("Start new evaluations under this profile").size(12))
                .padding([3, 8])
                .style(button::secondary)
                .on_press(Message::UseProfileForNew),
            text(format!("New evaluations now start under {now}."))
                .size(12)
                .style(theme::muted),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .into()
    }

    /// Whether the evaluation is final (with a way to reopen it) or a draft (with a way to finalise).
    fn finalise_section(&self) -> Element<'_, Message> {
        match &self.summative.finalized {
            Some(f) => column![
                text(format!(
                    "Finalised by {} on {}. It no longer follows changes to observations.",
                    f.by,
                    f.at.format("%B %-d, %Y")
                ))
                .size(14),
                row![
                    text_input("Why it is being reopened (required)", &self.reopen_reason)
                        .on_input(Message::ReopenReason)
                        .padding(6),
                    button(text("Reopen"))
                        .style(button::secondary)
                        .on_press(Message::Reopen),
                ]
                .spacing(8),
            ]
            .spacing(8)
            .into(),
            None => column![
                text("While a draft, it follows changes to the observations. Finalising locks it.")
                    .size(13)
                    .style(theme::muted),
                row![
                    text_input("Who finalises it", &self.finalize_by)
                        .on_input(Message::FinalizeBy)
                        .padding(6)
                        .width(300),
                    button(text("Finalise")).on_press(Message::Finalize),
                ]
                .spacing(8),
            ]
            .spacing(8)
            .into(),
        }
    }
}

/// Each reopening of the evaluation: who, when and why.
fn reopenings(s: &Summative) -> Column<'_, Message> {
    let mut reopenings = Column::new().spacing(2);
    for r in &s.reopened {
        reopenings = reopenings.push(
            text(format!(
                "Reopened by {} on {}: {}",
                r.by,
                r.at.format("%B %-d, %Y"),
                r.reason
            ))
            .size(13)
            .style(theme::muted),
        );
    }
    reopenings
}
