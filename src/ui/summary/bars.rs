//! Levels per component as stacked bars: a row of plain widgets per
//! component (its id, then a box per level in the shared palette, white
//! hairlines between them, each box labelled with its level's tag and share
//! where that fits).
//!
//! Widgets, not a canvas: `iced_tiny_skia` 0.14 leaves a canvas's text out of
//! the area it redraws when only the scroll offset changes (it compares that
//! text without its translation), so inside the results' scrollable the
//! labels stayed where they were while the bars moved. Text widgets are
//! redrawn wherever they move, and off-screen rows are not drawn at all.

use iced::widget::{Row, column, container, responsive, row, space, text};
use iced::{Element, Fill, Length};

use super::Message;
use super::words::words;
use crate::summary::RubricSummary;
use crate::summary::palette::{self, level_tags};
use crate::ui::theme;

/// Height of one bar's row, in pixels.
pub const ROW: f32 = 20.0;
/// Width of the component ids left of the bars.
pub const LABEL: f32 = 48.0;
/// The white hairline between two segments.
const SEPARATOR: f32 = 1.0;
/// Width a label's character is allowed at the bars' text size, generously.
const CHAR_WIDTH: f32 = 7.5;

/// One level's part of a bar: where it starts and how wide it is (pixels
/// from the bar's left, the separator before it excluded), and its label
/// if one fits.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub rank: usize,
    pub x: f32,
    pub width: f32,
    pub label: Option<String>,
}

/// The segments of a bar `width` pixels wide for `counts` (ratings per
/// level, lowest first), `tags` naming the levels. Edges fall on whole
/// pixels so the hairlines stay sharp; nothing rated gives no segment.
#[must_use]
pub fn segments(counts: &[usize], width: f32, tags: &[String]) -> Vec<Segment> {
    let total: usize = counts.iter().sum();
    if total == 0 {
        return Vec::new();
    }
    let edge = |ratings: usize| (width * ratings as f32 / total as f32).round();
    let mut before = 0;
    let mut out = Vec::new();
    for (rank, &n) in counts.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let (start, end) = (edge(before), edge(before + n));
        before += n;
        let gap = if out.is_empty() { 0.0 } else { SEPARATOR };
        let width = (end - start - gap).max(0.0);
        let share = format!("{:.0}%", n as f64 * 100.0 / total as f64);
        let tagged = tags.get(rank).map(|tag| format!("{tag} {share}"));
        let label = tagged
            .into_iter()
            .chain([share])
            .find(|label| label.chars().count() as f32 * CHAR_WIDTH + 6.0 <= width);
        out.push(Segment {
            rank,
            x: start + gap,
            width,
            label,
        });
    }
    out
}

/// The id of the row of component `component` in rubric `rubric`'s bars.
#[must_use]
pub fn row_id(rubric: usize, component: usize) -> String {
    format!("bars-{rubric}-{component}")
}

/// The legend and a bar per component of `rubric` (the `index`th of the summary).
#[must_use]
pub fn stacked_bars(rubric: &RubricSummary, index: usize) -> Element<'_, Message> {
    let names: Vec<String> = rubric.levels.iter().map(|l| l.name.clone()).collect();
    let height = ROW * rubric.components.len() as f32;
    let bars = responsive(move |size| rows(rubric, index, size.width)).height(height);
    column![legend(&names), bars].spacing(6).into()
}

/// A swatch holding each level's tag, and its name.
fn legend<'a>(names: &[String]) -> Element<'a, Message> {
    let tags = level_tags(names);
    let items = names
        .iter()
        .zip(tags)
        .enumerate()
        .map(|(rank, (name, tag))| {
            let swatch = container(text(tag).size(10).font(theme::BOLD))
                .padding([0, 4])
                .style(theme::level_fill(palette::level(rank, names.len())));
            row![swatch, text(name.clone()).size(12)]
                .spacing(5)
                .align_y(iced::Center)
                .into()
        });
    Row::with_children(items)
        .spacing(16)
        .padding(iced::Padding::ZERO.left(LABEL))
        .wrap()
        .into()
}

/// The bars' rows at `width` pixels.
fn rows(rubric: &RubricSummary, index: usize, width: f32) -> Element<'_, Message> {
    let tags = level_tags(
        &rubric
            .levels
            .iter()
            .map(|l| l.name.clone())
            .collect::<Vec<_>>(),
    );
    let bar_width = (width - LABEL - 8.0).max(10.0);
    let levels = rubric.levels.len();
    let rows = rubric.components.iter().enumerate().map(|(c, component)| {
        let bar: Element<'_, Message> = if component.rated() == 0 {
            container(words("not rated", 12.0))
                .style(|theme| container::Style {
                    text_color: theme::muted(theme).color,
                    ..container::Style::default()
                })
                .into()
        } else {
            bar(&segments(&component.counts, bar_width, &tags), levels)
        };
        container(row![text(component.id.clone()).size(12).width(LABEL), bar])
            .id(row_id(index, c))
            .height(ROW)
            .align_y(iced::Center)
            .into()
    });
    iced::widget::Column::with_children(rows).width(Fill).into()
}

/// One bar: its segments with a white hairline before each but the first.
fn bar<'a>(segments: &[Segment], levels: usize) -> Element<'a, Message> {
    let mut bar = Row::new();
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            bar = bar.push(
                container(space())
                    .width(SEPARATOR)
                    .height(ROW - 4.0)
                    .style(theme::level_fill(palette::SEPARATOR)),
            );
        }
        let label = segment.label.as_deref().unwrap_or_default();
        bar = bar.push(
            container(words(label, 11.0))
                .width(Length::Fixed(segment.width))
                .height(ROW - 4.0)
                .align_x(iced::Center)
                .align_y(iced::Center)
                .style(theme::level_fill(palette::level(segment.rank, levels))),
        );
    }
    bar.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags() -> Vec<String> {
        ["U", "B", "P", "D"].map(String::from).to_vec()
    }

    #[test]
    fn segments_fill_the_bar_with_a_hairline_between_each() {
        let s = segments(&[1, 2, 0, 1], 400.0, &tags());
        assert_eq!(s.iter().map(|s| s.rank).collect::<Vec<_>>(), [0, 1, 3]);
        assert_eq!((s[0].x, s[0].width), (0.0, 100.0));
        assert_eq!((s[1].x, s[1].width), (101.0, 199.0));
        assert_eq!((s[2].x, s[2].width), (301.0, 99.0));
        assert_eq!(s[1].label.as_deref(), Some("B 50%"));
    }

    #[test]
    fn a_narrow_segment_drops_its_tag_then_its_share() {
        let s = segments(&[1, 9], 300.0, &tags());
        assert_eq!(s[0].label.as_deref(), Some("10%"), "30 px: the share alone");
        let s = segments(&[1, 30], 300.0, &tags());
        assert_eq!(s[0].label, None, "10 px: nothing");
        assert!(segments(&[0, 0], 300.0, &tags()).is_empty());
    }
}
