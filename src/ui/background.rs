//! Work the window hands off the UI thread, as data. A [`Job`] says what to
//! do; an [`Effect`] is a job with the message its result comes back as,
//! mapped like iced's `Task`, so a reply reaches the screen that asked.
//! `App::update` runs effects on a few reused threads (file dialogs on the
//! window's executor); tests run the same effect in place with [`Effect::run`].

use super::roster::FileField;
use crate::workspace::bundle::{
    ExportFilter, Opening, Seal, export_to, import_bundle, open_bundle,
};
use std::path::PathBuf;
use std::sync::Arc;

use super::dialogs::{self, Asking};

use super::app::{Loaded, Message};
use super::editor::Edited;
use super::export_panel::Document;
use super::failure::Failure;

mod artifacts;
pub mod batch;
mod calendar;
mod effect;
pub mod packets;
mod searching;
use crate::files::folders::IndexPlace;
use crate::record::{Educator, Measure, Observation};
use crate::report::ReportOptions;
use crate::rubric::Catalog;
use crate::workspace::{Kind, Progress, Reading, Workspace};
pub use effect::Effect;
pub use searching::Searching;
use searching::run_search;

/// What the window reads after the educators: everything else, with the
/// observations abridged (their text is read when one is opened), so a
/// district's records fit in memory.
const REST: Reading = Reading::FOR_COUNTING.without(Kind::Educators);

