//! Exchange bundles: packed and read back whole; truncated, damaged or
//! hostile bundles refused with nothing written anywhere (the workspace
//! and the folder around it are compared byte for byte before and after);
//! imports decided record by record by their last change.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::{at, sample_educator, sample_observation};
use sha2::{Digest, Sha256};
use std::io::Read;
use teacher_eval::record::{Educator, Observation};

use teacher_eval::workspace::bundle::{
    BundleError, ExportFilter, HEADER, Passphrase, Seal, import_bundle, pack, parse_bundle,
    seal_bytes,
};
use teacher_eval::workspace::{Workspace, encode};

const E1: &str = "edu-000000000001";
const E2: &str = "edu-000000000002";

fn educator(id: &str, name: &str, school: &str) -> Educator {
    let mut e = sample_educator(id, name);
    e.school = school.into();
    e
}

/// A draft: a shared one changes only by amendment (tested below).
fn observation(id: &str, educator: &str, when: &str) -> Observation {
    let mut o = sample_observation(id, educator);
    o.started_at = at(when);
    o.changed = at(when);
    o.status = teacher_eval::record::Status::Draft;
    o
}

/// Two schools, three observations over two school years.
fn workspace_with_records(root: &Path) {
    let w = Workspace::open(root).expect("workspace");
    w.create(&educator(E1, "Nguyễn Thị Hương", "North Elementary"))
        .unwrap();
    w.create(&educator(E2, "Zoë Brontë-Øster", "South High"))
        .unwrap();
    w.create(&observation(
        "obs-000000000001",
        E1,
        "2026-10-14T10:02:00-05:00",
    ))
    .unwrap();
    w.create(&observation(
        "obs-000000000002",
        E1,
        "2025-10-14T10:02:00-05:00",
    ))
    .unwrap();
    w.create(&observation(
        "obs-000000000003",
        E2,
        "2026-11-14T10:02:00-05:00",
    ))
    .unwrap();
}

/// A bundle of these entries with a correct checksum, so only the entries can be wrong.
fn bundle_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = format!("{HEADER}\n").into_bytes();
    for (path, bytes) in entries {
        body.extend_from_slice(format!("{path}\n{}\n", bytes.len()).as_bytes());
        body.extend_from_slice(bytes);
        body.push(b'\n');
    }
    body.extend_from_slice(format!("end {}\n", entries.len()).as_bytes());
    let digest: String = Sha256::digest(&body)
        .iter()
        .fold(String::new(), |mut hex, b| {
            // Writing to a `String` cannot fail.
            let _ = write!(hex, "{b:02x}");
            hex
        });
    body.extend_from_slice(format!("sha256 {digest}\n").as_bytes());
    body
}

/// Every file under `root`, with its bytes: what "nothing written" compares.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(listing) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in listing.map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                files.insert(path.clone(), b"<dir>".to_vec());
                stack.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    files
}

/// What an import is given to open a bundle with: each key is written to
/// a file in the home folder, outside what is compared.
#[derive(Debug, Clone, Copy)]
enum Give<'a> {
    Plain,
    Nothing,
    Passphrase(&'a str),
    Identity(&'a str),
    MissingPassphraseFile,
}

impl Give<'_> {
    /// The import's options, with their files written under `home`.
    fn args(self, home: &Path) -> Vec<std::ffi::OsString> {
        let file = |name: &str, text: &str| {
            let path = home.join(name);
            std::fs::write(&path, text).unwrap();
            path.into_os_string()
        };
        match self {
            Give::Plain => vec!["--plain".into()],
            Give::Nothing => vec![],
            Give::Passphrase(text) => {
                vec!["--passphrase-file".into(), file("pass.txt", text)]
            }
            Give::Identity(text) => vec!["--identity".into(), file("key.txt", text)],
            Give::MissingPassphraseFile => vec![
                "--passphrase-file".into(),
                home.join("no-such-pass.txt").into_os_string(),
            ],
        }
    }
}

