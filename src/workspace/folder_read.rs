//! Reading one folder of record files on every core, through the derived
//! index when the reading uses one, setting aside the files that cannot be
//! read without touching them.

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::iter::Either;
use rayon::prelude::*;

use super::contents::{Listing, Progress, SetAside};
use super::index::{Entries, Index, Indexed, Rewrite, Stamp};
use super::record_file::{Record, decode};

/// How many files are read in parallel before their records join the list.
const READ_AT_ONCE: usize = 2048;

/// One folder being read, with its index if the reading uses one.
pub(super) struct Folder<'a> {
    pub(super) progress: &'a Progress,
    pub(super) index: Option<Index>,
}

/// What a file's reading says beside its record: its stamp when it is
/// indexed, whether the index had it, and whether it read.
#[derive(Clone, Copy)]
struct Note {
    stamp: Option<Stamp>,
    hit: bool,
    read: bool,
}

impl Folder<'_> {
    /// Every listed file read on all cores, in file-name order, each passed
    /// to `keep` as soon as it is read, and the records handed to `take` a
    /// slice at a time with how many files are listed (so a reading that folds them never holds a whole
    /// district at once). Returns the files set aside. The index, if any, is
    /// written again as the slices are read once a file was read from disk,
    /// or at the end when a file it held is gone.
    pub(super) fn read<R: Record + Indexed>(
        &mut self,
        listing: Listing,
        keep: impl Fn(&mut R) + Sync,
        mut take: impl FnMut(Vec<R>, usize),
    ) -> Vec<SetAside> {
        let paths = match listing {
            Listing::Files(paths) => paths,
            Listing::Unread(aside) => return aside,
        };
        let mut set_aside = Vec::new();
        let mut notes = Vec::with_capacity(paths.len());
        let mut rewrite = None;
        for (n, slice) in paths.chunks(READ_AT_ONCE).enumerate() {
            let start = n * READ_AT_ONCE;
            let last = slice.last().map(|p| file_name(p)).unwrap_or_default();
            let entries = self.index.as_mut().map(|i| i.take_until(&last));
            let ((read, unread), stamps): ((Vec<R>, Vec<SetAside>), Vec<Note>) = slice
                .par_iter()
                .map(|p| {
                    let (result, stamp, hit) = self.read_one(p, &keep, entries.as_ref());
                    let note = Note {
                        stamp,
                        hit,
                        read: result.is_ok(),
                    };
                    match result {
                        Ok(record) => (Either::Left(record), note),
                        Err(problem) => (Either::Right(problem), note),
                    }
                })
                .unzip();
            set_aside.extend(unread);
            let missed = stamps.iter().any(|n| n.read && n.stamp.is_some() && !n.hit);
            notes.extend(stamps);
            if rewrite.is_none() && missed {
                rewrite = self.rewrite(&paths, &notes, start);
            }
            if let Some(rewrite) = &mut rewrite {
                let lines = slice.iter().zip(&notes[start..]).filter(|(_, n)| n.read);
                for ((path, note), record) in lines.zip(&read) {
                    let name = file_name(path);
                    let text = entries
                        .as_ref()
                        .filter(|_| note.hit)
                        .and_then(|e| e.text(&name));
                    if let Some(stamp) = note.stamp {
                        rewrite.line(&name, stamp, text, record);
                    }
                }
            }
            take(read, paths.len());
        }
        self.finish_index(rewrite, &paths, &notes);
        set_aside
    }

    /// Starts writing the index again before the slice at `start`, copying
    /// the old lines of the files before it (all of which it held).
    fn rewrite(&self, paths: &[PathBuf], notes: &[Note], start: usize) -> Option<Rewrite> {
        let index = self.index.as_ref()?;
        index.rewrite(|name| held(paths, notes, start, name))
    }

    /// Puts the rewritten index in place; with none started, writes it
    /// again if it named files that are gone (or were set aside since).
    fn finish_index(&mut self, rewrite: Option<Rewrite>, paths: &[PathBuf], notes: &[Note]) {
        let Some(index) = &mut self.index else { return };
        let named = index.finish();
        match rewrite {
            Some(rewrite) => rewrite.finish(),
            None if notes.iter().filter(|n| n.hit).count() != named => {
                if let Some(rewrite) = self.rewrite(paths, notes, paths.len()) {
                    rewrite.finish();
                }
            }
            None => {}
        }
    }

    fn read_one<R: Record + Indexed>(
        &self,
        path: &Path,
        keep: &(impl Fn(&mut R) + Sync),
        entries: Option<&Entries>,
    ) -> (Result<R, SetAside>, Option<Stamp>, bool) {
        let stamp = entries
            .and_then(|_| fs::symlink_metadata(path).ok())
            .filter(|m| m.file_type().is_file())
            .map(|m| Stamp::of(&m));
        let name = file_name(path);
        let cached = entries
            .zip(stamp)
            .and_then(|(entries, stamp)| entries.get::<R>(&name, stamp))
            .filter(|r: &R| name.strip_suffix(".ron") == Some(r.id()));
        let hit = cached.is_some();
        // A file whose reading panicked (a bug, not bad input) is set aside, never lost silently.
        let result = catch_unwind(AssertUnwindSafe(|| {
            cached
                .map_or_else(|| load_file::<R>(path), Ok)
                .map(|mut record| {
                    keep(&mut record);
                    record
                })
        }))
        .unwrap_or_else(|_| {
            Err(SetAside {
                path: path.to_path_buf(),
                position: None,
                message: "reading this file failed unexpectedly".into(),
            })
        });
        self.progress.count_read();
        (result, stamp, hit)
    }
}