/// What to do off the UI thread.
#[derive(Debug, Clone)]
pub enum Job {
    /// Open (and lock) the workspace folder and read its educators,
    /// counting the files read into the progress.
    /// The derived index, if any, spares reading unchanged files again.
    OpenWorkspace(PathBuf, Arc<Progress>, Option<IndexPlace>),
    /// Read the educators again (after an import or the demo); the rest follows.
    Reload(Arc<Workspace>, Option<IndexPlace>),
    /// Read the records other than educators, observations abridged, into
    /// the same progress as the educators (it names the reading), through
    /// the derived index if any.
    ReadRest(Arc<Workspace>, Arc<Progress>, Option<IndexPlace>),
    /// Read the observation `id` whole, to open it.
    ReadObservation(Arc<Workspace>, String),
    SaveEducator(Arc<Workspace>, Box<Educator>),
    /// Archive the educator `id` (who left), with who and why (either may be empty).
    ArchiveEducator {
        workspace: Arc<Workspace>,
        id: String,
        by: String,
        reason: String,
    },
    /// Bring the archived educator `id` back onto the roster.
    UnarchiveEducator(Arc<Workspace>, String),
    /// Move the draft observation `id` into the workspace's trash.
    DeleteDraft(Arc<Workspace>, String),
    /// Read what the trash holds.
    ListTrash(Arc<Workspace>),
    /// Read the year's schedule under the workspace's rules, as on today.
    LoadSchedule(Arc<Workspace>, Arc<crate::schedule::RuleSets>),
    /// Plan a visit.
    PlanVisit(Arc<Workspace>, Box<crate::workspace::VisitPlan>),
    /// Move the observation `id` back from the trash.
    RestoreFromTrash(Arc<Workspace>, String),
    /// Save one version of an observation; `u64` is the screen's revision.
    Save(Arc<Workspace>, u64, Edited),
    /// Save a student measure; `true` for a new one (refused if its id exists).
    SaveMeasure(Arc<Workspace>, Box<Measure>, bool),
    /// Remove the student measure `id` (its last version stays in the history).
    RemoveMeasure(Arc<Workspace>, String),
    /// Read the versions kept of educator `id`'s record.
    LoadEducatorVersions(Arc<Workspace>, String),
    /// Read the versions kept of the record being edited (`Edited` names it).
    LoadVersions(Arc<Workspace>, Edited),
    /// Close the window (everything is saved).
    CloseWindow(iced::window::Id),
    /// Ask how large the screen under the first window is.
    MeasureScreen,
    /// Give the window this size (the screen is smaller than it).
    ResizeWindow(iced::window::Id, iced::Size),
    /// Write an observation report PDF.
    Export(Box<Document>, PathBuf, ReportOptions),
    /// Ask where to save, with the desktop's save dialog.
    PickSavePath(PathBuf),
    /// Open a file or folder with the desktop's default program.
    OpenPath(PathBuf),
    /// Ask for a file to attach as an artifact.
    PickArtifact,
    /// Read the file at the path and copy it into the workspace's artifacts.
    StoreArtifact(Arc<Workspace>, PathBuf),
    /// Open a checked, read-only copy of an artifact with the default program.
    OpenArtifact(Arc<Workspace>, Box<crate::record::Artifact>),
    /// Read these artifacts' files again and say what each is.
    CheckArtifacts(Arc<Workspace>, Vec<String>),
    /// Read workspaces and bundles (first: the open workspace) and compile a district summary.
    CompileSummary(
        Vec<crate::summary::Place>,
        Box<crate::summary::Options>,
        Arc<Catalog>,
        Arc<crate::scoring::Profiles>,
    ),
    /// Ask for another workspace folder to read, or a bundle file.
    PickSource {
        bundle: bool,
    },
    /// Ask for a file for one of the roster's fields, starting from this path.
    PickFile(FileField, PathBuf),
    /// Read a roster file (or plan bytes read before) with a mapping, into
    /// a plan against the workspace's educators; `u64` numbers the asking.
    PlanRoster {
        workspace: Arc<Workspace>,
        asked: u64,
        source: RosterSource,
        catalog: Arc<Catalog>,
        mapping: Box<crate::record::roster::Mapping>,
    },
    /// Write a roster's plan as chosen.
    ImportRoster(
        Arc<Workspace>,
        Arc<crate::record::roster::Plan>,
        crate::workspace::Apply,
    ),
    /// Export a packet for one educator.
    ExportPacket(Box<packets::PacketExport>),
    /// Read and check an educator's response, writing nothing.
    PreviewResponse(Arc<Workspace>, Arc<Catalog>, PathBuf),
    /// Import the response previewed; `true` takes one to an earlier version.
    ImportResponse(
        Arc<Workspace>,
        Arc<crate::workspace::packet::Preview>,
        bool,
        crate::record::trail::Author,
    ),
    /// Read the log of the packets the workspace sent.
    ReadSentPackets(Arc<Workspace>),
    /// Write the workspace's records (as the filter chooses) as a bundle, read from disk, sealed so.
    ExportBundle(Arc<Workspace>, PathBuf, ExportFilter, Seal),
    /// Open a bundle as allowed, check it whole, then import it.
    ImportBundle(Arc<Workspace>, PathBuf, Opening),
    LoadDemo(Arc<Workspace>, Arc<Catalog>),
    /// Write a school's documents into a folder, telling how far it has got.
    WriteBatch(Box<batch::BatchJob>),
    ReloadRubrics(Vec<PathBuf>),
    /// Move the keyboard focus to a text field.
    Focus(&'static str),
    /// Select all the text of a field, so typing replaces it.
    SelectAll(&'static str),
    /// Scroll a list to this fraction of its length (0 the top, 1 the end).
    Reveal(&'static str, f32),
    /// Search every record's text, as search number `number`, after a
    /// moment's pause (typing on stops it before anything is read).
    Search(Arc<Workspace>, Box<Searching>),
    /// Move the keyboard focus to the next text field (`true`: the previous one).
    FocusNext(bool),
    /// Save the workspace's settings; they come back with the result.
    /// Boxed: the settings are the largest of the jobs.
    SaveSettings(Arc<Workspace>, Box<crate::workspace::Settings>),
    /// Remember the user's choices for the next run.
    SavePreferences(PathBuf, crate::files::preferences::Preferences),
    /// Add tags chosen or removed to the examples suggestions learn from.
    LearnTags(PathBuf, Vec<crate::files::tagging_examples::Example>),
    /// Remove every example suggestions learned from.
    ForgetTagging(PathBuf),
}

/// Where a roster to plan comes from.
#[derive(Debug, Clone)]
pub enum RosterSource {
    File(PathBuf),
    /// The bytes of a file read before, so a new mapping plans the same file.
    Read(Arc<Vec<u8>>),
}

impl Job {
    /// Does the work now, blocking. `None` for effects that only touch the window.
    #[must_use]
    pub fn run(self) -> Option<Message> {
        self.run_reporting(&|_| {})
    }

    /// As [`Job::run`], telling `report` how long work (the demo, a
    /// bundle import) is getting on, about a hundred times in all.
    pub fn run_reporting(self, report: &(dyn Fn(Message) + Sync)) -> Option<Message> {
        let job = match self.dialog() {
            Ok(asking) => return Some(super::dialogs::wait(asking)),
            Err(job) => job,
        };
        Some(match job {
            Job::OpenWorkspace(root, progress, index) => Message::WorkspaceLoaded(
                Workspace::open(&root)
                    .map(|workspace| loaded(Arc::new(workspace), progress, index.as_ref()))
                    .map_err(Failure::from),
            ),
            Job::Reload(workspace, index) => {
                Message::WorkspaceLoaded(Ok(loaded(workspace, Arc::default(), index.as_ref())))
            }
            Job::ReadRest(workspace, progress, index) => {
                let rest = read(&workspace, REST, &progress, index.as_ref());
                Message::RestLoaded(progress, Box::new(rest))
            }
            Job::Export(document, path, options) => Message::Exported(
                document
                    .write(&options, &path)
                    .map_err(Failure::not_exported),
            ),
            Job::OpenPath(path) => Message::Opened(open_path(&path)),
            Job::CompileSummary(paths, options, catalog, profiles) => {
                let (sources, unreadable) = read_sources(&paths);
                let summary = crate::summary::compile(&sources, &catalog, &profiles, &options);
                Message::SummaryCompiled(Ok(Arc::new(summary)), unreadable)
            }
            Job::ReloadRubrics(dirs) => Message::CatalogLoaded(Arc::new(Catalog::load(&dirs))),
            Job::SavePreferences(file, preferences) => Message::PreferencesSaved(
                crate::files::preferences::save(&file, &preferences).map_err(Failure::from),
            ),
            Job::CloseWindow(_) | Job::MeasureScreen | Job::ResizeWindow(..) => return None,
            Job::Search(workspace, searching) => return run_search(&workspace, &searching),
            Job::Focus(_)
            | Job::Reveal(..)
            | Job::SelectAll(_)
            | Job::FocusNext(_)
            | Job::PickSavePath(_)
            | Job::PickSource { .. }
            | Job::PickFile(..)
            | Job::PickArtifact => {
                return None;
            }
            job @ (Job::StoreArtifact(..) | Job::OpenArtifact(..) | Job::CheckArtifacts(..)) => {
                return artifacts::run(job);
            }
            job @ (Job::ExportBundle(..) | Job::ImportBundle(..) | Job::LoadDemo(..)) => {
                return exchange(job, report);
            }
            job @ (Job::PlanRoster { .. } | Job::ImportRoster(..)) => return roster(job),
            Job::WriteBatch(job) => batch::run(&job, report),
            job @ (Job::LearnTags(..) | Job::ForgetTagging(_)) => return tagging(job),
            job @ (Job::ExportPacket(_)
            | Job::PreviewResponse(..)
            | Job::ImportResponse(..)
            | Job::ReadSentPackets(_)) => return packets::run(job),
            job => return records(job),
        })
    }

    /// The file dialog this job asks, or the job itself when it is other work.
    fn dialog(self) -> Result<Asking, Job> {
        match self {
            Job::PickSavePath(suggested) => Ok(dialogs::save_pdf(&suggested)),
            Job::PickSource { bundle } => Ok(dialogs::source(bundle)),
            Job::PickFile(field, start) => Ok(dialogs::file(field, &start)),
            Job::PickArtifact => Ok(dialogs::artifact()),
            job => Err(job),
        }
    }
}

/// The examples suggestions learn from: added to, or forgotten.
fn tagging(job: Job) -> Option<Message> {
    use crate::files::tagging_examples::{append, forget};
    Some(match job {
        Job::LearnTags(file, examples) => Message::TagsLearned(
            append(&file, &examples)
                .map(|loaded| loaded.set_aside)
                .map_err(Failure::from),
        ),
        Job::ForgetTagging(file) => Message::TaggingForgotten(forget(&file).map_err(Failure::from)),
        _ => return None,
    })
}

/// The year's calendar: its schedule read, a visit planned.
/// Changes to the records and reading their versions.
fn records(job: Job) -> Option<Message> {
    Some(match job {
        Job::SaveEducator(workspace, educator) => Message::EducatorSaved(
            workspace
                .save(&*educator)
                .map(|()| educator)
                .map_err(Failure::from),
        ),
        Job::ArchiveEducator {
            workspace,
            id,
            by,
            reason,
        } => Message::ArchiveChanged(
            workspace
                .archive_educator(&id, &by, &reason)
                .map(Box::new)
                .map_err(Failure::from),
        ),
        Job::UnarchiveEducator(workspace, id) => Message::ArchiveChanged(
            workspace
                .unarchive_educator(&id)
                .map(Box::new)
                .map_err(Failure::from),
        ),
        Job::DeleteDraft(workspace, id) => Message::DraftDeleted(
            workspace
                .delete_draft(&id)
                .map(Box::new)
                .map_err(Failure::from),
        ),
        Job::ReadObservation(workspace, id) => {
            let read = workspace.read::<Observation>(&id);
            Message::ObservationRead(id, read.map(Box::new).map_err(Failure::from))
        }
        Job::ListTrash(workspace) => Message::TrashListed(workspace.trash().map_err(Failure::from)),
        Job::RestoreFromTrash(workspace, id) => Message::RestoredFromTrash(
            workspace
                .restore_from_trash(&id)
                .map(Box::new)
                .map_err(Failure::from),
        ),
        Job::Save(workspace, revision, record) => Message::Saved {
            revision,
            result: save(&workspace, &record).map(|()| record),
        },
        Job::SaveMeasure(workspace, measure, new) => Message::MeasureSaved(
            if new {
                workspace.create(&*measure)
            } else {
                workspace.save(&*measure)
            }
            .map(|()| measure)
            .map_err(Failure::from),
        ),
        Job::RemoveMeasure(workspace, id) => Message::MeasureRemoved(
            workspace
                .remove_measure(&id)
                .map(|removed| Box::new(removed.measure))
                .map_err(Failure::from),
        ),
        Job::LoadEducatorVersions(workspace, id) => {
            let versions = workspace
                .versions::<Educator>(&id)
                .map(|found| found.into_iter().map(|(k, e)| (k.number, e)).collect())
                .map_err(Failure::from);
            Message::EducatorVersions(id, versions)
        }
        Job::LoadVersions(workspace, record) => {
            Message::VersionsLoaded(versions(&workspace, &record))
        }
        Job::SaveSettings(workspace, settings) => Message::SettingsSaved(
            workspace
                .save_settings(&settings)
                .map(|()| *settings)
                .map_err(Failure::from),
        ),
        // Everything else is run by `Job::run_reporting` itself.
        job => return calendar::run(job),
    })
}

/// "Wrote FILE (sealed …): what it holds.", then each artifact left out.
fn exported(
    path: &std::path::Path,
    seal: &Seal,
    packed: &crate::workspace::bundle::Packed,
) -> String {
    let mut said = format!(
        "Wrote {} ({}): {}.",
        path.display(),
        seal.said(),
        packed.summary()
    );
    for left_out in &packed.left_out {
        said.push(' ');
        said.push_str(left_out);
    }
    said
}

/// Copying a file into the artifacts, opening a copy, checking the files.
/// Bundles, roster files and the demo: what comes in and goes out in bulk,
/// telling `report` how it is getting on, about a hundred times in all.
fn exchange(job: Job, report: &(dyn Fn(Message) + Sync)) -> Option<Message> {
    let progress = |work: Work| {
        move |n: usize, total: usize| {
            if n == total || n.is_multiple_of((total / 100).max(1)) {
                report(Message::Progress(work, n, total));
            }
        }
    };
    Some(match job {
        Job::ExportBundle(workspace, path, filter, seal) => Message::BundleExported(
            export_to(&workspace.load(), &filter, &seal, &path)
                .map_err(Failure::BundleNotWritten)
                .map(|packed| {
                    let said = exported(&path, &seal, &packed);
                    (said, path)
                }),
        ),
        Job::ImportBundle(workspace, path, opening) => Message::BundleImported(
            open_bundle(&path, &opening)
                .map_err(|error| Failure::BundleRefused {
                    path: path.clone(),
                    error: Arc::new(error),
                })
                .and_then(|bundle| {
                    import_bundle(&workspace, bundle, &progress(Work::Import))
                        .map_err(Failure::from)
                }),
        ),
        Job::LoadDemo(workspace, catalog) => {
            let today = crate::clock::local_now().date_naive();
            let result = crate::demo::write_demo(
                &workspace,
                crate::demo::DEFAULT_EDUCATORS,
                1,
                today,
                &catalog,
                &progress(Work::Demo),
            );
            Message::DemoWritten(result.map(|_| ()).map_err(Failure::Demo))
        }
        // Everything else is run by `Job::run_reporting` itself.
        _ => return None,
    })
}

fn save(workspace: &Workspace, record: &Edited) -> Result<(), Failure> {
    match record {
        Edited::Observation(observation) => workspace.save(&**observation)?,
        Edited::Summative(summative) => workspace.save(&**summative)?,
        Edited::GrowthPlan(plan) => workspace.save(&**plan)?,
        Edited::SelfAssessment(mine) => crate::workspace::save_self_assessment(workspace, mine)?,
    }
    Ok(())
}

/// Long work that reports how it is getting on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Demo,
    Import,
    Batch,
}

/// Opens `path` with the default program. On some desktops the call waits
/// until the viewer closes, so a quiet two seconds counts as success.
pub(super) fn open_path(path: &std::path::Path) -> Result<(), Failure> {
    let (sender, receiver) = std::sync::mpsc::channel();
    let target = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = sender.send(open::that(&target));
    });
    match receiver.recv_timeout(std::time::Duration::from_secs(2)) {
        Ok(Err(error)) => Err(Failure::NotOpened {
            path: path.to_path_buf(),
            error: Arc::new(error),
        }),
        _ => Ok(()),
    }
}

