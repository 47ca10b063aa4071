//! Text folded the way a search compares it: case and accents gone (by
//! Unicode's rules, in any script), compatibility forms decomposed (a
//! full-width "Ａ" is "a", "ﬁ" is "fi"), and every run of punctuation,
//! hyphens and spaces one space, so "Exit-tickets!" reads "exit tickets".

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A text folded for searching, with where each of its bytes came from.
#[derive(Debug, Default)]
pub struct Folded {
    /// Words of letters and figures, each separated by one space.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original text of
    /// the character it came from (empty when folded without them).
    origins: Vec<u32>,
}

impl Folded {
    /// The original text's byte range that `range` of the folded text came
    /// from, whole characters only (so a cut never splits one).
    #[must_use]
    pub fn original(
        &self,
        original: &str,
        range: std::ops::Range<usize>,
    ) -> std::ops::Range<usize> {
        let start = self.origin(range.start).min(original.len());
        let last = self.origin(range.end.saturating_sub(1)).min(original.len());
        let end = original[last..]
            .chars()
            .next()
            .map_or(last, |c| last + c.len_utf8());
        start..end.max(start)
    }

    fn origin(&self, at: usize) -> usize {
        self.origins.get(at).map_or(0, |&o| o as usize)
    }
}

/// `text` folded, without the map back to it: enough to tell whether it matches.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    fold_with(text, |c, _| push(out, c));
}

/// `text` folded, with the map back to it, for the snippet and the offsets.
#[must_use]
pub fn fold_mapped(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origins: Vec::with_capacity(text.len()),
    };
    fold_with(text, |c, at| {
        let before = folded.text.len();
        push(&mut folded.text, c);
        let offset = u32::try_from(at).unwrap_or(u32::MAX);
        let added = folded.text.len() - before;
        folded.origins.extend(std::iter::repeat_n(offset, added));
    });
    folded
}

/// A query's words folded as the texts are (no map needed).
#[must_use]
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    fold_into(text, &mut out);
    out.trim_end().to_string()
}

/// Calls `emit` with each folded character and the byte offset of the
/// original character it came from; `' '` stands for any separator.
fn fold_with(text: &str, mut emit: impl FnMut(char, usize)) {
    for (at, c) in text.char_indices() {
        if c.is_ascii() {
            // Most notes are plain ASCII: no tables needed.
            emit(
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    ' '
                },
                at,
            );
            continue;
        }
        decompose_compatible(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            for f in caseless::Caseless::default_case_fold(std::iter::once(d)) {
                match f {
                    // Turkish: the dotless ı is the same letter as i here (see `text::case`).
                    'ı' => emit('i', at),
                    f if is_combining_mark(f) => {}
                    f if f.is_alphanumeric() => emit(f, at),
                    _ => emit(' ', at),
                }
            }
        });
    }
}

/// Adds `c`, keeping one space between words and none at the start.
fn push(out: &mut String, c: char) {
    if c == ' ' {
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    } else {
        out.push(c);
    }
}

/// Scripts written without spaces between words (Chinese, Japanese, Thai,
/// Lao, Khmer, Myanmar): a word of these is matched anywhere in a text, not
/// only at the start of a word.
#[must_use]
pub fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF        // Thai, Lao
        | 0x1000..=0x109F      // Myanmar
        | 0x1780..=0x17FF      // Khmer
        | 0x2E80..=0x2FDF      // CJK radicals
        | 0x3005..=0x3007      // ideographic iteration, closing, zero
        | 0x3040..=0x30FF      // Hiragana, Katakana
        | 0x31F0..=0x31FF      // Katakana extensions
        | 0x3400..=0x4DBF      // CJK extension A
        | 0x4E00..=0x9FFF      // CJK unified ideographs
        | 0xF900..=0xFAFF      // CJK compatibility ideographs
        | 0xFF66..=0xFF9F      // half-width Katakana
        | 0x20000..=0x3FFFF) // CJK extensions B and later
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_punctuation_fold_away() {
        assert_eq!(fold("Exit-Tickets!"), "exit tickets");
        assert_eq!(fold("  Élève — “café”  "), "eleve cafe");
        assert_eq!(fold("STRASSE Straße"), "strasse strasse");
        assert_eq!(fold("İLKER IŞIK ışık"), "ilker isik isik");
        assert_eq!(fold("Ａｂｃ ﬁle"), "abc file");
        assert_eq!(fold("ΣΟΦΊΑ σοφία"), "σοφια σοφια");
        assert_eq!(fold("Учитель, УЧИТЕЛЬ"), "учитель учитель");
        assert_eq!(fold("!!!...---"), "");
    }

    #[test]
    fn the_map_leads_back_to_whole_characters() {
        let original = "Deux élèves: Straße";
        let folded = fold_mapped(original);
        assert_eq!(folded.text, "deux eleves strasse");
        let at = folded.text.find("eleves").expect("folded");
        let range = folded.original(original, at..at + "eleves".len());
        assert_eq!(&original[range], "élèves");
        let at = folded.text.find("ss").expect("folded");
        let range = folded.original(original, at..at + 1);
        assert_eq!(&original[range], "ß", "half of a folded ß is the whole ß");
    }
}
