//! Packets and responses in the window: the educator's window on a packet
//! (the passphrase, the answers, the draft kept as they type, the response
//! written), and the principal's side (sending a packet from the
//! observation screen, previewing and importing a response).

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use common::{sample_educator, sample_observation};
use iced::widget::text_editor::{Action, Edit};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::trail::Author;
use teacher_eval::record::{Educator, Observation, Status, Trail, WithResponses};
use teacher_eval::rubric::Catalog;
use teacher_eval::ui::packet::{Message as P, PacketApp, Work};
use teacher_eval::ui::roster::exchange::Message as Exchange;
use teacher_eval::ui::roster::response_import::Message as Response;
use teacher_eval::ui::{Message, roster};
use teacher_eval::workspace::Workspace;
use teacher_eval::workspace::bundle::Passphrase;
use teacher_eval::workspace::packet::{
    Answers, ExportRequest, PacketRecord, PacketSeal, Subject, build_response, export_packet,
    open_packet, write_response,
};
use teacher_eval::workspace::packet_draft::{DraftFound, read_draft};

const PASS: &str = "blue heron at the lake";
const EDUCATOR: &str = "edu-000000000001";
const OBSERVATION: &str = "obs-000000000001";
const A: fn(teacher_eval::ui::packet::answering::Message) -> P = P::Answer;

/// The principal's school: one teacher, one observation of theirs with `status`.
fn school(root: &Path, status: Status) -> Workspace {
    let ws = Workspace::open(root).expect("open");
    ws.create(&sample_educator(EDUCATOR, "Ingrid Lindqvist"))
        .expect("save");
    let mut observation = sample_observation(OBSERVATION, EDUCATOR);
    if status == Status::Draft {
        observation.trail = Trail::default();
    }
    observation.status = status;
    ws.create(&observation).expect("save");
    ws
}

fn folders(root: &Path) -> Folders {
    Folders {
        workspace: root.to_path_buf(),
        rubric_dirs: vec![],
    }
}

fn author() -> Author {
    Author {
        name: "Dr. Renée Castellanos".into(),
        reason: String::new(),
        at: teacher_eval::record::now(),
    }
}

/// A passphrase quick to test with (a low scrypt work factor).
fn pass() -> Passphrase {
    Passphrase::new(PASS)
        .expect("not empty")
        .with_work_factor(10)
}

/// The observation exported as a packet to `out` with the data layer's API.
fn packet(ws: &Workspace, out: &Path, seal: PacketSeal) {
    let who = author();
    let request = ExportRequest {
        subject: Subject::Observation(OBSERVATION.into()),
        seal,
        out,
        author: &who,
    };
    let pdf = |_: &PacketRecord, _: &Educator| Ok(Some(b"%PDF-1.7\nthe report\n".to_vec()));
    export_packet(ws, &Catalog::load(&[]), &request, &pdf).expect("exported");
}

/// Applies `message` and runs all the work it starts, on this thread.
fn settle_packet(app: &mut PacketApp, message: P) {
    let mut queue = vec![message];
    while let Some(message) = queue.pop() {
        for work in app.handle(message) {
            queue.extend(work.run());
        }
    }
}

/// The educator's window on `file`, with drafts kept in `drafts`, opened.
fn educator_window(file: &Path, drafts: &Path) -> PacketApp {
    let (mut app, open) = PacketApp::new(file.to_path_buf(), Some(drafts.to_path_buf()), None);
    if let Some(message) = open.run() {
        settle_packet(&mut app, message);
    }
    app
}

/// The educator's window in a tall simulator, so the whole page is in view.
fn tall(app: &PacketApp) -> iced_test::Simulator<'_, P> {
    iced_test::Simulator::with_size(iced::Settings::default(), (1024.0, 2400.0), app.view())
}

fn packet_shows(app: &PacketApp, wanted: &str) -> bool {
    tall(app).find(wanted).is_ok()
}

fn packet_shows_where(app: &PacketApp, test: impl Fn(&str) -> bool + Send + 'static) -> bool {
    use iced_test::selector::Candidate;
    let mut ui = tall(app);
    ui.find(move |candidate: Candidate<'_>| match candidate {
        Candidate::Text { content, .. } if test(content) => Some(()),
        _ => None,
    })
    .is_ok()
}

