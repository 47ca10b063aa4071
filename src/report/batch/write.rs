//! Writing a batch's documents into one folder, on every core, telling the
//! caller how far it has got. Each file is written atomically as any single
//! export is; a file already there is kept unless replacing was asked for.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;

use super::{BatchRequest, Planned, Selection, What};
use crate::report::{Document, ExportError, ReportOptions};
use crate::rubric::Catalog;
use crate::scoring::Profiles;
use crate::workspace::Contents;

/// One document written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batched {
    pub file_name: String,
    pub pages: usize,
    pub bytes: usize,
}

/// How a batch went: what was written, kept, not made, and why it stopped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    pub folder: PathBuf,
    pub written: Vec<Batched>,
    /// Files of the batch's names already in the folder, left as they were.
    pub kept: Vec<String>,
    /// Documents that could not be made, one sentence each (an evaluation
    /// whose profile is missing); the others were written.
    pub failed: Vec<String>,
    /// Why the batch stopped before the end (the folder refused a file).
    pub halted: Option<String>,
    /// Stopped by the user; what was written stays.
    pub cancelled: bool,
    pub educators: usize,
    pub drafts_left: usize,
    /// The kinds asked for that none of the educators has.
    pub none_of: Vec<&'static str>,
    /// Said once each, e.g. a rubric not loaded.
    pub warnings: Vec<String>,
}

/// What one document came to.
enum Done {
    Written(Batched, Vec<String>),
    Kept(String),
    Failed(String),
    Halted(String),
    Skipped,
}

/// The workspace, rubrics and profiles a batch's documents are made from.
pub struct Sources<'a> {
    pub contents: &'a Contents,
    pub catalog: Arc<Catalog>,
    pub profiles: Arc<Profiles>,
    pub options: &'a ReportOptions,
}

/// Writes the selection's documents into `folder` (made if missing; its
/// parent must exist). `progress(n, total)` is told as each is done;
/// `stop` set by the user ends the batch between documents.
///
/// # Errors
/// When the folder cannot be made or is not a folder: nothing was written.
pub fn write_batch(
    sources: &Sources,
    request: &BatchRequest,
    selection: &Selection,
    folder: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
    stop: &AtomicBool,
) -> Result<BatchOutcome, String> {
    prepare(folder)?;
    let total = selection.documents.len();
    let done_count = AtomicUsize::new(0);
    let halt = AtomicBool::new(false);
    let results: Vec<Done> = selection
        .documents
        .par_iter()
        .map(|planned| {
            if halt.load(Ordering::Relaxed) || stop.load(Ordering::Relaxed) {
                return Done::Skipped;
            }
            let done = one(sources, request, planned, folder);
            if matches!(done, Done::Halted(_)) {
                halt.store(true, Ordering::Relaxed);
            }
            progress(done_count.fetch_add(1, Ordering::Relaxed) + 1, total);
            done
        })
        .collect();
    let mut outcome = BatchOutcome {
        folder: folder.to_path_buf(),
        educators: selection.educators,
        drafts_left: selection.drafts_left,
        none_of: selection.none_of.clone(),
        cancelled: stop.load(Ordering::Relaxed),
        ..BatchOutcome::default()
    };
    for done in results {
        outcome.add(done);
    }
    Ok(outcome)
}

impl BatchOutcome {
    fn add(&mut self, done: Done) {
        match done {
            Done::Written(batched, warnings) => {
                self.written.push(batched);
                for warning in warnings {
                    if !self.warnings.contains(&warning) {
                        self.warnings.push(warning);
                    }
                }
            }
            Done::Kept(name) => self.kept.push(name),
            Done::Failed(why) => self.failed.push(why),
            Done::Halted(why) => {
                self.halted.get_or_insert(why);
            }
            Done::Skipped => {}
        }
    }
}

/// The folder, made if it is missing (only it: a mistyped parent is said,
/// not made).
fn prepare(folder: &Path) -> Result<(), String> {
    crate::workspace::check_user_folder(folder)
        .map_err(|why| format!("{} cannot hold the documents: {why}.", folder.display()))?;
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(format!(
            "{} is a file, not a folder; name a folder for the documents.",
            folder.display()
        )),
        Err(_) => std::fs::create_dir(folder).map_err(|e| match folder.parent() {
            Some(above) if e.kind() == std::io::ErrorKind::NotFound => format!(
                "the folder {} cannot be made: the folder {} above it does not exist.",
                folder.display(),
                above.display()
            ),
            _ => format!(
                "the folder {} cannot be made: {}.",
                folder.display(),
                crate::workspace::plain(&e)
            ),
        }),
    }
}

fn one(sources: &Sources, request: &BatchRequest, planned: &Planned, folder: &Path) -> Done {
    let path = folder.join(&planned.file_name);
    if !request.replace && std::fs::symlink_metadata(&path).is_ok() {
        return Done::Kept(planned.file_name.clone());
    }
    let document = document(sources, request, planned);
    match document.write(sources.options, &path) {
        Ok(written) => Done::Written(
            Batched {
                file_name: planned.file_name.clone(),
                pages: written.pages,
                bytes: written.bytes,
            },
            written.warnings,
        ),
        Err(ExportError::Score(why)) => Done::Failed(format!("{}: {why}.", planned.file_name)),
        Err(other) => Done::Halted(format!("{other}.")),
    }
}

/// The document a planned entry stands for, as a single export makes it.
fn document(sources: &Sources, request: &BatchRequest, planned: &Planned) -> Document {
    let contents = sources.contents;
    let educator = &contents.educators[planned.educator];
    let rubric = |id: &str| sources.catalog.get(id).map(|e| Box::new(e.rubric.clone()));
    match planned.what {
        What::Observation(i) => {
            let observation = &contents.observations[i];
            Document::Observation {
                observation: Box::new(observation.clone()),
                educator: Box::new(educator.clone()),
                rubric: rubric(&observation.rubric_id),
                form: (observation.form(&sources.catalog).ok()).map(|e| Box::new(e.form.clone())),
            }
        }
        What::Summative(i) => Document::Summative {
            summative: Box::new(contents.summatives[i].clone()),
            educator: Box::new(educator.clone()),
            observations: contents.observations_of(&educator.id).cloned().collect(),
            measures: (contents.measures.iter())
                .filter(|m| m.educator_id == educator.id)
                .cloned()
                .collect(),
            district: contents.settings.district.clone().unwrap_or_default(),
            self_assessment: (contents.self_assessment_for(&educator.id, &request.year))
                .cloned()
                .map(Box::new),
            catalog: sources.catalog.clone(),
            profiles: sources.profiles.clone(),
        },
        What::Plan(i) => {
            let plan = &contents.growth_plans[i];
            Document::GrowthPlan {
                plan: Box::new(plan.clone()),
                educator: Box::new(educator.clone()),
                rubric: rubric(contents.plan_rubric_id(plan, educator)),
            }
        }
    }
}
