//! After a bundle import brings a second evaluation and plan for one
//! educator and year, the window and the command line work from the same
//! one: the one changed last.

mod common;

use std::path::Path;
use std::process::Output;

use common::sample_educator;
use common::ui::{click, open_app};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Educator, GrowthPlan, Summative};
use teacher_eval::scoring::{blank_plan, new_summative, school_year_of};
use teacher_eval::workspace::Workspace;

const EDUCATOR: &str = "edu-000000000001";
/// Sorted first, but changed earlier: what a first-match search finds.
const OLDER: &str = "000000000001";
/// Sorted second, changed last: the one to work from.
const NEWER: &str = "000000000002";

fn this_year() -> String {
    school_year_of(teacher_eval::clock::local_now().date_naive())
}

/// Two evaluations and two plans of one year, as an import leaves them
/// (records merge by id, so records of different ids both stay).
fn workspace(root: &Path) -> Educator {
    let ws = Workspace::open(root).expect("open");
    let educator = sample_educator(EDUCATOR, "Ingrid Lindqvist");
    ws.create(&educator).expect("save");
    let now = teacher_eval::record::now();
    for (suffix, days_ago) in [(OLDER, 2), (NEWER, 1)] {
        let changed = now - chrono::Duration::days(days_ago);
        let summative = Summative {
            id: format!("sum-{suffix}"),
            comments: format!("Comments of sum-{suffix}"),
            changed,
            ..new_summative(&educator, &this_year(), "equal-weights")
        };
        ws.create(&summative).expect("save");
        let plan = GrowthPlan {
            id: format!("gp-{suffix}"),
            supports: format!("Supports of gp-{suffix}"),
            changed,
            ..blank_plan(&educator, &this_year())
        };
        ws.create(&plan).expect("save");
    }
    educator
}

fn run(home: &Path, args: &[&str]) -> Output {
    let out = common::binary::command(home)
        .arg("--workspace")
        .arg(home.join("ws"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn the_command_line_works_from_the_evaluation_and_plan_changed_last() {
    let home = tempfile::tempdir().expect("tempdir");
    workspace(&home.path().join("ws"));
    let year = this_year();
    let out = run(
        home.path(),
        &["evaluation", "show", EDUCATOR, "--year", &year, "--json"],
    );
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(shown["summative_id"], format!("sum-{NEWER}"));

    let pdf = home.path().join("plan.pdf");
    let pdf_arg = pdf.to_string_lossy().into_owned();
    run(
        home.path(),
        &[
            "report",
            "growth-plan",
            EDUCATOR,
            "--year",
            &year,
            "--out",
            &pdf_arg,
        ],
    );
    let doc = lopdf::Document::load(&pdf).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    assert!(text.contains(&format!("Supports of gp-{NEWER}")), "{text}");
    assert!(!text.contains(&format!("Supports of gp-{OLDER}")), "{text}");
}

#[test]
fn the_window_opens_the_evaluation_and_plan_changed_last() {
    let dir = tempfile::tempdir().expect("tempdir");
    workspace(&dir.path().join("ws"));
    let folders = Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    };
    let mut app = open_app(folders.clone());
    click(&mut app, "Ingrid Lindqvist");
    click(
        &mut app,
        &format!("Summative evaluation {}: draft", this_year()),
    );
    let opened = app.summative().expect("the evaluation is open");
    assert_eq!(opened.summative().id, format!("sum-{NEWER}"));

    let mut app = open_app(folders);
    click(&mut app, "Ingrid Lindqvist");
    click(
        &mut app,
        &format!("Professional growth plan {}", this_year()),
    );
    let opened = app.plan().expect("the plan is open");
    assert_eq!(opened.plan().id, format!("gp-{NEWER}"));
}
