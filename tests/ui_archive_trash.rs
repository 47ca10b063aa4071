//! Archiving an educator and deleting a draft into the trash, in the window
//! through `iced_test`'s simulator, with the records checked on disk.

mod common;

use std::path::PathBuf;

use common::ui::{click, open_app, shows, shows_text_where, type_into};
use common::{at, sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Educator, Status};
use teacher_eval::ui::App;
use teacher_eval::workspace::Workspace;

const E1: &str = "edu-000000000001";
const E2: &str = "edu-000000000002";
const SHARED: &str = "obs-000000000001";
const DRAFT: &str = "obs-000000000002";
const NOTE_FIELD: &str = "Type what you see or hear, then Enter. Tag with 3b: … or #3b";

/// A workspace with two educators; the first has a shared observation and a draft.
fn workspace(dir: &tempfile::TempDir) -> Folders {
    let root = dir.path().join("ws");
    let w = Workspace::open(&root).expect("workspace");
    w.create(&sample_educator(E1, "Nguyễn Thị Hương"))
        .expect("educator");
    let mut other = sample_educator(E2, "Zoë Brontë-Øster");
    other.school = "South High".into();
    w.create(&other).expect("educator");
    let mut shared = sample_observation(SHARED, E1);
    shared.status = Status::Shared {
        at: at("2026-10-15T15:00:00-05:00"),
    };
    w.create(&shared).expect("shared");
    let mut draft = sample_observation(DRAFT, E1);
    draft.started_at = at("2026-11-20T13:15:00-05:00");
    draft.status = Status::Draft;
    w.create(&draft).expect("draft");
    Folders {
        workspace: root,
        rubric_dirs: vec![],
    }
}

fn educator_on_disk(folders: &Folders, id: &str) -> Educator {
    Workspace::open_read_only(&folders.workspace, "test")
        .expect("exists")
        .read::<Educator>(id)
        .expect("readable")
}

fn live(folders: &Folders, id: &str) -> PathBuf {
    folders.workspace.join(format!("observations/{id}.ron"))
}

fn trashed(folders: &Folders, id: &str) -> PathBuf {
    folders
        .workspace
        .join(format!("trash/observations/{id}.ron"))
}

fn observation_ids(app: &App) -> Vec<String> {
    let contents = app.contents().expect("open");
    contents.observations.iter().map(|o| o.id.clone()).collect()
}

#[test]
fn archive_hides_an_educator_who_left_and_restore_brings_them_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let before = std::fs::read(folders.workspace.join(format!("educators/{E2}.ron")))
        .expect("educator file");
    {
        let mut app = open_app(folders.clone());
        assert!(shows(&app, "2 educators"));
        click(&mut app, "Zoë Brontë-Øster");
        // Asking and cancelling changes nothing.
        click(&mut app, "Archive…");
        assert!(shows(&app, "Archive Zoë Brontë-Øster?"));
        assert!(shows_text_where(&app, |t| t.contains("Nothing is deleted")));
        click(&mut app, "Cancel");
        assert!(!shows(&app, "Archive Zoë Brontë-Øster?"));
        assert_eq!(
            std::fs::read(folders.workspace.join(format!("educators/{E2}.ron"))).expect("file"),
            before
        );

        click(&mut app, "Archive…");
        type_into(
            &mut app,
            "Why (optional), e.g. Moved to another district",
            "Moved to another district",
        );
        click(&mut app, "Archive educator");
        let archived = educator_on_disk(&folders, E2).archived.expect("archived");
        assert_eq!(archived.reason, "Moved to another district");
        assert!(shows(&app, "1 educator"), "the list leaves them out");
        assert!(shows(&app, "Show archived (1)"));
        assert!(shows_text_where(&app, |t| {
            t.starts_with("Archived on ")
            && t.ends_with("Moved to another district. Not in the roster list or the overview; the records are kept.")
        }));
        assert!(
            !shows(&app, "Start observation"),
            "no new visits for someone who left"
        );
    }

    // Opened again, with no one chosen: the overview and the list leave them out.
    let mut app = open_app(folders.clone());
    assert!(shows(&app, "1 educator"));
    assert!(!shows(&app, "Zoë Brontë-Øster"));
    assert!(shows_text_where(&app, |t| t.ends_with(" · 1 archived, not counted")));
    assert!(shows_text_where(&app, |t| t.starts_with("Nguyễn Thị Hương")));

    click(&mut app, "Show archived (1)");
    assert!(shows(&app, "2 educators"));
    assert!(shows(&app, "Archived · South High"));
    click(&mut app, "Zoë Brontë-Øster");
    click(&mut app, "Restore");
    assert!(educator_on_disk(&folders, E2).archived.is_none());
    assert!(shows(&app, "Zoë Brontë-Øster is back on the roster."));
    click(&mut app, "Hide archived");
    assert!(shows(&app, "2 educators"));
    assert!(shows(&app, "Show archived (0)"));
    assert!(shows(&app, "Start observation"));
}

