//! The Look-fors tab of a walkthrough, driven through the simulator: the
//! form chosen, items answered by pointer and by keys, the answers saved as
//! typed, and nothing answered when the visit is not a walkthrough.

mod common;

use std::time::{Duration, Instant};

use common::sample_educator;
use common::ui::{click, open_app, settle, shows, type_into};
use iced::keyboard::{self, Key, key::Named};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{AnswerValue, Observation, ObservationKind};
use teacher_eval::ui::observation::{Message as Obs, Tab};
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

fn observing(dir: &tempfile::TempDir) -> App {
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let mut e = sample_educator("edu-000000000001", "Nguyễn Thị Hương");
        e.rubric_id = "danielson-2013".into();
        ws.create(&e).expect("save");
    }
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Nguyễn Thị Hương");
    click(&mut app, "Start observation");
    app
}

/// Lets the debounce pass, as the running app's ticks would; each call a
/// little later than the last, as a clock goes.
fn quiet(app: &mut App) {
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let later = Instant::now() + Duration::from_secs(10 * n);
    settle(app, Message::Observation(Obs::Tick(later)));
}

fn key(app: &mut App, key: Key) {
    settle(
        app,
        Message::Observation(Obs::Key(key, keyboard::Modifiers::empty())),
    );
}

fn on_disk(dir: &tempfile::TempDir) -> Observation {
    let mut all = Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("exists")
        .load()
        .observations;
    assert_eq!(all.len(), 1);
    all.remove(0)
}

#[test]
fn a_walkthrough_chooses_a_form_and_answers_it_by_pointer_and_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = observing(&dir);
    assert!(
        !shows(&app, "Look-fors"),
        "no tab before it is a walkthrough"
    );
    click(&mut app, "Walkthrough");
    click(&mut app, "Look-fors");
    assert!(shows(&app, "Choose the look-for form for this walkthrough"));
    // Only the forms of the educator's rubric are offered.
    assert!(!shows(&app, "Technology coordinator site visit"));
    assert!(!shows(&app, "Classroom walkthrough (2022 framework)"));
    click(&mut app, "Classroom walkthrough");
    assert!(shows(
        &app,
        "The learning target is posted, and the teacher refers to it"
    ));

    // Keys answer the item in view and move on: Y, then 2 (partly), then down, then S.
    key(&mut app, Key::Character("y".into()));
    key(&mut app, Key::Character("2".into()));
    key(&mut app, Key::Named(Named::ArrowDown));
    key(&mut app, Key::Character("s".into()));
    // A scale by pointer, and a note typed.
    click(&mut app, "3 Most");
    type_into(&mut app, "A few words…", "Pairs at the board");
    quiet(&mut app);

    let saved = on_disk(&dir);
    assert_eq!(saved.kind, ObservationKind::Walkthrough);
    let answers = saved.lookfors.expect("answers saved as typed");
    assert_eq!(answers.form_id, "classroom-walkthrough");
    assert_eq!(answers.answer("target"), Some(&AnswerValue::Yes));
    assert_eq!(answers.answer("say-learning"), Some(&AnswerValue::Partly));
    assert_eq!(answers.answer("routines"), Some(&AnswerValue::NotSeen));
    assert_eq!(answers.answer("questioning"), None, "skipped with ↓");
    assert_eq!(answers.answer("engaged"), Some(&AnswerValue::Scale(3)));
    assert_eq!(
        answers.answer("seen"),
        Some(&AnswerValue::Note("Pairs at the board".into()))
    );

    // Pressing the chosen answer again takes it back; the notes stay available.
    click(&mut app, "3 Most");
    let now = app
        .observation()
        .expect("open")
        .observation()
        .lookfors
        .clone();
    assert_eq!(
        now.expect("kept").answer("engaged"),
        None,
        "taken back on screen"
    );
    quiet(&mut app);
    assert_eq!(
        on_disk(&dir).lookfors.expect("kept").answer("engaged"),
        None
    );
    settle(&mut app, Message::Observation(Obs::Tab(Tab::Script)));
    assert!(shows(&app, "Look-fors"), "the tab stays beside the script");
}

#[test]
fn a_form_with_answers_is_not_changed_and_a_form_without_can_be() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = observing(&dir);
    click(&mut app, "Walkthrough");
    click(&mut app, "Look-fors");
    click(&mut app, "Classroom walkthrough");
    assert!(shows(&app, "Another form"));
    click(&mut app, "Another form");
    assert!(shows(&app, "Choose the look-for form for this walkthrough"));
    click(&mut app, "Classroom walkthrough");
    click(&mut app, "Partly");
    assert!(!shows(&app, "Another form"), "answers keep their form");
    // Keys that are no answer change nothing; digits past the choices neither.
    key(&mut app, Key::Character("x".into()));
    key(&mut app, Key::Character("9".into()));
    quiet(&mut app);
    let answers = on_disk(&dir).lookfors.expect("answers");
    assert_eq!(answers.answers.len(), 1);
}