/// Imports `bytes` as a bundle file, opened with `give`, into a workspace
/// inside a fresh folder (one that exists with records when `existing`),
/// through the command line, and checks it fails with one sentence and
/// that nothing under the folder changed. Returns the sentence.
fn import_fails(bytes: &[u8], existing: bool, give: Give) -> String {
    let home = tempfile::tempdir().unwrap();
    let parent = home.path().join("district");
    std::fs::create_dir(&parent).unwrap();
    let workspace = parent.join("workspace");
    if existing {
        workspace_with_records(&workspace);
    }
    let file = home.path().join("in.bundle");
    std::fs::write(&file, bytes).unwrap();
    let before = snapshot(&parent);
    let out = common::binary::command(home.path())
        .arg("--workspace")
        .arg(&workspace)
        .arg("import")
        .arg(&file)
        .args(give.args(home.path()))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(snapshot(&parent), before, "something was written: {stderr}");
    if !existing {
        assert!(!workspace.exists(), "the workspace folder was created");
    }
    stderr
}

/// As [`import_fails`], and the sentence says the bundle is refused.
fn refused_with(bytes: &[u8], existing: bool, give: Give) -> String {
    let stderr = import_fails(bytes, existing, give);
    assert!(stderr.contains("is refused"), "{stderr}");
    stderr
}

/// A plain bundle imported as plain (`--plain`), refused: the inner checks.
fn refused(bytes: &[u8], existing: bool) -> String {
    refused_with(bytes, existing, Give::Plain)
}

#[test]
fn a_bundle_round_trips_every_record() {
    let dir = tempfile::tempdir().unwrap();
    workspace_with_records(dir.path());
    let contents = Workspace::open_read_only(dir.path(), "test")
        .unwrap()
        .load();
    let packed = pack(&contents, &ExportFilter::default()).unwrap();
    assert_eq!((packed.educators, packed.observations), (2, 3));
    assert!(
        packed
            .bytes
            .starts_with(b"teacher-eval bundle 1\neducators/edu-000000000001.ron\n")
    );
    let again = pack(&contents, &ExportFilter::default()).unwrap();
    assert_eq!(
        packed.bytes, again.bytes,
        "the same records make the same bundle"
    );

    let bundle = parse_bundle(&packed.bytes).expect("the bundle reads back");
    let back = bundle.clone().into_contents();
    assert_eq!(back.educators, contents.educators);
    assert_eq!(back.observations, contents.observations);

    let target = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(target.path()).unwrap();
    // Progress is told after every save, up to the number to write.
    let told = std::sync::Mutex::new(Vec::new());
    let outcome = import_bundle(&workspace, bundle, &|n, total| {
        told.lock().unwrap().push((n, total));
    })
    .unwrap();
    assert_eq!(
        (outcome.added, outcome.updated, outcome.conflicts.len()),
        (5, 0, 0)
    );
    let mut told = told.into_inner().unwrap();
    told.sort_unstable();
    assert_eq!(told, (1..=5).map(|n| (n, 5)).collect::<Vec<_>>());
    let imported = workspace.load();
    assert_eq!(imported.educators, contents.educators);
    assert_eq!(imported.observations, contents.observations);
    // Importing the same bundle again changes nothing.
    let outcome =
        import_bundle(&workspace, parse_bundle(&packed.bytes).unwrap(), &|_, _| {}).unwrap();
    assert_eq!((outcome.added, outcome.unchanged), (0, 5));
}

#[test]
fn export_filters_by_school_and_year() {
    let dir = tempfile::tempdir().unwrap();
    workspace_with_records(dir.path());
    let contents = Workspace::open_read_only(dir.path(), "test")
        .unwrap()
        .load();
    let school = ExportFilter {
        school: Some("north elementary".into()),
        year: None,
    };
    let packed = pack(&contents, &school).unwrap();
    assert_eq!((packed.educators, packed.observations), (1, 2));
    let year = ExportFilter {
        school: None,
        year: Some("2026-27".into()),
    };
    let packed = pack(&contents, &year).unwrap();
    assert_eq!((packed.educators, packed.observations), (2, 2));
    let both = ExportFilter {
        school: Some("North Elementary".into()),
        year: Some("2026-27".into()),
    };
    let bundle = parse_bundle(&pack(&contents, &both).unwrap().bytes).unwrap();
    assert_eq!(bundle.observations.len(), 1);
    assert_eq!(bundle.observations[0].id, "obs-000000000001");
}

