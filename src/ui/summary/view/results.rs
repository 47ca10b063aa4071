//! The right side of the district summary: the compiled figures, charts and tables.

use crate::text::count;
use crate::ui::button;
use crate::ui::failure::Failure;
use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::super::bars::stacked_bars;
use super::super::heat::heat_map;
use super::super::table::{List, Paged, page_rows, table};
use super::super::{Message, SummaryScreen};
use crate::report::value_text;
use crate::summary::Summary;
use crate::ui::theme;

impl SummaryScreen {
    /// What the right side shows: a prompt, the work under way, the error, or the summary.
    pub(super) fn results(&self) -> Element<'_, Message> {
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
                summary_view(
                    summary,
                    &self.unreadable,
                    self.heat_view(),
                    &self.list_pages,
                )
                .padding(iced::Padding::ZERO.right(14)),
            )
            .height(Fill)
            .into(),
        }
    }
}

/// The compiled summary, section by section in one column.
fn summary_view<'a>(
    s: &'a Summary,
    unreadable: &'a [Failure],
    heat: HeatView<'a>,
    lists: &[usize],
) -> Column<'a, Message> {
    let page = column![heading(s), profiles(s), text(counts_line(s)).size(14),].spacing(10);
    let page = notes(page, s, unreadable);
    let page = final_ratings(page, s);
    let page = charts(page, s, heat);
    let page = tables(page, s, lists);
    let a = &s.agreement;
    page.push(
        column![
            text("Agreement between evaluators").font(theme::BOLD).size(15),
            text(match (a.exact_percent, a.adjacent_percent) {
                (Some(exact), Some(adjacent)) => format!(
                    "{} seen by two or more evaluators: {} of the same component, {exact:.0}% exact and {adjacent:.0}% within one level.",
                    count(a.educators, "educator", "educators"),
                    count(a.pairs, "pair of ratings", "pairs of ratings")
                ),
                _ => "No educator was rated by two evaluators on the same component.".into(),
            })
            .size(14),
        ]
        .spacing(3),
    )
}

/// The school year, with the export buttons beside it.
fn heading<'a>(s: &Summary) -> Element<'a, Message> {
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
    .align_y(iced::Center)
    .into()
}

/// The scoring profiles every figure is under, and where they come from.
fn profiles<'a>(s: &Summary) -> Element<'a, Message> {
    let several = s.profiles.len() > 1;
    let lines = s
        .profiles
        .iter()
        .fold(Column::new().spacing(2), |lines, p| {
            let roles = match (several, p.roles.is_empty()) {
                (false, _) => String::new(),
                (true, true) => " (every other role)".into(),
                (true, false) => format!(" (role {})", p.roles.join(", ")),
            };
            lines.push(
                text(format!("Scored under {}{roles}", p.title))
                    .font(theme::BOLD)
                    .size(14),
            )
        });
    lines
        .push(text(s.profile_basis.clone()).size(12).style(theme::muted))
        .into()
}

/// How many educators, schools, observations (by kind), evaluators and ratings were counted.
fn counts_line(s: &Summary) -> String {
    let c = &s.counts;
    let kinds: Vec<String> = c
        .observations_by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| format!("{n} {}", kind.key()))
        .collect();
    format!(
        "{} at {} · {} ({}) by {} · {}",
        count(c.educators, "educator", "educators"),
        count(c.schools, "school", "schools"),
        count(c.observations, "observation", "observations"),
        kinds.join(", "),
        count(c.evaluators, "evaluator", "evaluators"),
        count(c.ratings, "rating", "ratings")
    )
}

/// What de-identification hid, sources or records left out, warnings, and duplicates.
fn notes<'a>(
    mut page: Column<'a, Message>,
    s: &'a Summary,
    unreadable: &'a [Failure],
) -> Column<'a, Message> {
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
    let unread = unreadable.iter().map(ToString::to_string);
    for line in unread
        .chain(s.skipped.iter().cloned())
        .chain(s.warnings.iter().cloned())
    {
        page = page.push(text(line).size(12).style(theme::muted));
    }
    if !s.duplicates.is_empty() {
        page = page.push(
            text(format!(
                "{} found in more than one source and counted once.",
                count(s.duplicates.len(), "record was", "records were")
            ))
            .size(13),
        );
    }
    page
}

