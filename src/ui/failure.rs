//! Why something the window asked for did not happen, as a value that
//! messages can carry (cloneable: iced clones messages). The data layers'
//! errors are kept whole, shared in an `Arc`; `Display` gives the sentence
//! the window shows, and only views and the notice turn it into text.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use crate::files::preferences::SaveError as PreferencesNotSaved;
use crate::summary::SourceError;
use crate::workspace::bundle::{BundleError, ImportStopped, KeyError};
use crate::workspace::{ImportError, SelfAssessmentError, TrashError, WorkspaceError, plain};

#[derive(Debug, Clone, thiserror::Error)]
pub enum Failure {
    /// A record or the workspace folder: opening, saving, archiving, versions, settings.
    #[error("{0}")]
    Workspace(Arc<WorkspaceError>),
    /// A self-assessment refused by its rules (a second one for the year), or not written.
    #[error("{0}")]
    SelfAssessment(Arc<SelfAssessmentError>),
    /// Moving a draft to the trash or back, or reading what it holds.
    #[error("{0}")]
    Trash(Arc<TrashError>),
    /// A file named to read (a roster CSV) could not be read.
    #[error("{} cannot be read: {}", path.display(), plain(error))]
    Unreadable {
        path: PathBuf,
        error: Arc<io::Error>,
    },
    /// A roster CSV refused whole, or its import stopped part way.
    #[error("{0}")]
    Roster(Arc<ImportError>),
    /// A bundle refused before anything was imported.
    #[error("the bundle {} is refused: {error}; nothing was imported", path.display())]
    BundleRefused {
        path: PathBuf,
        error: Arc<BundleError>,
    },
    /// A packet not exported, or a response not previewed or imported.
    #[error("{0}")]
    Packet(crate::workspace::packet::PacketError),
    /// A bundle import that stopped part way.
    #[error("{0}")]
    BundleStopped(Arc<ImportStopped>),
    /// No bundle was written; the bundle layer's sentence (`export_to`).
    #[error("{0}")]
    BundleNotWritten(String),
    /// The bundle panel has no file to write.
    #[error("give the file to write")]
    NoBundleFile,
    /// A school year typed that is not one; the scoring layer's sentence, without its full stop.
    #[error("{0}")]
    SchoolYear(String),
    /// A bundle to seal, with no passphrase typed.
    #[error("type a passphrase to seal the bundle with, or choose plain (not encrypted)")]
    NoPassphrase,
    #[error("the passphrase and the one typed again differ; type both again")]
    PassphrasesDiffer,
    /// A passphrase the bundle layer refuses.
    #[error("{0}")]
    Passphrase(KeyError),
    /// A bundle to open, with no passphrase typed and plain not chosen.
    #[error(
        "type the bundle's passphrase, or choose plain (not encrypted) for a bundle that was not sealed"
    )]
    NoOpeningPassphrase,
    /// A batch of documents not begun (its folder refused); the report layer's sentence.
    #[error("{0}")]
    Batch(String),
    /// The demo was not written; the demo layer's sentence.
    #[error("{0}")]
    Demo(String),
    /// The preferences file was not written.
    #[error("{0}")]
    Preferences(Arc<PreferencesNotSaved>),
    /// A workspace or bundle a summary was to read, left out.
    #[error("{} was not read: {error}", path.display())]
    NotRead {
        path: PathBuf,
        error: Arc<SourceError>,
    },
    /// A document (PDF or CSV tables) that was not written: the document
    /// writer's error, whichever type it has (see [`Failure::not_exported`]).
    #[error("{0}")]
    NotExported(Arc<dyn std::error::Error + Send + Sync>),
    /// A file that could not be attached, read or opened as an artifact.
    #[error("{0}")]
    Artifact(Arc<crate::workspace::BlobError>),
    /// The tagging examples were not read, written or removed.
    #[error("{0}")]
    Tagging(Arc<crate::files::tagging_examples::ExamplesError>),
    /// A visit not planned: the educator, the room or the time is refused, or the save failed.
    #[error("{0}")]
    Plan(Arc<crate::workspace::PlanError>),
    /// No schedule: no rules chosen, or the chosen ones not loaded.
    #[error("{0}")]
    Schedule(crate::schedule::ScheduleError),
    /// The desktop's default program could not open a file.
    #[error("{} could not be opened: {error}", path.display())]
    NotOpened {
        path: PathBuf,
        error: Arc<io::Error>,
    },
}

