//! Importing a checked bundle into a workspace. Records keep their ids. A
//! record on both sides is decided by its `changed` time: the newer copy
//! wins; the same time with different content is a conflict, and the local
//! copy stays. Every decision is made before the first write.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Bundle;
use crate::record::{
    Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative, Timestamp,
};
use crate::workspace::{Record, Workspace, WorkspaceError};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// New to the workspace.
    pub added: usize,
    /// Newer in the bundle, so replaced.
    pub updated: usize,
    /// Newer in the workspace, so kept.
    pub kept_local: usize,
    /// The same on both sides.
    pub unchanged: usize,
    /// Kept local, and why, by file.
    pub conflicts: Vec<Conflict>,
    /// Artifact files new to the workspace.
    pub artifacts: usize,
}

/// A record the import could not decide; the workspace's copy is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The workspace file, e.g. `observations/obs-3f9a1c0b7d2e.ron`.
    pub file: String,
    pub why: String,
}

impl ImportOutcome {
    /// "Added 3, updated 1, kept local 2 (newer here), unchanged 10, conflicts 1."
    #[must_use]
    pub fn summary(&self) -> String {
        let artifacts = if self.artifacts == 0 {
            String::new()
        } else {
            format!(
                " {} added.",
                crate::text::count(self.artifacts, "artifact file", "artifact files")
            )
        };
        format!(
            "Added {}, updated {}, kept local {} (newer in the workspace), unchanged {}, conflicts {}.{artifacts}",
            self.added,
            self.updated,
            self.kept_local,
            self.unchanged,
            self.conflicts.len()
        )
    }
}

/// Why an import stopped part way (a disk error, a read-only workspace).
#[derive(Debug, thiserror::Error)]
#[error("{source}; {written} records were imported before it stopped")]
pub struct ImportStopped {
    pub written: usize,
    pub source: WorkspaceError,
}

/// Imports every record of `bundle` into `workspace`, each saved atomically,
/// calling `progress(written, to_write)` after each save.
#[allow(
    clippy::needless_pass_by_value,
    reason = "an import is the bundle's last use; its memory goes when the import ends"
)]
pub fn import_bundle(
    workspace: &Workspace,
    bundle: Bundle,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ImportOutcome, ImportStopped> {
    let local = workspace.load();
    let unreadable: HashSet<PathBuf> = local.set_aside.iter().map(|s| s.path.clone()).collect();
    let mut outcome = ImportOutcome::default();
    let mut plan = Plan::default();
    let mut sides = Sides {
        workspace,
        unreadable: &unreadable,
        outcome: &mut outcome,
    };
    sides.decide(&bundle.educators, &local.educators, &mut plan.educators);
    sides.decide(
        &bundle.observations,
        &local.observations,
        &mut plan.observations,
    );
    sides.decide(&bundle.summatives, &local.summatives, &mut plan.summatives);
    sides.decide(
        &bundle.growth_plans,
        &local.growth_plans,
        &mut plan.growth_plans,
    );
    sides.decide(&bundle.measures, &local.measures, &mut plan.measures);
    sides.decide(
        &bundle.self_assessments,
        &local.self_assessments,
        &mut plan.self_assessments,
    );
    store_artifacts(workspace, &bundle, &mut outcome)?;
    plan.save(workspace, progress)?;
    log::info!("bundle imported: {}", outcome.summary());
    Ok(outcome)
}

/// Writes the bundle's artifact files the workspace lacks, before the
/// records that name them. One the workspace holds already stays as it
/// is; if its copy no longer matches its hash, that is said as a conflict.
fn store_artifacts(
    workspace: &Workspace,
    bundle: &Bundle,
    outcome: &mut ImportOutcome,
) -> Result<(), ImportStopped> {
    use crate::workspace::artifacts::{BlobState, blob_state, store_blob};
    if let Some(reason) = workspace.read_only_reason() {
        return Err(ImportStopped {
            written: 0,
            source: WorkspaceError::ReadOnly {
                reason: reason.to_string(),
            },
        });
    }
    for (sha, bytes) in bundle.artifacts.0.iter() {
        let file = format!("{}/{sha}", crate::workspace::ARTIFACTS_DIR);
        match blob_state(workspace.root(), sha) {
            BlobState::Present => continue,
            BlobState::Missing => {}
            other => {
                outcome.conflicts.push(Conflict {
                    file,
                    why: format!(
                        "{}; the workspace's file is kept as it is",
                        other.problem().unwrap_or_default()
                    ),
                });
                continue;
            }
        }
        store_blob(workspace.root(), sha, bytes).map_err(|e| ImportStopped {
            written: 0,
            source: WorkspaceError::Write {
                path: workspace.root().join(&file),
                source: std::io::Error::other(e.to_string()),
            },
        })?;
        outcome.artifacts += 1;
    }
    Ok(())
}

/// What deciding each record needs: the workspace, the files in it that
/// cannot be read, and the outcome counted so far.
struct Sides<'a> {
    workspace: &'a Workspace,
    unreadable: &'a HashSet<PathBuf>,
    outcome: &'a mut ImportOutcome,
}

