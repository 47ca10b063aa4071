//! A derived index of one record folder, so a reading that counts need not
//! open each of a district's files again. Each line holds a file's name,
//! its stamp (size, modification and change times, inode) and the record as
//! it was read, abridged. A file whose stamp differs is read again.
//!
//! It is never the source of truth: it lives in the user's cache folder,
//! never in the workspace; a missing, damaged or foreign index, or a line
//! that does not read, is ignored and rebuilt, costing time, never data.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::files::folders::IndexPlace;
use crate::record::{Abridged, Observation};

/// The first line of every index file; a file without it is not read.
const HEADER: &str = "teacher-eval index 2";

/// An index file larger than this is ignored (and rebuilt).
const MAX_INDEX_BYTES: u64 = 16 * 1024 * 1024 * 1024;

/// A line longer than a record file may be is not an index line: the rest
/// of that index is not read.
const MAX_LINE_BYTES: u64 = 2 * super::record_file::MAX_RECORD_BYTES as u64;

/// What says a file is unchanged since it was indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    len: u64,
    modified: i128,
    changed: i128,
    inode: u64,
}

impl Stamp {
    pub(super) fn of(meta: &Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let nanos = |secs: i64, nsec: i64| i128::from(secs) * 1_000_000_000 + i128::from(nsec);
            Stamp {
                len: meta.len(),
                modified: nanos(meta.mtime(), meta.mtime_nsec()),
                changed: nanos(meta.ctime(), meta.ctime_nsec()),
                inode: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let nanos = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Stamp {
                len: meta.len(),
                modified: nanos,
                changed: 0,
                inode: 0,
            }
        }
    }

    fn line_prefix(self, name: &str) -> String {
        format!(
            "{name}\t{}\t{}\t{}\t{}\t",
            self.len, self.modified, self.changed, self.inode
        )
    }
}

/// A record as the index keeps it: what an abridged copy still says of its
/// text travels with it, since it is not part of the record's file format.
pub(super) trait Indexed: Serialize + DeserializeOwned + PartialEq {
    fn abridged(&self) -> Option<&Abridged> {
        None
    }
    fn restore(&mut self, _: Abridged) {}
}

impl Indexed for Observation {
    fn abridged(&self) -> Option<&Abridged> {
        self.abridged.as_ref()
    }
    fn restore(&mut self, abridged: Abridged) {
        self.abridged = Some(abridged);
    }
}

impl Indexed for crate::record::Educator {}
impl Indexed for crate::record::Summative {}
impl Indexed for crate::record::GrowthPlan {}
impl Indexed for crate::record::Measure {}
impl Indexed for crate::record::SelfAssessment {}

/// One folder's index, read as the folder is: its lines are in file-name
/// order, as the files are read, so only the lines of the files being read
/// are held at once, never a district's whole index.
pub(super) struct Index {
    /// Where it is written again, if this run may.
    file: Option<PathBuf>,
    /// The lines not yet taken; `None` once read to the end or found damaged.
    reader: Option<std::io::BufReader<std::fs::File>>,
    /// A line read past the files taken last.
    pending: Option<(String, Stamp, String)>,
    /// Lines read that name a file, so far.
    seen: usize,
}

/// The index's lines for some files: each name's stamp and record text.
#[derive(Default)]
pub(super) struct Entries(HashMap<String, (Stamp, String)>);

impl Entries {
    /// The record `name` holds, if the index has it with this stamp and it reads.
    pub(super) fn get<R: Indexed>(&self, name: &str, stamp: Stamp) -> Option<R> {
        let (kept, text) = self.0.get(name)?;
        (*kept == stamp).then(|| decode(text))?
    }

    /// The index's text for `name`, as it stands there.
    pub(super) fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|(_, text)| text.as_str())
    }
}

impl Index {
    /// The index of `folder` in the workspace at `root`, kept at `place`;
    /// empty when there is none or it is not one.
    pub(super) fn open(place: &IndexPlace, root: &Path, folder: &str) -> Index {
        let file = index_file(&place.dir, root, folder);
        let reader = open_lines(&file);
        Index {
            file: place.refresh.then_some(file),
            reader,
            pending: None,
            seen: 0,
        }
    }

