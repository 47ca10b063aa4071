//! Exchanging records with the district from the window: a bundle exported
//! from one workspace and imported into another, and what is refused.

mod common;

use std::path::Path;

use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use common::{sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::roster::exchange::Message as Exchange;
use teacher_eval::ui::{App, Message, roster};
use teacher_eval::workspace::Workspace;
use teacher_eval::workspace::bundle::{
    Bundle, ExportFilter, Opening, Passphrase, open_bundle, read_bundle,
};

const PASS: &str = "lindqvist rides at dawn";

/// The bundle at `path`, opened with the tests' passphrase.
fn opened(path: &Path) -> Bundle {
    open_bundle(
        path,
        &Opening::Passphrase(Passphrase::new(PASS).expect("not empty")),
    )
    .expect("a whole sealed bundle")
}

fn folders(root: &Path) -> Folders {
    Folders {
        workspace: root.to_path_buf(),
        rubric_dirs: vec![],
    }
}

fn exchange(app: &mut App, message: Exchange) {
    settle(app, Message::Roster(roster::Message::Exchange(message)));
}

/// Two teachers, one observed.
fn school(root: &Path) {
    let ws = Workspace::open(root).expect("open");
    let first = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    ws.create(&first).expect("save");
    ws.create(&sample_educator("edu-000000000002", "Tomás Ó Briain"))
        .expect("save");
    ws.create(&sample_observation("obs-000000000001", &first.id))
        .expect("save");
}

#[test]
fn a_bundle_exported_in_one_window_is_imported_in_another() {
    let dir = tempfile::tempdir().expect("tempdir");
    let north = dir.path().join("north");
    school(&north);
    let bundle = dir.path().join("north.bundle");
    let mut app = open_app(folders(&north));
    click(&mut app, "Exchange…");
    assert!(shows(&app, "Exchange with the district"));
    exchange(&mut app, Exchange::ExportPath(bundle.display().to_string()));
    type_into(&mut app, "Passphrase to seal it with", PASS);
    type_into(&mut app, "The passphrase again", PASS);
    assert!(
        !shows_text_where(&app, |t| t.contains("dawn")),
        "the passphrase is not shown"
    );
    click(&mut app, "Export bundle");
    assert!(
        shows_text_where(&app, |t| t.starts_with("Wrote ")
            && t.contains(
                "(sealed with a passphrase): 2 educators, 1 observation, 0 summative"
            )),
        "the export says what it wrote"
    );
    assert!(shows(&app, "Show in folder"));
    assert!(
        std::fs::read(&bundle)
            .expect("written")
            .starts_with(b"age-encryption.org/v1\n")
    );
    assert_eq!(opened(&bundle).record_count(), 3);
    drop(app);

    // A new laptop: the welcome page offers the bundle.
    let south = dir.path().join("south");
    let mut app = open_app(folders(&south));
    assert!(shows(&app, "Welcome to teacher-eval"));
    click(&mut app, "Import a bundle");
    exchange(&mut app, Exchange::ImportPath(bundle.display().to_string()));
    type_into(&mut app, "The bundle's passphrase", PASS);
    click(&mut app, "Import bundle");
    assert!(shows_text_where(&app, |t| t.starts_with("Added 3, updated 0")));
    assert!(
        shows(&app, "Tomás Ó Briain"),
        "the roster lists what came in"
    );
    let loaded = Workspace::open_read_only(&south, "test")
        .expect("exists")
        .load();
    assert_eq!(loaded.educators.len(), 2);
    assert_eq!(loaded.observations.len(), 1);

    // Importing again changes nothing.
    click(&mut app, "Import bundle");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Added 0, updated 0")
        && t.contains("unchanged 3")));
}

#[test]
fn what_cannot_be_exported_or_imported_is_said_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let mut app = open_app(folders(&root));
    click(&mut app, "Exchange…");
    let target = dir.path().join("x.bundle");
    exchange(&mut app, Exchange::ExportPath(target.display().to_string()));
    exchange(&mut app, Exchange::ExportPlain(true));

    exchange(&mut app, Exchange::School("Nowhere Academy".into()));
    click(&mut app, "Export bundle");
    assert!(shows(
        &app,
        "Not exported: no educator is at the school `Nowhere Academy`; nothing was written."
    ));
    exchange(&mut app, Exchange::School(String::new()));
    exchange(&mut app, Exchange::Year("next year".into()));
    click(&mut app, "Export bundle");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Not exported: `next year` is not a school year")));
    exchange(&mut app, Exchange::Year(String::new()));
    exchange(
        &mut app,
        Exchange::ExportPath(
            dir.path()
                .join("no-such-folder/x.bundle")
                .display()
                .to_string(),
        ),
    );
    click(&mut app, "Export bundle");
    assert!(shows_text_where(&app, |t| t.starts_with("Not exported: ")
        && t.contains("does not exist")));
    assert!(!target.exists());

    let damaged = dir.path().join("damaged.bundle");
    std::fs::write(
        &damaged,
        b"teacher-eval bundle 1\neducators/edu-000000000009.ron\n",
    )
    .expect("write");
    exchange(
        &mut app,
        Exchange::ImportPath(damaged.display().to_string()),
    );
    exchange(&mut app, Exchange::ImportPlain(true));
    let before = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .load();
    click(&mut app, "Import bundle");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Not imported: the bundle ")
        && t.ends_with("nothing was imported.")));
    let after = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .load();
    assert_eq!(after.educators, before.educators);
}

