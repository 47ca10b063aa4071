//! A first run in the window: what the welcome page says about where the
//! records live, how to back them up and move them; the About box; and a
//! bundle opened from the desktop (`teacher-eval open FILE`) landing in the
//! import, ready for its passphrase.

mod common;

use std::path::Path;

use common::ui::{click, open_app, press, shows, shows_text_where, type_into};
use common::{sample_educator, sample_observation};
use teacher_eval::about::About;
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::App;
use teacher_eval::workspace::Workspace;
use teacher_eval::workspace::bundle::{ExportFilter, Passphrase, Seal, export_to};
use teacher_eval::workspace::handed_file::{FileKind, detect};

const PASS: &str = "a passphrase for the move";

fn folders(root: &Path) -> Folders {
    Folders {
        workspace: root.to_path_buf(),
        rubric_dirs: vec![],
    }
}

#[test]
fn the_welcome_says_where_the_records_are_and_how_to_back_up_and_move_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("my records");
    let app = open_app(folders(&root));
    let place = root.display().to_string();
    assert!(shows(&app, "Welcome to teacher-eval"));
    assert!(shows(&app, "Where your records live"));
    assert!(shows(
        &app,
        &format!("Every record is a small file in the folder {place}, on this computer only.")
    ));
    assert!(shows_text_where(&app, |t| t
        .starts_with("To back it up, copy that whole folder")
        && t.contains("export a sealed bundle")));
    assert!(shows_text_where(&app, |t| t.starts_with(
        "To move to a new laptop, export a bundle here and import it there"
    ) && t
        .contains("copy the folder")));
}

#[test]
fn the_about_box_shows_the_version_and_each_bundled_rubric_and_closes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir.path().join("ws")));
    assert!(!shows(&app, "Bundled rubrics (id, edition, fingerprint)"));
    click(&mut app, "About");
    let about = About::this_build();
    assert!(shows(&app, &format!("teacher-eval {}", about.version)));
    assert!(shows(&app, "Bundled rubrics (id, edition, fingerprint)"));
    for rubric in &about.rubrics {
        let line = format!(
            "{}  ·  {}  ·  {}",
            rubric.id, rubric.edition, rubric.fingerprint
        );
        assert!(shows(&app, &line), "{line}");
    }
    assert!(shows_text_where(&app, |t| t
        .starts_with("Bundled scoring profiles: ")
        && t.contains("new-jersey-achievenj")));
    click(&mut app, "Close");
    assert!(!shows(&app, "Bundled rubrics (id, edition, fingerprint)"));
    click(&mut app, "About");
    press(&mut app, iced::keyboard::key::Named::Escape);
    assert!(
        !shows(&app, "Bundled rubrics (id, edition, fingerprint)"),
        "Esc closes it"
    );
}

#[test]
fn a_bundle_opened_from_the_desktop_waits_in_the_import_for_its_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = dir.path().join("old laptop");
    let ws = Workspace::open(&old).expect("open");
    let educator = sample_educator("edu-000000000001", "Ngozi Adeyemi-Okafor");
    ws.create(&educator).expect("save");
    ws.create(&sample_observation("obs-000000000001", &educator.id))
        .expect("save");
    drop(ws);
    let bundle = dir.path().join("moving.bundle");
    let contents = Workspace::open_read_only(&old, "test")
        .expect("exists")
        .load();
    let seal = Seal::Passphrase(Passphrase::new(PASS).expect("not empty"));
    export_to(&contents, &ExportFilter::default(), &seal, &bundle).expect("exported");

    let handed = detect(&bundle).expect("a bundle");
    assert_eq!(handed.kind, FileKind::Bundle { sealed: true });
    let new = dir.path().join("new laptop");
    let mut app: App = open_app(folders(&new)).opening(&handed);
    assert!(shows(&app, "Bring in records from a bundle"));
    let typed = bundle.display().to_string();
    assert!(
        shows_text_where(&app, move |t| t == typed),
        "the file is in the import's path field"
    );
    type_into(&mut app, "The bundle's passphrase", PASS);
    click(&mut app, "Import bundle");
    assert!(shows_text_where(&app, |t| t.starts_with("Added 2, updated 0")));
    let moved = Workspace::open_read_only(&new, "test")
        .expect("exists")
        .load();
    assert_eq!(moved.educators.len(), 1);
    assert_eq!(moved.observations.len(), 1);
}
