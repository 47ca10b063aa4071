//! Text printed on a terminal, with control characters shown rather than
//! obeyed.

/// `text` made safe to print on a terminal: every control character but
/// newline and tab (ESC, BEL, NUL, carriage return, DEL, C1) is written as
/// `\u{1b}`, so a name, path or file cannot move the cursor, retitle the
/// window or hide what came before it.
#[must_use]
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            // `\u{1b}`: lower-case hex without leading zeros.
            safe.extend(c.escape_unicode());
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
}
