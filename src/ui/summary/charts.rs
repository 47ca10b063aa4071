//! The summary's two charts, drawn on a canvas: levels per component as
//! stacked bars, and the school × component heat map.

use iced::widget::canvas::{self, Frame, Geometry, Text};
use iced::{Color, Font, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

use crate::summary::{HeatMap, RubricSummary};
use crate::ui::theme;

/// Height of one bar or heat-map row, in pixels.
pub const ROW: f32 = 20.0;
const LABEL: f32 = 48.0;
const LEGEND: f32 = 28.0;

/// The colour of level `rank` of `count`: light to dark in the accent hue,
/// so the order reads without relying on red and green.
pub fn level_color(theme: &Theme, rank: usize, count: usize) -> Color {
    let base = theme.palette().primary;
    let t = if count <= 1 {
        1.0
    } else {
        rank as f32 / (count - 1) as f32
    };
    Color {
        a: 0.22 + 0.78 * t,
        ..base
    }
}

/// Levels per component: one bar each, segments by level, with a legend.
pub struct StackedBars<'a> {
    pub rubric: &'a RubricSummary,
}

impl StackedBars<'_> {
    pub fn height(&self) -> f32 {
        LEGEND + ROW * self.rubric.components.len() as f32
    }
}

impl<Message> canvas::Program<Message> for StackedBars<'_> {
    type State = ();

    fn draw(
        &self,
        (): &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let text_color = theme.palette().text;
        let levels = &self.rubric.levels;
        let mut x = LABEL;
        for (rank, level) in levels.iter().enumerate() {
            frame.fill_rectangle(
                Point::new(x, 6.0),
                Size::new(12.0, 12.0),
                level_color(theme, rank, levels.len()),
            );
            frame.fill_text(label(&level.name, Point::new(x + 16.0, 5.0), text_color));
            x += 24.0 + 7.0 * level.name.chars().count() as f32;
        }
        let width = (bounds.width - LABEL - 8.0).max(10.0);
        for (row, component) in self.rubric.components.iter().enumerate() {
            let y = LEGEND + row as f32 * ROW;
            frame.fill_text(label(&component.id, Point::new(4.0, y + 3.0), text_color));
            let total = component.rated();
            if total == 0 {
                frame.fill_text(label(
                    "not rated",
                    Point::new(LABEL, y + 3.0),
                    text_color.scale_alpha(0.6),
                ));
                continue;
            }
            let mut x = LABEL;
            for (rank, count) in component.counts.iter().enumerate() {
                let w = width * *count as f32 / total as f32;
                if w <= 0.0 {
                    continue;
                }
                let color = level_color(theme, rank, levels.len());
                frame.fill_rectangle(Point::new(x, y + 2.0), Size::new(w, ROW - 4.0), color);
                let percent = *count as f32 * 100.0 / total as f32;
                if w > 34.0 {
                    let ink = if color.a > 0.6 {
                        Color::WHITE
                    } else {
                        text_color
                    };
                    frame.fill_text(label(
                        &format!("{percent:.0}%"),
                        Point::new(x + 4.0, y + 3.0),
                        ink,
                    ));
                }
                x += w;
            }
        }
        vec![frame.into_geometry()]
    }
}

/// Mean level per school and component, shaded, with the number in each cell.
pub struct HeatGrid<'a> {
    pub map: &'a HeatMap,
    /// Lowest and highest level scores of the rubric, for the shading.
    pub range: (f64, f64),
}

impl HeatGrid<'_> {
    pub const SCHOOL: f32 = 220.0;

    pub fn height(&self) -> f32 {
        ROW * (self.map.schools.len() + 1) as f32
    }
}

impl<Message> canvas::Program<Message> for HeatGrid<'_> {
    type State = ();

    fn draw(
        &self,
        (): &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let text_color = theme.palette().text;
        let columns = self.map.components.len().max(1);
        let cell = ((bounds.width - Self::SCHOOL) / columns as f32).max(8.0);
        for (c, id) in self.map.components.iter().enumerate() {
            frame.fill_text(label(
                id,
                Point::new(Self::SCHOOL + c as f32 * cell + 2.0, 3.0),
                text_color,
            ));
        }
        let (low, high) = self.range;
        for (r, school) in self.map.schools.iter().enumerate() {
            let y = ROW * (r + 1) as f32;
            let name: String = school.chars().take(30).collect();
            frame.fill_text(label(&name, Point::new(4.0, y + 3.0), text_color));
            for (c, value) in self.map.cells.get(r).into_iter().flatten().enumerate() {
                let x = Self::SCHOOL + c as f32 * cell;
                let Some(value) = value else {
                    continue;
                };
                #[allow(clippy::cast_possible_truncation, reason = "a share between 0 and 1")]
                let t = if high > low {
                    ((value - low) / (high - low)) as f32
                } else {
                    1.0
                };
                let color = Color {
                    a: 0.15 + 0.85 * t.clamp(0.0, 1.0),
                    ..theme.palette().primary
                };
                frame.fill_rectangle(
                    Point::new(x + 1.0, y + 1.0),
                    Size::new(cell - 2.0, ROW - 2.0),
                    color,
                );
                if cell >= 30.0 {
                    let ink = if color.a > 0.6 {
                        Color::WHITE
                    } else {
                        text_color
                    };
                    frame.fill_text(label(
                        &format!("{value:.1}"),
                        Point::new(x + 4.0, y + 3.0),
                        ink,
                    ));
                }
            }
        }
        vec![frame.into_geometry()]
    }
}

fn label(content: &str, position: Point, color: Color) -> Text {
    Text {
        content: content.to_string(),
        position,
        color,
        size: Pixels(12.0),
        font: Font { ..theme::SANS },
        ..Text::default()
    }
}
