//! Reading a clock time as a person types it (6:00 AM, 6am, 6:00 pm,
//! 06:00, 18:30), and placing a typed date and time at the offset the
//! user's clock had that day. A time is never made up: without AM or PM
//! the hour needs two figures (24-hour clock), so "6:00" is refused.

use chrono::{NaiveDate, NaiveTime, TimeZone};

use super::Timestamp;

/// Why typed text is not a time. Each reads as one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("Type the time, e.g. {FORMS}.")]
    Empty,
    #[error("This time is not understood: type it as {FORMS}.")]
    Unreadable,
    #[error(
        "Say whether this is {hour}:{minute:02} AM or PM, or type it on the 24-hour clock with two figures for the hour, e.g. 06:00 or 18:30."
    )]
    NoMeridiem { hour: u32, minute: u32 },
    #[error("There is no such time of day: type it as {FORMS}.")]
    OutOfRange,
    #[error("{} on {} does not exist on this computer's clock (it was skipped when the clocks changed): type the time the clock showed.", format_time(*.time), .date.format("%B %-d, %Y"))]
    Skipped { date: NaiveDate, time: NaiveTime },
}

/// The forms a time may be typed in, for error sentences.
const FORMS: &str = "6:00 AM, 6 pm or 18:30";

/// The time of day `text` names, to the minute.
pub fn parse_time(text: &str) -> Result<NaiveTime, TimeError> {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() {
        return Err(TimeError::Empty);
    }
    if lower.len() > 32 {
        return Err(TimeError::Unreadable);
    }
    let (clock, meridiem) = split_meridiem(&lower);
    let (hour_text, minute_text) = match clock.split_once([':', '.']) {
        Some((h, m)) => (h, Some(m)),
        None => (clock, None),
    };
    let figures = |t: &str| !t.is_empty() && t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit());
    if !figures(hour_text) || minute_text.is_some_and(|m| m.len() != 2 || !figures(m)) {
        return Err(TimeError::Unreadable);
    }
    let hour: u32 = hour_text.parse().map_err(|_| TimeError::Unreadable)?;
    let minute: u32 = minute_text
        .map_or(Ok(0), str::parse)
        .map_err(|_| TimeError::Unreadable)?;
    if minute > 59 {
        return Err(TimeError::OutOfRange);
    }
    let hour = match meridiem {
        Some(pm) => {
            if !(1..=12).contains(&hour) {
                return Err(TimeError::OutOfRange);
            }
            hour % 12 + if pm { 12 } else { 0 }
        }
        // 24-hour clock: two figures for the hour and the minutes given.
        None if hour_text.len() == 2 && minute_text.is_some() => hour,
        None if minute_text.is_some() && hour <= 12 => {
            return Err(TimeError::NoMeridiem { hour, minute });
        }
        None if minute_text.is_none() && (1..=12).contains(&hour) => {
            return Err(TimeError::NoMeridiem { hour, minute });
        }
        None => return Err(TimeError::Unreadable),
    };
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or(TimeError::OutOfRange)
}

/// The clock part and whether it ends in PM (`Some(true)`), AM, or neither.
fn split_meridiem(text: &str) -> (&str, Option<bool>) {
    for (suffix, pm) in [
        ("a.m.", false),
        ("p.m.", true),
        ("a.m", false),
        ("p.m", true),
        ("am", false),
        ("pm", true),
        ("a", false),
        ("p", true),
    ] {
        if let Some(clock) = text.strip_suffix(suffix) {
            return (clock.trim_end(), Some(pm));
        }
    }
    (text, None)
}

/// "6:05 AM": how times are shown in fields, the window and reports.
#[must_use]
pub fn format_time(time: NaiveTime) -> String {
    time.format("%-I:%M %p").to_string()
}

/// `date` at `time` on `zone`'s clock, with the offset that clock had then.
/// A time that came twice (clocks going back) is the first of the two; the
/// clock time kept is the one typed either way.
pub fn at_clock_time<Tz: TimeZone>(
    zone: &Tz,
    date: NaiveDate,
    time: NaiveTime,
) -> Result<Timestamp, TimeError> {
    zone.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|at| at.fixed_offset())
        .ok_or(TimeError::Skipped { date, time })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("a time")
    }

    #[test]
    fn times_read_as_typed() {
        for (text, h, m) in [
            ("6:00 AM", 6, 0),
            ("6am", 6, 0),
            ("6 a.m.", 6, 0),
            ("6:00 pm", 18, 0),
            ("6:30PM", 18, 30),
            ("06:00", 6, 0),
            ("18:30", 18, 30),
            ("18.30", 18, 30),
            ("00:15", 0, 15),
            ("12:00 AM", 0, 0),
            ("12:30 pm", 12, 30),
            ("12 pm", 12, 0),
            ("11:59 p.m.", 23, 59),
            (" 7:05 a ", 7, 5),
        ] {
            assert_eq!(parse_time(text), Ok(hm(h, m)), "{text}");
        }
    }

    #[test]
    fn nothing_is_guessed() {
        assert_eq!(parse_time(""), Err(TimeError::Empty));
        assert_eq!(
            parse_time("6:00"),
            Err(TimeError::NoMeridiem { hour: 6, minute: 0 })
        );
        assert_eq!(
            parse_time("10:30"),
            Ok(hm(10, 30)),
            "two figures: the 24-hour clock"
        );
        assert_eq!(
            parse_time("6"),
            Err(TimeError::NoMeridiem { hour: 6, minute: 0 })
        );
        assert_eq!(parse_time("13:00 pm"), Err(TimeError::OutOfRange));
        assert_eq!(parse_time("0 am"), Err(TimeError::OutOfRange));
        assert_eq!(parse_time("24:00"), Err(TimeError::OutOfRange));
        assert_eq!(parse_time("6:75 am"), Err(TimeError::OutOfRange));
        for text in [
            "noon",
            "6:0 am",
            "6:000",
            "18",
            "1830",
            "6:00:00",
            "am",
            "6:00 xm",
            "١٨:٣٠",
        ] {
            assert_eq!(parse_time(text), Err(TimeError::Unreadable), "{text}");
        }
        assert_eq!(
            TimeError::NoMeridiem { hour: 6, minute: 0 }.to_string(),
            "Say whether this is 6:00 AM or PM, or type it on the 24-hour clock with two figures for the hour, e.g. 06:00 or 18:30."
        );
        assert_eq!(
            TimeError::Unreadable.to_string(),
            "This time is not understood: type it as 6:00 AM, 6 pm or 18:30."
        );
    }

    #[test]
    fn the_typed_clock_time_is_kept_with_the_offset() {
        let zone = chrono::FixedOffset::west_opt(5 * 3600).expect("an offset");
        let date = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        let at = at_clock_time(&zone, date, hm(6, 0)).expect("a moment");
        assert_eq!(at.to_rfc3339(), "2026-12-01T06:00:00-05:00");
        assert_eq!(format_time(at.time()), "6:00 AM");
    }
}
