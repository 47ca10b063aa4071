//! One writer per workspace: an advisory lock on `.lock`, released by the
//! operating system when the process ends, even by a crash.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

pub const LOCK_FILE: &str = ".lock";

/// Held for as long as the workspace is open for writing.
#[derive(Debug)]
pub struct WorkspaceLock {
    _file: File,
}

/// Takes the lock, or says who holds it.
pub fn try_lock(root: &Path) -> std::io::Result<Result<WorkspaceLock, String>> {
    let path = root.join(LOCK_FILE);
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path)?;
    match file.try_lock() {
        Ok(()) => {
            let holder = format!(
                "teacher-eval (process {}) since {}",
                std::process::id(),
                chrono::Local::now().format("%Y-%m-%d %H:%M")
            );
            file.set_len(0)?;
            file.seek(SeekFrom::Start(0))?;
            file.write_all(holder.as_bytes())?;
            Ok(Ok(WorkspaceLock { _file: file }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            let who = if holder.is_empty() {
                "another teacher-eval".to_string()
            } else {
                format!("another {holder}")
            };
            Ok(Err(format!(
                "it is open in {who}; close that one to make changes here"
            )))
        }
        Err(TryLockError::Error(e)) => Err(e),
    }
}
