//! Colours for the summary's charts. One diverging scale, warm for the
//! lowest levels and the accent blue for the highest, is used by both the
//! bars and the heat map, so a colour means the same level everywhere. The
//! two ends differ in lightness as well as hue, so the charts still read
//! printed in grey or seen with red-green colour blindness.

use super::super::style::{INK, Rgb};

/// Stops along the scale, from the lowest level (0) to the highest (1).
const STOPS: [(f32, Rgb); 5] = [
    (0.0, Rgb(0.698, 0.255, 0.173)),
    (0.35, Rgb(0.949, 0.722, 0.502)),
    (0.5, Rgb(0.953, 0.937, 0.910)),
    (0.65, Rgb(0.612, 0.753, 0.878)),
    (1.0, Rgb(0.122, 0.306, 0.475)),
];

/// White, for labels on dark colours.
pub(super) const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
/// Cells with nothing rated.
pub(super) const EMPTY: Rgb = Rgb(0.957, 0.965, 0.973);

/// The colour at `t` (0 = lowest level, 1 = highest), clamped.
pub(super) fn scale(t: f32) -> Rgb {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.5
    };
    for pair in STOPS.windows(2) {
        let ((t0, a), (t1, b)) = (pair[0], pair[1]);
        if t <= t1 {
            let k = if t1 > t0 { (t - t0) / (t1 - t0) } else { 0.0 };
            return Rgb(
                a.0 + (b.0 - a.0) * k,
                a.1 + (b.1 - a.1) * k,
                a.2 + (b.2 - a.2) * k,
            );
        }
    }
    STOPS[STOPS.len() - 1].1
}

/// The colour of level `rank` (0 = lowest) of `levels`.
pub(super) fn level(rank: usize, levels: usize) -> Rgb {
    if levels <= 1 {
        return scale(1.0);
    }
    scale(rank as f32 / (levels - 1) as f32)
}

/// Ink or white, whichever reads on `background`.
pub(super) fn text_on(background: Rgb) -> Rgb {
    let Rgb(r, g, b) = background;
    if 0.299 * r + 0.587 * g + 0.114 * b < 0.55 {
        WHITE
    } else {
        INK
    }
}