#[test]
fn entries_outside_the_record_folders_are_refused_with_nothing_written() {
    let record = encode(&educator(E1, "Ann", "North")).unwrap();
    let good = ("educators/edu-000000000001.ron", record.as_bytes());
    for (path, says) in [
        ("../x", "climbs out of the workspace"),
        (
            "educators/../../edu-000000000001.ron",
            "climbs out of the workspace",
        ),
        ("educators/..", "climbs out of the workspace"),
        ("/etc/passwd", "absolute path"),
        ("/tmp/educators/edu-000000000001.ron", "absolute path"),
        ("\\\\server\\share\\x.ron", "absolute path"),
        ("C:\\x.ron", "absolute path"),
        ("notes/edu-000000000001.ron", "not a record file"),
        ("educators/edu-000000000001.txt", "not a record file"),
        ("educators/EDU-1.ron", "not a record file"),
        ("educators/sub/edu-000000000001.ron", "not a record file"),
        ("educators", "not a record file"),
        (".lock", "not a record file"),
    ] {
        let bytes = bundle_of(&[good, (path, record.as_bytes())]);
        let stderr = refused(&bytes, false);
        assert!(stderr.contains(says), "{path}: {stderr}");
        refused(&bytes, true);
        assert!(
            matches!(parse_bundle(&bytes), Err(BundleError::Entry { .. })),
            "{path}"
        );
    }
    let twice = bundle_of(&[good, good]);
    assert!(refused(&twice, true).contains("appears twice"));
}

#[test]
fn truncated_and_damaged_bundles_are_refused_with_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    workspace_with_records(dir.path());
    let contents = Workspace::open_read_only(dir.path(), "test")
        .unwrap()
        .load();
    let bytes = pack(&contents, &ExportFilter::default()).unwrap().bytes;
    let n = bytes.len();
    for cut in [
        0,
        1,
        10,
        HEADER.len(),
        HEADER.len() + 1,
        40,
        n / 3,
        n / 2,
        n - 80,
        n - 66,
        n - 65,
        n - 2,
        n - 1,
    ] {
        assert!(parse_bundle(&bytes[..cut]).is_err(), "cut at {cut} of {n}");
    }
    for cut in [0, 10, n / 2, n - 1] {
        let stderr = refused(&bytes[..cut], true);
        assert!(
            stderr.contains("truncated") || stderr.contains("not a teacher-eval bundle"),
            "{cut}: {stderr}"
        );
    }
    // One byte changed inside a record: the checksum no longer matches.
    let mut flipped = bytes.clone();
    let at = n / 2;
    flipped[at] = if flipped[at] == b'a' { b'b' } else { b'a' };
    assert!(matches!(parse_bundle(&flipped), Err(BundleError::Checksum)));
    assert!(refused(&flipped, true).contains("checksum"));
    // Extra bytes after the checksum line, and a newer format.
    let mut longer = bytes.clone();
    longer.extend_from_slice(b"x\n");
    refused(&longer, true);
    let newer = String::from_utf8(bytes.clone())
        .unwrap()
        .replacen("bundle 1", "bundle 2", 1);
    assert!(refused(newer.as_bytes(), true).contains("newer teacher-eval"));
    assert!(refused(b"PK\x03\x04 a zip file", false).contains("not a teacher-eval bundle"));
    // A length that runs past the entry, with the checksum made to fit.
    let lying = bundle_of(&[]);
    let lying = String::from_utf8(lying)
        .unwrap()
        .replace("end 0", "educators/edu-000000000001.ron\n999\nend 0");
    assert!(parse_bundle(lying.as_bytes()).is_err());
}

#[test]
fn a_record_that_does_not_decode_refuses_the_whole_bundle() {
    let record = encode(&educator(E1, "Ann", "North")).unwrap();
    let good = ("educators/edu-000000000001.ron", record.as_bytes());
    for (path, bytes) in [
        ("educators/edu-000000000002.ron", &b"Educator(garbage"[..]),
        ("observations/obs-000000000001.ron", record.as_bytes()),
        ("educators/edu-000000000002.ron", record.as_bytes()),
        ("educators/edu-000000000003.ron", &[0xff, 0xfe, 0x00][..]),
    ] {
        let bundle = bundle_of(&[good, (path, bytes)]);
        let stderr = refused(&bundle, true);
        assert!(stderr.contains(path), "{stderr}");
        assert!(
            matches!(parse_bundle(&bundle), Err(BundleError::Record { .. })),
            "{path}"
        );
    }
}

