//! How the district summary screen looks.

use iced::widget::{Column, button, canvas, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill, Length};

use super::charts::{HeatGrid, StackedBars};
use super::{Message, SummaryScreen};
use crate::report::value_text;
use crate::rubric::SchoolLevel;
use crate::summary::{Place, Summary};
use crate::ui::theme;
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
            container(
                scrollable(self.controls().padding(10))
                    .spacing(4)
                    .height(Fill)
            )
            .width(340)
            .height(Fill)
            .style(theme::panel),
            container(self.results()).width(Fill).height(Fill),
        ]
        .spacing(12)
        .padding(12)
        .height(Fill);
        self.export.over(page.into(), Message::Export)
    }

    fn controls(&self) -> Column<'_, Message> {
        let chip = |label: &'static str, on: bool, message: Message| {
            button(text(label).size(13))
                .padding([3, 10])
                .style(theme::chip(on))
                .on_press(message)
        };
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
        sources = sources.push(
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
        let levels = [
            ("All", None),
            ("Elementary", Some(SchoolLevel::Elementary)),
            ("Middle", Some(SchoolLevel::Middle)),
            ("High", Some(SchoolLevel::High)),
        ]
        .into_iter()
        .fold(row![].spacing(4), |chips, (label, level)| {
            chips.push(chip(label, self.level == level, Message::Level(level)))
        });
        let roles = [
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
        });
        let field = |label: &'static str,
                     placeholder: &'static str,
                     value: &str,
                     on: fn(String) -> Message| {
            column![
                text(label).size(13).style(theme::muted),
                text_input(placeholder, value).on_input(on).padding(5),
            ]
            .spacing(2)
        };
        let mut controls = column![
            text("District summary").font(theme::BOLD).size(18),
            text("Sources").font(theme::BOLD).size(14),
            sources,
            text("Filters").font(theme::BOLD).size(14),
            field("School year", "2026-27", &self.year, Message::Year),
            field("School", "All schools", &self.school, Message::School),
            text("School level").size(13).style(theme::muted),
            levels.wrap(),
            text("Role").size(13).style(theme::muted),
            roles.wrap(),
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
            button(text(if self.running {
                "Compiling…"
            } else {
                "Compile"
            }))
            .on_press_maybe((!self.running).then_some(Message::Compile)),
        ]
        .spacing(8);
        if let Some(problem) = &self.problem {
            controls = controls.push(
                container(text(problem.clone()).size(13))
                    .padding(6)
                    .style(theme::error_panel),
            );
        }
        controls
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

    fn results(&self) -> Element<'_, Message> {
        match &self.result {
            None if self.running => text("Reading the sources and compiling…").into(),
            None => text("Choose the sources and filters, then Compile.")
                .style(theme::muted)
                .into(),
            Some(Err(error)) => {
                container(text(format!("The summary could not be compiled: {error}.")))
                    .padding(8)
                    .style(theme::error_panel)
                    .into()
            }
            Some(Ok(summary)) => scrollable(
                self.summary_view(summary)
                    .padding(iced::Padding::ZERO.right(14)),
            )
            .height(Fill)
            .into(),
        }
    }

    fn summary_view<'a>(&'a self, s: &'a Summary) -> Column<'a, Message> {
        let c = &s.counts;
        let kinds: Vec<String> = c
            .observations_by_kind
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(kind, n)| format!("{n} {}", kind.key()))
            .collect();
        let mut page = column![
            row![
                text(format!("School year {}", s.year))
                    .font(theme::BOLD)
                    .size(20)
                    .width(Fill),
                button(text("Export PDF").size(13)).on_press(Message::ExportPdf),
                button(text("Export CSV").size(13))
                    .style(button::secondary)
                    .on_press(Message::ExportCsv),
            ]
            .spacing(8)
            .align_y(iced::Center),
            text(format!(
                "{} educators at {} schools · {} observations ({}) by {} evaluators · {} ratings",
                c.educators,
                c.schools,
                c.observations,
                kinds.join(", "),
                c.evaluators,
                c.ratings
            ))
            .size(14),
        ]
        .spacing(10);
        if s.deidentified {
            page = page.push(
                text(format!(
                    "De-identified: educators appear as codes, evaluators as letters{}, and no group of fewer than {} educators is shown.",
                    if s.schools_coded { ", schools as letters" } else { "" },
                    s.min_cell
                ))
                .size(13)
                .style(theme::muted),
            );
            for note in &s.suppressed {
                page = page.push(text(note.clone()).size(12).style(theme::muted));
            }
        }
        for line in self.unreadable.iter().chain(&s.skipped).chain(&s.warnings) {
            page = page.push(text(line.clone()).size(12).style(theme::muted));
        }
        if !s.duplicates.is_empty() {
            page = page.push(
                text(format!(
                    "{} records were found in more than one source and counted once.",
                    s.duplicates.len()
                ))
                .size(13),
            );
        }

        for d in &s.final_ratings {
            let parts: Vec<String> = d
                .bands
                .iter()
                .zip(&d.counts)
                .map(|(b, n)| format!("{b}: {n}"))
                .collect();
            page = page.push(
                column![
                    text(format!("Final ratings ({})", d.profile_title))
                        .font(theme::BOLD)
                        .size(15),
                    text(parts.join(" · ")).size(14),
                    text(format!(
                        "{} from stored evaluations, {} scored as drafts for this summary",
                        d.stored, d.computed
                    ))
                    .size(12)
                    .style(theme::muted),
                ]
                .spacing(3),
            );
        }

        for rubric in &s.rubrics {
            let bars = StackedBars { rubric };
            let low = rubric.levels.first().map_or(1.0, |l| f64::from(l.score));
            let high = rubric.levels.last().map_or(4.0, |l| f64::from(l.score));
            let grid = HeatGrid {
                map: &rubric.heat_map,
                range: (low, high),
            };
            let (bars_height, grid_height) = (bars.height(), grid.height());
            page = page
                .push(
                    text(format!("{} · levels per component", rubric.title))
                        .font(theme::BOLD)
                        .size(15),
                )
                .push(canvas(bars).width(Fill).height(Length::Fixed(bars_height)))
                .push(
                    text(format!(
                        "{} · mean level by school and component",
                        rubric.title
                    ))
                    .font(theme::BOLD)
                    .size(15),
                )
                .push(canvas(grid).width(Fill).height(Length::Fixed(grid_height)));
        }

        page = page.push(table(
            "Improvement plans required",
            &["Educator", "School", "Rating"],
            s.improvement_required
                .iter()
                .map(|e| {
                    vec![
                        e.display.clone(),
                        e.school.clone(),
                        e.rating.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
        ));
        page = page.push(table(
            &format!("Fewer than {} observations this year", s.min_observations),
            &["Educator", "School", "Observations"],
            s.coverage
                .iter()
                .map(|e| {
                    vec![
                        e.display.clone(),
                        e.school.clone(),
                        e.observations.to_string(),
                    ]
                })
                .collect(),
        ));
        for (title, groups) in [
            ("By school", &s.by_school),
            ("By school level", &s.by_level),
        ] {
            page = page.push(table(
                title,
                &["", "Educators", "Observations", "Mean level"],
                groups
                    .iter()
                    .map(|g| {
                        vec![
                            g.label.clone(),
                            g.educators.to_string(),
                            g.observations.to_string(),
                            g.mean.map_or_else(|| "—".into(), value_text),
                        ]
                    })
                    .collect(),
            ));
        }
        page = page.push(table(
            &format!(
                "Evaluator calibration (district mean {})",
                s.calibration
                    .district_mean
                    .map_or_else(|| "—".into(), value_text)
            ),
            &["Evaluator", "Ratings", "Mean level", "Difference"],
            s.calibration
                .evaluators
                .iter()
                .map(|e| {
                    vec![
                        e.name.clone(),
                        e.ratings.to_string(),
                        e.mean.map_or_else(|| "—".into(), value_text),
                        e.difference
                            .map_or_else(|| "—".into(), |d| format!("{d:+.2}")),
                    ]
                })
                .collect(),
        ));
        let a = &s.agreement;
        page.push(
            column![
                text("Agreement between evaluators").font(theme::BOLD).size(15),
                text(match (a.exact_percent, a.adjacent_percent) {
                    (Some(exact), Some(adjacent)) => format!(
                        "{} educators seen by two or more evaluators: {} pairs of ratings of the same component, {exact:.0}% exact and {adjacent:.0}% within one level.",
                        a.educators, a.pairs
                    ),
                    _ => "No educator was rated by two evaluators on the same component.".into(),
                })
                .size(14),
            ]
            .spacing(3),
        )
    }
}

/// A titled table of text cells; "None." when empty.
fn table<'a>(title: &str, headers: &[&str], rows: Vec<Vec<String>>) -> Element<'a, Message> {
    let mut body = Column::new()
        .spacing(2)
        .push(text(title.to_string()).font(theme::BOLD).size(15));
    if rows.is_empty() {
        return body.push(text("None.").size(13).style(theme::muted)).into();
    }
    let width = |i: usize| {
        if i == 0 {
            Length::FillPortion(3)
        } else {
            Length::FillPortion(1)
        }
    };
    body = body.push(
        headers
            .iter()
            .enumerate()
            .fold(row![].spacing(8), |r, (i, h)| {
                r.push(
                    text(h.to_string())
                        .size(12)
                        .style(theme::muted)
                        .width(width(i)),
                )
            }),
    );
    for cells in rows {
        body = body.push(
            cells
                .into_iter()
                .enumerate()
                .fold(row![].spacing(8), |r, (i, cell)| {
                    r.push(text(cell).size(13).width(width(i)))
                }),
        );
    }
    container(body).max_width(900).into()
}
