//! A short piece of a text around what was found, on one line, cut at
//! whole characters (and at a space where there is one near the cut).

use std::ops::Range;

/// Characters shown before the first match, at most.
const BEFORE: usize = 50;
/// Characters a snippet holds, at most (a very long match is cut too).
const LENGTH: usize = 180;
/// How far back a cut looks for a space to cut at instead.
const NEAR: usize = 20;
const ELLIPSIS: &str = "…";

/// A piece of a text, and where the matches are in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// One line: line breaks and tabs are spaces; "…" where it was cut.
    pub text: String,
    /// Byte ranges of `text` that matched.
    pub marks: Vec<Range<usize>>,
}

impl Snippet {
    /// The snippet of `text` around `marks` (byte ranges of `text`, in order).
    #[must_use]
    pub fn of(text: &str, marks: &[Range<usize>]) -> Snippet {
        let first = marks.first().map_or(0..0, Clone::clone);
        let start = cut_before(text, first.start);
        let end = cut_after(text, start, first.end);
        let prefix = if start > 0 { ELLIPSIS } else { "" };
        let suffix = if end < text.len() { ELLIPSIS } else { "" };
        let shown: String = text[start..end]
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let shift = |at: usize| at - start + prefix.len();
        let marks = marks
            .iter()
            .map(|m| floor_boundary(text, m.start)..ceil_boundary(text, m.end))
            .filter(|m| m.start < end && m.end > start)
            .map(|m| shift(m.start.max(start))..shift(m.end.min(end)))
            .collect();
        Snippet {
            text: format!("{prefix}{shown}{suffix}"),
            marks,
        }
    }
}

/// Where a snippet starts: up to `BEFORE` characters before `at`, just
/// after a space if one is near, never inside a character.
fn cut_before(text: &str, at: usize) -> usize {
    let at = floor_boundary(text, at);
    let Some((start, _)) = text[..at].char_indices().rev().nth(BEFORE - 1) else {
        return 0;
    };
    let window = &text[start..at];
    let after_space = window
        .char_indices()
        .take(NEAR)
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, c)| start + i + c.len_utf8());
    after_space.unwrap_or(start)
}

/// Where a snippet ends: `LENGTH` characters after `start` (at least to
/// the end of the first match, unless that is longer still), at a space
/// if one is near.
fn cut_after(text: &str, start: usize, match_end: usize) -> usize {
    let Some((end, _)) = text[start..].char_indices().nth(LENGTH) else {
        return text.len();
    };
    let end = start + end;
    let floor = floor_boundary(text, match_end.min(end));
    let space = text[floor..end]
        .char_indices()
        .rev()
        .take(NEAR)
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, _)| floor + i);
    space.unwrap_or(end)
}

/// `at`, or the start of the character it falls inside.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `at`, or the end of the character it falls inside.
fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(snippet: &Snippet) -> Vec<&str> {
        snippet
            .marks
            .iter()
            .map(|m| &snippet.text[m.clone()])
            .collect()
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        let text = "Students wrote\nan exit ticket.";
        let at = text.find("exit").expect("there");
        let snippet = Snippet::of(text, std::slice::from_ref(&(at..at + 11)));
        assert_eq!(snippet.text, "Students wrote an exit ticket.");
        assert_eq!(marked(&snippet), ["exit ticket"]);
    }

    #[test]
    fn a_long_text_is_cut_around_the_match_at_whole_characters() {
        let text = format!("{}exit ticket {}", "élève ".repeat(100), "ü ".repeat(300));
        let at = text.find("exit").expect("there");
        let snippet = Snippet::of(&text, std::slice::from_ref(&(at..at + 11)));
        assert!(snippet.text.starts_with('…') && snippet.text.ends_with('…'));
        assert!(snippet.text.chars().count() <= LENGTH + 2);
        assert_eq!(marked(&snippet), ["exit ticket"]);
        assert!(snippet.text.contains("élève exit ticket ü"));
    }

    #[test]
    fn no_cut_splits_a_character_whatever_the_script() {
        for text in ["教".repeat(500), "😀".repeat(400), "ab".repeat(300)] {
            for at in [0, 1, 2, 3, 250, text.len() - 1] {
                let mark = at..(at + 5).min(text.len());
                let snippet = Snippet::of(&text, std::slice::from_ref(&mark));
                assert!(!snippet.text.is_empty());
                for m in &snippet.marks {
                    assert!(snippet.text.is_char_boundary(m.start));
                    assert!(snippet.text.is_char_boundary(m.end));
                }
            }
        }
    }
}
