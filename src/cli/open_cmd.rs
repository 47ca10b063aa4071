//! `teacher-eval open FILE`: what the desktop runs when a file is
//! double-clicked (the desktop entry's `Exec=teacher-eval open %f`). The
//! file is told by its content (`workspace::handed_file`) and this one
//! `match` decides what each kind opens: a bundle, the workspace window's
//! import; a response, its import on the roster; a packet, the educator's
//! window. A file of no kind the program opens is refused in one sentence
//! saying what it is not.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::output::fail;
use crate::workspace::handed_file::{FileKind, HandedFile, detect};

/// How a command ended: with an exit code, or with a window to open: the
/// workspace's (on a file, or bare), or the educator's on a packet.
#[derive(Debug)]
pub enum Ran {
    Exit(ExitCode),
    Window(Option<HandedFile>),
    PacketWindow {
        file: PathBuf,
        passphrase_file: Option<PathBuf>,
    },
}

/// `file` opened as what it is; none (the desktop's menu starts the
/// program with `%f` empty) opens the window.
pub fn run(file: Option<&Path>) -> Ran {
    let Some(file) = file else {
        return Ran::Window(None);
    };
    match detect(file) {
        Ok(HandedFile {
            path,
            kind: FileKind::Packet,
        }) => Ran::PacketWindow {
            file: path,
            passphrase_file: None,
        },
        Ok(
            handed @ HandedFile {
                kind: FileKind::Bundle { .. } | FileKind::Response,
                ..
            },
        ) => Ran::Window(Some(handed)),
        Err(refused) => Ran::Exit(fail(format!("{refused}."))),
    }
}
