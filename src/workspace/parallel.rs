//! Saving many records at once (the demo, bundle imports). Each save waits
//! for the disk to confirm it, so one at a time would take minutes for a
//! district; a waiting thread costs no processor time, so more threads than
//! cores pay off: saves run on a pool of their own, apart from rayon's
//! global pool, which is kept for work that keeps a core busy.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::OnceLock;

use rayon::prelude::*;

use super::WorkspaceError;

/// Threads that save at the same time.
const SAVE_THREADS: usize = 8;

/// The saving pool, made on first use; `None` if the system would not
/// start its threads (then saves run on the global pool).
fn savers() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(SAVE_THREADS)
            .thread_name(|i| format!("save-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// Calls `save` on every item from several threads. Saving stops at the
/// first error, which is returned; what was saved before it stays, each
/// file complete. A save that panicked is an error too, never a success.
pub(super) fn save_each<T: Sync>(
    root: &Path,
    items: &[T],
    save: impl Fn(&T) -> Result<(), WorkspaceError> + Sync,
) -> Result<(), WorkspaceError> {
    let stopped = || WorkspaceError::Write {
        path: root.to_path_buf(),
        source: std::io::Error::other("saving stopped unexpectedly"),
    };
    let run = || {
        items.par_iter().try_for_each(|item| {
            catch_unwind(AssertUnwindSafe(|| save(item))).unwrap_or_else(|_| Err(stopped()))
        })
    };
    match savers() {
        Some(pool) => pool.install(run),
        None => run(),
    }
}
