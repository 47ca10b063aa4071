//! When to save a record being edited: shortly after the typing stops, again
//! after a failure, and never two saves at once. Text is never dropped: a
//! change stays "unsaved" until a save that includes it succeeds.

use crate::ui::failure::Failure;
use std::time::{Duration, Instant};

use crate::record::Timestamp;

/// Quiet time after the last change before saving.
pub const DEBOUNCE: Duration = Duration::from_millis(800);
/// Wait after a failed save before trying again.
pub const RETRY: Duration = Duration::from_secs(5);

/// `E` is why a save failed: the window's [`Failure`]; anything that says
/// itself in words will do, since only the status line reads it.
#[derive(Debug, Clone)]
pub struct Autosave<E = Failure> {
    /// Counts changes; a save carries the revision it wrote.
    revision: u64,
    saved_revision: u64,
    in_flight: Option<u64>,
    last_change: Option<Instant>,
    retry_at: Option<Instant>,
    saved_at: Option<Timestamp>,
    error: Option<E>,
}

impl<E> Default for Autosave<E> {
    fn default() -> Self {
        Autosave {
            revision: 0,
            saved_revision: 0,
            in_flight: None,
            last_change: None,
            retry_at: None,
            saved_at: None,
            error: None,
        }
    }
}

impl<E: std::fmt::Display> Autosave<E> {
    pub fn changed(&mut self, now: Instant) {
        self.revision += 1;
        self.last_change = Some(now);
    }

    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.revision > self.saved_revision
    }

    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Whether a save should start now (debounced, not during another, after the retry wait).
    #[must_use]
    pub fn due(&self, now: Instant) -> bool {
        self.is_dirty()
            && self.in_flight.is_none()
            && self
                .last_change
                .is_none_or(|t| now.saturating_duration_since(t) >= DEBOUNCE)
            && self.retry_at.is_none_or(|t| now >= t)
    }

    /// Marks a save as started and returns the revision it writes.
    pub fn begin(&mut self) -> u64 {
        self.in_flight = Some(self.revision);
        self.revision
    }

    /// A save of `revision` ended.
    pub fn finished(&mut self, revision: u64, result: Result<Timestamp, E>, now: Instant) {
        self.in_flight = None;
        match result {
            Ok(at) => {
                self.saved_revision = self.saved_revision.max(revision);
                self.saved_at = Some(at);
                self.error = None;
                self.retry_at = None;
            }
            Err(error) => {
                self.error = Some(error);
                self.retry_at = Some(now + RETRY);
            }
        }
    }

    #[must_use]
    pub fn error(&self) -> Option<&E> {
        self.error.as_ref()
    }

    /// The quiet status line: "Saved 10:42:07", "Saving…", or the failure.
    #[must_use]
    pub fn status(&self) -> String {
        if let Some(error) = &self.error {
            return format!(
                "Not saved: {error}. Retrying every {} s; your work stays here.",
                RETRY.as_secs()
            );
        }
        if self.in_flight.is_some() {
            return "Saving…".into();
        }
        match (self.is_dirty(), self.saved_at) {
            (true, _) => "Unsaved changes".into(),
            (false, Some(at)) => format!("Saved {}", at.format("%H:%M:%S")),
            (false, None) => "Up to date".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debounces_retries_and_keeps_later_changes_dirty() {
        let t0 = Instant::now();
        let now = crate::record::now();
        let mut a = Autosave::default();
        assert!(!a.due(t0));
        a.changed(t0);
        assert!(!a.due(t0 + Duration::from_millis(100)), "still typing");
        assert!(a.due(t0 + DEBOUNCE));
        let rev = a.begin();
        assert!(!a.due(t0 + DEBOUNCE * 2), "one save at a time");
        a.changed(t0 + DEBOUNCE);
        a.finished(rev, Err("disk full"), t0 + DEBOUNCE);
        assert!(a.is_dirty());
        assert!(a.status().starts_with("Not saved: disk full"));
        assert!(!a.due(t0 + DEBOUNCE * 3), "waits before retrying");
        assert!(a.due(t0 + DEBOUNCE + RETRY));
        let rev = a.begin();
        a.finished(rev, Ok(now), t0 + RETRY * 2);
        assert!(!a.is_dirty());
        assert!(a.status().starts_with("Saved "));
    }
}
