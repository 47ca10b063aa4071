//! The year's calendar from the command line: choosing the state's rules,
//! planning, listing and removing visits, `schedule` in words and JSON, and
//! the calendar file read back by a well-kept iCalendar parser, hostile
//! names and all.

mod common;

use common::binary::{Home, stderr, stdout};
use common::{sample_educator, sample_observation};
use icalendar::{Calendar, Component};
use teacher_eval::record::{Employment, ObservationKind};
use teacher_eval::workspace::Workspace;

/// Every file of the workspace and its bytes, but the lock (which names the
/// process that last held it).
fn snapshot(root: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = common::snapshot(root);
    files.retain(|(path, _)| !path.ends_with(".lock"));
    files
}

/// A name with everything a calendar file must escape or leave out.
const HOSTILE: &str = "O'Brien, Siobhán; \"Sam\"\r\nDROP\u{7}\\END:VEVENT";

/// A tenured teacher with a hostile name, observed once in October (formal,
/// no post-conference yet), and the workspace under New Jersey's rules.
fn school(home: &Home) -> String {
    let ws = Workspace::open(&home.workspace).expect("open");
    let mut e = sample_educator("edu-000000000001", HOSTILE);
    e.employment = Employment::Tenured;
    ws.create(&e).expect("educator");
    let mut o = sample_observation("obs-000000000001", &e.id);
    o.started_at = common::at("2026-10-06T10:00:00-05:00");
    o.kind = ObservationKind::Formal;
    o.post_conference = String::new();
    ws.create(&o).expect("observation");
    drop(ws);
    let out = home.run(&["settings", "--rules", "new-jersey"]);
    assert!(out.status.success(), "{}", stderr(&out));
    e.id
}

fn plan(home: &Home, args: &[&str]) -> std::process::Output {
    let mut all = vec!["observation", "plan"];
    all.extend_from_slice(args);
    // On UTC's clock, so the time planned is the time in the file.
    home.command()
        .env("TZ", "UTC")
        .args(&all)
        .output()
        .expect("the binary runs")
}

