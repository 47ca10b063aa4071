//! The district summary screen: compile the open workspace and another
//! principal's folder, read-only, with filters, de-identification and charts.

mod common;

use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use teacher_eval::files::folders::Folders;
use teacher_eval::rubric::Catalog;
use teacher_eval::ui::summary::Message as Sum;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

/// A demo district written into `dir/name`.
fn demo(dir: &tempfile::TempDir, name: &str, educators: usize, seed: u64) -> std::path::PathBuf {
    let root = dir.path().join(name);
    let ws = Workspace::open(&root).expect("open");
    let today = teacher_eval::clock::local_now().date_naive();
    teacher_eval::demo::write_demo(&ws, educators, seed, today, &Catalog::load(&[]), &|_, _| {})
        .expect("demo written");
    root
}

fn app(root: &std::path::Path) -> App {
    let mut app = open_app(Folders {
        workspace: root.to_path_buf(),
        rubric_dirs: vec![],
    });
    click(&mut app, "Summary");
    app
}

#[test]
fn compiles_the_workspace_and_another_folder_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 12, 1);
    let theirs = demo(&dir, "theirs", 8, 2);
    let before = common::snapshot(&theirs);
    let mut app = app(&mine);
    click(&mut app, "Compile");
    let summary = app.summary().summary().expect("compiled").clone();
    assert_eq!(summary.counts.educators, 12);
    assert!(shows_text_where(&app, |t| t.starts_with("12 educators at ")));
    assert!(
        shows_text_where(&app, |t| t.ends_with("· levels per component")),
        "the stacked bars"
    );
    assert!(
        shows_text_where(&app, |t| t
            .ends_with("· mean level by school and component")),
        "the heat map"
    );

    settle(
        &mut app,
        Message::Summary(Sum::SourceInput(theirs.display().to_string())),
    );
    click(&mut app, "Add");
    click(&mut app, "Compile");
    let both = app.summary().summary().expect("compiled");
    assert_eq!(
        both.counts.educators, 20,
        "another principal's educators are added"
    );
    assert_eq!(
        common::snapshot(&theirs),
        before,
        "their folder is only read"
    );
}

#[test]
fn de_identified_summaries_show_no_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 10, 3);
    let names: Vec<String> = Workspace::open_read_only(&mine, "test")
        .expect("exists")
        .load()
        .educators
        .iter()
        .map(|e| e.name.clone())
        .collect();
    let mut app = app(&mine);
    click(&mut app, "De-identify (codes instead of names)");
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t.starts_with("De-identified")));
    for name in &names {
        let name = name.clone();
        assert!(
            !shows_text_where(&app, move |t| t.contains(&name)),
            "a name is shown"
        );
    }
}

#[test]
fn a_bad_school_year_is_said_plainly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 3, 4);
    let mut app = app(&mine);
    settle(&mut app, Message::Summary(Sum::Year("next year".into())));
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t.starts_with("`next year` is not a school year")));
    assert!(shows(&app, "Choose the sources and filters, then Compile."));
}

#[test]
fn a_bundle_chosen_in_the_dialog_asks_for_its_passphrase_and_is_read_with_the_workspace() {
    use teacher_eval::workspace::bundle::{ExportFilter, Passphrase, Seal, export_to};
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 6, 5);
    let theirs = demo(&dir, "theirs", 4, 6);
    let contents = Workspace::open_read_only(&theirs, "test")
        .expect("exists")
        .load();
    let bundle = dir.path().join("theirs.bundle");
    let quick = Passphrase::new("their passphrase")
        .expect("not empty")
        .with_work_factor(4);
    export_to(
        &contents,
        &ExportFilter::default(),
        &Seal::Passphrase(quick),
        &bundle,
    )
    .expect("exported");
    let plain = dir.path().join("plain.bundle");
    export_to(&contents, &ExportFilter::default(), &Seal::Plain, &plain).expect("exported");
    let mut app = app(&mine);
    assert!(shows(&app, "Bundle…"), "a dialog for bundle files");
    settle(&mut app, Message::SourcePicked(Some(bundle.clone())));
    assert!(shows_text_where(&app, |t| t.starts_with("The bundle ")
        && t.ends_with(
            ": type its passphrase, or choose plain if it was not sealed."
        )));
    click(&mut app, "Add bundle");
    assert!(shows_text_where(&app, |t| t.starts_with("Type the bundle's passphrase")));
    type_into(&mut app, "The bundle's passphrase", "wrong");
    click(&mut app, "Add bundle");
    let shown = bundle.display().to_string();
    assert!(shows_text_where(&app, move |t| t == shown));
    assert!(shows(&app, "sealed bundle"));
    click(&mut app, "Compile");
    assert_eq!(
        app.summary().summary().expect("compiled").counts.educators,
        6
    );
    assert!(
        shows_text_where(&app, |t| t
            .contains("the passphrase given does not open it")),
        "the wrong passphrase is said, and the bundle left out"
    );

    settle(&mut app, Message::Summary(Sum::RemoveSource(0)));
    settle(&mut app, Message::SourcePicked(Some(bundle.clone())));
    type_into(&mut app, "The bundle's passphrase", "their passphrase");
    click(&mut app, "Add bundle");
    click(&mut app, "Compile");
    let both = app.summary().summary().expect("compiled");
    assert_eq!(
        both.counts.educators, 10,
        "the bundle's educators are added"
    );

    // A plain bundle is read only as a deliberate choice.
    settle(&mut app, Message::Summary(Sum::RemoveSource(0)));
    settle(&mut app, Message::SourcePicked(Some(plain.clone())));
    type_into(&mut app, "The bundle's passphrase", "their passphrase");
    click(&mut app, "Add bundle");
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t.contains("a sealed bundle was required")));
    settle(&mut app, Message::Summary(Sum::RemoveSource(0)));
    settle(&mut app, Message::SourcePicked(Some(plain.clone())));
    click(&mut app, "Plain (not encrypted)");
    assert!(shows(&app, "plain bundle"));
    click(&mut app, "Compile");
    assert_eq!(
        app.summary().summary().expect("compiled").counts.educators,
        10
    );
}

