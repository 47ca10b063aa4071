//! Where the program reads and writes: the workspace and the rubric folders.

use std::path::PathBuf;

/// The environment variable that names the workspace when `--workspace` is not given.
pub const WORKSPACE_ENV: &str = "TEACHER_EVAL_WORKSPACE";

/// The folders one run of the program uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    /// The folder of records (educators, observations, ...).
    pub workspace: PathBuf,
    /// Rubric folders in the order they load; later ones replace earlier ids.
    pub rubric_dirs: Vec<PathBuf>,
}

impl Folders {
    /// Resolves the folders: `--workspace`, else `TEACHER_EVAL_WORKSPACE`, else
    /// the platform data folder; rubrics from the user's config folder, then
    /// each `--rubrics` folder.
    #[must_use]
    pub fn resolve(workspace: Option<PathBuf>, extra_rubric_dirs: Vec<PathBuf>) -> Folders {
        let dirs = project_dirs();
        let workspace = workspace
            .or_else(|| env_path(WORKSPACE_ENV))
            .or_else(|| dirs.as_ref().map(|d| d.data_dir().join("workspace")))
            .unwrap_or_else(|| PathBuf::from("teacher-eval-workspace"));
        let mut rubric_dirs: Vec<PathBuf> = user_rubric_dir().into_iter().collect();
        rubric_dirs.extend(extra_rubric_dirs);
        Folders {
            workspace,
            rubric_dirs,
        }
    }
}

/// The folder an environment variable names; set but empty counts as
/// unset (`TEACHER_EVAL_WORKSPACE=` would otherwise name the current folder).
pub fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
}

impl Folders {
    /// Scoring profile folders: `scoring/` inside each rubric folder, in the same order.
    #[must_use]
    pub fn profile_dirs(&self) -> Vec<PathBuf> {
        self.rubric_dirs.iter().map(|d| d.join("scoring")).collect()
    }
}

impl Folders {
    /// Compliance rules folders: `rules/` inside each rubric folder, in the same order.
    #[must_use]
    pub fn rules_dirs(&self) -> Vec<PathBuf> {
        self.rubric_dirs.iter().map(|d| d.join("rules")).collect()
    }
}

/// The user's own rubric folder, e.g. `~/.config/teacher-eval/rubrics` on Linux.
#[must_use]
pub fn user_rubric_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("rubrics"))
}

/// The user's remembered choices for the window, e.g.
/// `~/.config/teacher-eval/preferences.ron` on Linux.
#[must_use]
pub fn preferences_file() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("preferences.ron"))
}

/// What the suggester learned from the tags the user chose
/// (`files::tagging_examples`), e.g. `~/.local/share/teacher-eval/tagging-examples.ron`
/// on Linux: the user's data folder, beside (never inside) the default workspace.
#[must_use]
pub fn tagging_examples_file() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("tagging-examples.ron"))
}

/// The folder of the diagnostics log (`files::log_file`): the state
/// folder where the system has one (`~/.local/state/teacher-eval/logs` on
/// Linux, the XDG place for logs), else the local data folder.
#[must_use]
pub fn log_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.state_dir().unwrap_or(d.data_local_dir()).join("logs"))
}

/// Where copies of artifacts opened for viewing go, owner-only
/// (`~/.cache/teacher-eval/opened` on Linux): never the workspace's own
/// files, so a viewer that saves changes cannot alter the evidence.
#[must_use]
pub fn opened_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.cache_dir().join("opened"))
}

/// Where the educator's drafts of responses to packets are kept, owner-only
/// (`~/.local/share/teacher-eval/packet-drafts` on Linux): the one file the
/// program keeps on their computer besides the response they write.
#[must_use]
pub fn packet_drafts_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("packet-drafts"))
}

/// The environment variable that turns the derived index on for the
/// command line (`on`, or a folder to keep it in) or off everywhere (`off`).
pub const INDEX_ENV: &str = "TEACHER_EVAL_INDEX";

/// Where the derived index of workspaces is (`workspace::index`), and
/// whether this run may write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexPlace {
    pub dir: PathBuf,
    pub refresh: bool,
}

/// The index's place: the user's cache folder (`~/.cache/teacher-eval/index`
/// on Linux), never a workspace. The window keeps it up to date; the command
/// line, which writes nothing it was not asked to, only reads it, unless
/// `TEACHER_EVAL_INDEX` is `on` or names a folder. `off`: no index at all.
#[must_use]
pub fn index_place(window: bool) -> Option<IndexPlace> {
    let cache = || project_dirs().map(|d| d.cache_dir().join("index"));
    match env_path(INDEX_ENV) {
        Some(value) if value.as_os_str() == "off" => None,
        Some(value) if value.as_os_str() == "on" => {
            cache().map(|dir| IndexPlace { dir, refresh: true })
        }
        Some(dir) => Some(IndexPlace { dir, refresh: true }),
        None => cache().map(|dir| IndexPlace {
            dir,
            refresh: window,
        }),
    }
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "teacher-eval", "teacher-eval")
}

/// Where exported documents go by default: the user's Documents folder,
/// else their home folder, else the current folder.
#[must_use]
pub fn documents_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(PathBuf::from)
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
