//! The school × component heat map, a page of components at a time: the
//! coordinators' rubric has about 70 components, far more than fit across
//! the window at a readable size. Each column is headed by its component id;
//! hovering a header or a cell names the component (and the school and the
//! figures behind a cell). Plain widgets, as the bars are (see `bars`).

use crate::ui::button;
use iced::widget::{Column, Row, column, container, mouse_area, responsive, row, space, text};
use iced::{Element, Length};

use super::Message;
use super::words::one_line;
use crate::summary::palette::{self, position};
use crate::summary::{ComponentSummary, RubricSummary};
use crate::ui::theme;

/// Components shown at once.
pub const PAGE: usize = 12;
/// Height of a row of cells.
const ROW: f32 = 22.0;
/// The school names' column, at most and at least.
const SCHOOL: f32 = 220.0;
const NARROW_SCHOOL: f32 = 140.0;
/// The narrowest and widest cell: the narrowest still holds "2.85".
const MIN_CELL: f32 = 38.0;
const MAX_CELL: f32 = 64.0;

/// How many pages `columns` components take.
#[must_use]
pub fn pages(columns: usize) -> usize {
    columns.div_ceil(PAGE).max(1)
}

/// The components on page `page` (the last if past it).
#[must_use]
pub fn page_columns(columns: usize, page: usize) -> std::ops::Range<usize> {
    let page = page.min(pages(columns) - 1);
    page * PAGE..((page + 1) * PAGE).min(columns)
}

/// The heat map of `rubric` (the `index`th of the summary) at page `page`,
/// with `pointed` (what the pointer is over) in the line above it.
#[must_use]
pub fn heat_map<'a>(
    rubric: &'a RubricSummary,
    index: usize,
    page: usize,
    pointed: Option<&str>,
) -> Element<'a, Message> {
    let map = &rubric.heat_map;
    let rows = map.schools.len() + 2;
    let grid =
        responsive(move |size| grid(rubric, index, page, size.width)).height(ROW * rows as f32);
    let grid = mouse_area(grid).on_exit(Message::HeatPointed {
        rubric: index,
        about: None,
    });
    let line = text(pointed.map_or_else(
        || "Point at a column or a cell to name its component.".to_string(),
        str::to_string,
    ))
    .size(12)
    .style(theme::muted);
    column![pager(rubric, index, page), line, grid]
        .spacing(6)
        .into()
}

/// Previous and Next, and which components are showing; nothing when all fit.
fn pager(rubric: &RubricSummary, index: usize, page: usize) -> Element<'_, Message> {
    let columns = rubric.heat_map.components.len();
    let count = pages(columns);
    if count <= 1 {
        return Column::new().into();
    }
    let page = page.min(count - 1);
    let shown = page_columns(columns, page);
    let id = |c: usize| rubric.heat_map.components.get(c).map_or("", String::as_str);
    let turn = |to: usize| Message::HeatPage {
        rubric: index,
        page: to,
    };
    row![
        button(text("‹ Previous").size(13))
            .style(button::secondary)
            .on_press_maybe((page > 0).then(|| turn(page - 1))),
        text(format!(
            "Components {} to {} of {columns} (page {} of {count})",
            id(shown.start),
            id(shown.end - 1),
            page + 1
        ))
        .size(13),
        button(text("Next ›").size(13))
            .style(button::secondary)
            .on_press_maybe((page + 1 < count).then(|| turn(page + 1))),
        text("Alt+← and Alt+→ turn the pages")
            .size(12)
            .style(theme::muted),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}

/// The header row, a row per school and the row for all schools, `width` wide.
fn grid(rubric: &RubricSummary, index: usize, page: usize, width: f32) -> Element<'_, Message> {
    let map = &rubric.heat_map;
    let shown = page_columns(map.components.len(), page);
    let school = (width - PAGE as f32 * MIN_CELL).clamp(NARROW_SCHOOL, SCHOOL);
    let cell = ((width - school) / PAGE as f32).clamp(MIN_CELL, MAX_CELL);
    let range = score_range(rubric);
    let components: Vec<Option<&ComponentSummary>> = shown
        .clone()
        .map(|c| {
            let id = map.components.get(c);
            rubric.components.iter().find(|x| Some(&x.id) == id)
        })
        .collect();
    let point = |about: String| Message::HeatPointed {
        rubric: index,
        about: Some(about),
    };
    let mut grid = Column::new().push(header(&components, school, cell, point));
    for (r, name) in map.schools.iter().enumerate() {
        let cells = shown.clone().zip(&components).map(|(c, component)| {
            let value = map
                .cells
                .get(r)
                .and_then(|row| row.get(c))
                .copied()
                .flatten();
            let ratings = map.ratings.get(r).and_then(|row| row.get(c)).copied();
            let withheld = map.withheld.get(r).and_then(|row| row.get(c)) == Some(&true);
            let about = describe(name, *component, value, ratings, withheld);
            hover(heat_cell(value, withheld, range, cell), point(about))
        });
        grid = grid.push(school_row(name, school, cells, false));
    }
    let all = components.iter().map(|component| {
        let value = component.and_then(|c| c.mean);
        let ratings = component.map(ComponentSummary::rated);
        let about = describe("All schools", *component, value, ratings, false);
        hover(heat_cell(value, false, range, cell), point(about))
    });
    grid.push(school_row("All schools", school, all, true))
        .into()
}

