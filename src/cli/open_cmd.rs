//! `teacher-eval open FILE`: what the desktop runs when a file is
//! double-clicked (the desktop entry's `Exec=teacher-eval open %f`). The
//! file is told by its content (`workspace::handed_file`) and this one
//! `match` decides what each kind opens; a file of no kind the program
//! opens is refused in one sentence saying what it is not.

use std::path::Path;
use std::process::ExitCode;

use super::output::fail;
use crate::workspace::handed_file::{FileKind, HandedFile, detect};

/// How a command ended: with an exit code, or with the window to open
/// (on a file, or bare).
#[derive(Debug)]
pub enum Ran {
    Exit(ExitCode),
    Window(Option<HandedFile>),
}

/// `file` opened as what it is; none (the desktop's menu starts the
/// program with `%f` empty) opens the window.
pub fn run(file: Option<&Path>) -> Ran {
    let Some(file) = file else {
        return Ran::Window(None);
    };
    match detect(file) {
        Ok(
            handed @ HandedFile {
                kind: FileKind::Bundle { .. },
                ..
            },
        ) => Ran::Window(Some(handed)),
        Err(refused) => Ran::Exit(fail(format!("{refused}."))),
    }
}
