//! The workspace: a folder of records, one small RON file each.
//!
//! ```text
//! WORKSPACE/
//!   .lock                      held by the one program that may write
//!   settings.ron               the workspace's settings (optional)
//!   educators/edu-….ron
//!   observations/obs-….ron
//!   measures/msr-….ron         student measures (see `measures`)
//!   self-assessments/sa-….ron  educators' self-assessments (see `self_assessments`)
//!   artifacts/<sha256>         attached files, named by their hash (see `artifacts`)
//!   planned/vis-….ron          visits planned on the year's calendar (see `planned`)
//!   packets/pkt-….ron          the packets sent to educators (see `packet`)
//!   history/observations/obs-…/000012-….ron  versions replaced (see `history`)
//!   trash/observations/obs-….ron  deleted drafts, until restored (see `trash`)
//! ```
//!
//! Saves are atomic; a file that cannot be read is never overwritten; the
//! folder and files are readable by their owner only. The UI never writes
//! files itself: it asks this module, from a task.

mod archive;
pub mod artifacts;
mod atomic;
pub mod bundle;
mod contents;
mod error;
mod folder_read;
mod framing;
pub mod handed_file;
pub mod history;
mod import;
mod index;
mod join;
mod lock;
mod measures;
pub mod packet;
pub mod packet_draft;
mod parallel;
mod planned;
mod qualifications;
mod record_file;
mod removal;
mod roster_file;
mod self_assessments;
mod settings;
mod trash;
mod user_file;
mod year_records;

use std::path::{Path, PathBuf};

pub use archive::ArchiveChange;
pub use artifacts::{ARTIFACTS_DIR, Attaching, BlobError, BlobState, StoredFile};
pub use atomic::{create_private_dir, is_temp_name, write_atomic, write_temp};
pub use contents::{Contents, Kind, Progress, Reading, SetAside};
pub use error::{WorkspaceError, plain};
pub use import::{Apply, ImportError, ImportReport, apply_roster, plan_roster};
pub use lock::LOCK_FILE;
pub use measures::{
    Change, MeasureEntry, MeasureError, MeasureImport, MeasureImportError, MeasureRules, Removed,
    Upserted, import_measures, plan_measure_import, set_measure,
};
pub use planned::{MAX_ROOM_CHARS, MAX_VISIT_MINUTES, PlanError, VisitPlan, parse_date_time};
pub use qualifications::QualificationsError;
pub use record_file::{MAX_RECORD_BYTES, Record, decode, encode};
pub use roster_file::read_roster_file;
pub use self_assessments::{
    SelfAssessmentError, amend_and_save_self_assessment, save_self_assessment,
    stored_self_assessment,
};
pub use settings::{MAX_DISTRICT_CHARS, MAX_SETTINGS_BYTES, SETTINGS_FILE, Settings};
pub use trash::{TRASH_FOLDER, TrashError, TrashItem};
pub use user_file::{
    FileNotWritten, NotWritten, check_user_folder, write_user_file, write_user_files,
};
pub use year_records::{Listed, YearSummative, latest_summative};

use crate::files::folders::IndexPlace;
use crate::record::is_valid_id;
use lock::WorkspaceLock;

/// An open workspace, writable if this program holds its lock.
#[derive(Debug)]
pub struct Workspace {
    root: PathBuf,
    access: Access,
}

#[derive(Debug)]
enum Access {
    /// The lock is held until the workspace is dropped.
    Writable {
        _lock: WorkspaceLock,
    },
    ReadOnly(String),
}

