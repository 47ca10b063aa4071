//! The workspace keeps records safe: atomic saves, unreadable files kept
//! byte for byte, one writer at a time, owner-only permissions, history
//! that survives a crash.

mod common;

use std::fs;

use common::{sample_educator, sample_observation};
use teacher_eval::record::{Educator, Observation};
use teacher_eval::workspace::{Record, Workspace, WorkspaceError, encode, history, write_temp};

#[test]
fn every_record_type_round_trips_with_unicode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let names = [
        "Nguyễn Thị Hương",
        "Małgorzata Brzęczyszczykiewicz",
        "Sigríður Þórsdóttir",
        "Søren Ødegård",
        "Siobhán Ní Bhriain",
        "Zoë \"Zee\" O'Connor",
    ];
    let educators: Vec<Educator> = names
        .iter()
        .enumerate()
        .map(|(i, name)| sample_educator(&format!("edu-{i:012}"), name))
        .collect();
    for e in &educators {
        ws.create(e).expect("save educator");
    }
    let observation = sample_observation("obs-000000000001", "edu-000000000000");
    ws.create(&observation).expect("save observation");

    let contents = Workspace::open(dir.path()).expect("reopen").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.observations, vec![observation]);
    for e in &educators {
        assert_eq!(contents.educator(&e.id), Some(e));
    }
    // Files stay human-readable: names as typed, not escaped.
    let text = fs::read_to_string(dir.path().join("educators/edu-000000000000.ron")).expect("read");
    assert!(text.starts_with("Educator("), "{text}");
    assert!(text.contains("name: \"Nguyễn Thị Hương\""), "{text}");
}

#[test]
fn a_crash_before_the_rename_leaves_the_old_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let old = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    ws.create(&old).expect("save");
    let path = ws.path_of::<Educator>(&old.id);

    // The new version reaches its temporary file, then the process "dies".
    let mut new = old.clone();
    new.name = "Ingrid Lindqvist-Åberg".into();
    let temp = write_temp(
        &path,
        teacher_eval::workspace::encode(&new)
            .expect("encode")
            .as_bytes(),
    )
    .expect("temp written");
    assert!(temp.exists());

    let contents = ws.load();
    assert_eq!(
        contents.educators,
        vec![old.clone()],
        "the temporary file is ignored"
    );
    assert!(contents.set_aside.is_empty());
    drop(ws);

    // The next program to open the workspace cleans the stray file up.
    let ws = Workspace::open(dir.path()).expect("reopen");
    assert!(!temp.exists());
    assert_eq!(ws.load().educators, vec![old]);
}

#[test]
fn a_crash_between_keeping_the_version_and_the_rename_keeps_it_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let old = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    ws.create(&old).expect("create");
    let path = ws.path_of::<Educator>(&old.id);
    let mut new = old.clone();
    new.name = "Ingrid Lindqvist-Åberg".into();

    // The save's steps up to its rename: the file it replaces is kept in
    // history, the new version reaches its temporary file, then the process dies.
    let replaced = fs::read(&path).expect("the old file");
    let folder = history::folder_of(dir.path(), Educator::FOLDER, &old.id);
    history::keep(&folder, &replaced, &old.content_fingerprint(), &[]).expect("kept");
    let text = encode(&new).expect("encode");
    let temp = write_temp(&path, text.as_bytes()).expect("temp written");
    drop(ws);

    let ws = Workspace::open(dir.path()).expect("reopen");
    assert!(!temp.exists(), "the reopening removes the unrenamed save");
    assert_eq!(
        ws.read::<Educator>(&old.id).expect("read"),
        old,
        "the old record stays"
    );
    let kept = ws.versions::<Educator>(&old.id).expect("versions");
    assert_eq!(kept.len(), 1, "the old version is kept once");
    assert_eq!(kept[0].1, old);
    assert_eq!(kept[0].0.number, 1);
    assert_eq!(
        fs::read(&kept[0].0.path).expect("kept bytes"),
        replaced,
        "byte for byte"
    );

    // The save done again keeps no second copy of the same content.
    ws.save(&new).expect("save again");
    assert_eq!(ws.read::<Educator>(&old.id).expect("read"), new);
    let kept = ws.versions::<Educator>(&old.id).expect("versions");
    assert_eq!(kept.len(), 1, "no second copy of the old content: {kept:?}");

    // The next change is kept as the next number.
    let mut newer = new.clone();
    newer.subject = "Grade 5 (all subjects)".into();
    ws.save(&newer).expect("save a change");
    let kept: Vec<(u64, Educator)> = ws
        .versions::<Educator>(&old.id)
        .expect("versions")
        .into_iter()
        .map(|(v, record)| (v.number, record))
        .collect();
    assert_eq!(kept, vec![(1, old), (2, new)]);
}

