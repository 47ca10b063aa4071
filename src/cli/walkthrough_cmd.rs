//! `teacher-eval observation start` and `observation answer`: a visit
//! begun from the command line, and a look-for item answered, recorded as
//! an amendment once the observation was shared (as `observation rate` is).

use std::process::ExitCode;

use super::amend_cmd::{amend_error, author};
use super::output::{catalog, fail, open_for_writing, print_out};
use crate::files::folders::Folders;
use crate::record::{Educator, Observation, ObservationKind, trail};
use crate::workspace::Workspace;

/// What `observation start` was given.
pub struct StartArgs<'a> {
    pub educator: &'a str,
    pub kind: Option<&'a str>,
    pub form: Option<&'a str>,
    /// `None`: as the kind usually is for the educator's role.
    pub announced: Option<bool>,
    pub observer: Option<&'a str>,
}

pub fn start(args: &StartArgs<'_>, folders: &Folders) -> ExitCode {
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match try_start(&workspace, args, folders) {
        Ok(said) => {
            print_out(&format!("{said}\n"));
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

fn try_start(
    workspace: &Workspace,
    args: &StartArgs<'_>,
    folders: &Folders,
) -> Result<String, String> {
    let educator: Educator = workspace.read(args.educator).map_err(|e| format!("{e}."))?;
    if educator.archived.is_some() {
        return Err(format!(
            "{} is archived; unarchive them first (`teacher-eval educator unarchive {}`).",
            educator.name, educator.id
        ));
    }
    let catalog = catalog(folders);
    let kind = match (args.kind, args.form) {
        (Some(typed), _) => catalog
            .visits
            .choose(&educator.role, typed)
            .map_err(|message| format!("{message}."))?,
        (None, Some(_)) => ObservationKind::Walkthrough,
        (None, None) => catalog.visits.usual(&educator.role),
    };
    let mut observation = Observation::start(&educator, &catalog, kind, args.announced);
    let preferred = crate::files::preferences::user_name();
    if let Some(name) = args
        .observer
        .or(preferred.as_deref())
        .filter(|n| !n.trim().is_empty())
    {
        observation.observer = name.trim().to_string();
    }
    if let Some(id) = args.form {
        let form = catalog
            .lookfor(id)
            .ok_or_else(|| format!("{}.", catalog.lookfor_not_loaded(id)))?;
        observation
            .choose_form(form)
            .map_err(|e| format!("{e}; nothing was started."))?;
    }
    workspace
        .create(&observation)
        .map_err(|e| format!("{e}; nothing was started."))?;
    let visit = observation.visit_kind(&educator.role, &catalog);
    Ok(format!(
        "Started {}: {} ({}) of {}; it rates {}{}.",
        observation.id,
        visit.name.to_lowercase(),
        if observation.announced() {
            "announced"
        } else {
            "unannounced"
        },
        educator.name,
        visit.limits(),
        args.form
            .map(|f| format!("; the look-for form {f}"))
            .unwrap_or_default()
    ))
}

/// What `observation answer` was given.
pub struct AnswerArgs<'a> {
    pub id: &'a str,
    pub item: &'a str,
    pub answer: &'a str,
    pub reason: Option<&'a str>,
    pub by: Option<&'a str>,
}

pub fn answer(args: &AnswerArgs<'_>, folders: &Folders) -> ExitCode {
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match try_answer(&workspace, args, folders) {
        Ok(said) => {
            print_out(&format!("{said}\n"));
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

fn try_answer(
    workspace: &Workspace,
    args: &AnswerArgs<'_>,
    folders: &Folders,
) -> Result<String, String> {
    let current: Observation = workspace.read(args.id).map_err(|e| format!("{e}."))?;
    let catalog = catalog(folders);
    let entry = current
        .form(&catalog)
        .map_err(|e| format!("{}: {e}.", args.id))?;
    let mut next = current.clone();
    let (item, value) = next
        .answer_typed(&entry.form, args.item, args.answer)
        .map_err(|e| format!("{}: {e}.", args.id))?;
    next.changed = crate::record::now();
    let author = author(args.by, args.reason);
    let from = next.trail.amendments.len();
    let rubric = catalog.get(&current.rubric_id).map(|e| &e.rubric);
    trail::settle(&current, &mut next, &author, from, "observation", rubric)
        .map_err(|e| amend_error(args.id, &e))?;
    workspace.save(&next).map_err(|e| format!("{e}."))?;
    let answered = entry.form.item(&item).map_or_else(String::new, |i| {
        value
            .as_ref()
            .map_or_else(|| "no answer".to_string(), |v| v.text(&i.answer))
    });
    let amended = next.trail.amendments.len() > from;
    Ok(format!(
        "{}: {item} answered {answered}{}.",
        args.id,
        if amended {
            " (recorded as an amendment)"
        } else {
            ""
        }
    ))
}