#[test]
fn the_window_seals_only_with_a_passphrase_typed_twice_or_plain_chosen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let mut app = open_app(folders(&root));
    click(&mut app, "Exchange…");
    let target = dir.path().join("x.bundle");
    exchange(&mut app, Exchange::ExportPath(target.display().to_string()));
    click(&mut app, "Export bundle");
    assert!(shows(
        &app,
        "Not exported: type a passphrase to seal the bundle with, or choose plain (not encrypted)."
    ));
    type_into(&mut app, "Passphrase to seal it with", PASS);
    type_into(&mut app, "The passphrase again", "lindqvist rides at dusk");
    click(&mut app, "Export bundle");
    assert!(shows(
        &app,
        "Not exported: the passphrase and the one typed again differ; type both again."
    ));
    assert!(!target.exists());

    // Plain is a choice the panel spells out, and it can be taken back.
    click(&mut app, "Plain (not encrypted)");
    assert!(shows_text_where(&app, |t| t
        .starts_with("Not encrypted: anyone who gets the file")));
    assert!(!shows(&app, "Passphrase to seal it with"));
    click(&mut app, "✓ Plain (not encrypted)");
    exchange(&mut app, Exchange::ExportPassphraseAgain(PASS.into()));
    click(&mut app, "Export bundle");
    assert_eq!(opened(&target).record_count(), 3);
}

#[test]
fn a_bundle_the_window_cannot_open_is_refused_in_a_sentence_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let other = dir.path().join("other");
    school(&other);
    let contents = Workspace::open_read_only(&other, "test")
        .expect("exists")
        .load();
    let sealed = dir.path().join("sealed.bundle");
    let quick = Passphrase::new(PASS)
        .expect("not empty")
        .with_work_factor(4);
    let seal = teacher_eval::workspace::bundle::Seal::Passphrase(quick);
    teacher_eval::workspace::bundle::export_to(&contents, &ExportFilter::default(), &seal, &sealed)
        .expect("exported");
    let plain = dir.path().join("plain.bundle");
    let seal = teacher_eval::workspace::bundle::Seal::Plain;
    teacher_eval::workspace::bundle::export_to(&contents, &ExportFilter::default(), &seal, &plain)
        .expect("exported");
    let mut app = open_app(folders(&root));
    click(&mut app, "Exchange…");
    let before = common::snapshot(&root);
    let import = |app: &mut App, file: &Path, passphrase: &str, plain: bool| {
        exchange(app, Exchange::ImportPath(file.display().to_string()));
        exchange(app, Exchange::ImportPassphrase(passphrase.into()));
        exchange(app, Exchange::ImportPlain(plain));
        exchange(app, Exchange::Import);
    };
    for (file, passphrase, plain, says) in [
        (
            &sealed,
            "",
            false,
            "type the bundle's passphrase, or choose plain",
        ),
        (
            &sealed,
            "wrong",
            false,
            "the passphrase given does not open it",
        ),
        (
            &sealed,
            "",
            true,
            "it is sealed (encrypted), and no passphrase",
        ),
        (
            &plain,
            PASS,
            false,
            "it is plain (not encrypted), and a sealed bundle was required",
        ),
    ] {
        import(&mut app, file, passphrase, plain);
        assert!(
            shows_text_where(&app, move |t| t.starts_with("Not imported: ")
                && t.contains(says)),
            "{says}"
        );
        assert_eq!(
            common::snapshot(&root),
            before,
            "{says}: something was written"
        );
    }
    import(&mut app, &plain, "", true);
    assert!(shows_text_where(&app, |t| t.starts_with("Added 0, updated 0")));
    import(&mut app, &sealed, PASS, false);
    assert!(shows_text_where(&app, |t| t.starts_with("Added 0, updated 0")));
}