fn packet_type(app: &mut PacketApp, placeholder: &str, text: &str) {
    let mut ui = tall(app);
    ui.click(placeholder)
        .unwrap_or_else(|e| panic!("cannot click the field {placeholder:?}: {e:?}"));
    ui.typewrite(text);
    for message in ui.into_messages() {
        settle_packet(app, message);
    }
}

fn packet_click(app: &mut PacketApp, label: &str) {
    let mut ui = tall(app);
    ui.click(label)
        .unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
    for message in ui.into_messages() {
        settle_packet(app, message);
    }
}

fn paste_reflection(app: &mut PacketApp, text: &str) {
    let edit = Action::Edit(Edit::Paste(Arc::new(text.to_string())));
    settle_packet(
        app,
        A(teacher_eval::ui::packet::answering::Message::Reflection(
            edit,
        )),
    );
}

fn reflection_of(app: &PacketApp) -> String {
    app.answering().expect("open").draft().reflection.clone()
}

/// Who imports, typed in the exchange panel's response import.
fn by(app: &mut teacher_eval::ui::App, name: &str) {
    settle(
        app,
        Message::Roster(roster::Message::Exchange(Exchange::Response(Response::By(
            name.into(),
        )))),
    );
}

/// Presses Import (`true`: the second button, as a response to the earlier version).
fn import(app: &mut teacher_eval::ui::App, earlier: bool) {
    settle(
        app,
        Message::Roster(roster::Message::Exchange(Exchange::Response(
            Response::Import(earlier),
        ))),
    );
}

const REFLECTION: &str =
    "The stations ran well.  \n\nNext time I will ask Zoë to explain first.\t(Really.)";

/// The educator answers the sealed packet at `file` in the window (a wrong
/// passphrase first), keeping drafts in `drafts`; the response written.
fn answer_in_the_window(file: &Path, drafts: &Path) -> PathBuf {
    let desk = file.parent().expect("a folder");
    let mut app = educator_window(file, drafts);
    assert!(packet_shows(&app, "This packet is sealed"));
    packet_type(&mut app, "Passphrase", "not the passphrase");
    settle_packet(&mut app, P::Unlock);
    assert!(packet_shows_where(&app, |t| t.contains("does not open this packet")));
    assert!(app.answering().is_none());
    settle_packet(&mut app, P::Passphrase(PASS.into()));
    let mut ui = tall(&app);
    ui.click("Open").expect("the Open button");
    for message in ui.into_messages() {
        settle_packet(&mut app, message);
    }
    assert!(
        packet_shows(
            &app,
            "Observation of Wed Oct 14, 2026 by Dr. Renée Castellanos, for Ingrid Lindqvist"
        ),
        "who sent what"
    );
    assert!(packet_shows(&app, "Open the report (PDF)"));
    assert!(packet_shows(
        &app,
        teacher_eval::ui::packet::view::RECEIPT_NOT_AGREEMENT
    ));
    assert!(
        packet_shows_where(&app, |t| t.contains("Students compare")
            || t.contains("stations")),
        "the record's text is shown"
    );

    paste_reflection(&mut app, REFLECTION);
    let attached = desk.join("Unit plan.pdf");
    std::fs::write(&attached, b"%PDF-1.7\nunit plan\n").expect("write");
    settle_packet(&mut app, P::FileDropped(attached.clone()));
    assert!(packet_shows(&app, "Unit plan.pdf"));
    packet_type(
        &mut app,
        "Caption, e.g. Unit plan for fractions",
        "Unit plan",
    );
    packet_type(&mut app, "Components, e.g. 1e, 4a", "1E");
    packet_type(&mut app, "Your name", "Ingrid Lindqvist");
    packet_click(&mut app, "Acknowledge and write the response…");
    let response = desk.join("Ingrid observation - response.teresponse");
    assert!(
        packet_shows_where(&app, |t| t.starts_with("Wrote ")
            && t.contains("Send it back to Dr. Renée Castellanos")),
        "it says where the response went and to whom it goes"
    );
    assert!(response.is_file());

    // The draft stays, marked written, so it can be written again.
    let draft_file = drafts.join(format!(
        "{}.ron",
        app.answering().expect("open").packet().manifest.packet_id
    ));
    settle_packet(
        &mut app,
        A(teacher_eval::ui::packet::answering::Message::SaveNow),
    );
    match read_draft(&draft_file) {
        DraftFound::Draft(draft) => {
            assert_eq!(draft.reflection, REFLECTION);
            assert!(draft.written.is_some());
        }
        other => panic!("the draft is kept: {other:?}"),
    }

    // Writing again asks before replacing the file.
    packet_click(&mut app, "Acknowledge and write the response…");
    assert!(packet_shows(&app, "Replace the file?"));
    settle_packet(
        &mut app,
        P::Key(
            iced::keyboard::Key::Named(iced::keyboard::key::Named::Escape),
            iced::keyboard::Modifiers::empty(),
        ),
    );
    assert!(!packet_shows(&app, "Replace the file?"), "Esc cancels");
    response
}

