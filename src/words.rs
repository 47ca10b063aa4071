//! Counts and sizes in words, so that messages read "1 educator" and "7 KB"
//! rather than "1 educators" and "0.0 MB".

/// "1 note", "3 notes".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// True when two texts are the same but for case, by Unicode's full case
/// folding after canonical normalisation: "ØRSTED" is "Ørsted", "STRASSE"
/// is "Straße" (ASCII-only matching misses both). Turkish casing pairs i
/// with İ and ı with I, which no single folding serves alongside English,
/// so the dotted and dotless i are one letter here: "ŞAHİN" is "Şahin".
pub fn same_text(a: &str, b: &str) -> bool {
    folded(a) == folded(b)
}

/// The form of a text that [`same_text`] compares, for keys and searches.
pub fn folded(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let folded = caseless::default_case_fold_str(&text.nfd().collect::<String>());
    let mut out = String::with_capacity(folded.len());
    for c in folded.nfd() {
        match c {
            '\u{307}' if out.ends_with('i') => {}
            'ı' => out.push('i'),
            c => out.push(c),
        }
    }
    out
}

/// A file size as a person reads it: bytes under 1 KB, KB under 1 MB, else MB.
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => count(bytes, "byte", "bytes"),
        1_000..1_000_000 => format!("{} KB", bytes.div_ceil(1_000)),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0),
    }
}

/// `text` made safe to print on a terminal: every control character but
/// newline and tab (ESC, BEL, NUL, carriage return, DEL, C1) is written as
/// `\u{1b}`, so a name, path or file cannot move the cursor, retitle the
/// window or hide what came before it.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            safe.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    std::borrow::Cow::Owned(safe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_folded_the_unicode_way() {
        assert!(same_text("ØRSTED", "Ørsted"));
        assert!(same_text("STRASSE", "Straße"));
        assert!(same_text("İLKER ŞAHİN", "İlker Şahin"));
        assert!(same_text("IŞIK", "ışık"));
        assert!(same_text("Araújo", "ARAU\u{301}JO"), "composed or not");
        assert!(!same_text("Ilker", "Ülker"));
        assert_eq!(folded("Straße"), folded("STRASSE"));
        assert!(folded("Mrs. ÅSE Øvrebø").contains(&folded("øvrebø")));
    }

    #[test]
    fn control_characters_are_shown_escaped_and_text_stays() {
        assert_eq!(
            terminal_safe("a\u{1b}]0;x\u{7}b\0\r\u{9b}c\u{7f}"),
            "a\\u{1b}]0;x\\u{7}b\\u{0}\\u{d}\\u{9b}c\\u{7f}"
        );
        assert_eq!(
            terminal_safe("Nguyễn Thị Hương\tline\nnext"),
            "Nguyễn Thị Hương\tline\nnext"
        );
    }

    #[test]
    fn counts_and_sizes_read_as_words() {
        assert_eq!(count(1, "educator", "educators"), "1 educator");
        assert_eq!(count(0, "educator", "educators"), "0 educators");
        assert_eq!(size(1), "1 byte");
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(6_965), "7 KB");
        assert_eq!(size(999_999), "1000 KB");
        assert_eq!(size(1_000_000), "1.0 MB");
        assert_eq!(size(156_548_000), "156.5 MB");
    }
}
