//! Small helpers every subcommand uses to speak to the terminal.

use std::io::Write;
use std::process::ExitCode;

use crate::files::folders::Folders;
use crate::rubric::Catalog;
use crate::text::terminal_safe;
use crate::workspace::{Contents, Reading, Workspace};

/// Writes to stdout, ignoring a closed pipe (`teacher-eval educator list | head`),
/// with control characters shown escaped (see [`terminal_safe`]).
pub fn print_out(text: &str) {
    let _ = std::io::stdout()
        .lock()
        .write_all(terminal_safe(text).as_bytes());
}

/// Writes one line to stderr, control characters escaped. A stderr that
/// cannot be written (`2>/dev/full`, a closed pipe) is ignored, where
/// `eprintln!` would panic and lose the exit code.
pub fn print_err(line: &str) {
    write_err(&format!("{}\n", terminal_safe(line)));
}

/// `eprintln!` through [`print_err`]: the same arguments, never a panic.
macro_rules! say {
    () => {
        $crate::cli::output::print_err("")
    };
    ($($arg:tt)*) => {
        $crate::cli::output::print_err(&format!($($arg)*))
    };
}
pub(crate) use say;

/// Writes `text` to stderr as it is, ignoring errors: only for text this
/// program made, such as the progress line's carriage return.
fn write_err(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}

/// One sentence on stderr and a failing exit code.
pub fn fail(message: impl std::fmt::Display) -> ExitCode {
    say!("teacher-eval: {message}");
    ExitCode::FAILURE
}

/// Opens the workspace to change it; a read-only one is an error here,
/// because a command cannot wait for the other program to close.
pub fn open_for_writing(folders: &Folders) -> Result<Workspace, ExitCode> {
    let workspace = Workspace::open(&folders.workspace).map_err(fail)?;
    if let Some(reason) = workspace.read_only_reason() {
        return Err(fail(format!(
            "the workspace {} cannot be changed now: {reason}.",
            folders.workspace.display()
        )));
    }
    Ok(workspace)
}

/// Loads what `reading` asks for to read it, telling stderr about files set aside.
pub fn load_for_reading(folders: &Folders, reading: Reading) -> Result<Contents, ExitCode> {
    if !folders.workspace.is_dir() {
        return Err(fail(format!(
            "there is no workspace at {}; create one with `teacher-eval demo` or `teacher-eval educator add`.",
            folders.workspace.display()
        )));
    }
    let workspace = Workspace::open_read_only(&folders.workspace, "listing only").map_err(fail)?;
    let progress = crate::workspace::Progress::default();
    let contents = match crate::files::folders::index_place(false) {
        Some(place) => workspace.load_indexed(reading, &progress, &place),
        None => workspace.load_with(reading, &progress),
    };
    report_problems(&contents);
    Ok(contents)
}

/// Files set aside and records that do not fit, one line each on stderr.
pub fn report_problems(contents: &Contents) {
    for item in &contents.set_aside {
        say!("teacher-eval: set aside (kept unchanged, not loaded): {item}");
    }
    for warning in &contents.warnings {
        say!("teacher-eval: {warning}");
    }
}

/// The rubric catalog, with any rubric files that failed reported on stderr.
pub fn catalog(folders: &Folders) -> Catalog {
    let catalog = Catalog::load(&folders.rubric_dirs);
    for error in &catalog.errors {
        say!("teacher-eval: a rubric was not loaded: {error}");
    }
    catalog
}

/// Writes the files the user named (a PDF, CSVs) atomically and readable
/// by their owner only, all or none, or says in one sentence why not.
pub fn write_files(files: &[(&std::path::Path, &[u8])]) -> Result<(), String> {
    crate::workspace::write_user_files(files).map_err(|e| format!("{e}; nothing was written."))
}

/// Prints "LABEL: N of M" on a terminal's stderr, at most every 2% of the
/// way; scripts and logs get only the final line.
pub fn progress(label: &'static str) -> impl Fn(usize, usize) + Sync {
    let terminal = show_progress();
    move |n, total| {
        let step = (total / 50).max(1);
        if terminal && (n % step == 0 || n == total) {
            write_err(&format!("\r{label}: {n} of {total}"));
        }
    }
}

/// Whether progress lines belong on stderr: only when a person watches it.
pub fn show_progress() -> bool {
    std::io::IsTerminal::is_terminal(&std::io::stderr())
}