/// Copies `artifact` out (checked, read-only, outside the workspace) and
/// hands the copy to the desktop's program: the workspace's own file never.
/// The workspace with its educators read: the roster is usable with these
/// while the rest is read ([`Job::ReadRest`]) into the same `progress`.
fn loaded(
    workspace: Arc<Workspace>,
    progress: Arc<Progress>,
    index: Option<&IndexPlace>,
) -> Arc<Loaded> {
    let contents = read(&workspace, Reading::EDUCATORS, &progress, index);
    Arc::new(Loaded {
        workspace,
        contents,
        progress,
    })
}

/// What `reading` asks for, through the derived index when there is one
/// (it is rebuilt where a file changed; the files stay the source of truth).
fn read(
    workspace: &Workspace,
    reading: Reading,
    progress: &Progress,
    index: Option<&IndexPlace>,
) -> crate::workspace::Contents {
    match index {
        Some(place) => workspace.load_indexed(reading, progress, place),
        None => workspace.load_with(reading, progress),
    }
}

/// Each place read as a workspace folder or a bundle file; those that
/// cannot be read are said in a sentence and left out.
fn read_sources(places: &[crate::summary::Place]) -> (Vec<crate::summary::Source>, Vec<Failure>) {
    let mut sources = Vec::new();
    let mut unreadable = Vec::new();
    for place in places {
        match place.read() {
            Ok(source) => sources.push(source),
            Err(error) => unreadable.push(Failure::NotRead {
                path: place.path().to_path_buf(),
                error: Arc::new(error),
            }),
        }
    }
    (sources, unreadable)
}

