//! The summative evaluation and growth plan screens, driven as an
//! evaluator would, and what they leave on disk.

mod common;

use std::time::{Duration, Instant};

use common::sample_educator;
use common::ui::{click, open_app, press, settle, shows, shows_text_where, type_into};
use iced::keyboard::key::Named;
use iced_test::simulator;
use teacher_eval::files::folders::Folders;
use teacher_eval::record::Educator;
use teacher_eval::record::{
    Employment, GrowthPlan, Measure, Period, PlanKind, Rating, RatingLevel, Summative,
};
use teacher_eval::scoring::school_year_of;
use teacher_eval::ui::growth_plan::Message as PlanMessage;
use teacher_eval::ui::summative::{MeasureMessage, Message as Sum};
use teacher_eval::ui::{App, Job, Message};
use teacher_eval::workspace::Workspace;

/// The profile for Pennsylvania's classroom teachers from 2021-22, as its chip reads.
const PA_13_1: &str = "Pennsylvania PDE 13-1 (2021-22 onwards)";

fn this_year() -> String {
    school_year_of(teacher_eval::clock::local_now().date_naive())
}

/// A teacher with one observation this school year, rated as given.
fn workspace(dir: &tempfile::TempDir, ratings: &[(&str, u32)]) -> App {
    workspace_of(
        dir,
        &sample_educator("edu-000000000001", "Ingrid Lindqvist"),
        ratings,
    )
}

/// `educator` with one observation this school year on their rubric, rated as given.
fn workspace_of(dir: &tempfile::TempDir, educator: &Educator, ratings: &[(&str, u32)]) -> App {
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        ws.create(educator).expect("save");
        let mut o = common::sample_observation("obs-000000000001", &educator.id);
        o.rubric_id.clone_from(&educator.rubric_id);
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

/// The evaluator sets their own rating of 1c, refused without a level and
/// without a reason. The form's Apply is below the fold: this is what it sends.
fn rate_1c_as_evaluator(app: &mut App) {
    settle(app, Message::Summative(Sum::EditOverride("1c".into())));
    let apply = |app: &mut App| settle(app, Message::Summative(Sum::ApplyOverride));
    apply(app);
    assert!(shows(app, "Choose a level."));
    settle(app, Message::Summative(Sum::OverrideLevel(3)));
    apply(app);
    assert!(shows(
        app,
        "Give the reason for your rating of 1c as evaluator."
    ));
    settle(
        app,
        Message::Summative(Sum::OverrideReason(
            "Unit plans reviewed in January.".into(),
        )),
    );
    apply(app);
    assert!(shows(
        app,
        "Evaluator's rating: Unit plans reviewed in January."
    ));
}

#[test]
fn evaluate_override_finalise_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = workspace(&dir, &[("3b", 3), ("3c", 3), ("2a", 4), ("1c", 2)]);
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    assert!(app.summative().is_some());
    // Equal weights: (3 + 3 + 4 + 2) / 4 = 3.00, Proficient.
    assert!(shows(&app, "Practice rating 3.00 — Proficient"));
    assert!(shows(
        &app,
        "Observations counted: all 1 of the school year"
    ));

    // PDE 13-1 (levels 0-3): D1 1, D2 3, D3 2 over the rated domains' 80: 170 / 80 = 2.125, 2.13.
    click(&mut app, PA_13_1);
    assert!(shows(&app, "Practice rating 2.13 — Proficient"));

    rate_1c_as_evaluator(&mut app);
    // D1 = 2: (40 + 90 + 60) / 80 = 2.375, 2.38.
    assert!(shows(&app, "Practice rating 2.38 — Proficient"));

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
    assert_eq!(s.profile_id, "pennsylvania-13-1");
    assert_eq!(s.overrides.len(), 1);
    let snapshot = s.finalized.as_ref().expect("finalised on disk");
    assert!(snapshot.rating.is_some());
    assert_eq!(snapshot.ratings.len(), 4, "the snapshot keeps the ratings");

    // Locked: a profile change is refused; reopening needs a reason and is recorded.
    click(&mut app, "New Jersey AchieveNJ");
    assert_eq!(
        app.summative().expect("open").summative().profile_id,
        "pennsylvania-13-1"
    );
    settle(&mut app, Message::Summative(Sum::Reopen));
    // The name is the evaluator's, already given: only the reason is asked for.
    assert!(shows(
        &app,
        "Give the reason for reopening the evaluation; it is kept with it."
    ));
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
fn the_evaluators_own_rating_is_offered_as_such() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = workspace(&dir, &[("1c", 2)]);
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    // Equal weights, no measures: the final rating is the practice rating.
    assert!(shows(&app, "Final rating 2.00 — Basic"));
    // Not a self-assessment: the evaluator's own rating of the component.
    assert!(shows(&app, "Set my rating as evaluator…"));
    assert!(!shows(&app, "Rate myself…"));
    settle(&mut app, Message::Summative(Sum::EditOverride("1c".into())));
    assert!(shows(
        &app,
        "Your rating of 1c as evaluator, in place of the rating combined from the observations:"
    ));
    assert!(shows(&app, "Why you rate it so, as evaluator (required)"));
}

