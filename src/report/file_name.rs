//! The name a report is offered under, e.g.
//! "2026-11-29 Observation - Nguyễn Thị Hương.pdf".

use chrono::NaiveDate;

/// Longest name offered, in bytes; file systems allow 255.
const MAX_BYTES: usize = 200;

/// A file name for a report of `kind` about `educator_name` on `date`.
/// Characters that Windows, macOS or Linux refuse in file names (`/ \ : * ?
/// " < > |` and control characters) become `-`; letters of every script stay,
/// right-to-left ones in the order typed (a file manager draws them right to
/// left). Direction overrides and other invisible format characters go: one
/// could make "gpj.exe" show as "exe.jpg".
#[must_use]
pub fn default_file_name(date: NaiveDate, kind: &str, educator_name: &str) -> String {
    let safe = |text: &str| -> String {
        let replaced: String = text
            .chars()
            .map(|c| match c {
                '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
                c if c.is_control() => ' ',
                c => c,
            })
            .filter(|&c| !is_format(c))
            .collect();
        replaced.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let kind = safe(kind);
    let name = safe(educator_name);
    let mut stem = format!(
        "{} {}",
        date.format("%Y-%m-%d"),
        if kind.is_empty() { "Report" } else { &kind }
    );
    if !name.is_empty() {
        stem.push_str(" - ");
        stem.push_str(&name);
    }
    while stem.len() > MAX_BYTES {
        stem.pop();
    }
    // Windows drops trailing dots and spaces silently; do it here, visibly.
    let stem = stem.trim_end_matches(['.', ' ', '-']);
    format!("{stem}.pdf")
}

/// Invisible format characters: direction marks, embeddings, overrides and
/// isolates, zero-width spaces and joiners, the byte order mark.
fn is_format(c: char) -> bool {
    matches!(c as u32, 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date")
    }

    #[test]
    fn names_keep_their_letters() {
        assert_eq!(
            default_file_name(day(), "Observation", "Nguyễn Thị Hương"),
            "2026-11-29 Observation - Nguyễn Thị Hương.pdf"
        );
    }

    #[test]
    fn names_in_every_script_keep_their_letters_in_typed_order() {
        for name in [
            "王芳",
            "김민준",
            "山田花子",
            "محمد العلي",
            "דוד כהן",
            "अनीता शर्मा",
            "Σοφία",
            "Ольга",
        ] {
            assert_eq!(
                default_file_name(day(), "Observation", name),
                format!("2026-11-29 Observation - {name}.pdf")
            );
        }
    }

    #[test]
    fn direction_overrides_cannot_disguise_the_extension() {
        assert_eq!(
            default_file_name(day(), "Observation", "Ann\u{202E}fdp.exe\u{200F}"),
            "2026-11-29 Observation - Annfdp.exe.pdf"
        );
    }

    #[test]
    fn illegal_characters_are_replaced() {
        assert_eq!(
            default_file_name(day(), "Observation", "A/B: \"C\"?\t<D>|E\\F*."),
            "2026-11-29 Observation - A-B- -C-- -D--E-F".to_string() + ".pdf"
        );
        assert_eq!(
            default_file_name(day(), "Observation", "  "),
            "2026-11-29 Observation.pdf"
        );
    }

    #[test]
    #[allow(
        clippy::case_sensitive_file_extension_comparisons,
        reason = "the name is built with a lower-case .pdf; the test checks exactly that"
    )]
    fn long_names_are_cut_on_a_character_boundary() {
        let name = "Łukasz ".repeat(60);
        let file = default_file_name(day(), "Observation", &name);
        assert!(
            file.len() <= MAX_BYTES + 4 && file.ends_with(".pdf"),
            "{file}"
        );
    }
}
