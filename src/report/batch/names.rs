//! File names for a batch: the names the window offers for one document,
//! told apart when two would be the same.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::report::default_file_name;
use crate::text::folded;

/// The names given so far, compared without case: Windows and macOS keep
/// "Ana.pdf" and "ANA.pdf" as one file.
#[derive(Debug, Default)]
pub(super) struct Names {
    taken: HashSet<String>,
}

impl Names {
    /// "2026-10-01 Observation - Ana Ruiz.pdf", or "… (2).pdf" when that
    /// name is taken (two visits on one day, two educators of one name).
    pub(super) fn unique(&mut self, date: NaiveDate, kind: &str, educator: &str) -> String {
        let name = default_file_name(date, kind, educator);
        let stem = name.strip_suffix(".pdf").unwrap_or(&name).to_string();
        let mut candidate = name;
        let mut n = 1;
        while !self.taken.insert(folded(&candidate)) {
            n += 1;
            candidate = format!("{stem} ({n}).pdf");
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_of_one_name_is_numbered_whatever_its_case() {
        let day = NaiveDate::from_ymd_opt(2026, 10, 1).expect("a date");
        let mut names = Names::default();
        assert_eq!(
            names.unique(day, "Observation", "Ana Ruiz"),
            "2026-10-01 Observation - Ana Ruiz.pdf"
        );
        assert_eq!(
            names.unique(day, "Observation", "ANA RUIZ"),
            "2026-10-01 Observation - ANA RUIZ (2).pdf"
        );
        assert_eq!(
            names.unique(day, "Observation", "Ana Ruiz"),
            "2026-10-01 Observation - Ana Ruiz (3).pdf"
        );
    }
}
