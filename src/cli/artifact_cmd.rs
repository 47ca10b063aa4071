//! `teacher-eval artifact add|list|open|export|remove`: files attached to
//! an observation, an evaluation or a growth plan, through the same
//! data-layer functions the window calls.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::amend_cmd::author;
use super::args::{ArtifactCommand, SupplierArg};
use super::output::{catalog, fail, print_out};
use crate::files::folders::Folders;
use crate::record::artifact::{self, WithArtifacts};
use crate::record::{Educator, GrowthPlan, IdKind, Observation, Summative, Supplier};
use crate::workspace::artifacts::{blob_state, read_blob, safe_file_name};
use crate::workspace::{Attaching, BlobError, BlobState, Record, Workspace};

/// A record that carries artifacts, with the rubric its components come from.
trait Carrier: WithArtifacts + Record {
    fn rubric_for(&self, workspace: &Workspace) -> Option<String>;
}

impl Carrier for Observation {
    fn rubric_for(&self, _: &Workspace) -> Option<String> {
        Some(self.rubric_id.clone())
    }
}

impl Carrier for Summative {
    fn rubric_for(&self, _: &Workspace) -> Option<String> {
        Some(self.rubric_id.clone())
    }
}

/// A plan names no rubric: its educator's is used.
impl Carrier for GrowthPlan {
    fn rubric_for(&self, workspace: &Workspace) -> Option<String> {
        workspace
            .read::<Educator>(&self.educator_id)
            .ok()
            .map(|e| e.rubric_id)
    }
}

