//! Kinds of visit that fit the role, from the command line: a technology
//! coordinator's professional-development session started, rated within
//! what the kind rates, refused outside it, and printed under its own title;
//! kinds of another role refused with the ones allowed named; announced or
//! not as typed, and counted so by the schedule; a district's visits file
//! used, and a broken one reported with its line and column.

mod common;

use std::path::Path;

use common::binary::{Home, stderr, stdout};
use common::{sample_educator, sample_observation};
use teacher_eval::record::{Employment, Observation, ObservationKind};
use teacher_eval::workspace::Workspace;

/// A middle-school technology coordinator, rated on the coordinator rubric.
fn coordinator(home: &Home) -> String {
    let ws = Workspace::open(&home.workspace).expect("open");
    let mut e = sample_educator("edu-00000000c0de", "Nguyễn Thị Hương");
    e.role = "edtech-coordinator".into();
    e.rubric_id = "edtech-coordinator".into();
    e.level = teacher_eval::rubric::SchoolLevel::Middle;
    ws.create(&e).expect("educator");
    e.id
}

/// The id `observation start` printed ("Started obs-…: …").
fn started(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    let said = stdout(out);
    said.strip_prefix("Started ")
        .and_then(|rest| rest.split(':').next())
        .unwrap_or_else(|| panic!("no id in {said:?}"))
        .to_string()
}

fn record(home: &Home, id: &str) -> Observation {
    Workspace::open(&home.workspace)
        .expect("open")
        .read(id)
        .expect("the observation")
}

