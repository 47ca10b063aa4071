//! The command line: the same work as the GUI, scriptable.
//!
//! Every error is one sentence on stderr and a non-zero exit code.

mod rubric_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::folders::Folders;

/// Evaluate teachers and technology coordinators against the Danielson Framework for Teaching.
///
/// Run without a command to open the window.
#[derive(Debug, Parser)]
#[command(name = "teacher-eval", version, about)]
pub struct Cli {
    /// The workspace folder of records (default: $TEACHER_EVAL_WORKSPACE, else the platform data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// An extra folder of rubric files (*.ron); may be given more than once.
    #[arg(long, global = true, value_name = "DIR")]
    pub rubrics: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, show and check rubrics.
    #[command(subcommand)]
    Rubric(RubricCommand),
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// One line per rubric: id, title, counts and where it came from.
    List,
    /// Domains, components, elements and levels of one rubric.
    Show {
        /// The rubric id, e.g. danielson-2013.
        id: String,
    },
    /// Validate rubric files; prints FILE:LINE:COL: message for each problem.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// Runs one subcommand and returns the process exit code.
pub fn run_command(command: Command, folders: &Folders) -> ExitCode {
    match command {
        Command::Rubric(command) => rubric_cmd::run(command, folders),
    }
}
