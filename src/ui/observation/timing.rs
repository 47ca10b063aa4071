//! The timer as the screen runs it: starting (which stamps the visit's
//! start the first time), pausing, and saving a running timer's reading
//! every few seconds so a crash keeps its time.

use std::time::Instant;

use super::{Message, NOTE_INPUT, ObservationScreen, TIMER_SAVE_SECS};
use crate::ui::editor::Request;

impl ObservationScreen {
    /// `Some` when the note field should take the focus (the timer started).
    pub(super) fn timer_message(&mut self, message: &Message, now: Instant) -> Option<Request> {
        match message {
            Message::StartTimer => {
                if self.first_start() {
                    self.observation.started_at = crate::record::now();
                }
                self.timer.start(now);
                self.changed();
                return Some(Request::Focus(NOTE_INPUT));
            }
            Message::PauseTimer => {
                self.timer.pause(now);
                self.changed();
            }
            Message::Tick(_) => {
                // A running timer is saved every few seconds, so a crash keeps its time.
                let elapsed = self.timer.elapsed(now).as_secs();
                if self.timer.is_running()
                    && !self.session.autosave.is_dirty()
                    && elapsed >= self.observation.duration_secs + TIMER_SAVE_SECS
                {
                    self.changed();
                }
            }
            _ => {}
        }
        None
    }
}
