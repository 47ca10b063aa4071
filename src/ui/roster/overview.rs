//! The roster's page while no educator is chosen: the school year's
//! outstanding work, each educator or observation one click away.

use crate::ui::button;
use iced::widget::{Column, column, container, scrollable, text};
use iced::{Element, Fill};

use super::Message;
use crate::scoring::school_year_of;
use crate::summary::caseload::{Caseload, Person, Visit, caseload};
use crate::summary::qualified::{Standing, qualified};
use crate::text::count;
use crate::ui::theme;
use crate::workspace::Contents;

/// Longer lists show their first items and say how many more there are.
const SHOWN: usize = 8;
/// "In full" stops here too, as the roster list does, so the window stays quick.
const IN_FULL: usize = 200;

/// In the overview's place while records are still being read: counts
/// and lists of what is outstanding would be wrong (everyone "not observed")
/// until every observation is in.
pub fn waiting<'a>(still_reading: String) -> Element<'a, Message> {
    container(
        column![
            text(still_reading).font(theme::BOLD).size(16),
            text(
                "The school year's overview appears once every record is read. Meanwhile \
                 search the roster, select an educator to see their details, or start an \
                 observation."
            )
            .size(13)
            .style(theme::muted),
        ]
        .spacing(6)
        .max_width(720),
    )
    .padding([4, 16])
    .into()
}

/// The school year's counts, then each list of outstanding work that is not empty.
pub fn overview(contents: &Contents, in_full: bool) -> Element<'_, Message> {
    let c = caseload(contents, &school_year_of(crate::record::now().date_naive()));
    let mut page = Column::new()
        .spacing(14)
        .max_width(720)
        .push(headline(&c))
        .push(
            button(text("Year's calendar: what is due under the state's rules…").size(13))
                .style(button::secondary)
                .on_press(Message::Calendar(super::calendar::Message::Show)),
        );
    if c.is_clear() {
        page = page.push(text(
            "Nothing is outstanding: everyone has been observed, every observation is shared and \
             acknowledged, and every evaluation is finalised.",
        ));
    }
    let mut page = outstanding(page, &c, in_full);
    let q = qualified(contents, crate::clock::local_now().date_naive());
    let shown = if in_full { IN_FULL } else { SHOWN };
    for (title, list) in [
        (
            "Short of the district's minimum degree, or a certification expired",
            &q.short,
        ),
        (
            "Degree not recorded where the role has a minimum",
            &q.not_recorded,
        ),
    ] {
        if let Some(section) = section(title, standings(list, shown), list.len()) {
            page = page.push(section);
        }
    }
    let page = page.push(
        text("Select an educator on the left to see their details and observations.")
            .size(13)
            .style(theme::muted),
    );
    scrollable(container(page).padding([4, 16]).width(Fill))
        .height(Fill)
        .into()
}

/// The school year, and how many educators, observations and finalised evaluations it has.
fn headline<'a>(c: &Caseload) -> Element<'a, Message> {
    column![
        text(format!("School year {}", c.year))
            .font(theme::BOLD)
            .size(20),
        text(format!(
            "{} · {} · {} of {} finalised{}",
            count(c.educators, "educator", "educators"),
            count(c.observations, "observation", "observations"),
            c.finalised,
            count(c.educators, "evaluation", "evaluations"),
            if c.archived > 0 {
                format!(" · {} archived, not counted", c.archived)
            } else {
                String::new()
            },
        ))
        .size(13)
        .style(theme::muted),
    ]
    .spacing(2)
    .into()
}

/// The four lists of outstanding work, and a button to show them in full when one is cut.
fn outstanding<'a>(
    mut page: Column<'a, Message>,
    c: &Caseload,
    in_full: bool,
) -> Column<'a, Message> {
    let shown = if in_full { IN_FULL } else { SHOWN };
    let sections = [
        section(
            "Not observed yet this year",
            people(&c.not_observed, shown),
            c.not_observed.len(),
        ),
        section(
            "Observations not yet shared",
            visits(&c.drafts, shown),
            c.drafts.len(),
        ),
        section(
            "Shared, waiting for acknowledgement",
            visits(&c.awaiting_acknowledgement, shown),
            c.awaiting_acknowledgement.len(),
        ),
        section(
            "Evaluations to finalise",
            people(&c.to_finalise, shown),
            c.to_finalise.len(),
        ),
    ];
    for section in sections.into_iter().flatten() {
        page = page.push(section);
    }
    let longest = [
        c.not_observed.len(),
        c.drafts.len(),
        c.awaiting_acknowledgement.len(),
        c.to_finalise.len(),
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    if longest > SHOWN {
        page = page.push(
            button(
                text(if in_full {
                    "Show the first few of each list"
                } else {
                    "Show every list in full"
                })
                .size(13),
            )
            .padding([4, 10])
            .style(button::secondary)
            .on_press(Message::OverviewInFull(!in_full)),
        );
    }
    page
}

/// A titled list, or nothing when it is empty.
fn section<'a>(
    title: &str,
    items: Vec<Element<'a, Message>>,
    total: usize,
) -> Option<Element<'a, Message>> {
    if total == 0 {
        return None;
    }
    let shown_count = items.len();
    let mut list = Column::new().spacing(2).push(
        text(format!("{title} ({total})"))
            .font(theme::BOLD)
            .size(15),
    );
    for item in items {
        list = list.push(item);
    }
    if total > shown_count {
        list = list.push(
            text(format!("and {} more", total - shown_count))
                .size(12)
                .style(theme::muted),
        );
    }
    Some(list.into())
}

fn people<'a>(list: &[Person], shown: usize) -> Vec<Element<'a, Message>> {
    list.iter()
        .take(shown)
        .map(|p| {
            item(
                format!("{} · {}", p.name, p.school),
                Message::Select(p.id.clone()),
            )
        })
        .collect()
}

/// "Ana Ruiz · bachelor's, below the role's minimum of a master's degree".
fn standings<'a>(list: &[Standing], shown: usize) -> Vec<Element<'a, Message>> {
    list.iter()
        .take(shown)
        .map(|p| {
            let said: Vec<String> = p.shortfalls.iter().map(ToString::to_string).collect();
            item(
                format!("{} · {}", p.name, said.join("; ")),
                Message::Select(p.id.clone()),
            )
        })
        .collect()
}

fn visits<'a>(list: &[Visit], shown: usize) -> Vec<Element<'a, Message>> {
    list.iter()
        .take(shown)
        .map(|v| {
            item(
                format!("{} · {}", v.date, v.educator_name),
                Message::OpenObservation(v.id.clone()),
            )
        })
        .collect()
}

fn item<'a>(label: String, message: Message) -> Element<'a, Message> {
    button(text(label).size(13))
        .width(Fill)
        .padding([4, 8])
        .style(theme::list_item(false))
        .on_press(message)
        .into()
}
