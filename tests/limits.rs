//! Every size, count and depth limit the program enforces, tested at its
//! edge: just over is refused with a sentence naming the limit, and nothing
//! overflows the stack. (docs/reliability.md, Limits, lists them.)

mod common;

use std::fmt::Write as _;

use common::{at, sample_educator};
use teacher_eval::record::roster::{MAX_ROSTER_BYTES, Mapping, read_roster};
use teacher_eval::record::{Educator, is_valid_id};
use teacher_eval::rubric::{Catalog, MAX_RUBRIC_BYTES, parse_rubric};
use teacher_eval::scoring::parse_profile;
use teacher_eval::workspace::bundle::{
    HEADER, MAX_BUNDLE_BYTES, MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_PATH_BYTES, parse_bundle,
    read_bundle,
};
use teacher_eval::workspace::{MAX_RECORD_BYTES, Workspace, decode, encode};

/// A valid file padded with a trailing comment to exactly `len` bytes.
fn padded(text: &str, len: usize) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n//");
    bytes.resize(len, b'x');
    bytes
}

#[test]
fn a_record_file_may_have_16_mb_and_not_a_byte_more() {
    let e = sample_educator("edu-000000000001", "Limit");
    let text = encode(&e).expect("encode");
    let at_limit = padded(&text, MAX_RECORD_BYTES);
    assert_eq!(
        decode::<Educator>(&at_limit, &e.id).expect("16 MB is allowed"),
        e
    );
    let over = padded(&text, MAX_RECORD_BYTES + 1);
    let err = decode::<Educator>(&over, &e.id).expect_err("one byte more is not");
    assert!(
        err.message
            .contains("more than the 16777216 bytes a record may have")
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    std::fs::write(ws.path_of::<Educator>(&e.id), &over).expect("write");
    let contents = ws.load();
    assert!(
        contents.set_aside[0]
            .message
            .contains("16777217 bytes, more than")
    );
}

#[test]
fn nesting_is_refused_without_overflowing_the_stack() {
    let deep = |head: &str| {
        let mut s = head.to_string();
        s.push_str(&"[".repeat(100_000));
        s.into_bytes()
    };
    let record = decode::<Educator>(
        &deep("Educator(schema: 1, id: \"edu-000000000001\", name: "),
        "x",
    );
    assert!(record.is_err());
    // No field nests this deep: the type, an unknown field or the depth limit
    // stops the parser, which never recurses far enough to overflow the stack.
    for head in [
        "Educator(extra: ",
        "Educator(qualifications: (certifications: ",
        "(",
    ] {
        assert!(decode::<Educator>(&deep(head), "x").is_err(), "{head}");
    }
    assert!(parse_rubric("deep.ron", &deep("Rubric(levels: ")).is_err());
    assert!(parse_profile("deep.ron", &deep("ScoringProfile(scale: ByRank(")).is_err());
}

#[test]
fn a_rubric_file_may_have_4_mb() {
    let err = parse_rubric("big.ron", &vec![b' '; MAX_RUBRIC_BYTES + 1]).expect_err("too big");
    assert!(
        err[0]
            .to_string()
            .contains("4194305 bytes, more than the 4194304 bytes a rubric may have"),
        "{}",
        err[0]
    );
    // At the limit the file is parsed (and here found empty), not refused for its size.
    let err = parse_rubric("big.ron", &vec![b' '; MAX_RUBRIC_BYTES]).expect_err("empty");
    assert!(!err[0].to_string().contains("more than"), "{}", err[0]);
}

#[test]
fn a_scoring_profile_may_have_256_kb() {
    let err = parse_profile("big.ron", &vec![b' '; 256 * 1024 + 1]).expect_err("too big");
    assert!(
        err.to_string()
            .contains("262145 bytes, more than a scoring profile may have"),
        "{err}"
    );
    let err = parse_profile("big.ron", &vec![b' '; 256 * 1024]).expect_err("empty");
    assert!(!err.to_string().contains("more than"), "{err}");
}

#[test]
fn a_roster_may_have_16_mb() {
    let catalog = Catalog::load(&[]);
    let now = at("2026-10-14T10:00:00-05:00");
    let header = "name,school,role,level\n";
    let row = "Ana Lucía Quispe,Lincoln Elementary,teacher,elementary\n";
    // Rows, then blank lines (which a roster may have) up to the limit.
    let mut csv = format!("{header}{}", row.repeat(1_000));
    csv.push_str(&"\n".repeat(MAX_ROSTER_BYTES - csv.len()));
    assert_eq!(csv.len(), MAX_ROSTER_BYTES);
    let mapping = Mapping::default();
    let roster = read_roster(csv.as_bytes(), &catalog, &mapping, now).expect("16 MB imports");
    assert_eq!(roster.entries.len(), 1_000);
    let over = padded(&csv, MAX_ROSTER_BYTES + 1);
    let err = read_roster(&over, &catalog, &mapping, now)
        .map(|_| ())
        .expect_err("too big");
    assert!(
        err.contains("16777217 bytes, more than the 16777216 bytes allowed"),
        "{err}"
    );
}

#[test]
fn a_measures_csv_may_have_16_mb_and_its_texts_300_characters() {
    use teacher_eval::record::measure_csv::{
        MAX_MEASURE_CSV_BYTES, MAX_MEASURE_TEXT, limited, parse_measure_csv,
    };
    let header = "educator_id,measure,score\n";
    let row = "edu-00000000000a,building,2.5\n";
    let mut csv = format!("{header}{}", row.repeat(1_000));
    csv.push_str(&"\n".repeat(MAX_MEASURE_CSV_BYTES - csv.len()));
    assert_eq!(csv.len(), MAX_MEASURE_CSV_BYTES);
    let read = parse_measure_csv(csv.as_bytes()).expect("16 MB reads");
    assert_eq!(read.rows.len(), 1_000);
    csv.push('\n');
    let err = parse_measure_csv(csv.as_bytes())
        .map(|_| ())
        .expect_err("too big");
    assert!(
        err.contains("16777217 bytes, more than the 16777216 bytes allowed"),
        "{err}"
    );
    let title = "é".repeat(MAX_MEASURE_TEXT);
    assert_eq!(limited("title", &title).as_deref(), Ok(title.as_str()));
    let err = limited("title", &format!("{title}x")).expect_err("too long");
    assert!(
        err.contains("301 characters long, more than the 300 allowed"),
        "{err}"
    );
}

#[test]
fn a_districts_name_may_have_200_characters() {
    use teacher_eval::workspace::{MAX_DISTRICT_CHARS, Settings};
    let mut settings = Settings::default();
    let name = "ø".repeat(MAX_DISTRICT_CHARS);
    settings.set_district(&name).expect("200 characters");
    assert_eq!(settings.district.as_deref(), Some(name.as_str()));
    let err = settings
        .set_district(&format!("{name}x"))
        .expect_err("201 characters");
    assert!(err.contains("more than the 200 allowed"), "{err}");
    assert_eq!(
        settings.district.as_deref(),
        Some(name.as_str()),
        "unchanged"
    );
}

#[test]
fn ids_have_at_most_64_characters() {
    assert!(is_valid_id(&format!("edu-{}", "a".repeat(60))));
    assert!(!is_valid_id(&format!("edu-{}", "a".repeat(61))));
}

#[test]
fn the_demo_writes_at_most_100000_educators() {
    let home = tempfile::tempdir().expect("home");
    let out = common::binary::command(home.path())
        .arg("--workspace")
        .arg(home.path().join("ws"))
        .args(["demo", "--educators", "100001"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("between 1 and 100000"), "{stderr}");
}

#[test]
fn a_scoring_profile_rounds_to_at_most_4_places() {
    let profile = include_str!("../rubrics/scoring/equal-weights.ron");
    parse_profile(
        "p.ron",
        profile.replace("decimals: 2", "decimals: 4").as_bytes(),
    )
    .expect("4 places are allowed");
    let err = parse_profile(
        "p.ron",
        profile.replace("decimals: 2", "decimals: 5").as_bytes(),
    )
    .expect_err("5 are not");
    assert!(
        err.to_string().contains("at most 4 decimal places"),
        "{err}"
    );
}

/// A bundle of these entries with a correct checksum, so only the limits can be wrong.
fn bundle_of(entries: &[(String, Vec<u8>)], claimed_length: Option<usize>) -> Vec<u8> {
    use sha2::Digest;
    let mut body = format!("{HEADER}\n").into_bytes();
    for (path, bytes) in entries {
        let length = claimed_length.unwrap_or(bytes.len());
        body.extend_from_slice(format!("{path}\n{length}\n").as_bytes());
        body.extend_from_slice(bytes);
        body.push(b'\n');
    }
    body.extend_from_slice(format!("end {}\n", entries.len()).as_bytes());
    let digest: String = sha2::Sha256::digest(&body)
        .iter()
        .fold(String::new(), |mut hex, b| {
            // Writing to a `String` cannot fail.
            let _ = write!(hex, "{b:02x}");
            hex
        });
    body.extend_from_slice(format!("sha256 {digest}\n").as_bytes());
    body
}

#[test]
fn a_bundle_has_at_most_500000_entries_of_16_mb_with_200_byte_paths() {
    let entry = |n: usize| (format!("educators/edu-{n:012x}.ron"), Vec::new());
    let many: Vec<(String, Vec<u8>)> = (0..=MAX_ENTRIES).map(entry).collect();
    let err = parse_bundle(&bundle_of(&many, None))
        .map(|_| ())
        .expect_err("too many");
    assert!(
        err.to_string().contains("more than 500000 entries"),
        "{err}"
    );

    let huge = bundle_of(&[entry(1)], Some(MAX_ENTRY_BYTES + 1));
    let err = parse_bundle(&huge).map(|_| ()).expect_err("too large");
    assert!(
        err.to_string().contains("16777217 bytes, more than"),
        "{err}"
    );

    let long_path = format!("educators/edu-{}.ron", "a".repeat(MAX_PATH_BYTES));
    let err = parse_bundle(&bundle_of(&[(long_path, Vec::new())], None))
        .map(|_| ())
        .expect_err("long path");
    // A line longer than a path may be is not read as one.
    assert!(
        err.to_string().contains("no `end` line after entry 0"),
        "{err}"
    );
}

#[test]
fn a_bundle_file_may_have_1_gb() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.bundle");
    std::fs::File::create(&path)
        .and_then(|f| f.set_len(MAX_BUNDLE_BYTES as u64 + 1))
        .expect("sparse file");
    let (err, read) =
        common::work::reading(|| read_bundle(&path).map(|_| ()).expect_err("too large"));
    common::work::assert_read_less_than_a_quarter_of(read, MAX_BUNDLE_BYTES as u64);
    assert!(
        err.to_string().contains("1073741825 bytes, more than"),
        "{err}"
    );
}

#[test]
fn a_sealed_bundle_file_may_have_1_gb_and_1_mb_for_age() {
    use teacher_eval::workspace::bundle::{
        MAX_SEALED_BYTES, Opening, Passphrase, Seal, open_bundle, seal_bytes,
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.bundle");
    let opening = Opening::Passphrase(Passphrase::new("pass").expect("not empty"));
    // Over the limit: refused from its size, before age reads a byte.
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_SEALED_BYTES as u64 + 1).expect("sparse");
    let (err, read) = common::work::reading(|| {
        open_bundle(&path, &opening)
            .map(|_| ())
            .expect_err("too large")
    });
    common::work::assert_read_less_than_a_quarter_of(read, MAX_SEALED_BYTES as u64);
    assert!(
        err.to_string()
            .contains("1074790401 bytes, more than the 1074790400 bytes a sealed bundle may have"),
        "{err}"
    );
    // At the limit, a sealed file is opened and read (this one's chunks after
    // the first are zeros, so the first check of a chunk refuses it).
    let quick = Passphrase::new("pass")
        .expect("not empty")
        .with_work_factor(4);
    let sealed = seal_bytes(vec![b'x'; 100_000], &Seal::Passphrase(quick.clone())).expect("sealed");
    std::fs::write(&path, &sealed).expect("write");
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|f| f.set_len(MAX_SEALED_BYTES as u64))
        .expect("sparse");
    let (err, read) = common::work::reading(|| {
        open_bundle(&path, &Opening::Passphrase(quick))
            .map(|_| ())
            .expect_err("damaged")
    });
    common::work::assert_read_less_than_a_quarter_of(read, MAX_SEALED_BYTES as u64);
    assert!(
        err.to_string()
            .contains("sealed but damaged or truncated (its encrypted contents were damaged"),
        "{err}"
    );
}

