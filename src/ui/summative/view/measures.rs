//! Part B, the student measures: each measure the applied weights name,
//! its records, and the form that adds or edits one. A finalised
//! evaluation shows the measures it kept, read-only.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::super::measures::{MeasureForm, MeasureMessage, SCORE_INPUT, Storing};
use super::super::{Message, SummativeScreen};
use crate::record::Measure;
use crate::report::value_text;
use crate::scoring::{MeasureResult, MeasureStatus, Scored, trim_number};
use crate::ui::theme;

fn measure(message: MeasureMessage) -> Message {
    Message::Measure(message)
}

impl SummativeScreen {
    /// The measures panel: weights, each measure with its records, the form.
    pub(super) fn measures_panel<'a>(&'a self, scored: &Scored<'a>) -> Column<'a, Message> {
        let adding = !scored.frozen && !scored.profile.measures.is_empty();
        let mut heading = row![text("Student measures").font(theme::BOLD).size(15)]
            .spacing(12)
            .align_y(iced::Center);
        if adding && self.measure_form.is_none() {
            heading = heading.push(
                button(text("Add a student measure…").size(13))
                    .padding([3, 10])
                    .style(button::secondary)
                    .on_press_maybe(
                        self.storing
                            .is_none()
                            .then_some(measure(MeasureMessage::Add)),
                    ),
            );
        }
        let mut panel = column![heading, Self::weights_line(scored)]
            .spacing(6)
            .max_width(1000);
        if let Some(problem) = &self.measure_problem {
            panel = panel.push(text(problem.clone()).size(13).style(theme::danger_text));
        }
        // The form opens at the top, in the same place however many records there are.
        if let Some(form) = &self.measure_form {
            panel = panel.push(self.form_panel(form));
        }
        for m in &scored.result.measures {
            panel = panel.push(measure_row(m));
            for record in &m.records {
                panel = self.push_record(panel, record, false);
            }
        }
        let counted: Vec<&str> = scored
            .result
            .measures
            .iter()
            .flat_map(|m| m.records.iter().map(|r| r.id.as_str()))
            .collect();
        let others: Vec<&Measure> = self
            .shown_measures()
            .iter()
            .filter(|r| !counted.contains(&r.id.as_str()))
            .collect();
        if !others.is_empty() {
            panel = panel.push(
                text("Recorded this year, not counted under these weights:")
                    .size(13)
                    .style(theme::muted),
            );
            for record in others {
                panel = self.push_record(panel, record, true);
            }
        }
        if scored.frozen {
            panel = panel.push(
                text("Finalised: these are the measures it counted, as they stood.")
                    .size(12)
                    .style(theme::muted),
            );
        }
        panel
    }

    /// The measure records a finalised evaluation kept, else the live ones.
    fn shown_measures(&self) -> &[Measure] {
        self.summative
            .finalized
            .as_ref()
            .and_then(|f| f.measures.as_deref())
            .unwrap_or(&self.measures)
    }

