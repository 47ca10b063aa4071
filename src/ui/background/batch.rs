//! A school's documents written into one folder, off the UI thread: the
//! workspace read whole (the window keeps observations abridged), then the
//! report layer's batch, telling the panel how far it has got.

use std::sync::Arc;

use super::{Failure, Message, Work};
use crate::report::ReportOptions;
use crate::report::batch::{Sources, select, write_batch};
use crate::rubric::Catalog;
use crate::scoring::Profiles;
use crate::ui::roster::batch::BatchAsk;
use crate::workspace::{Progress, Reading, Workspace};

/// What a batch needs besides the panel's request.
#[derive(Debug, Clone)]
pub struct BatchJob {
    pub workspace: Arc<Workspace>,
    pub ask: BatchAsk,
    pub catalog: Arc<Catalog>,
    pub profiles: Arc<Profiles>,
    pub options: ReportOptions,
}

pub(super) fn run(job: &BatchJob, report: &(dyn Fn(Message) + Sync)) -> Message {
    let contents = job
        .workspace
        .load_with(Reading::EVERYTHING, &Progress::default());
    let today = crate::clock::local_now().date_naive();
    let request = &job.ask.request;
    let selection = select(&contents, request, today);
    let sources = Sources {
        contents: &contents,
        catalog: job.catalog.clone(),
        profiles: job.profiles.clone(),
        options: &job.options,
    };
    let step = (selection.documents.len() / 100).max(1);
    let progress = |n: usize, total: usize| {
        if n == total || n.is_multiple_of(step) {
            report(Message::Progress(Work::Batch, n, total));
        }
    };
    let written = write_batch(
        &sources,
        request,
        &selection,
        &job.ask.folder,
        &progress,
        &job.ask.stop.0,
    );
    Message::BatchWritten(
        written
            .map(|outcome| Box::new((outcome, request.clone())))
            .map_err(Failure::Batch),
    )
}
