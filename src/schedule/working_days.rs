//! Working days: Monday to Friday, less the school's holidays. A deadline
//! of "within 15 working days" of a visit is the 15th working day after it.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};

/// The days a school works, by the holidays it closes for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkingDays {
    holidays: BTreeSet<NaiveDate>,
}

/// More working days than any deadline counts: a bound on the walk.
const MAX_DAYS: u32 = 400;

impl WorkingDays {
    #[must_use]
    pub fn new(holidays: impl IntoIterator<Item = NaiveDate>) -> WorkingDays {
        WorkingDays {
            holidays: holidays.into_iter().collect(),
        }
    }

    /// Whether the school works on `date`.
    #[must_use]
    pub fn is_working(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&date)
    }

    /// The `n`th working day after `from` (`from` itself not counted); `n`
    /// of 0 is `from`. `None` past the calendar's end.
    #[must_use]
    pub fn after(&self, from: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut date = from;
        let mut left = n.min(MAX_DAYS);
        while left > 0 {
            date = date.succ_opt()?;
            if self.is_working(date) {
                left -= 1;
            }
        }
        Some(date)
    }

    /// Working days after `from` up to and including `to` (0 when `to` is
    /// not after `from`).
    #[must_use]
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let mut count = 0;
        let mut date = from;
        while date < to && count < MAX_DAYS * 2 {
            let Some(next) = date.succ_opt() else { break };
            date = next;
            if self.is_working(date) {
                count += 1;
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    #[test]
    fn weekends_are_skipped() {
        let days = WorkingDays::default();
        // Tuesday 12 January 2027: 15 working days on is Tuesday 2 February.
        assert_eq!(days.after(day(2027, 1, 12), 15), Some(day(2027, 2, 2)));
        // Friday + 1 is Monday.
        assert_eq!(days.after(day(2027, 1, 15), 1), Some(day(2027, 1, 18)));
        // From a Saturday, the first working day is Monday.
        assert_eq!(days.after(day(2027, 1, 16), 1), Some(day(2027, 1, 18)));
        assert_eq!(days.after(day(2027, 1, 16), 0), Some(day(2027, 1, 16)));
        assert!(!days.is_working(day(2027, 1, 17)));
    }

    #[test]
    fn holidays_are_skipped() {
        // Monday 18 January 2027 (Martin Luther King Jr. Day) closed.
        let days = WorkingDays::new([day(2027, 1, 18)]);
        assert_eq!(days.after(day(2027, 1, 15), 1), Some(day(2027, 1, 19)));
        assert_eq!(days.after(day(2027, 1, 12), 15), Some(day(2027, 2, 3)));
        assert_eq!(days.between(day(2027, 1, 15), day(2027, 1, 19)), 1);
    }

    #[test]
    fn counting_back_agrees_with_counting_on() {
        let days = WorkingDays::new([day(2026, 11, 26), day(2026, 11, 27)]);
        let from = day(2026, 11, 20);
        for n in 0..40 {
            let to = days.after(from, n).expect("a date");
            assert_eq!(days.between(from, to), n, "{n} working days after {from}");
            assert!(n == 0 || days.is_working(to));
        }
    }
}
