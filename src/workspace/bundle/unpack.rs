//! Reading a bundle: everything is checked before a single record is
//! handed on, so a bundle is either taken whole or refused whole.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::pack::hex;
use super::{
    BundleError, FOLDERS, HEADER, MAX_BUNDLE_BYTES, MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_PATH_BYTES,
};
use crate::record::artifact::is_sha256;
use crate::record::{
    Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative, is_valid_id,
};
use crate::workspace::artifacts::{Blobs, Carried, sha256_hex};
use crate::workspace::{ARTIFACTS_DIR, Contents, Record, decode};

/// The place of `artifacts/` after the record folders in [`FOLDERS`].
const ARTIFACTS: usize = FOLDERS.len();

/// The records of a bundle that passed every check.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bundle {
    pub educators: Vec<Educator>,
    pub observations: Vec<Observation>,
    pub summatives: Vec<Summative>,
    pub growth_plans: Vec<GrowthPlan>,
    pub measures: Vec<Measure>,
    pub self_assessments: Vec<SelfAssessment>,
    /// Artifact files, each checked against the SHA-256 that names it.
    pub artifacts: Carried,
}

impl Bundle {
    #[must_use]
    pub fn record_count(&self) -> usize {
        self.educators.len()
            + self.observations.len()
            + self.summatives.len()
            + self.growth_plans.len()
            + self.measures.len()
            + self.self_assessments.len()
    }

    /// The records as a workspace's contents, sorted the way loading sorts them.
    #[must_use]
    pub fn into_contents(self) -> Contents {
        let mut contents = Contents {
            educators: self.educators,
            observations: self.observations,
            summatives: self.summatives,
            growth_plans: self.growth_plans,
            measures: self.measures,
            self_assessments: self.self_assessments,
            artifacts: Blobs::carried(self.artifacts),
            ..Contents::default()
        };
        crate::workspace::contents::arrange(&mut contents);
        contents
    }
}

/// Reads and checks the plain bundle file at `path` (at most
/// [`MAX_BUNDLE_BYTES`]); a sealed one is refused. See [`super::open_bundle`].
pub fn read_bundle(path: &Path) -> Result<Bundle, BundleError> {
    super::open_bundle(path, &super::Opening::Plain)
}

/// One entry as found: its path and bytes, not yet decoded.
struct Entry<'b> {
    path: &'b str,
    folder: usize,
    id: &'b str,
    bytes: &'b [u8],
}

/// Checks a bundle's bytes: checksum, header, entries, records.
pub fn parse_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge(bytes.len() as u64));
    }
    if bytes.is_empty() {
        return Err(BundleError::Truncated("it is empty".into()));
    }
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    if first_line != HEADER.as_bytes() {
        return Err(match std::str::from_utf8(first_line) {
            Ok(line) if line.starts_with("teacher-eval bundle ") && bytes.contains(&b'\n') => {
                BundleError::Newer(printable(line))
            }
            _ if HEADER.as_bytes().starts_with(first_line) && !bytes.contains(&b'\n') => {
                BundleError::Truncated("it ends inside its first line".into())
            }
            _ => BundleError::NotABundle,
        });
    }
    let body = checked_body(bytes)?;
    let entries = split_entries(body)?;
    Ok(Bundle {
        educators: decode_all(&entries, 0)?,
        observations: decode_all(&entries, 1)?,
        summatives: decode_all(&entries, 2)?,
        growth_plans: decode_all(&entries, 3)?,
        measures: decode_all(&entries, 4)?,
        self_assessments: decode_all(&entries, 5)?,
        artifacts: checked_artifacts(&entries)?,
    })
}

/// The `artifacts/` entries, each refused unless its bytes hash to its name.
fn checked_artifacts(entries: &[Entry]) -> Result<Carried, BundleError> {
    let mut files = std::collections::BTreeMap::new();
    for entry in entries.iter().filter(|e| e.folder == ARTIFACTS) {
        if sha256_hex(entry.bytes) != entry.id {
            return Err(BundleError::Entry {
                path: printable(entry.path),
                why: "does not match the SHA-256 that names it, so it was changed after it was attached"
                    .into(),
            });
        }
        files.insert(entry.id.to_string(), entry.bytes.to_vec());
    }
    Ok(Carried(std::sync::Arc::new(files)))
}

/// The bytes the checksum covers, once the checksum line matches them.
fn checked_body(bytes: &[u8]) -> Result<&[u8], BundleError> {
    let truncated = |why: &str| BundleError::Truncated(why.to_string());
    let Some(without_newline) = bytes.strip_suffix(b"\n") else {
        return Err(truncated("it does not end with its checksum line"));
    };
    let start = without_newline
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let (body, trailer) = bytes.split_at(start);
    let Some(hex_digest) = trailer
        .strip_prefix(b"sha256 ")
        .and_then(|t| t.strip_suffix(b"\n"))
        .filter(|t| t.len() == 64)
    else {
        return Err(truncated("it does not end with its checksum line"));
    };
    if hex(&Sha256::digest(body)).as_bytes() != hex_digest {
        return Err(BundleError::Checksum);
    }
    Ok(body)
}

