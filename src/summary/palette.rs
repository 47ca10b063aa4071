//! The colours of rating levels, one scale for the window's charts and the
//! PDF, so a colour means the same level on screen and on paper.
//!
//! The scale runs from a pale peach (lowest level) through green and teal to
//! a dark blue (highest). Its lightness falls evenly, by CIE L* about 12.5
//! between neighbours even with six levels, so the levels stay apart in
//! greyscale print and for every common colour-vision deficiency, where hue
//! alone would fail; the unit tests below check both. Colours are sRGB
//! triples from 0 to 1.

/// An sRGB colour, each channel from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

/// The scale's stops at even steps from the lowest level (first) to the
/// highest: chosen in CIE `LCh` with L* falling 93 → 22 (greyscale lightness
/// evenly too), hue turning from peach through green to blue.
const STOPS: [Rgb; 7] = [
    Rgb(0.998, 0.901, 0.842),
    Rgb(0.872, 0.793, 0.473),
    Rgb(0.558, 0.721, 0.440),
    Rgb(0.229, 0.634, 0.491),
    Rgb(0.022, 0.510, 0.522),
    Rgb(0.006, 0.360, 0.452),
    Rgb(0.009, 0.216, 0.365),
];

/// Paper between bar segments: adjacent levels never touch, so they do not
/// depend on telling two colours apart at their edge.
pub const SEPARATOR: Rgb = Rgb(1.0, 1.0, 1.0);
/// Cells with nothing rated: a light grey outside the scale.
pub const EMPTY: Rgb = Rgb(0.957, 0.965, 0.973);

/// The colour at `t` (0 = lowest level, 1 = highest), clamped; not a number
/// reads as the middle.
#[must_use]
pub fn scale(t: f32) -> Rgb {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let along = t * (STOPS.len() - 1) as f32;
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "`along` is between 0 and the number of spans"
    )]
    let span = (along.floor() as usize).min(STOPS.len() - 2);
    let part = along - span as f32;
    let (from, to) = (STOPS[span], STOPS[span + 1]);
    Rgb(
        from.0 + (to.0 - from.0) * part,
        from.1 + (to.1 - from.1) * part,
        from.2 + (to.2 - from.2) * part,
    )
}

/// The colour of level `rank` (0 = lowest) of `levels`.
#[must_use]
pub fn level(rank: usize, levels: usize) -> Rgb {
    if levels <= 1 {
        return scale(1.0);
    }
    scale(rank as f32 / (levels - 1) as f32)
}

/// Where `value` sits between the lowest and highest level scores, from 0
/// to 1, for a mean's colour on the scale.
#[must_use]
pub fn position(value: f64, (low, high): (f64, f64)) -> f32 {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a share between 0 and 1 for a colour"
    )]
    if high > low {
        ((value - low) / (high - low)).clamp(0.0, 1.0) as f32
    } else {
        0.5
    }
}

/// Which ink reads on a colour of the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Near-black text.
    Dark,
    /// White text.
    Light,
}

/// The ink with the higher WCAG contrast on `background`: white against
/// near-black text (relative luminance about 0.016).
#[must_use]
pub fn ink_on(background: Rgb) -> Ink {
    let y = luminance(background);
    let on_white = 1.05 / (y + 0.05);
    let on_dark = (y + 0.05) / (0.016 + 0.05);
    if on_white > on_dark {
        Ink::Light
    } else {
        Ink::Dark
    }
}