#[test]
fn a_sealed_packet_is_answered_in_the_window_and_its_response_lands_on_the_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("school");
    let ws = school(&root, sample_observation("x", "y").status);
    let desk = dir.path().join("desk");
    std::fs::create_dir(&desk).expect("desk");
    let file = desk.join("Ingrid observation.tepacket");
    packet(&ws, &file, PacketSeal::Passphrase(pass()));
    drop(ws);

    // The educator's computer: no workspace, a drafts folder of its own.
    let response = answer_in_the_window(&file, &dir.path().join("educator-data/packet-drafts"));

    // The principal double-clicks it (`teacher-eval open FILE`): the window
    // opens on the Exchange panel with the file in the response's path.
    let handed = teacher_eval::workspace::handed_file::detect(&response).expect("a response");
    assert_eq!(
        handed.kind,
        teacher_eval::workspace::handed_file::FileKind::Response
    );
    let mut school_app = open_app(folders(&root)).opening(&handed);
    let typed = response.display().to_string();
    assert!(shows_text_where(&school_app, move |t| t == typed));
    click(&mut school_app, "Preview");
    assert!(shows_text_where(&school_app, |t| t
        .starts_with("Ingrid Lindqvist acknowledged receipt on")));
    assert!(shows_text_where(&school_app, |t| t.ends_with("the current one.")));
    assert!(shows(&school_app, "Files: Unit plan.pdf (19 bytes)."));
    by(&mut school_app, "Dr. Renée Castellanos");
    import(&mut school_app, false);
    assert!(shows_text_where(&school_app, |t| t.starts_with(
        "Imported Ingrid Lindqvist's response onto the observation: 1 file."
    )));
    let landed: Observation = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .read(OBSERVATION)
        .expect("read");
    let r = landed
        .responses()
        .first()
        .expect("the response is on the record");
    assert_eq!(r.reflection, REFLECTION, "kept exactly as typed");
    assert_eq!(r.artifacts.len(), 1);
    assert_eq!(r.artifacts[0].components, vec!["1e".to_string()]);
    assert_eq!(
        r.artifacts[0].sha256,
        common::sha256_hex(b"%PDF-1.7\nunit plan\n")
    );

    // The observation screen shows it, and the educator's page the packet answered.
    click(&mut school_app, "Close");
    click(&mut school_app, "Ingrid Lindqvist");
    assert!(shows_text_where(&school_app, |t| t
        .starts_with("Observation: sent ")
        && t.contains("answered, imported")));
    settle(
        &mut school_app,
        Message::Roster(roster::Message::OpenObservation(OBSERVATION.into())),
    );
    settle(
        &mut school_app,
        Message::Observation(teacher_eval::ui::observation::Message::Tab(
            teacher_eval::ui::observation::Tab::Conference,
        )),
    );
    assert!(shows_text_where(&school_app, |t| t
        .starts_with("Ingrid Lindqvist acknowledged receipt on")
        && t.contains("of this version")));
}