/// The lowest and highest level scores: the two ends of the shading.
fn score_range(rubric: &RubricSummary) -> (f64, f64) {
    let low = rubric.levels.first().map_or(1.0, |l| f64::from(l.score));
    let high = rubric.levels.last().map_or(4.0, |l| f64::from(l.score));
    (low, high)
}

/// The component ids over their columns, each naming its component on hover.
fn header<'a>(
    components: &[Option<&'a ComponentSummary>],
    school: f32,
    cell: f32,
    point: impl Fn(String) -> Message,
) -> Element<'a, Message> {
    let heads = components.iter().flatten().map(|c| {
        let id = container(text(c.id.clone()).size(13).font(theme::BOLD))
            .width(cell)
            .height(ROW)
            .align_x(iced::Center)
            .align_y(iced::Center);
        hover(id, point(format!("{} {}", c.id, c.name)))
    });
    row![space().width(school)].extend(heads).into()
}

/// A school's name and its cells; the row for all schools in bold.
fn school_row<'a>(
    name: &str,
    width: f32,
    cells: impl Iterator<Item = Element<'a, Message>>,
    all: bool,
) -> Element<'a, Message> {
    let font = if all { theme::BOLD } else { theme::SANS };
    let name: String = name.chars().take(34).collect();
    let label = container(one_line(&name, 12.0, font))
        .width(width)
        .height(ROW)
        .clip(true)
        .align_y(iced::Center);
    Row::new().push(label).extend(cells).into()
}

/// What hovering a cell says: where, which component, and the figure.
fn describe(
    school: &str,
    component: Option<&ComponentSummary>,
    value: Option<f64>,
    ratings: Option<usize>,
    withheld: bool,
) -> String {
    let what = component.map_or_else(String::new, |c| format!("{} {}", c.id, c.name));
    let figure = match (value, withheld) {
        (Some(v), _) => format!(
            "mean level {v:.2} from {}",
            crate::text::count(ratings.unwrap_or(0), "rating", "ratings")
        ),
        (None, true) => "left out: rated for too few educators".into(),
        (None, false) => "not rated".into(),
    };
    format!("{school} · {what}: {figure}")
}

/// A cell in the mean's colour with the mean in it; a dash where nothing was
/// rated, `*` where the mean is withheld.
fn heat_cell<'a>(
    value: Option<f64>,
    withheld: bool,
    range: (f64, f64),
    width: f32,
) -> Element<'a, Message> {
    let (label, fill) = match value {
        Some(v) => (format!("{v:.2}"), palette::scale(position(v, range))),
        None if withheld => ("*".into(), palette::EMPTY),
        None => ("–".into(), palette::EMPTY),
    };
    let inner = container(text(label).size(12))
        .width(Length::Fill)
        .height(Length::Fill)
        .align_x(iced::Center)
        .align_y(iced::Center)
        .style(theme::level_fill(fill));
    container(inner).padding(1).width(width).height(ROW).into()
}

/// `content`, saying `pointed` when the pointer comes over it.
fn hover<'a>(content: impl Into<Element<'a, Message>>, pointed: Message) -> Element<'a, Message> {
    mouse_area(content).on_enter(pointed).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seventy_components_take_six_pages_of_twelve() {
        assert_eq!(pages(70), 6);
        assert_eq!(page_columns(70, 0), 0..12);
        assert_eq!(page_columns(70, 5), 60..70);
        assert_eq!(page_columns(70, 9), 60..70, "past the end: the last page");
        assert_eq!(pages(0), 1);
        assert_eq!(page_columns(0, 0), 0..0);
    }
}