#[test]
fn workspace_settings_and_preferences_may_have_64_kb() {
    use teacher_eval::files::preferences::{self, MAX_PREFERENCES_BYTES};
    use teacher_eval::workspace::{MAX_SETTINGS_BYTES, SETTINGS_FILE};
    let dir = tempfile::tempdir().expect("tempdir");

    let root = dir.path().join("ws");
    let settings = "(scoring_profile: Some(\"pennsylvania-82-1\"))";
    let ws = Workspace::open(&root).expect("open");
    std::fs::write(
        root.join(SETTINGS_FILE),
        padded(settings, MAX_SETTINGS_BYTES),
    )
    .expect("write");
    let contents = ws.load();
    assert_eq!(contents.settings.scoring_profile(), "pennsylvania-82-1");
    assert!(contents.set_aside.is_empty());
    std::fs::write(
        root.join(SETTINGS_FILE),
        padded(settings, MAX_SETTINGS_BYTES + 1),
    )
    .expect("write");
    let contents = ws.load();
    assert_eq!(contents.settings.scoring_profile(), "equal-weights");
    let file = contents
        .set_aside
        .iter()
        .find(|f| f.path.ends_with(SETTINGS_FILE))
        .expect("set aside");
    assert!(
        file.message
            .contains("65537 bytes, more than the 65536 bytes allowed"),
        "{}",
        file.message
    );

    let path = dir.path().join("preferences.ron");
    std::fs::write(&path, padded("(appearance: Dark)", MAX_PREFERENCES_BYTES)).expect("write");
    assert!(preferences::load(&path).expect("reads").is_some());
    std::fs::write(
        &path,
        padded("(appearance: Dark)", MAX_PREFERENCES_BYTES + 1),
    )
    .expect("write");
    let why = preferences::load(&path).expect_err("too big");
    assert!(
        why.contains("65537 bytes, more than the 65536 bytes allowed"),
        "{why}"
    );
}
