//! The school year's outstanding work: computed from the records, printed by
//! `teacher-eval overview`, and shown (and clickable) in the window while no
//! educator is chosen.

mod common;

use std::path::Path;

use common::ui::{click, open_app, shows};
use common::{at, sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Finalized, Status, Summative};
use teacher_eval::scoring::{new_summative, school_year_of};
use teacher_eval::summary::caseload::caseload;
use teacher_eval::workspace::Workspace;

fn this_year() -> String {
    school_year_of(teacher_eval::clock::local_now().date_naive())
}

/// Five teachers: one never observed this year (only last year), one with a
/// draft, one shared, one acknowledged, and one acknowledged and finalised.
fn school(root: &Path) {
    let ws = Workspace::open(root).expect("open");
    let names = [
        "Amara Nwosu",
        "Björn Lindqvist",
        "Chloé Martin",
        "Dmitri Volkov",
        "Esperanza Ruiz",
    ];
    let yesterday = teacher_eval::record::now() - chrono::Duration::days(1);
    let shared_at = at("2026-10-01T10:00:00-05:00");
    for (n, name) in names.iter().enumerate() {
        let educator = sample_educator(&format!("edu-00000000000{n}"), name);
        ws.create(&educator).expect("educator");
        let mut o = sample_observation(&format!("obs-00000000000{n}"), &educator.id);
        o.started_at = yesterday;
        o.status = match n {
            0 => {
                // Last school year: does not count for this one.
                o.started_at = yesterday - chrono::Duration::days(400);
                Status::Draft
            }
            1 => Status::Draft,
            2 => Status::Shared { at: shared_at },
            _ => Status::Acknowledged {
                shared_at,
                by: (*name).to_string(),
                at: shared_at,
            },
        };
        ws.create(&o).expect("observation");
        if n == 4 {
            let mut s: Summative = new_summative(&educator, &this_year(), "equal-weights");
            s.finalized = Some(Finalized {
                at: shared_at,
                by: "Dr. Renée Castellanos".into(),
                ratings: vec![],
                score: Some(3.0),
                rating: Some("Proficient".into()),
                measures: Some(vec![]),
                final_score: Some(3.0),
                final_rating: Some("Proficient".into()),
            });
            ws.create(&s).expect("summative");
        }
    }
}

#[test]
fn the_caseload_lists_what_is_outstanding_this_year() {
    let dir = tempfile::tempdir().expect("tempdir");
    school(&dir.path().join("ws"));
    let contents = Workspace::open(&dir.path().join("ws"))
        .expect("open")
        .load();
    let c = caseload(&contents, &this_year());
    let names = |list: &[teacher_eval::summary::caseload::Person]| -> Vec<String> {
        list.iter().map(|p| p.name.clone()).collect()
    };
    assert_eq!(c.educators, 5);
    assert_eq!(c.observations, 4, "last year's visit is not counted");
    assert_eq!(names(&c.not_observed), ["Amara Nwosu"]);
    assert_eq!(c.drafts.len(), 1);
    assert_eq!(c.drafts[0].educator_name, "Björn Lindqvist");
    assert_eq!(c.awaiting_acknowledgement.len(), 1);
    assert_eq!(c.awaiting_acknowledgement[0].id, "obs-000000000002");
    assert_eq!(
        names(&c.to_finalise),
        ["Björn Lindqvist", "Chloé Martin", "Dmitri Volkov"]
    );
    assert_eq!(c.finalised, 1);
    assert!(!c.is_clear());

    // Last school year: the one visit then, a draft, and nobody else observed.
    let last =
        school_year_of(teacher_eval::clock::local_now().date_naive() - chrono::Duration::days(400));
    let c = caseload(&contents, &last);
    assert_eq!(c.observations, 1);
    assert_eq!(c.drafts[0].educator_name, "Amara Nwosu");
    assert_eq!(c.not_observed.len(), 4);
}

fn run(root: &Path, args: &[&str]) -> std::process::Output {
    common::binary::command(root.parent().expect("home"))
        .arg("--workspace")
        .arg(root)
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn the_command_line_prints_the_overview_as_text_and_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let out = run(&root, &["overview"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(&format!(
            "School year {}: 5 educators, 4 observations (1 not yet shared), 1 of 5 evaluations finalised.\n",
            this_year()
        )),
        "{text}"
    );
    assert!(text.contains("Not observed yet this year (1):\n  edu-000000000000  Amara Nwosu ("));
    assert!(text.contains("Observations not yet shared (1):\n  obs-000000000001  "));
    assert!(text.contains("Shared, waiting for acknowledgement (1):\n  obs-000000000002  "));
    assert!(text.contains("Evaluations to finalise (3):"));

    let out = run(&root, &["overview", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["finalised"], 1);
    assert_eq!(json["drafts"][0]["educator_name"], "Björn Lindqvist");
    assert_eq!(json["to_finalise"].as_array().map(Vec::len), Some(3));

    let out = run(&root, &["overview", "--year", "next year"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("teacher-eval: "));
}

#[test]
fn the_window_shows_the_overview_and_opens_what_is_clicked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let mut app = open_app(Folders {
        workspace: root,
        rubric_dirs: vec![],
    });
    assert!(shows(&app, &format!("School year {}", this_year())));
    assert!(shows(&app, "Not observed yet this year (1)"));
    assert!(shows(&app, "Observations not yet shared (1)"));
    assert!(shows(&app, "Evaluations to finalise (3)"));

    // An educator not observed yet: their page opens.
    click(&mut app, "Amara Nwosu · Escuela Primaria Benito Juárez");
    assert_eq!(app.roster().selected(), Some("edu-000000000000"));

    // A draft: the observation opens.
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    let draft = format!(
        "{} · Björn Lindqvist",
        (teacher_eval::record::now() - chrono::Duration::days(1)).date_naive()
    );
    click(&mut app, &draft);
    assert_eq!(
        app.observation().map(|o| o.observation().id.clone()),
        Some("obs-000000000001".to_string())
    );
}

#[test]
fn a_long_list_shows_its_first_items_until_shown_in_full() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    {
        let ws = Workspace::open(&root).expect("open");
        for n in 0..10 {
            let educator = sample_educator(&format!("edu-00000000010{n}"), &format!("Teacher {n}"));
            ws.create(&educator).expect("educator");
        }
    }
    let mut app = open_app(Folders {
        workspace: root,
        rubric_dirs: vec![],
    });
    assert!(shows(&app, "Not observed yet this year (10)"));
    assert!(shows(&app, "and 2 more"));
    assert!(!shows(&app, "Teacher 9 · Escuela Primaria Benito Juárez"));
    click(&mut app, "Show every list in full");
    assert!(shows(&app, "Teacher 9 · Escuela Primaria Benito Juárez"));
    assert!(!shows(&app, "and 2 more"));
    click(&mut app, "Show the first few of each list");
    assert!(shows(&app, "and 2 more"));
}
