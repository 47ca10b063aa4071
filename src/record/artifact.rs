//! Artifacts: files (a unit plan, a parent log, a certificate) attached to
//! an observation, a summative evaluation or a growth plan as evidence of
//! the components they support. The record keeps what a reader needs and
//! the file's SHA-256; the bytes live in the workspace under that hash
//! (`workspace::artifacts`). The name the file had is kept for display only
//! and never used as a path.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

pub use super::artifact_kind::{EXTENSIONS, FileKind, KindError, allowed_extension};
use super::trail::Amendable;
use super::{GrowthPlan, Observation, Summative, Timestamp};
use crate::rubric::Rubric;

/// The largest file that may be attached: 25 MiB.
pub const MAX_ARTIFACT_BYTES: u64 = 25 * 1024 * 1024;
/// The most the artifacts of one record may add up to: 100 MiB.
pub const MAX_RECORD_ARTIFACT_BYTES: u64 = 100 * 1024 * 1024;
/// The most artifacts one record may have.
pub const MAX_ARTIFACTS: usize = 100;
/// The longest caption, in characters.
pub const MAX_CAPTION_CHARS: usize = 500;
/// The longest file name kept, in characters (longer ones are cut, for display only).
pub const MAX_NAME_CHARS: usize = 255;

/// One file attached to a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Artifact {
    /// Lower-case hex SHA-256 of the file's bytes: its name in the workspace.
    pub sha256: String,
    /// The file's name when it was attached, for display only.
    pub file_name: String,
    pub size: u64,
    pub kind: FileKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caption: String,
    /// The rubric components it is evidence of (none: not tied to one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<String>,
    /// Who handed it in: the evaluator, or the educator (through a response).
    pub supplied_by: Supplier,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub added_by: String,
    pub added_at: Timestamp,
}

impl Artifact {
    /// The file's name as it may be shown in a list, a window or a PDF:
    /// line breaks, other control characters and the characters that turn
    /// text direction (which could make `fdp.exe` read as `exe.pdf`) are
    /// written as `\u{…}` escapes, so a name cannot forge a line or hide its end.
    #[must_use]
    pub fn shown_name(&self) -> String {
        let hidden = |c: char| {
            c.is_control()
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        };
        self.file_name
            .chars()
            .flat_map(|c| {
                let escaped: Vec<char> = if hidden(c) {
                    c.escape_unicode().collect()
                } else {
                    vec![c]
                };
                escaped
            })
            .collect()
    }
}

/// Who supplied an artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Supplier {
    Evaluator,
    Educator,
}

impl std::fmt::Display for Supplier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Supplier::Evaluator => "the evaluator",
            Supplier::Educator => "the educator",
        })
    }
}

/// Why an artifact cannot be attached, found or removed, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArtifactError {
    #[error("this file is already attached to the {what}, as artifact {number}")]
    AlreadyAttached { what: &'static str, number: usize },
    #[error("the {what} has {MAX_ARTIFACTS} artifacts, the most one record may have")]
    TooMany { what: &'static str },
    #[error(
        "the file is {size} bytes, more than the {MAX_ARTIFACT_BYTES} bytes (25 MB) an artifact may have"
    )]
    TooLarge { size: u64 },
    #[error(
        "the {what}'s artifacts would come to {total} bytes, more than the {MAX_RECORD_ARTIFACT_BYTES} bytes (100 MB) one record may have"
    )]
    RecordFull { what: &'static str, total: u64 },
    #[error("the caption is {0} characters, more than the {MAX_CAPTION_CHARS} allowed")]
    LongCaption(usize),
    #[error("`{0}` is not a SHA-256 (64 lower-case hex digits)")]
    BadHash(String),
    #[error("the rubric {rubric} has no component `{typed}`; its components are {known}")]
    UnknownComponent {
        rubric: String,
        typed: String,
        known: String,
    },
    #[error("the {what} has no artifact `{which}`; {hint}")]
    NotFound {
        what: &'static str,
        which: String,
        hint: String,
    },
    #[error("`{which}` names {count} artifacts of the {what}; give more of the SHA-256")]
    Ambiguous {
        what: &'static str,
        which: String,
        count: usize,
    },
    #[error(
        "the {what} is shared or finalised, so removing an artifact is an amendment and needs a reason; say why it is removed"
    )]
    ReasonRequired { what: &'static str },
}

/// A record that can carry artifacts.
pub trait WithArtifacts: Amendable {
    /// "observation", "summative evaluation", "growth plan".
    const WHAT: &'static str;
    fn artifacts(&self) -> &[Artifact];
    fn artifacts_mut(&mut self) -> &mut Vec<Artifact>;
}

macro_rules! with_artifacts {
    ($record:ty, $what:literal) => {
        impl WithArtifacts for $record {
            const WHAT: &'static str = $what;
            fn artifacts(&self) -> &[Artifact] {
                &self.artifacts
            }
            fn artifacts_mut(&mut self) -> &mut Vec<Artifact> {
                &mut self.artifacts
            }
        }
    };
}

with_artifacts!(Observation, "observation");
with_artifacts!(Summative, "summative evaluation");
with_artifacts!(GrowthPlan, "growth plan");

