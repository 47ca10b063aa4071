//! The fonts a report is set in: the bundled Noto Sans faces first, then
//! the bundled Noto fonts for Arabic, Hebrew, Devanagari, Thai and
//! symbols ([`crate::fonts`]), then the
//! computer's own fonts for whatever those lack (Chinese, Japanese and
//! Korean above all, see [`super::system_fonts`]). Widths come from the
//! shaped glyphs, so wrapping measures exactly what the page shows.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use super::error::ReportError;
use super::font_file::FontFile;
use super::shape::shape_line;
use super::style::Face;
use super::system_fonts::SystemFonts;
use crate::fonts::{SYMBOLS, TEXT};

/// The files each face tries, in order: indexes into [`TEXT`], then
/// [`SYMBOLS`] (numbered after them). The scripts have no italic; an
/// italic note in Arabic is set upright, as Arabic typesetting does.
const CHAINS: [[usize; 7]; 3] = [
    [0, 3, 5, 7, 9, 11, 12],
    [1, 4, 6, 8, 10, 11, 12],
    [2, 3, 5, 7, 9, 11, 12],
];

/// Texts whose widths are kept: layout measures the same spans again and
/// again (trial layouts, keeping headings with what follows).
const KEPT_WIDTHS: usize = 20_000;

pub(crate) struct Fonts {
    bundled: Vec<Arc<FontFile>>,
    system: Mutex<SystemFonts>,
    /// Each character's advance in em, by face and line of text.
    widths: Mutex<KeptWidths>,
}

/// Each character's advance in em, by face and line of text.
type KeptWidths = HashMap<(Face, String), Arc<[f32]>>;

impl Fonts {
    /// The fonts, the bundled ones parsed on first use and kept: parsing
    /// takes longer than laying out a whole report.
    pub(crate) fn bundled() -> Result<&'static Fonts, ReportError> {
        static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                let bundled = TEXT
                    .iter()
                    .chain(&SYMBOLS)
                    .enumerate()
                    .map(|(id, font)| {
                        FontFile::parse(id, font.file, Cow::Borrowed(font.bytes), 0).map(Arc::new)
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                Ok(Fonts {
                    bundled,
                    system: Mutex::new(SystemFonts::default()),
                    widths: Mutex::new(HashMap::new()),
                })
            })
            .as_ref()
            .map_err(|why| ReportError::Font(why.clone()))
    }

    /// Noto Sans in `face`: what text no font has is measured in.
    pub(crate) fn primary(&self, face: Face) -> Arc<FontFile> {
        Arc::clone(&self.bundled[CHAINS[face.index()][0]])
    }

    /// Whether `font` is one of the bundled ones.
    pub(crate) fn is_bundled(&self, font: &FontFile) -> bool {
        font.id < self.bundled.len()
    }

    /// The first font with a glyph for `c`: bundled, else the system's.
    pub(crate) fn font_for(&self, face: Face, c: char) -> Option<Arc<FontFile>> {
        if let Some(font) = CHAINS[face.index()]
            .iter()
            .map(|&i| &self.bundled[i])
            .find(|f| f.covers(c))
        {
            return Some(Arc::clone(font));
        }
        if c.is_whitespace() || c.is_control() {
            return None;
        }
        let mut system = self.system.lock().unwrap_or_else(PoisonError::into_inner);
        let next_id = self.bundled.len() + system.count();
        system.font_for(c, face == Face::Bold, next_id)
    }

    /// Whether some font can show `c` in `face`.
    pub(crate) fn covers(&self, face: Face, c: char) -> bool {
        self.font_for(face, c).is_some()
    }

    /// Width of `text` (one line) at `size` points.
    pub(crate) fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.advances(face, text).iter().sum::<f32>() * size
    }

    /// The width each character of `text` adds at `size` points, shaped
    /// line by line; a line break adds nothing.
    pub(crate) fn char_widths(&self, face: Face, text: &str, size: f32) -> Vec<f32> {
        let mut widths = Vec::with_capacity(text.len());
        for (n, line) in text.split('\n').enumerate() {
            if n > 0 {
                widths.push(0.0);
            }
            widths.extend(self.advances(face, line).iter().map(|w| w * size));
        }
        widths
    }

    /// Each character's advance in em for one line, shaped once and kept.
    fn advances(&self, face: Face, line: &str) -> Arc<[f32]> {
        let key = (face, line.to_string());
        let lock = || self.widths.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = lock().get(&key) {
            return Arc::clone(found);
        }
        let advances: Arc<[f32]> = shape_line(self, face, line).advances.into();
        let mut kept = lock();
        if kept.len() >= KEPT_WIDTHS {
            kept.clear();
        }
        kept.insert(key, Arc::clone(&advances));
        advances
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_fonts_parse_and_measure() {
        let fonts = Fonts::bundled().expect("bundled fonts");
        for face in Face::ALL {
            for c in ['ễ', 'ł', 'Ø', 'م', 'ד', 'अ', 'ก'] {
                assert!(fonts.covers(face, c), "{face:?} {c}");
            }
        }
        let m = fonts.width(Face::Regular, "m", 10.0);
        let i = fonts.width(Face::Regular, "i", 10.0);
        assert!(m > 2.0 * i && m < 10.0, "m {m} i {i}");
        assert!(
            fonts.width(Face::Bold, "Proficient", 10.0)
                > fonts.width(Face::Regular, "Proficient", 10.0)
        );
        let each: f32 = fonts.char_widths(Face::Regular, "ab", 10.0).iter().sum();
        assert!((fonts.width(Face::Regular, "ab", 10.0) - each).abs() < 1e-4);
    }

    #[test]
    fn each_script_is_set_in_its_own_font() {
        let fonts = Fonts::bundled().expect("bundled fonts");
        let name = |c| fonts.font_for(Face::Regular, c).map(|f| TEXT[f.id].file);
        assert_eq!(name('a'), Some("NotoSans-Regular.ttf"));
        assert_eq!(name('م'), Some("NotoSansArabic-Regular.ttf"));
        assert_eq!(name('ד'), Some("NotoSansHebrew-Regular.ttf"));
        assert_eq!(name('श'), Some("NotoSansDevanagari-Regular.ttf"));
        assert_eq!(name('ก'), Some("NotoSansThai-Regular.ttf"));
        assert_eq!(
            fonts.font_for(Face::Bold, 'م').map(|f| TEXT[f.id].file),
            Some("NotoSansArabic-Bold.ttf")
        );
        // No font anywhere has a private-use character.
        assert!(!fonts.covers(Face::Regular, '\u{10FFFD}'));
    }
}