/// A plain packet on a desk, and the folder its drafts go to.
fn plain_packet(dir: &tempfile::TempDir) -> (PathBuf, PathBuf) {
    let root = dir.path().join("school");
    let ws = school(&root, sample_observation("x", "y").status);
    let file = dir.path().join("plain.tepacket");
    packet(&ws, &file, PacketSeal::Plain);
    (file, dir.path().join("data/packet-drafts"))
}

#[test]
fn the_draft_survives_a_crash_and_a_close_waits_for_its_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (file, drafts) = plain_packet(&dir);
    let mut app = educator_window(&file, &drafts);
    assert!(
        app.answering().is_some(),
        "a plain packet needs no passphrase"
    );
    paste_reflection(&mut app, REFLECTION);
    packet_type(&mut app, "Your name", "Ingrid");
    // Not yet saved: typing goes on. Then the debounce passes and it is saved.
    assert!(app.handle(P::Tick(Instant::now())).is_empty());
    settle_packet(&mut app, P::Tick(Instant::now() + Duration::from_secs(2)));
    drop(app); // the window is killed: nothing else runs

    let mut again = educator_window(&file, &drafts);
    assert_eq!(reflection_of(&again), REFLECTION);
    assert_eq!(again.answering().expect("open").draft().name, "Ingrid");
    assert!(packet_shows_where(&again, |t| t
        .starts_with("Your draft of ")
        && t.ends_with(" is back.")));

    // Typed, then closed at once: the close waits for the save.
    paste_reflection(&mut again, "\nOne more line.");
    let id = iced::window::Id::unique();
    let work = again.handle(P::CloseRequested(id));
    assert!(
        matches!(work.as_slice(), [Work::SaveDraft(..)]),
        "the draft is saved before the window goes: {work:?}"
    );
    assert!(again.is_closing());
    let saved = work.into_iter().next().and_then(Work::run).expect("saved");
    let work = again.handle(saved);
    assert!(matches!(work.as_slice(), [Work::Close(_)]), "{work:?}");
    let third = educator_window(&file, &drafts);
    assert_eq!(
        reflection_of(&third),
        format!("{REFLECTION}\nOne more line.")
    );
}

#[test]
fn a_damaged_draft_is_kept_aside_and_start_over_clears_the_draft() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (file, drafts) = plain_packet(&dir);
    let app = educator_window(&file, &drafts);
    let id = app
        .answering()
        .expect("open")
        .packet()
        .manifest
        .packet_id
        .clone();
    drop(app);
    std::fs::create_dir_all(&drafts).expect("folder");
    let draft_file = drafts.join(format!("{id}.ron"));
    std::fs::write(&draft_file, "PacketDraft(reflection: \"half a senten").expect("write");

    let mut app = educator_window(&file, &drafts);
    assert!(packet_shows_where(&app, |t| t
        .starts_with("Your saved draft could not be read")
        && t.contains("damaged-")));
    assert!(!draft_file.exists(), "moved aside");
    let aside: Vec<_> = std::fs::read_dir(&drafts)
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).expect("read"),
        "PacketDraft(reflection: \"half a senten",
        "kept unread, as it was"
    );

    paste_reflection(&mut app, "Something to clear.");
    settle_packet(
        &mut app,
        A(teacher_eval::ui::packet::answering::Message::SaveNow),
    );
    assert!(draft_file.is_file());
    packet_click(&mut app, "Start over…");
    assert!(packet_shows(&app, "Start over?"));
    packet_click(&mut app, "Confirm");
    assert_eq!(reflection_of(&app), "");
    settle_packet(
        &mut app,
        A(teacher_eval::ui::packet::answering::Message::SaveNow),
    );
    assert!(!draft_file.exists(), "the draft is removed");
}