#[test]
fn a_listed_draft_goes_to_the_trash_and_comes_back_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let bytes = std::fs::read(live(&folders, DRAFT)).expect("draft");
    let shared = std::fs::read(live(&folders, SHARED)).expect("shared");
    let mut app = open_app(folders.clone());
    click(&mut app, "Nguyễn Thị Hương");
    assert!(shows(&app, "Observations (2)"));

    click(&mut app, "Delete draft");
    assert!(shows(&app, "Move to trash"));
    click(&mut app, "Cancel");
    assert!(live(&folders, DRAFT).exists());

    click(&mut app, "Delete draft");
    click(&mut app, "Move to trash");
    assert!(!live(&folders, DRAFT).exists());
    assert_eq!(
        std::fs::read(trashed(&folders, DRAFT)).expect("trash"),
        bytes
    );
    assert_eq!(observation_ids(&app), [SHARED]);
    assert!(shows(&app, "Observations (1)"));
    assert!(shows_text_where(&app, |t| t.ends_with(
        "is in the trash; Trash… below the list restores it."
    )));
    assert!(
        !shows(&app, "Delete draft"),
        "a shared observation has none"
    );
    assert_eq!(
        std::fs::read(live(&folders, SHARED)).expect("shared"),
        shared
    );

    click(&mut app, "Trash…");
    assert!(shows_text_where(&app, |t| t.contains("Nguyễn Thị Hương")
        && t.contains("Nov 20, 2026 13:15")));
    assert!(shows_text_where(&app, |t| t.starts_with("deleted ")));
    click(&mut app, "Restore");
    assert_eq!(std::fs::read(live(&folders, DRAFT)).expect("back"), bytes);
    assert!(!trashed(&folders, DRAFT).exists());
    assert!(shows(&app, "The trash is empty."));
    assert_eq!(observation_ids(&app), [SHARED, DRAFT]);
    drop(app);

    // The trash folder left behind is nothing the workspace sets aside.
    let app = open_app(folders);
    assert!(app.contents().expect("open").set_aside.is_empty());
    assert!(!shows_text_where(&app, |t| t.contains("could not be read")));
}

#[test]
fn restoring_over_a_live_observation_is_refused_in_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let w = Workspace::open(&folders.workspace).expect("open");
    w.delete_draft(DRAFT).expect("deleted");
    let mut again = sample_observation(DRAFT, E1);
    again.status = Status::Draft;
    again.post_conference = "Made again with the same id".into();
    w.create(&again).expect("live again");
    drop(w);
    let in_trash = std::fs::read(trashed(&folders, DRAFT)).expect("trash");
    let live_now = std::fs::read(live(&folders, DRAFT)).expect("live");

    let mut app = open_app(folders.clone());
    click(&mut app, "Trash…");
    click(&mut app, "Restore");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Nothing was restored:")
        && t.contains("is already in the workspace")));
    assert_eq!(
        std::fs::read(trashed(&folders, DRAFT)).expect("trash"),
        in_trash
    );
    assert_eq!(
        std::fs::read(live(&folders, DRAFT)).expect("live"),
        live_now
    );
    assert_eq!(app.contents().expect("open").observations.len(), 2);
}

#[test]
fn delete_draft_in_the_open_observation_saves_what_was_typed_then_moves_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let mut app = open_app(folders.clone());
    click(&mut app, "Nguyễn Thị Hương");
    click(&mut app, "Shared Oct 15");
    assert!(app.observation().is_some());
    assert!(
        !shows(&app, "Delete draft"),
        "a shared observation cannot be deleted"
    );
    click(&mut app, "← Educators");

    click(&mut app, "Draft");
    click(&mut app, "Script");
    type_into(&mut app, NOTE_FIELD, "Typed just before deleting");
    click(&mut app, "Delete draft");
    assert!(shows(&app, "Delete this draft observation?"));
    click(&mut app, "Cancel");
    assert!(app.observation().is_some());
    click(&mut app, "Delete draft");
    click(&mut app, "Move to trash");

    assert!(app.observation().is_none(), "the screen closed");
    assert_eq!(app.roster().selected(), Some(E1));
    assert!(!live(&folders, DRAFT).exists());
    let kept = std::fs::read_to_string(trashed(&folders, DRAFT)).expect("in the trash");
    assert!(
        kept.contains("Typed just before deleting"),
        "the last typing is kept"
    );
    assert_eq!(observation_ids(&app), [SHARED]);
    assert!(shows_text_where(&app, |t| t.contains("is in the trash")));
}

#[test]
fn delete_on_a_new_observation_never_saved_just_closes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let mut app = open_app(folders.clone());
    click(&mut app, "Zoë Brontë-Øster");
    click(&mut app, "Start observation");
    click(&mut app, "Delete draft");
    click(&mut app, "Move to trash");
    assert!(app.observation().is_none());
    assert_eq!(observation_ids(&app), [SHARED, DRAFT]);
    assert!(
        !folders.workspace.join("trash").exists(),
        "nothing was moved"
    );
}
