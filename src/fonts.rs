//! The fonts bundled in the program, one copy each, for the window and the
//! PDFs alike: Noto Sans, the Noto fonts for Arabic, Hebrew, Devanagari
//! and Thai, and Noto Sans Symbols for the window's marks (✓ ⚑ ← → ↑ ↓ ○).
//! All are SIL Open Font License 1.1 (`assets/fonts/OFL.txt`). Chinese,
//! Japanese and Korean are left to the computer's fonts: Noto Sans CJK is
//! 20 MB a weight.

/// A bundled font file.
pub struct Bundled {
    /// Its file name under `assets/fonts/`.
    pub file: &'static str,
    pub bytes: &'static [u8],
}

macro_rules! bundled {
    ($file:literal) => {
        Bundled {
            file: $file,
            bytes: include_bytes!(concat!("../assets/fonts/", $file)),
        }
    };
}

/// Text fonts: Noto Sans regular, bold and italic, then each script's
/// regular and bold. [`crate::report`] tries them in this order.
pub static TEXT: [Bundled; 11] = [
    bundled!("NotoSans-Regular.ttf"),
    bundled!("NotoSans-Bold.ttf"),
    bundled!("NotoSans-Italic.ttf"),
    bundled!("NotoSansArabic-Regular.ttf"),
    bundled!("NotoSansArabic-Bold.ttf"),
    bundled!("NotoSansHebrew-Regular.ttf"),
    bundled!("NotoSansHebrew-Bold.ttf"),
    bundled!("NotoSansDevanagari-Regular.ttf"),
    bundled!("NotoSansDevanagari-Bold.ttf"),
    bundled!("NotoSansThai-Regular.ttf"),
    bundled!("NotoSansThai-Bold.ttf"),
];

/// Symbol fonts: arrows and the flag (Symbols), the check mark and the
/// circle (Symbols 2).
pub static SYMBOLS: [Bundled; 2] = [
    bundled!("NotoSansSymbols-Regular.ttf"),
    bundled!("NotoSansSymbols2-Regular.ttf"),
];