/// The relative luminance of an sRGB colour (WCAG 2).
fn luminance(Rgb(r, g, b): Rgb) -> f32 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn linear(c: f32) -> f32 {
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// A short tag per level, printed on bar segments beside the share so a
/// segment names its level without its colour: the shortest beginning of
/// each name that no other level's name shares ("U", "B", "P", "D").
#[must_use]
pub fn level_tags(names: &[String]) -> Vec<String> {
    names
        .iter()
        .map(|name| {
            let chars: Vec<char> = name.chars().collect();
            (1..=chars.len())
                .map(|n| chars[..n].iter().collect::<String>())
                .find(|tag| {
                    names
                        .iter()
                        .filter(|other| *other != name)
                        .all(|other| !other.starts_with(tag.as_str()))
                })
                .unwrap_or_else(|| name.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CIE L* (D65) of an sRGB colour.
    fn lightness(colour: Rgb) -> f32 {
        lab(colour).0
    }

    /// CIE L*a*b* (D65) of an sRGB colour.
    #[allow(
        clippy::many_single_char_names,
        reason = "the colour science's own names"
    )]
    fn lab(Rgb(r, g, b): Rgb) -> (f32, f32, f32) {
        let (r, g, b) = (linear(r), linear(g), linear(b));
        let x = (0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b) / 0.950_47;
        let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175 * b;
        let z = (0.019_333_9 * r + 0.119_192 * g + 0.950_304_1 * b) / 1.088_83;
        let f = |t: f32| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        (116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz))
    }

    /// ΔE (CIE 1976) between two colours.
    fn delta_e(a: Rgb, b: Rgb) -> f32 {
        let (a, b) = (lab(a), lab(b));
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt()
    }

    /// The colour as an office printer or viewer turns it grey: Rec. 601
    /// luma of the encoded channels.
    fn grey(Rgb(r, g, b): Rgb) -> Rgb {
        let y = 0.299 * r + 0.587 * g + 0.114 * b;
        Rgb(y, y, y)
    }

    fn encode(c: f32) -> f32 {
        if c <= 0.003_130_8 {
            12.92 * c
        } else {
            1.055 * c.powf(1.0 / 2.4) - 0.055
        }
    }

    /// The colour as seen with a full deficiency: Machado, Oliveira and
    /// Fernandes (2009), severity 1.0, applied to linear RGB.
    fn simulate(matrix: [[f32; 3]; 3], Rgb(r, g, b): Rgb) -> Rgb {
        let lin = [linear(r), linear(g), linear(b)];
        let row =
            |m: [f32; 3]| encode((m[0] * lin[0] + m[1] * lin[1] + m[2] * lin[2]).clamp(0.0, 1.0));
        Rgb(row(matrix[0]), row(matrix[1]), row(matrix[2]))
    }

    const PROTANOPIA: [[f32; 3]; 3] = [
        [0.152_286, 1.052_583, -0.204_868],
        [0.114_503, 0.786_281, 0.099_216],
        [-0.003_882, -0.048_116, 1.051_998],
    ];
    const DEUTERANOPIA: [[f32; 3]; 3] = [
        [0.367_322, 0.860_646, -0.227_968],
        [0.280_085, 0.672_501, 0.047_413],
        [-0.011_820, 0.042_940, 0.968_881],
    ];
    const TRITANOPIA: [[f32; 3]; 3] = [
        [1.255_528, -0.076_749, -0.178_779],
        [-0.078_411, 0.930_809, 0.147_602],
        [0.004_733, 0.691_367, 0.303_900],
    ];

    /// Neighbouring levels, lowest first, for every scale of 2 to 6 levels.
    fn neighbours() -> Vec<(usize, Rgb, Rgb)> {
        (2..=6)
            .flat_map(|n| (1..n).map(move |r| (n, level(r - 1, n), level(r, n))))
            .collect()
    }

    #[test]
    fn neighbouring_levels_differ_in_lightness_in_colour_and_in_greyscale() {
        for (n, lower, higher) in neighbours() {
            let step = lightness(lower) - lightness(higher);
            assert!(step >= 12.0, "{n} levels: L* step {step:.1}");
            let grey_step = lightness(grey(lower)) - lightness(grey(higher));
            assert!(
                grey_step >= 12.0,
                "{n} levels: greyscale L* step {grey_step:.1}"
            );
        }
    }

    #[test]
    fn neighbouring_levels_stay_apart_for_each_colour_vision_deficiency() {
        for (name, matrix) in [
            ("protanopia", PROTANOPIA),
            ("deuteranopia", DEUTERANOPIA),
            ("tritanopia", TRITANOPIA),
        ] {
            for (n, lower, higher) in neighbours() {
                let seen = delta_e(simulate(matrix, lower), simulate(matrix, higher));
                assert!(seen >= 12.0, "{name}, {n} levels: ΔE {seen:.1}");
            }
        }
    }

    #[test]
    fn the_continuous_scale_darkens_all_the_way() {
        let samples: Vec<f32> = (0..=100)
            .map(|i| lightness(scale(i as f32 / 100.0)))
            .collect();
        assert!(samples.windows(2).all(|w| w[1] < w[0]), "{samples:?}");
        assert_eq!(scale(f32::NAN), scale(0.5));
        assert_eq!(scale(-1.0), level(0, 4));
        assert_eq!(scale(2.0), level(3, 4));
    }

    #[test]
    fn labels_on_the_scale_take_the_ink_with_more_contrast() {
        assert_eq!(ink_on(level(0, 4)), Ink::Dark);
        assert_eq!(ink_on(level(1, 4)), Ink::Dark);
        assert_eq!(ink_on(level(3, 4)), Ink::Light);
        assert_eq!(ink_on(Rgb(1.0, 1.0, 1.0)), Ink::Dark);
        assert_eq!(ink_on(Rgb(0.0, 0.0, 0.0)), Ink::Light);
    }

    #[test]
    fn a_mean_sits_on_the_scale_between_the_lowest_and_highest_scores() {
        assert!((position(2.5, (1.0, 4.0)) - 0.5).abs() < 1e-6);
        assert!((position(9.0, (1.0, 4.0)) - 1.0).abs() < 1e-6);
        assert!((position(3.0, (2.0, 2.0)) - 0.5).abs() < 1e-6);
    }

    #[test]
    fn tags_are_the_shortest_beginnings_no_other_level_shares() {
        let names = |n: &[&str]| n.iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(
            level_tags(&names(&[
                "Unsatisfactory",
                "Basic",
                "Proficient",
                "Distinguished"
            ])),
            ["U", "B", "P", "D"]
        );
        assert_eq!(
            level_tags(&names(&["Developing", "Distinguished", "Effective"])),
            ["De", "Di", "E"]
        );
        assert_eq!(level_tags(&names(&["Met", "Met+"])), ["Met", "Met+"]);
    }
}
