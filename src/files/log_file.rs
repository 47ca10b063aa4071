//! The diagnostics log: what a maintainer needs to understand a report
//! (the program started and ended, a workspace was read, a save or export
//! failed and how, how long an export took, a panic and where), never what
//! an evaluation says. Messages go through the `log` facade; only this
//! program's own messages are kept, so no library's text lands in it.
//!
//! The file is `teacher-eval.log` in the user's state folder (their data
//! folder where the system has none: `folders::log_dir`), readable by
//! its owner only; past 1 MB it becomes `teacher-eval.old.log` (the one
//! before is dropped) and a new file starts. The window keeps it unless
//! `TEACHER_EVAL_LOG=off`; the command line, which says what went wrong on
//! stderr and writes nothing but what it is asked to, keeps it only with
//! `TEACHER_EVAL_LOG=on`. Logging never fails the program: a folder that
//! cannot be written means no log, silently.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// `off` (or `0`) keeps no log; `on` (or `1`) keeps one for the command line too.
pub const LOG_ENV: &str = "TEACHER_EVAL_LOG";
/// The size past which a new file is started.
pub const MAX_LOG_BYTES: u64 = 1024 * 1024;
/// The log file's name, and the name the one before it keeps.
pub const LOG_FILE: &str = "teacher-eval.log";
pub const OLD_LOG_FILE: &str = "teacher-eval.old.log";

/// Starts logging to `folder` (created owner-only if missing) and logs
/// panics with their location, if [`LOG_ENV`] and `by_default` want a log.
/// Nothing is kept when it is not wanted, cannot be written, or a logger
/// was already set; the program goes on the same.
pub fn start(folder: &Path, by_default: bool) {
    let setting = std::env::var(LOG_ENV).ok();
    if !wanted(setting.as_deref(), by_default) || private_dir(folder).is_err() {
        return;
    }
    let path = folder.join(LOG_FILE);
    let Ok(file) = open(&path) else {
        return;
    };
    let size = file.metadata().map_or(0, |m| m.len());
    let logger = FileLog {
        path,
        state: Mutex::new(State {
            file: Some(file),
            size,
        }),
    };
    // Kept for the life of the process, as a logger must be.
    if log::set_logger(Box::leak(Box::new(logger))).is_err() {
        return;
    }
    log::set_max_level(log::LevelFilter::Info);
    log_panics();
}

/// Whether to keep a log: as [`LOG_ENV`] says, else `by_default`.
fn wanted(setting: Option<&str>, by_default: bool) -> bool {
    match setting.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
        Some("off" | "0") => false,
        Some("on" | "1") => true,
        _ => by_default,
    }
}

/// The kind of an error, for the log: the name of its variant, without
/// the paths, ids or text its message may hold.
pub fn kind_of(error: &impl std::fmt::Debug) -> String {
    format!("{error:?}")
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Adds the panic's location to the log, then panics as before.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        match info.location() {
            Some(at) => log::error!("panic at {}:{}:{}", at.file(), at.line(), at.column()),
            None => log::error!("panic at an unknown place"),
        }
        previous(info);
    }));
}

struct FileLog {
    path: PathBuf,
    state: Mutex<State>,
}

struct State {
    /// `None` once the file could not be reopened: logging stops quietly.
    file: Option<File>,
    size: u64,
}

impl log::Log for FileLog {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::Level::Info && metadata.target().starts_with("teacher_eval")
    }

    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!(
            "{} {} {}\n",
            crate::clock::from_system_time(std::time::SystemTime::now())
                .format("%Y-%m-%dT%H:%M:%S%.3fZ"),
            record.level(),
            record.args()
        );
        // A panic while the lock was held leaves nothing half-done worth refusing.
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if state.size + line.len() as u64 > MAX_LOG_BYTES {
            state.file = None;
            let _ = std::fs::rename(&self.path, self.path.with_file_name(OLD_LOG_FILE));
            state.file = open(&self.path).ok();
            state.size = 0;
        }
        if let Some(file) = state.file.as_mut()
            && file.write_all(line.as_bytes()).is_ok()
        {
            state.size += line.len() as u64;
        }
    }

    fn flush(&self) {}
}

/// Opens the log for appending: owner-only, never through a link.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("the log is not a plain file"));
    }
    #[cfg(unix)]
    {
        // A file left from before with wider permissions is narrowed.
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// The log's folder, made readable by its owner only when it is created.
fn private_dir(folder: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use log::Log;

    fn logger(dir: &Path) -> FileLog {
        let path = dir.join(LOG_FILE);
        FileLog {
            state: Mutex::new(State {
                file: open(&path).ok(),
                size: 0,
            }),
            path,
        }
    }

    fn line(logger: &FileLog, target: &str, text: &str) {
        logger.log(
            &log::Record::builder()
                .level(log::Level::Info)
                .target(target)
                .args(format_args!("{text}"))
                .build(),
        );
    }

    #[test]
    fn past_the_limit_a_new_file_starts_and_one_old_one_is_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let logger = logger(dir.path());
        let text = "x".repeat(1000);
        for _ in 0..2500 {
            line(&logger, "teacher_eval::test", &text);
        }
        let size = |name| std::fs::metadata(dir.path().join(name)).map_or(0, |m| m.len());
        assert!(size(LOG_FILE) <= MAX_LOG_BYTES);
        assert!(size(OLD_LOG_FILE) <= MAX_LOG_BYTES);
        assert!(size(OLD_LOG_FILE) > MAX_LOG_BYTES / 2);
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 2);
    }

    #[test]
    fn only_this_programs_messages_are_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let logger = logger(dir.path());
        line(&logger, "iced_winit", "a library's message");
        line(&logger, "teacher_eval::workspace", "ours");
        let text = std::fs::read_to_string(dir.path().join(LOG_FILE)).expect("log");
        assert!(text.contains("ours") && !text.contains("library"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_place_of_the_log_is_not_followed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let elsewhere = dir.path().join("elsewhere");
        std::fs::write(&elsewhere, "").expect("write");
        std::os::unix::fs::symlink(&elsewhere, dir.path().join(LOG_FILE)).expect("link");
        assert!(open(&dir.path().join(LOG_FILE)).is_err());
    }

    #[test]
    fn the_setting_turns_the_log_off_or_on_else_the_default_holds() {
        assert!(wanted(None, true) && !wanted(None, false));
        assert!(!wanted(Some("off"), true) && !wanted(Some(" 0 "), true));
        assert!(wanted(Some("ON"), false) && wanted(Some("1"), false));
        assert!(wanted(Some("maybe"), true) && !wanted(Some(""), false));
    }

    #[test]
    fn an_error_kind_names_the_variant_only() {
        let e = crate::workspace::WorkspaceError::InvalidId {
            id: "Ingrid".into(),
        };
        assert_eq!(kind_of(&e), "InvalidId");
    }
}