    /// The lines of the files named up to `last` (in file-name order).
    pub(super) fn take_until(&mut self, last: &str) -> Entries {
        let mut entries = HashMap::new();
        while let Some((name, stamp, text)) = self.pending.take().or_else(|| self.next_entry()) {
            if name.as_str() > last {
                self.pending = Some((name, stamp, text));
                break;
            }
            entries.insert(name, (stamp, text));
        }
        Entries(entries)
    }

    /// Reads to the end, closing the file, and says how many files the
    /// index named (those not taken are gone from the folder).
    pub(super) fn finish(&mut self) -> usize {
        self.pending = None;
        while self.next_entry().is_some() {}
        self.reader = None;
        self.seen
    }

    fn next_entry(&mut self) -> Option<(String, Stamp, String)> {
        loop {
            let reader = self.reader.as_mut()?;
            let Some(line) = next_line(reader) else {
                self.reader = None;
                return None;
            };
            if let Some(entry) = parse_line(&line) {
                self.seen += 1;
                return Some(entry);
            }
        }
    }

    /// Starts writing the index again, if this run may: the old index's
    /// lines for the files `copy` names are copied as they are (files read
    /// before anything was missed), and the caller adds the rest.
    pub(super) fn rewrite(&self, copy: impl Fn(&str) -> bool) -> Option<Rewrite> {
        let file = self.file.as_ref()?;
        let mut rewrite = Rewrite::start(file)?;
        if let Some(mut old) = open_lines(file) {
            let mut previous = String::new();
            while let Some(line) = next_line(&mut old) {
                if let Some((name, _, _)) = parse_line(&line)
                    && name != previous
                    && copy(&name)
                {
                    rewrite.raw(&line);
                    previous = name;
                }
            }
        }
        Some(rewrite)
    }
}

/// An index file, read past its header; `None` when there is none, or it
/// is too large or not an index.
fn open_lines(file: &Path) -> Option<std::io::BufReader<std::fs::File>> {
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() || meta.len() > MAX_INDEX_BYTES {
        return None;
    }
    let mut reader = std::io::BufReader::new(std::fs::File::open(file).ok()?);
    (next_line(&mut reader)? == HEADER).then_some(reader)
}

/// A folder's index being written again while the folder is read, line by
/// line into a temporary file beside it that replaces it only once
/// finished. Not synced: after a crash a torn index is only a damaged one,
/// which costs a reading time. A failure is logged, never fatal: the next
/// reading opens the files again.
pub(super) struct Rewrite {
    file: PathBuf,
    temp: PathBuf,
    /// `None` once writing failed.
    out: Option<std::io::BufWriter<std::fs::File>>,
}

impl Rewrite {
    fn start(file: &Path) -> Option<Rewrite> {
        use std::io::Write;
        let temp = super::atomic::temp_path(file);
        let opened = (|| {
            if let Some(dir) = file.parent() {
                super::atomic::create_private_dir(dir)?;
            }
            let mut out = std::io::BufWriter::new(super::atomic::create_private(&temp)?);
            out.write_all(HEADER.as_bytes())?;
            Ok::<_, std::io::Error>(out)
        })();
        match opened {
            Ok(out) => Some(Rewrite {
                file: file.to_path_buf(),
                temp,
                out: Some(out),
            }),
            Err(e) => {
                log::warn!("the index {} was not written: {e}", file.display());
                let _ = std::fs::remove_file(&temp);
                None
            }
        }
    }

    /// A line as it stands in an index.
    fn raw(&mut self, line: &str) {
        use std::io::Write;
        if let Some(out) = &mut self.out
            && let Err(e) = write!(out, "\n{line}")
        {
            self.failed(&e);
        }
    }

