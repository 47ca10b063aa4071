//! The `teacher-eval` program: the GUI when run bare, a subcommand otherwise.

// `eprintln!` panics when stderr cannot be written, and neither escapes
// control characters: the command line prints through `cli::output`.
#![cfg_attr(not(test), warn(clippy::print_stderr, clippy::print_stdout))]

use std::process::ExitCode;

use teacher_eval::cli::{print_err, run_command};
use teacher_eval::files::folders::Folders;

fn main() -> ExitCode {
    let cli = teacher_eval::cli::parse();
    let folders = Folders::resolve(cli.workspace.first().cloned(), cli.rubrics.clone());
    match cli.command {
        Some(command) => run_command(command, &folders, &cli.workspace),
        None if cli.workspace.len() > 1 => {
            print_err("teacher-eval: the window opens one workspace; give --workspace once.");
            ExitCode::FAILURE
        }
        None => match teacher_eval::ui::run(folders) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                print_err(&format!(
                    "teacher-eval: the window could not be opened: {e}"
                ));
                ExitCode::FAILURE
            }
        },
    }
}
