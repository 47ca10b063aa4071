//! The desktop's file dialogs, asked without blocking: each is a future that
//! the window's executor awaits, so no thread waits on the user. Without a
//! desktop portal (minimal desktops, CI) each answers `None` at once, like a
//! cancel, and the typed path stays.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use super::app::Message;
use super::roster::FileField;
use crate::workspace::bundle::BUNDLE_EXTENSION;

/// A dialog being asked; it ends with the message saying what was chosen.
pub type Asking<M = Message> = Pin<Box<dyn Future<Output = M> + Send>>;

/// The file chosen in a dialog still open, whichever kind it is.
type Chosen = Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>>;

/// The save dialog for an export, starting at `suggested`.
pub fn save_pdf(suggested: &Path) -> Asking {
    let mut dialog = rfd::AsyncFileDialog::new().add_filter("PDF document", &["pdf"]);
    if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = suggested.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    let asking = dialog.save_file();
    Box::pin(async move { Message::SavePathPicked(asking.await.as_ref().map(path_of)) })
}

/// Another workspace folder for the summary, or a bundle file.
pub fn source(bundle: bool) -> Asking {
    let dialog = rfd::AsyncFileDialog::new();
    let asking: Chosen = if bundle {
        Box::pin(
            dialog
                .add_filter("teacher-eval bundle", &[BUNDLE_EXTENSION])
                .add_filter("All files", &["*"])
                .pick_file(),
        )
    } else {
        Box::pin(dialog.pick_folder())
    };
    Box::pin(async move { Message::SourcePicked(asking.await.as_ref().map(path_of)) })
}

/// A roster field's file: one to save for a bundle export, one to open otherwise.
pub fn file(field: FileField, start: &Path) -> Asking {
    let mut dialog = match field {
        FileField::RosterCsv => {
            rfd::AsyncFileDialog::new().add_filter("Roster (CSV, OneRoster zip)", &["csv", "zip"])
        }
        FileField::BundleToWrite | FileField::BundleToRead => {
            rfd::AsyncFileDialog::new().add_filter("teacher-eval bundle", &[BUNDLE_EXTENSION])
        }
        FileField::ResponseToRead => {
            rfd::AsyncFileDialog::new().add_filter("teacher-eval response", &["teresponse"])
        }
        FileField::BatchFolder => rfd::AsyncFileDialog::new(),
    }
    .add_filter("All files", &["*"]);
    let folder = if start.is_dir() {
        Some(start)
    } else {
        start.parent()
    };
    if let Some(folder) = folder.filter(|f| f.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    let asking: Chosen = match field {
        FileField::BundleToWrite => {
            if let Some(name) = start.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            Box::pin(dialog.save_file())
        }
        FileField::BatchFolder => Box::pin(dialog.pick_folder()),
        FileField::RosterCsv | FileField::BundleToRead | FileField::ResponseToRead => {
            Box::pin(dialog.pick_file())
        }
    };
    Box::pin(async move { Message::FilePicked(field, asking.await.as_ref().map(path_of)) })
}

/// A file to attach as an artifact, of the kinds one may be.
pub fn artifact() -> Asking {
    let asking = rfd::AsyncFileDialog::new()
        .add_filter("Artifacts", &crate::record::artifact::EXTENSIONS)
        .add_filter("All files", &["*"])
        .set_directory(crate::files::folders::documents_dir())
        .pick_file();
    Box::pin(async move { Message::ArtifactPicked(asking.await.as_ref().map(path_of)) })
}

fn path_of(handle: &rfd::FileHandle) -> PathBuf {
    handle.path().to_path_buf()
}

/// Waits for `asking` on this thread: how tests, which have no executor,
/// run a dialog.
pub fn wait<M>(mut asking: Asking<M>) -> M {
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut context = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(message) = asking.as_mut().poll(&mut context) {
            return message;
        }
        std::thread::park();
    }
}

/// Wakes the thread that waits in [`wait`].
struct Unpark(std::thread::Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}
