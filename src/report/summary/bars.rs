//! Stacked bars: a row's ratings split by level, lowest on the left, each
//! segment in its level's colour with its level's tag and percentage where
//! the label fits.
//! The component chart and the comparison tables both draw them.

use super::super::style::{Face, INK};
use super::numbers::share;
use super::palette::{self, WHITE};
use super::sketch::{Align, Ink, Sketch};
use crate::summary::palette::level_tags;

/// Height of a bar inside its row.
pub(super) const BAR: f32 = 9.0;

/// Where a bar goes: its left edge, top, width and height.
#[derive(Clone, Copy)]
pub(super) struct Place {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// Draws `counts` (ratings per level rank) as one bar at `place`; `tags`
/// are the levels' short names ([`level_tags`]), one per level. Each segment
/// prints its tag and share where both fit (the share alone where only it
/// fits), so neighbouring segments never rest on colour alone. Nothing rated
/// draws a pale empty bar saying so.
pub(super) fn stacked(s: &mut Sketch, place: Place, counts: &[usize], tags: &[String]) {
    let Place {
        x,
        top,
        width,
        height,
    } = place;
    let label_top = top + (height - BAR) / 2.0 + 0.3;
    let total: usize = counts.iter().sum();
    if total == 0 {
        s.fill(x, top, width, height, palette::EMPTY);
        let note = Ink {
            face: Face::Italic,
            size: 6.3,
            color: super::super::style::MUTED,
        };
        s.text(x + 4.0, label_top, Align::Left, note, "not rated");
        return;
    }
    let mut at = x;
    for (rank, &n) in counts.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let w = width * n as f32 / total as f32;
        let (color, text) = palette::level(rank, tags.len());
        s.fill(at, top, w, height, color);
        let ink = Ink {
            face: Face::Regular,
            size: 6.3,
            color: text,
        };
        let share = share(n, total);
        let tagged = tags.get(rank).map(|tag| format!("{tag} {share}"));
        let label = tagged
            .into_iter()
            .chain([share])
            .find(|label| s.width(ink, label) + 4.0 <= w);
        if let Some(label) = label {
            s.text(at + w / 2.0, label_top, Align::Center, ink, &label);
        }
        at += w;
        if at < x + width - 0.1 {
            // A hairline of paper between segments.
            s.fill(at - 0.35, top, 0.7, height, WHITE);
        }
    }
}

/// A swatch (holding the level's tag) and name per level, in lines that
/// wrap at `width`; returns the height used.
pub(super) fn legend(s: &mut Sketch, top: f32, width: f32, names: &[String]) -> f32 {
    let label = Ink {
        face: Face::Regular,
        size: 7.5,
        color: INK,
    };
    let tags = level_tags(names);
    let (mut x, mut line) = (0.0, top);
    for (rank, (name, tag)) in names.iter().zip(&tags).enumerate() {
        let (color, text) = palette::level(rank, names.len());
        let tag_ink = Ink {
            face: Face::Bold,
            size: 6.3,
            color: text,
        };
        let swatch = (s.width(tag_ink, tag) + 3.0).max(9.0);
        let item = swatch + 3.0 + s.width(label, name) + 14.0;
        if x > 0.0 && x + item > width {
            x = 0.0;
            line += 13.0;
        }
        s.fill(x, line + 1.5, swatch, 10.0, color);
        s.text(x + swatch / 2.0, line + 2.6, Align::Center, tag_ink, tag);
        s.text(x + swatch + 3.0, line + 0.5, Align::Left, label, name);
        x += item;
    }
    line + 13.0 - top
}

/// Percent ticks over a bar area starting at `x`, `width` wide.
pub(super) fn ticks(s: &mut Sketch, x: f32, top: f32, width: f32, ink: Ink) {
    for (i, tick) in ["0%", "25%", "50%", "75%", "100%"].iter().enumerate() {
        let align = match i {
            0 => Align::Left,
            4 => Align::Right,
            _ => Align::Center,
        };
        s.text(x + width * i as f32 / 4.0, top, align, ink, tick);
    }
}
