//! The window changes a shared observation only by amendment: pressing a
//! level on an acknowledged observation once changed it with no trace.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::ui::{click, open_app, settle, shows, shows_text_where};
use iced::keyboard::{self, Key};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Observation, RatingLevel};
use teacher_eval::ui::amending::Message as Amend;
use teacher_eval::ui::observation::Message as Obs;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

/// Acknowledged in the fixture, 2a rated Distinguished (4); Rohan Davis's.
const ACKNOWLEDGED: &str = "obs-bc1870f35b7d";

fn opened(dir: &tempfile::TempDir) -> App {
    let workspace = dir.path().join("ws");
    common::copy_dir(Path::new("tests/fixtures/workspace-v1"), &workspace);
    // The fixture's second, draft evaluation of the same year would open first.
    std::fs::remove_file(workspace.join("evaluations/sum-50005196d54b.ron")).expect("remove");
    let mut app = open_app(Folders {
        workspace,
        rubric_dirs: vec![],
    });
    click(&mut app, "Rohan Davis");
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::OpenObservation(
            ACKNOWLEDGED.into(),
        )),
    );
    app
}

/// Lets the debounce pass; each call later than the last (the clock never goes back).
fn quiet(app: &mut App) {
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let later = Instant::now() + Duration::from_secs(3 * n);
    settle(app, Message::Tick(later));
}

fn on_disk(dir: &tempfile::TempDir) -> Observation {
    Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("exists")
        .read(ACKNOWLEDGED)
        .expect("read")
}

#[test]
fn a_level_pressed_on_an_acknowledged_observation_needs_a_name_and_a_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = opened(&dir);
    let before = on_disk(&dir);
    assert!(shows(&app, "History"));
    settle(&mut app, Message::Observation(Obs::Select("2a".into())));
    settle(
        &mut app,
        Message::Observation(Obs::Key(
            Key::Character("1".into()),
            keyboard::Modifiers::empty(),
        )),
    );
    quiet(&mut app);
    assert_eq!(on_disk(&dir), before, "not saved without a name");
    assert!(shows_text_where(&app, |t| t.contains("signed with a name")));

    settle(
        &mut app,
        Message::Observation(Obs::Amend(Amend::Signer("Dr. Renée Castellanos".into()))),
    );
    quiet(&mut app);
    assert_eq!(on_disk(&dir), before, "not saved without a reason");
    assert!(shows_text_where(&app, |t| t.contains("needs a reason")));
    let rating = |o: &Observation| o.rating("2a").map(|r| r.level);
    assert_eq!(
        app.observation().map(|s| rating(s.observation())),
        Some(Some(RatingLevel::Level(1))),
        "the change is kept in the window"
    );

    settle(
        &mut app,
        Message::Observation(Obs::Amend(Amend::Reason("Rated the wrong period".into()))),
    );
    quiet(&mut app);
    let after = on_disk(&dir);
    assert_eq!(rating(&after), Some(RatingLevel::Level(1)));
    let amendments = &after.trail.amendments;
    assert_eq!(amendments.len(), 1, "{amendments:?}");
    assert_eq!(amendments[0].field, "Rating of 2a");
    assert_eq!(amendments[0].old, "Distinguished (4)");
    assert_eq!(amendments[0].new, "Unsatisfactory (1)");
    assert_eq!(amendments[0].reason, "Rated the wrong period");
    assert_eq!(amendments[0].by, "Dr. Renée Castellanos");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Amended since the educator acknowledged it")));

    // Changed back in the same session: the amendment goes, nothing is invented.
    settle(
        &mut app,
        Message::Observation(Obs::Key(
            Key::Character("4".into()),
            keyboard::Modifiers::empty(),
        )),
    );
    quiet(&mut app);
    assert!(on_disk(&dir).trail.amendments.is_empty());
    click(&mut app, "History");
    assert!(shows(&app, "No amendments."));
}

#[test]
fn an_earlier_version_is_restored_from_the_window_as_an_amendment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = opened(&dir);
    let amend = |app: &mut App, m: Amend| settle(app, Message::Observation(Obs::Amend(m)));
    amend(&mut app, Amend::Signer("Dr. Renée Castellanos".into()));
    amend(&mut app, Amend::Reason("Rated the wrong period".into()));
    settle(&mut app, Message::Observation(Obs::Select("2a".into())));
    settle(
        &mut app,
        Message::Observation(Obs::Key(
            Key::Character("2".into()),
            keyboard::Modifiers::empty(),
        )),
    );
    quiet(&mut app);
    assert_eq!(
        on_disk(&dir).rating("2a").map(|r| r.level),
        Some(RatingLevel::Level(2))
    );

    // The History tab reads the versions kept; version 1 is the one acknowledged.
    click(&mut app, "History");
    assert!(shows_text_where(&app, |t| t.starts_with("Version 1 ·")
        && t.contains("the version shared and acknowledged")));
    amend(&mut app, Amend::Reason(String::new()));
    amend(&mut app, Amend::Restore(1));
    quiet(&mut app);
    let after = on_disk(&dir);
    assert_eq!(
        after.rating("2a").map(|r| r.level),
        Some(RatingLevel::Level(4))
    );
    let last = after.trail.amendments.last().expect("an amendment");
    assert_eq!(last.reason, "Restored version 1");
    assert_eq!(last.new, "Distinguished (4)");
    assert!(!teacher_eval::record::trail::amended_after_acknowledgement(
        &after
    ));
    let ws = Workspace::open_read_only(&dir.path().join("ws"), "test").expect("exists");
    assert_eq!(
        ws.versions::<Observation>(ACKNOWLEDGED)
            .expect("versions")
            .len(),
        2,
        "the replaced version is kept too"
    );
}