#[test]
fn a_low_rating_requires_an_improvement_plan_which_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = workspace(
        &dir,
        &[("3b", 1), ("3c", 2), ("2a", 1), ("1c", 1), ("4a", 2)],
    );
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    // PDE 13-1: D1 0, D2 0, D3 (0 + 1) / 2 = 0.5, D4 1: (0 + 0 + 15 + 20) / 100 = 0.35, Failing.
    click(&mut app, PA_13_1);
    assert!(shows(&app, "Practice rating 0.35 — Failing"));
    // Annual, with the measures pending: the plan waits for the final rating.
    assert!(shows(
        &app,
        "The practice rating is in a band that calls for a Performance Improvement Plan; whether \
         one is required depends on the final rating, once the student measures are in."
    ));
    assert!(!shows(&app, "Create the Performance Improvement Plan"));
    // A temporary professional's semi-annual rating is practice only: final at once.
    click(&mut app, "Semi-annual");
    assert!(shows(&app, "Final rating 0.35 — Failing (Unsatisfactory)"));
    assert!(shows_text_where(&app, |t| t.starts_with(
        "This rating calls for a Performance Improvement Plan."
    )));
    click(&mut app, "Create the Performance Improvement Plan");
    let plan = app.plan().expect("the plan screen is open").plan().clone();
    assert_eq!(plan.kind, PlanKind::Improvement);
    let focus: Vec<&str> = plan.focus.iter().map(|f| f.component.as_str()).collect();
    // Each rated below Proficient in one visit: domain weight 30 (2a, 3b, 3c) before 20 (1c,
    // 4a); among equals the lower value (2a and 3b at Unsatisfactory), then rubric order.
    assert_eq!(
        focus,
        ["2a", "3b", "3c"],
        "weighed by domain and low visits"
    );
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

/// A tenured teacher rated at level 3 in one component of each domain: a
/// practice score of 2.00 under PDE 13-1 (level 3 counts 2 on 0-3).
fn proficient_teacher(dir: &tempfile::TempDir) -> App {
    let mut educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    educator.employment = Employment::Tenured;
    let mut app = workspace_of(
        dir,
        &educator,
        &[("1c", 3), ("2a", 3), ("3b", 3), ("4a", 3)],
    );
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    click(&mut app, PA_13_1);
    app
}

fn measures(dir: &tempfile::TempDir) -> Vec<Measure> {
    stored(dir, |c| c.measures)
}

fn send(app: &mut App, message: MeasureMessage) {
    settle(app, Message::Summative(Sum::Measure(message)));
}

/// Clicks the field showing `placeholder`, types `text` and presses Enter there.
fn type_and_enter(app: &mut App, placeholder: &str, text: &str) {
    let mut ui = simulator(app.view());
    ui.click(placeholder)
        .unwrap_or_else(|e| panic!("cannot click the field {placeholder:?}: {e:?}"));
    ui.typewrite(text);
    ui.tap_key(iced::keyboard::Key::Named(Named::Enter));
    for message in ui.into_messages() {
        settle(app, message);
    }
}

const SCORE: &str = "Score, or empty while pending";

/// Clicks the score field, whatever it shows, types `text` after what is there and presses Enter.
fn score_and_enter(app: &mut App, text: &str) {
    let mut ui = simulator(app.view());
    ui.click(iced::widget::Id::new("measure-score"))
        .unwrap_or_else(|e| panic!("cannot click the score field: {e:?}"));
    ui.typewrite(text);
    ui.tap_key(iced::keyboard::Key::Named(Named::Enter));
    for message in ui.into_messages() {
        settle(app, message);
    }
}

