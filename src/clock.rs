//! The time now, read so that no setting of the system clock can stop the
//! program: `chrono::Local::now()` panics on a clock set before 1970, and
//! other libraries panic past the year 9999.

use chrono::{DateTime, Local, Utc};
use std::time::{SystemTime, UNIX_EPOCH};

/// 0001-01-01T00:00:00Z, the earliest moment every date library here holds.
const EARLIEST_SECS: i64 = -62_135_596_800;
/// 9999-12-31T23:59:59Z, the latest.
const LATEST_SECS: i64 = 253_402_300_799;

/// Now, in the local time zone.
#[must_use]
pub fn local_now() -> DateTime<Local> {
    from_system_time(SystemTime::now()).with_timezone(&Local)
}

/// `time` as a UTC date and time. A moment before 1970 counts backwards
/// from it; one outside the years 1 to 9999 becomes the nearest end.
#[must_use]
pub fn from_system_time(time: SystemTime) -> DateTime<Utc> {
    let (secs, nanos) = match time.duration_since(UNIX_EPOCH) {
        Ok(after) => (
            i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            after.subsec_nanos(),
        ),
        Err(before) => {
            let before = before.duration();
            let secs = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            match before.subsec_nanos() {
                0 => (-secs, 0),
                nanos => (-secs - 1, 1_000_000_000 - nanos),
            }
        }
    };
    let (secs, nanos) = if secs < EARLIEST_SECS {
        (EARLIEST_SECS, 0)
    } else if secs > LATEST_SECS {
        (LATEST_SECS, 0)
    } else {
        (secs, nanos)
    };
    DateTime::from_timestamp(secs, nanos).unwrap_or(DateTime::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_clock_before_1970_gives_a_date_before_1970() {
        let before = UNIX_EPOCH - Duration::from_millis(1_500);
        assert_eq!(
            from_system_time(before).to_rfc3339(),
            "1969-12-31T23:59:58.500+00:00"
        );
        let long_before = UNIX_EPOCH - Duration::from_secs(86_400 * 365 * 30);
        assert_eq!(
            from_system_time(long_before).format("%Y").to_string(),
            "1940"
        );
    }

    #[test]
    fn a_clock_outside_the_years_1_to_9999_is_held_at_the_nearest_end() {
        let far = [
            UNIX_EPOCH.checked_add(Duration::from_secs(1 << 40)),
            UNIX_EPOCH.checked_sub(Duration::from_secs(1 << 40)),
        ];
        let years: Vec<String> = far
            .into_iter()
            .flatten()
            .map(|t| from_system_time(t).format("%Y-%m-%d").to_string())
            .collect();
        assert!(!years.is_empty(), "this platform holds such a clock");
        for year in &years {
            assert!(year == "9999-12-31" || year == "0001-01-01", "{year}");
        }
        assert_eq!(from_system_time(UNIX_EPOCH), DateTime::UNIX_EPOCH);
    }
}
