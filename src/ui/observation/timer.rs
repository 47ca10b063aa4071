//! The observation timer: start, pause, resume; evidence is stamped with its reading.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timer {
    /// Time counted before the current run.
    banked: Duration,
    /// When the current run started, if running.
    since: Option<Instant>,
}

impl Timer {
    /// A stopped timer showing `elapsed` (an observation reopened later).
    #[must_use]
    pub fn resumed_at(elapsed: Duration) -> Timer {
        Timer {
            banked: elapsed,
            since: None,
        }
    }

    #[must_use]
    pub fn is_running(&self) -> bool {
        self.since.is_some()
    }

    /// True before the first start of a new observation.
    #[must_use]
    pub fn never_started(&self) -> bool {
        self.since.is_none() && self.banked.is_zero()
    }

    pub fn start(&mut self, now: Instant) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    pub fn pause(&mut self, now: Instant) {
        if let Some(since) = self.since.take() {
            self.banked = self
                .banked
                .saturating_add(now.saturating_duration_since(since));
        }
    }

    /// Saturates: a record's stored reading may be any number, even the largest.
    #[must_use]
    pub fn elapsed(&self, now: Instant) -> Duration {
        self.banked.saturating_add(
            self.since
                .map_or(Duration::ZERO, |s| now.saturating_duration_since(s)),
        )
    }
}

/// `1:02:03`, or `02:03` under an hour.
pub fn clock(elapsed: Duration) -> String {
    let s = elapsed.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_stored_reading_runs_on_without_overflow() {
        let t0 = Instant::now();
        let mut timer = Timer::resumed_at(Duration::from_secs(u64::MAX));
        timer.start(t0);
        let later = t0 + Duration::from_secs(10);
        assert_eq!(timer.elapsed(later), Duration::MAX);
        timer.pause(later);
        assert_eq!(timer.elapsed(later), Duration::MAX);
    }

    #[test]
    fn counts_only_while_running() {
        let t0 = Instant::now();
        let mut timer = Timer::default();
        assert!(timer.never_started());
        timer.start(t0);
        timer.pause(t0 + Duration::from_secs(10));
        assert_eq!(
            timer.elapsed(t0 + Duration::from_secs(100)),
            Duration::from_secs(10)
        );
        timer.start(t0 + Duration::from_secs(100));
        assert_eq!(
            timer.elapsed(t0 + Duration::from_secs(105)),
            Duration::from_secs(15)
        );
        assert_eq!(clock(Duration::from_secs(3725)), "1:02:05");
        assert_eq!(clock(Duration::from_secs(65)), "01:05");
    }
}
