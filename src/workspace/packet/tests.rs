use super::*;
use crate::record::trail::Author;
use crate::record::{Educator, Observation, Status, WithResponses};
use crate::rubric::Catalog;
use crate::workspace::Workspace;

const FIXTURE: &str = "tests/fixtures/workspace-v1";
const OBSERVATION: &str = "obs-04f88d3771a6";
const EDUCATOR: &str = "edu-3ddf8b32ae72";

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        reason: String::new(),
        at: crate::record::now(),
    }
}

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    let text = std::fs::read_to_string(format!("{FIXTURE}/{path}")).expect("fixture");
    ron::from_str(&text).expect("the fixture reads")
}

/// A workspace with one educator and one draft observation of theirs.
fn new_workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = Workspace::open(&dir.path().join("ws")).expect("opens");
    let educator: Educator = read(&format!("educators/{EDUCATOR}.ron"));
    let mut observation: Observation = read(&format!("observations/{OBSERVATION}.ron"));
    observation.status = Status::Draft;
    observation.trail = crate::record::Trail::default();
    workspace.create(&educator).expect("saved");
    workspace.create(&observation).expect("saved");
    (dir, workspace)
}

fn export(
    dir: &tempfile::TempDir,
    workspace: &Workspace,
    seal: PacketSeal,
) -> (Exported, std::path::PathBuf) {
    let out = dir.path().join("packet.tepacket");
    let who = author("Dana Principal");
    let request = ExportRequest {
        subject: Subject::Observation(OBSERVATION.into()),
        seal,
        out: &out,
        author: &who,
    };
    let pdf = |_: &PacketRecord, _: &Educator| Ok(Some(b"%PDF-1.7\nreport\n".to_vec()));
    let exported = export_packet(workspace, &Catalog::load(&[]), &request, &pdf).expect("exported");
    (exported, out)
}

fn answers(dir: &tempfile::TempDir) -> Answers {
    let file = dir.path().join("Unit plan.pdf");
    std::fs::write(&file, b"%PDF-1.7\nunit plan\n").expect("write");
    Answers {
        name: "  Ana Ruiz ".into(),
        acknowledged_at: crate::record::now(),
        reflection: "I will ask more open questions.\r\nAnd wait longer.".into(),
        attachments: vec![Attachment {
            path: file,
            caption: "Unit plan".into(),
            components: vec!["1E".into()],
        }],
        self_assessment: None,
    }
}

#[test]
fn a_packet_goes_out_and_its_response_lands_on_the_record() {
    let (dir, workspace) = new_workspace();
    let (exported, out) = export(&dir, &workspace, PacketSeal::Plain);
    assert!(exported.shared_now);
    let shared: Observation = workspace.read(OBSERVATION).expect("reads");
    assert!(matches!(shared.status, Status::Shared { .. }));
    assert_eq!(
        exported.manifest.version.as_deref(),
        Some(crate::record::fingerprint(&shared).as_str())
    );

    let packet = open_packet(&out, None).expect("opens plain");
    assert_eq!(packet.manifest, exported.manifest);
    assert!(packet.fields().iter().any(|f| f.name == "Observer"));
    let (bytes, manifest) = build_response(&packet, &answers(&dir)).expect("built");
    assert_eq!(manifest.name, "Ana Ruiz");
    assert_eq!(manifest.artifacts[0].components, vec!["1e".to_string()]);
    let file = dir.path().join("answer.teresponse");
    write_response(&file, &bytes, false).expect("written");
    assert!(
        write_response(&file, &bytes, false).is_err(),
        "never replaced unasked"
    );

    let catalog = Catalog::load(&[]);
    let preview = preview_import(&workspace, &catalog, &file).expect("previewed");
    assert!(preview.earlier.is_none() && preview.blocker(false).is_none());
    let options = ImportOptions {
        accept_earlier_version: false,
        author: author("Dana Principal"),
    };
    let done = apply_import(&workspace, &preview, &options).expect("imported");
    assert!(done.acknowledged && !done.earlier_version);
    let landed: Observation = workspace.read(OBSERVATION).expect("reads");
    assert_eq!(
        crate::record::fingerprint(&landed),
        crate::record::fingerprint(&shared),
        "not content"
    );
    let response = landed
        .response(&manifest.response_id)
        .expect("on the record");
    assert_eq!(
        response.reflection,
        "I will ask more open questions.\r\nAnd wait longer."
    );
    assert!(matches!(&landed.status, Status::Acknowledged { by, .. } if by == "Ana Ruiz"));
    assert_eq!(
        landed.trail.acknowledged.as_ref().map(|v| &v.fingerprint),
        exported.manifest.version.as_ref()
    );
    let sha = &response.artifacts[0].sha256;
    assert!(crate::workspace::artifacts::read_blob(workspace.root(), sha).is_ok());

    imported_once(&workspace, &file);
}