/// The name a kept version of `record` would have as version `number`.
fn version_name<R: Record>(record: &R, number: u64) -> String {
    format!("{number:06}-{}.ron", &record.content_fingerprint()[..16])
}

#[test]
fn a_killed_history_write_leaves_no_temporary_file_after_the_next_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let old = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    ws.create(&old).expect("create");
    let mut new = old.clone();
    new.name = "Ingrid Lindqvist-Åberg".into();
    ws.save(&new).expect("save keeps the old version");

    // The next save's copy of `new` reaches its temporary file in history,
    // then the process dies. The record may never be saved again with a
    // change (deleted, or only typed in), so no save would tidy it.
    let folder = history::folder_of(dir.path(), "educators", &old.id);
    let bytes = encode(&new).expect("encode");
    let temp = write_temp(&folder.join(version_name(&new, 2)), bytes.as_bytes()).expect("temp");
    drop(ws);

    let ws = Workspace::open(dir.path()).expect("reopen");
    assert!(
        !temp.exists(),
        "the next open removes the killed history write"
    );
    let kept = ws.versions::<Educator>(&old.id).expect("versions");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].1, old);
    assert_eq!(ws.read::<Educator>(&old.id).expect("read"), new);
}

#[cfg(unix)]
#[test]
fn tidying_history_never_goes_through_a_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let outside = tempfile::tempdir().expect("outside");
    let theirs = outside.path().join(".000001-0123456789abcdef.ron.tmp-1-1");
    fs::write(&theirs, "not ours").expect("their file");
    let ws = Workspace::open(dir.path()).expect("open");
    let educator = sample_educator("edu-000000000001", "Ingrid Lindqvist");
    ws.create(&educator).expect("create");
    drop(ws);

    // A record's history folder that is a link, then the whole history.
    let folder = history::folder_of(dir.path(), "educators", &educator.id);
    fs::create_dir_all(folder.parent().expect("parent")).expect("history/educators");
    std::os::unix::fs::symlink(outside.path(), &folder).expect("link");
    drop(Workspace::open(dir.path()).expect("reopen"));
    assert!(
        theirs.exists(),
        "nothing is removed through a linked record folder"
    );

    fs::remove_dir_all(dir.path().join("history")).expect("unlink");
    fs::create_dir_all(outside.path().join("educators").join(&educator.id)).expect("theirs");
    let deep = outside
        .path()
        .join("educators")
        .join(&educator.id)
        .join(".000001-0123456789abcdef.ron.tmp-1-2");
    fs::write(&deep, "not ours").expect("their deep file");
    std::os::unix::fs::symlink(outside.path(), dir.path().join("history")).expect("link");
    drop(Workspace::open(dir.path()).expect("reopen"));
    assert!(deep.exists(), "nothing is removed through a linked history");
}

#[test]
fn a_corrupt_file_is_kept_byte_for_byte_named_and_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let good = sample_educator("edu-000000000001", "Good Record");
    ws.create(&good).expect("save");
    let bad = sample_educator("edu-000000000002", "Bad Record");
    ws.create(&bad).expect("save");
    let bad_path = ws.path_of::<Educator>(&bad.id);
    let mut garbage = fs::read(&bad_path).expect("read");
    garbage.truncate(garbage.len() / 2);
    garbage.extend_from_slice(b"\xff\xfe not ron");
    fs::write(&bad_path, &garbage).expect("corrupt");
    let broken_obs = ws.path_of::<Observation>("obs-000000000009");
    fs::write(&broken_obs, "Observation(schema: 1,\n  id: 42)").expect("write");

    let contents = ws.load();
    assert_eq!(contents.educators, vec![good]);
    assert_eq!(contents.set_aside.len(), 2, "{:?}", contents.set_aside);
    let shown: Vec<String> = contents.set_aside.iter().map(ToString::to_string).collect();
    assert!(
        shown[0].starts_with(&format!("{}:", bad_path.display())),
        "{shown:?}"
    );
    assert!(shown[0].contains("not UTF-8"), "{shown:?}");
    assert!(
        shown[1].contains("obs-000000000009.ron:2:7: expected text in double quotes"),
        "{shown:?}"
    );

    // Saving that id again is refused; the bytes on disk are untouched.
    let err = ws.save(&bad).expect_err("must not overwrite");
    assert!(matches!(err, WorkspaceError::Protected { .. }), "{err}");
    assert!(err.to_string().contains("kept as it is"), "{err}");
    assert_eq!(fs::read(&bad_path).expect("read"), garbage);
}

