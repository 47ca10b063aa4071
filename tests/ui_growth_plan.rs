//! The growth plan screen shows, read only, what called for a plan and the
//! state's rule behind it, under the state's name for the plan.

mod common;

use common::sample_educator;
use common::ui::{click, open_app, shows};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{PlanKind, PlanTerms};
use teacher_eval::scoring::{blank_plan, school_year_of};
use teacher_eval::workspace::Workspace;

const TRIGGER: &str =
    "Final rating Needs Improvement (1.20) under PDE 13-1 Classroom Teacher Rating Form, 2026-27.";
const TIMELINE: &str = "In place within 30 school days; reviewed every 9 weeks.";

#[test]
fn a_required_plan_shows_its_trigger_timeline_and_the_states_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let year = school_year_of(teacher_eval::clock::local_now().date_naive());
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
        ws.create(&educator).expect("save");
        let mut plan = blank_plan(&educator, &year);
        plan.kind = PlanKind::Improvement;
        plan.trigger = TRIGGER.into();
        plan.rule = Some(PlanTerms {
            name: "Performance Improvement Plan".into(),
            timeline: TIMELINE.into(),
            source: "24 P.S. § 11-1138.7(b)(4)".into(),
        });
        ws.create(&plan).expect("save");
    }
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, &format!("Improvement plan {year}"));
    assert!(app.plan().is_some(), "the plan screen is open");
    for expected in [
        format!("Performance Improvement Plan · {year}"),
        "Called for by".to_string(),
        TRIGGER.to_string(),
        TIMELINE.to_string(),
        "24 P.S. § 11-1138.7(b)(4)".to_string(),
    ] {
        assert!(shows(&app, &expected), "missing {expected:?}");
    }
}
