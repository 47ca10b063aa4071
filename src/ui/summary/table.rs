//! The summary's tables of text cells, the long lists a page of rows at a
//! time: a district's lists of educators run to over a thousand rows, and
//! every row built is laid out on every message and passed every event,
//! whether in view or not (1,207 rows of three cells made the screen's
//! layout 3-9 ms and the wheel's update 1 ms; a page keeps both small).

use crate::ui::button;
use iced::widget::{Column, container, row, text};
use iced::{Element, Length};

use super::Message;
use super::words::words;
use crate::ui::theme;

/// Rows shown at once.
pub const PAGE_ROWS: usize = 100;

/// The tables that page, in the order the screen shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Improvement,
    Pending,
    Coverage,
}

impl List {
    pub const ALL: [List; 3] = [List::Improvement, List::Pending, List::Coverage];

    /// Where its page is kept in the screen's pages.
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How many pages `rows` rows take.
#[must_use]
pub fn pages(rows: usize) -> usize {
    rows.div_ceil(PAGE_ROWS).max(1)
}

/// The rows on page `page` of `rows` (the last page if past it).
#[must_use]
pub fn page_rows(rows: usize, page: usize) -> std::ops::Range<usize> {
    let page = page.min(pages(rows) - 1);
    page * PAGE_ROWS..((page + 1) * PAGE_ROWS).min(rows)
}

/// A list's page: which list, the page shown, and how many rows it has.
#[derive(Debug, Clone, Copy)]
pub struct Paged {
    pub list: List,
    pub page: usize,
    pub rows: usize,
}

/// A titled table of text cells; "None." when empty. `paged`: the rows
/// given are one page of a longer list, with Previous and Next above them.
#[must_use]
pub fn table<'a>(
    title: &str,
    headers: &[&str],
    rows: Vec<Vec<String>>,
    paged: Option<Paged>,
) -> Element<'a, Message> {
    let mut body = Column::new()
        .spacing(2)
        .push(text(title.to_string()).font(theme::BOLD).size(15));
    if rows.is_empty() {
        return body.push(text("None.").size(13).style(theme::muted)).into();
    }
    if let Some(paged) = paged.filter(|p| pages(p.rows) > 1) {
        body = body.push(pager(paged));
    }
    body = body.push(cells(
        headers
            .iter()
            .map(|h| text(h.to_string()).size(12).style(theme::muted).into()),
    ));
    for row in rows {
        body = body.push(cells(row.iter().map(|cell| words(cell, 13.0))));
    }
    container(body).max_width(900).into()
}

/// One row: the first cell three times as wide as each of the others.
fn cells<'a>(cells: impl Iterator<Item = Element<'a, Message>>) -> Element<'a, Message> {
    cells
        .enumerate()
        .fold(row![].spacing(8), |r, (i, cell)| {
            let width = if i == 0 {
                Length::FillPortion(3)
            } else {
                Length::FillPortion(1)
            };
            r.push(container(cell).width(width))
        })
        .into()
}

/// Previous and Next a hundred rows, and which rows are showing.
fn pager<'a>(paged: Paged) -> Element<'a, Message> {
    let count = pages(paged.rows);
    let page = paged.page.min(count - 1);
    let shown = page_rows(paged.rows, page);
    let turn = |to: usize| Message::TablePage {
        list: paged.list,
        page: to,
    };
    row![
        button(text(format!("‹ Previous {PAGE_ROWS}")).size(13))
            .style(button::secondary)
            .on_press_maybe((page > 0).then(|| turn(page - 1))),
        text(format!(
            "Rows {} to {} of {} (page {} of {count})",
            shown.start + 1,
            shown.end,
            paged.rows,
            page + 1
        ))
        .size(13),
        button(text(format!("Next {PAGE_ROWS} ›")).size(13))
            .style(button::secondary)
            .on_press_maybe((page + 1 < count).then(|| turn(page + 1))),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thousand_two_hundred_rows_take_thirteen_pages() {
        assert_eq!(pages(1207), 13);
        assert_eq!(page_rows(1207, 0), 0..100);
        assert_eq!(page_rows(1207, 12), 1200..1207);
        assert_eq!(
            page_rows(1207, 40),
            1200..1207,
            "past the end: the last page"
        );
        assert_eq!(pages(0), 1);
        assert_eq!(page_rows(0, 3), 0..0);
    }
}
