//! Text as it will be printed: normalised, without control characters, and
//! with every character no font has replaced by a visible `?`
//! and counted, so nothing a principal typed vanishes without a word.

use unicode_normalization::UnicodeNormalization;

/// What a character the font cannot show is printed as.
pub(crate) const PLACEHOLDER: char = '?';

/// Characters the font could not show, in the order first met, with counts.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Missing {
    chars: Vec<(char, usize)>,
}

impl Missing {
    pub(crate) fn note(&mut self, ch: char) {
        match self.chars.iter_mut().find(|(c, _)| *c == ch) {
            Some((_, count)) => *count += 1,
            None => self.chars.push((ch, 1)),
        }
    }

    /// One sentence for the person exporting, or `None` when every character printed.
    pub(crate) fn warning(&self) -> Option<String> {
        const LISTED: usize = 12;
        if self.chars.is_empty() {
            return None;
        }
        let total: usize = self.chars.iter().map(|(_, n)| n).sum();
        let mut list: Vec<String> = self
            .chars
            .iter()
            .take(LISTED)
            .map(|(c, _)| format!("{c} (U+{:04X})", *c as u32))
            .collect();
        if self.chars.len() > LISTED {
            list.push(format!("and {} more", self.chars.len() - LISTED));
        }
        let (noun, verb) = if total == 1 {
            ("character", "was")
        } else {
            ("characters", "were")
        };
        let hint = if self.chars.iter().any(|(c, _)| is_cjk(*c)) {
            "; Chinese, Japanese and Korean print once a font for them is installed \
             (Noto Sans CJK: Debian's and Ubuntu's fonts-noto-cjk)"
        } else {
            ""
        };
        Some(format!(
            "{total} {noun} no font on this computer can show {verb} printed as {PLACEHOLDER}: {}{hint}",
            list.join(", ")
        ))
    }
}

/// Han, kana and Hangul: the scripts left to the computer's own fonts.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3130..=0x318F | 0x31F0..=0x9FFF
        | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF)
}

/// Normalises `text` for printing: composed form (NFC, so "ễ" is one glyph
/// even when typed as e + two accents), line ends as `\n`, tabs as spaces,
/// and no control or invisible formatting characters (they print as nothing
/// and would only confuse measuring and copying).
pub(crate) fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    text.nfc()
        .filter_map(|c| match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() || is_invisible(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Default-ignorable code points: formatting marks with no visible form.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_invisible_characters_go_and_lines_stay() {
        assert_eq!(clean("a\tb\r\nc\u{0007}d\u{200B}e\u{FE0F}"), "a b\ncde");
        assert_eq!(clean("x\ry\u{2028}z"), "x\ny\nz");
    }

    #[test]
    fn decomposed_letters_are_composed() {
        // "ễ" typed as e + circumflex + tilde.
        assert_eq!(clean("Nguye\u{0302}\u{0303}n"), "Nguyễn");
    }

    #[test]
    fn the_warning_names_each_character_once_and_counts_all() {
        let mut missing = Missing::default();
        assert_eq!(missing.warning(), None);
        for c in ['漢', '字', '漢', '😀'] {
            missing.note(c);
        }
        assert_eq!(
            missing.warning().as_deref(),
            Some(
                "4 characters no font on this computer can show were printed as ?: 漢 (U+6F22), 字 (U+5B57), 😀 (U+1F600); Chinese, Japanese and Korean print once a font for them is installed (Noto Sans CJK: Debian's and Ubuntu's fonts-noto-cjk)"
            )
        );
    }
}
