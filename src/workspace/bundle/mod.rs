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
//! checksum, the header, every entry's path (one of the six record folders
//! and `<id>.ron`: never absolute, never `..`), every record (it must decode
//! as the record its path names), and the limits below. One failure refuses
//! the whole bundle, so an import writes nothing from a damaged one.
//!
//! A bundle is sealed by default: exactly these bytes, encrypted as one
//! binary age file (a passphrase, or X25519 public keys). Bundles leave the
//! school by e-mail and USB stick, where the file's protection is only its
//! own. Sealed or plain is told by the age header; a plain bundle is read
//! only where plain was chosen ([`Opening::Plain`]), so a bundle that should
//! have been sealed is noticed, not taken ([`open_bundle`]).

mod keys;
mod merge;
mod pack;
mod seal;
mod unpack;

pub(crate) use crate::workspace::framing::hex;
pub use keys::{
    Identities, KeyError, MAX_KEY_FILE_BYTES, Opening, Passphrase, Seal, parse_recipient,
};
pub use merge::{Conflict, ImportOutcome, ImportStopped, import_bundle};
pub use pack::{ExportFilter, Packed, export_to, pack};
pub(crate) use seal::PLAIN_MAGIC;
pub(crate) use seal::unseal;
pub use seal::{
    AGE_CHUNK_BYTES, AGE_MAGIC, MAX_SEAL_OVERHEAD, MAX_SEALED_BYTES, open_bundle,
    open_bundle_bytes, seal_bytes,
};
pub use unpack::{Bundle, parse_bundle, read_bundle};

use crate::record::{Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative};
use crate::workspace::Record;

/// Why a file the user named cannot be read, in words (a missing file is
/// not a missing folder, whatever the generic wording says).
pub(crate) fn unreadable(e: &std::io::Error) -> String {
    match e.kind() {
        // `bounded::missing_file` already says which file or folder is missing.
        std::io::ErrorKind::NotFound if e.get_ref().is_some() => e.to_string(),
        std::io::ErrorKind::NotFound => "it does not exist".into(),
        _ => super::plain(e),
    }
}

/// What a bundle file is named `*.` (the file dialogs' filter, the window's
/// suggested name, the desktop's file type); a sealed one is known by it.
pub const BUNDLE_EXTENSION: &str = "bundle";
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
pub const FOLDERS: [&str; 6] = [
    <Educator as Record>::FOLDER,
    <Observation as Record>::FOLDER,
    <Summative as Record>::FOLDER,
    <GrowthPlan as Record>::FOLDER,
    <Measure as Record>::FOLDER,
    <SelfAssessment as Record>::FOLDER,
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
    #[error("it is {0} bytes, more than the {MAX_SEALED_BYTES} bytes a sealed bundle may have")]
    SealedFileTooLarge(u64),
    #[error("it holds more than the {0} bytes a bundle may have")]
    SealedTooLarge(usize),
    #[error("it is sealed (encrypted), and no passphrase or identity was given to open it")]
    Sealed,
    #[error("it is plain (not encrypted), and a sealed bundle was required")]
    NotSealed,
    #[error("the passphrase given does not open it")]
    WrongPassphrase,
    #[error("no identity in {0} opens it: it was sealed to other keys")]
    WrongIdentity(String),
    #[error(
        "it is sealed to keys (age recipients), not with a passphrase; open it with an identity file"
    )]
    SealedToKeys,
    #[error("it is sealed with a passphrase, not to keys; open it with its passphrase")]
    SealedWithPassphrase,
    #[error(
        "its passphrase asks for more work to try (scrypt 2^{required}) than this computer allows (2^{target} takes it about a second)"
    )]
    TooMuchWork { required: u8, target: u8 },
    #[error("it is sealed but damaged or truncated ({0})")]
    SealDamaged(&'static str),
    #[error("it is sealed in a newer age format than this teacher-eval reads")]
    NewerSeal,
    #[error("it is an armored (text) age file; teacher-eval reads binary age files only")]
    Armored,
}