#[test]
#[allow(
    clippy::similar_names,
    reason = "each here/there pair is one record on two laptops"
)]
fn import_decides_each_record_by_its_last_change() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(dir.path()).unwrap();
    let base = educator(E1, "Ann", "North");
    workspace.create(&base).unwrap();
    let older_here = observation("obs-000000000001", E1, "2026-10-01T09:00:00-05:00");
    workspace.create(&older_here).unwrap();
    let newer_here = observation("obs-000000000002", E1, "2026-10-02T09:00:00-05:00");
    workspace.create(&newer_here).unwrap();
    let same = observation("obs-000000000003", E1, "2026-10-03T09:00:00-05:00");
    workspace.create(&same).unwrap();
    let clash_here = observation("obs-000000000004", E1, "2026-10-04T09:00:00-05:00");
    workspace.create(&clash_here).unwrap();

    let mut newer_there = older_here.clone();
    newer_there.post_conference = "Edited later on another laptop.".into();
    newer_there.changed = at("2026-10-10T09:00:00-05:00");
    let mut older_there = newer_here.clone();
    older_there.post_conference = "An earlier edit.".into();
    older_there.changed = at("2026-10-01T08:00:00-05:00");
    let mut clash_there = clash_here.clone();
    clash_there.post_conference = "Same moment, other words.".into();
    let added = observation("obs-000000000005", E1, "2026-10-05T09:00:00-05:00");
    let text = |o: &Observation| encode(o).unwrap();
    let entries = [
        (
            "educators/edu-000000000001.ron".to_string(),
            encode(&base).unwrap(),
        ),
        (
            "observations/obs-000000000001.ron".into(),
            text(&newer_there),
        ),
        (
            "observations/obs-000000000002.ron".into(),
            text(&older_there),
        ),
        ("observations/obs-000000000003.ron".into(), text(&same)),
        (
            "observations/obs-000000000004.ron".into(),
            text(&clash_there),
        ),
        ("observations/obs-000000000005.ron".into(), text(&added)),
    ];
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_bytes()))
        .collect();
    let bytes = bundle_of(&borrowed);
    let file = dir.path().join("in.bundle");
    std::fs::write(&file, &bytes).unwrap();
    drop(workspace);

    let home = tempfile::tempdir().unwrap();
    let out = common::binary::command(home.path())
        .arg("--workspace")
        .arg(dir.path())
        .args(["import", "--plain"])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "Added 1, updated 1, kept local 1 (newer in the workspace), unchanged 2, conflicts 1."
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("conflict: observations/obs-000000000004.ron: changed at the same moment"),
        "{stdout}"
    );

    let after = Workspace::open_read_only(dir.path(), "test").unwrap();
    let read = |id: &str| after.read::<Observation>(id).unwrap();
    assert_eq!(
        read("obs-000000000001"),
        newer_there,
        "the bundle's newer copy replaced ours"
    );
    assert_eq!(
        read("obs-000000000002"),
        newer_here,
        "our newer copy stayed"
    );
    assert_eq!(
        read("obs-000000000004"),
        clash_here,
        "a conflict keeps ours"
    );
    assert_eq!(read("obs-000000000005"), added);
}

#[test]
fn an_unreadable_local_file_is_kept_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    {
        let w = Workspace::open(dir.path()).unwrap();
        w.create(&educator(E1, "Ann", "North")).unwrap();
    }
    let broken = dir.path().join("observations/obs-000000000001.ron");
    std::fs::write(&broken, "Observation(half").unwrap();
    let o = observation("obs-000000000001", E1, "2026-10-01T09:00:00-05:00");
    let bytes = bundle_of(&[(
        "observations/obs-000000000001.ron",
        encode(&o).unwrap().as_bytes(),
    )]);
    let workspace = Workspace::open(dir.path()).unwrap();
    let outcome = import_bundle(&workspace, parse_bundle(&bytes).unwrap(), &|_, _| {}).unwrap();
    assert_eq!(outcome.added, 0);
    assert_eq!(outcome.conflicts.len(), 1);
    assert!(outcome.conflicts[0].why.contains("cannot be read"));
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "Observation(half"
    );
}

/// A bundle of these observations, as another laptop would send them.
fn bundle_with(observations: &[&Observation]) -> teacher_eval::workspace::bundle::Bundle {
    let entries: Vec<(String, String)> = observations
        .iter()
        .map(|o| (format!("observations/{}.ron", o.id), encode(*o).unwrap()))
        .collect();
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_bytes()))
        .collect();
    parse_bundle(&bundle_of(&borrowed)).unwrap()
}