/// Whether `name` is one of the files before `end` that the index held unchanged.
fn held(paths: &[PathBuf], notes: &[Note], end: usize, name: &str) -> bool {
    let before = &paths[..end.min(paths.len())];
    before
        .binary_search_by(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy())
                .as_deref()
                .cmp(&Some(name))
        })
        .is_ok_and(|i| notes.get(i).is_some_and(|n| n.hit))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn load_file<R: Record>(path: &Path) -> Result<R, SetAside> {
    let bytes = read_record_bytes(path).map_err(|message| SetAside {
        path: path.to_path_buf(),
        position: None,
        message,
    })?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    decode::<R>(&bytes, &id).map_err(|e| SetAside {
        path: path.to_path_buf(),
        position: e.position,
        message: e.message,
    })
}

/// The bytes of a record file, or why it is not one. Links are not followed
/// (a record must be a plain file inside the workspace), and a file over the
/// size limit is refused without reading it.
pub(super) fn read_record_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let meta = fs::symlink_metadata(path)
        .map_err(|e| format!("it cannot be read: {}", super::error::plain(&e)))?;
    if !meta.file_type().is_file() {
        let what = if meta.file_type().is_symlink() {
            "a link"
        } else if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file"
        };
        return Err(format!("it is {what}, not a record file"));
    }
    let max = super::record_file::MAX_RECORD_BYTES as u64;
    if meta.len() > max {
        return Err(format!(
            "the file is {} bytes, more than the {max} bytes a record may have",
            meta.len()
        ));
    }
    read_limited(path, meta.len())
        .map_err(|e| format!("it cannot be read: {}", super::error::plain(&e)))
}

/// Reads a file, or only enough of it to know it is over the size limit.
/// Opened without following a link or waiting on a pipe, in case one was
/// swapped in since the check.
fn read_limited(path: &Path, len: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let limit = super::record_file::MAX_RECORD_BYTES as u64 + 1;
    let mut bytes = Vec::with_capacity(usize::try_from(len.min(limit)).unwrap_or(0));
    let (file, _) =
        crate::files::bounded::open_regular(path, crate::files::bounded::Links::Refuse)?;
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Every listed file read on all cores, each record handed to `visit` as
/// soon as it is read and then dropped, so only what `visit` returns is
/// held (a search of a district's notes keeps its matches, not its text).
/// `take` gets each slice's results on this thread, in file-name order.
/// Once `stop` is set no more files are read. Returns the files set aside,
/// never touched, as [`Folder::read`] does.
pub(super) fn scan<R: Record, T: Send>(
    listing: Listing,
    progress: &Progress,
    stop: &AtomicBool,
    visit: impl Fn(R) -> Vec<T> + Sync,
    mut take: impl FnMut(Vec<T>),
) -> Vec<SetAside> {
    let paths = match listing {
        Listing::Files(paths) => paths,
        Listing::Unread(aside) => return aside,
    };
    let mut set_aside = Vec::new();
    for slice in paths.chunks(READ_AT_ONCE) {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let (found, unread): (Vec<Vec<T>>, Vec<SetAside>) = slice
            .par_iter()
            .filter(|_| !stop.load(Ordering::Relaxed))
            .partition_map(|path| {
                // As in `Folder::read_one`: a panic (a bug) sets the file aside.
                let result = catch_unwind(AssertUnwindSafe(|| load_file::<R>(path).map(&visit)))
                    .unwrap_or_else(|_| {
                        Err(SetAside {
                            path: path.clone(),
                            position: None,
                            message: "reading this file failed unexpectedly".into(),
                        })
                    });
                progress.count_read();
                match result {
                    Ok(found) => Either::Left(found),
                    Err(problem) => Either::Right(problem),
                }
            });
        set_aside.extend(unread);
        take(found.into_iter().flatten().collect());
    }
    set_aside
}