/// The versions kept of `record`'s id, each as the same kind of record.
fn versions(workspace: &Workspace, record: &Edited) -> Result<Vec<(u64, Edited)>, Failure> {
    fn kept<R: crate::workspace::Record>(
        workspace: &Workspace,
        id: &str,
        wrap: fn(Box<R>) -> Edited,
    ) -> Result<Vec<(u64, Edited)>, Failure> {
        workspace
            .versions::<R>(id)
            .map(|found| {
                found
                    .into_iter()
                    .map(|(kept, r)| (kept.number, wrap(Box::new(r))))
                    .collect()
            })
            .map_err(Failure::from)
    }
    match record {
        Edited::Observation(o) => kept(workspace, &o.id, Edited::Observation),
        Edited::Summative(s) => kept(workspace, &s.id, Edited::Summative),
        Edited::GrowthPlan(p) => kept(workspace, &p.id, Edited::GrowthPlan),
        Edited::SelfAssessment(s) => kept(workspace, &s.id, Edited::SelfAssessment),
    }
}

/// Planning a roster and writing its plan.
fn roster(job: Job) -> Option<Message> {
    Some(match job {
        Job::PlanRoster {
            workspace,
            asked,
            source,
            catalog,
            mapping,
        } => {
            let bytes = match source {
                RosterSource::Read(bytes) => Ok(bytes),
                RosterSource::File(path) => crate::workspace::read_roster_file(&path)
                    .map(Arc::new)
                    .map_err(|error| Failure::Unreadable {
                        path,
                        error: Arc::new(error),
                    }),
            };
            let planned = bytes.and_then(|bytes| {
                let existing = workspace.load_with(Reading::EDUCATORS, &Progress::default());
                crate::workspace::plan_roster(&bytes, &catalog, &mapping, &existing.educators)
                    .map(|plan| super::roster::import::Preview {
                        bytes,
                        plan: Arc::new(plan),
                    })
                    .map_err(Failure::from)
            });
            Message::RosterPlanned(asked, planned)
        }
        Job::ImportRoster(workspace, plan, apply) => Message::RosterImported(
            crate::workspace::apply_roster(&workspace, &plan, &apply).map_err(Failure::from),
        ),
        // Everything else is run by `Job::run_reporting` itself.
        _ => return None,
    })
}
