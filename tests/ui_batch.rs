//! "Documents…" in the window, through `iced_test`'s simulator: a school
//! chosen, the documents written into a folder (checked on disk, the same
//! names as `report batch`), the outcome said, a second run keeping the
//! files, a refused folder said in the panel, and the panel at 1024x700.

mod common;

use std::path::Path;

use common::ui::{click, open_app, settle, shows, shows_text_where};
use common::{at, sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::Educator;
use teacher_eval::scoring::new_summative;
use teacher_eval::ui::roster::batch::Message as Batch;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

const SMALL: (f32, f32) = (1024.0, 700.0);

/// Ana Ruiz (observed twice, evaluated) at one school, Lena Berg at another.
fn workspace(dir: &tempfile::TempDir) -> Folders {
    let root = dir.path().join("ws");
    let w = Workspace::open(&root).expect("workspace");
    let ana = sample_educator("edu-000000000001", "Ana Ruiz");
    let lena = Educator {
        school: "Northgate High School".into(),
        ..sample_educator("edu-000000000002", "Lena Berg")
    };
    w.create(&ana).expect("save");
    w.create(&lena).expect("save");
    w.create(&sample_observation("obs-000000000001", &ana.id))
        .expect("save");
    let mut later = sample_observation("obs-000000000002", &ana.id);
    later.started_at = at("2026-11-05T09:00:00-05:00");
    w.create(&later).expect("save");
    w.create(&sample_observation("obs-000000000003", &lena.id))
        .expect("save");
    w.create(&new_summative(&ana, "2026-27", "equal-weights"))
        .expect("save");
    Folders {
        workspace: root,
        rubric_dirs: vec![],
    }
}

fn send(app: &mut App, message: Batch) {
    settle(
        app,
        Message::Roster(teacher_eval::ui::roster::Message::Batch(message)),
    );
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the folder exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_schools_documents_are_written_into_a_folder_from_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    click(&mut app, "Documents…");
    assert!(shows(&app, "Documents for a school"));
    click(&mut app, "Escuela Primaria Benito Juárez");
    send(&mut app, Batch::Year("2026-27".into()));
    let out = dir.path().join("Benito Juárez");
    send(&mut app, Batch::Folder(out.display().to_string()));
    click(&mut app, "Write the documents");

    let today = teacher_eval::clock::local_now()
        .date_naive()
        .format("%Y-%m-%d");
    assert_eq!(
        names(&out),
        vec![
            "2026-10-14 Observation - Ana Ruiz.pdf".to_string(),
            "2026-11-05 Observation - Ana Ruiz.pdf".to_string(),
            format!("{today} Summative Evaluation - Ana Ruiz.pdf"),
        ],
        "Lena Berg is at another school"
    );
    assert!(
        shows_text_where(&app, |t| t.starts_with("3 documents written to")),
        "the outcome is said"
    );
    assert!(shows(&app, "Show the folder"));

    click(&mut app, "Write the documents");
    assert!(
        shows_text_where(&app, |t| t
            .contains("3 files already in the folder were kept")),
        "a second run keeps what is there"
    );
}

#[test]
fn a_folder_inside_the_workspace_is_refused_in_a_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let mut app = open_app(folders.clone());
    click(&mut app, "Documents…");
    let inside = folders.workspace.join("observations");
    send(&mut app, Batch::Folder(inside.display().to_string()));
    send(&mut app, Batch::Year("2026-27".into()));
    click(&mut app, "Write the documents");
    assert!(shows_text_where(&app, |t| t.contains("cannot hold the documents")));
    send(&mut app, Batch::From("not a day".into()));
    click(&mut app, "Write the documents");
    assert!(shows_text_where(&app, |t| t.starts_with("The first day:")));
}

#[test]
fn the_panel_fits_a_small_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    click(&mut app, "Documents…");
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), SMALL, app.view());
    let button = ui.find("Write the documents").expect("shown");
    let bounds = button.visible_bounds().expect("in view");
    assert!(
        bounds.y + bounds.height <= SMALL.1 && bounds.x + bounds.width <= SMALL.0,
        "{bounds:?}"
    );
}
