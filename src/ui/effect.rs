//! Work the window asks for, as data: `App::update` turns an effect into a
//! task that runs off the UI thread; tests run the same effect directly.

use std::path::PathBuf;
use std::sync::Arc;

use iced::Task;
use iced::widget::operation;

use super::app::{Loaded, Message};
use crate::record::{Educator, Observation};
use crate::rubric::Catalog;
use crate::workspace::Workspace;

#[derive(Debug, Clone)]
pub enum Effect {
    /// Open (and lock) the workspace folder and read every record.
    OpenWorkspace(PathBuf),
    /// Read every record again (after an import or the demo).
    Reload(Arc<Workspace>),
    SaveEducator(Arc<Workspace>, Box<Educator>),
    /// Save one version of an observation; `u64` is the screen's revision.
    SaveObservation(Arc<Workspace>, u64, Box<Observation>),
    /// Close the window (everything is saved).
    CloseWindow(iced::window::Id),
    ImportRoster(Arc<Workspace>, PathBuf, Arc<Catalog>),
    LoadDemo(Arc<Workspace>, Arc<Catalog>),
    ReloadRubrics(Vec<PathBuf>),
    /// Move the keyboard focus to a text field.
    Focus(&'static str),
}

impl Effect {
    /// Does the work now, blocking. `None` for effects that only touch the window.
    pub fn run(self) -> Option<Message> {
        Some(match self {
            Effect::OpenWorkspace(root) => Message::WorkspaceLoaded(
                Workspace::open(&root)
                    .map(|workspace| loaded(Arc::new(workspace)))
                    .map_err(|e| e.to_string()),
            ),
            Effect::Reload(workspace) => Message::WorkspaceLoaded(Ok(loaded(workspace))),
            Effect::SaveEducator(workspace, educator) => Message::EducatorSaved(
                workspace
                    .save(&*educator)
                    .map(|()| educator)
                    .map_err(|e| e.to_string()),
            ),
            Effect::ImportRoster(workspace, path, catalog) => {
                let result = std::fs::read(&path)
                    .map_err(|e| {
                        format!(
                            "{} cannot be read: {}",
                            path.display(),
                            crate::workspace::plain(&e)
                        )
                    })
                    .and_then(|bytes| {
                        crate::workspace::import_roster(&workspace, &bytes, &catalog)
                            .map_err(|e| e.to_string())
                    });
                Message::RosterImported(result)
            }
            Effect::LoadDemo(workspace, catalog) => {
                let today = chrono::Local::now().date_naive();
                let result = crate::demo::write_demo(
                    &workspace,
                    crate::demo::DEFAULT_EDUCATORS,
                    1,
                    today,
                    &catalog,
                    &|_, _| {},
                );
                Message::DemoWritten(result.map(|_| ()))
            }
            Effect::SaveObservation(workspace, revision, observation) => {
                Message::ObservationSaved {
                    revision,
                    result: workspace
                        .save(&*observation)
                        .map(|()| observation)
                        .map_err(|e| e.to_string()),
                }
            }
            Effect::CloseWindow(_) => return None,
            Effect::ReloadRubrics(dirs) => Message::CatalogLoaded(Arc::new(Catalog::load(&dirs))),
            Effect::Focus(_) => return None,
        })
    }

    /// The effect as an iced task: focus right away, everything else off the UI thread.
    pub fn into_task(self) -> Task<Message> {
        match self {
            Effect::Focus(id) => operation::focus(id),
            Effect::CloseWindow(id) => iced::window::close(id),
            effect => Task::future(async move { effect.run() }).and_then(Task::done),
        }
    }
}

fn loaded(workspace: Arc<Workspace>) -> Arc<Loaded> {
    let contents = workspace.load();
    Arc::new(Loaded {
        workspace,
        contents,
    })
}