#[test]
fn a_sealed_packet_needs_its_passphrase_and_a_response_opens_only_here() {
    let (dir, workspace) = new_workspace();
    let passphrase = crate::workspace::bundle::Passphrase::new("told in person")
        .expect("not empty")
        .with_work_factor(2);
    let (_, out) = export(&dir, &workspace, PacketSeal::Passphrase(passphrase.clone()));
    assert!(matches!(
        open_packet(&out, None),
        Err(PacketError::Packet {
            source: FileError::NeedsPassphrase,
            ..
        })
    ));
    let wrong = crate::workspace::bundle::Passphrase::new("guess")
        .expect("x")
        .with_work_factor(2);
    assert!(matches!(
        open_packet(&out, Some(&wrong)),
        Err(PacketError::Packet {
            source: FileError::WrongPassphrase,
            ..
        })
    ));
    let packet = open_packet(&out, Some(&passphrase)).expect("opens");
    let mut plain_answers = answers(&dir);
    plain_answers.attachments.clear();
    let (bytes, _) = build_response(&packet, &plain_answers).expect("built");
    let file = dir.path().join("r.teresponse");
    write_response(&file, &bytes, false).expect("written");

    let (other_dir, other) = new_workspace();
    let _ = export(&other_dir, &other, PacketSeal::Plain);
    let refused = preview_import(&other, &Catalog::load(&[]), &file).expect_err("not ours");
    assert!(matches!(
        refused,
        PacketError::Response {
            source: FileError::NotOurPacket,
            ..
        }
    ));
}

#[test]
fn a_response_to_an_amended_version_is_refused_unless_taken_as_earlier() {
    let (dir, workspace) = new_workspace();
    let (exported, out) = export(&dir, &workspace, PacketSeal::Plain);
    let packet = open_packet(&out, None).expect("opens");
    let (bytes, _) = build_response(&packet, &answers(&dir)).expect("built");
    let file = dir.path().join("r.teresponse");
    write_response(&file, &bytes, false).expect("written");
    let current: Observation = workspace.read(OBSERVATION).expect("reads");
    let mut next = current.clone();
    next.post_conference = "Talked again on Friday.".into();
    let who = author("Dana Principal");
    crate::record::trail::settle(&current, &mut next, &who, 0, "observation", None)
        .expect("amended");
    workspace.save(&next).expect("saved");

    let catalog = Catalog::load(&[]);
    let preview = preview_import(&workspace, &catalog, &file).expect("previewed");
    let blocked = preview
        .blocker(false)
        .expect("refused by default")
        .to_string();
    assert!(blocked.contains("Post-conference notes"), "{blocked}");
    let options = ImportOptions {
        accept_earlier_version: false,
        author: who.clone(),
    };
    assert!(apply_import(&workspace, &preview, &options).is_err());
    let options = ImportOptions {
        accept_earlier_version: true,
        author: who,
    };
    let done = apply_import(&workspace, &preview, &options).expect("taken as earlier");
    assert!(done.earlier_version);
    let landed: Observation = workspace.read(OBSERVATION).expect("reads");
    assert!(landed.responses[0].earlier_version);
    assert!(crate::record::trail::amended_after_acknowledgement(&landed));
    assert_eq!(
        landed.trail.acknowledged.map(|v| v.fingerprint),
        exported.manifest.version
    );
}

#[test]
fn a_tampered_or_hostile_packet_is_refused_in_a_sentence() {
    let (dir, workspace) = new_workspace();
    let (_, out) = export(&dir, &workspace, PacketSeal::Plain);
    let bytes = std::fs::read(&out).expect("read");
    for cut in [0, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            open_packet_bytes(&bytes[..cut], None).is_err(),
            "cut at {cut}"
        );
    }
    let mut changed = bytes.clone();
    let at = changed.len() / 2;
    changed[at] ^= 0x20;
    assert_eq!(
        open_packet_bytes(&changed, None).err(),
        Some(FileError::Checksum)
    );
    let mut writer = crate::workspace::framing::FrameWriter::new(PACKET_HEADER);
    writer.add("../../etc/passwd", b"x");
    let refused = open_packet_bytes(&writer.finish(), None).expect_err("refused");
    assert!(matches!(refused, FileError::Entry { .. }), "{refused}");
}

/// A response imported is refused the second time, and the log says it was answered.
fn imported_once(workspace: &Workspace, file: &std::path::Path) {
    let catalog = Catalog::load(&[]);
    let again = preview_import(workspace, &catalog, file).expect("previewed");
    assert!(matches!(
        again.blocker(true),
        Some(PacketError::AlreadyImported { .. })
    ));
    let (sent, problems) = sent_packets(workspace.root());
    assert!(problems.is_empty());
    assert_eq!(sent[0].responses.len(), 1);
}