#[test]
fn student_measures_are_entered_saved_and_make_the_final_rating() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    assert!(shows(&app, "Practice rating 2.00 — Proficient"));
    assert!(shows(
        &app,
        "No final rating yet: student measures pending: Building Level Score (0-3) (not \
         recorded), Teacher-Specific Data (not recorded), LEA-Selected Measures (not recorded)"
    ));

    // The building-level score, typed and saved with Enter: a record file of its own.
    click(&mut app, "Add a student measure…");
    assert!(shows(
        &app,
        "From 0 to 3; leave it empty while the score is pending."
    ));
    type_into(
        &mut app,
        "Where the score comes from, e.g. PVAAS report",
        "Future Ready PA Index",
    );
    type_into(
        &mut app,
        "e.g. SLO: Grade 4 reading fluency",
        "Building level 2026",
    );
    type_and_enter(&mut app, SCORE, "3");
    let saved = measures(&dir);
    assert_eq!(saved.len(), 1, "one record on disk");
    assert_eq!(saved[0].measure, "building");
    assert_eq!(saved[0].score, Some(3.0));
    assert_eq!(saved[0].source, "Future Ready PA Index");
    assert_eq!(saved[0].title, "Building level 2026");
    assert_eq!(saved[0].educator_id, "edu-000000000001");
    assert_eq!(saved[0].school_year, this_year());
    assert!(
        dir.path()
            .join("ws/measures")
            .join(format!("{}.ron", saved[0].id))
            .is_file()
    );
    assert!(!shows(&app, "Add a student measure:"), "the form closed");
    assert!(shows(
        &app,
        "No final rating yet: student measures pending: Teacher-Specific Data (not recorded), \
         LEA-Selected Measures (not recorded)"
    ));

    // Teacher-specific data with a date; the LEA measure recorded as pending.
    click(&mut app, "Add a student measure…");
    send(&mut app, MeasureMessage::Choose("teacher-specific".into()));
    type_into(&mut app, "MM/DD/YYYY", "December 1, 2026");
    type_and_enter(&mut app, SCORE, "2.5");
    click(&mut app, "Add a student measure…");
    send(&mut app, MeasureMessage::Choose("lea".into()));
    type_into(
        &mut app,
        "e.g. SLO: Grade 4 reading fluency",
        "SLO: Grade 4 reading fluency",
    );
    click(&mut app, "Save measure");
    assert!(shows(
        &app,
        "No final rating yet: student measures pending: LEA-Selected Measures (pending)"
    ));
    assert!(shows(&app, "SLO: Grade 4 reading fluency · score pending"));
    let lea = measures(&dir)
        .into_iter()
        .find(|m| m.measure == "lea")
        .expect("the pending measure is saved");
    assert_eq!(lea.score, None);

    // Its score arrives: (70 × 2 + 10 × 3 + 10 × 2.5 + 10 × 1) / 100 = 2.05.
    send(&mut app, MeasureMessage::Edit(lea.id.clone()));
    assert!(shows(&app, "Edit the student measure:"));
    type_and_enter(&mut app, SCORE, "1");
    assert!(shows(&app, "Final rating 2.05 — Proficient (Satisfactory)"));
    assert!(shows(&app, "Practice rating 2.00 — Proficient"));
    let saved = measures(&dir);
    assert_eq!(saved.len(), 3, "edited in place, not added");
    assert_eq!(
        saved.iter().find(|m| m.id == lea.id).and_then(|m| m.score),
        Some(1.0)
    );
    let teacher = saved.iter().find(|m| m.measure == "teacher-specific");
    assert_eq!(
        teacher
            .and_then(|m| m.date)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-12-01")
    );

    // The records are the workspace's: a new window finds them and the same rating.
    click(&mut app, "← Educators");
    assert_eq!(
        app.contents().map(|c| c.measures.len()),
        Some(3),
        "the open workspace keeps them in step"
    );
    click(
        &mut app,
        &format!("Summative evaluation {}: draft", this_year()),
    );
    assert!(shows(&app, "Final rating 2.05 — Proficient (Satisfactory)"));
}

