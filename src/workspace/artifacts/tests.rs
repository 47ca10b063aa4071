use super::*;
use crate::record::Observation;

const PDF: &[u8] = b"%PDF-1.7\nunit plan\n";

fn workspace_with_observation() -> (tempfile::TempDir, Workspace, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = Workspace::open(dir.path()).expect("opens");
    let mut observation: Observation = ron::from_str(include_str!(
        "../../../tests/fixtures/workspace-v1/observations/obs-04f88d3771a6.ron"
    ))
    .expect("the fixture reads");
    observation.status = crate::record::Status::Draft;
    observation.trail = crate::record::Trail::default();
    workspace.create(&observation).expect("saved");
    (dir, workspace, observation.id)
}

fn author() -> Author {
    Author {
        name: "Dana Principal".into(),
        reason: String::new(),
        at: crate::record::now(),
    }
}

#[test]
fn a_file_is_stored_once_by_its_hash_owner_only_and_checked_when_read() {
    let (dir, workspace, id) = workspace_with_observation();
    let source = dir.path().join("Unit plan.pdf");
    std::fs::write(&source, PDF).expect("write");
    let who = author();
    let how = Attaching {
        caption: "Unit plan",
        components: vec!["1e".into()],
        supplied_by: Supplier::Evaluator,
        author: &who,
    };
    let (saved, number) = workspace
        .attach_file::<Observation>(&id, &source, &how)
        .expect("attached");
    assert_eq!(number, 1);
    let sha = sha256_hex(PDF);
    assert_eq!(saved.artifacts[0].sha256, sha);
    assert_eq!(saved.artifacts[0].file_name, "Unit plan.pdf");
    let blob = blob_path(dir.path(), &sha);
    assert_eq!(std::fs::read(&blob).expect("stored"), PDF);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&blob).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = workspace.attach_file::<Observation>(&id, &source, &how);
    assert!(matches!(
        again,
        Err(BlobError::Record(ArtifactError::AlreadyAttached { .. }))
    ));
    assert_eq!(blob_state(dir.path(), &sha), BlobState::Present);
    std::fs::write(&blob, b"%PDF-1.7\nchanged\n").expect("tamper");
    assert_eq!(blob_state(dir.path(), &sha), BlobState::Damaged);
    assert!(matches!(
        store_blob(dir.path(), &sha, PDF),
        Err(BlobError::Damaged { .. })
    ));
    std::fs::remove_file(&blob).expect("remove");
    assert_eq!(blob_state(dir.path(), &sha), BlobState::Missing);
}

#[test]
fn removing_keeps_the_file_and_a_shared_record_needs_a_reason() {
    let (dir, workspace, id) = workspace_with_observation();
    let source = dir.path().join("log.csv");
    std::fs::write(&source, "date,parent\n2026-10-01,called\n").expect("write");
    let who = author();
    let how = Attaching {
        caption: "",
        components: Vec::new(),
        supplied_by: Supplier::Educator,
        author: &who,
    };
    let (mut saved, _) = workspace
        .attach_file::<Observation>(&id, &source, &how)
        .expect("attached");
    saved.status = crate::record::Status::Shared {
        at: crate::record::now(),
    };
    workspace.save(&saved).expect("shared");
    let refused = workspace.detach_artifact::<Observation>(&id, "1", &who);
    assert!(matches!(
        refused,
        Err(BlobError::Record(ArtifactError::ReasonRequired { .. }))
    ));
    let why = Author {
        reason: "the wrong class's log".into(),
        ..author()
    };
    let (after, removed) = workspace
        .detach_artifact::<Observation>(&id, "1", &why)
        .expect("removed");
    assert!(after.artifacts.is_empty());
    let amendment = after.trail.amendments.last().expect("an amendment");
    assert_eq!(amendment.reason, "the wrong class's log");
    assert_eq!(
        blob_state(dir.path(), &removed.sha256),
        BlobState::Present,
        "the file stays"
    );
}

#[cfg(unix)]
#[test]
fn links_pipes_and_unlisted_kinds_are_refused_before_anything_is_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("real.pdf");
    std::fs::write(&target, PDF).expect("write");
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    let err = read_source(&link).expect_err("a link");
    assert!(err.to_string().contains("symbolic link"), "{err}");
    let program = dir.path().join("setup.exe");
    std::fs::write(&program, b"MZ\x90\0").expect("write");
    let err = read_source(&program).expect_err("a program");
    assert!(err.to_string().contains("not a kind of file"), "{err}");
    let disguised = dir.path().join("plan.pdf");
    std::fs::write(&disguised, b"MZ\x90\0").expect("write");
    let err = read_source(&disguised).expect_err("not a PDF");
    assert!(err.to_string().contains("not a PDF file"), "{err}");
    assert!(read_source(dir.path()).is_err(), "a folder");
}

#[test]
fn a_copy_is_named_safely_whatever_the_original_name() {
    let mut artifact = StoredFile {
        sha256: sha256_hex(PDF),
        file_name: String::new(),
        size: PDF.len() as u64,
        kind: FileKind::Pdf,
    }
    .artifact(
        "",
        Vec::new(),
        Supplier::Evaluator,
        "",
        crate::record::now(),
    );
    for (name, safe) in [
        ("../../x.pdf", "x.pdf"),
        ("report\u{202e}fdp.exe", "reportfdp.pdf"),
        ("line\nbreak.PDF", "linebreak.pdf"),
        ("..", &format!("artifact-{}.pdf", &artifact.sha256[..12])),
        ("C:\\Windows\\evil.pdf", "CWindowsevil.pdf"),
    ] {
        artifact.file_name = name.into();
        assert_eq!(safe_file_name(&artifact), safe, "{name:?}");
    }
}

#[test]
fn a_copy_for_viewing_is_read_only_and_outside_the_workspace() {
    let (dir, workspace, _) = workspace_with_observation();
    let incoming = Incoming {
        sha256: sha256_hex(PDF),
        file_name: "../Plan.pdf".into(),
        kind: FileKind::Pdf,
        bytes: PDF.to_vec(),
    };
    let stored = workspace.store_artifact(incoming).expect("stored");
    let artifact = stored.artifact(
        "",
        Vec::new(),
        Supplier::Evaluator,
        "",
        crate::record::now(),
    );
    let cache = tempfile::tempdir().expect("cache");
    let copy = workspace
        .copy_for_viewing(&artifact, cache.path())
        .expect("copied");
    assert!(copy.starts_with(cache.path()), "{}", copy.display());
    assert!(!copy.starts_with(dir.path()));
    assert_eq!(copy.file_name().and_then(|n| n.to_str()), Some("Plan.pdf"));
    assert_eq!(std::fs::read(&copy).expect("read"), PDF);
    assert!(
        std::fs::metadata(&copy)
            .expect("meta")
            .permissions()
            .readonly()
    );
}