    /// The line of a file whose record the index held unchanged (`text` as
    /// the index had it), or, without `text`, of a record read from its file.
    pub(super) fn line<R: Indexed>(
        &mut self,
        name: &str,
        stamp: Stamp,
        text: Option<&str>,
        record: &R,
    ) {
        if name.contains(['\t', '\n', '\r']) {
            return;
        }
        let body = match text {
            Some(text) => text.to_string(),
            None => match encode(record) {
                Some(body) => body,
                None => return,
            },
        };
        self.raw(&format!("{}{body}", stamp.line_prefix(name)));
    }

    fn failed(&mut self, e: &std::io::Error) {
        log::warn!("the index {} was not written: {e}", self.file.display());
        self.out = None;
    }

    /// Puts the new index in place of the old one.
    pub(super) fn finish(mut self) {
        let Some(out) = self.out.take() else { return };
        let done = out
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)
            .and_then(|_| std::fs::rename(&self.temp, &self.file));
        if let Err(e) = done {
            self.failed(&e);
        }
    }
}

impl Drop for Rewrite {
    /// An index not finished leaves no temporary file behind.
    fn drop(&mut self) {
        if std::fs::symlink_metadata(&self.temp).is_ok() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// The next line, without its newline; `None` at the end, or for a line
/// that is not text or longer than a record may be (the rest is not read).
fn next_line(reader: &mut impl std::io::BufRead) -> Option<String> {
    use std::io::{BufRead as _, Read as _};
    let mut bytes = Vec::new();
    let limit = MAX_LINE_BYTES + 1;
    let n = reader.take(limit).read_until(b'\n', &mut bytes).ok()?;
    if n == 0 || (n as u64 == limit && bytes.last() != Some(&b'\n')) {
        return None;
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
    }
    String::from_utf8(bytes).ok()
}

/// `dir/<hash of the workspace's full path>/<folder>.index`.
fn index_file(dir: &Path, root: &Path, folder: &str) -> PathBuf {
    let full = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let hash = Sha256::digest(full.to_string_lossy().as_bytes());
    let key = hash.iter().take(12).fold(String::new(), |mut hex, b| {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{b:02x}");
        hex
    });
    dir.join(key).join(format!("{folder}.index"))
}

/// A line's file name, stamp and record text.
fn parse_line(line: &str) -> Option<(String, Stamp, String)> {
    let mut fields = line.splitn(6, '\t');
    let name = fields.next()?;
    let mut number = || fields.next().and_then(|f| f.parse::<i128>().ok());
    let len = u64::try_from(number()?).ok()?;
    let (modified, changed) = (number()?, number()?);
    let inode = u64::try_from(number()?).ok()?;
    let text = fields.next()?;
    let stamp = Stamp {
        len,
        modified,
        changed,
        inode,
    };
    Some((name.to_string(), stamp, text.to_string()))
}

/// A line's record, as JSON (one line: newlines in text are escaped, and
/// it reads several times faster than RON): `[notes, repeated, record]`
/// after `A` for an abridged copy, the record alone after `R`. A line of
/// an older build (`[notes, repeated, record]`) does not decode, so its file
/// is read again.
fn decode<R: Indexed>(text: &str) -> Option<R> {
    if let Some(rest) = text.strip_prefix('A') {
        let (notes, repeated, post_conference_held, mut record): (usize, Vec<String>, bool, R) =
            serde_json::from_str(rest).ok()?;
        record.restore(Abridged {
            notes,
            repeated,
            post_conference_held,
        });
        Some(record)
    } else {
        serde_json::from_str(text.strip_prefix('R')?).ok()
    }
}

/// The line's text for a record, only if it reads back as the same record
/// (a value JSON cannot hold, such as a score that is not a number, is
/// left out of the index, so that file is always read).
fn encode<R: Indexed>(record: &R) -> Option<String> {
    let text = match record.abridged() {
        Some(a) => format!(
            "A{}",
            serde_json::to_string(&(a.notes, &a.repeated, a.post_conference_held, record)).ok()?
        ),
        None => format!("R{}", serde_json::to_string(record).ok()?),
    };
    (decode::<R>(&text).as_ref() == Some(record) && !text.contains('\n')).then_some(text)
}