#[test]
fn a_score_outside_its_range_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    click(&mut app, "Add a student measure…");
    type_and_enter(&mut app, SCORE, "4");
    assert!(shows(
        &app,
        "Building Level Score (0-3) 4 is outside 0-3. Type a score from 0 to 3, or leave it \
         empty while it is pending."
    ));
    assert!(shows_text_where(&app, |t| t == "4"), "what was typed stays");
    score_and_enter(&mut app, ",5");
    assert!(shows(
        &app,
        "\u{201c}4,5\u{201d} is not a score: type it in figures, e.g. 2.5, or leave it empty \
         while the score is pending."
    ));
    type_into(&mut app, "MM/DD/YYYY", "2/30/2026");
    send(&mut app, MeasureMessage::Score("2".into()));
    send(&mut app, MeasureMessage::Save);
    assert!(shows(
        &app,
        "There is no February 30, 2026: type the date as 12/15/2026, Dec 15 2026 or 2026-12-15."
    ));
    assert!(measures(&dir).is_empty(), "nothing saved");
    assert!(!shows_text_where(&app, |t| t.starts_with("Final rating")));
}

#[test]
fn semi_annual_makes_a_pennsylvania_rating_practice_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    // The header names the period and the status in Pennsylvania's words.
    assert!(shows(
        &app,
        &format!(
            "Annual summative evaluation · {} · Professional Employee",
            this_year()
        )
    ));
    assert!(shows(
        &app,
        "Weights: Observation & Practice 70% · Building Level Score (0-3) 10% · \
         Teacher-Specific Data 10% · LEA-Selected Measures 10%"
    ));
    click(&mut app, "Add a student measure…");
    type_and_enter(&mut app, SCORE, "3");
    assert!(!shows_text_where(&app, |t| t.starts_with("Final rating")));
    click(&mut app, "Semi-annual");
    assert!(shows(&app, "Final rating 2.00 — Proficient (Satisfactory)"));
    // The measure stays in sight, named, though it does not count.
    assert!(shows(
        &app,
        "Recorded this year, not counted under these weights:"
    ));
    assert!(shows(&app, "Building Level Score (0-3) · score 3"));
    assert!(shows(
        &app,
        &format!(
            "Semi-annual summative evaluation · {} · Professional Employee",
            this_year()
        )
    ));
    assert!(shows(
        &app,
        "Weights applied: semi-annual evaluation of a temporary professional employee."
    ));
    quiet(&mut app);
    assert_eq!(summatives(&dir)[0].period, Period::SemiAnnual);
    click(&mut app, "Annual");
    assert!(!shows_text_where(&app, |t| t.starts_with("Final rating")));
}

#[test]
fn a_measure_being_typed_is_never_lost_by_leaving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    quiet(&mut app);
    click(&mut app, "Add a student measure…");
    let closes = |app: &mut App| {
        app.handle(Message::CloseRequested(iced::window::Id::unique()))
            .iter()
            .any(|e| matches!(e.job(), Job::CloseWindow(_)))
    };
    type_into(&mut app, SCORE, "2");
    assert!(shows(&app, "Not saved: a student measure is being entered"));
    click(&mut app, "← Educators");
    assert!(app.summative().is_some(), "still on the evaluation");
    assert!(shows(
        &app,
        "A student measure is being entered and is not saved: save it or cancel it."
    ));
    assert!(!closes(&mut app), "the window stays open");
    assert!(shows_text_where(&app, |t| t.starts_with(
        "The window was not closed. A student measure is being entered"
    )));
    // Finalising would leave it out: refused too.
    settle(&mut app, Message::Summative(Sum::Finalize));
    assert!(!shows(&app, "Finalise this evaluation?"));

    // Saving: the window waits for the save, then closes.
    let effects = app.handle(Message::Summative(Sum::Measure(MeasureMessage::Save)));
    assert!(
        app.summative()
            .is_some_and(teacher_eval::ui::summative::SummativeScreen::is_storing_measure)
    );
    assert!(!closes(&mut app), "waits for the measure");
    let mut shut = false;
    for effect in effects {
        if let Some(reply) = effect.run() {
            shut |= app
                .handle(reply)
                .iter()
                .any(|e| matches!(e.job(), Job::CloseWindow(_)));
        }
    }
    assert!(shut, "closed once saved");
    assert_eq!(measures(&dir).len(), 1);
}

