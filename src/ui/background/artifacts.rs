//! Files attached as evidence, off the UI thread: stored by their hash,
//! opened as a read-only copy, checked to be still there.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Failure, Job, Message, open_path};
use crate::workspace::Workspace;

pub(super) fn run(job: Job) -> Option<Message> {
    Some(match job {
        Job::StoreArtifact(workspace, path) => Message::ArtifactStored(
            crate::workspace::artifacts::read_source(&path)
                .and_then(|incoming| workspace.store_artifact(incoming))
                .map_err(Failure::from),
        ),
        Job::OpenArtifact(workspace, artifact) => {
            Message::Opened(open_artifact(&workspace, &artifact))
        }
        Job::CheckArtifacts(workspace, shas) => Message::ArtifactsChecked(
            shas.into_iter()
                .map(|sha| {
                    let state = crate::workspace::artifacts::blob_state(workspace.root(), &sha);
                    (sha, state)
                })
                .collect(),
        ),
        _ => return None,
    })
}

fn open_artifact(workspace: &Workspace, artifact: &crate::record::Artifact) -> Result<(), Failure> {
    let into = crate::files::folders::opened_dir().ok_or_else(|| Failure::NotOpened {
        path: PathBuf::from(artifact.shown_name()),
        error: Arc::new(std::io::Error::other(
            "there is no cache folder to put a copy in for viewing",
        )),
    })?;
    let copy = workspace.copy_for_viewing(artifact, &into)?;
    open_path(&copy)
}
