//! Reading a bundle: everything is checked before a single record is
//! handed on, so a bundle is either taken whole or refused whole.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use super::{
    BundleError, FOLDERS, HEADER, MAX_BUNDLE_BYTES, MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_PATH_BYTES,
};
use crate::record::artifact::is_sha256;
use crate::record::{
    Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative, is_valid_id,
};
use crate::workspace::artifacts::{Blobs, Carried, sha256_hex};
use crate::workspace::framing::{self, Frame, FrameError, printable};
use crate::workspace::{ARTIFACTS_DIR, Contents, Record, decode};
use rayon::prelude::*;

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

/// One entry as found: its path, folder and id, and bytes, not yet decoded.
type Entry<'b> = framing::Entry<'b, (usize, &'b str)>;

/// What a bundle's framing allows.
const FRAME: Frame = Frame {
    header: HEADER,
    max_bytes: MAX_BUNDLE_BYTES,
    max_entries: MAX_ENTRIES,
    max_path_bytes: MAX_PATH_BYTES,
};

/// Checks a bundle's bytes: checksum, header, entries, records.
pub fn parse_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let entries = FRAME.split(bytes, place).map_err(refused)?;
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

/// A framing problem, in a bundle's words.
fn refused(e: FrameError) -> BundleError {
    match e {
        FrameError::TooLarge(n) => BundleError::TooLarge(n as u64),
        FrameError::NotOurs => BundleError::NotABundle,
        FrameError::Newer(line) => BundleError::Newer(line),
        FrameError::Truncated(why) => BundleError::Truncated(why),
        FrameError::Checksum => BundleError::Checksum,
        FrameError::TooManyEntries => BundleError::TooManyEntries,
        FrameError::Entry { path, why } => BundleError::Entry { path, why },
    }
}

/// Where an entry goes, its limit and what it is: a record of one of the
/// folders, or an artifact.
fn place(path: &str) -> Result<((usize, &str), usize, &'static str), String> {
    let (folder, id) = check_path(path)?;
    Ok(if folder == ARTIFACTS {
        (
            (folder, id),
            crate::workspace::artifacts::MAX_BYTES,
            "an artifact",
        )
    } else {
        ((folder, id), MAX_ENTRY_BYTES, "a record")
    })
}

/// The `artifacts/` entries, each refused unless its bytes hash to its name.
fn checked_artifacts(entries: &[Entry]) -> Result<Carried, BundleError> {
    let mut files = std::collections::BTreeMap::new();
    for entry in entries.iter().filter(|e| e.tag.0 == ARTIFACTS) {
        let id = entry.tag.1;
        if sha256_hex(entry.bytes) != id {
            return Err(BundleError::Entry {
                path: printable(entry.path),
                why: "does not match the SHA-256 that names it, so it was changed after it was attached"
                    .into(),
            });
        }
        files.insert(id.to_string(), entry.bytes.to_vec());
    }
    Ok(Carried(std::sync::Arc::new(files)))
}

/// A path must be `<record folder>/<id>.ron`: never absolute, never `..`.
fn check_path(path: &str) -> Result<(usize, &str), String> {
    if let Some(why) = framing::escapes(path) {
        return Err(why.to_string());
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
        format!(
            "is not a record file of a workspace (one of the folders {} and `<id>.ron`) or an artifact (`{ARTIFACTS_DIR}/` and 64 lower-case hex digits)",
            FOLDERS.join(", ")
        )
    })
}

/// Decodes the entries of one folder on every core; the first failure refuses the bundle.
fn decode_all<R: Record>(entries: &[Entry], folder: usize) -> Result<Vec<R>, BundleError> {
    let mine: Vec<&Entry> = entries.iter().filter(|e| e.tag.0 == folder).collect();
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
    decode::<R>(entry.bytes, entry.tag.1).map_err(|e| BundleError::Record {
        path: printable(entry.path),
        kind: R::NAME,
        why: match e.position {
            Some(p) => format!("line {}, column {}: {}", p.line, p.column, e.message),
            None => e.message,
        },
    })
}
