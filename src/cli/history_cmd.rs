//! `teacher-eval observation history` and `teacher-eval history restore`:
//! the versions a record went through and the amendments made after it was
//! shared, and bringing an earlier version back (itself a recorded change).

// Writing to a String cannot fail: hence `let _ = writeln!(…)`.
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::amend_cmd::{amend_error, author};
use super::output::{catalog, fail, open_for_writing, print_out};
use crate::files::folders::Folders;
use crate::record::trail::{self, Amendable};
use crate::record::{
    Educator, GrowthPlan, IdKind, Measure, Observation, SelfAssessment, Summative,
};
use crate::scoring::trim_number;
use crate::workspace::history::KeptVersion;
use crate::workspace::{Record, Workspace};

/// `observation history` and `history show`: any observation, evaluation or plan.
pub fn show(id: &str, json_out: bool, folders: &Folders) -> ExitCode {
    let workspace = match Workspace::open_read_only(&folders.workspace, "reading history") {
        Ok(workspace) => workspace,
        Err(e) => return fail(format!("{e}.")),
    };
    let shown = match id.split('-').next() {
        Some(p) if p == IdKind::Observation.prefix() => {
            shown::<Observation>(&workspace, id, json_out)
        }
        Some(p) if p == IdKind::Summative.prefix() => shown::<Summative>(&workspace, id, json_out),
        Some(p) if p == IdKind::GrowthPlan.prefix() => {
            shown::<GrowthPlan>(&workspace, id, json_out)
        }
        Some(p) if p == IdKind::Measure.prefix() => shown_measure(&workspace, id, json_out),
        Some(p) if p == IdKind::SelfAssessment.prefix() => {
            shown::<SelfAssessment>(&workspace, id, json_out)
        }
        _ => Err(format!(
            "`{id}` is not an observation, evaluation, plan, student measure or self-assessment id (obs-…, sum-…, gp-…, msr-…, sa-…)."
        )),
    };
    match shown {
        Ok(text) => {
            print_out(&text);
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

fn shown<R: Record + Amendable>(
    workspace: &Workspace,
    id: &str,
    json_out: bool,
) -> Result<String, String> {
    let current: R = workspace.read(id).map_err(|e| format!("{e}."))?;
    let versions = workspace.versions::<R>(id).map_err(|e| format!("{e}."))?;
    Ok(if json_out {
        format!("{}\n", history_json(&current, &versions))
    } else {
        history_text(&current, &versions)
    })
}

fn history_json<R: Amendable + Record>(
    current: &R,
    versions: &[(KeptVersion, R)],
) -> serde_json::Value {
    let t = current.trail();
    let version = |v: &Option<crate::record::Version>| {
        v.as_ref()
            .map(|v| json!({"fingerprint": v.fingerprint, "at": v.at.to_rfc3339()}))
    };
    let kept: Vec<_> = versions
        .iter()
        .map(|(kept, record)| {
            let fingerprint = record.content_fingerprint();
            json!({
                "version": kept.number,
                "fingerprint": fingerprint,
                "status": record.status().key(),
                "shared": t.shared.as_ref().is_some_and(|v| v.fingerprint == fingerprint),
                "acknowledged": t.acknowledged.as_ref().is_some_and(|v| v.fingerprint == fingerprint),
            })
        })
        .collect();
    let amendments: Vec<_> = t
        .amendments
        .iter()
        .map(|a| {
            json!({
                "at": a.at.to_rfc3339(), "by": a.by, "field": a.field, "old": a.old,
                "new": a.new, "reason": a.reason, "after_acknowledgement": a.after_acknowledgement,
            })
        })
        .collect();
    json!({
        "id": current.id(),
        "status": current.status().key(),
        "fingerprint": trail::fingerprint(current),
        "shared": version(&t.shared),
        "acknowledged": version(&t.acknowledged),
        "changed_since_shared": trail::changed_since_shared(current),
        "amended_after_acknowledgement": trail::amended_after_acknowledgement(current),
        "versions": kept,
        "amendments": amendments,
    })
}

fn history_text<R: Amendable + Record>(current: &R, versions: &[(KeptVersion, R)]) -> String {
    let t = current.trail();
    let mut out = format!(
        "{} ({}), content {}\n",
        current.id(),
        current.status().key(),
        trail::short(&trail::fingerprint(current))
    );
    if let Some(v) = &t.shared {
        let _ = writeln!(
            out,
            "Shared version {} on {}",
            trail::short(&v.fingerprint),
            v.at.format("%Y-%m-%d %H:%M")
        );
    }
    if let Some(v) = &t.acknowledged {
        let _ = writeln!(
            out,
            "Acknowledged version {} on {}",
            trail::short(&v.fingerprint),
            v.at.format("%Y-%m-%d %H:%M")
        );
    }
    if trail::amended_after_acknowledgement(current) {
        out.push_str("Amended since acknowledged: this version has not been acknowledged.\n");
    }
    let _ = writeln!(out, "Versions kept ({}):", versions.len());
    for (kept, record) in versions {
        let _ = writeln!(
            out,
            "  {:>4}  {}  {}",
            kept.number,
            trail::short(&record.content_fingerprint()),
            record.status().key()
        );
    }
    let _ = writeln!(out, "Amendments ({}):", t.amendments.len());
    for a in &t.amendments {
        let _ = writeln!(
            out,
            "  {}  {}  {}: “{}” → “{}”{}",
            a.at.format("%Y-%m-%d %H:%M"),
            a.by,
            a.field,
            a.old,
            a.new,
            if a.reason.is_empty() {
                String::new()
            } else {
                format!("  because: {}", a.reason)
            }
        );
    }
    out
}

/// What `history restore` was given.
pub struct Restore<'a> {
    pub id: &'a str,
    pub version: u64,
    pub reason: Option<&'a str>,
    pub by: Option<&'a str>,
}

pub fn restore(args: &Restore<'_>, folders: &Folders) -> ExitCode {
    let workspace = match open_for_writing(folders) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let done = match args.id.split('-').next() {
        Some(p) if p == IdKind::Observation.prefix() => {
            restore_amendable::<Observation>(&workspace, args, folders)
        }
        Some(p) if p == IdKind::Summative.prefix() => {
            restore_amendable::<Summative>(&workspace, args, folders)
        }
        Some(p) if p == IdKind::GrowthPlan.prefix() => {
            restore_amendable::<GrowthPlan>(&workspace, args, folders)
        }
        Some(p) if p == IdKind::SelfAssessment.prefix() => {
            restore_amendable::<SelfAssessment>(&workspace, args, folders)
        }
        Some(p) if p == IdKind::Educator.prefix() => restore_educator(&workspace, args),
        Some(p) if p == IdKind::Measure.prefix() => {
            return match restore_measure(&workspace, args) {
                Ok(replaced) => {
                    let tail = if replaced {
                        "the version it replaced is kept in its history"
                    } else {
                        "the student measure is back in the workspace"
                    };
                    print_out(&format!(
                        "{}: version {} restored; {tail}.\n",
                        args.id, args.version
                    ));
                    ExitCode::SUCCESS
                }
                Err(message) => fail(message),
            };
        }
        _ => Err(format!(
            "`{}` is not a record id (they start with edu-, obs-, sum-, gp-, msr- or sa-).",
            args.id
        )),
    };
    match done {
        Ok(()) => {
            print_out(&format!(
                "{}: version {} restored; the version it replaced is kept in its history.\n",
                args.id, args.version
            ));
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

/// The kept version numbered `number`, or a sentence listing those there are.
fn kept<R: Record>(workspace: &Workspace, id: &str, number: u64) -> Result<(R, R), String> {
    let current: R = workspace.read(id).map_err(|e| format!("{e}."))?;
    Ok((current, kept_version(workspace, id, number)?))
}

/// The kept version numbered `number` of a record, live or removed.
fn kept_version<R: Record>(workspace: &Workspace, id: &str, number: u64) -> Result<R, String> {
    let versions = workspace.versions::<R>(id).map_err(|e| format!("{e}."))?;
    let numbers: Vec<String> = versions.iter().map(|(k, _)| k.number.to_string()).collect();
    versions
        .into_iter()
        .find(|(k, _)| k.number == number)
        .map(|(_, r)| r)
        .ok_or_else(|| {
            if numbers.is_empty() {
                format!("{id} has no earlier versions kept.")
            } else {
                format!(
                    "{id} has no version {number}; the versions kept are {}.",
                    numbers.join(", ")
                )
            }
        })
}

fn restore_amendable<R: Record + Amendable>(
    workspace: &Workspace,
    args: &Restore<'_>,
    folders: &Folders,
) -> Result<(), String> {
    let (current, old) = kept::<R>(workspace, args.id, args.version)?;
    let mut who = author(args.by, args.reason);
    who.reason = match args.reason {
        Some(reason) => format!("Restored version {}: {reason}", args.version),
        None => format!("Restored version {}", args.version),
    };
    let catalog = catalog(folders);
    let rubric = current
        .rubric_id()
        .and_then(|id| catalog.get(id))
        .map(|e| &e.rubric);
    let mut next = trail::restored(&current, &old, &who, R::NAME, rubric)
        .map_err(|e| amend_error(args.id, &e))?;
    next.touch(who.at);
    workspace.save(&next).map_err(|e| format!("{e}."))
}

fn restore_educator(workspace: &Workspace, args: &Restore<'_>) -> Result<(), String> {
    let (current, mut old) = kept::<Educator>(workspace, args.id, args.version)?;
    old.created = current.created;
    old.changed = crate::record::now();
    workspace.save(&old).map_err(|e| format!("{e}."))
}

/// A student measure's kept versions: it may have been removed, and then
/// the versions are all there is.
fn shown_measure(workspace: &Workspace, id: &str, json_out: bool) -> Result<String, String> {
    let live = match workspace.read::<Measure>(id) {
        Ok(measure) => Some(measure),
        Err(crate::workspace::WorkspaceError::NotFound { .. }) => None,
        Err(e) => return Err(format!("{e}.")),
    };
    let versions = workspace
        .versions::<Measure>(id)
        .map_err(|e| format!("{e}."))?;
    if live.is_none() && versions.is_empty() {
        return Err(format!(
            "there is no student measure with the id `{id}` in the workspace, and none was removed."
        ));
    }
    let score = |m: &Measure| m.score.map_or_else(|| "pending".into(), trim_number);
    if json_out {
        let kept: Vec<_> = versions
            .iter()
            .map(|(kept, m)| {
                json!({
                    "version": kept.number,
                    "fingerprint": m.content_fingerprint(),
                    "measure": m.measure,
                    "school_year": m.school_year,
                    "score": m.score,
                    "changed": m.changed.to_rfc3339(),
                })
            })
            .collect();
        return Ok(format!(
            "{}\n",
            json!({"id": id, "removed": live.is_none(), "versions": kept})
        ));
    }
    let mut out = match &live {
        Some(m) => format!("{id} ({} {}, {})\n", m.measure, score(m), m.school_year),
        None => format!(
            "{id} was removed; `teacher-eval history restore {id} VERSION` brings a version back\n"
        ),
    };
    let _ = writeln!(out, "Versions kept ({}):", versions.len());
    for (kept, m) in &versions {
        let _ = writeln!(
            out,
            "  {:>4}  {}  {} {}  {}",
            kept.number,
            trail::short(&m.content_fingerprint()),
            m.measure,
            score(m),
            m.changed.format("%Y-%m-%d %H:%M")
        );
    }
    Ok(out)
}

/// Brings a measure's kept version back, live or removed; a version it
/// replaces is kept in its history. True when it replaced a live one.
fn restore_measure(workspace: &Workspace, args: &Restore<'_>) -> Result<bool, String> {
    let mut old: Measure = kept_version(workspace, args.id, args.version)?;
    let replaced = workspace.path_of::<Measure>(args.id).exists();
    old.changed = crate::record::now();
    workspace.save(&old).map_err(|e| format!("{e}."))?;
    Ok(replaced)
}
