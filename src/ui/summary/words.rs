//! A line of text laid out a word to a paragraph, for the labels repeated
//! down the summary's charts and tables.
//!
//! Why: `iced_tiny_skia` 0.14 never keeps a blank glyph (a space) in its
//! glyph cache, and draws each paragraph with a fresh scaler, so every
//! paragraph holding a space sets the font's hinting up again on every frame
//! it is drawn (tens of microseconds each). A screen of table rows, three
//! such cells a row, spent over half of each frame on it (perf on
//! `benches/summary_view.rs`). Words without a space draw from the cache;
//! the gap between them is the space's own width, and they wrap as the
//! words of one paragraph would.

use iced::widget::{Row, Text, text};
use iced::{Element, Font};

use super::Message;

/// A space's advance in Noto Sans, in ems (260 of 1,000 units).
const SPACE: f32 = 0.26;

/// `line` at `size`, one paragraph per word, wrapping as a paragraph
/// would; a single word stays one text.
#[must_use]
pub fn words<'a>(line: &str, size: f32) -> Element<'a, Message> {
    match texts(line, size, None) {
        Pieces::One(word) => word.into(),
        Pieces::Words(row) => row.wrap().vertical_spacing(0).into(),
    }
}

/// `line` at `size` in `font`, a word to a paragraph on one line that is
/// never wrapped (its container cuts it).
#[must_use]
pub fn one_line<'a>(line: &str, size: f32, font: Font) -> Element<'a, Message> {
    match texts(line, size, Some(font)) {
        Pieces::One(word) => word.into(),
        Pieces::Words(row) => row.into(),
    }
}

enum Pieces<'a> {
    One(Text<'a>),
    Words(Row<'a, Message>),
}

/// A text per word of `line`, a space's width apart; `font`, else the default.
fn texts<'a>(line: &str, size: f32, font: Option<Font>) -> Pieces<'a> {
    let text = |word: &str| {
        let word = text(word.to_string())
            .size(size)
            .wrapping(text::Wrapping::None);
        match font {
            Some(font) => word.font(font),
            None => word,
        }
    };
    let mut parts = line.split(' ').filter(|w| !w.is_empty()).peekable();
    let Some(first) = parts.next() else {
        return Pieces::One(text(""));
    };
    if parts.peek().is_none() {
        return Pieces::One(text(first));
    }
    let all = std::iter::once(first).chain(parts).map(|w| text(w).into());
    Pieces::Words(Row::with_children(all).spacing(size * SPACE))
}
