//! `teacher-eval observation plan`, `planned` and `unplan`: visits on the
//! year's calendar.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::output::{fail, open_for_writing, print_out, report_problems};
use crate::files::folders::Folders;
use crate::record::{DateOrder, Educator, ObservationKind, PlannedVisit};
use crate::workspace::{Contents, Reading, VisitPlan, Workspace, parse_date_time};

/// What `observation plan` was given.
pub struct PlanArgs {
    pub educator: String,
    pub kind: String,
    pub at: String,
    pub room: String,
    pub minutes: Option<u32>,
    /// `None`: as the kind usually is.
    pub announced: Option<bool>,
}

pub fn plan(args: &PlanArgs, folders: &Folders) -> ExitCode {
    if ObservationKind::from_key(&args.kind).is_none() {
        return fail(format!(
            "`{}` is not a kind of visit; use formal, informal, walkthrough or virtual for a teacher, or pd-session, site-visit, artifact-review or planning-conference for a technology coordinator.",
            crate::files::csv_rows::shown(&args.kind)
        ));
    }
    let (date, time) = match parse_date_time(&args.at, DateOrder::from_env()) {
        Ok(at) => at,
        Err(message) => return fail(format!("{message}.")),
    };
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let (kind, announced) = match role_kind(&workspace, args, folders) {
        Ok(chosen) => chosen,
        Err(message) => return fail(message),
    };
    let plan = VisitPlan {
        educator_id: args.educator.clone(),
        kind,
        date,
        time,
        minutes: args.minutes,
        room: args.room.clone(),
        announced,
    };
    match workspace.plan_visit(&plan) {
        Ok(visit) => {
            print_out(&format!(
                "Planned {} ({}), {}: {}{}.\n",
                visit.id,
                visit.announcement(),
                kind,
                visit.at.format("%Y-%m-%d %H:%M"),
                if visit.room.is_empty() {
                    String::new()
                } else {
                    format!(", {}", visit.room)
                }
            ));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}; nothing was planned.")),
    }
}

/// The kind typed, if the educator's role has it, and whether the visit is
/// announced (as typed, else as the role has the kind). An educator who
/// cannot be read is left to `plan_visit` to report.
fn role_kind(
    workspace: &Workspace,
    args: &PlanArgs,
    folders: &Folders,
) -> Result<(ObservationKind, Option<bool>), String> {
    let fallback = ObservationKind::from_key(&args.kind).unwrap_or(ObservationKind::Formal);
    let Ok(educator) = workspace.read::<Educator>(&args.educator) else {
        return Ok((fallback, args.announced));
    };
    let visits = super::output::catalog(folders).visits;
    let kind = visits
        .choose(&educator.role, &args.kind)
        .map_err(|m| format!("{m}; nothing was planned."))?;
    let announced = args
        .announced
        .unwrap_or_else(|| visits.kind(&educator.role, kind).announced);
    Ok((kind, Some(announced)))
}

/// The workspace to read planned visits from, and its educators.
fn read(folders: &Folders) -> Result<(Vec<PlannedVisit>, Contents), ExitCode> {
    let contents = super::output::load_for_reading(folders, Reading::EDUCATORS)?;
    let workspace = Workspace::open_read_only(&folders.workspace, "listing only").map_err(fail)?;
    let (visits, aside) = workspace.planned_visits();
    report_problems(&Contents {
        set_aside: aside,
        ..Contents::default()
    });
    Ok((visits, contents))
}

pub fn list(educator: Option<&str>, json: bool, folders: &Folders) -> ExitCode {
    let (visits, contents) = match read(folders) {
        Ok(read) => read,
        Err(code) => return code,
    };
    if let Some(Err(message)) = educator.map(|id| super::school_year::educator(&contents, id)) {
        return fail(message);
    }
    let name = |id: &str| contents.educator(id).map_or("", |e| e.name.as_str());
    let shown: Vec<&PlannedVisit> = visits
        .iter()
        .filter(|v| educator.is_none_or(|id| v.educator_id == id))
        .collect();
    if json {
        let rows: Vec<_> = shown
            .iter()
            .map(|v| {
                json!({
                    "id": v.id, "educator_id": v.educator_id, "educator_name": name(&v.educator_id),
                    "kind": v.kind.key(), "at": v.at.to_rfc3339(), "minutes": v.minutes,
                    "room": v.room, "announced": v.announced,
                })
            })
            .collect();
        print_out(&format!("{:#}\n", serde_json::Value::Array(rows)));
        return ExitCode::SUCCESS;
    }
    let mut out = String::new();
    for v in shown {
        let _ = writeln!(
            out,
            "{}  {}  {}  {} ({})  {}",
            v.id,
            v.at.format("%Y-%m-%d %H:%M"),
            name(&v.educator_id),
            v.kind.key(),
            v.announcement(),
            v.room
        );
    }
    print_out(&out);
    ExitCode::SUCCESS
}

pub fn unplan(id: &str, folders: &Folders) -> ExitCode {
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match workspace.remove_planned_visit(id) {
        Ok(visit) => {
            print_out(&format!(
                "Took {} ({} on {}) off the calendar; its record is kept in its history.\n",
                visit.id,
                visit.kind.key(),
                visit.at.format("%Y-%m-%d %H:%M")
            ));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{e}.")),
    }
}
