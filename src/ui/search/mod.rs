//! The search panel: one box over every note, rationale, conference note,
//! reflection and comment of the workspace (Ctrl+F, or Search in the
//! header), shown over whatever screen is open. Each change of the words
//! starts a search off the UI thread and stops the one before; only the
//! answer to the newest is shown. Up and Down choose a result, Enter or a
//! click opens it at the place found, Escape closes.

mod view;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::keyboard::{Key, key::Named};

use crate::search::{Found, Hit, Query, QueryError};

/// The search field, focused when the panel opens.
pub const SEARCH_INPUT: &str = "search-input";
/// The list of results, scrolled to keep the chosen one in view.
pub const RESULTS: &str = "search-results";
/// How many results the window lists, best first (all are counted).
pub const SHOWN: usize = 200;

#[derive(Debug, Default)]
pub struct SearchPanel {
    open: bool,
    typed: String,
    /// The number of the last search asked for; answers to others are stale.
    asked: u64,
    /// Set to stop the search under way when a newer one starts.
    running: Option<Arc<AtomicBool>>,
    shown: Shown,
    /// The chosen result, by its place in the list.
    chosen: usize,
}

/// What the panel shows under the field.
#[derive(Debug, Default)]
enum Shown {
    #[default]
    Nothing,
    Searching,
    Refused(QueryError),
    Found(Box<Found>),
}

#[derive(Debug, Clone)]
pub enum Message {
    Open,
    Close,
    Typed(String),
    /// Enter in the field: open the chosen result.
    Submit,
    /// Up (-1) or Down (1).
    Move(isize),
    /// A result clicked.
    Choose(usize),
    /// The answer to search number `u64`.
    Found(u64, Box<Found>),
}

/// What the panel asks the application to do.
#[derive(Debug, Clone)]
pub enum Action {
    None,
    Focus(&'static str),
    /// Search for `query` as search number `number`, stopping when `stop` is set.
    Search {
        number: u64,
        query: Query,
        stop: Arc<AtomicBool>,
    },
    /// Keep the chosen result in view: scroll the list to this fraction.
    Reveal(f32),
    /// Open the record of this result at the place found.
    Open(Box<Hit>),
}

impl SearchPanel {
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The words in the field.
    #[must_use]
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The results shown, best first (none while searching).
    #[must_use]
    pub fn hits(&self) -> &[Hit] {
        match &self.shown {
            Shown::Found(found) => &found.hits,
            _ => &[],
        }
    }

    /// The chosen result, if any is shown.
    #[must_use]
    pub fn chosen(&self) -> Option<&Hit> {
        self.hits().get(self.chosen)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Open => {
                self.open = true;
                Action::Focus(SEARCH_INPUT)
            }
            Message::Close => {
                self.close();
                Action::None
            }
            Message::Typed(typed) => self.retyped(typed),
            Message::Submit => self.open_chosen(),
            Message::Choose(index) => {
                self.chosen = index;
                self.open_chosen()
            }
            Message::Move(by) => {
                let last = self.hits().len().saturating_sub(1);
                self.chosen = self.chosen.saturating_add_signed(by).min(last);
                if last == 0 {
                    return Action::None;
                }
                Action::Reveal(self.chosen as f32 / last as f32)
            }
            Message::Found(number, found) => {
                if number == self.asked && self.open {
                    self.running = None;
                    self.chosen = 0;
                    self.shown = Shown::Found(found);
                }
                Action::None
            }
        }
    }

    /// The keys the panel answers while it is open: Escape, Up and Down
    /// (a text field passes arrows on, and Escape is read before it is).
    #[must_use]
    pub fn key(key: &Key) -> Option<Message> {
        match key {
            Key::Named(Named::Escape) => Some(Message::Close),
            Key::Named(Named::ArrowUp) => Some(Message::Move(-1)),
            Key::Named(Named::ArrowDown) => Some(Message::Move(1)),
            _ => None,
        }
    }

    /// The panel closes after opening a result, its words kept for next time.
    pub fn close(&mut self) {
        self.open = false;
        self.stop_running();
        if matches!(self.shown, Shown::Searching) {
            self.shown = Shown::Nothing;
        }
    }

    fn retyped(&mut self, typed: String) -> Action {
        self.typed = typed;
        self.stop_running();
        self.asked += 1;
        match Query::parse(&self.typed) {
            Err(QueryError::Empty) if self.typed.trim().is_empty() => {
                self.shown = Shown::Nothing;
                Action::None
            }
            Err(why) => {
                self.shown = Shown::Refused(why);
                Action::None
            }
            Ok(query) => {
                let stop = Arc::new(AtomicBool::new(false));
                self.running = Some(stop.clone());
                self.shown = Shown::Searching;
                Action::Search {
                    number: self.asked,
                    query,
                    stop,
                }
            }
        }
    }

    fn open_chosen(&mut self) -> Action {
        match self.chosen().cloned() {
            Some(hit) => {
                self.close();
                Action::Open(Box::new(hit))
            }
            None => Action::None,
        }
    }

    fn stop_running(&mut self) {
        if let Some(stop) = self.running.take() {
            stop.store(true, Ordering::Relaxed);
        }
    }
}
