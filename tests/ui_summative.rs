//! The summative evaluation and growth plan screens, driven as an
//! evaluator would, and what they leave on disk.

mod common;

use std::time::{Duration, Instant};

use common::sample_educator;
use common::ui::{click, open_app, press, settle, shows, shows_text_where};
use iced::keyboard::key::Named;
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{GrowthPlan, PlanKind, Rating, RatingLevel, Summative};
use teacher_eval::scoring::school_year_of;
use teacher_eval::ui::growth_plan::Message as PlanMessage;
use teacher_eval::ui::summative::Message as Sum;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

fn this_year() -> String {
    school_year_of(teacher_eval::clock::local_now().date_naive())
}

/// A teacher with one observation this school year, rated as given.
fn workspace(dir: &tempfile::TempDir, ratings: &[(&str, u32)]) -> App {
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
        ws.create(&educator).expect("save");
        let mut o = common::sample_observation("obs-000000000001", &educator.id);
        o.started_at = teacher_eval::record::now() - chrono::Duration::days(1);
        o.ratings = ratings
            .iter()
            .map(|(c, s)| Rating {
                component: c.to_string(),
                level: RatingLevel::Level(*s),
                rationale: String::new(),
                evidence: vec![],
            })
            .collect();
        ws.create(&o).expect("save");
    }
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Ingrid Lindqvist");
    app
}

/// Lets the debounce pass, as the running app's ticks would: each call
/// moves the clock further on, since the screen keeps the latest time it saw.
fn quiet(app: &mut App) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static CALLS: AtomicU64 = AtomicU64::new(1);
    let later = 10 * CALLS.fetch_add(1, Ordering::Relaxed);
    settle(
        app,
        Message::Tick(Instant::now() + Duration::from_secs(later)),
    );
}

fn stored<T>(
    dir: &tempfile::TempDir,
    pick: impl Fn(teacher_eval::workspace::Contents) -> Vec<T>,
) -> Vec<T> {
    pick(
        Workspace::open_read_only(&dir.path().join("ws"), "test")
            .expect("exists")
            .load(),
    )
}

fn summatives(dir: &tempfile::TempDir) -> Vec<Summative> {
    stored(dir, |c| c.summatives)
}

fn plans(dir: &tempfile::TempDir) -> Vec<GrowthPlan> {
    stored(dir, |c| c.growth_plans)
}

