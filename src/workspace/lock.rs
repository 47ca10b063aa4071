//! One writer per workspace: an advisory lock on `.lock`, released by the
//! operating system when the process ends, even by a crash.
//!
//! The lock file is written (its holder's name), so it is opened without
//! following a link and must be a plain file with no other name: a link or
//! a hard link planted at `.lock` would otherwise make the program
//! overwrite a file outside the workspace. Such a workspace opens read-only.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

pub const LOCK_FILE: &str = ".lock";

/// Held for as long as the workspace is open for writing.
#[derive(Debug)]
pub struct WorkspaceLock {
    _file: File,
}

/// Takes the lock, or says who holds it or why it cannot be taken.
pub fn try_lock(root: &Path) -> std::io::Result<Result<WorkspaceLock, String>> {
    let path = root.join(LOCK_FILE);
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Ok(Err(odd_lock(&path, "a link")));
    }
    let mut file = match open_lock_file(&path) {
        Ok(file) => file,
        // A link planted since the check above.
        Err(e) if crate::files::bounded::is_link_error(&e) => {
            return Ok(Err(odd_lock(&path, "a link")));
        }
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
            return Ok(Err(odd_lock(&path, "a folder")));
        }
        Err(e) => return Err(e),
    };
    if let Some(what) = odd_kind(&file.metadata()?) {
        return Ok(Err(odd_lock(&path, what)));
    }
    match file.try_lock() {
        Ok(()) => {
            let holder = format!(
                "teacher-eval (process {}) since {}",
                std::process::id(),
                crate::clock::local_now().format("%Y-%m-%d %H:%M")
            );
            file.set_len(0)?;
            file.seek(SeekFrom::Start(0))?;
            file.write_all(holder.as_bytes())?;
            Ok(Ok(WorkspaceLock { _file: file }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.take(200).read_to_string(&mut holder);
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

/// Opens or creates the lock file, never through a link and never waiting
/// on a pipe.
fn open_lock_file(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What the opened lock file is when it is not a plain file of its own.
fn odd_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    if !meta.is_file() {
        return Some("not a regular file");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Some("a second name (a hard link) of another file");
        }
    }
    None
}

/// The read-only reason for a lock file that is not one.
fn odd_lock(path: &Path, what: &str) -> String {
    format!(
        "its lock file {} is {what}, and it is never written through; remove it to make changes here",
        path.display()
    )
}
