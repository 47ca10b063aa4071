//! How the district summary screen looks.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, pick_list, row, scrollable, text};
use iced::{Element, Fill};

use super::{Message, SummaryScreen};
use crate::record::DegreeLevel;
use crate::rubric::SchoolLevel;
use crate::summary::{DegreeStanding, Place};
use crate::ui::theme;

mod results;
use crate::workspace::bundle::Opening;

/// How a source is read, beside its path.
fn place_kind(place: &Place) -> &'static str {
    match place {
        Place::Workspace(_) => "folder",
        Place::Bundle(_, Opening::Plain) => "plain bundle",
        Place::Bundle(..) => "sealed bundle",
    }
}

impl SummaryScreen {
    /// A bundle file chosen: its passphrase (hidden), or the deliberate plain choice.
    fn bundle_key_prompt(&self, path: &std::path::Path) -> Element<'_, Message> {
        column![
            text(format!(
                "The bundle {}: type its passphrase, or choose plain if it was not sealed.",
                path.display()
            ))
            .size(13),
            text_input("The bundle's passphrase", &self.bundle_passphrase)
                .secure(true)
                .on_input(Message::BundlePassphrase)
                .on_submit(Message::AddSealedBundle)
                .padding(5),
            row![
                button(text("Add bundle").size(13)).on_press(Message::AddSealedBundle),
                button(text("Plain (not encrypted)").size(13))
                    .style(button::secondary)
                    .on_press(Message::AddPlainBundle),
                button(text("Cancel").size(13))
                    .style(button::text)
                    .on_press(Message::CancelBundle),
            ]
            .spacing(6),
        ]
        .spacing(4)
        .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let page = row![
            container(column![
                scrollable(self.controls().padding(10))
                    .spacing(4)
                    .height(Fill),
                self.compile_bar(),
            ])
            .width(340)
            .height(Fill)
            .style(theme::panel),
            container(column![self.profile_bar(), self.results()].spacing(10))
                .width(Fill)
                .height(Fill),
        ]
        .spacing(12)
        .padding(12)
        .height(Fill);
        self.export.over(page.into(), Message::Export)
    }

    /// Above the result: the scoring profile every educator is scored under,
    /// to pick before compiling.
    fn profile_bar(&self) -> Element<'_, Message> {
        row![
            text("Scoring profile").font(theme::BOLD).size(14),
            pick_list(self.profiles.as_slice(), Some(&self.profile), |c| {
                Message::Profile(c.id)
            })
            .text_size(13),
            text("Every educator is scored under it, stored evaluations included.")
                .size(12)
                .style(theme::muted),
        ]
        .spacing(8)
        .align_y(iced::Center)
        .into()
    }

    /// The left column: where the records come from, and the filters.
    fn controls(&self) -> Column<'_, Message> {
        column![
            text("District summary").font(theme::BOLD).size(18),
            text("Sources").font(theme::BOLD).size(14),
            self.sources(),
            text("Filters").font(theme::BOLD).size(14),
            field("School year", "2026-27", &self.year, Message::Year),
            field("School", "All schools", &self.school, Message::School),
            text("School level").size(13).style(theme::muted),
            self.level_chips(),
            text("Role").size(13).style(theme::muted),
            self.role_chips(),
            field(
                "Evaluator",
                "All evaluators",
                &self.evaluator,
                Message::Evaluator
            ),
            field(
                "Fewest observations a year before an educator is listed",
                "2",
                &self.min_observations,
                Message::MinObservations
            ),
            chip(
                if self.deidentify {
                    "✓ De-identify (codes instead of names)"
                } else {
                    "De-identify (codes instead of names)"
                },
                self.deidentify,
                Message::ToggleDeidentify,
            ),
            self.deidentify_controls(),
            chip(
                if self.csv_bom {
                    "✓ CSV for Excel (byte-order mark)"
                } else {
                    "CSV for Excel (byte-order mark)"
                },
                self.csv_bom,
                Message::ToggleCsvBom,
            ),
            // Last, so the de-identification choices above stay in view.
            self.qualification_filters(),
        ]
        .spacing(8)
    }

    /// Under the filters, outside their scrolling so it is always in view:
    /// what stopped the last compile, and Compile.
    fn compile_bar(&self) -> Column<'_, Message> {
        let mut bar = Column::new().spacing(6).padding(10);
        if let Some(problem) = &self.problem {
            bar = bar.push(problem_line(problem));
        }
        bar.push(
            button(text(if self.running {
                "Compiling…"
            } else {
                "Compile"
            }))
            .on_press_maybe((!self.running).then_some(Message::Compile)),
        )
    }

    /// This workspace, the other sources added (each removable), and the field that adds one.
    fn sources(&self) -> Column<'_, Message> {
        let mut sources = Column::new().spacing(4).push(
            text(format!("This workspace: {}", self.own.display()))
                .size(13)
                .style(theme::muted),
        );
        for (i, place) in self.others.iter().enumerate() {
            sources = sources.push(
                row![
                    text(place.path().display().to_string())
                        .size(13)
                        .width(Fill),
                    text(place_kind(place)).size(12).style(theme::muted),
                    button(text("Remove").size(12))
                        .style(button::text)
                        .on_press(Message::RemoveSource(i)),
                ]
                .spacing(6),
            );
        }
        if let Some(path) = &self.pending_bundle {
            sources = sources.push(self.bundle_key_prompt(path));
        }
        let sources = sources.push(
            row![
                text_input(
                    "Another principal's folder or a bundle file",
                    &self.source_input
                )
                .on_input(Message::SourceInput)
                .on_submit(Message::AddSource)
                .padding(5),
                button(text("Add").size(13)).on_press(Message::AddSource),
                button(text("Folder…").size(13))
                    .style(button::secondary)
                    .on_press(Message::BrowseSource { bundle: false }),
                button(text("Bundle…").size(13))
                    .style(button::secondary)
                    .on_press(Message::BrowseSource { bundle: true }),
            ]
            .spacing(6),
        );
        // Said under the field it is about.
        match &self.source_problem {
            Some(problem) => sources.push(problem_line(problem)),
            None => sources,
        }
    }

    /// The school-level filter as chips.
    fn level_chips(&self) -> Element<'_, Message> {
        [
            ("All", None),
            ("Elementary", Some(SchoolLevel::Elementary)),
            ("Middle", Some(SchoolLevel::Middle)),
            ("High", Some(SchoolLevel::High)),
        ]
        .into_iter()
        .fold(row![].spacing(4), |chips, (label, level)| {
            chips.push(chip(label, self.level == level, Message::Level(level)))
        })
        .wrap()
        .into()
    }

    /// The role filter as chips.
    fn role_chips(&self) -> Element<'_, Message> {
        [
            ("All", ""),
            ("Teachers", "teacher"),
            ("Technology coordinators", "edtech-coordinator"),
        ]
        .into_iter()
        .fold(row![].spacing(4), |chips, (label, role)| {
            chips.push(chip(
                label,
                self.role == role,
                Message::Role(role.to_string()),
            ))
        })
        .wrap()
        .into()
    }

    /// The qualification filters: the standing as chips, the lowest level
    /// in a pick list beside its label, so Compile stays in view.
    fn qualification_filters(&self) -> Column<'_, Message> {
        let standings = [
            ("All", None),
            ("Meets minimum", Some(DegreeStanding::Meets)),
            ("Below minimum", Some(DegreeStanding::Below)),
        ];
        let chips = standings
            .into_iter()
            .fold(row![].spacing(4), |chips, (label, standing)| {
                chips.push(chip(
                    label,
                    self.qualified == standing,
                    Message::Qualified(standing),
                ))
            })
            .wrap();
        let levels: Vec<DegreeChoice> = std::iter::once(DegreeChoice(None))
            .chain(DegreeLevel::ALL[1..].iter().map(|l| DegreeChoice(Some(*l))))
            .collect();
        column![
            text("Degree against the role's minimum")
                .size(13)
                .style(theme::muted),
            chips,
            row![
                text("Degree at least").size(13).style(theme::muted),
                pick_list(levels, Some(DegreeChoice(self.degree_at_least)), |c| {
                    Message::DegreeAtLeast(c.0)
                })
                .text_size(13),
            ]
            .spacing(6)
            .align_y(iced::Center),
        ]
        .spacing(4)
    }

    /// With de-identification: the smallest group shown, and coded schools.
    fn deidentify_controls(&self) -> Element<'_, Message> {
        if !self.deidentify {
            return Column::new().into();
        }
        column![
            text("Fewest educators in any group shown (smaller ones are merged or left out)")
                .size(13)
                .style(theme::muted),
            text_input("10", &self.min_cell)
                .on_input(Message::MinCell)
                .padding(5),
            button(
                text(if self.code_schools {
                    "✓ Schools as codes too"
                } else {
                    "Schools as codes too"
                })
                .size(13)
            )
            .padding([3, 10])
            .style(theme::chip(self.code_schools))
            .on_press(Message::ToggleCodeSchools),
        ]
        .spacing(4)
        .into()
    }
}

/// A degree level in the pick list; `None`: any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DegreeChoice(Option<DegreeLevel>);

impl std::fmt::Display for DegreeChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str("Any level"),
            Some(level) => write!(f, "{level}"),
        }
    }
}

/// A filter chip: on or off, and the message that flips it.
fn chip<'a>(label: &'static str, on: bool, message: Message) -> button::Button<'a, Message> {
    button(text(label).size(13))
        .padding([3, 10])
        .style(theme::chip(on))
        .on_press(message)
}

/// A labelled text field for one filter.
fn field<'a>(
    label: &'static str,
    placeholder: &'static str,
    value: &str,
    on: fn(String) -> Message,
) -> Column<'a, Message> {
    column![
        text(label).size(13).style(theme::muted),
        text_input(placeholder, value).on_input(on).padding(5),
    ]
    .spacing(2)
}

/// A problem, in the error panel's colours.
fn problem_line(problem: &str) -> Element<'_, Message> {
    container(text(problem).size(13))
        .padding(6)
        .style(theme::error_panel)
        .into()
}
