//! A small drawing surface for charts: text measured and placed by its
//! left edge, right edge or centre, and filled rectangles, in points from
//! the chart's top left. A finished sketch is one graphic block.

use super::super::blocks::{Block, Graphic};
use super::super::draw::fit_text;
use super::super::flow::{Item, baseline_offset};
use super::super::fonts::Fonts;
use super::super::style::{Face, Rgb};

pub(super) struct Sketch<'f> {
    pub fonts: &'f Fonts,
    items: Vec<Item>,
}

/// How a label sits against the x it is given.
#[derive(Clone, Copy)]
pub(super) enum Align {
    Left,
    Center,
    Right,
}

/// A label's look: face, size and colour.
#[derive(Clone, Copy)]
pub(super) struct Ink {
    pub face: Face,
    pub size: f32,
    pub color: Rgb,
}

impl<'f> Sketch<'f> {
    pub fn new(fonts: &'f Fonts) -> Sketch<'f> {
        Sketch {
            fonts,
            items: Vec::new(),
        }
    }

    pub fn width(&self, ink: Ink, text: &str) -> f32 {
        self.fonts.width(ink.face, text, ink.size)
    }

    /// `text` shortened with an ellipsis to at most `max` points wide.
    pub fn fit(&self, ink: Ink, text: &str, max: f32) -> String {
        fit_text(self.fonts, ink.face, text, ink.size, max.max(0.0))
    }

    /// A one-line label whose line box starts at `top`.
    pub fn text(&mut self, x: f32, top: f32, align: Align, ink: Ink, text: &str) {
        if text.is_empty() {
            return;
        }
        let width = self.width(ink, text);
        let x = match align {
            Align::Left => x,
            Align::Center => x - width / 2.0,
            Align::Right => x - width,
        };
        self.items.push(Item::Text {
            x,
            baseline: top + baseline_offset(ink.size),
            face: ink.face,
            size: ink.size,
            color: ink.color,
            text: text.to_string(),
        });
    }

    pub fn fill(&mut self, x: f32, top: f32, width: f32, height: f32, color: Rgb) {
        if width > 0.0 && height > 0.0 {
            self.items.push(Item::Fill {
                x,
                top,
                width,
                height,
                color,
            });
        }
    }

    pub fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, color: Rgb) {
        self.items.push(Item::Rule {
            x1,
            x2,
            y,
            thickness,
            color,
        });
    }

    /// The sketch as a block `height` points tall.
    pub fn finish(self, height: f32, space_after: f32) -> Block {
        Block::Graphic(Graphic {
            height,
            items: self.items,
            space_after,
        })
    }
}