/// The final ratings per scoring profile, band by band.
fn final_ratings<'a>(mut page: Column<'a, Message>, s: &Summary) -> Column<'a, Message> {
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
                    "{} from stored evaluations, {} scored as drafts for this summary; {} pending (student measures not in yet)",
                    d.stored, d.computed, d.pending
                ))
                .size(12)
                .style(theme::muted),
            ]
            .spacing(3),
        );
    }
    page
}

/// Each heat map's page, and what the pointer is over in one of them.
#[derive(Clone, Copy)]
struct HeatView<'a> {
    pages: &'a [usize],
    pointed: Option<&'a (usize, String)>,
}

impl SummaryScreen {
    fn heat_view(&self) -> HeatView<'_> {
        HeatView {
            pages: &self.heat_pages,
            pointed: self.heat_pointed.as_ref(),
        }
    }
}

/// Per rubric: the levels per component as bars, and the school-by-component
/// heat map at its page.
fn charts<'a>(
    mut page: Column<'a, Message>,
    s: &'a Summary,
    heat: HeatView<'a>,
) -> Column<'a, Message> {
    for (i, rubric) in s.rubrics.iter().enumerate() {
        page = page
            .push(
                text(format!("{} · levels per component", rubric.title))
                    .font(theme::BOLD)
                    .size(15),
            )
            .push(stacked_bars(rubric, i))
            .push(
                text(format!(
                    "{} · mean level by school and component",
                    rubric.title
                ))
                .font(theme::BOLD)
                .size(15),
            )
            .push(heat_map(
                rubric,
                i,
                heat.pages.get(i).copied().unwrap_or(0),
                heat.pointed
                    .filter(|(r, _)| *r == i)
                    .map(|(_, about)| about.as_str()),
            ));
    }
    page
}

/// The lists of educators needing attention (a page of each, `lists` saying
/// which), the group tables, and the evaluators' calibration.
fn tables<'a>(mut page: Column<'a, Message>, s: &Summary, lists: &[usize]) -> Column<'a, Message> {
    let paged = |list: List, rows: usize| Paged {
        list,
        page: lists.get(list.index()).copied().unwrap_or(0),
        rows,
    };
    let improvement = paged(List::Improvement, s.improvement_required.len());
    page = page.push(table(
        "Improvement plans required",
        &["Educator", "School", "Rating"],
        s.improvement_required[page_rows(improvement.rows, improvement.page)]
            .iter()
            .map(|e| {
                vec![
                    e.display.clone(),
                    e.school.clone(),
                    e.rating.clone().unwrap_or_default(),
                ]
            })
            .collect(),
        Some(improvement),
    ));
    if !s.plan_pending.is_empty() {
        let pending = paged(List::Pending, s.plan_pending.len());
        page = page.push(table(
            "Pending: practice rating in a plan band, final rating waiting for student measures",
            &["Educator", "School", "Practice rating"],
            s.plan_pending[page_rows(pending.rows, pending.page)]
                .iter()
                .map(|e| {
                    vec![
                        e.display.clone(),
                        e.school.clone(),
                        e.practice_rating.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
            Some(pending),
        ));
    }
    let coverage = paged(List::Coverage, s.coverage.len());
    page = page.push(table(
        &format!("Fewer than {} observations this year", s.min_observations),
        &["Educator", "School", "Observations"],
        s.coverage[page_rows(coverage.rows, coverage.page)]
            .iter()
            .map(|e| {
                vec![
                    e.display.clone(),
                    e.school.clone(),
                    e.observations.to_string(),
                ]
            })
            .collect(),
        Some(coverage),
    ));
    groups(page, s).push(calibration_table(s))
}

/// The tables by school and by school level.
fn groups<'a>(mut page: Column<'a, Message>, s: &Summary) -> Column<'a, Message> {
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
            None,
        ));
    }
    page
}

/// Each evaluator's ratings and mean level against the district's.
fn calibration_table<'a>(s: &Summary) -> Element<'a, Message> {
    table(
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
        None,
    )
}
