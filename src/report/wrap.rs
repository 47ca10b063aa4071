//! Word wrapping by measured widths. Greedy, which is what readers expect
//! from a form letter; a word longer than the line is broken (after a
//! hyphen or slash when it can be), so no text ever runs off the page.

/// A character, the index of the span (face and colour) it belongs to, and
/// the width it adds (from the shaped glyphs, see [`super::fonts::Fonts::char_widths`]).
pub(crate) type StyledChar = (char, usize, f32);

/// Consecutive characters of one span on one line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub span: usize,
    pub text: String,
    /// Offset from the line's left edge, in points.
    pub x: f32,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

/// Floating-point slack so a line that fits exactly is not pushed down.
const EPSILON: f32 = 0.01;

/// Breaks `chars` into lines no wider than `max_width`; `\n` forces a break.
/// Blank lines inside the text are kept; those at its ends are not.
pub(crate) fn wrap(chars: &[StyledChar], max_width: f32) -> Vec<Line> {
    let max_width = max_width.max(1.0);
    let mut lines: Vec<Vec<StyledChar>> = Vec::new();
    for hard in chars.split(|(c, ..)| *c == '\n') {
        wrap_hard_line(hard, max_width, &mut lines);
    }
    while lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    let first = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    lines.drain(first..).map(|l| to_runs(&l)).collect()
}

/// Spaces that allow a break; no-break spaces keep their words together.
pub(crate) fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

fn wrap_hard_line(chars: &[StyledChar], max_width: f32, lines: &mut Vec<Vec<StyledChar>>) {
    let measure = |s: &[StyledChar]| s.iter().map(|&(.., w)| w).sum::<f32>();
    let mut current: Vec<StyledChar> = Vec::new();
    let mut width = 0.0;
    let mut start = 0;
    let mut any = false;
    while start < chars.len() {
        // The spaces before the next word, then the word itself.
        let word_start = chars[start..]
            .iter()
            .position(|&(c, ..)| !is_break_space(c))
            .map_or(chars.len(), |p| start + p);
        if word_start == chars.len() {
            break;
        }
        let word_end = chars[word_start..]
            .iter()
            .position(|&(c, ..)| is_break_space(c))
            .map_or(chars.len(), |p| word_start + p);
        let spaces = &chars[start..word_start];
        let word = &chars[word_start..word_end];
        let word_width = measure(word);
        let space_width = measure(spaces);
        if !current.is_empty() && width + space_width + word_width <= max_width + EPSILON {
            current.extend_from_slice(spaces);
            current.extend_from_slice(word);
            width += space_width + word_width;
        } else {
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            let rest = break_long_word(word, max_width, &measure, lines);
            width = measure(rest);
            current.extend_from_slice(rest);
        }
        any = true;
        start = word_end;
    }
    if !current.is_empty() || !any {
        lines.push(current);
    }
}

/// Pushes full lines of an over-long word and returns what is left of it.
/// Linear in the word's length, so a megabyte without a space is no trap.
fn break_long_word<'a>(
    mut word: &'a [StyledChar],
    max_width: f32,
    measure: &impl Fn(&[StyledChar]) -> f32,
    lines: &mut Vec<Vec<StyledChar>>,
) -> &'a [StyledChar] {
    let mut remaining = measure(word);
    while remaining > max_width + EPSILON && word.len() > 1 {
        let mut fit = 0;
        let mut used = 0.0;
        for &(.., w) in word {
            if used + w > max_width + EPSILON {
                break;
            }
            used += w;
            fit += 1;
        }
        let fit = fit.max(1);
        // Prefer to break just after a hyphen or slash in the last part of the line.
        let cut = word[..fit]
            .iter()
            .rposition(|&(c, ..)| matches!(c, '-' | '/' | '\u{2010}' | '\u{2013}'))
            .map(|p| p + 1)
            .filter(|&p| p * 2 > fit && p < word.len())
            .unwrap_or(fit);
        // Never inside a cluster: a character that adds no width belongs to the one before.
        let mut cut = cut;
        while cut > 1 && word.get(cut).is_some_and(|&(.., w)| w <= 0.0) {
            cut -= 1;
        }
        lines.push(word[..cut].to_vec());
        remaining -= measure(&word[..cut]);
        word = &word[cut..];
    }
    word
}

fn to_runs(chars: &[StyledChar]) -> Line {
    let mut line = Line::default();
    for &(c, span, width) in chars {
        match line.runs.last_mut() {
            Some(run) if run.span == span => run.text.push(c),
            _ => line.runs.push(Run {
                span,
                text: c.to_string(),
                x: line.width,
            }),
        }
        line.width += width;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 1 point wide, except `W` (3 points).
    fn width(c: char) -> f32 {
        if c == 'W' { 3.0 } else { 1.0 }
    }

    fn plain(text: &str) -> Vec<StyledChar> {
        text.chars().map(|c| (c, 0, width(c))).collect()
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn words_wrap_at_spaces_and_lines_at_newlines() {
        let lines = wrap(&plain("aaa bbb ccc\n\ndd"), 7.0);
        assert_eq!(texts(&lines), ["aaa bbb", "ccc", "", "dd"]);
        assert!(lines.iter().all(|l| l.width <= 7.0));
    }

    #[test]
    fn an_over_long_word_is_broken_to_fit() {
        let word = "W".repeat(2000);
        let lines = wrap(&plain(&format!("x {word} y")), 100.0);
        assert!(lines.len() >= 60, "{}", lines.len());
        for line in &lines {
            assert!(line.width <= 100.0, "{}", line.width);
        }
        let joined: String = texts(&lines).concat();
        assert_eq!(joined.matches('W').count(), 2000);
    }

    #[test]
    fn a_megabyte_without_a_space_wraps_quickly() {
        let word = "x".repeat(1_000_000);
        let start = std::time::Instant::now();
        let lines = wrap(&plain(&word), 100.0);
        assert_eq!(lines.len(), 10_000);
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    }

    #[test]
    fn a_long_word_breaks_after_its_hyphen() {
        let lines = wrap(&plain("abcdefgh-ijklmnop"), 12.0);
        assert_eq!(texts(&lines), ["abcdefgh-", "ijklmnop"]);
    }

    #[test]
    fn a_character_wider_than_the_line_still_prints() {
        let lines = wrap(&plain("WWW"), 2.0);
        assert_eq!(texts(&lines), ["W", "W", "W"]);
    }

    #[test]
    #[allow(clippy::float_cmp, reason = "sums of whole-number widths are exact")]
    fn spans_become_runs_with_offsets() {
        let chars: Vec<StyledChar> = "ab"
            .chars()
            .map(|c| (c, 0, width(c)))
            .chain("cd".chars().map(|c| (c, 1, width(c))))
            .collect();
        let lines = wrap(&chars, 50.0);
        assert_eq!(lines[0].runs.len(), 2);
        assert_eq!(lines[0].runs[1].x, 2.0);
        assert_eq!(lines[0].width, 4.0);
    }

    #[test]
    fn empty_and_blank_text_make_no_lines() {
        assert!(wrap(&plain(""), 10.0).is_empty());
        assert!(wrap(&plain("  \n \n"), 10.0).is_empty());
        assert_eq!(texts(&wrap(&plain("\n\nx"), 10.0)), ["x"]);
    }
}
