//! The shorthand principals type in evidence notes (T, S, Ss, ...), so a
//! report can say once what the ones it prints stand for.

/// Each abbreviation, as a whole word, with what it stands for.
const KNOWN: &[(&str, &str)] = &[
    ("T", "the teacher"),
    ("Ts", "teachers"),
    ("TC", "the technology coordinator"),
    ("S", "a student"),
    ("Ss", "students"),
];

/// The known abbreviations that occur as whole words in `texts`, in a fixed
/// order, with their meanings.
fn abbreviations_in<'a>(
    texts: impl IntoIterator<Item = &'a str>,
) -> Vec<(&'static str, &'static str)> {
    let mut found = [false; KNOWN.len()];
    for text in texts {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if let Some(i) = KNOWN.iter().position(|(a, _)| *a == word) {
                found[i] = true;
            }
        }
    }
    KNOWN
        .iter()
        .zip(found)
        .filter_map(|(known, found)| found.then_some(*known))
        .collect()
}

/// "T is the teacher, S a student and Ss students", or `None` when no
/// known abbreviation occurs.
#[must_use]
pub fn abbreviation_key<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let used = abbreviations_in(texts);
    let parts: Vec<String> = used
        .iter()
        .enumerate()
        .map(|(i, (short, long))| {
            if i == 0 {
                format!("{short} is {long}")
            } else {
                format!("{short} {long}")
            }
        })
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_only_the_abbreviations_used_as_whole_words() {
        let notes = [
            "T asks Ss to pair up.",
            "S: \"Can I go?\" Test of Sam's idea.",
        ];
        assert_eq!(
            abbreviation_key(notes).as_deref(),
            Some("T is the teacher, S a student and Ss students")
        );
        assert_eq!(
            abbreviation_key(["TC shows Ts the LMS."]).as_deref(),
            Some("Ts is teachers and TC the technology coordinator")
        );
        assert_eq!(abbreviation_key(["Students test the STEM kit."]), None);
    }
}