#[test]
fn evaluate_override_finalise_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = workspace(&dir, &[("3b", 3), ("3c", 3), ("2a", 4), ("1c", 2)]);
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    assert!(app.summative().is_some());
    // Equal weights: (3 + 3 + 4 + 2) / 4 = 3.00, Proficient.
    assert!(shows(&app, "3 · Proficient"));
    assert!(shows(
        &app,
        "Observations counted: all 1 of the school year"
    ));

    // Under Pennsylvania's profile: D1 = 1, D2 = 3, D3 = 2: 0.2 + 0.9 + 0.6 = 1.70 (weights of rated domains: 80).
    click(&mut app, "Pennsylvania PDE 82-1");
    assert!(shows_text_where(&app, |t| t.ends_with("· Proficient")));

    // The evaluator rates 1c themselves, with a reason.
    settle(&mut app, Message::Summative(Sum::EditOverride("1c".into())));
    click(&mut app, "Apply");
    assert!(shows(&app, "Choose a level."));
    settle(&mut app, Message::Summative(Sum::OverrideLevel(3)));
    click(&mut app, "Apply");
    assert!(shows(&app, "Give a reason for rating 1c yourself."));
    settle(
        &mut app,
        Message::Summative(Sum::OverrideReason(
            "Unit plans reviewed in January.".into(),
        )),
    );
    click(&mut app, "Apply");
    assert!(shows(
        &app,
        "Evaluator's rating: Unit plans reviewed in January."
    ));

    // Below the fold; the button sends this. Finalising asks first and lists
    // what is unrated by domain and what is missing; Esc goes back.
    let finalised = |app: &App| {
        app.summative()
            .expect("open")
            .summative()
            .finalized
            .is_some()
    };
    settle(&mut app, Message::Summative(Sum::Finalize));
    assert!(shows(&app, "Finalise this evaluation?"));
    assert!(!finalised(&app), "one click locks nothing");
    assert!(shows(
        &app,
        "Not rated: 18 components (left out of the score):"
    ));
    assert!(shows(
        &app,
        "Domain 1 Planning and Preparation: 1a Demonstrating Knowledge of Content and Pedagogy; \
         1b Demonstrating Knowledge of Students; 1d Demonstrating Knowledge of Resources; \
         1e Designing Coherent Instruction; 1f Designing Student Assessments"
    ));
    assert!(shows(&app, "The evaluator's comments are empty."));
    press(&mut app, Named::Escape);
    assert!(!shows(&app, "Finalise this evaluation?"));
    assert!(!finalised(&app));
    settle(&mut app, Message::Summative(Sum::Finalize));
    click(&mut app, "Confirm");
    assert!(finalised(&app));
    assert!(shows_text_where(&app, |t| t
        .starts_with("Finalised by Dr. Renée Castellanos on")));
    quiet(&mut app);
    let saved = summatives(&dir);
    assert_eq!(saved.len(), 1);
    let s = &saved[0];
    assert_eq!(s.profile_id, "pennsylvania-82-1");
    assert_eq!(s.overrides.len(), 1);
    let snapshot = s.finalized.as_ref().expect("finalised on disk");
    assert!(snapshot.rating.is_some());
    assert_eq!(snapshot.ratings.len(), 4, "the snapshot keeps the ratings");

    // Locked: a profile change is refused; reopening needs a reason and is recorded.
    click(&mut app, "New Jersey AchieveNJ");
    assert_eq!(
        app.summative().expect("open").summative().profile_id,
        "pennsylvania-82-1"
    );
    settle(&mut app, Message::Summative(Sum::Reopen));
    assert!(shows(&app, "Reopening needs a name and a reason."));
    assert!(
        !shows(&app, "Reopen this evaluation?"),
        "a refusal asks nothing"
    );
    settle(
        &mut app,
        Message::Summative(Sum::ReopenReason("A rating was entered wrongly.".into())),
    );
    settle(&mut app, Message::Summative(Sum::Reopen));
    assert!(shows(&app, "Reopen this evaluation?"));
    click(&mut app, "Cancel");
    assert!(finalised(&app), "cancelled: still finalised");
    settle(&mut app, Message::Summative(Sum::Reopen));
    press(&mut app, Named::Enter);
    assert!(!finalised(&app));
    quiet(&mut app);
    let s = &summatives(&dir)[0];
    assert!(s.finalized.is_none());
    assert_eq!(s.reopened.len(), 1);
    assert_eq!(s.reopened[0].reason, "A rating was entered wrongly.");

    click(&mut app, "← Educators");
    assert!(app.summative().is_none());
    assert!(shows(
        &app,
        &format!("Summative evaluation {}: draft", this_year())
    ));
}

#[test]
fn a_low_rating_requires_an_improvement_plan_which_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = workspace(
        &dir,
        &[("3b", 1), ("3c", 2), ("2a", 1), ("1c", 1), ("4a", 2)],
    );
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    click(&mut app, "Pennsylvania PDE 82-1");
    assert!(shows(
        &app,
        "This rating is in the profile's two lowest bands: an improvement plan is required."
    ));
    click(&mut app, "Create the improvement plan");
    let plan = app.plan().expect("the plan screen is open").plan().clone();
    assert_eq!(plan.kind, PlanKind::Improvement);
    let focus: Vec<&str> = plan.focus.iter().map(|f| f.component.as_str()).collect();
    assert_eq!(focus, ["1c", "2a", "3b"], "the lowest, in rubric order");
    // It cannot be turned into an ordinary growth plan.
    click(&mut app, "Professional growth plan");
    assert_eq!(app.plan().expect("open").plan().kind, PlanKind::Improvement);

    settle(&mut app, Message::Plan(PlanMessage::AddStep));
    settle(
        &mut app,
        Message::Plan(PlanMessage::StepWhat(
            0,
            "Observe a colleague's discussion lesson".into(),
        )),
    );
    settle(
        &mut app,
        Message::Plan(PlanMessage::StepDue(0, "2027-01-15".into())),
    );
    quiet(&mut app);
    let saved = plans(&dir);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].kind, PlanKind::Improvement);
    assert_eq!(
        saved[0].steps[0].what,
        "Observe a colleague's discussion lesson"
    );
    assert_eq!(
        saved[0].steps[0].due.map(|d| d.to_string()).as_deref(),
        Some("2027-01-15")
    );
    assert_eq!(saved[0].goals.len(), 3);
}

#[test]
fn a_growth_plan_is_proposed_from_the_educator_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = workspace(&dir, &[("3b", 2), ("3c", 3), ("2a", 4)]);
    click(&mut app, &format!("Growth plan {}", this_year()));
    let plan = app.plan().expect("open").plan().clone();
    assert_eq!(plan.kind, PlanKind::ProfessionalGrowth);
    assert_eq!(plan.focus.first().map(|f| f.component.as_str()), Some("3b"));
    quiet(&mut app);
    assert_eq!(plans(&dir).len(), 1, "a proposed plan is saved at once");
    click(&mut app, "← Educators");
    assert!(shows(
        &app,
        &format!("Professional growth plan {}", this_year())
    ));
}

