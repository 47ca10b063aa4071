//! `teacher-eval overview`: the school year's outstanding work.

// Writing to a String cannot fail: hence `let _ = writeln!(…)`.
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;

use super::output::{fail, load_for_reading, print_out};
use super::school_year::school_year;
use crate::files::folders::Folders;
use crate::summary::caseload::{Caseload, Person, Visit, caseload};
use crate::summary::qualified::{Qualified, Standing, qualified};
use crate::text::count;
use crate::workspace::{Kind, Reading};

pub fn run(year: Option<&str>, json: bool, folders: &Folders) -> ExitCode {
    let year = match school_year(year) {
        Ok(year) => year,
        Err(e) => return fail(e),
    };
    let contents = match load_for_reading(
        folders,
        Reading::FOR_COUNTING
            .without(Kind::Measures)
            .without(Kind::GrowthPlans),
    ) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let caseload = caseload(&contents, &year);
    let due = schedule_counts(&contents, folders);
    let qualified = qualified(&contents, crate::clock::local_now().date_naive());
    if json {
        let mut value = as_json(&caseload);
        value["qualifications"] = qualified_json(&qualified);
        value["schedule"] = due.as_ref().map_or(serde_json::Value::Null, |(rules, counts)| {
            json!({"rules": rules, "overdue": counts[0], "due": counts[1], "done": counts[2]})
        });
        print_out(&format!("{value:#}\n"));
    } else {
        let mut text = as_text(&caseload);
        text += &qualified_text(&qualified);
        if let Some((rules, [overdue, due, done])) = due {
            let _ = writeln!(
                text,
                "Under {rules}: {overdue} overdue, {due} due, {done} done (`teacher-eval schedule` says what)."
            );
        }
        print_out(&text);
    }
    ExitCode::SUCCESS
}

/// Overdue, due and done under the workspace's rules today, when they are chosen and loaded.
fn schedule_counts(
    contents: &crate::workspace::Contents,
    folders: &Folders,
) -> Option<(String, [usize; 3])> {
    use crate::schedule::{Standing, chosen_rules, schedule};
    let sets = super::schedule_cmd::rule_sets(folders);
    let rules = chosen_rules(&contents.settings, &sets).ok()?;
    let workspace =
        crate::workspace::Workspace::open_read_only(&folders.workspace, "listing only").ok()?;
    let (planned, _) = workspace.planned_visits();
    let s = schedule(
        contents,
        &planned,
        rules,
        crate::clock::local_now().date_naive(),
    );
    Some((
        rules.title.clone(),
        [
            s.count(Standing::Overdue),
            s.count(Standing::Due),
            s.count(Standing::Done),
        ],
    ))
}

fn as_text(c: &Caseload) -> String {
    let mut out = format!(
        "School year {}: {}, {} ({} not yet shared), {} of {} finalised.\n",
        c.year,
        count(c.educators, "educator", "educators"),
        count(c.observations, "observation", "observations"),
        c.drafts.len(),
        c.finalised,
        count(c.educators, "evaluation", "evaluations"),
    );
    if c.archived > 0 {
        let _ = writeln!(
            out,
            "{} not counted (see `teacher-eval educator list --archived`).",
            count(c.archived, "archived educator is", "archived educators are"),
        );
    }
    let people = |title: &str, list: &[Person]| {
        let mut s = format!("{title} ({}):\n", list.len());
        for p in list {
            let _ = writeln!(s, "  {}  {} ({})", p.id, p.name, p.school);
        }
        s
    };
    let visits = |title: &str, list: &[Visit]| {
        let mut s = format!("{title} ({}):\n", list.len());
        for v in list {
            let _ = writeln!(s, "  {}  {}  {}", v.id, v.date, v.educator_name);
        }
        s
    };
    if c.is_clear() {
        out += "Nothing is outstanding.\n";
        return out;
    }
    if !c.not_observed.is_empty() {
        out += &people("Not observed yet this year", &c.not_observed);
    }
    if !c.drafts.is_empty() {
        out += &visits("Observations not yet shared", &c.drafts);
    }
    if !c.awaiting_acknowledgement.is_empty() {
        out += &visits(
            "Shared, waiting for acknowledgement",
            &c.awaiting_acknowledgement,
        );
    }
    if !c.to_finalise.is_empty() {
        out += &people("Evaluations to finalise", &c.to_finalise);
    }
    out
}

fn as_json(c: &Caseload) -> serde_json::Value {
    let people = |list: &[Person]| -> Vec<serde_json::Value> {
        list.iter()
            .map(|p| json!({"id": p.id, "name": p.name, "school": p.school}))
            .collect()
    };
    let visits = |list: &[Visit]| -> Vec<serde_json::Value> {
        list.iter()
            .map(|v| {
                json!({"id": v.id, "educator_id": v.educator_id,
                       "educator_name": v.educator_name, "date": v.date})
            })
            .collect()
    };
    json!({
        "school_year": c.year,
        "educators": c.educators,
        "archived": c.archived,
        "observations": c.observations,
        "finalised": c.finalised,
        "not_observed": people(&c.not_observed),
        "to_finalise": people(&c.to_finalise),
        "drafts": visits(&c.drafts),
        "awaiting_acknowledgement": visits(&c.awaiting_acknowledgement),
    })
}

/// Who falls short of the district's minimums, then whose degree is not
/// recorded; nothing when both lists are empty.
fn qualified_text(q: &Qualified) -> String {
    let list = |title: &str, list: &[Standing]| {
        let mut s = format!("{title} ({}):\n", list.len());
        for p in list {
            let said: Vec<String> = p.shortfalls.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                s,
                "  {}  {} ({}): {}",
                p.id,
                p.name,
                p.role,
                said.join("; ")
            );
        }
        s
    };
    let mut out = String::new();
    if !q.short.is_empty() {
        out += &list(
            "Short of the district's minimum degree, or a certification expired",
            &q.short,
        );
    }
    if !q.not_recorded.is_empty() {
        out += &list(
            "Degree not recorded where the role has a minimum",
            &q.not_recorded,
        );
    }
    out
}

fn qualified_json(q: &Qualified) -> serde_json::Value {
    let list = |list: &[Standing]| -> Vec<serde_json::Value> {
        list.iter()
            .map(|p| {
                let said: Vec<String> = p.shortfalls.iter().map(ToString::to_string).collect();
                json!({"id": p.id, "name": p.name, "role": p.role, "reasons": said})
            })
            .collect()
    };
    json!({"short": list(&q.short), "not_recorded": list(&q.not_recorded)})
}
