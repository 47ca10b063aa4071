//! Dates, times and counts in words a letter would use. Month names keep
//! dates unambiguous on both sides of the Atlantic.

use chrono::{DateTime, FixedOffset};

/// "Wednesday, October 14, 2026".
pub(crate) fn long_date(at: &DateTime<FixedOffset>) -> String {
    at.format("%A, %B %-d, %Y").to_string()
}

/// "October 14, 2026".
pub(crate) fn date(at: &DateTime<FixedOffset>) -> String {
    at.format("%B %-d, %Y").to_string()
}

/// "10:02 AM", in the clock of the place it was recorded.
pub(crate) fn time(at: &DateTime<FixedOffset>) -> String {
    at.format("%-I:%M %p").to_string()
}

/// "October 14, 2026 at 10:02 AM".
pub(crate) fn date_time(at: &DateTime<FixedOffset>) -> String {
    format!("{} at {}", date(at), time(at))
}

/// "45 minutes", "1 hour 5 minutes", "under a minute".
pub(crate) fn duration(secs: u64) -> String {
    let minutes = secs.saturating_add(30) / 60;
    if minutes == 0 {
        return "under a minute".into();
    }
    let (hours, minutes) = (minutes / 60, minutes % 60);
    match (hours, minutes) {
        (0, m) => count(m, "minute", "minutes"),
        (h, 0) => count(h, "hour", "hours"),
        (h, m) => format!(
            "{} {}",
            count(h, "hour", "hours"),
            count(m, "minute", "minutes")
        ),
    }
}

pub(crate) use crate::text::count;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_durations_read_as_words() {
        let at = DateTime::parse_from_rfc3339("2026-10-14T13:05:00-05:00").expect("time");
        assert_eq!(long_date(&at), "Wednesday, October 14, 2026");
        assert_eq!(time(&at), "1:05 PM");
        assert_eq!(date_time(&at), "October 14, 2026 at 1:05 PM");
        assert_eq!(duration(2700), "45 minutes");
        assert_eq!(duration(3900), "1 hour 5 minutes");
        assert_eq!(duration(7200), "2 hours");
        assert_eq!(duration(20), "under a minute");
        assert_eq!(count(1, "note", "notes"), "1 note");
    }
}
