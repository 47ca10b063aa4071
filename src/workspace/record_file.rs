//! How a record becomes a small, human-readable RON file and back.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::files::ron_text::{self, Position};
use crate::record::{
    Educator, GrowthPlan, IdKind, Measure, Observation, PlannedVisit, RECORD_SCHEMA,
    SelfAssessment, Summative,
};

/// Larger record files are set aside unread (a long observation is ~200 KB).
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// Records nest a few brackets deep; anything deeper is not a record.
const RECURSION_LIMIT: usize = 32;

/// A type stored as one file per record in its own folder.
pub trait Record: Serialize + DeserializeOwned + Send {
    /// Folder inside the workspace.
    const FOLDER: &'static str;
    /// What a person calls it, for messages.
    const NAME: &'static str;
    /// The struct name the file starts with, for messages.
    const STRUCT: &'static str;
    /// The kind its id names (`obs-…` for an observation).
    const KIND: IdKind;
    fn id(&self) -> &str;
    fn schema(&self) -> u32;
    /// SHA-256 of what the record says, leaving out when it was saved and
    /// what is still being typed: history keeps a version when this changes.
    fn content_fingerprint(&self) -> String;
    /// Fingerprints of versions that were shared or acknowledged: history never drops them.
    fn pinned(&self) -> Vec<&str> {
        Vec::new()
    }
    /// A copy read without its text, which must never be written anywhere.
    fn is_abridged(&self) -> bool {
        false
    }
}

/// The fingerprint and pins of a record that can be shared and amended.
macro_rules! amendable_versions {
    () => {
        fn content_fingerprint(&self) -> String {
            crate::record::fingerprint(self)
        }
        fn pinned(&self) -> Vec<&str> {
            let trail = &self.trail;
            [&trail.shared, &trail.acknowledged]
                .into_iter()
                .flatten()
                .map(|v| v.fingerprint.as_str())
                .collect()
        }
    };
}

impl Record for Educator {
    const FOLDER: &'static str = "educators";
    const NAME: &'static str = "educator";
    const STRUCT: &'static str = "Educator";
    const KIND: IdKind = IdKind::Educator;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    fn content_fingerprint(&self) -> String {
        let content = Educator {
            changed: self.created,
            ..self.clone()
        };
        crate::record::trail::sha256_of(&content)
    }
}

impl Record for Observation {
    const FOLDER: &'static str = "observations";
    const NAME: &'static str = "observation";
    const STRUCT: &'static str = "Observation";
    const KIND: IdKind = IdKind::Observation;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    fn is_abridged(&self) -> bool {
        self.abridged.is_some()
    }
    amendable_versions!();
}

impl Record for Summative {
    const FOLDER: &'static str = "evaluations";
    const NAME: &'static str = "summative evaluation";
    const STRUCT: &'static str = "Summative";
    const KIND: IdKind = IdKind::Summative;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    amendable_versions!();
}

impl Record for GrowthPlan {
    const FOLDER: &'static str = "growth-plans";
    const NAME: &'static str = "growth plan";
    const STRUCT: &'static str = "GrowthPlan";
    const KIND: IdKind = IdKind::GrowthPlan;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    amendable_versions!();
}

impl Record for SelfAssessment {
    const FOLDER: &'static str = "self-assessments";
    const NAME: &'static str = "self-assessment";
    const STRUCT: &'static str = "SelfAssessment";
    const KIND: IdKind = IdKind::SelfAssessment;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    amendable_versions!();
}

/// Measures are not shared or acknowledged on their own: a finalised
/// evaluation keeps the scores it counted.
impl Record for Measure {
    const FOLDER: &'static str = "measures";
    const NAME: &'static str = "student measure";
    const STRUCT: &'static str = "Measure";
    const KIND: IdKind = IdKind::Measure;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    fn content_fingerprint(&self) -> String {
        let content = Measure {
            changed: self.created,
            ..self.clone()
        };
        crate::record::trail::sha256_of(&content)
    }
}

/// A planned visit is the evaluator's own calendar: never shared, so its
/// versions are kept like a measure's.
impl Record for PlannedVisit {
    const FOLDER: &'static str = "planned";
    const NAME: &'static str = "planned visit";
    const STRUCT: &'static str = "PlannedVisit";
    const KIND: IdKind = IdKind::PlannedVisit;
    fn id(&self) -> &str {
        &self.id
    }
    fn schema(&self) -> u32 {
        self.schema
    }
    fn content_fingerprint(&self) -> String {
        let content = PlannedVisit {
            changed: self.created,
            ..self.clone()
        };
        crate::record::trail::sha256_of(&content)
    }
}

/// The file text for a record: pretty RON with struct names. Printable
/// Unicode is written as is; control characters are escaped. Every save,
/// bundle and kept version goes through here, so an abridged copy (read
/// without its text) is refused here and can never replace the record.
pub fn encode<R: Record>(record: &R) -> Result<String, ron::Error> {
    if record.is_abridged() {
        return Err(ron::Error::Message(format!(
            "the {} `{}` was read without its text, so it cannot be saved",
            R::NAME,
            record.id()
        )));
    }
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ");
    ron::ser::to_string_pretty(record, config).map(|mut text| {
        text.push('\n');
        text
    })
}

/// Why a record file was set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub position: Option<Position>,
    pub message: String,
}

/// Reads a record file whose name says its id is `expected_id`.
pub fn decode<R: Record>(bytes: &[u8], expected_id: &str) -> Result<R, DecodeError> {
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(DecodeError::whole(format!(
            "the file is {} bytes, more than the {MAX_RECORD_BYTES} bytes a record may have",
            bytes.len()
        )));
    }
    let what = format!("an {} record starting with `{}(`", R::NAME, R::STRUCT);
    let what = if starts_with_vowel::<R>() {
        what
    } else {
        what.replacen("an ", "a ", 1)
    };
    let record: R = ron_text::parse(bytes, &what, RECURSION_LIMIT).map_err(|e| DecodeError {
        position: Some(e.position),
        message: e.message,
    })?;
    if record.schema() > RECORD_SCHEMA {
        return Err(DecodeError::whole(format!(
            "it was written by a newer teacher-eval (format version {}; this one reads up to {RECORD_SCHEMA})",
            record.schema()
        )));
    }
    check_id(&record, expected_id)?;
    Ok(record)
}

/// The record's id is of its kind and the one its file is named for.
fn check_id<R: Record>(record: &R, expected_id: &str) -> Result<(), DecodeError> {
    if !record.id().starts_with(&format!("{}-", R::KIND.prefix())) {
        return Err(DecodeError::whole(
            format!(
                "the id `{}` is not an {}'s: {} ids start with `{}-`",
                record.id(),
                R::NAME,
                R::NAME,
                R::KIND.prefix()
            )
            .replacen(
                "not an ",
                if starts_with_vowel::<R>() {
                    "not an "
                } else {
                    "not a "
                },
                1,
            ),
        ));
    }
    if record.id() != expected_id {
        return Err(DecodeError::whole(format!(
            "the file is named for `{expected_id}` but holds the {} `{}`",
            R::NAME,
            record.id()
        )));
    }
    Ok(())
}

/// Whether the record's name takes "an" rather than "a".
fn starts_with_vowel<R: Record>() -> bool {
    R::NAME.starts_with(['a', 'e', 'i', 'o', 'u'])
}

impl DecodeError {
    /// A problem with the file as a whole, at no position.
    fn whole(message: String) -> DecodeError {
        DecodeError {
            position: None,
            message,
        }
    }
}
