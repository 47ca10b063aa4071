//! Searching off the window's thread: a pause so that each key typed does
//! not start a reading, then the search, unless a newer one stopped it.

use std::sync::Arc;

use super::read;
use crate::files::folders::IndexPlace;
use crate::ui::app::Message;
use crate::workspace::{Progress, Reading, Workspace};

/// A search the window asked for: what, its number, how to stop it.
#[derive(Debug, Clone)]
pub struct Searching {
    pub number: u64,
    pub query: crate::search::Query,
    pub options: crate::search::Options,
    pub stop: Arc<std::sync::atomic::AtomicBool>,
    /// The derived index, to read the educators through.
    pub index: Option<IndexPlace>,
}

/// How long a search waits before reading, so each key typed does not start one.
const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// Runs a search; `None` (no answer) when a newer one stopped it.
pub(super) fn run_search(workspace: &Workspace, searching: &Searching) -> Option<Message> {
    use std::sync::atomic::Ordering;
    std::thread::sleep(SEARCH_PAUSE);
    if searching.stop.load(Ordering::Relaxed) {
        return None;
    }
    let progress = Progress::default();
    let educators = read(
        workspace,
        Reading::EDUCATORS,
        &progress,
        searching.index.as_ref(),
    );
    let found = crate::search::search(
        workspace,
        &educators.educators,
        &searching.query,
        &searching.options,
        (&progress, &searching.stop),
    )?;
    let reply = crate::ui::search::Message::Found(searching.number, Box::new(found));
    Some(Message::Search(reply))
}
