//! One font: parsed once for the PDF writer (embedding, subsetting, the
//! widths a viewer advances by) and once for the shaper, which picks the
//! glyphs and their positions.

use std::borrow::Cow;

use harfrust::{Direction, FontRef, ShaperData, UnicodeBuffer};
use printpdf::ParsedFont;

/// A glyph as the shaper placed it, in em (font units over units per em).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ShapedGlyph {
    pub gid: u16,
    /// Byte offset, in the shaped text, of the cluster the glyph belongs to.
    pub cluster: usize,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
}

pub(crate) struct FontFile {
    /// Its place in the list of fonts ([`super::fonts::Fonts`]).
    pub id: usize,
    bytes: Cow<'static, [u8]>,
    index: u32,
    pub parsed: ParsedFont,
    shaper_data: ShaperData,
    units_per_em: f32,
}

impl FontFile {
    /// Parses face `index` of `bytes` for both the writer and the shaper, or
    /// says in a few words why it cannot be used.
    pub(crate) fn parse(
        id: usize,
        name: &str,
        bytes: Cow<'static, [u8]>,
        index: u32,
    ) -> Result<FontFile, String> {
        let font = FontRef::from_index(&bytes, index)
            .map_err(|e| format!("the font {name} could not be read ({e})"))?;
        let shaper_data = ShaperData::new(&font);
        let units_per_em = shaper_data.shaper(&font).build().units_per_em().max(1);
        let mut warnings = Vec::new();
        let parsed =
            ParsedFont::from_bytes(&bytes, index as usize, &mut warnings).ok_or_else(|| {
                format!(
                    "the font {name} could not be read ({})",
                    warnings
                        .iter()
                        .map(|w| w.message.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            })?;
        #[allow(
            clippy::cast_precision_loss,
            reason = "units per em are at most 16384, exact in f32"
        )]
        let units_per_em = units_per_em as f32;
        Ok(FontFile {
            id,
            bytes,
            index,
            parsed,
            shaper_data,
            units_per_em,
        })
    }

    /// How far a PDF viewer advances after glyph `gid`, in thousandths of
    /// an em: the font's `/W` width, computed as printpdf writes it.
    pub(crate) fn pdf_advance(&self, gid: u16) -> f32 {
        let units_per_em = f32::from(self.parsed.pdf_font_metrics.units_per_em.max(1));
        (f32::from(self.parsed.get_horizontal_advance(gid)) * 1000.0 / units_per_em).trunc()
    }

    /// The glyph the font's own character map gives `c`, if any.
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        self.parsed.lookup_glyph_index(c as u32).filter(|&g| g != 0)
    }

    pub(crate) fn covers(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    /// `text` shaped in one direction, glyphs in visual order (left to right
    /// on the page, whatever the direction).
    pub(crate) fn shape(&self, text: &str, rtl: bool) -> Vec<ShapedGlyph> {
        // The bytes parsed when the font was loaded; they parse the same now.
        let Ok(font) = FontRef::from_index(&self.bytes, self.index) else {
            return Vec::new();
        };
        let shaper = self.shaper_data.shaper(&font).build();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        buffer.guess_segment_properties();
        let output = shaper.shape(buffer, &[]);
        let em = self.units_per_em;
        #[allow(
            clippy::cast_precision_loss,
            reason = "glyph positions are small integers in font units"
        )]
        output
            .glyph_infos()
            .iter()
            .zip(output.glyph_positions())
            .map(|(info, pos)| ShapedGlyph {
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                cluster: info.cluster as usize,
                advance: pos.x_advance as f32 / em,
                x_offset: pos.x_offset as f32 / em,
                y_offset: pos.y_offset as f32 / em,
            })
            .collect()
    }
}