#[test]
fn a_shared_record_changed_without_amendments_or_dated_in_the_future_is_not_imported() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(dir.path()).unwrap();
    workspace.create(&educator(E1, "Ann", "North")).unwrap();
    let acknowledged = sample_observation("obs-000000000001", E1);
    workspace.create(&acknowledged).unwrap();
    let before = snapshot(dir.path());

    let mut quietly_changed = acknowledged.clone();
    quietly_changed.ratings[0].level = teacher_eval::record::RatingLevel::Level(1);
    quietly_changed.changed = at("2026-11-01T09:00:00-05:00");
    let mut from_the_future = observation("obs-000000000002", E1, "2026-10-01T09:00:00-05:00");
    from_the_future.changed = at("2099-01-01T00:00:00-05:00");
    let bundle = bundle_with(&[&quietly_changed, &from_the_future]);
    let outcome = import_bundle(&workspace, bundle, &|_, _| {}).unwrap();
    assert_eq!(outcome.conflicts.len(), 2, "{outcome:?}");
    assert!(
        outcome.conflicts[0].why.contains("without the amendments"),
        "{outcome:?}"
    );
    assert!(
        outcome.conflicts[1].why.contains("in the future"),
        "{outcome:?}"
    );
    assert_eq!(snapshot(dir.path()), before, "nothing written");

    // The same change with its amendment recorded is imported.
    let mut amended = acknowledged.clone();
    amended.ratings[0].level = teacher_eval::record::RatingLevel::Level(1);
    amended.changed = at("2026-11-01T09:00:00-05:00");
    let author = teacher_eval::record::trail::Author {
        name: "Dr. Renée Castellanos".into(),
        reason: "Rated the wrong period".into(),
        at: at("2026-11-01T09:00:00-05:00"),
    };
    teacher_eval::record::trail::settle(
        &acknowledged,
        &mut amended,
        &author,
        0,
        "observation",
        None,
    )
    .unwrap();
    let outcome = import_bundle(&workspace, bundle_with(&[&amended]), &|_, _| {}).unwrap();
    assert_eq!(outcome.updated, 1, "{outcome:?}");
}

// Sealed bundles: an age file around the plain bundle.

const PASS: &str = "correct horse battery staple";

/// The passphrase the tests seal with in-process: cheap scrypt work, which
/// the command line opens like any other (it only caps the work).
fn quick() -> Passphrase {
    Passphrase::new(PASS).unwrap().with_work_factor(4)
}

fn sealed(plain: Vec<u8>) -> Vec<u8> {
    seal_bytes(plain, &Seal::Passphrase(quick())).unwrap()
}

/// The plain bundle of [`workspace_with_records`].
fn plain_bundle() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    workspace_with_records(dir.path());
    let contents = Workspace::open_read_only(dir.path(), "test")
        .unwrap()
        .load();
    pack(&contents, &ExportFilter::default()).unwrap().bytes
}

/// An age identity file as age-keygen writes it, and its public key.
fn key_pair() -> (String, String) {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public().to_string();
    let file = format!(
        "# created: 2026-09-01T08:00:00-05:00\n# public key: {public}\n\n{}\n",
        identity.to_string().expose_secret()
    );
    (file, public)
}

