//! Comparing names and ids the way people read them: the same text but for
//! case, by Unicode's rules rather than ASCII's.

/// True when two texts are the same but for case, by Unicode's full case
/// folding after canonical normalisation: "ØRSTED" is "Ørsted", "STRASSE"
/// is "Straße" (ASCII-only matching misses both). Turkish casing pairs i
/// with İ and ı with I, which no single folding serves alongside English,
/// so the dotted and dotless i are one letter here: "ŞAHİN" is "Şahin".
#[must_use]
pub fn same_text(a: &str, b: &str) -> bool {
    // Plain ASCII folds to its lower case: a district's worth of component
    // ids and school names is compared without building a string.
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    folded(a) == folded(b)
}

/// The form of a text that [`same_text`] compares, for keys and searches.
#[must_use]
pub fn folded(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    folded_unicode(text)
}

fn folded_unicode(text: &str) -> String {
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

/// Whether `text`, folded, contains `needle`, which is folded already.
/// ASCII text (most names and schools) is searched in place, ASCII case
/// aside, without folding a copy: a search of a district's roster runs over
/// every educator's fields on each keystroke, and must stay quick.
#[must_use]
pub fn contains_folded(text: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if text.is_ascii() {
        // Folding ASCII is lowercasing it, so a needle with other letters cannot match.
        return needle.is_ascii()
            && text
                .as_bytes()
                .windows(needle.len())
                .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()));
    }
    folded(text).contains(needle)
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
    fn plain_ascii_folds_as_the_unicode_rules_fold_it() {
        let every: String = (0u8..128).map(char::from).collect();
        assert_eq!(folded(&every), folded_unicode(&every));
        for c in every.chars() {
            for d in ['a', 'A', 'i', 'I', 'k', 's', '1', ' '] {
                let (a, b) = (c.to_string(), d.to_string());
                assert_eq!(same_text(&a, &b), folded_unicode(&a) == folded_unicode(&b));
            }
        }
    }

    #[test]
    fn a_search_finds_what_folding_finds_ascii_or_not() {
        let fields = [
            "Lincoln Elementary",
            "Ørsted",
            "STRASSE 4",
            "Şahin",
            "",
            "ab",
        ];
        let needles = [
            "", "coln", "LINCOLN", "ørs", "straße", "strasse", "şah", "x", "abc",
        ];
        for field in fields {
            for needle in needles {
                let needle = folded(needle);
                assert_eq!(
                    contains_folded(field, &needle),
                    folded(field).contains(&needle),
                    "{field:?} / {needle:?}"
                );
            }
        }
    }
}
