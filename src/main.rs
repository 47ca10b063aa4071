//! The `teacher-eval` program: the GUI when run bare, a subcommand otherwise.

// `eprintln!` panics when stderr cannot be written, and neither escapes
// control characters: the command line prints through `cli::output`.
#![cfg_attr(not(test), warn(clippy::print_stderr, clippy::print_stdout))]

use std::process::ExitCode;
use std::time::Instant;

use teacher_eval::cli::{Ran, print_err, run_command};
use teacher_eval::files::folders::{Folders, log_dir};
use teacher_eval::files::log_file;
use teacher_eval::workspace::handed_file::HandedFile;

fn main() -> ExitCode {
    let started = Instant::now();
    let cli = teacher_eval::cli::parse();
    // The window keeps a district for the session: memory first. A command
    // runs once: two heaps keep most of the speed (see `heap`).
    teacher_eval::files::heap::limit_malloc_arenas(if cli.command.is_none() { 1 } else { 2 });
    if let Some(folder) = log_dir() {
        // The window by default; the command line when asked (see `log_file`).
        log_file::start(&folder, cli.command.is_none());
    }
    // The subcommand's name only: its arguments may name people.
    let run = cli
        .command
        .as_ref()
        .map_or_else(|| "window".to_string(), log_file::kind_of);
    log::info!("start: version {}, {run}", env!("CARGO_PKG_VERSION"));
    let folders = Folders::resolve(cli.workspace.first().cloned(), cli.rubrics.clone());
    let code = match cli.command {
        Some(command) => match run_command(command, &folders, &cli.workspace) {
            Ran::Exit(code) => code,
            Ran::Window(handed) => window(folders, handed),
            Ran::PacketWindow {
                file,
                passphrase_file,
            } => packet_window(file, passphrase_file.as_deref()),
        },
        None if cli.workspace.len() > 1 => {
            print_err("teacher-eval: the window opens one workspace; give --workspace once.");
            ExitCode::FAILURE
        }
        None => window(folders, None),
    };
    let outcome = if code == ExitCode::SUCCESS {
        "success"
    } else {
        "failure"
    };
    log::info!(
        "exit: {run}, {outcome} after {} ms",
        started.elapsed().as_millis()
    );
    code
}

/// Opens the window (on `handed`, a file it was asked to open) until it is closed.
fn window(folders: Folders, handed: Option<HandedFile>) -> ExitCode {
    match teacher_eval::ui::run(folders, handed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            log::error!("the window could not be opened: {}", log_file::kind_of(&e));
            print_err(&format!(
                "teacher-eval: the window could not be opened: {}",
                teacher_eval::ui::window_error(&e)
            ));
            ExitCode::FAILURE
        }
    }
}

/// The educator's window on a packet (`teacher-eval packet open FILE`,
/// what a double-click runs), opened at once when the passphrase is given.
fn packet_window(file: std::path::PathBuf, passphrase_file: Option<&std::path::Path>) -> ExitCode {
    let passphrase =
        match passphrase_file.map(teacher_eval::workspace::bundle::Passphrase::read_file) {
            None => None,
            Some(Ok(passphrase)) => Some(passphrase),
            Some(Err(e)) => {
                print_err(&format!("teacher-eval: {e}; the packet was not opened."));
                return ExitCode::FAILURE;
            }
        };
    match teacher_eval::ui::packet::run(file, passphrase) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            log::error!("the window could not be opened: {}", log_file::kind_of(&e));
            print_err(&format!(
                "teacher-eval: the window could not be opened: {}; `teacher-eval packet open --print FILE` shows the packet without one.",
                teacher_eval::ui::window_error(&e)
            ));
            ExitCode::FAILURE
        }
    }
}