    /// What practice and each measure weigh, or why there are no weights.
    fn weights_line<'a>(scored: &Scored<'a>) -> Element<'a, Message> {
        let profile = scored.profile;
        let Some(w) = &scored.result.weighting else {
            let why = scored.result.pending.join("; ");
            return text(format!("No weights apply: {why}."))
                .size(13)
                .style(theme::danger_text)
                .into();
        };
        if profile.measures.is_empty() {
            return text("This profile counts observation and practice only.")
                .size(13)
                .style(theme::muted)
                .into();
        }
        let practice = if profile.form.practice_label.is_empty() {
            "Observation and practice"
        } else {
            profile.form.practice_label.as_str()
        };
        let mut parts = vec![format!("{practice} {}%", trim_number(w.practice))];
        parts.extend(
            scored
                .result
                .measures
                .iter()
                .map(|m| format!("{} {}%", m.name, trim_number(m.weight))),
        );
        text(format!("Weights: {}", parts.join(" · ")))
            .size(13)
            .style(theme::muted)
            .into()
    }

    /// One record's line (naming its measure when `named`), with Edit and
    /// Remove on a draft.
    fn push_record<'a>(
        &'a self,
        panel: Column<'a, Message>,
        record: &Measure,
        named: bool,
    ) -> Column<'a, Message> {
        let kind = named.then(|| {
            self.measure_rule(&record.measure)
                .map_or(record.measure.as_str(), |r| r.name.as_str())
        });
        let mut line = row![text(record_line(record, kind)).size(13).width(Fill)]
            .spacing(8)
            .align_y(iced::Center)
            .padding(iced::Padding {
                left: 40.0,
                ..iced::Padding::ZERO
            });
        let edited = self
            .measure_form
            .as_ref()
            .is_some_and(|f| f.id.as_deref() == Some(record.id.as_str()));
        if edited {
            line = line.push(text("being edited above").size(12).style(theme::muted));
        } else if !self.locked() {
            let idle = self.storing.is_none();
            line = line
                .push(
                    button(text("Edit").size(12))
                        .style(button::text)
                        .on_press_maybe(
                            idle.then(|| measure(MeasureMessage::Edit(record.id.clone()))),
                        ),
                )
                .push(
                    button(text("Remove").size(12))
                        .style(button::text)
                        .on_press_maybe(
                            idle.then(|| measure(MeasureMessage::Remove(record.id.clone()))),
                        ),
                );
        }
        panel.push(line)
    }

    /// The form: which measure, the score (empty while pending), title, source, date.
    fn form_panel<'a>(&'a self, form: &'a MeasureForm) -> Element<'a, Message> {
        let f = &form.fields;
        let saving = self.storing == Some(Storing::Saving);
        let range = f
            .measure
            .as_deref()
            .and_then(|id| self.measure_rule(id))
            .map_or_else(
                || "Leave it empty while the score is pending.".into(),
                |rule| {
                    format!(
                        "From {} to {}; leave it empty while the score is pending.",
                        trim_number(rule.range.0),
                        trim_number(rule.range.1)
                    )
                },
            );
        let label = |name: &'a str| text(name).size(13).width(54);
        let edit = |wrap: fn(String) -> MeasureMessage| move |t: String| measure(wrap(t));
        let typed = |placeholder: &str, value: &str, wrap| {
            text_input(placeholder, value)
                .on_input_maybe((!saving).then_some(edit(wrap)))
                .on_submit(measure(MeasureMessage::Save))
                .padding(6)
        };
        let line = |items: Vec<Element<'a, Message>>| {
            iced::widget::Row::from_vec(items)
                .spacing(8)
                .width(Fill)
                .align_y(iced::Center)
        };
        let heading = if form.id.is_some() {
            "Edit the student measure:"
        } else {
            "Add a student measure:"
        };
        let mut editor = column![line(vec![
            text(heading).font(theme::BOLD).size(14).into(),
            self.measure_chips(f.measure.as_deref()),
        ])]
        .spacing(6)
        .max_width(900);
        // Said at the top, so a refusal is in sight however short the window.
        if let Some(error) = &form.error {
            editor = editor.push(text(error.clone()).size(13).style(theme::danger_text));
        }
        editor = editor
            .push(line(vec![
                label("Score").into(),
                typed(
                    "Score, or empty while pending",
                    &f.score,
                    MeasureMessage::Score,
                )
                .id(SCORE_INPUT)
                .width(260)
                .into(),
                text(range).size(12).style(theme::muted).into(),
            ]))
            .push(line(vec![
                label("Title").into(),
                typed(
                    "e.g. SLO: Grade 4 reading fluency",
                    &f.title,
                    MeasureMessage::Title,
                )
                .width(Fill)
                .into(),
            ]))
            .push(line(vec![
                label("Source").into(),
                typed(
                    "Where the score comes from, e.g. PVAAS report",
                    &f.source,
                    MeasureMessage::Source,
                )
                .width(Fill)
                .into(),
                text("Date").size(13).into(),
                typed(self.dates.placeholder(), &f.date, MeasureMessage::Date)
                    .width(140)
                    .into(),
            ]));
        container(editor.push(form_buttons(saving)))
            .padding(10)
            .width(Fill)
            .style(theme::panel)
            .into()
    }

    /// One chip per measure the profile names (and the record's own, if it names another).
    fn measure_chips<'a>(&self, chosen: Option<&str>) -> Element<'a, Message> {
        let mut choices: Vec<(String, String)> = self
            .profiles
            .get(&self.summative.profile_id)
            .map(|p| {
                p.measures
                    .iter()
                    .map(|m| {
                        let label = format!("{} {}", m.part, m.name);
                        (m.id.clone(), label.trim().to_string())
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Some(id) = chosen
            && !choices.iter().any(|(c, _)| c == id)
        {
            choices.push((id.to_string(), id.to_string()));
        }
        choices
            .into_iter()
            .fold(row![].spacing(6), |chips, (id, label)| {
                let selected = chosen == Some(id.as_str());
                chips.push(
                    button(text(label).size(13))
                        .padding([3, 10])
                        .style(theme::chip(selected))
                        .on_press(measure(MeasureMessage::Choose(id))),
                )
            })
            .wrap()
            .into()
    }
}

/// Save and Cancel, both held while the save is under way.
fn form_buttons<'a>(saving: bool) -> Element<'a, Message> {
    row![
        button(text(if saving { "Saving…" } else { "Save measure" }).size(13))
            .on_press_maybe((!saving).then_some(measure(MeasureMessage::Save))),
        button(text("Cancel").size(13))
            .style(button::secondary)
            .on_press_maybe((!saving).then_some(measure(MeasureMessage::Cancel))),
        text("Enter saves; Tab moves to the next field.")
            .size(12)
            .style(theme::muted),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}

/// A measure's line: its part on the form, name, weight and where it stands.
fn measure_row<'a>(m: &MeasureResult) -> Element<'a, Message> {
    let status = match (&m.status, m.value) {
        (MeasureStatus::Scored, Some(value)) => format!("scored {}", value_text(value)),
        (MeasureStatus::Invalid(why), _) => why.clone(),
        (status, _) => status.word().to_string(),
    };
    let style = if matches!(m.status, MeasureStatus::Invalid(_)) {
        theme::danger_text
    } else {
        theme::muted
    };
    row![
        text(m.part.clone()).font(theme::BOLD).size(13).width(34),
        text(m.name.clone()).size(13).width(Fill),
        text(format!("{}%", trim_number(m.weight)))
            .size(13)
            .width(50),
        text(status).size(13).width(220).style(style),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}

/// "SLO: Grade 4 reading · score 2.5 · PVAAS report · December 1, 2026",
/// after the measure's name when `kind` gives it.
fn record_line(m: &Measure, kind: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(kind) = kind {
        parts.push(kind.to_string());
    }
    if !m.title.trim().is_empty() {
        parts.push(m.title.trim().to_string());
    }
    parts.push(match m.score {
        Some(score) => format!("score {}", trim_number(score)),
        None => "score pending".into(),
    });
    if !m.source.trim().is_empty() {
        parts.push(m.source.trim().to_string());
    }
    if let Some(date) = m.date {
        parts.push(date.format("%B %-d, %Y").to_string());
    }
    parts.join(" · ")
}