#[test]
fn a_finalised_evaluations_comments_change_only_as_an_amendment() {
    use teacher_eval::record::Summative;
    use teacher_eval::ui::summative::Message as Sum;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = opened(&dir);
    settle(&mut app, Message::Observation(Obs::Back));
    let finalised = "sum-de6b1aa8aebf";
    let year = "2026-27".to_string();
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::OpenSummative(year)),
    );
    let open = app.summative().map(|s| s.summative().id.clone());
    assert_eq!(
        open.as_deref(),
        Some(finalised),
        "the finalised evaluation opens"
    );
    let read = || -> Summative {
        Workspace::open_read_only(&dir.path().join("ws"), "test")
            .expect("ws")
            .read(finalised)
            .expect("read")
    };
    let before = read();
    settle(
        &mut app,
        Message::Summative(Sum::Comments(iced::widget::text_editor::Action::Edit(
            iced::widget::text_editor::Edit::Paste(std::sync::Arc::new(
                "Added after finalising. ".into(),
            )),
        ))),
    );
    let typed = app.summative().map(|s| s.summative().comments.clone());
    assert!(
        typed.is_some_and(|c| c.starts_with("Added after")),
        "typed into the comments"
    );
    quiet(&mut app);
    assert_eq!(read(), before, "not saved unsigned");
    assert!(shows_text_where(&app, |t| t.contains("signed with a name")));
    settle(
        &mut app,
        Message::Summative(Sum::Amend(Amend::Signer("Dr. Renée Castellanos".into()))),
    );
    quiet(&mut app);
    let after = read();
    assert!(
        after.comments.starts_with("Added after finalising. "),
        "{}",
        after.comments
    );
    let a = after.trail.amendments.last().expect("an amendment");
    assert_eq!(a.field, "Comments");
    assert_eq!(a.old, before.comments);
    assert_eq!(a.by, "Dr. Renée Castellanos");
}

#[test]
fn an_amended_version_is_acknowledged_again_and_the_observer_is_its_own_field() {
    use teacher_eval::ui::observation::ContextField;
    use teacher_eval::ui::status_panel::Message as Status;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = opened(&dir);
    let obs = |app: &mut App, m: Obs| settle(app, Message::Observation(m));
    obs(
        &mut app,
        Obs::Amend(Amend::Signer("Dr. Renée Castellanos".into())),
    );
    obs(
        &mut app,
        Obs::Amend(Amend::Reason("A co-observer came too".into())),
    );
    obs(
        &mut app,
        Obs::Context(ContextField::CoObserver, "Mx. Kim Park".into()),
    );
    quiet(&mut app);
    let after = on_disk(&dir);
    assert_eq!(after.co_observer, "Mx. Kim Park");
    assert_ne!(after.observer, "", "the observer who visited is kept");
    assert!(teacher_eval::record::trail::amended_after_acknowledgement(
        &after
    ));

    click(&mut app, "Conference");
    assert!(shows_text_where(&app, |t| t
        .contains("this amended version has not been acknowledged")));
    obs(&mut app, Obs::Status(Status::Date("2026-12-01".into())));
    obs(&mut app, Obs::Status(Status::Time("6:00 AM".into())));
    obs(&mut app, Obs::Status(Status::Acknowledge));
    obs(&mut app, Obs::Status(Status::Confirm));
    quiet(&mut app);
    let again = on_disk(&dir);
    assert!(!teacher_eval::record::trail::amended_after_acknowledgement(
        &again
    ));
    let acknowledged = again.trail.acknowledged.as_ref().expect("acknowledged");
    assert_eq!(
        acknowledged.fingerprint,
        teacher_eval::record::fingerprint(&again)
    );
    assert_eq!(
        acknowledged.at.naive_local().to_string(),
        "2026-12-01 06:00:00"
    );
}

#[test]
fn an_educators_earlier_version_is_seen_and_restored_from_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    {
        let ws = Workspace::open(&root).expect("open");
        let mut e = common::sample_educator("edu-000000000001", "Ingrid Lindqvist");
        ws.create(&e).expect("create");
        e.school = "A school typed by mistake".into();
        ws.save(&e).expect("save");
    }
    let mut app = open_app(Folders {
        workspace: root.clone(),
        rubric_dirs: vec![],
    });
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, "History…");
    assert!(shows_text_where(&app, |t| t.starts_with("Version 1 · saved")));
    assert!(shows_text_where(&app, |t| t.contains("Escuela Primaria Benito Juárez")));
    click(&mut app, "Restore");
    let ws = Workspace::open_read_only(&root, "test").expect("ws");
    let e: teacher_eval::record::Educator = ws.read("edu-000000000001").expect("read");
    assert_eq!(
        e.school, "Escuela Primaria Benito Juárez",
        "version 1 is back"
    );
    let kept = ws
        .versions::<teacher_eval::record::Educator>("edu-000000000001")
        .expect("versions");
    assert_eq!(kept.len(), 2, "the version it replaced is kept too");
    assert_eq!(kept[1].1.school, "A school typed by mistake");
}
