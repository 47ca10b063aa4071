//! How people are named in a summary: by name, or, de-identified for
//! sharing beyond the school, educators by a stable code made from their
//! record id, evaluators by letters and (when asked) schools by letters.

use std::collections::HashMap;
use std::fmt::Write as _;

use sha2::{Digest, Sha256};

/// Names for the people in one summary.
pub(super) struct Names {
    deidentify: bool,
    /// Educator id -> code, when de-identifying.
    codes: HashMap<String, String>,
    /// Evaluator name (folded) -> letter name, when de-identifying.
    letters: HashMap<String, String>,
    /// School (folded) -> "School A"…, when coding schools.
    schools: HashMap<String, String>,
}

impl Names {
    /// Names for these educators and evaluators. Codes depend only on the
    /// educator id (a collision, about one in a million pairs, lengthens
    /// the codes involved), so the same educator keeps the same code in
    /// every summary. Evaluator and school letters follow a hash of the
    /// name keyed with the educators' record ids: not alphabetical order,
    /// and not an order anyone who knows the names (and this code) can
    /// work out without the records. They are stable for the same records.
    pub(super) fn new<'a>(
        deidentify: bool,
        educator_ids: impl Iterator<Item = &'a str>,
        evaluators: impl Iterator<Item = &'a str>,
        schools: Option<&mut dyn Iterator<Item = &'a str>>,
    ) -> Names {
        let mut names = Names {
            deidentify,
            codes: HashMap::new(),
            letters: HashMap::new(),
            schools: HashMap::new(),
        };
        if !deidentify {
            return names;
        }
        let mut ids: Vec<&str> = educator_ids.collect();
        ids.sort_unstable();
        ids.dedup();
        let key = ids.iter().fold(Sha256::new(), |mut h, id| {
            h.update(id.as_bytes());
            h.update([0]);
            h
        });
        let key: [u8; 32] = key.finalize().into();
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
        names.letters = lettered(evaluators, &key, "evaluator", "Evaluator");
        if let Some(schools) = schools {
            names.schools = lettered(schools, &key, "school", "School");
        }
        names
    }

    /// The school as written, or its letter when schools are coded.
    pub(super) fn school(&self, school: &str) -> String {
        let school = school.trim();
        if self.schools.is_empty() {
            return school.to_string();
        }
        self.schools
            .get(&fold(school))
            .cloned()
            .unwrap_or_else(|| "School ?".into())
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
    let hex: String =
        digest("educator", id)
            .iter()
            .take(pairs)
            .fold(String::new(), |mut hex, b| {
                // Writing to a String cannot fail.
                let _ = write!(hex, "{b:02X}");
                hex
            });
    let groups: Vec<&str> = hex
        .as_bytes()
        .chunks(4)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();
    format!("E-{}", groups.join("-"))
}

/// "{prefix} A", "{prefix} B"… for each different name (folded), in the
/// order of a hash of the name keyed with `key`.
fn lettered<'a>(
    names: impl Iterator<Item = &'a str>,
    key: &[u8; 32],
    purpose: &str,
    prefix: &str,
) -> HashMap<String, String> {
    let mut folded: Vec<String> = names.map(fold).filter(|n| !n.is_empty()).collect();
    folded.sort_unstable();
    folded.dedup();
    let keyed = |name: &String| {
        let mut hasher = Sha256::new();
        hasher.update(key);
        hasher.update(purpose.as_bytes());
        hasher.update([0]);
        hasher.update(name.as_bytes());
        <[u8; 32]>::from(hasher.finalize())
    };
    folded.sort_by_cached_key(|n| (keyed(n), n.clone()));
    folded
        .into_iter()
        .enumerate()
        .map(|(i, name)| (name, format!("{prefix} {}", letters(i))))
        .collect()
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
#[allow(
    clippy::cast_possible_truncation,
    reason = "a remainder of 26 fits in a u8"
)]
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
            None,
        );
        let first = names.educator("edu-1", "Zoë");
        assert!(first.starts_with("E-") && first.len() == 11, "{first}");
        assert_eq!(
            first,
            Names::new(true, ["edu-1"].into_iter(), [].into_iter(), None).educator("edu-1", "x")
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

    /// Letters in an order set by the names alone could be undone by anyone
    /// who knows the district's principals and schools; keyed with the
    /// record ids, the order changes with the records.
    #[test]
    fn letters_cannot_be_worked_out_from_the_names() {
        let people = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Evans"];
        let schools = ["North", "South", "East", "West"];
        let orders: std::collections::HashSet<(Vec<String>, Vec<String>)> = (0..8)
            .map(|k| {
                let id = format!("edu-{k}");
                let mut those = schools.into_iter();
                let names = Names::new(
                    true,
                    [id.as_str()].into_iter(),
                    people.into_iter(),
                    Some(&mut those),
                );
                (
                    people.iter().map(|p| names.evaluator(p)).collect(),
                    schools.iter().map(|s| names.school(s)).collect(),
                )
            })
            .collect();
        assert!(
            orders.len() > 1,
            "the same letters for every set of records"
        );
        let mut those = schools.into_iter();
        let again = Names::new(
            true,
            ["edu-0"].into_iter(),
            people.into_iter(),
            Some(&mut those),
        );
        let mut those = schools.into_iter();
        let same = Names::new(
            true,
            ["edu-0"].into_iter(),
            people.into_iter(),
            Some(&mut those),
        );
        assert_eq!(again.school(" north "), same.school("NORTH"));
        assert!(again.school("North").starts_with("School "));
        let plain = Names::new(true, ["edu-0"].into_iter(), people.into_iter(), None);
        assert_eq!(
            plain.school(" North "),
            "North",
            "schools stay unless coded"
        );
    }
}