#[test]
fn sending_a_draft_observation_asks_first_and_writes_a_packet_that_opens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("school");
    drop(school(&root, Status::Draft));
    let mut app = open_app(folders(&root));
    click(&mut app, "Ingrid Lindqvist");
    settle(
        &mut app,
        Message::Roster(roster::Message::OpenObservation(OBSERVATION.into())),
    );
    settle(
        &mut app,
        Message::Observation(teacher_eval::ui::observation::Message::Tab(
            teacher_eval::ui::observation::Tab::Conference,
        )),
    );
    click(&mut app, "Send as a packet…");
    assert!(shows(&app, "Send the observation as a packet"));
    let out = dir.path().join("sent.tepacket");
    let send = |m| Message::Observation(teacher_eval::ui::observation::Message::Packet(m));
    settle(
        &mut app,
        send(teacher_eval::ui::packet_send::Message::Out(
            out.display().to_string(),
        )),
    );
    click(&mut app, "Export");
    assert!(shows_text_where(&app, |t| t.starts_with("Type a passphrase")));
    type_into(&mut app, "Passphrase to seal it with", PASS);
    type_into(&mut app, "The passphrase again", "another one");
    click(&mut app, "Export");
    assert!(shows_text_where(&app, |t| t.contains("differ")));
    assert!(!out.exists());
    settle(
        &mut app,
        send(teacher_eval::ui::packet_send::Message::Again(PASS.into())),
    );
    click(&mut app, "Export");
    assert!(shows(&app, "Share the observation by sending it?"));
    assert!(!out.exists(), "nothing is written before the yes");
    click(&mut app, "Confirm");
    assert!(shows_text_where(&app, |t| t.contains(
        ", sealed with a passphrase. Tell Ingrid Lindqvist the passphrase in person or by phone"
    )));
    let opened = open_packet(&out, Some(&Passphrase::new(PASS).expect("not empty")))
        .expect("the packet opens with the passphrase");
    assert!(
        opened
            .pdf
            .as_deref()
            .is_some_and(|p| p.starts_with(b"%PDF-"))
    );
    let on_disk: Observation = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .read(OBSERVATION)
        .expect("read");
    assert!(
        matches!(on_disk.status, Status::Shared { .. }),
        "shared by sending"
    );
    assert_eq!(
        opened.manifest.version.as_deref(),
        Some(teacher_eval::record::fingerprint(&on_disk).as_str()),
        "the packet carries the version on disk"
    );
}

#[test]
fn a_response_to_an_amended_version_is_imported_only_by_the_second_button() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("school");
    let ws = school(&root, sample_observation("x", "y").status);
    let file = dir.path().join("p.tepacket");
    packet(&ws, &file, PacketSeal::Plain);
    let opened = open_packet(&file, None).expect("opens");
    let answers = Answers {
        name: "Ingrid Lindqvist".into(),
        acknowledged_at: teacher_eval::record::now(),
        reflection: "Thank you.".into(),
        attachments: vec![],
        self_assessment: None,
    };
    let (bytes, _) = build_response(&opened, &answers).expect("built");
    let response = dir.path().join("r.teresponse");
    write_response(&response, &bytes, false).expect("written");
    // The principal amends the observation after sending it.
    let mut amended: Observation = ws.read(OBSERVATION).expect("read");
    amended.post_conference.push_str(" Agreed on exit tickets.");
    ws.save(&amended).expect("save");
    drop(ws);

    let mut app = open_app(folders(&root));
    click(&mut app, "Exchange…");
    settle(
        &mut app,
        Message::Roster(roster::Message::Exchange(Exchange::Response(
            Response::Path(response.display().to_string()),
        ))),
    );
    click(&mut app, "Preview");
    assert!(shows_text_where(&app, |t| t.contains("an earlier one")));
    assert!(shows_text_where(&app, |t| t
        .contains("was amended since the packet was made")));
    assert!(
        !shows(&app, "Import"),
        "no plain Import for an earlier version"
    );
    by(&mut app, "Dr. Renée Castellanos");
    assert!(shows(&app, "Import as a response to the earlier version"));
    import(&mut app, true);
    assert!(shows_text_where(&app, |t| t.contains("It answers an earlier version")));
    let landed: Observation = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .read(OBSERVATION)
        .expect("read");
    let r = landed.responses().first().expect("landed");
    assert!(r.earlier_version);
    assert_eq!(r.reflection, "Thank you.");
}
