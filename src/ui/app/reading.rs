//! Reading the workspace in two stages: the educators first, so the roster
//! is usable in a moment however large the district, then everything else
//! in the background, joined in when it is all read. Observations are kept
//! abridged; one is read whole from disk when it is opened.

use std::sync::Arc;

use super::{App, Effect, Job, Loaded, ObservationScreen, Rest, WorkspaceState};
use crate::record::Observation;
use crate::text::figure;
use crate::ui::failure::Failure;
use crate::workspace::{Contents, Progress};

impl App {
    /// How far reading has come, while the educators or the rest are read.
    pub(super) fn reading(&self) -> Option<&Progress> {
        match &self.workspace {
            WorkspaceState::Opening(progress)
            | WorkspaceState::Open {
                rest: Rest::Reading(progress),
                ..
            } => Some(progress),
            _ => None,
        }
    }

    /// While the records other than educators are read: what is still
    /// being read, in a sentence, for the places that wait for it.
    #[must_use]
    pub fn still_reading(&self) -> Option<String> {
        match &self.workspace {
            WorkspaceState::Open {
                rest: Rest::Reading(progress),
                ..
            } => Some(still_reading(progress)),
            _ => None,
        }
    }

    /// The educators are read: the roster opens with them, and the rest is read next.
    pub(super) fn workspace_loaded(&mut self, result: Result<Arc<Loaded>, Failure>) -> Vec<Effect> {
        let loaded = match result {
            Ok(loaded) => loaded,
            Err(error) => {
                self.workspace = WorkspaceState::Failed(error);
                return vec![];
            }
        };
        // The message is normally the only holder: take the records without copying.
        let Loaded {
            workspace,
            contents,
            progress,
        } = Arc::try_unwrap(loaded).unwrap_or_else(|shared| Loaded {
            workspace: shared.workspace.clone(),
            contents: shared.contents.clone(),
            progress: shared.progress.clone(),
        });
        self.workspace = WorkspaceState::Open {
            workspace: workspace.clone(),
            contents,
            rest: Rest::Reading(progress.clone()),
        };
        vec![
            Job::ReadSentPackets(workspace.clone()).into(),
            Job::ReadRest(workspace, progress, self.index.clone()).into(),
        ]
    }

    /// The rest is read: join it in, unless it belongs to a reading since replaced.
    pub(super) fn rest_loaded(&mut self, read_into: &Arc<Progress>, read: Contents) {
        if let WorkspaceState::Open { contents, rest, .. } = &mut self.workspace
            && matches!(rest, Rest::Reading(progress) if Arc::ptr_eq(progress, read_into))
        {
            contents.join(read);
            *rest = Rest::Read;
        }
    }

    /// An observation read whole: open it, unless another editor opened meanwhile.
    pub(super) fn observation_read(
        &mut self,
        id: &str,
        result: Result<Box<Observation>, Failure>,
    ) -> Vec<Effect> {
        let WorkspaceState::Open { contents, .. } = &self.workspace else {
            return vec![];
        };
        if self.editor.is_some() {
            return vec![];
        }
        let observation = match result {
            Ok(observation) => observation,
            Err(error) => {
                self.notice = Some(format!(
                    "The observation `{id}` could not be opened: {error}."
                ));
                return vec![];
            }
        };
        let Some(educator) = contents.educator(&observation.educator_id) else {
            self.notice = Some(format!(
                "The observation `{id}` could not be opened: it names the educator `{}`, who is not in this workspace.",
                observation.educator_id
            ));
            return vec![];
        };
        let mut screen = ObservationScreen::open(
            *observation,
            educator,
            &self.catalog,
            std::time::Instant::now(),
        );
        let request = match self.opening_at.take() {
            Some((found, place)) if found == id => screen.show(&place),
            _ => crate::ui::editor::Request::None,
        };
        self.open_observation(screen);
        self.request(request)
    }
}

/// "Reading the workspace: 120,000 of 427,641 records" (`what` is "the
/// educators" while only they are read); while the files are still being
/// listed, only how many are read so far.
#[must_use]
pub(super) fn progress_sentence(what: &str, progress: &Progress) -> String {
    let (read, listed) = progress.get();
    if read < listed {
        format!(
            "Reading {what}: {} of {} records",
            figure(read),
            figure(listed)
        )
    } else {
        format!(
            "Reading {what}: {} so far",
            crate::text::many(read, "record", "records")
        )
    }
}

/// "Still reading observations, evaluations and plans: 40%…".
#[must_use]
pub(super) fn still_reading(progress: &Progress) -> String {
    let (read, listed) = progress.get();
    let what = "Still reading observations, evaluations and plans";
    if read < listed {
        format!("{what}: {}%…", read * 100 / listed)
    } else {
        format!("{what}…")
    }
}

/// How far reading has come, from 0 to 1, for a bar; `None` while the
/// files are being listed (a full bar would say it was done).
#[must_use]
pub(super) fn fraction(progress: &Progress) -> Option<f32> {
    let (read, listed) = progress.get();
    (read < listed).then(|| read as f32 / listed as f32)
}