impl Workspace {
    /// Opens (and creates, if needed) the workspace at `root`. If another
    /// running teacher-eval holds it, it opens read-only and says why.
    pub fn open(root: &Path) -> Result<Workspace, WorkspaceError> {
        let open_error = |source| WorkspaceError::Open {
            path: root.to_path_buf(),
            source,
        };
        if !root.exists() {
            atomic::create_private_dir(root).map_err(open_error)?;
        }
        if !root.is_dir() {
            return Err(open_error(std::io::Error::from(
                std::io::ErrorKind::NotADirectory,
            )));
        }
        let access = match lock::try_lock(root) {
            Ok(Ok(lock)) => {
                if let Some(reason) = odd_folder(root) {
                    Access::ReadOnly(reason)
                } else {
                    atomic::remove_stray_temps(root);
                    for folder in Self::FOLDERS {
                        atomic::create_private_dir(&root.join(folder)).map_err(open_error)?;
                        atomic::remove_stray_temps(&root.join(folder));
                    }
                    trash::remove_stray_temps_in_trash(root);
                    history::remove_stray_temps_in_history(root);
                    Access::Writable { _lock: lock }
                }
            }
            Ok(Err(held_by)) => Access::ReadOnly(held_by),
            Err(e) if is_read_only_error(&e) => {
                Access::ReadOnly(format!("the folder cannot be written to ({})", plain(&e)))
            }
            Err(e) => return Err(open_error(e)),
        };
        Ok(Workspace {
            root: root.to_path_buf(),
            access,
        })
    }

    /// Opens someone else's workspace to read only: no lock, nothing created.
    pub fn open_read_only(root: &Path, reason: &str) -> Result<Workspace, WorkspaceError> {
        if !root.is_dir() {
            return Err(WorkspaceError::Open {
                path: root.to_path_buf(),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        Ok(Workspace {
            root: root.to_path_buf(),
            access: Access::ReadOnly(reason.to_string()),
        })
    }

    const FOLDERS: [&'static str; 6] = [
        <crate::record::Educator as Record>::FOLDER,
        <crate::record::Observation as Record>::FOLDER,
        <crate::record::Summative as Record>::FOLDER,
        <crate::record::GrowthPlan as Record>::FOLDER,
        <crate::record::Measure as Record>::FOLDER,
        <crate::record::SelfAssessment as Record>::FOLDER,
    ];

    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Why nothing can be saved, when that is so.
    #[must_use]
    pub fn read_only_reason(&self) -> Option<&str> {
        match &self.access {
            Access::Writable { .. } => None,
            Access::ReadOnly(reason) => Some(reason),
        }
    }

    /// Reads every record; files that cannot be read are listed, not fatal.
    #[must_use]
    pub fn load(&self) -> Contents {
        contents::load(&self.root)
    }

    /// Reads what `reading` asks for, counting the files read into `progress`.
    #[must_use]
    pub fn load_with(&self, reading: Reading, progress: &Progress) -> Contents {
        contents::load_with(&self.root, reading, progress, None)
    }

    /// As [`Workspace::load_with`], an abridged reading using (and, if the
    /// place allows, refreshing) the derived index, outside the workspace,
    /// so unchanged files need not be opened again.
    #[must_use]
    pub fn load_indexed(
        &self,
        reading: Reading,
        progress: &Progress,
        index: &IndexPlace,
    ) -> Contents {
        contents::load_with(&self.root, reading, progress, Some(index))
    }

    /// As [`Workspace::load_with`] (through the index, if given), the
    /// observations handed to `fold` a slice at a time as they are read and
    /// not kept (see [`contents::load_folding`]).
    pub fn load_folding(
        &self,
        reading: Reading,
        progress: &Progress,
        index: Option<&IndexPlace>,
        fold: impl FnMut(Vec<crate::record::Observation>),
    ) -> Contents {
        contents::load_folding(&self.root, reading, progress, index, fold)
    }

    /// Reads every record of type `R` whole, on every core, handing each
    /// to `visit` and keeping only what it returns (`take` gets them a
    /// slice of files at a time); the files that cannot be read are
    /// returned, untouched. Nothing is read once `stop` is set.
    pub fn scan<R: Record, T: Send>(
        &self,
        progress: &Progress,
        stop: &std::sync::atomic::AtomicBool,
        visit: impl Fn(R) -> Vec<T> + Sync,
        take: impl FnMut(Vec<T>),
    ) -> Vec<SetAside> {
        contents::scan(&self.root, progress, stop, visit, take)
    }

    /// The file a record lives in.
    #[must_use]
    pub fn path_of<R: Record>(&self, id: &str) -> PathBuf {
        self.root.join(R::FOLDER).join(format!("{id}.ron"))
    }

    /// Reads one record by id.
    pub fn read<R: Record>(&self, id: &str) -> Result<R, WorkspaceError> {
        if !is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() });
        }
        let path = self.path_of::<R>(id);
        if std::fs::symlink_metadata(&path).is_err() {
            return Err(WorkspaceError::NotFound {
                kind: R::NAME,
                id: id.to_string(),
            });
        }
        let bytes =
            folder_read::read_record_bytes(&path).map_err(|why| WorkspaceError::Protected {
                path: path.clone(),
                why,
            })?;
        decode::<R>(&bytes, id).map_err(|e| WorkspaceError::Protected {
            path,
            why: e.message,
        })
    }

