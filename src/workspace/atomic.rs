//! Atomic file writes: a temporary file beside the target, flushed to disk,
//! then renamed over it. A crash at any point leaves the old file or the new
//! one, never a mix.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Temporary files start with `.` and carry this marker, so loading skips them.
pub const TEMP_MARKER: &str = ".tmp-";

/// Writes `bytes` to `path` atomically, with owner-only permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = write_temp(path, bytes)?;
    commit(&temp, path)?;
    sync_dir(parent(path));
    Ok(())
}

/// First half of [`write_atomic`]: the temporary file, complete and synced.
pub fn write_temp(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let temp = temp_path(path);
    let result = (|| {
        let mut file = create_private(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    Ok(temp)
}

/// A new name for a temporary file beside `path`, unique to this process:
/// `.NAME.tmp-PID-COUNTER`.
pub(super) fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    parent(path).join(format!(
        ".{name}{TEMP_MARKER}{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Second half of [`write_atomic`]: rename into place.
pub(super) fn commit(temp: &Path, path: &Path) -> io::Result<()> {
    fs::rename(temp, path).inspect_err(|_| {
        let _ = fs::remove_file(temp);
    })
}

/// True for the name of a temporary file this module makes.
#[must_use]
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.contains(TEMP_MARKER)
}

/// Removes temporary files left in `dir` by a crash; returns how many.
pub fn remove_stray_temps(dir: &Path) -> usize {
    let Ok(listing) = fs::read_dir(dir) else {
        return 0;
    };
    listing
        .filter_map(Result::ok)
        .filter(|e| is_temp_name(&e.file_name().to_string_lossy()))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

/// Removes the temporary files of `path` whose writer has ended; returns how
/// many. A temporary file of a process still running (another window
/// exporting the same name this moment) is left alone.
pub(super) fn remove_abandoned_temps_of(path: &Path) -> usize {
    let Some(name) = path.file_name() else {
        return 0;
    };
    let prefix = format!(".{}{TEMP_MARKER}", name.to_string_lossy());
    let Ok(listing) = fs::read_dir(parent(path)) else {
        return 0;
    };
    listing
        .filter_map(Result::ok)
        .filter(|e| {
            let file_name = e.file_name();
            let file_name = file_name.to_string_lossy();
            file_name
                .strip_prefix(&prefix)
                .and_then(writer_pid)
                .is_some_and(|pid| !process_running(pid))
        })
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

/// The process id in the `PID-COUNTER` tail of a temporary file's name.
fn writer_pid(tail: &str) -> Option<u32> {
    let (pid, counter) = tail.split_once('-')?;
    counter.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// Whether process `pid` may still be writing. Where `/proc` cannot tell,
/// every writer counts as running, so nothing in use is ever removed.
fn process_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc_fs = Path::new("/proc/self");
    !proc_fs.exists() || Path::new("/proc").join(pid.to_string()).exists()
}

/// Creates a new file readable and writable by its owner only.
pub(super) fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Creates `dir` and its parents, readable by the owner only.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Makes a rename durable. Not every platform can sync a folder; a failure
/// here leaves the write complete, just possibly not yet on disk.
pub(super) fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// The folder `path` is in; `.` for a bare name.
pub(super) fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}
