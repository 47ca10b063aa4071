//! Exchange bundles: a workspace's record files (or a school's, or a
//! year's) in one file, to hand a coordinator or move between laptops.
//!
//! The format is plain enough to inspect in a text editor:
//!
//! ```text
//! teacher-eval bundle 1                 header: the format version
//! educators/edu-3f9a1c0b7d2e.ron        an entry: its path inside a workspace,
//! 412                                   its length in bytes (decimal),
//! Educator(                             then exactly that many bytes
//!     ...                               (the record file as the workspace keeps it)
//! )                                     and a newline
//! observations/obs-….ron
//! …
//! end 2                                 the number of entries
//! sha256 9c1f…                          SHA-256 (hex) of every byte above this line
//! ```
//!
//! A bundle is read whole and checked before anything else happens: the
//! checksum, the header, every entry's path (one of the four record folders
//! and `<id>.ron`: never absolute, never `..`), every record (it must decode
//! as the record its path names), and the limits below. One failure refuses
//! the whole bundle, so an import writes nothing from a damaged one.

mod merge;
mod pack;
mod unpack;

pub use merge::{Conflict, ImportOutcome, ImportStopped, import_bundle};
pub use pack::{ExportFilter, Packed, export_to, pack};
pub use unpack::{Bundle, parse_bundle, read_bundle};

use crate::record::{Educator, GrowthPlan, Observation, Summative};
use crate::workspace::Record;

/// The first line of every bundle this build writes and reads.
pub const HEADER: &str = "teacher-eval bundle 1";
/// Larger bundles are refused (a district of 5,000 educators with a year of
/// observations is about 200 MB).
pub const MAX_BUNDLE_BYTES: usize = 1 << 30;
/// More entries than this are refused.
pub const MAX_ENTRIES: usize = 500_000;
/// One entry may be as large as a record file may be.
pub const MAX_ENTRY_BYTES: usize = super::MAX_RECORD_BYTES;
/// Entry paths are short (`growth-plans/gp-….ron`); longer lines are refused.
pub const MAX_PATH_BYTES: usize = 200;

/// The record folders a bundle may hold, as the workspace names them.
pub const FOLDERS: [&str; 4] = [
    <Educator as Record>::FOLDER,
    <Observation as Record>::FOLDER,
    <Summative as Record>::FOLDER,
    <GrowthPlan as Record>::FOLDER,
];

/// Why a bundle is refused, in words that finish the sentence "The bundle
/// FILE is refused: …".
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("it cannot be read: {0}")]
    Read(String),
    #[error("it is {0} bytes, more than the {MAX_BUNDLE_BYTES} bytes a bundle may have")]
    TooLarge(u64),
    #[error("it is not a teacher-eval bundle (it does not start with `{HEADER}`)")]
    NotABundle,
    #[error("it was written by a newer teacher-eval (`{0}`); this one reads `{HEADER}`")]
    Newer(String),
    #[error("it is truncated or damaged ({0})")]
    Truncated(String),
    #[error("it fails its checksum, so it was damaged or changed after it was made")]
    Checksum,
    #[error("it holds more than {MAX_ENTRIES} entries")]
    TooManyEntries,
    #[error("its entry `{path}` {why}")]
    Entry { path: String, why: String },
    #[error("its entry `{path}` is not a readable {kind} record ({why})")]
    Record {
        path: String,
        kind: &'static str,
        why: String,
    },
}