/// Runs the command line in `home` and returns (exit code, stdout, stderr).
fn run(home: &Path, args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let out = common::binary::command(home).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

#[test]
fn an_export_is_sealed_with_a_passphrase_around_the_plain_bundle_and_imports_back() {
    let home = tempfile::tempdir().unwrap();
    let ws = home.path().join("ws");
    workspace_with_records(&ws);
    let pass = home.path().join("pass.txt");
    std::fs::write(&pass, format!("{PASS}\n")).unwrap();
    let out = home.path().join("north.bundle");
    let (code, stdout, stderr) = run(
        home.path(),
        &[
            os("--workspace"),
            ws.as_os_str(),
            os("export"),
            os("--out"),
            out.as_os_str(),
            os("--passphrase-file"),
            pass.as_os_str(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("(sealed with a passphrase): 2 educators, 3 observations"),
        "{stdout}"
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "));
    let shows = |text: &[u8]| bytes.windows(text.len()).any(|w| w == text);
    assert!(!shows("Hương".as_bytes()) && !shows(b"teacher-eval bundle"));

    // Inside is the plain bundle, byte for byte: age alone opens it.
    let identity = age::scrypt::Identity::new(PASS.to_string().into());
    let mut inside = Vec::new();
    age::Decryptor::new(&bytes[..])
        .unwrap()
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut inside)
        .unwrap();
    let contents = Workspace::open_read_only(&ws, "test").unwrap().load();
    assert_eq!(
        inside,
        pack(&contents, &ExportFilter::default()).unwrap().bytes
    );

    // The passphrase file's first line is the passphrase, whatever ends it.
    std::fs::write(&pass, format!("{PASS}\r\nnot part of it\n")).unwrap();
    let copy = home.path().join("copy");
    let (code, stdout, stderr) = run(
        home.path(),
        &[
            os("--workspace"),
            copy.as_os_str(),
            os("import"),
            out.as_os_str(),
            os("--passphrase-file"),
            pass.as_os_str(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Added 5, updated 0"), "{stdout}");
    let copied = Workspace::open_read_only(&copy, "test").unwrap().load();
    assert_eq!(copied.educators, contents.educators);
    assert_eq!(copied.observations, contents.observations);
}

#[test]
fn an_export_without_a_way_to_seal_says_the_three_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let ws = home.path().join("ws");
    workspace_with_records(&ws);
    let out = home.path().join("x.bundle");
    let empty = home.path().join("empty.txt");
    std::fs::write(&empty, "\nthe second line is not the passphrase\n").unwrap();
    let missing = home.path().join("no-such-pass.txt");
    let (_, secret_key) = {
        let (file, _) = key_pair();
        let key = file.lines().last().unwrap().to_string();
        (file, key)
    };
    let export = |extra: &[&std::ffi::OsStr]| {
        let mut args = vec![
            os("--workspace"),
            ws.as_os_str(),
            os("export"),
            os("--out"),
            out.as_os_str(),
        ];
        args.extend_from_slice(extra);
        let (code, stdout, stderr) = run(home.path(), &args);
        assert!(!out.exists(), "written: {stderr}");
        assert!(stdout.is_empty());
        (code, stderr)
    };
    let one_sentence = |(code, stderr): (Option<i32>, String)| {
        assert_eq!(code, Some(1), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.ends_with("nothing was written.\n"), "{stderr}");
        stderr
    };

    let said = one_sentence(export(&[]));
    for way in ["--passphrase-file FILE", "--recipient KEY", "--plain"] {
        assert!(said.contains(way), "{said}");
    }
    let said = one_sentence(export(&[os("--passphrase-file"), missing.as_os_str()]));
    assert!(
        said.contains(&format!(
            "{} cannot be read: there is no file named no-such-pass.txt",
            missing.display()
        )),
        "{said}"
    );
    let said = one_sentence(export(&[os("--passphrase-file"), empty.as_os_str()]));
    assert!(said.contains("has an empty first line"), "{said}");
    let said = one_sentence(export(&[os("--recipient"), os("age1notakey")]));
    assert!(
        said.contains("`age1notakey` is not an age recipient"),
        "{said}"
    );
    let said = one_sentence(export(&[os("--recipient"), os(&secret_key)]));
    assert!(said.contains("is a secret key"), "{said}");
    assert!(
        !said.contains(&secret_key[16..]),
        "the secret key is not repeated"
    );
    // Two ways at once is a usage error.
    let (code, _) = export(&[os("--plain"), os("--passphrase-file"), empty.as_os_str()]);
    assert_eq!(code, Some(2));
}

#[test]
fn a_bundle_sealed_to_keys_opens_with_any_of_their_identities_and_no_other() {
    let home = tempfile::tempdir().unwrap();
    let ws = home.path().join("ws");
    workspace_with_records(&ws);
    let (first, first_public) = key_pair();
    let (second, second_public) = key_pair();
    let (stranger, _) = key_pair();
    let out = home.path().join("keys.bundle");
    let (code, stdout, stderr) = run(
        home.path(),
        &[
            os("--workspace"),
            ws.as_os_str(),
            os("export"),
            os("--out"),
            out.as_os_str(),
            os("--recipient"),
            os(&first_public),
            os("--recipient"),
            os(&second_public),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("(sealed to 2 keys)"), "{stdout}");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> X25519 "));

    for identity in [&first, &second] {
        let target = tempfile::tempdir().unwrap();
        let key = target.path().join("key.txt");
        std::fs::write(&key, identity).unwrap();
        let ws = target.path().join("ws");
        let (code, stdout, stderr) = run(
            target.path(),
            &[
                os("--workspace"),
                ws.as_os_str(),
                os("import"),
                out.as_os_str(),
                os("--identity"),
                key.as_os_str(),
            ],
        );
        assert_eq!(code, Some(0), "{stderr}");
        assert!(stdout.contains("Added 5"), "{stdout}");
    }
    let said = refused_with(&bytes, true, Give::Identity(&stranger));
    assert!(
        said.contains("no identity in ") && said.contains("key.txt opens it"),
        "{said}"
    );
    let said = refused_with(&bytes, false, Give::Passphrase(PASS));
    assert!(
        said.contains("sealed to keys (age recipients), not with a passphrase"),
        "{said}"
    );
    let said = import_fails(&bytes, true, Give::Identity("# only a comment\n"));
    assert!(said.contains("key.txt holds no identity"), "{said}");
    let said = import_fails(&bytes, true, Give::Identity("AGE-SECRET-KEY-1NOPE\n"));
    assert!(said.contains("line 1 of the identity file"), "{said}");
}

#[test]
fn a_sealed_bundle_that_does_not_open_is_refused_with_nothing_written() {
    let bytes = sealed(plain_bundle());
    let said = refused_with(
        &bytes,
        true,
        Give::Passphrase("Correct horse battery staple"),
    );
    assert!(
        said.contains("the passphrase given does not open it"),
        "{said}"
    );
    refused_with(&bytes, false, Give::Passphrase("wrong"));
    for give in [Give::Nothing, Give::Plain] {
        let said = refused_with(&bytes, true, give);
        assert!(
            said.contains("it is sealed (encrypted), and no passphrase or identity was given")
                && said.contains("(give --passphrase-file FILE or --identity FILE)."),
            "{said}"
        );
    }
    let (stranger, _) = key_pair();
    let said = refused_with(&bytes, true, Give::Identity(&stranger));
    assert!(
        said.contains("sealed with a passphrase, not to keys"),
        "{said}"
    );
    let said = import_fails(&bytes, true, Give::MissingPassphraseFile);
    assert!(
        said.contains("the passphrase file ")
            && said.contains(
                "no-such-pass.txt cannot be read: there is no file named no-such-pass.txt"
            ),
        "{said}"
    );
    let said = import_fails(&bytes, false, Give::Passphrase("\n"));
    assert!(said.contains("an empty passphrase is refused"), "{said}");
}

#[test]
fn a_damaged_or_truncated_sealed_bundle_is_refused_with_nothing_written() {
    let bytes = sealed(plain_bundle());
    let n = bytes.len();
    let header = bytes.windows(4).position(|w| w == b"--- ").unwrap() + 48;
    assert_eq!(
        bytes[header - 1],
        b'\n',
        "the header ends with its MAC line"
    );
    let damaged = |bytes: &[u8], existing: bool| {
        let said = refused_with(bytes, existing, Give::Passphrase(PASS));
        assert!(
            said.contains("it is sealed but damaged or truncated"),
            "{said}"
        );
        said
    };
    for cut in [5, 30, header - 1, header, header + 10, n / 2, n - 17, n - 1] {
        damaged(&bytes[..cut], cut == n / 2);
    }
    let mut flipped = bytes.clone();
    flipped[n / 2] ^= 1;
    assert!(damaged(&flipped, true).contains("damaged or changed"));
    let mut mac = bytes.clone();
    mac[header - 10] = if mac[header - 10] == b'A' { b'B' } else { b'A' };
    assert!(damaged(&mac, true).contains("fails its check"));
    let mut longer = bytes.clone();
    longer.extend_from_slice(b"more");
    damaged(&longer, true);
    let newer = String::from_utf8_lossy(&bytes[..header]).replace("/v1\n", "/v2\n");
    let said = refused_with(newer.as_bytes(), true, Give::Passphrase(PASS));
    assert!(said.contains("newer age format"), "{said}");
    let armored = b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24=\n";
    assert!(refused_with(armored, true, Give::Passphrase(PASS)).contains("armored"));
}

#[test]
fn a_plain_bundle_is_refused_where_a_sealed_one_is_required() {
    let plain = plain_bundle();
    for give in [Give::Nothing, Give::Passphrase(PASS)] {
        let said = refused_with(&plain, true, give);
        assert!(
            said.contains("it is plain (not encrypted), and a sealed bundle was required")
                && said.contains("(take a plain bundle with --plain)."),
            "{said}"
        );
    }
    let said = refused_with(b"PK\x03\x04 a zip file", true, Give::Passphrase(PASS));
    assert!(said.contains("not a teacher-eval bundle"), "{said}");

    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plain.bundle");
    std::fs::write(&file, &plain).unwrap();
    let ws = home.path().join("ws");
    let (code, stdout, stderr) = run(
        home.path(),
        &[
            os("--workspace"),
            ws.as_os_str(),
            os("import"),
            file.as_os_str(),
            os("--plain"),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Added 5"), "{stdout}");
}

#[test]
fn every_check_of_the_plain_bundle_runs_inside_a_sealed_one() {
    let plain = plain_bundle();
    let mut flipped = plain.clone();
    let at = plain.len() / 2;
    flipped[at] = if flipped[at] == b'a' { b'b' } else { b'a' };
    let record = encode(&educator(E1, "Ann", "North")).unwrap();
    let climbing = bundle_of(&[("../x", record.as_bytes())]);
    let garbage = bundle_of(&[("educators/edu-000000000002.ron", b"Educator(garbage")]);
    let newer = String::from_utf8(plain.clone())
        .unwrap()
        .replacen("bundle 1", "bundle 2", 1);
    for (inside, says) in [
        (flipped, "fails its checksum"),
        (climbing, "climbs out of the workspace"),
        (garbage, "is not a readable educator record"),
        (newer.into_bytes(), "newer teacher-eval"),
        (plain[..plain.len() - 1].to_vec(), "truncated"),
        (b"not a bundle at all".to_vec(), "not a teacher-eval bundle"),
    ] {
        let said = refused_with(&sealed(inside), true, Give::Passphrase(PASS));
        assert!(said.contains(says), "{says}: {said}");
    }
}

#[test]
fn summary_reads_sealed_bundles_by_the_rules_import_follows() {
    let home = tempfile::tempdir().unwrap();
    let sealed_file = home.path().join("sealed.bundle");
    std::fs::write(&sealed_file, sealed(plain_bundle())).unwrap();
    let plain_file = home.path().join("plain.bundle");
    std::fs::write(&plain_file, plain_bundle()).unwrap();
    let pass = home.path().join("pass.txt");
    std::fs::write(&pass, PASS).unwrap();
    let wrong = home.path().join("wrong.txt");
    std::fs::write(&wrong, "wrong\n").unwrap();
    let summary = |bundle: &Path, extra: &[&std::ffi::OsStr]| {
        let mut args = vec![
            os("summary"),
            os("--year"),
            os("2026-27"),
            os("--bundle"),
            bundle.as_os_str(),
        ];
        args.extend_from_slice(extra);
        run(home.path(), &args)
    };
    let (code, stdout, stderr) =
        summary(&sealed_file, &[os("--passphrase-file"), pass.as_os_str()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains(": 2 educators at 2 schools"), "{stdout}");
    let (code, stdout, _) = summary(&plain_file, &[os("--plain")]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains(": 2 educators at 2 schools"), "{stdout}");

    for (bundle, extra, says) in [
        (&sealed_file, vec![], "it is sealed (encrypted)"),
        (
            &sealed_file,
            vec![os("--plain")],
            "it is sealed (encrypted)",
        ),
        (
            &sealed_file,
            vec![os("--passphrase-file"), wrong.as_os_str()],
            "the passphrase given does not open it",
        ),
        (&plain_file, vec![], "it is plain (not encrypted)"),
        (
            &plain_file,
            vec![os("--passphrase-file"), pass.as_os_str()],
            "it is plain (not encrypted)",
        ),
    ] {
        let (code, stdout, stderr) = summary(bundle, &extra);
        assert_eq!(code, Some(1), "{stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains(&format!("{} is refused: {says}", bundle.display())),
            "{stderr}"
        );
        assert!(stderr.contains("nothing to summarise"), "{stderr}");
    }
    let missing = home.path().join("no-such-pass.txt");
    let (code, _, stderr) = summary(
        &sealed_file,
        &[os("--passphrase-file"), missing.as_os_str()],
    );
    assert_eq!(code, Some(1));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("no-such-pass.txt cannot be read: there is no file named no-such-pass.txt"),
        "{stderr}"
    );
}
