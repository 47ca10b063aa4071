//! How the search panel looks: the field, a line saying what was found,
//! and the results, each with where it is and its snippet, the match in bold.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::text::Span;
use iced::widget::{Column, column, container, rich_text, row, scrollable, space, span, text};
use iced::{Element, Fill};

use super::{Message, RESULTS, SEARCH_INPUT, SearchPanel, Shown};
use crate::search::{Found, Hit, Snippet};
use crate::text::figure;
use crate::ui::theme;

impl SearchPanel {
    /// The panel, to be shown over the window.
    pub fn view(&self) -> Element<'_, Message> {
        let header = row![
            text("Search every note").font(theme::BOLD).size(18),
            space().width(Fill),
            button(text("Close (Esc)").size(13))
                .style(button::secondary)
                .on_press(Message::Close),
        ]
        .align_y(iced::Center);
        let field = text_input(
            "Words from notes, rationales, conferences, comments… or \"a phrase\"",
            &self.typed,
        )
        .id(SEARCH_INPUT)
        .on_input(Message::Typed)
        .on_submit(Message::Submit)
        .size(16)
        .padding(8);
        let mut panel = column![header, field, self.status()].spacing(10);
        if let Shown::Found(found) = &self.shown {
            panel = panel.push(self.results(found));
        }
        panel = panel.push(
            text("↑ ↓ choose a result · Enter or a click opens it where it was found · Esc closes")
                .size(12)
                .style(theme::muted),
        );
        container(panel)
            .padding(16)
            .width(860)
            .max_height(620)
            .style(theme::panel)
            .into()
    }

    /// What the search is doing, or what it found, in a sentence.
    fn status(&self) -> Element<'_, Message> {
        let said = match &self.shown {
            Shown::Nothing => {
                "Case, accents and punctuation do not matter; every word must appear. \
                               Records in the trash are not searched."
                    .to_string()
            }
            Shown::Searching => "Searching…".to_string(),
            Shown::Refused(why) => why.to_string(),
            Shown::Found(found) => counted(found, self.typed.trim()),
        };
        text(said).size(13).into()
    }

    fn results<'a>(&'a self, found: &'a Found) -> Element<'a, Message> {
        let list = found
            .hits
            .iter()
            .enumerate()
            .fold(Column::new().spacing(4), |list, (i, hit)| {
                list.push(result(hit, i, i == self.chosen))
            });
        scrollable(list.padding(iced::Padding::ZERO.right(12)))
            .id(RESULTS)
            .height(Fill)
            .into()
    }
}

/// "12 matches in 17,588 records", or how many more there are, and the
/// files that could not be read.
fn counted(found: &Found, typed: &str) -> String {
    let unread = match found.set_aside.len() {
        0 => String::new(),
        n => format!(
            " {} could not be read and {} not searched (kept as they are).",
            crate::text::count(n, "file", "files"),
            if n == 1 { "was" } else { "were" }
        ),
    };
    format!("{}{unread}", matched(found, typed))
}

fn matched(found: &Found, typed: &str) -> String {
    let records = crate::text::many(found.records, "record", "records");
    match found.total {
        0 => format!("Nothing typed in the workspace matches “{typed}” ({records} searched)."),
        1 => format!("1 match in {records}."),
        n if n > found.hits.len() => format!(
            "The best {} of {} matches in {records}: add a word to narrow them.",
            figure(found.hits.len()),
            figure(n)
        ),
        n => format!("{} matches in {records}.", figure(n)),
    }
}

/// One result: what and whose, where in it, and the snippet.
fn result(hit: &Hit, index: usize, chosen: bool) -> Element<'_, Message> {
    let archived = if hit.archived { " (archived)" } else { "" };
    let whose = if hit.educator_name.is_empty() {
        hit.educator_id.clone()
    } else {
        format!("{}{archived}", hit.educator_name)
    };
    let line = row![
        text(whose).font(theme::BOLD).size(13),
        text(hit.kind.label()).size(13),
        text(hit.at.format("%Y-%m-%d").to_string())
            .size(13)
            .style(theme::muted),
        text(hit.place.label()).size(13),
    ]
    .spacing(12);
    button(column![line, rich_text(marked(&hit.snippet)).size(14)].spacing(3))
        .width(Fill)
        .padding([6, 10])
        .style(theme::list_item(chosen))
        .on_press(Message::Choose(index))
        .into()
}

/// The snippet as spans, the matches in bold and underlined.
fn marked(snippet: &Snippet) -> Vec<Span<'_, ()>> {
    let text = snippet.text.as_str();
    let mut spans = Vec::new();
    let mut at = 0;
    for mark in &snippet.marks {
        if mark.start < at || mark.end > text.len() {
            continue;
        }
        spans.push(span(&text[at..mark.start]));
        spans.push(span(&text[mark.clone()]).font(theme::BOLD).underline(true));
        at = mark.end;
    }
    spans.push(span(&text[at..]));
    spans
}