#[test]
fn odd_files_are_set_aside_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    fs::create_dir(dir.path().join("educators/edu-00000000000a.ron")).expect("dir");
    let outside = tempfile::NamedTempFile::new().expect("outside file");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        outside.path(),
        dir.path().join("educators/edu-00000000000b.ron"),
    )
    .expect("symlink");
    let other = sample_educator("edu-00000000000c", "Inside");
    let mut renamed = other.clone();
    renamed.id = "edu-00000000000d".into();
    fs::write(
        dir.path().join("educators/edu-00000000000c.ron"),
        teacher_eval::workspace::encode(&renamed).expect("encode"),
    )
    .expect("write");
    let newer = teacher_eval::workspace::encode(&other)
        .expect("encode")
        .replacen("schema: 1", "schema: 99", 1);
    fs::write(dir.path().join("educators/edu-00000000000e.ron"), newer).expect("write");

    let contents = ws.load();
    assert!(contents.educators.is_empty());
    let messages: Vec<String> = contents
        .set_aside
        .iter()
        .map(|s| s.message.clone())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("a folder")),
        "{messages:?}"
    );
    #[cfg(unix)]
    assert!(
        messages.iter().any(|m| m.contains("a link")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("named for `edu-00000000000c` but holds")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("newer teacher-eval")),
        "{messages:?}"
    );
}

#[test]
fn a_second_program_opens_read_only_and_is_told_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = Workspace::open(dir.path()).expect("open");
    assert_eq!(first.read_only_reason(), None);
    let second = Workspace::open(dir.path()).expect("open again");
    let reason = second.read_only_reason().expect("read-only").to_string();
    assert!(
        reason.contains("open in another teacher-eval (process"),
        "{reason}"
    );
    let e = sample_educator("edu-000000000001", "Blocked");
    let err = second.save(&e).expect_err("read-only");
    assert!(
        err.to_string()
            .starts_with("the workspace is open read-only"),
        "{err}"
    );
    first.save(&e).expect("the holder can save");
    assert_eq!(
        second.load().educators.len(),
        1,
        "the reader still sees the records"
    );
    drop(first);
    let third = Workspace::open(dir.path()).expect("open after close");
    assert_eq!(third.read_only_reason(), None);
}

#[cfg(unix)]
#[test]
fn folders_and_files_are_private_to_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().expect("tempdir");
    let root = parent.path().join("new-workspace");
    let ws = Workspace::open(&root).expect("create");
    ws.create(&sample_educator("edu-000000000001", "Private"))
        .expect("save");
    ws.create(&sample_observation("obs-000000000001", "edu-000000000001"))
        .expect("save");
    let mode = |p: &std::path::Path| fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&root), 0o700);
    assert_eq!(mode(&root.join("educators")), 0o700);
    assert_eq!(mode(&root.join("observations")), 0o700);
    assert_eq!(mode(&root.join(".lock")), 0o600);
    assert_eq!(mode(&ws.path_of::<Educator>("edu-000000000001")), 0o600);
    assert_eq!(mode(&ws.path_of::<Observation>("obs-000000000001")), 0o600);
}

#[test]
fn create_refuses_an_existing_id_and_bad_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let e = sample_educator("edu-000000000001", "Once");
    ws.create(&e).expect("first");
    assert!(matches!(ws.create(&e), Err(WorkspaceError::Exists { .. })));
    let sneaky = sample_educator("../../etc/passwd", "Sneaky");
    assert!(matches!(
        ws.save(&sneaky),
        Err(WorkspaceError::InvalidId { .. })
    ));
}

#[test]
fn a_failed_write_is_an_error_and_leaves_the_old_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let e = sample_educator("edu-000000000001", "Kept");
    ws.create(&e).expect("save");
    // A folder where the observations folder should be makes every write fail.
    fs::remove_dir(dir.path().join("observations")).expect("rmdir");
    fs::write(dir.path().join("observations"), b"not a folder").expect("file");
    let err = ws
        .save(&sample_observation("obs-000000000001", &e.id))
        .expect_err("cannot write");
    assert!(err.to_string().contains("could not be saved"), "{err}");
    assert_eq!(ws.load().educators, vec![e]);
}

#[test]
fn observations_of_unknown_educators_load_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    ws.create(&sample_observation("obs-000000000001", "edu-00000000dead"))
        .expect("save");
    let contents = ws.load();
    assert_eq!(contents.observations.len(), 1);
    assert_eq!(contents.warnings.len(), 1);
    assert!(contents.warnings[0].contains("edu-00000000dead"));
}