    /// Saves a new record; refuses if one with its id exists.
    pub fn create<R: Record>(&self, record: &R) -> Result<(), WorkspaceError> {
        if self.path_of::<R>(record.id()).exists() {
            return Err(WorkspaceError::Exists {
                kind: R::NAME,
                id: record.id().to_string(),
            });
        }
        self.save(record)
    }

    /// Saves a record atomically, replacing its earlier version. Refuses to
    /// replace a file that does not read as a record of this id.
    pub fn save<R: Record>(&self, record: &R) -> Result<(), WorkspaceError> {
        let saved = self.write_record(record);
        if let Err(e) = &saved {
            log::warn!("saving a {} failed: {}", R::NAME, e.kind());
        }
        saved
    }

    fn write_record<R: Record>(&self, record: &R) -> Result<(), WorkspaceError> {
        if let Access::ReadOnly(reason) = &self.access {
            return Err(WorkspaceError::ReadOnly {
                reason: reason.clone(),
            });
        }
        let id = record.id();
        if !is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() });
        }
        let path = self.path_of::<R>(id);
        let previous = Self::check_replaceable::<R>(&path, id)?;
        let text = encode(record).map_err(|e| WorkspaceError::Write {
            path: path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
        if let Some((old, bytes)) = previous {
            self.keep_version(&old, record, &bytes)?;
        }
        write_atomic(&path, text.as_bytes())
            .map_err(|source| WorkspaceError::Write { path, source })
    }

    /// Keeps the version a save replaces in the record's history, when its content differs.
    fn keep_version<R: Record>(
        &self,
        old: &R,
        new: &R,
        bytes: &[u8],
    ) -> Result<(), WorkspaceError> {
        let fingerprint = old.content_fingerprint();
        if fingerprint == new.content_fingerprint() {
            return Ok(());
        }
        let folder = history::folder_of(&self.root, R::FOLDER, old.id());
        let write_error = |source| WorkspaceError::Write {
            path: folder.clone(),
            source,
        };
        if let Some(link) = linked_history_folder(&self.root, R::FOLDER, old.id()) {
            return Err(write_error(std::io::Error::other(format!(
                "{} is a link, and history is never written through one",
                link.display()
            ))));
        }
        let mut pinned = new.pinned();
        pinned.extend(old.pinned());
        atomic::remove_stray_temps(&folder);
        history::keep(&folder, bytes, &fingerprint, &pinned).map_err(write_error)
    }

    /// The versions kept of a record, oldest first, each read back.
    pub fn versions<R: Record>(
        &self,
        id: &str,
    ) -> Result<Vec<(history::KeptVersion, R)>, WorkspaceError> {
        if !is_valid_id(id) {
            return Err(WorkspaceError::InvalidId { id: id.to_string() });
        }
        let folder = history::folder_of(&self.root, R::FOLDER, id);
        let kept = history::versions(&folder).map_err(|source| WorkspaceError::Open {
            path: folder.clone(),
            source,
        })?;
        kept.into_iter()
            .map(|version| {
                let bytes = folder_read::read_record_bytes(&version.path).map_err(|why| {
                    WorkspaceError::Protected {
                        path: version.path.clone(),
                        why,
                    }
                })?;
                let record = decode::<R>(&bytes, id).map_err(|e| WorkspaceError::Protected {
                    path: version.path.clone(),
                    why: e.message,
                })?;
                Ok((version, record))
            })
            .collect()
    }

    /// Saves the workspace's settings atomically. Refuses to replace a
    /// settings file that could not be read.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), WorkspaceError> {
        if let Access::ReadOnly(reason) = &self.access {
            return Err(WorkspaceError::ReadOnly {
                reason: reason.clone(),
            });
        }
        let path = self.root.join(SETTINGS_FILE);
        if let Err(file) = settings::read(&self.root) {
            return Err(WorkspaceError::ProtectedSettings {
                path,
                why: file.message,
            });
        }
        let text = settings::encode(settings).map_err(|e| WorkspaceError::Write {
            path: path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
        write_atomic(&path, text.as_bytes())
            .map_err(|source| WorkspaceError::Write { path, source })
    }

    /// Creates many new records from several threads (the demo), calling
    /// `progress` with the number written so far. Stops at the first error;
    /// what was written before it stays, each file complete.
    pub fn create_all<R: Record + Sync>(
        &self,
        records: &[R],
        progress: &(dyn Fn(usize) + Sync),
    ) -> Result<(), WorkspaceError> {
        let done = std::sync::atomic::AtomicUsize::new(0);
        parallel::save_each(&self.root, records, |record| {
            self.create(record)?;
            progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
            Ok(())
        })
    }

    /// An existing file may be replaced only if it is this record's earlier
    /// version, which is returned with its bytes for the history.
    fn check_replaceable<R: Record>(
        path: &Path,
        id: &str,
    ) -> Result<Option<(R, Vec<u8>)>, WorkspaceError> {
        let meta = match std::fs::symlink_metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(WorkspaceError::Write {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let why = if meta.file_type().is_file() {
            match folder_read::read_record_bytes(path) {
                Ok(bytes) => match decode::<R>(&bytes, id) {
                    Ok(old) => return Ok(Some((old, bytes))),
                    Err(e) => e.message,
                },
                Err(why) => why,
            }
        } else {
            "it is not a regular file".to_string()
        };
        Err(WorkspaceError::Protected {
            path: path.to_path_buf(),
            why,
        })
    }
}

/// Whether `dir` is a workspace, as a file the user names must not be
/// written into one: it holds a lock file, or two of the record folders.
pub(crate) fn looks_like_workspace(dir: &Path) -> bool {
    let present = |name: &str| std::fs::symlink_metadata(dir.join(name)).is_ok();
    present(LOCK_FILE) || Workspace::FOLDERS.iter().filter(|f| present(f)).count() >= 2
}

/// The names at a workspace's top that only the program's own saves write:
/// the record folders, history, trash, the lock and the settings.
pub(crate) fn is_reserved_name(name: &str) -> bool {
    is_record_folder(name)
        || [
            history::HISTORY_DIR,
            TRASH_FOLDER,
            LOCK_FILE,
            SETTINGS_FILE,
            ARTIFACTS_DIR,
            packet::SENT_DIR,
        ]
        .contains(&name)
}

/// Whether a top-level name of a workspace is one of its record folders.
pub(crate) fn is_record_folder(name: &str) -> bool {
    Workspace::FOLDERS.contains(&name) || name == <crate::record::PlannedVisit as Record>::FOLDER
}

/// A record folder that is a link or a file: nothing is written through it.
fn odd_folder(root: &Path) -> Option<String> {
    Workspace::FOLDERS.iter().find_map(|folder| {
        let path = root.join(folder);
        let kind = std::fs::symlink_metadata(&path).ok()?.file_type();
        let what = if kind.is_symlink() {
            "a link"
        } else if kind.is_dir() {
            return None;
        } else {
            "a file"
        };
        Some(format!(
            "{} is {what}, not a folder, and nothing is written through it; move it aside to make changes",
            path.display()
        ))
    })
}

/// The first folder on the way to a record's history that is a link, if any.
fn linked_history_folder(root: &Path, record_folder: &str, id: &str) -> Option<PathBuf> {
    let top = root.join(history::HISTORY_DIR);
    [
        top.clone(),
        top.join(record_folder),
        top.join(record_folder).join(id),
    ]
    .into_iter()
    .find(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()))
}

fn is_read_only_error(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}
