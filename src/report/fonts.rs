//! The bundled Noto Sans faces, parsed once, and text measured by their own
//! glyph advances. printpdf does no kerning, so advance sums are exactly what
//! the page shows, and wrapping never guesses.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::error::ReportError;
use super::style::Face;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Italic.ttf");

/// One parsed face and the numbers layout needs from it.
pub(crate) struct FaceFont {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advances of the first 256 code points, in em, for speed.
    latin: [f32; 256],
}

impl FaceFont {
    fn parse(name: &str, bytes: &[u8]) -> Result<FaceFont, String> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or_else(|| {
            format!(
                "the bundled font {name} could not be read ({})",
                warnings
                    .iter()
                    .map(|w| w.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let mut face = FaceFont {
            parsed,
            units_per_em,
            latin: [0.0; 256],
        };
        for code in 0..256u32 {
            if let Some(c) = char::from_u32(code) {
                face.latin[code as usize] = face.advance_slow(c);
            }
        }
        Ok(face)
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.parsed.lookup_glyph_index(c as u32).filter(|&g| g != 0)
    }

    fn advance_slow(&self, c: char) -> f32 {
        self.glyph(c).map_or(0.0, |g| {
            f32::from(self.parsed.get_horizontal_advance(g)) / self.units_per_em
        })
    }

    /// Width of `c` as a fraction of the font size.
    fn advance(&self, c: char) -> f32 {
        match self.latin.get(c as usize) {
            Some(&w) => w,
            None => self.advance_slow(c),
        }
    }
}

/// Regular, bold and italic Noto Sans.
pub(crate) struct Fonts {
    faces: [FaceFont; 3],
}

impl Fonts {
    /// The bundled fonts, parsed on first use and kept: parsing takes longer
    /// than laying out a whole report.
    pub(crate) fn bundled() -> Result<&'static Fonts, ReportError> {
        static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Ok(Fonts {
                    faces: [
                        FaceFont::parse("NotoSans-Regular.ttf", REGULAR)?,
                        FaceFont::parse("NotoSans-Bold.ttf", BOLD)?,
                        FaceFont::parse("NotoSans-Italic.ttf", ITALIC)?,
                    ],
                })
            })
            .as_ref()
            .map_err(|why| ReportError::Font(why.clone()))
    }

    pub(crate) fn face(&self, face: Face) -> &FaceFont {
        &self.faces[face.index()]
    }

    /// Whether the face has a glyph for `c`.
    pub(crate) fn covers(&self, face: Face, c: char) -> bool {
        self.face(face).glyph(c).is_some()
    }

    /// Width of `c` at `size` points.
    pub(crate) fn char_width(&self, face: Face, c: char, size: f32) -> f32 {
        self.face(face).advance(c) * size
    }

    /// Width of `text` at `size` points.
    pub(crate) fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        let font = self.face(face);
        text.chars().map(|c| font.advance(c)).sum::<f32>() * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(
        clippy::float_cmp,
        reason = "a width is the sum of the same advances: exactly equal"
    )]
    fn the_bundled_fonts_parse_and_measure() {
        let fonts = Fonts::bundled().expect("bundled fonts");
        for face in Face::ALL {
            assert!(fonts.covers(face, 'ễ') && fonts.covers(face, 'ł') && fonts.covers(face, 'Ø'));
            assert!(!fonts.covers(face, '漢') && !fonts.covers(face, '😀'));
        }
        let m = fonts.width(Face::Regular, "m", 10.0);
        let i = fonts.width(Face::Regular, "i", 10.0);
        assert!(m > 2.0 * i && m < 10.0, "m {m} i {i}");
        assert!(
            fonts.width(Face::Bold, "Proficient", 10.0)
                > fonts.width(Face::Regular, "Proficient", 10.0)
        );
        assert_eq!(
            fonts.width(Face::Regular, "ab", 10.0),
            fonts.char_width(Face::Regular, 'a', 10.0) + fonts.char_width(Face::Regular, 'b', 10.0)
        );
    }
}
