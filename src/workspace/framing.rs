//! The framing that bundles, packets and responses share: a header line,
//! then entries (`path\nlength\nbytes\n`), then `end N` and a `sha256 …`
//! line over every byte above it. Each kind of file names its own header
//! and decides which paths it takes; the framing checks the rest, so the
//! three formats are read by one piece of code.

use sha2::{Digest, Sha256};

/// What one kind of framed file allows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// The first line, e.g. `teacher-eval bundle 1`.
    pub header: &'static str,
    /// Larger files are refused.
    pub max_bytes: usize,
    /// More entries are refused.
    pub max_entries: usize,
    /// Longer path lines are refused.
    pub max_path_bytes: usize,
}

/// Why framed bytes are refused; each kind of file says it in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FrameError {
    TooLarge(usize),
    /// The first line is not the header (nor a later version of it).
    NotOurs,
    /// A later version of the header: the line as it may be shown.
    Newer(String),
    Truncated(String),
    Checksum,
    TooManyEntries,
    Entry {
        path: String,
        why: String,
    },
}

/// One entry as found: its path, the tag its path was given, and its bytes.
#[derive(Debug)]
pub(crate) struct Entry<'b, T> {
    pub path: &'b str,
    pub tag: T,
    pub bytes: &'b [u8],
}

impl Frame {
    /// The header without its version, e.g. `teacher-eval bundle `.
    fn header_stem(&self) -> &'static str {
        self.header
            .rsplit_once(' ')
            .map_or(self.header, |(stem, _)| &self.header[..=stem.len()])
    }

    /// Checks `bytes` whole and splits them into entries. `place` checks
    /// each path: its tag, the most bytes its entry may have and what it
    /// is ("a record"), or why the path is refused (words that finish "its
    /// entry `P` …").
    pub fn split<'b, T>(
        &self,
        bytes: &'b [u8],
        mut place: impl FnMut(&'b str) -> Result<(T, usize, &'static str), String>,
    ) -> Result<Vec<Entry<'b, T>>, FrameError> {
        if bytes.len() > self.max_bytes {
            return Err(FrameError::TooLarge(bytes.len()));
        }
        if bytes.is_empty() {
            return Err(FrameError::Truncated("it is empty".into()));
        }
        self.check_header(bytes)?;
        let body = checked_body(bytes)?;
        self.split_entries(body, &mut place)
    }

    fn check_header(&self, bytes: &[u8]) -> Result<(), FrameError> {
        let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
        if first_line == self.header.as_bytes() {
            return Ok(());
        }
        Err(match std::str::from_utf8(first_line) {
            Ok(line) if line.starts_with(self.header_stem()) && bytes.contains(&b'\n') => {
                FrameError::Newer(printable(line))
            }
            _ if self.header.as_bytes().starts_with(first_line) && !bytes.contains(&b'\n') => {
                FrameError::Truncated("it ends inside its first line".into())
            }
            _ => FrameError::NotOurs,
        })
    }

    fn split_entries<'b, T>(
        &self,
        body: &'b [u8],
        place: &mut impl FnMut(&'b str) -> Result<(T, usize, &'static str), String>,
    ) -> Result<Vec<Entry<'b, T>>, FrameError> {
        let mut at = self.header.len() + 1;
        let mut entries: Vec<Entry<T>> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        loop {
            let line = next_line(body, &mut at, self.max_path_bytes).ok_or_else(|| {
                FrameError::Truncated(format!("no `end` line after entry {}", entries.len()))
            })?;
            if let Some(count) = line.strip_prefix("end ") {
                return finish(count, &entries, at == body.len()).map(|()| entries);
            }
            if entries.len() >= self.max_entries {
                return Err(FrameError::TooManyEntries);
            }
            let refuse = |why: String| FrameError::Entry {
                path: printable(line),
                why,
            };
            let (tag, most, what) = place(line).map_err(refuse)?;
            if !seen.insert(line) {
                return Err(refuse("appears twice".into()));
            }
            let length = entry_length(body, &mut at, line)?;
            if length > most {
                return Err(refuse(format!(
                    "is {length} bytes, more than the {most} bytes {what} may have"
                )));
            }
            let end = at.checked_add(length).filter(|end| *end < body.len());
            let Some(end) = end.filter(|end| body[*end] == b'\n') else {
                return Err(FrameError::Truncated(format!(
                    "the entry `{}` is shorter than its length says",
                    printable(line)
                )));
            };
            entries.push(Entry {
                path: line,
                tag,
                bytes: &body[at..end],
            });
            at = end + 1;
        }
    }
}

/// The `end N` line: the count must match, and nothing may follow.
fn finish<T>(count: &str, entries: &[Entry<T>], at_end: bool) -> Result<(), FrameError> {
    if count != entries.len().to_string() {
        return Err(FrameError::Truncated(format!(
            "it says it holds {} entries but holds {}",
            printable(count),
            entries.len()
        )));
    }
    if !at_end {
        return Err(FrameError::Truncated(
            "there is more after its `end` line".into(),
        ));
    }
    Ok(())
}

/// An entry's length line: decimal digits only.
fn entry_length(body: &[u8], at: &mut usize, path: &str) -> Result<usize, FrameError> {
    let line = next_line(body, at, 12).ok_or_else(|| {
        FrameError::Truncated(format!("the length of `{}` is missing", printable(path)))
    })?;
    line.parse()
        .ok()
        .filter(|_| line.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| {
            FrameError::Truncated(format!(
                "the length of `{}` is not a number",
                printable(path)
            ))
        })
}