#[test]
fn an_educator_with_no_observations_gets_a_sensible_evaluation() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        ws.create(&sample_educator("edu-000000000002", "New Hire"))
            .expect("save");
    }
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "New Hire");
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    assert!(shows(&app, "No rated components yet"));
    assert!(shows(
        &app,
        "This educator has no observations in this school year yet."
    ));
}

#[test]
fn plan_dates_are_read_as_typed_and_never_silently_lost() {
    use chrono::NaiveDate;
    let dir = tempfile::tempdir().expect("tempdir");
    // Two components below Proficient: two goals proposed.
    let mut app = workspace(&dir, &[("3b", 2), ("3c", 2), ("2a", 4)]);
    click(&mut app, &format!("Growth plan {}", this_year()));
    let plan = |app: &App| app.plan().expect("open").plan().clone();
    let send = |app: &mut App, message| settle(app, Message::Plan(message));
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let first_target = plan(&app).goals[0].target_date;
    assert!(first_target.is_some(), "proposed with a target date");

    // A US date, and a month name, are stored.
    send(&mut app, PlanMessage::AddStep);
    send(&mut app, PlanMessage::StepDue(0, "12/15/2026".into()));
    assert_eq!(plan(&app).steps[0].due, day(2026, 12, 15));
    send(&mut app, PlanMessage::GoalDate(1, "15 Dec 2026".into()));
    assert_eq!(plan(&app).goals[1].target_date, day(2026, 12, 15));
    quiet(&mut app);
    assert!(shows_text_where(&app, |t| t.starts_with("Saved ")));

    // An impossible date: the field keeps it, says so, and the plan keeps its date.
    send(&mut app, PlanMessage::GoalDate(0, "2/30/2026".into()));
    assert_eq!(plan(&app).goals[0].target_date, first_target);
    assert!(shows_text_where(&app, |t| t == "2/30/2026"));
    assert!(shows(
        &app,
        "There is no February 30, 2026: type the date as 12/15/2026, Dec 15 2026 or 2026-12-15."
    ));
    assert!(shows(&app, "Not saved: a date is not understood"));
    assert!(!shows_text_where(&app, |t| t.starts_with("Saved ")));

    // Leaving, or closing the window, would lose it: both stay and say why.
    click(&mut app, "← Educators");
    assert!(app.plan().is_some(), "still on the plan");
    let kept = first_target.map(|d| d.format("%B %-d, %Y").to_string());
    assert!(shows(
        &app,
        &format!(
            "The target date of goal 1 is not understood, so the plan keeps {}: correct it or empty the field.",
            kept.unwrap_or_default()
        )
    ));
    let effects = app.handle(Message::CloseRequested(iced::window::Id::unique()));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e.job(), teacher_eval::ui::Job::CloseWindow(_))),
        "the window stays open"
    );
    assert!(shows_text_where(&app, |t| t.starts_with("The window was not closed.")));

    // Emptying the field clears the date on purpose.
    send(&mut app, PlanMessage::GoalDate(0, String::new()));
    assert_eq!(plan(&app).goals[0].target_date, None);
    assert!(!shows(&app, "Not saved: a date is not understood"));

    // Evidence of progress: a date not understood is said under its field and nothing is added.
    send(
        &mut app,
        PlanMessage::ProgressText("Peer visit: sentence stems used".into()),
    );
    send(&mut app, PlanMessage::ProgressDate("12/15".into()));
    send(&mut app, PlanMessage::AddProgress);
    assert!(plan(&app).progress.is_empty());
    assert!(shows(
        &app,
        "This date is not understood: type it as 12/15/2026, Dec 15 2026 or 2026-12-15."
    ));
    send(
        &mut app,
        PlanMessage::ProgressDate("December 15, 2026".into()),
    );
    send(&mut app, PlanMessage::AddProgress);
    let progress = plan(&app).progress;
    assert_eq!(progress.len(), 1);
    assert_eq!(Some(progress[0].date), day(2026, 12, 15));

    quiet(&mut app);
    let saved = &plans(&dir)[0];
    assert_eq!(saved.goals[0].target_date, None);
    assert_eq!(saved.goals[1].target_date, day(2026, 12, 15));
    assert_eq!(saved.steps[0].due, day(2026, 12, 15));
    assert_eq!(Some(saved.progress[0].date), day(2026, 12, 15));
}
