//! `teacher-eval observation rate`: the same change the Rate tab makes,
//! recorded as an amendment once the observation was shared.

use std::process::ExitCode;

use super::output::{catalog, fail, open_for_writing, print_out};
use crate::files::folders::Folders;
use crate::record::trail::{self, AmendError, Author};
use crate::record::{Observation, Rating, RatingLevel};
use crate::rubric::Rubric;
use crate::workspace::Workspace;

/// What `observation rate` was given.
pub struct Rate<'a> {
    pub id: &'a str,
    pub component: &'a str,
    pub level: &'a str,
    pub rationale: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub by: Option<&'a str>,
}

pub fn rate(args: &Rate<'_>, folders: &Folders) -> ExitCode {
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match try_rate(&workspace, args, folders) {
        Ok(said) => {
            print_out(&format!("{said}\n"));
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

fn try_rate(workspace: &Workspace, args: &Rate<'_>, folders: &Folders) -> Result<String, String> {
    let current: Observation = workspace.read(args.id).map_err(|e| format!("{e}."))?;
    let catalog = catalog(folders);
    let rubric = catalog
        .get(&current.rubric_id)
        .map(|e| &e.rubric)
        .ok_or_else(|| {
            format!(
                "the rubric `{}` of {} is not loaded, so its levels are not known.",
                current.rubric_id, args.id
            )
        })?;
    let component = rubric
        .component(args.component)
        .map(|c| c.id.clone())
        .ok_or_else(|| {
            format!(
                "the rubric {} has no component `{}`.",
                rubric.id, args.component
            )
        })?;
    let role = workspace
        .read::<crate::record::Educator>(&current.educator_id)
        .map(|e| e.role)
        .unwrap_or_default();
    current
        .visit_kind(&role, &catalog)
        .check_rating(rubric, &component)
        .map_err(|e| format!("{}: {e}; nothing was changed.", args.id))?;
    let level = parse_level(rubric, args.level)?;
    let mut next = current.clone();
    set_rating(&mut next, &component, level, args.rationale);
    next.changed = crate::record::now();
    let author = author(args.by, args.reason);
    let from = next.trail.amendments.len();
    trail::settle(
        &current,
        &mut next,
        &author,
        from,
        "observation",
        Some(rubric),
    )
    .map_err(|e| amend_error(args.id, &e))?;
    workspace.save(&next).map_err(|e| format!("{e}."))?;
    let amended = next.trail.amendments.len() > from;
    Ok(format!(
        "{}: {component} rated {}{}.",
        args.id,
        crate::record::rating_text(Some(rubric), level),
        if amended {
            " (recorded as an amendment)"
        } else {
            ""
        }
    ))
}

/// A level's score or name, or `not-observed`.
fn parse_level(rubric: &Rubric, typed: &str) -> Result<RatingLevel, String> {
    let typed = typed.trim();
    if crate::text::same_text(typed, "not-observed")
        || crate::text::same_text(typed, "not observed")
    {
        return Ok(RatingLevel::NotObserved);
    }
    rubric
        .levels
        .iter()
        .find(|l| l.score.to_string() == typed || crate::text::same_text(&l.name, typed))
        .map(|l| RatingLevel::Level(l.score))
        .ok_or_else(|| {
            let names: Vec<String> = rubric
                .levels
                .iter()
                .map(|l| format!("{} ({})", l.name, l.score))
                .collect();
            format!(
                "`{typed}` is not a level of {}; use one of {} or not-observed.",
                rubric.id,
                names.join(", ")
            )
        })
}

fn set_rating(
    observation: &mut Observation,
    component: &str,
    level: RatingLevel,
    rationale: Option<&str>,
) {
    match observation
        .ratings
        .iter_mut()
        .find(|r| r.component == component)
    {
        Some(rating) => {
            rating.level = level;
            if let Some(text) = rationale {
                rating.rationale = text.to_string();
            }
        }
        None => observation.ratings.push(Rating {
            component: component.to_string(),
            level,
            rationale: rationale.unwrap_or_default().to_string(),
            evidence: Vec::new(),
        }),
    }
}

/// Who is changing a record: `--by`, else the name in the user's preferences.
pub fn author(by: Option<&str>, reason: Option<&str>) -> Author {
    Author {
        name: by
            .map(str::to_string)
            .or_else(crate::files::preferences::user_name)
            .unwrap_or_default(),
        reason: reason.unwrap_or_default().trim().to_string(),
        at: crate::record::now(),
    }
}

/// An amendment refused, in one sentence naming the option that fixes it.
pub fn amend_error(id: &str, error: &AmendError) -> String {
    match error {
        AmendError::ReasonRequired { .. } => {
            format!("{id}: {error}; give it with --reason TEXT.")
        }
        AmendError::NameRequired { .. } => {
            format!("{id}: {error}; give it with --by NAME.")
        }
    }
}