#[test]
fn de_identifying_offers_the_smallest_group_and_coded_schools() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("known");
    let known = common::known_district(&mine);
    let mut app = app(&mine);
    assert!(
        !shows(&app, "Schools as codes too"),
        "only when de-identifying"
    );
    assert!(
        shows(&app, "✓ CSV for Excel (byte-order mark)"),
        "on by default"
    );
    click(&mut app, "De-identify (codes instead of names)");
    click(&mut app, "Schools as codes too");
    settle(&mut app, Message::Summary(Sum::Year("2026-27".into())));
    settle(&mut app, Message::Summary(Sum::MinCell("10".into())));
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t
        .contains("no group of fewer than 10 educators is shown")));
    assert!(shows_text_where(&app, |t| t.starts_with("School ")));
    let mut words: Vec<String> = known.educators.clone();
    words.extend(known.evaluators.clone());
    words.extend(known.schools.clone());
    words.push("Quill".into());
    for word in words {
        assert!(
            !shows_text_where(&app, move |t| t.contains(&word)),
            "a name or school is shown"
        );
    }
}

/// The summary's export answers the summary (issue 14): the user opened an
/// observation while the PDF was being written, and the observation's own
/// export panel does not claim it; the summary shows it when shown again.
#[test]
fn a_summary_export_ending_while_an_editor_is_open_lands_on_the_summary() {
    use teacher_eval::ui::export_panel::Message as ExportMessage;
    use teacher_eval::ui::{Job, Screen, roster};
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 3, 1);
    let mut app = app(&mine);
    click(&mut app, "Compile");
    click(&mut app, "Export PDF");
    let target = dir.path().join("district.pdf");
    let path = ExportMessage::Path(target.display().to_string());
    settle(&mut app, Message::Summary(Sum::Export(path)));
    let held = app.handle(Message::Summary(Sum::Export(ExportMessage::Export)));
    assert!(held.iter().any(|e| matches!(e.job(), Job::Export(..))));

    let id = app.contents().expect("open").educators[0].id.clone();
    settle(&mut app, Message::Show(Screen::Roster));
    settle(&mut app, Message::Roster(roster::Message::Select(id)));
    settle(&mut app, Message::Roster(roster::Message::StartObservation));
    assert!(app.observation().is_some());
    click(&mut app, "Export PDF");
    assert!(shows(&app, "Export the observation report (PDF)"));

    for effect in held {
        if let Some(reply) = effect.run() {
            settle(&mut app, reply);
        }
    }
    assert!(target.exists(), "the summary was written");
    let on_summary = |t: &str| t.starts_with("Saved ") && t.contains("district.pdf");
    assert!(
        !shows_text_where(&app, on_summary),
        "not on the observation"
    );
    settle(&mut app, Message::Show(Screen::Summary));
    assert!(shows_text_where(&app, on_summary), "on the summary's panel");
}

#[test]
fn the_profile_picked_scores_everyone_and_is_named_above_the_result() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 6, 3);
    let mut app = app(&mine);
    assert!(shows(&app, "Scoring profile"), "the pick list's label");
    settle(
        &mut app,
        Message::Summary(Sum::Profile(Some("new-jersey-achievenj".into()))),
    );
    click(&mut app, "Compile");
    let summary = app.summary().summary().expect("compiled").clone();
    assert_eq!(summary.profiles.len(), 1);
    assert_eq!(summary.profiles[0].id, "new-jersey-achievenj");
    assert!(
        summary
            .educators
            .iter()
            .all(|r| r.line.profile_id == "new-jersey-achievenj")
    );
    assert!(shows(&app, "Scored under New Jersey AchieveNJ"));
    assert!(shows(
        &app,
        "Chosen for this summary: every educator is scored under it."
    ));
}
