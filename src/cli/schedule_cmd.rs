//! `teacher-eval schedule`: what is due, overdue and done under the
//! state's rules, and the calendar file.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::output::{fail, load_for_reading, print_out, report_problems, say, write_files};
use crate::files::folders::Folders;
use crate::record::DateOrder;
use crate::schedule::{RuleSets, Schedule, Standing, calendar_text, schedule};
use crate::workspace::{Contents, Kind, Reading, Workspace};

/// The rules files, with those that failed reported on stderr.
pub fn rule_sets(folders: &Folders) -> RuleSets {
    let sets = RuleSets::load(&folders.rules_dirs());
    for error in &sets.errors {
        say!("teacher-eval: a rules file was not loaded: {error}");
    }
    sets
}

pub fn run(on: Option<&str>, json: bool, ics: Option<&Path>, folders: &Folders) -> ExitCode {
    let on = match on {
        None => crate::clock::local_now().date_naive(),
        Some(text) => match crate::record::parse_date(text, DateOrder::from_env()) {
            Ok(date) => date,
            Err(e) => return fail(e),
        },
    };
    let reading = Reading::EDUCATORS
        .and(Kind::Observations)
        .and(Kind::Summatives);
    let contents = match load_for_reading(folders, reading) {
        Ok(contents) => contents,
        Err(code) => return code,
    };
    let sets = rule_sets(folders);
    let rules = match crate::schedule::chosen_rules(&contents.settings, &sets) {
        Ok(rules) => rules,
        Err(e) => return fail(format!("{e}.")),
    };
    let planned = match Workspace::open_read_only(&folders.workspace, "listing only") {
        Ok(workspace) => workspace.planned_visits(),
        Err(e) => return fail(e),
    };
    report_problems(&Contents {
        set_aside: planned.1,
        ..Contents::default()
    });
    let schedule = schedule(&contents, &planned.0, rules, on);
    if let Some(path) = ics {
        let text = calendar_text(
            &schedule,
            &super::output::catalog(folders).visits,
            crate::clock::local_now().with_timezone(&chrono::Utc),
        );
        if let Err(message) = write_files(&[(path, text.as_bytes())]) {
            return fail(message);
        }
    }
    if json {
        print_out(&format!("{:#}\n", as_json(&schedule)));
    } else {
        print_out(&as_text(&schedule));
        if let Some(path) = ics {
            print_out(&format!("Wrote the calendar to {}.\n", path.display()));
        }
    }
    ExitCode::SUCCESS
}

fn as_text(s: &Schedule) -> String {
    let mut out = format!(
        "School year {} as on {}, under {}: {} overdue, {} due, {} done.\n",
        s.year,
        s.on,
        s.rules_title,
        s.count(Standing::Overdue),
        s.count(Standing::Due),
        s.count(Standing::Done),
    );
    for p in &s.people {
        let _ = writeln!(
            out,
            "  {:<8} {}  {} ({}): {}",
            p.standing.key(),
            p.educator_id,
            p.name,
            p.employment,
            p.reason
        );
    }
    if !s.visits.is_empty() {
        let _ = writeln!(out, "Planned visits ({}):", s.visits.len());
        for v in &s.visits {
            let _ = writeln!(
                out,
                "  {}  {}  {}  {} ({})  {}  {}",
                v.visit.id,
                v.visit.at.format("%Y-%m-%d %H:%M"),
                v.educator_name,
                v.visit.kind.key(),
                v.visit.announcement(),
                v.visit.room,
                v.state(s.on)
            );
        }
    }
    out
}

fn as_json(s: &Schedule) -> serde_json::Value {
    let people: Vec<_> = s
        .people
        .iter()
        .map(|p| {
            let items: Vec<_> = p
                .items
                .iter()
                .map(|i| {
                    json!({
                        "what": i.wanted.key(), "uid": i.key, "by": i.by.to_string(),
                        "standing": i.standing.key(), "words": i.words,
                    })
                })
                .collect();
            json!({
                "id": p.educator_id, "name": p.name, "school": p.school,
                "employment": p.employment, "rule": p.rule, "standing": p.standing.key(),
                "reason": p.reason, "items": items,
            })
        })
        .collect();
    let visits: Vec<_> = s
        .visits
        .iter()
        .map(|v| {
            json!({
                "id": v.visit.id, "educator_id": v.visit.educator_id,
                "educator_name": v.educator_name, "kind": v.visit.kind.key(),
                "at": v.visit.at.to_rfc3339(), "room": v.visit.room,
                "announced": v.visit.announced, "state": v.state(s.on),
            })
        })
        .collect();
    json!({
        "school_year": s.year, "on": s.on.to_string(), "rules": s.rules_id,
        "educators": people, "visits": visits,
    })
}
