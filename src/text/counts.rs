//! Counts and sizes in words, so that messages read "1 educator" and "7 KB"
//! rather than "1 educators" and "0.0 MB".

/// The parts that are not blank, joined by " · ": "Lincoln · Grade 4", or
/// just "Lincoln" when there is no subject (no dangling separator).
#[must_use]
pub fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" \u{b7} ")
}

/// "2", "2 and 3", "2, 3 and 4": a list in a sentence.
#[must_use]
pub fn and_list<S: AsRef<str>>(parts: &[S]) -> String {
    word_list(parts, "and")
}

/// "formal", "formal or informal", "formal, informal or virtual".
#[must_use]
pub fn or_list<S: AsRef<str>>(parts: &[S]) -> String {
    word_list(parts, "or")
}

fn word_list<S: AsRef<str>>(parts: &[S], word: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", init.join(", "), last.as_ref())
        }
    }
}

/// "1 note", "3 notes". Generic so that a `u64` (a duration) needs no cast.
#[must_use]
pub fn count<N: Copy + std::fmt::Display + PartialEq + From<u8>>(
    n: N,
    one: &str,
    many: &str,
) -> String {
    let word = if n == N::from(1) { one } else { many };
    format!("{n} {word}")
}

/// A whole number grouped in thousands, as a long count reads best:
/// "427,641".
#[must_use]
pub fn figure(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "1 record", "427,641 records": a count that may run long.
#[must_use]
pub fn many(n: usize, one: &str, many: &str) -> String {
    let word = if n == 1 { one } else { many };
    format!("{} {word}", figure(n))
}

/// A file size as a person reads it: bytes under 1 KB, KB under 1 MB, else MB.
#[must_use]
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => count(bytes, "byte", "bytes"),
        1_000..1_000_000 => format!("{} KB", bytes.div_ceil(1_000)),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_sizes_read_as_words() {
        assert_eq!(count(1, "educator", "educators"), "1 educator");
        assert_eq!(count(0, "educator", "educators"), "0 educators");
        assert_eq!(many(1, "record", "records"), "1 record");
        assert_eq!(many(427_641, "record", "records"), "427,641 records");
        assert_eq!(size(1), "1 byte");
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(6_965), "7 KB");
        assert_eq!(size(999_999), "1000 KB");
        assert_eq!(size(1_000_000), "1.0 MB");
        assert_eq!(size(156_548_000), "156.5 MB");
        assert_eq!(figure(0), "0");
        assert_eq!(figure(999), "999");
        assert_eq!(figure(1_000), "1,000");
        assert_eq!(figure(427_641), "427,641");
        assert_eq!(figure(1_234_567), "1,234,567");
    }

    #[test]
    fn blank_parts_leave_no_dangling_separator() {
        assert_eq!(joined(&["Lincoln", "Grade 4"]), "Lincoln \u{b7} Grade 4");
        assert_eq!(joined(&["Lincoln", ""]), "Lincoln");
        assert_eq!(joined(&["Lincoln", "  "]), "Lincoln");
        assert_eq!(joined(&["", ""]), "");
    }
}
