//! The look of every document: faces, sizes and the few colours used.
//!
//! One accent colour, greys for everything else, so a report prints well in
//! black and white and reads as calm rather than decorated.

/// A colour as red, green and blue from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    const fn hex(value: u32) -> Rgb {
        Rgb(
            ((value >> 16) & 0xff) as f32 / 255.0,
            ((value >> 8) & 0xff) as f32 / 255.0,
            (value & 0xff) as f32 / 255.0,
        )
    }
}

/// Body text: near black, softer than pure black on paper.
pub(crate) const INK: Rgb = Rgb::hex(0x1f_23_28);
/// Labels, captions, header and footer.
pub(crate) const MUTED: Rgb = Rgb::hex(0x5b_64_70);
/// The one accent: titles, section headings, the rules under them.
pub(crate) const ACCENT: Rgb = Rgb::hex(0x1f_4e_79);
/// Table header and notice backgrounds: a pale tint of the accent.
pub(crate) const TINT: Rgb = Rgb::hex(0xe6_ee_f6);
/// Every other table row.
pub(crate) const ZEBRA: Rgb = Rgb::hex(0xf4_f6_f8);
/// Thin rules between rows and around the page body.
pub(crate) const RULE: Rgb = Rgb::hex(0xc5_cc_d4);

/// The three bundled faces of Noto Sans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    #[cfg(test)]
    pub(crate) const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Italic];

    pub(crate) fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
        }
    }
}

/// Body text size in points; tables and notes use the same.
pub(crate) const BODY: f32 = 10.0;
/// Captions, header, footer, small print.
pub(crate) const SMALL: f32 = 8.5;
/// Line height as a multiple of the font size.
pub(crate) const LEADING: f32 = 1.38;

/// A run of text in one face and colour; a paragraph is a list of them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    pub text: String,
    pub face: Face,
    pub color: Rgb,
}

impl Span {
    pub(crate) fn new(text: impl Into<String>, face: Face, color: Rgb) -> Span {
        Span {
            text: text.into(),
            face,
            color,
        }
    }

    pub(crate) fn plain(text: impl Into<String>) -> Span {
        Span::new(text, Face::Regular, INK)
    }

    pub(crate) fn bold(text: impl Into<String>) -> Span {
        Span::new(text, Face::Bold, INK)
    }

    pub(crate) fn muted(text: impl Into<String>) -> Span {
        Span::new(text, Face::Regular, MUTED)
    }
}