impl From<crate::workspace::PlanError> for Failure {
    fn from(error: crate::workspace::PlanError) -> Failure {
        Failure::Plan(Arc::new(error))
    }
}

impl From<crate::schedule::ScheduleError> for Failure {
    fn from(error: crate::schedule::ScheduleError) -> Failure {
        Failure::Schedule(error)
    }
}

impl From<WorkspaceError> for Failure {
    fn from(error: WorkspaceError) -> Failure {
        Failure::Workspace(Arc::new(error))
    }
}

impl From<SelfAssessmentError> for Failure {
    fn from(error: SelfAssessmentError) -> Failure {
        Failure::SelfAssessment(Arc::new(error))
    }
}

impl From<TrashError> for Failure {
    fn from(error: TrashError) -> Failure {
        Failure::Trash(Arc::new(error))
    }
}

impl From<ImportError> for Failure {
    fn from(error: ImportError) -> Failure {
        Failure::Roster(Arc::new(error))
    }
}

impl From<crate::workspace::BlobError> for Failure {
    fn from(error: crate::workspace::BlobError) -> Failure {
        Failure::Artifact(Arc::new(error))
    }
}

impl From<ImportStopped> for Failure {
    fn from(error: ImportStopped) -> Failure {
        Failure::BundleStopped(Arc::new(error))
    }
}

impl From<crate::files::tagging_examples::ExamplesError> for Failure {
    fn from(error: crate::files::tagging_examples::ExamplesError) -> Failure {
        Failure::Tagging(Arc::new(error))
    }
}

impl From<PreferencesNotSaved> for Failure {
    fn from(error: PreferencesNotSaved) -> Failure {
        Failure::Preferences(Arc::new(error))
    }
}

impl From<KeyError> for Failure {
    fn from(error: KeyError) -> Failure {
        Failure::Passphrase(error)
    }
}

impl Failure {
    /// An export that failed, from the document writer's error (its
    /// sentence, or a typed error: both convert).
    pub fn not_exported(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Failure {
        Failure::NotExported(Arc::from(error.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences the window showed when these errors were strings.
    #[test]
    fn says_what_the_window_said_before() {
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        let cases = [
            (
                Failure::Unreadable {
                    path: PathBuf::from("/records/roster.csv"),
                    error: Arc::new(denied),
                },
                "/records/roster.csv cannot be read: permission denied (the folder may be read-only)",
            ),
            (
                Failure::NotOpened {
                    path: PathBuf::from("/records/report.pdf"),
                    error: Arc::new(io::Error::other("no viewer")),
                },
                "/records/report.pdf could not be opened: no viewer",
            ),
            (
                WorkspaceError::InvalidId { id: "Bad".into() }.into(),
                "`Bad` is not a valid record id (lower-case letters, digits and `-`)",
            ),
            (
                Failure::NotRead {
                    path: PathBuf::from("/elsewhere"),
                    error: Arc::new(SourceError::NoFolder {
                        path: PathBuf::from("/elsewhere"),
                        why: "it does not exist",
                    }),
                },
                "/elsewhere was not read: the workspace /elsewhere cannot be read: it does not exist.",
            ),
            (
                Failure::BundleRefused {
                    path: PathBuf::from("/in/district.bundle"),
                    error: Arc::new(BundleError::Checksum),
                },
                "the bundle /in/district.bundle is refused: it fails its checksum, so it was damaged or changed after it was made; nothing was imported",
            ),
            (
                Failure::not_exported("the disk is full"),
                "the disk is full",
            ),
            (Failure::NoBundleFile, "give the file to write"),
        ];
        for (failure, said) in cases {
            assert_eq!(failure.to_string(), said);
            assert_eq!(failure.clone().to_string(), said, "a clone says the same");
        }
    }
}
