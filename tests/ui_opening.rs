//! Opening a workspace in the window in two stages: the roster is usable as
//! soon as the educators are read, the rest fills in after; observations are
//! kept abridged and read whole from disk when one is opened, so a save can
//! never write a copy without its text.

mod common;

use std::time::{Duration, Instant};

use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use common::{sample_educator, sample_observation};
use iced::keyboard::key::Named;
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Observation, Status};
use teacher_eval::rubric::Catalog;
use teacher_eval::ui::observation::Message as Obs;
use teacher_eval::ui::{App, Job, Message};
use teacher_eval::workspace::Workspace;

const OBSERVATION: &str = "obs-000000000001";
const NOTE_FIELD: &str = "Type what you see or hear, then Enter. Tag with 3b: … or #3b";

fn folders(dir: &tempfile::TempDir) -> Folders {
    Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    }
}

/// Two teachers; Ana has a draft observation of this school year with two notes.
fn workspace(dir: &tempfile::TempDir) -> Workspace {
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    ws.create(&sample_educator("edu-000000000001", "Ana Lima"))
        .expect("Ana");
    ws.create(&sample_educator("edu-000000000002", "Bruno Costa"))
        .expect("Bruno");
    let mut visit = sample_observation(OBSERVATION, "edu-000000000001");
    visit.status = Status::Draft;
    visit.started_at = teacher_eval::clock::local_now().fixed_offset();
    ws.create(&visit).expect("observation");
    ws
}

fn on_disk(dir: &tempfile::TempDir) -> Observation {
    Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("exists")
        .read(OBSERVATION)
        .expect("read")
}

#[test]
fn the_roster_is_usable_while_the_rest_is_read_and_the_overview_waits_for_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(workspace(&dir));
    let folders = folders(&dir);
    let catalog = Catalog::load(&folders.rubric_dirs);
    let (mut app, open) = App::new(folders, catalog);
    let educators = open.run().expect("the educators are read");
    let rest = app.handle(educators);
    // The rest of the records, and the log of packets sent (for the educators' pages).
    assert!(
        matches!(rest.as_slice(), [log, effect]
            if matches!(log.job(), Job::ReadSentPackets(..))
                && matches!(effect.job(), Job::ReadRest(..))),
        "{rest:?}"
    );

    // Two educators and the settings are read; the rest is not listed yet.
    assert!(shows(&app, "Reading the workspace: 3 records so far"));
    assert!(shows(&app, "Ana Lima") && shows(&app, "Bruno Costa"));
    assert!(shows_text_where(&app, |t| t.starts_with(
        "Still reading observations, evaluations and plans"
    )));
    assert!(
        !shows(&app, "Not observed yet this year"),
        "no overview from half the records"
    );
    assert!(!shows_text_where(&app, |t| t.starts_with("School year ")));

    type_into(&mut app, "Search by name, school, subject…", "bruno");
    assert!(shows(&app, "Bruno Costa") && !shows(&app, "Ana Lima"));
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::Search(String::new())),
    );
    click(&mut app, "Ana Lima");
    assert!(shows(&app, "Grade 4 (all subjects)"), "her details");
    assert!(shows(&app, "Start observation"));
    assert!(
        !shows_text_where(&app, |t| t.starts_with("Observations (")),
        "no list of observations that may be missing some"
    );
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::OpenSummative(
            "2026-27".into(),
        )),
    );
    assert!(
        app.summative().is_none(),
        "an evaluation waits for every record"
    );

    for effect in rest {
        if let Some(message) = effect.run() {
            settle(&mut app, message);
        }
    }
    assert!(!shows_text_where(&app, |t| t.starts_with("Reading the workspace")));
    assert!(shows(&app, "Observations (1)"));
    assert!(
        shows(&app, "2 notes · 1 rated, 1 not observed"),
        "counted from the abridged copy"
    );
    assert_eq!(app.contents().expect("open").observations.len(), 1);
}

#[test]
fn an_observation_opened_from_an_abridged_roster_has_its_notes_read_from_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(workspace(&dir));
    let mut app = open_app(folders(&dir));
    let kept = &app.contents().expect("open").observations[0];
    assert!(kept.abridged.is_some() && kept.evidence.is_empty());

    click(&mut app, "Ana Lima");
    click(&mut app, "2 notes · 1 rated, 1 not observed");
    let screen = app.observation().expect("the editor is open");
    assert_eq!(screen.observation().evidence, on_disk(&dir).evidence);
    assert_eq!(screen.observation().evidence.len(), 2);
}

#[test]
fn a_save_from_the_editor_keeps_every_note_on_disk_and_an_abridged_copy_in_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(workspace(&dir));
    let mut app = open_app(folders(&dir));
    click(&mut app, "Ana Lima");
    click(&mut app, "2 notes · 1 rated, 1 not observed");
    click(&mut app, "Script");
    let mut ui = iced_test::simulator(app.view());
    ui.click(NOTE_FIELD).expect("the note field");
    ui.typewrite("Students explain their reasoning");
    ui.tap_key(Named::Enter);
    for message in ui.into_messages() {
        settle(&mut app, message);
    }
    let later = Instant::now() + Duration::from_secs(3);
    settle(&mut app, Message::Observation(Obs::Tick(later)));

    let saved = on_disk(&dir);
    let notes: Vec<&str> = saved.evidence.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert_eq!(notes[2], "Students explain their reasoning");
    assert_eq!(
        saved.pre_conference,
        sample_observation(OBSERVATION, "x").pre_conference
    );
    let kept = &app.contents().expect("open").observations[0];
    assert!(
        kept.abridged.is_some(),
        "the window keeps the saved copy abridged"
    );
    assert_eq!(kept.note_count(), 3);
}

#[test]
fn an_observation_that_cannot_be_read_is_said_in_a_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(workspace(&dir));
    let mut app = open_app(folders(&dir));
    click(&mut app, "Ana Lima");
    std::fs::write(
        dir.path()
            .join(format!("ws/observations/{OBSERVATION}.ron")),
        "(",
    )
    .expect("damaged since it was read");
    click(&mut app, "2 notes · 1 rated, 1 not observed");
    assert!(app.observation().is_none());
    assert!(shows_text_where(&app, |t| t.starts_with(&format!(
        "The observation `{OBSERVATION}` could not be opened: "
    ))));
}

/// The running window reads the educators through the derived index: it is
/// written on the first opening, and a second opening reads the same from it.
#[test]
fn the_window_keeps_the_index_and_reads_the_same_records_through_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("cache");
    drop(workspace(&dir));
    let place = teacher_eval::files::folders::IndexPlace {
        dir: cache.path().to_path_buf(),
        refresh: true,
    };
    let opened = || {
        let folders = folders(&dir);
        let catalog = Catalog::load(&folders.rubric_dirs);
        let (mut app, open) = App::with_index(folders, catalog, Some(place.clone()));
        settle(&mut app, open.run().expect("read"));
        app
    };
    let first = opened();
    let indexed = std::fs::read_dir(cache.path())
        .expect("the index folder")
        .count();
    assert!(indexed > 0, "an index was written");
    let second = opened();
    let (a, b) = (
        first.contents().expect("open"),
        second.contents().expect("open"),
    );
    assert_eq!(a.educators, b.educators);
    assert_eq!(a.observations, b.observations);
    assert_eq!(b.observations[0].note_count(), 2);
    drop(first);
    let plain = open_app(folders(&dir));
    assert_eq!(plain.contents().expect("open").observations, b.observations);
}