impl Sides<'_> {
    /// Sorts each incoming record into added, updated, kept, unchanged or
    /// a conflict; the records to write go to `write`.
    fn decide<'b, R: Dated>(&mut self, incoming: &'b [R], local: &[R], write: &mut Vec<&'b R>) {
        let by_id: HashMap<&str, &R> = local.iter().map(|r| (r.id(), r)).collect();
        let latest = crate::record::now() + FUTURE_SLACK;
        for record in incoming {
            let file = format!("{}/{}.ron", R::FOLDER, record.id());
            if record.changed() > latest {
                self.outcome.conflicts.push(Conflict {
                    file,
                    why: format!(
                        "its last change is dated {}, in the future (a wrong clock?), so it is not imported",
                        record.changed().format("%Y-%m-%d %H:%M")
                    ),
                });
                continue;
            }
            if let Some(mine) = by_id.get(record.id())
                && record.changed() > mine.changed()
                && let Some(why) = record.breaks_trail_of(mine)
            {
                self.outcome.conflicts.push(Conflict { file, why });
                continue;
            }
            match by_id.get(record.id()) {
                None if self.unreadable.contains(&self.workspace.path_of::<R>(record.id())) => {
                    self.outcome.conflicts.push(Conflict {
                        file,
                        why: "the workspace's file cannot be read, so it is kept as it is".into(),
                    });
                }
                None => {
                    self.outcome.added += 1;
                    write.push(record);
                }
                Some(mine) if record.changed() > mine.changed() => {
                    self.outcome.updated += 1;
                    write.push(record);
                }
                Some(mine) if record.changed() < mine.changed() => self.outcome.kept_local += 1,
                Some(mine) if *mine == record => self.outcome.unchanged += 1,
                Some(_) => self.outcome.conflicts.push(Conflict {
                    file,
                    why: "changed at the same moment on both sides with different content; the workspace's copy is kept".into(),
                }),
            }
        }
    }
}

/// The records to write, educators first so their records never arrive alone.
#[derive(Default)]
struct Plan<'b> {
    educators: Vec<&'b Educator>,
    observations: Vec<&'b Observation>,
    summatives: Vec<&'b Summative>,
    growth_plans: Vec<&'b GrowthPlan>,
    measures: Vec<&'b Measure>,
    self_assessments: Vec<&'b SelfAssessment>,
}

impl Plan<'_> {
    /// Saves every record planned, educators first, calling
    /// `progress(written, to_write)` after each save.
    fn save(
        &self,
        workspace: &Workspace,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Result<(), ImportStopped> {
        let written = AtomicUsize::new(0);
        let stopped = |source| ImportStopped {
            written: written.load(Ordering::Relaxed),
            source,
        };
        let to_write = self.educators.len()
            + self.observations.len()
            + self.summatives.len()
            + self.growth_plans.len()
            + self.measures.len()
            + self.self_assessments.len();
        let count = Counter {
            written: &written,
            to_write,
            progress,
        };
        save_all(workspace, &self.educators, &count).map_err(stopped)?;
        save_all(workspace, &self.observations, &count).map_err(stopped)?;
        save_all(workspace, &self.summatives, &count).map_err(stopped)?;
        save_all(workspace, &self.growth_plans, &count).map_err(stopped)?;
        save_all(workspace, &self.measures, &count).map_err(stopped)?;
        save_all(workspace, &self.self_assessments, &count).map_err(stopped)?;
        Ok(())
    }
}

/// The records written so far, and whom to tell.
struct Counter<'c> {
    written: &'c AtomicUsize,
    to_write: usize,
    progress: &'c (dyn Fn(usize, usize) + Sync),
}

/// Saves records from several threads, counting those written.
fn save_all<R: Record + Sync>(
    workspace: &Workspace,
    records: &[&R],
    count: &Counter,
) -> Result<(), WorkspaceError> {
    crate::workspace::parallel::save_each(workspace.root(), records, |record| {
        workspace.save(*record)?;
        let written = count.written.fetch_add(1, Ordering::Relaxed) + 1;
        (count.progress)(written, count.to_write);
        Ok(())
    })
}

/// What decides between two copies of a record.
trait Dated: Record + PartialEq {
    fn changed(&self) -> Timestamp;
    /// Why `self` may not replace `local`, the workspace's copy, if it may not.
    fn breaks_trail_of(&self, _local: &Self) -> Option<String> {
        None
    }
}

impl Dated for Educator {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

/// A measure is not shared on its own: the newer copy wins.
impl Dated for Measure {
    fn changed(&self) -> Timestamp {
        self.changed
    }
}

/// A shared record changes only by amendment: a copy whose content differs
/// must carry every amendment the workspace's copy has, and more.
macro_rules! amended_copy {
    ($record:ty) => {
        impl Dated for $record {
            fn changed(&self) -> Timestamp {
                self.changed
            }
            fn breaks_trail_of(&self, local: &Self) -> Option<String> {
                use crate::record::trail::{fingerprint, is_locked};
                let (mine, theirs) = (&local.trail.amendments, &self.trail.amendments);
                let changed = fingerprint(self) != fingerprint(local);
                let follows = theirs.len() > mine.len() && theirs.starts_with(mine);
                (is_locked(local) && changed && !follows).then(|| {
                    "it was shared, and the bundle's copy differs without the amendments that record the change; the workspace's copy is kept".into()
                })
            }
        }
    };
}

amended_copy!(Observation);
amended_copy!(Summative);
amended_copy!(GrowthPlan);
amended_copy!(SelfAssessment);

/// A last change later than this after now is not believed: it would win
/// every later import.
const FUTURE_SLACK: chrono::Duration = chrono::Duration::days(1);
