//! The educator form's degree level and certifications, and the educator's
//! page saying an expired or soon-expiring certification in words, through
//! `iced_test`'s simulator.

mod common;

use common::sample_educator;
use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{DegreeLevel, Educator};
use teacher_eval::ui::Message;
use teacher_eval::ui::roster::Message as Roster;
use teacher_eval::ui::roster::qualifications_form::CertPart;
use teacher_eval::workspace::Workspace;

const ID: &str = "edu-000000000001";

fn setup() -> (tempfile::TempDir, Folders) {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    ws.create(&sample_educator(ID, "Ingrid Lindqvist"))
        .expect("save");
    let folders = Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    };
    (dir, folders)
}

fn on_disk(dir: &tempfile::TempDir) -> Educator {
    Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("workspace exists")
        .load()
        .educators
        .remove(0)
}

#[test]
fn the_form_adds_a_dated_certification_and_a_level_and_the_page_says_expired() {
    let (dir, folders) = setup();
    let mut app = open_app(folders);
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, "Edit");
    // The sample's two certifications come into the form as rows.
    assert!(shows_text_where(&app, |t| t == "Elementary K-6"));
    settle(
        &mut app,
        Message::Roster(Roster::Field(
            teacher_eval::ui::roster::Field::DegreeLevel,
            "master".into(),
        )),
    );
    click(&mut app, "Add a certification");
    type_into(
        &mut app,
        "Name, e.g. Reading Specialist",
        "Reading Specialist",
    );
    // The other rows' empty fields show the same placeholders: type into the new row's.
    for (part, text) in [
        (CertPart::Number, "RS-77"),
        (CertPart::Expires, "2020-06-30"),
    ] {
        settle(
            &mut app,
            Message::Roster(Roster::Cert(2, part, text.into())),
        );
    }
    // Save has scrolled below the simulator's view: send what it sends.
    settle(&mut app, Message::Roster(Roster::SaveForm));

    let saved = on_disk(&dir);
    assert_eq!(saved.qualifications.degree_level, Some(DegreeLevel::Master));
    let names: Vec<&str> = saved
        .qualifications
        .certifications
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["Elementary K-6", "ESL", "Reading Specialist"]);
    let added = &saved.qualifications.certifications[2];
    assert_eq!(added.number, "RS-77");
    assert_eq!(
        added.expires.map(|d| d.to_string()).as_deref(),
        Some("2020-06-30")
    );
    assert!(shows_text_where(&app, |t| t.contains(
        "Reading Specialist (no. RS-77, expires 2020-06-30) — expired on 2020-06-30"
    )));
    assert!(shows_text_where(&app, |t| t.contains("(master's)")));
}

#[test]
fn a_certification_expiring_soon_is_said_and_removing_one_saves() {
    let (dir, folders) = setup();
    let mut app = open_app(folders);
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, "Edit");
    let soon = teacher_eval::clock::local_now().date_naive() + chrono::Duration::days(20);
    settle(
        &mut app,
        Message::Roster(Roster::Cert(1, CertPart::Expires, soon.to_string())),
    );
    click(&mut app, "Save");
    assert!(shows_text_where(&app, |t| t.contains("ESL (expires ")
        && t.contains("— expires in 20 days")));

    click(&mut app, "Edit");
    settle(
        &mut app,
        Message::Roster(Roster::Certs(
            teacher_eval::ui::roster::qualifications_form::CertMessage::Remove(0),
        )),
    );
    click(&mut app, "Save");
    let saved = on_disk(&dir);
    assert_eq!(saved.qualifications.certifications.len(), 1);
    assert_eq!(saved.qualifications.certifications[0].name, "ESL");
    assert_eq!(saved.qualifications.certifications[0].expires, Some(soon));
}

#[test]
fn an_expiry_before_the_issue_is_refused_and_the_text_kept() {
    let (dir, folders) = setup();
    let before = on_disk(&dir);
    let mut app = open_app(folders);
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, "Edit");
    for (part, text) in [
        (CertPart::Issued, "2026-06-30"),
        (CertPart::Expires, "2026-06-01"),
    ] {
        settle(
            &mut app,
            Message::Roster(Roster::Cert(0, part, text.into())),
        );
    }
    click(&mut app, "Save");
    assert!(shows_text_where(&app, |t| t.contains(
        "expires on 2026-06-01, before it was issued on 2026-06-30"
    )));
    assert!(
        shows_text_where(&app, |t| t == "2026-06-01"),
        "the typed date is kept"
    );
    assert_eq!(on_disk(&dir), before, "nothing was saved");
    // A date that is not one is refused the same way.
    settle(
        &mut app,
        Message::Roster(Roster::Cert(0, CertPart::Expires, "soon".into())),
    );
    click(&mut app, "Save");
    assert!(shows(&app, "Save"));
    assert!(shows_text_where(&app, |t| t.contains("expiry date")));
    assert_eq!(on_disk(&dir), before);
}