#[test]
fn a_visit_is_planned_listed_and_taken_off() {
    let home = Home::new();
    let id = school(&home);
    let out = plan(
        &home,
        &[
            &id,
            "--kind",
            "informal",
            "--at",
            "2027-01-12 09:40",
            "--room",
            "Room 114",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("(unannounced)"), "{}", stdout(&out));
    let out = home.run(&["observation", "planned", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let visit = &rows[0];
    assert_eq!(visit["kind"], "informal");
    assert_eq!(visit["room"], "Room 114");
    assert_eq!(visit["announced"], false);
    assert!(
        visit["at"]
            .as_str()
            .is_some_and(|t| t.starts_with("2027-01-12T09:40:00"))
    );
    let vis = visit["id"].as_str().expect("an id").to_string();
    let file = home.workspace.join("planned").join(format!("{vis}.ron"));
    assert!(file.is_file());
    let out = home.run(&["observation", "unplan", &vis]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!file.exists());
    assert!(
        home.workspace.join("history/planned").join(&vis).is_dir(),
        "kept in history"
    );
    let out = home.run(&["observation", "planned", "--json"]);
    assert_eq!(stdout(&out).trim(), "[]");
}

#[test]
fn wrong_plans_are_refused_in_one_sentence_and_write_nothing() {
    let home = Home::new();
    let id = school(&home);
    let before = snapshot(&home.workspace);
    for (args, says) in [
        (
            vec![id.as_str(), "--kind", "lecture", "--at", "2027-01-12 09:40"],
            "not a kind of visit",
        ),
        (
            vec![id.as_str(), "--kind", "formal", "--at", "tomorrow-ish"],
            "is not a date and a time",
        ),
        (
            vec![id.as_str(), "--kind", "formal", "--at", "2027-02-30 09:40"],
            "is not a date and a time",
        ),
        (
            vec![id.as_str(), "--kind", "formal", "--at", "2027-01-12 9:40"],
            "is not a date and a time",
        ),
        (
            vec![
                "edu-999999999999",
                "--kind",
                "formal",
                "--at",
                "2027-01-12 09:40",
            ],
            "there is no educator",
        ),
        (
            vec!["../../etc", "--kind", "formal", "--at", "2027-01-12 09:40"],
            "not a valid record id",
        ),
        (
            vec![
                id.as_str(),
                "--kind",
                "formal",
                "--at",
                "2027-01-12 09:40",
                "--minutes",
                "0",
            ],
            "1 to 600 minutes",
        ),
    ] {
        let out = plan(&home, &args);
        assert!(!out.status.success(), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    let long_room = "R".repeat(101);
    let out = plan(
        &home,
        &[
            &id,
            "--kind",
            "formal",
            "--at",
            "2027-01-12 09:40",
            "--room",
            &long_room,
        ],
    );
    assert!(
        stderr(&out).contains("more than the 100 allowed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&home.workspace), before);
}

#[test]
fn the_schedule_says_what_is_due_in_words_and_json() {
    let home = Home::new();
    let id = school(&home);
    let out = plan(
        &home,
        &[&id, "--kind", "informal", "--at", "2027-01-12 09:40"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = home.run(&["schedule", "--on", "2026-10-27"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("0 overdue, 1 due, 0 done"), "{text}");
    assert!(
        text.contains("post-conference of the 2026-10-06 observation due by 2026-10-27"),
        "{text}"
    );
    // Control characters in the name are shown escaped, never sent to the terminal.
    assert!(!text.contains('\u{7}'), "{text}");
    let out = home.run(&["schedule", "--on", "2026-10-28", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["rules"], "new-jersey");
    let person = &json["educators"][0];
    assert_eq!(person["standing"], "overdue");
    assert_eq!(person["name"], HOSTILE);
    assert!(person["reason"].as_str().is_some_and(|r| r.contains(
        "1 of 2 observations; an unannounced one still to do by 2027-06-30 (1 planned: 2027-01-12 unannounced)"
    )));
    assert_eq!(json["visits"][0]["state"], "planned");
}

#[test]
fn the_calendar_file_reads_back_and_a_second_export_keeps_its_uids() {
    let home = Home::new();
    let id = school(&home);
    let room = "Room 114; Wing B, \"new\"\nsecond line";
    let out = plan(
        &home,
        &[
            &id,
            "--kind",
            "formal",
            "--at",
            "2027-01-12 09:40",
            "--room",
            room,
            "--minutes",
            "50",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let file = home.path().join("year.ics");
    let export = || {
        let out = home.run(&[
            "schedule",
            "--on",
            "2026-12-01",
            "--ics",
            file.to_str().expect("utf-8"),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::read_to_string(&file).expect("written")
    };
    let text = export();
    assert!(text.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(
        text.split("\r\n")
            .all(|l| !l.contains('\n') && !l.contains('\u{7}'))
    );
    let calendar: Calendar = text.parse().expect("an iCalendar file");
    let events: Vec<_> = calendar.events().collect();
    // The visit, the post-conference, the observations and the rating.
    assert_eq!(events.len(), 4, "{text}");
    let visit = events
        .iter()
        .find(|e| e.get_uid().is_some_and(|u| u.starts_with("vis-")))
        .expect("the visit");
    assert_eq!(
        visit.get_summary(),
        Some("Formal observation (announced): O'Brien, Siobhán; \"Sam\" DROP \\END:VEVENT")
    );
    assert_eq!(
        visit.property_value("LOCATION"),
        Some("Room 114; Wing B, \"new\" second line")
    );
    let start = visit.get_start().expect("a start");
    assert_eq!(
        format!("{start:?}"),
        format!(
            "{:?}",
            icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(
                chrono::DateTime::parse_from_rfc3339("2027-01-12T09:40:00Z")
                    .expect("t")
                    .to_utc()
            ))
        ),
        "DTSTART in UTC"
    );
    assert!(visit.get_timestamp().is_some(), "DTSTAMP");
    for e in &events {
        let description = e.get_description().unwrap_or_default();
        assert!(
            !description.contains("Equivalent fractions"),
            "no evaluation content"
        );
        assert!(!description.contains("Zoë"), "no evaluation content");
    }
    let uids = |t: &str| {
        let c: Calendar = t.parse().expect("reads");
        let mut u: Vec<String> = c
            .events()
            .filter_map(|e| e.get_uid().map(String::from))
            .collect();
        u.sort();
        u
    };
    assert_eq!(
        uids(&text),
        uids(&export()),
        "a re-export updates, never duplicates"
    );
}

#[test]
fn the_rules_must_be_chosen_and_known() {
    let home = Home::new();
    let ws = Workspace::open(&home.workspace).expect("open");
    ws.create(&sample_educator("edu-000000000001", "Ana"))
        .expect("educator");
    drop(ws);
    let out = home.run(&["schedule"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("settings --rules new-jersey"),
        "{}",
        stderr(&out)
    );
    let before = snapshot(&home.workspace);
    let out = home.run(&["settings", "--rules", "texas"]);
    assert!(
        stderr(&out).contains("there are no compliance rules `texas`"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("nothing was changed"),
        "{}",
        stderr(&out)
    );
    let out = home.run(&["settings", "--holiday", "31/31/2027"]);
    assert!(!out.status.success());
    assert_eq!(snapshot(&home.workspace), before);
    let out = home.run(&[
        "settings",
        "--rules",
        "pennsylvania",
        "--holiday",
        "2027-01-18",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = home.run(&["settings"]);
    assert!(
        stdout(&out).contains("rules: pennsylvania"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("school-holidays: 2027-01-18"),
        "{}",
        stdout(&out)
    );
    let out = home.run(&["schedule", "--on", "2027-01-05"]);
    assert!(
        stdout(&out).contains("no rule"),
        "a long-term substitute: {}",
        stdout(&out)
    );
}

#[test]
fn nothing_is_written_through_a_planted_link_or_over_a_planned_visit() {
    let home = Home::new();
    let id = school(&home);
    let out = plan(
        &home,
        &[&id, "--kind", "formal", "--at", "2027-01-12 09:40"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let visit = std::fs::read_dir(home.workspace.join("planned"))
        .expect("planned")
        .next()
        .expect("one")
        .expect("entry")
        .path();
    let before = std::fs::read(&visit).expect("read");
    // The calendar file is refused over a record of the workspace.
    let out = home.run(&["schedule", "--ics", visit.to_str().expect("utf-8")]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&visit).expect("read"), before);
    // A planned/ folder that is a link elsewhere: no visit is written through it.
    let elsewhere = home.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).expect("dir");
    std::fs::remove_file(&visit).expect("remove");
    std::fs::remove_dir(home.workspace.join("planned")).expect("rmdir");
    std::os::unix::fs::symlink(&elsewhere, home.workspace.join("planned")).expect("link");
    let out = plan(
        &home,
        &[&id, "--kind", "formal", "--at", "2027-01-12 09:40"],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is a link or a file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_dir(&elsewhere).expect("dir").count(), 0);
    // Listing sets the linked folder aside instead of reading through it.
    let out = home.run(&["observation", "planned"]);
    assert!(stderr(&out).contains("link"), "{}", stderr(&out));
}

#[test]
fn an_older_workspace_is_scheduled_without_a_byte_changed() {
    let home = Home::new();
    common::copy_dir(
        std::path::Path::new("tests/fixtures/workspace-v1"),
        &home.workspace,
    );
    let before = snapshot(&home.workspace);
    let out = home.run(&["schedule"]);
    assert!(
        stderr(&out).contains("no state's rules chosen"),
        "{}",
        stderr(&out)
    );
    let out = home.run(&["observation", "planned"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(snapshot(&home.workspace), before);
}