/// Splits the checked body into entries and checks their paths and counts.
fn split_entries(body: &[u8]) -> Result<Vec<Entry<'_>>, BundleError> {
    let malformed = |why: String| BundleError::Truncated(why);
    let mut at = HEADER.len() + 1;
    let mut entries: Vec<Entry> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    loop {
        let line = next_line(body, &mut at, MAX_PATH_BYTES)
            .ok_or_else(|| malformed(format!("no `end` line after entry {}", entries.len())))?;
        if let Some(count) = line.strip_prefix("end ") {
            if count != entries.len().to_string() {
                return Err(malformed(format!(
                    "it says it holds {} entries but holds {}",
                    printable(count),
                    entries.len()
                )));
            }
            if at != body.len() {
                return Err(malformed("there is more after its `end` line".into()));
            }
            return Ok(entries);
        }
        if entries.len() >= MAX_ENTRIES {
            return Err(BundleError::TooManyEntries);
        }
        let path = line;
        let (folder, id) = check_path(path)?;
        if !seen.insert(path) {
            return Err(BundleError::Entry {
                path: printable(path),
                why: "appears twice".into(),
            });
        }
        let length_line = next_line(body, &mut at, 12)
            .ok_or_else(|| malformed(format!("the length of `{}` is missing", printable(path))))?;
        let length: usize = length_line
            .parse()
            .ok()
            .filter(|_| length_line.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| {
                malformed(format!(
                    "the length of `{}` is not a number",
                    printable(path)
                ))
            })?;
        let (most, what) = if folder == ARTIFACTS {
            (crate::workspace::artifacts::MAX_BYTES, "an artifact")
        } else {
            (MAX_ENTRY_BYTES, "a record")
        };
        if length > most {
            return Err(BundleError::Entry {
                path: printable(path),
                why: format!("is {length} bytes, more than the {most} bytes {what} may have"),
            });
        }
        let end = at.checked_add(length).filter(|end| *end < body.len());
        let Some(end) = end.filter(|end| body[*end] == b'\n') else {
            return Err(malformed(format!(
                "the entry `{}` is shorter than its length says",
                printable(path)
            )));
        };
        entries.push(Entry {
            path,
            folder,
            id,
            bytes: &body[at..end],
        });
        at = end + 1;
    }
}

/// The next line (without its newline) as text, if it is at most `max` bytes.
fn next_line<'b>(body: &'b [u8], at: &mut usize, max: usize) -> Option<&'b str> {
    let rest = body.get(*at..)?;
    let end = rest.iter().take(max + 1).position(|b| *b == b'\n')?;
    let line = std::str::from_utf8(&rest[..end]).ok()?;
    *at += end + 1;
    Some(line)
}

/// A path must be `<record folder>/<id>.ron`: never absolute, never `..`.
fn check_path(path: &str) -> Result<(usize, &str), BundleError> {
    let refuse = |why: &str| BundleError::Entry {
        path: printable(path),
        why: why.to_string(),
    };
    if path.starts_with(['/', '\\'])
        || path.as_bytes().get(1) == Some(&b':')
        || path.starts_with('~')
    {
        return Err(refuse(
            "is an absolute path, which would land outside the workspace",
        ));
    }
    if path.split(['/', '\\']).any(|part| part == "..") {
        return Err(refuse("climbs out of the workspace with `..`"));
    }
    let placed = path.split_once('/').and_then(|(folder, file)| {
        if folder == ARTIFACTS_DIR {
            return is_sha256(file).then_some((ARTIFACTS, file));
        }
        let folder = FOLDERS.iter().position(|f| *f == folder)?;
        let id = file.strip_suffix(".ron").filter(|id| is_valid_id(id))?;
        Some((folder, id))
    });
    placed.ok_or_else(|| {
        refuse(&format!(
            "is not a record file of a workspace (one of the folders {} and `<id>.ron`) or an artifact (`{ARTIFACTS_DIR}/` and 64 lower-case hex digits)",
            FOLDERS.join(", ")
        ))
    })
}

/// Decodes the entries of one folder on every core; the first failure refuses the bundle.
fn decode_all<R: Record>(entries: &[Entry], folder: usize) -> Result<Vec<R>, BundleError> {
    let mine: Vec<&Entry> = entries.iter().filter(|e| e.folder == folder).collect();
    // Decoded in order so the first failure is the same every time; a
    // decoding that panicked (a bug, not bad input) refuses the bundle too.
    let decoded: Vec<Result<R, BundleError>> = mine
        .par_iter()
        .map(|e| {
            catch_unwind(AssertUnwindSafe(|| decode_one(e))).unwrap_or_else(|_| {
                Err(BundleError::Truncated(
                    "reading it failed unexpectedly".into(),
                ))
            })
        })
        .collect();
    decoded.into_iter().collect()
}

fn decode_one<R: Record>(entry: &Entry) -> Result<R, BundleError> {
    decode::<R>(entry.bytes, entry.id).map_err(|e| BundleError::Record {
        path: printable(entry.path),
        kind: R::NAME,
        why: match e.position {
            Some(p) => format!("line {}, column {}: {}", p.line, p.column, e.message),
            None => e.message,
        },
    })
}

/// Text from the bundle as it may be shown: control characters escaped, at most 80 characters.
fn printable(text: &str) -> String {
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