/// True for 64 lower-case hex digits: the only names the artifacts folder holds.
#[must_use]
pub fn is_sha256(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Adds `artifact` to `record`, within the limits, unless that file is already there.
pub fn attach<R: WithArtifacts>(record: &mut R, artifact: Artifact) -> Result<(), ArtifactError> {
    if !is_sha256(&artifact.sha256) {
        return Err(ArtifactError::BadHash(artifact.sha256));
    }
    let what = R::WHAT;
    let present = record.artifacts();
    if let Some(i) = present.iter().position(|a| a.sha256 == artifact.sha256) {
        return Err(ArtifactError::AlreadyAttached {
            what,
            number: i + 1,
        });
    }
    if present.len() >= MAX_ARTIFACTS {
        return Err(ArtifactError::TooMany { what });
    }
    if artifact.size > MAX_ARTIFACT_BYTES {
        return Err(ArtifactError::TooLarge {
            size: artifact.size,
        });
    }
    let total = present.iter().map(|a| a.size).sum::<u64>() + artifact.size;
    if total > MAX_RECORD_ARTIFACT_BYTES {
        return Err(ArtifactError::RecordFull { what, total });
    }
    let caption = artifact.caption.chars().count();
    if caption > MAX_CAPTION_CHARS {
        return Err(ArtifactError::LongCaption(caption));
    }
    record.artifacts_mut().push(Artifact {
        file_name: artifact.file_name.chars().take(MAX_NAME_CHARS).collect(),
        caption: artifact.caption.trim().to_string(),
        ..artifact
    });
    Ok(())
}

/// The position of the artifact `which` names: its number in the list
/// (from 1) or the start of its SHA-256 (at least 4 hex digits).
pub fn find<R: WithArtifacts>(record: &R, which: &str) -> Result<usize, ArtifactError> {
    let which = which.trim();
    let artifacts = record.artifacts();
    let not_found = || ArtifactError::NotFound {
        what: R::WHAT,
        which: which.to_string(),
        hint: match artifacts.len() {
            0 => "it has none".into(),
            n => format!("give a number from 1 to {n} or the start of a SHA-256"),
        },
    };
    if let Ok(number) = which.parse::<usize>()
        && which.len() < 4
    {
        return (1..=artifacts.len())
            .contains(&number)
            .then(|| number - 1)
            .ok_or_else(not_found);
    }
    let prefix = which.to_ascii_lowercase();
    if prefix.len() < 4 {
        return Err(not_found());
    }
    let matching: Vec<usize> = (0..artifacts.len())
        .filter(|&i| artifacts[i].sha256.starts_with(&prefix))
        .collect();
    match matching.as_slice() {
        [one] => Ok(*one),
        [] => Err(not_found()),
        many => Err(ArtifactError::Ambiguous {
            what: R::WHAT,
            which: which.to_string(),
            count: many.len(),
        }),
    }
}

/// Takes the artifact at `index` off `record`. Once the record is shared
/// or finalised this is an amendment, which needs a `reason`. The file
/// stays in the workspace: earlier versions may still name it.
pub fn detach<R: WithArtifacts>(
    record: &mut R,
    index: usize,
    reason: &str,
) -> Result<Artifact, ArtifactError> {
    if record.is_locked() && reason.trim().is_empty() {
        return Err(ArtifactError::ReasonRequired { what: R::WHAT });
    }
    if index >= record.artifacts().len() {
        return Err(ArtifactError::NotFound {
            what: R::WHAT,
            which: (index + 1).to_string(),
            hint: format!("it has {}", record.artifacts().len()),
        });
    }
    Ok(record.artifacts_mut().remove(index))
}

/// The rubric's own ids for the components typed ("1E" is `1e`), each
/// once, or the first one the rubric does not have, with its components.
pub fn resolve_components(rubric: &Rubric, typed: &[String]) -> Result<Vec<String>, ArtifactError> {
    let mut ids: Vec<String> = Vec::new();
    for typed in typed.iter().flat_map(|t| t.split(',')).map(str::trim) {
        if typed.is_empty() {
            continue;
        }
        let Some(component) = rubric.component(typed) else {
            let known: Vec<&str> = rubric.components().map(|c| c.id.as_str()).collect();
            return Err(ArtifactError::UnknownComponent {
                rubric: rubric.id.clone(),
                typed: typed.to_string(),
                known: known.join(", "),
            });
        };
        if !ids.contains(&component.id) {
            ids.push(component.id.clone());
        }
    }
    Ok(ids)
}

/// The artifact as one line of the amendment trail: what a person would
/// name to tell it apart.
#[must_use]
pub fn described(artifact: &Artifact) -> String {
    let mut text = format!(
        "{} ({}, {}), SHA-256 {}",
        artifact.shown_name(),
        artifact.kind.label(),
        crate::text::size(usize::try_from(artifact.size).unwrap_or(usize::MAX)),
        artifact.sha256
    );
    // Writing to a String cannot fail.
    if !artifact.caption.is_empty() {
        let _ = write!(text, ", caption \u{201c}{}\u{201d}", artifact.caption);
    }
    if !artifact.components.is_empty() {
        let _ = write!(text, ", components {}", artifact.components.join(", "));
    }
    let _ = write!(text, ", supplied by {}", artifact.supplied_by);
    text
}

#[cfg(test)]
mod tests;
