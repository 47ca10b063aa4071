//! The self-assessment in the window: filled in from the educator's page
//! (a level, a sentence of evidence, a goal), saved as typed and read back
//! from disk; shown beside the evaluator's ratings on the evaluation screen
//! with the conference agenda; its goals taken into a growth plan without
//! touching the goals already there.

mod common;

use std::time::{Duration, Instant};

use common::ui::{click, open_app, settle, shows};
use common::{sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::SelfAssessment;
use teacher_eval::scoring::school_year_of;
use teacher_eval::ui::{App, Message, self_assessment};
use teacher_eval::workspace::Workspace;

const ANA: &str = "edu-00000000000a";

/// Ana, observed this school year with 3b rated Proficient.
fn workspace(dir: &std::path::Path) -> Folders {
    let ws = Workspace::open(&dir.join("ws")).expect("open");
    ws.create(&sample_educator(ANA, "Ana Silva")).expect("save");
    let mut visit = sample_observation("obs-00000000000a", ANA);
    visit.started_at = teacher_eval::record::now();
    ws.create(&visit).expect("save");
    Folders {
        workspace: dir.join("ws"),
        rubric_dirs: vec![],
    }
}

fn year() -> String {
    school_year_of(teacher_eval::clock::local_now().date_naive())
}

fn on_screen(app: &mut App, message: self_assessment::Message) {
    settle(app, Message::SelfAssessment(message));
}

/// Fills in 3b (Unsatisfactory, with evidence) and one goal, and goes back.
fn fill_in(app: &mut App) {
    click(app, "Ana Silva");
    click(app, &format!("Self-assessment {}", year()));
    assert!(app.self_assessment().is_some(), "the screen is open");
    assert!(shows(app, "Domain 3: Instruction"), "grouped by domain");
    on_screen(app, self_assessment::Message::Level("3b".into(), Some(1)));
    // Below the first screenful, so typed as the fields send it.
    on_screen(
        app,
        self_assessment::Message::Evidence(
            "3b".into(),
            "Most of my questions ask for recall".into(),
        ),
    );
    on_screen(app, self_assessment::Message::AddGoal);
    on_screen(
        app,
        self_assessment::Message::GoalText(0, "Ask open questions daily".into()),
    );
    on_screen(
        app,
        self_assessment::Message::GoalComponents(0, "3b".into()),
    );
    assert!(shows(app, "Most of my questions ask for recall"));
    on_screen(
        app,
        self_assessment::Message::Tick(Instant::now() + Duration::from_secs(5)),
    );
    click(app, "← Educators");
    assert!(app.self_assessment().is_none(), "closed once saved");
}

fn stored(folders: &Folders) -> SelfAssessment {
    let ws = Workspace::open_read_only(&folders.workspace, "test").expect("open");
    ws.read(&SelfAssessment::id_for(ANA, &year()))
        .expect("saved on disk")
}

#[test]
fn a_self_assessment_filled_in_is_saved_and_shown_beside_the_ratings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(dir.path());
    let mut app = open_app(folders.clone());
    fill_in(&mut app);
    let saved = stored(&folders);
    assert_eq!(saved.level_of("3b"), Some(1));
    assert_eq!(
        saved.rating("3b").map(|r| r.evidence.as_str()),
        Some("Most of my questions ask for recall")
    );
    assert_eq!(saved.goals.len(), 1);
    assert_eq!(saved.goals[0].text, "Ask open questions daily");
    assert_eq!(saved.goals[0].components, vec!["3b".to_string()]);
    assert!(shows(&app, &format!("Self-assessment {}: draft", year())));

    click(&mut app, &format!("Summative evaluation {}", year()));
    assert!(app.summative().is_some());
    assert!(shows(&app, "Self: Unsatisfactory"), "beside 3b's rating");
    assert!(shows(&app, "Self: not assessed"), "the others say so");
    assert!(
        shows(
            &app,
            "3b Using Questioning and Discussion Techniques: evaluator Proficient, educator Unsatisfactory"
        ),
        "two levels apart: on the agenda"
    );
}

#[test]
fn goals_are_taken_into_a_plan_after_those_typed_and_never_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(dir.path());
    let mut app = open_app(folders);
    fill_in(&mut app);
    click(&mut app, &format!("Growth plan {}", year()));
    let before = app.plan().expect("the plan screen").plan().goals.clone();
    assert!(shows(&app, "Take goals from the self-assessment"));
    let take = || Message::Plan(teacher_eval::ui::growth_plan::Message::TakeSelfAssessmentGoals);
    settle(&mut app, take());
    settle(&mut app, take());
    let goals = &app.plan().expect("the plan screen").plan().goals;
    assert_eq!(
        goals.len(),
        before.len() + 1,
        "added once, after the others"
    );
    assert_eq!(
        &goals[..before.len()],
        &before[..],
        "nothing typed is replaced"
    );
    let taken = goals.last().expect("a goal");
    assert_eq!(taken.statement, "Ask open questions daily");
    assert!(taken.from_self_assessment);
    assert!(shows(
        &app,
        &format!("Goal {} · from the educator's self-assessment", goals.len())
    ));
}

#[test]
fn a_submitted_self_assessment_changes_only_with_a_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(dir.path());
    let mut app = open_app(folders.clone());
    fill_in(&mut app);
    click(&mut app, &format!("Self-assessment {}: draft", year()));
    on_screen(&mut app, self_assessment::Message::Submit);
    click(&mut app, "Confirm");
    on_screen(
        &mut app,
        self_assessment::Message::Tick(Instant::now() + Duration::from_secs(5)),
    );
    assert!(stored(&folders).is_submitted());
    on_screen(
        &mut app,
        self_assessment::Message::Level("3b".into(), Some(2)),
    );
    on_screen(
        &mut app,
        self_assessment::Message::Tick(Instant::now() + Duration::from_secs(10)),
    );
    assert_eq!(
        stored(&folders).level_of("3b"),
        Some(1),
        "held until a reason"
    );
    assert!(common::ui::shows_text_where(&app, |t| t
        .contains("signed with a name")
        && t.ends_with("Your change is kept here, not yet saved.")));
    click(&mut app, "← Educators");
    assert!(
        app.self_assessment().is_some(),
        "nothing typed is left behind"
    );
    on_screen(
        &mut app,
        self_assessment::Message::Amend(teacher_eval::ui::amending::Message::Signer(
            "Renée".into(),
        )),
    );
    on_screen(
        &mut app,
        self_assessment::Message::Amend(teacher_eval::ui::amending::Message::Reason(
            "Agreed at the conference".into(),
        )),
    );
    on_screen(
        &mut app,
        self_assessment::Message::Tick(Instant::now() + Duration::from_secs(20)),
    );
    let saved = stored(&folders);
    assert_eq!(saved.level_of("3b"), Some(2));
    let amendment = saved.trail.amendments.last().expect("an amendment");
    assert_eq!(amendment.field, "Self-assessed level of 3b");
    assert_eq!(amendment.reason, "Agreed at the conference");
}