#[test]
fn a_measure_is_removed_after_asking_and_its_version_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    click(&mut app, "Add a student measure…");
    type_and_enter(&mut app, SCORE, "1.5");
    let id = measures(&dir)[0].id.clone();
    click(&mut app, "Remove");
    assert!(shows(&app, "Remove this student measure?"));
    assert!(shows(
        &app,
        "Remove: Building Level Score (0-3), score 1.5. It no longer counts in this evaluation. \
         Its last version is kept in the workspace's history."
    ));
    press(&mut app, Named::Escape);
    assert_eq!(measures(&dir).len(), 1, "cancelled: kept");
    click(&mut app, "Remove");
    click(&mut app, "Confirm");
    assert!(measures(&dir).is_empty());
    assert!(!shows(&app, "score 1.5"));
    let kept = dir.path().join("ws/history/measures").join(&id);
    assert_eq!(
        std::fs::read_dir(kept).map(Iterator::count).ok(),
        Some(1),
        "one version kept"
    );
}

#[test]
fn a_finalised_evaluation_shows_the_measures_it_kept_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    for (kind, score) in [("building", "3"), ("teacher-specific", "2"), ("lea", "2")] {
        click(&mut app, "Add a student measure…");
        send(&mut app, MeasureMessage::Choose(kind.into()));
        type_and_enter(&mut app, SCORE, score);
    }
    // (140 + 30 + 20 + 20) / 100 = 2.10.
    assert!(shows(&app, "Final rating 2.10 — Proficient (Satisfactory)"));
    settle(
        &mut app,
        Message::Summative(Sum::Comments(iced::widget::text_editor::Action::Edit(
            iced::widget::text_editor::Edit::Paste(std::sync::Arc::new("A strong year.".into())),
        ))),
    );
    settle(&mut app, Message::Summative(Sum::Finalize));
    click(&mut app, "Confirm");
    assert!(shows(&app, "Final rating 2.10 — Proficient (Satisfactory)"));
    assert!(shows(
        &app,
        "Finalised: these are the measures it counted, as they stood."
    ));
    assert!(!shows(&app, "Add a student measure…"));
    assert!(!shows(&app, "Edit"));
    send(&mut app, MeasureMessage::Add);
    assert!(shows(
        &app,
        "This evaluation is finalised and keeps the student measures it counted; reopen it to \
         change them."
    ));
    // The period is fixed too.
    click(&mut app, "Semi-annual");
    assert_eq!(
        app.summative().expect("open").summative().period,
        Period::Annual
    );
}

#[test]
fn tab_moves_between_the_fields_and_enter_saves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = proficient_teacher(&dir);
    // Opening the form puts the cursor in the score field.
    let opened = app.handle(Message::Summative(Sum::Measure(MeasureMessage::Add)));
    assert!(
        opened
            .iter()
            .any(|e| matches!(e.job(), Job::Focus("measure-score")))
    );
    let key = |app: &mut App, modifiers| {
        app.handle(Message::Key(
            iced::keyboard::Key::Named(Named::Tab),
            modifiers,
        ))
    };
    let next = key(&mut app, iced::keyboard::Modifiers::empty());
    assert!(
        next.iter()
            .any(|e| matches!(e.job(), Job::FocusNext(false)))
    );
    let back = key(&mut app, iced::keyboard::Modifiers::SHIFT);
    assert!(back.iter().any(|e| matches!(e.job(), Job::FocusNext(true))));
    // Enter in any of the form's fields saves it.
    type_and_enter(
        &mut app,
        "Where the score comes from, e.g. PVAAS report",
        "PVAAS",
    );
    assert_eq!(measures(&dir).len(), 1);
    assert_eq!(measures(&dir)[0].score, None, "saved as pending");
}

#[test]
fn a_coordinators_role_domains_count_within_domain_3() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    educator.role = "edtech-coordinator".into();
    educator.rubric_id = "edtech-coordinator".into();
    let mut app = workspace_of(&dir, &educator, &[("S1", 3), ("E1", 2), ("3a", 4)]);
    click(&mut app, &format!("Summative evaluation {}", this_year()));
    click(
        &mut app,
        "Pennsylvania PDE 13-3 nonteaching professional (2021-22 onwards)",
    );
    assert!(shows(&app, "counted within domain 3"));
    assert!(shows(&app, "S Coordinator Duties at Every Level"));
    // Domain 3 is the mean of 3a (3), S1 (2) and E1 (1): 2.00, the only domain rated.
    assert!(shows(&app, "Practice rating 2.00 — Proficient"));
    // Without building-level data the practice rating is the whole final rating.
    assert!(shows(&app, "Final rating 2.00 — Proficient (Satisfactory)"));
}
