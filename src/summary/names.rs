//! How people are named in a summary: by name, or, de-identified for
//! sharing beyond the school, educators by a stable code made from their
//! record id and evaluators by letters.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

/// Names for the people in one summary.
pub(super) struct Names {
    deidentify: bool,
    /// Educator id -> code, when de-identifying.
    codes: HashMap<String, String>,
    /// Evaluator name (folded) -> letter name, when de-identifying.
    letters: HashMap<String, String>,
}

impl Names {
    /// Names for these educators and evaluators. Codes depend only on the
    /// educator id (a collision, about one in a million pairs, lengthens
    /// the codes involved), so the same educator keeps the same code in
    /// every summary. Evaluator letters follow a hash of the name, so they
    /// do not reveal alphabetical order, and are stable for the same set of
    /// evaluators.
    pub(super) fn new<'a>(
        deidentify: bool,
        educator_ids: impl Iterator<Item = &'a str>,
        evaluators: impl Iterator<Item = &'a str>,
    ) -> Names {
        let mut names = Names {
            deidentify,
            codes: HashMap::new(),
            letters: HashMap::new(),
        };
        if !deidentify {
            return names;
        }
        let mut ids: Vec<&str> = educator_ids.collect();
        ids.sort_unstable();
        ids.dedup();
        let mut by_code: HashMap<String, Vec<&str>> = HashMap::new();
        for id in ids {
            by_code.entry(code(id, 4)).or_default().push(id);
        }
        for (short, ids) in by_code {
            let long = ids.len() > 1;
            for id in ids {
                let code = if long { code(id, 8) } else { short.clone() };
                names.codes.insert(id.to_string(), code);
            }
        }
        let mut people: Vec<String> = evaluators.map(fold).filter(|n| !n.is_empty()).collect();
        people.sort_unstable_by_key(|n| (digest("evaluator", n), n.clone()));
        people.dedup();
        for (i, person) in people.into_iter().enumerate() {
            names
                .letters
                .insert(person, format!("Evaluator {}", letters(i)));
        }
        names
    }

    /// The educator's name, or their code.
    pub(super) fn educator(&self, id: &str, name: &str) -> String {
        if !self.deidentify {
            return name.to_string();
        }
        self.codes.get(id).cloned().unwrap_or_else(|| code(id, 8))
    }

    /// The evaluator's name as first written, or their letter; empty stays empty.
    pub(super) fn evaluator(&self, name: &str) -> String {
        let name = name.trim();
        if !self.deidentify || name.is_empty() {
            return name.to_string();
        }
        self.letters
            .get(&fold(name))
            .cloned()
            .unwrap_or_else(|| "Evaluator ?".into())
    }
}

/// The key two spellings of one evaluator share: trimmed, single spaces, no case.
pub(super) fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `E-3F9A-1C0B` style: `pairs` bytes of the id's digest in hex, in groups of four.
fn code(id: &str, pairs: usize) -> String {
    let hex: String = digest("educator", id)
        .iter()
        .take(pairs)
        .map(|b| format!("{b:02X}"))
        .collect();
    let groups: Vec<&str> = hex
        .as_bytes()
        .chunks(4)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();
    format!("E-{}", groups.join("-"))
}

fn digest(purpose: &str, text: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(b"teacher-eval ");
    hasher.update(purpose.as_bytes());
    hasher.update([0]);
    hasher.update(text.as_bytes());
    hasher.finalize().into()
}

/// A, B, … Z, AA, AB, …: spreadsheet column letters.
fn letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_letters_run_like_columns() {
        let names = Names::new(
            true,
            ["edu-1", "edu-2"].into_iter(),
            ["Ann Lee", "ann  lee", "Bo"].into_iter(),
        );
        let first = names.educator("edu-1", "Zoë");
        assert!(first.starts_with("E-") && first.len() == 11, "{first}");
        assert_eq!(
            first,
            Names::new(true, ["edu-1"].into_iter(), [].into_iter()).educator("edu-1", "x")
        );
        assert_ne!(first, names.educator("edu-2", "Zoë"));
        let a = names.evaluator(" Ann   Lee");
        assert!(a == "Evaluator A" || a == "Evaluator B", "{a}");
        assert_ne!(a, names.evaluator("Bo"));
        assert_eq!(names.evaluator(""), "");
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
        assert_eq!(letters(701), "ZZ");
        assert_eq!(letters(702), "AAA");
    }
}