#[test]
fn a_read_only_workspace_offers_export_but_not_import() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let _holder = Workspace::open(&root).expect("the first program holds it");
    let mut app = open_app(folders(&root));
    click(&mut app, "Exchange…");
    assert!(shows_text_where(&app, |t| t.starts_with("This workspace is read-only:")));
    assert!(!shows(&app, "Import bundle"));
    let bundle = dir.path().join("copy.bundle");
    exchange(&mut app, Exchange::ExportPath(bundle.display().to_string()));
    click(&mut app, "Plain (not encrypted)");
    click(&mut app, "Export bundle");
    assert!(read_bundle(&bundle).is_ok(), "reading needs no lock");
}

#[test]
fn a_file_chosen_in_the_dialog_fills_its_field_and_a_cancelled_one_changes_nothing() {
    use teacher_eval::ui::roster::FileField;
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("ws");
    school(&root);
    let mut app = open_app(folders(&root));
    click(&mut app, "Exchange…");
    let chosen = dir.path().join("for the district.bundle");
    settle(
        &mut app,
        Message::FilePicked(FileField::BundleToWrite, Some(chosen.clone())),
    );
    let shown = chosen.display().to_string();
    assert!(shows_text_where(&app, move |t| t == shown));
    settle(&mut app, Message::FilePicked(FileField::BundleToRead, None));
    click(&mut app, "Plain (not encrypted)");
    click(&mut app, "Export bundle");
    assert!(read_bundle(&chosen).is_ok(), "the chosen file was written");

    let sent = dir.path().join("sent.bundle");
    std::fs::copy(&chosen, &sent).expect("copy");
    settle(
        &mut app,
        Message::FilePicked(FileField::BundleToRead, Some(sent.clone())),
    );
    // The bundle import is below the fold, under the response import and the export.
    exchange(&mut app, Exchange::ImportPlain(true));
    exchange(&mut app, Exchange::Import);
    assert!(shows_text_where(&app, |t| t.starts_with("Added 0, updated 0")));

    // The roster import's dialog fills the roster's path.
    click(&mut app, "Import roster…");
    let csv = dir.path().join("roster.csv");
    settle(
        &mut app,
        Message::FilePicked(FileField::RosterCsv, Some(csv.clone())),
    );
    let shown = csv.display().to_string();
    assert!(shows_text_where(&app, move |t| t == shown));
}

#[test]
fn long_work_reports_how_it_is_getting_on() {
    use std::sync::{Arc, Mutex};
    use teacher_eval::rubric::Catalog;
    use teacher_eval::ui::{Effect, Job, Work};
    use teacher_eval::workspace::bundle::Seal;
    let dir = tempfile::tempdir().expect("tempdir");

    // The demo counts the records it writes, up to all of them.
    let demo = Arc::new(Workspace::open(&dir.path().join("demo")).expect("open"));
    let told = Mutex::new(Vec::new());
    let done = Effect::from(Job::LoadDemo(demo.clone(), Arc::new(Catalog::load(&[]))))
        .run_reporting(&|m| told.lock().expect("lock").push(m));
    assert!(matches!(done, Some(Message::DemoWritten(Ok(())))));
    let records = demo.load().record_count();
    let told = told.into_inner().expect("lock");
    assert!(told.len() > 10, "told {} times", told.len());
    assert!(told.iter().any(|m| matches!(
        m,
        Message::Progress(Work::Demo, n, total) if *n == records && *total == records
    )));

    // So does a bundle import.
    let bundle = dir.path().join("demo.bundle");
    let contents = demo.load();
    let seal = Seal::Passphrase(
        Passphrase::new(PASS)
            .expect("not empty")
            .with_work_factor(4),
    );
    teacher_eval::workspace::bundle::export_to(&contents, &ExportFilter::default(), &seal, &bundle)
        .expect("exported");
    drop(demo);
    let target = Arc::new(Workspace::open(&dir.path().join("copy")).expect("open"));
    let told = Mutex::new(Vec::new());
    let opening = Opening::Passphrase(Passphrase::new(PASS).expect("not empty"));
    let done = Effect::from(Job::ImportBundle(target, bundle, opening))
        .run_reporting(&|m| told.lock().expect("lock").push(m));
    assert!(matches!(done, Some(Message::BundleImported(Ok(_)))));
    assert!(told.into_inner().expect("lock").iter().any(|m| matches!(
        m,
        Message::Progress(Work::Import, n, total) if *n == records && *total == records
    )));

    // The window shows them: the import's count in its panel, the demo's on the welcome page.
    let mut app = open_app(folders(&dir.path().join("empty")));
    settle(&mut app, Message::Progress(Work::Demo, 120, 480));
    assert!(shows(
        &app,
        "Writing the demo workspace: 120 of 480 records…"
    ));
    click(&mut app, "Import a bundle");
    settle(&mut app, Message::Progress(Work::Import, 812, 17576));
    assert!(shows(&app, "Importing records: 812 of 17576…"));
}