/// The bytes the checksum covers, once the checksum line matches them.
fn checked_body(bytes: &[u8]) -> Result<&[u8], FrameError> {
    let truncated = || FrameError::Truncated("it does not end with its checksum line".into());
    let without_newline = bytes.strip_suffix(b"\n").ok_or_else(truncated)?;
    let start = without_newline
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let (body, trailer) = bytes.split_at(start);
    let hex_digest = trailer
        .strip_prefix(b"sha256 ")
        .and_then(|t| t.strip_suffix(b"\n"))
        .filter(|t| t.len() == 64)
        .ok_or_else(truncated)?;
    if hex(&Sha256::digest(body)).as_bytes() != hex_digest {
        return Err(FrameError::Checksum);
    }
    Ok(body)
}

/// The next line (without its newline) as text, if it is at most `max` bytes.
fn next_line<'b>(body: &'b [u8], at: &mut usize, max: usize) -> Option<&'b str> {
    let rest = body.get(*at..)?;
    let end = rest.iter().take(max + 1).position(|b| *b == b'\n')?;
    let line = std::str::from_utf8(&rest[..end]).ok()?;
    *at += end + 1;
    Some(line)
}

/// Writes a framed file entry by entry.
#[derive(Debug)]
pub(crate) struct FrameWriter {
    body: Vec<u8>,
    entries: usize,
}

impl FrameWriter {
    #[must_use]
    pub fn new(header: &str) -> FrameWriter {
        let mut body = Vec::new();
        body.extend_from_slice(header.as_bytes());
        body.push(b'\n');
        FrameWriter { body, entries: 0 }
    }

    /// Appends one entry: its path, its length, its bytes.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        self.body
            .extend_from_slice(format!("{path}\n{}\n", bytes.len()).as_bytes());
        self.body.extend_from_slice(bytes);
        self.body.push(b'\n');
        self.entries += 1;
    }

    /// The bytes written so far.
    #[must_use]
    pub fn len(&self) -> usize {
        self.body.len()
    }

    /// The finished file: the `end` line and the checksum after the entries.
    #[must_use]
    pub fn finish(mut self) -> Vec<u8> {
        self.body
            .extend_from_slice(format!("end {}\n", self.entries).as_bytes());
        let digest = Sha256::digest(&self.body);
        self.body
            .extend_from_slice(format!("sha256 {}\n", hex(&digest)).as_bytes());
        self.body
    }
}

/// Lower-case hex digits.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

/// Text from a file as it may be shown: control characters escaped, at most 80 characters.
pub(crate) fn printable(text: &str) -> String {
    let shown: String = text
        .chars()
        .take(80)
        .flat_map(char::escape_default)
        .collect();
    if text.chars().count() > 80 {
        format!("{shown}…")
    } else {
        shown
    }
}

/// Whether a path is absolute or climbs with `..`: the words why, if so.
pub(crate) fn escapes(path: &str) -> Option<&'static str> {
    if path.starts_with(['/', '\\'])
        || path.as_bytes().get(1) == Some(&b':')
        || path.starts_with('~')
    {
        return Some("is an absolute path, which would land outside the workspace");
    }
    path.split(['/', '\\'])
        .any(|part| part == "..")
        .then_some("climbs out of the workspace with `..`")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Frame = Frame {
        header: "teacher-eval test 1",
        max_bytes: 1000,
        max_entries: 3,
        max_path_bytes: 20,
    };

    fn place(path: &str) -> Result<((), usize, &'static str), String> {
        if path.starts_with('x') {
            Err("is not wanted".into())
        } else {
            Ok(((), 10, "an entry"))
        }
    }

    #[test]
    fn what_is_written_splits_back() {
        let mut writer = FrameWriter::new(FRAME.header);
        writer.add("a", b"one\ntwo");
        writer.add("b", b"");
        let bytes = writer.finish();
        let entries = FRAME.split(&bytes, place).expect("splits");
        let found: Vec<(&str, &[u8])> = entries.iter().map(|e| (e.path, e.bytes)).collect();
        assert_eq!(found, vec![("a", &b"one\ntwo"[..]), ("b", &b""[..])]);
    }

    #[test]
    fn every_change_is_refused() {
        let mut writer = FrameWriter::new(FRAME.header);
        writer.add("a", b"0123456789");
        let bytes = writer.finish();
        for cut in 0..bytes.len() {
            assert!(FRAME.split(&bytes[..cut], place).is_err(), "cut at {cut}");
        }
        let mut changed = bytes.clone();
        changed[25] ^= 1;
        assert_eq!(
            FRAME.split(&changed, place).err(),
            Some(FrameError::Checksum)
        );
        let newer = String::from_utf8_lossy(&bytes).replace("test 1", "test 2");
        assert!(matches!(
            FRAME.split(newer.as_bytes(), place),
            Err(FrameError::Newer(_))
        ));
        let mut long = FrameWriter::new(FRAME.header);
        long.add("a", b"01234567890");
        assert!(matches!(
            FRAME.split(&long.finish(), place),
            Err(FrameError::Entry { .. })
        ));
        let mut unwanted = FrameWriter::new(FRAME.header);
        unwanted.add("x", b"");
        assert!(matches!(
            FRAME.split(&unwanted.finish(), place),
            Err(FrameError::Entry { why, .. }) if why == "is not wanted"
        ));
        assert_eq!(
            escapes("../a"),
            Some("climbs out of the workspace with `..`")
        );
        assert!(escapes("/etc/passwd").is_some() && escapes("C:x").is_some());
        assert_eq!(escapes("artifacts/ab"), None);
    }
}
