//! The program's icon, drawn here rather than decoded from a file, so no
//! image decoder is built in: a blue rounded square with a white check
//! mark, the theme's primary colour. One drawing makes the window's icon,
//! the desktop's PNGs at every size and its SVG (`assets/icons/`, checked
//! against this drawing by `tests/icons.rs`).

use std::fmt::Write as _;

use iced::window::icon::{self, Icon};

/// Pixels a side of the window's icon; desktops scale it for the title bar and task bar.
const SIZE: u32 = 64;
/// The drawing's own units a side: every length below is in these.
const UNITS: f32 = 64.0;
const RADIUS: f32 = 12.0;
/// The check mark's corners, and half its stroke's width.
const MARK: [(f32, f32); 3] = [(17.0, 33.0), (28.0, 44.0), (47.0, 21.0)];
const HALF_STROKE: f32 = 3.5;
const BLUE: [f32; 3] = [36.0, 89.0, 168.0];

#[must_use]
pub fn window_icon() -> Option<Icon> {
    icon::from_rgba(rgba(SIZE), SIZE, SIZE).ok()
}

/// The icon as an SVG document: the same square, radius, mark and colour.
#[must_use]
pub fn svg() -> String {
    let points = MARK
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut svg = String::new();
    let [r, g, b] = BLUE;
    // Writing to a String cannot fail.
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{UNITS}\" height=\"{UNITS}\" \
         viewBox=\"0 0 {UNITS} {UNITS}\">\n  \
         <rect width=\"{UNITS}\" height=\"{UNITS}\" rx=\"{RADIUS}\" fill=\"rgb({r},{g},{b})\"/>\n  \
         <polyline points=\"{points}\" fill=\"none\" stroke=\"#ffffff\" \
         stroke-width=\"{}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n</svg>\n",
        HALF_STROKE * 2.0
    );
    svg
}

/// The icon `size` pixels a side as RGBA, row by row, with edges smoothed
/// by how much of each pixel is covered.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "every channel is rounded and between 0 and 255"
)]
#[must_use]
pub fn rgba(size: u32) -> Vec<u8> {
    // Pixels a unit of the drawing: distances are measured in units and
    // turned into pixels for the smoothing.
    let scale = size as f32 / UNITS;
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let p = ((x as f32 + 0.5) / scale, (y as f32 + 0.5) / scale);
            let square = coverage(rounded_square_distance(p, UNITS, RADIUS) * scale);
            let stroke = MARK
                .windows(2)
                .map(|w| segment_distance(p, w[0], w[1]) - HALF_STROKE)
                .fold(f32::MAX, f32::min);
            let white = coverage(stroke * scale) * square;
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "rounded values between 0 and 255"
            )]
            for channel in BLUE {
                rgba.push((channel + (255.0 - channel) * white).round() as u8);
            }
            rgba.push((255.0 * square).round() as u8);
        }
    }
    rgba
}

/// How much of a pixel lies inside a shape whose edge is `distance` away
/// (negative inside).
fn coverage(distance: f32) -> f32 {
    (0.5 - distance).clamp(0.0, 1.0)
}

fn rounded_square_distance((x, y): (f32, f32), side: f32, radius: f32) -> f32 {
    let half = side / 2.0;
    let qx = (x - half).abs() - (half - radius);
    let qy = (y - half).abs() - (half - radius);
    let outside = qx.max(0.0).hypot(qy.max(0.0));
    outside + qx.max(qy).min(0.0) - radius
}

fn segment_distance((px, py): (f32, f32), (ax, ay): (f32, f32), (bx, by): (f32, f32)) -> f32 {
    let (dx, dy) = (bx - ax, by - ay);
    let t = (((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    (px - (ax + t * dx)).hypot(py - (ay + t * dy))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_is_a_blue_square_with_a_white_mark_and_clear_corners() {
        let rgba = rgba(SIZE);
        let at = |x: u32, y: u32| {
            let i = ((y * SIZE + x) * 4) as usize;
            [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]]
        };
        assert_eq!(at(0, 0)[3], 0, "a rounded corner is transparent");
        assert_eq!(
            at(32, 8),
            [36, 89, 168, 255],
            "the square is the theme's blue"
        );
        assert_eq!(
            at(28, 43),
            [255, 255, 255, 255],
            "the mark's corner is white"
        );
        assert!(window_icon().is_some());
    }
}
