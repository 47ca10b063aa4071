//! A demo stopped part way (the window closed, the process killed) can be
//! finished: a marker in the workspace says which demo was being written,
//! and running the same demo again writes only the records not yet there.
//! The marker goes once every record is written.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The marker file inside the workspace.
pub const MARKER: &str = ".demo-unfinished.ron";

/// Which demo is being written: the same three give the same records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unfinished {
    pub count: usize,
    pub seed: u64,
    /// The day it was started on: a demo's dates depend on it.
    pub today: NaiveDate,
}

fn marker(root: &Path) -> PathBuf {
    root.join(MARKER)
}

/// The unfinished demo in the workspace at `root`, if any.
#[must_use]
pub fn read(root: &Path) -> Option<Unfinished> {
    let bytes = crate::files::bounded::read_bounded(&marker(root), 4096).ok()?;
    crate::files::ron_text::parse(&bytes, "a demo marker", 4).ok()
}

/// Notes that this demo is being written, before its first record.
pub fn start(root: &Path, demo: Unfinished) -> Result<(), String> {
    let text = ron::to_string(&demo).map_err(|e| e.to_string())?;
    crate::workspace::write_atomic(&marker(root), text.as_bytes())
        .map_err(|e| crate::workspace::plain(&e))
}

/// Every record is written: the marker goes.
pub fn finish(root: &Path) {
    let _ = std::fs::remove_file(marker(root));
}
