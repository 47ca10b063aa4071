//! `teacher-eval completions SHELL`: the shell's completion script, made by
//! `clap_complete` from the same grammar that parses the command line, so it
//! offers every command and option, `--workspace` and `--rubrics` on each.

use std::process::ExitCode;

use clap_complete::Shell;

use super::output::print_out;

pub fn run(shell: Shell) -> ExitCode {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "teacher-eval", &mut script);
    print_out(&String::from_utf8_lossy(&script));
    ExitCode::SUCCESS
}
