//! Saving many records at once (the demo, bundle imports). Each save waits
//! for the disk to confirm it, so one at a time would take minutes for a
//! district; a waiting thread costs no processor time, so more threads than
//! cores pay off.

use std::path::Path;

use super::WorkspaceError;

/// Threads that save at the same time.
const SAVE_THREADS: usize = 8;

/// Calls `save` on every item from several threads. Each thread stops at
/// its first error, which is returned; what was saved before it stays, each
/// file complete. A thread that panicked is an error too, never a success.
pub(super) fn save_each<T: Sync>(
    root: &Path,
    items: &[T],
    save: impl Fn(&T) -> Result<(), WorkspaceError> + Sync,
) -> Result<(), WorkspaceError> {
    let chunk = items.len().div_ceil(SAVE_THREADS).max(1);
    let save = &save;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().try_for_each(save)))
            .collect();
        // Every thread is joined before the first error is returned: a scope
        // would panic on a panicked thread left unjoined.
        let results: Vec<Result<(), WorkspaceError>> = handles
            .into_iter()
            .map(|handle| {
                handle.join().unwrap_or_else(|_| {
                    Err(WorkspaceError::Write {
                        path: root.to_path_buf(),
                        source: std::io::Error::other("saving stopped unexpectedly"),
                    })
                })
            })
            .collect();
        results.into_iter().collect()
    })
}
