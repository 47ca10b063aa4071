//! The level palette of [`crate::summary::palette`], shared with the
//! window, in the PDF's colour type; with the ink each colour takes.

use super::super::style::{INK, Rgb};
use crate::summary::palette::{self as shared, Ink};

impl From<shared::Rgb> for Rgb {
    fn from(shared::Rgb(r, g, b): shared::Rgb) -> Rgb {
        Rgb(r, g, b)
    }
}

/// White: between bar segments and for labels on dark colours.
pub(super) const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
/// Cells with nothing rated.
pub(super) const EMPTY: Rgb = Rgb(shared::EMPTY.0, shared::EMPTY.1, shared::EMPTY.2);

/// The colour at `t` (0 = lowest level, 1 = highest).
pub(super) fn scale(t: f32) -> Rgb {
    shared::scale(t).into()
}

/// The colour of level `rank` (0 = lowest) of `levels`, and the ink that reads on it.
pub(super) fn level(rank: usize, levels: usize) -> (Rgb, Rgb) {
    let colour = shared::level(rank, levels);
    (colour.into(), ink(colour))
}

/// The colour of a mean between the lowest and highest level scores, and its ink.
pub(super) fn mean(value: f64, range: (f64, f64)) -> (Rgb, Rgb) {
    let colour = shared::scale(shared::position(value, range));
    (colour.into(), ink(colour))
}

fn ink(colour: shared::Rgb) -> Rgb {
    match shared::ink_on(colour) {
        Ink::Light => WHITE,
        Ink::Dark => INK,
    }
}