/// Every page's text, white space squashed.
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("the PDF exists");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let all = doc.extract_text(&pages).expect("text");
    all.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_coordinators_training_session_is_started_rated_and_printed_under_its_title() {
    let home = Home::new();
    let id = coordinator(&home);
    let out = home.run(&["observation", "start", &id, "--kind", "pd-session"]);
    let obs = started(&out);
    assert!(
        stdout(&out).contains("professional development session (announced)"),
        "{}",
        stdout(&out)
    );
    let o = record(&home, &obs);
    assert_eq!(o.kind, ObservationKind::ProfessionalDevelopment);
    assert_eq!(o.announced, Some(true), "announced, as the kind usually is");
    assert_eq!(o.rubric_id, "edtech-coordinator");

    let out = home.run(&[
        "observation",
        "rate",
        &obs,
        "3c",
        "3",
        "--rationale",
        "All staff built a lesson.",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = home.run(&["observation", "rate", &obs, "M3", "Proficient"]);
    assert!(out.status.success(), "a training duty: {}", stderr(&out));

    let pdf = home.path().join("pd.pdf");
    let out = home.run(&[
        "report",
        "observation",
        &obs,
        "--out",
        pdf.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Professional Development Session Observation"),
        "{text}"
    );
    assert!(!text.contains("Classroom Observation Report"), "{text}");
    assert!(
        text.contains("Professional development session (announced)"),
        "{text}"
    );
    assert!(text.contains("All staff built a lesson."), "{text}");
}

#[test]
fn a_rating_outside_the_kind_is_refused_in_one_sentence_and_changes_nothing() {
    let home = Home::new();
    let id = coordinator(&home);
    let obs = started(&home.run(&["observation", "start", &id, "--kind", "site-visit"]));
    let file = home
        .workspace
        .join("observations")
        .join(format!("{obs}.ron"));
    let before = std::fs::read(&file).expect("saved");
    let out = home.run(&["observation", "rate", &obs, "3b", "3"]);
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(
        said.contains("a site visit rates only the components of domains S, E, M and H and 2c, and 3b is not one of them"),
        "{said}"
    );
    assert_eq!(said.trim().lines().count(), 1, "{said}");
    assert_eq!(std::fs::read(&file).expect("still there"), before);
    let out = home.run(&["observation", "rate", &obs, "M5", "3"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_kind_of_another_role_is_refused_naming_the_kinds_allowed() {
    let home = Home::new();
    let id = coordinator(&home);
    for kind in ["formal", "lecture", "Walkthrough", "\u{1b}[31m"] {
        let out = home.run(&["observation", "start", &id, "--kind", kind]);
        assert!(!out.status.success(), "{kind}");
        let said = stderr(&out);
        assert!(
            said.contains("use pd-session, site-visit, artifact-review or planning-conference"),
            "{said}"
        );
        assert!(!said.contains('\u{1b}'), "shown escaped: {said:?}");
    }
    let listed = std::fs::read_dir(home.workspace.join("observations")).map_or(0, Iterator::count);
    assert_eq!(listed, 0, "nothing was started");
    // Nor planned.
    let out = home.run(&[
        "observation",
        "plan",
        &id,
        "--kind",
        "virtual",
        "--at",
        "2027-01-12 09:40",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("pd-session"), "{}", stderr(&out));
    // A teacher is offered the classroom's kinds, with the name as a kind too.
    let ws = Workspace::open(&home.workspace).expect("open");
    ws.create(&sample_educator("edu-0000000000aa", "Ana Ruiz"))
        .expect("teacher");
    drop(ws);
    let out = home.run(&[
        "observation",
        "start",
        "edu-0000000000aa",
        "--kind",
        "site-visit",
    ]);
    assert!(
        stderr(&out).contains("use formal, informal, walkthrough or virtual"),
        "{}",
        stderr(&out)
    );
    let obs = started(&home.run(&[
        "observation",
        "start",
        "edu-0000000000aa",
        "--kind",
        "Virtual observation",
    ]));
    assert_eq!(record(&home, &obs).kind, ObservationKind::Virtual);
}

#[test]
fn announced_is_kept_as_typed_and_the_schedule_counts_it() {
    let home = Home::new();
    let ws = Workspace::open(&home.workspace).expect("open");
    let mut e = sample_educator("edu-000000000001", "Sam Lee");
    e.employment = Employment::Tenured;
    ws.create(&e).expect("educator");
    // Two formal observations: one of them unannounced, as recorded.
    for (n, announced) in [(1, None), (2, Some(false))] {
        let mut o = sample_observation(&format!("obs-00000000000{n}"), &e.id);
        o.started_at = common::at(&format!("2026-10-0{n}T10:00:00-05:00"));
        o.kind = ObservationKind::Formal;
        o.announced = announced;
        ws.create(&o).expect("observation");
    }
    drop(ws);
    let out = home.run(&["settings", "--rules", "new-jersey"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = home.run(&["schedule", "--on", "2026-11-02", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let said = json.to_string();
    assert!(!said.contains("unannounced one"), "{said}");
    assert!(said.contains("2 of 2 observations"), "{said}");

    let obs = started(&home.run(&[
        "observation",
        "start",
        &e.id,
        "--kind",
        "formal",
        "--unannounced",
    ]));
    assert_eq!(record(&home, &obs).announced, Some(false));
    let out = home.run(&["observation", "list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let row = rows
        .as_array()
        .and_then(|r| r.iter().find(|o| o["id"] == obs.as_str()))
        .expect("listed");
    assert_eq!(row["announced"], false);
    let out = home.run(&[
        "observation",
        "start",
        &e.id,
        "--announced",
        "--unannounced",
    ]);
    assert!(!out.status.success(), "one or the other");
}

#[test]
fn a_districts_visits_file_replaces_a_role_and_a_broken_one_is_reported_with_its_position() {
    let home = Home::new();
    let id = coordinator(&home);
    let rubrics = home.path().join("district-rubrics");
    std::fs::create_dir_all(rubrics.join("visits")).expect("folder");
    std::fs::write(
        rubrics.join("visits/district.ron"),
        r#"VisitKinds(
    schema: 1,
    title: "District kinds",
    source: "The district's handbook",
    roles: [
        RoleVisits(
            role: "edtech-coordinator",
            kinds: [
                VisitKind(
                    kind: SiteVisit,
                    name: "Campus technology walk",
                    title: "Campus Technology Walk Report",
                    announced: true,
                    domains: ["M"],
                ),
            ],
        ),
    ],
)"#,
    )
    .expect("written");
    let run = |args: &[&str]| {
        home.command()
            .arg("--rubrics")
            .arg(&rubrics)
            .args(args)
            .output()
            .expect("runs")
    };
    let out = run(&["observation", "start", &id, "--kind", "pd-session"]);
    assert!(stderr(&out).contains("use site-visit"), "{}", stderr(&out));
    let obs = started(&run(&["observation", "start", &id]));
    assert_eq!(record(&home, &obs).kind, ObservationKind::SiteVisit);
    assert_eq!(
        record(&home, &obs).announced,
        Some(true),
        "the district's default"
    );
    let pdf = home.path().join("walk.pdf");
    let out = run(&[
        "report",
        "observation",
        &obs,
        "--out",
        pdf.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&pdf).contains("Campus Technology Walk Report"));

    std::fs::write(
        rubrics.join("visits/district.ron"),
        "VisitKinds(\n    schema: 1,\n    title: \"\",\n    source: \"x\",\n    roles: [],\n)\n",
    )
    .expect("written");
    let out = run(&["observation", "start", &id, "--kind", "pd-session"]);
    assert!(
        out.status.success(),
        "the bundled kinds stand: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("district.ron:3:5: the title is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_calendar_file_names_a_coordinators_visit_by_its_kind() {
    let home = Home::new();
    let id = coordinator(&home);
    let out = home.run(&["settings", "--rules", "new-jersey"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = home.run(&[
        "observation",
        "plan",
        &id,
        "--kind",
        "site-visit",
        "--at",
        "2027-01-12 09:40",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("(unannounced)"), "{}", stdout(&out));
    let ics = home.path().join("year.ics");
    let out = home.run(&[
        "schedule",
        "--on",
        "2027-01-05",
        "--ics",
        ics.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&ics).expect("written");
    let calendar: icalendar::Calendar = text.parse().expect("parses");
    let summaries: Vec<String> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| icalendar::Component::get_summary(e).map(str::to_string))
        .collect();
    assert!(
        summaries
            .iter()
            .any(|s| s == "Site visit (unannounced): Nguyễn Thị Hương"),
        "{summaries:?}"
    );
}
