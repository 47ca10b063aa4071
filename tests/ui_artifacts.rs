//! The observation's Artifacts tab, driven as a principal would: type a
//! path (or drop a file onto the window), caption and tag it, attach; see
//! it listed and on disk under its SHA-256; refused files say why; removing
//! takes it off the record and leaves the file.

mod common;

use std::time::{Duration, Instant};

use common::sample_educator;
use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::Observation;
use teacher_eval::ui::observation::Message as Obs;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

const PATH_FIELD: &str = "File to attach (type its path, or leave empty and press Attach…)";
const CAPTION_FIELD: &str = "Caption (what it is, e.g. Unit plan for fractions)";
const PDF: &[u8] = b"%PDF-1.4\n% unit plan\n";

fn sha256(bytes: &[u8]) -> String {
    common::sha256_hex(bytes)
}

/// An app on a new observation of one teacher, on its Artifacts tab.
fn on_artifacts(dir: &tempfile::TempDir) -> App {
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
    click(&mut app, "Artifacts");
    assert!(shows(&app, "Attach a file"));
    app
}

/// Lets the debounce pass, as the running app's ticks would: each call
/// a few seconds after the one before (the screen's clock follows its ticks).
fn quiet(app: &mut App) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static CALLS: AtomicU64 = AtomicU64::new(1);
    let later = Instant::now() + Duration::from_secs(5 * CALLS.fetch_add(1, Ordering::Relaxed));
    settle(app, Message::Observation(Obs::Tick(later)));
}

fn on_disk(dir: &tempfile::TempDir) -> Vec<Observation> {
    Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("exists")
        .load()
        .observations
}

#[test]
fn a_typed_file_is_attached_with_its_caption_and_component_and_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = on_artifacts(&dir);
    let file = dir.path().join("Unit plan.pdf");
    std::fs::write(&file, PDF).expect("write");
    type_into(&mut app, PATH_FIELD, file.to_str().expect("utf-8"));
    type_into(&mut app, CAPTION_FIELD, "Unit plan for fractions");
    click(&mut app, "1e");
    click(&mut app, "Attach…");
    assert!(shows(&app, "Attached Unit plan.pdf."), "no confirmation");
    assert!(shows(&app, "1. Unit plan for fractions (Unit plan.pdf)"));
    quiet(&mut app);
    let saved = on_disk(&dir);
    let artifact = &saved[0].artifacts[0];
    assert_eq!(artifact.sha256, sha256(PDF));
    assert_eq!(artifact.components, ["1e"]);
    assert_eq!(artifact.caption, "Unit plan for fractions");
    let blob = dir.path().join("ws").join("artifacts").join(sha256(PDF));
    assert_eq!(std::fs::read(blob).expect("stored"), PDF);

    click(&mut app, "Remove");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Remove this artifact from the record?")));
    click(&mut app, "Remove it");
    assert!(
        app.observation()
            .expect("open")
            .observation()
            .artifacts
            .is_empty()
    );
    quiet(&mut app);
    assert!(on_disk(&dir)[0].artifacts.is_empty());
    assert!(shows(
        &app,
        "No artifacts yet. Attach a unit plan, an assessment, a parent log or a certificate: type its path or press Attach… to choose it, or drop the file onto this window."
    ));
}

#[test]
fn a_file_dropped_onto_the_window_is_attached() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = on_artifacts(&dir);
    let file = dir.path().join("parent log.csv");
    std::fs::write(&file, "date,parent\n").expect("write");
    settle(&mut app, Message::FileDropped(file));
    assert!(shows_text_where(&app, |t| t.starts_with("1. parent log.csv")));
    quiet(&mut app);
    assert_eq!(on_disk(&dir)[0].artifacts[0].file_name, "parent log.csv");
}

#[test]
fn a_refused_file_says_why_and_attaches_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = on_artifacts(&dir);
    let program = dir.path().join("setup.exe");
    std::fs::write(&program, b"MZ\x90\0").expect("write");
    type_into(&mut app, PATH_FIELD, program.to_str().expect("utf-8"));
    click(&mut app, "Attach…");
    assert!(shows_text_where(&app, |t| t
        .contains("is not a kind of file an artifact may be")));
    #[cfg(unix)]
    {
        let target = dir.path().join("plan.pdf");
        std::fs::write(&target, PDF).expect("write");
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        settle(&mut app, Message::FileDropped(link));
        assert!(shows_text_where(&app, |t| t.contains("symbolic link")));
    }
    quiet(&mut app);
    assert!(on_disk(&dir).iter().all(|o| o.artifacts.is_empty()));
    assert!(!dir.path().join("ws").join("artifacts").exists());
}

#[test]
fn with_no_file_dialog_the_typed_path_is_the_way() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = on_artifacts(&dir);
    click(&mut app, "Attach…");
    assert!(shows_text_where(&app, |t| t.starts_with("No file was chosen")));
}