pub fn run(command: ArtifactCommand, folders: &Folders) -> ExitCode {
    let id = match &command {
        ArtifactCommand::Add { record, .. }
        | ArtifactCommand::List { record, .. }
        | ArtifactCommand::Open { record, .. }
        | ArtifactCommand::Export { record, .. }
        | ArtifactCommand::Remove { record, .. } => record.clone(),
    };
    let done = match id.split('-').next() {
        Some(p) if p == IdKind::Observation.prefix() => run_on::<Observation>(command, folders),
        Some(p) if p == IdKind::Summative.prefix() => run_on::<Summative>(command, folders),
        Some(p) if p == IdKind::GrowthPlan.prefix() => run_on::<GrowthPlan>(command, folders),
        _ => Err(format!(
            "`{id}` is not an observation, evaluation or growth plan id (obs-…, sum-…, gp-…)."
        )),
    };
    match done {
        Ok(said) => {
            print_out(&said);
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

fn run_on<R: Carrier>(command: ArtifactCommand, folders: &Folders) -> Result<String, String> {
    match command {
        ArtifactCommand::List { record, json } => {
            let workspace = read_only(folders)?;
            let current: R = workspace.read(&record).map_err(|e| format!("{e}."))?;
            Ok(listed(&workspace, &current, json))
        }
        ArtifactCommand::Open { record, which } => {
            open_copy::<R>(&read_only(folders)?, &record, &which)
        }
        ArtifactCommand::Export { record, which, out } => {
            export::<R>(&read_only(folders)?, &record, &which, &out)
        }
        ArtifactCommand::Add {
            record,
            file,
            components,
            caption,
            supplied_by,
            reason,
            by,
        } => {
            let author = author(by.as_deref(), reason.as_deref());
            let supplied_by = match supplied_by {
                SupplierArg::Evaluator => Supplier::Evaluator,
                SupplierArg::Educator => Supplier::Educator,
            };
            let adding = Adding {
                components: &components,
                caption: &caption,
                supplied_by,
                author: &author,
            };
            add::<R>(&writable(folders)?, &record, &file, &adding, folders)
        }
        ArtifactCommand::Remove {
            record,
            which,
            reason,
            by,
        } => {
            let workspace = writable(folders)?;
            let author = author(by.as_deref(), reason.as_deref());
            let (saved, removed) = workspace
                .detach_artifact::<R>(&record, &which, &author)
                .map_err(|e| refused(&record, &e))?;
            Ok(format!(
                "{record}: removed {} (SHA-256 {}){}; its file stays in the workspace.\n",
                removed.shown_name(),
                removed.sha256,
                amended(&saved)
            ))
        }
    }
}

/// What `artifact add` was given besides the record and the file.
struct Adding<'a> {
    components: &'a [String],
    caption: &'a str,
    supplied_by: Supplier,
    author: &'a crate::record::trail::Author,
}

fn add<R: Carrier>(
    workspace: &Workspace,
    id: &str,
    file: &Path,
    adding: &Adding<'_>,
    folders: &Folders,
) -> Result<String, String> {
    let current: R = workspace.read(id).map_err(|e| format!("{e}."))?;
    let how = Attaching {
        caption: adding.caption,
        components: resolve::<R>(workspace, &current, adding.components, folders)?,
        supplied_by: adding.supplied_by,
        author: adding.author,
    };
    let (saved, number) = workspace
        .attach_file::<R>(id, file, &how)
        .map_err(|e| refused(id, &e))?;
    let added = &saved.artifacts()[number - 1];
    Ok(format!(
        "{id}: attached {} as artifact {number} (SHA-256 {}){}.\n",
        added.shown_name(),
        added.sha256,
        amended(&saved)
    ))
}

fn read_only(folders: &Folders) -> Result<Workspace, String> {
    Workspace::open_read_only(&folders.workspace, "reading artifacts").map_err(|e| format!("{e}."))
}

/// The workspace locked to change it, or why it cannot be.
fn writable(folders: &Folders) -> Result<Workspace, String> {
    let workspace = Workspace::open(&folders.workspace).map_err(|e| format!("{e}."))?;
    if let Some(reason) = workspace.read_only_reason() {
        return Err(format!(
            "the workspace {} cannot be changed now: {reason}.",
            folders.workspace.display()
        ));
    }
    Ok(workspace)
}

/// " (recorded as an amendment)" when the save added one.
fn amended<R: WithArtifacts>(saved: &R) -> &'static str {
    let changed = saved.changed_at();
    if saved
        .trail()
        .amendments
        .last()
        .is_some_and(|a| a.at == changed)
    {
        " (recorded as an amendment)"
    } else {
        ""
    }
}

/// A refusal in one sentence, naming the option that fixes it.
fn refused(id: &str, error: &BlobError) -> String {
    match error {
        BlobError::Amend(e) => super::amend_cmd::amend_error(id, e),
        BlobError::Record(artifact::ArtifactError::ReasonRequired { .. }) => {
            format!("{id}: {error}; give it with --reason TEXT.")
        }
        _ => format!("{id}: {error}."),
    }
}

/// The `--component` values as the rubric's ids, or why not.
fn resolve<R: Carrier>(
    workspace: &Workspace,
    record: &R,
    typed: &[String],
    folders: &Folders,
) -> Result<Vec<String>, String> {
    if typed.is_empty() {
        return Ok(Vec::new());
    }
    let rubric_id = record.rubric_for(workspace).unwrap_or_default();
    let catalog = catalog(folders);
    let rubric = catalog.get(&rubric_id).map(|e| &e.rubric).ok_or_else(|| {
        format!(
            "{}: the rubric `{rubric_id}` is not loaded, so the components given cannot be checked.",
            record.id()
        )
    })?;
    artifact::resolve_components(rubric, typed).map_err(|e| format!("{}: {e}.", record.id()))
}

/// The artifacts as text or JSON, each with what reading its file found.
fn listed<R: Carrier>(workspace: &Workspace, record: &R, json_out: bool) -> String {
    let states: Vec<BlobState> = record
        .artifacts()
        .iter()
        .map(|a| blob_state(workspace.root(), &a.sha256))
        .collect();
    if json_out {
        return listed_json(record, &states);
    }
    let mut out = format!(
        "{}: {}\n",
        record.id(),
        crate::text::count(record.artifacts().len(), "artifact", "artifacts")
    );
    for (i, (a, state)) in record.artifacts().iter().zip(&states).enumerate() {
        let _ = writeln!(
            out,
            "{}  {}  {}, {}  SHA-256 {}",
            i + 1,
            a.shown_name(),
            a.kind.label(),
            crate::text::size(usize::try_from(a.size).unwrap_or(usize::MAX)),
            a.sha256
        );
        if !a.caption.is_empty() {
            let _ = writeln!(out, "   caption: {}", a.caption);
        }
        let components = if a.components.is_empty() {
            "none".to_string()
        } else {
            a.components.join(", ")
        };
        let _ = writeln!(
            out,
            "   components: {components}; supplied by {}; added{} {}",
            a.supplied_by,
            if a.added_by.is_empty() {
                String::new()
            } else {
                format!(" by {}", a.added_by)
            },
            a.added_at.format("%Y-%m-%d %H:%M")
        );
        if let Some(problem) = state.problem() {
            let _ = writeln!(out, "   PROBLEM: {problem}");
        }
    }
    out
}

fn listed_json<R: Carrier>(record: &R, states: &[BlobState]) -> String {
    let items: Vec<serde_json::Value> = record
        .artifacts()
        .iter()
        .zip(states)
        .enumerate()
        .map(|(i, (a, state))| {
            json!({
                "number": i + 1,
                "sha256": a.sha256,
                "file_name": a.file_name,
                "size": a.size,
                "kind": a.kind.label(),
                "caption": a.caption,
                "components": a.components,
                "supplied_by": match a.supplied_by {
                    Supplier::Evaluator => "evaluator",
                    Supplier::Educator => "educator",
                },
                "added_by": a.added_by,
                "added_at": a.added_at.to_rfc3339(),
                "state": match state {
                    BlobState::Present => "present",
                    BlobState::Missing => "missing",
                    BlobState::Damaged => "damaged",
                    BlobState::Unreadable(_) => "unreadable",
                },
                "problem": state.problem(),
            })
        })
        .collect();
    format!("{}\n", serde_json::Value::Array(items))
}

/// A checked, read-only copy handed to the desktop's default program.
fn open_copy<R: Carrier>(workspace: &Workspace, id: &str, which: &str) -> Result<String, String> {
    let record: R = workspace.read(id).map_err(|e| format!("{e}."))?;
    let index = artifact::find(&record, which).map_err(|e| format!("{id}: {e}."))?;
    let into = crate::files::folders::opened_dir()
        .ok_or_else(|| "there is no cache folder to put a copy in for viewing.".to_string())?;
    let copy = workspace
        .copy_for_viewing(&record.artifacts()[index], &into)
        .map_err(|e| format!("{id}: {e}."))?;
    open_with_desktop(&copy)?;
    Ok(format!("Opened a read-only copy: {}\n", copy.display()))
}

/// Opens `path` with the default program; on some desktops the call waits
/// until the viewer closes, so a quiet two seconds counts as success.
fn open_with_desktop(path: &Path) -> Result<(), String> {
    let (sender, receiver) = std::sync::mpsc::channel();
    let target = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = sender.send(open::that(&target));
    });
    match receiver.recv_timeout(std::time::Duration::from_secs(2)) {
        Ok(Err(error)) => Err(format!("{} could not be opened: {error}.", path.display())),
        _ => Ok(()),
    }
}

/// The artifact's checked bytes written to `out` (into it, under a safe name, when it is a folder).
fn export<R: Carrier>(
    workspace: &Workspace,
    id: &str,
    which: &str,
    out: &Path,
) -> Result<String, String> {
    let record: R = workspace.read(id).map_err(|e| format!("{e}."))?;
    let index = artifact::find(&record, which).map_err(|e| format!("{id}: {e}."))?;
    let chosen = &record.artifacts()[index];
    let bytes = read_blob(workspace.root(), &chosen.sha256).map_err(|e| format!("{id}: {e}."))?;
    let is_folder = std::fs::symlink_metadata(out).is_ok_and(|m| m.is_dir());
    let path = if is_folder {
        out.join(safe_file_name(chosen))
    } else {
        out.to_path_buf()
    };
    crate::workspace::write_user_file(&path, &bytes)
        .map_err(|why| format!("{} cannot be written: {why}.", path.display()))?;
    Ok(format!(
        "Wrote {} ({}).\n",
        path.display(),
        crate::text::size(bytes.len())
    ))
}
