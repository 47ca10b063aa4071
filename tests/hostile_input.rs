//! Hostile and odd input: links, folders and pipes where records should be,
//! huge files, odd text, far dates, random bytes. Each case gets a message,
//! nothing panics, and what was saved stays as it was.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    Educator, GrowthPlan, Measure, MeasurePlan, Observation, RECORD_SCHEMA, Summative,
};
use teacher_eval::report::{
    Paper, ReportOptions, growth_plan_report, observation_report, summative_report,
};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::{Profiles, blank_plan, new_summative, school_year_of, score};
use teacher_eval::workspace::{Record, Workspace, WorkspaceError, decode, encode};

/// A workspace holding one good educator, and that educator.
fn workspace_with_one() -> (tempfile::TempDir, Workspace, Educator) {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let good = sample_educator("edu-000000000001", "Amina Haddad");
    ws.create(&good).expect("save");
    (dir, ws, good)
}

/// The same, written without opening it (so no lock is taken and released:
/// a child process forked meanwhile by another test would hold it a moment).
fn folder_with_one() -> (tempfile::TempDir, Educator) {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = sample_educator("edu-000000000001", "Amina Haddad");
    for folder in ["educators", "observations", "evaluations", "growth-plans"] {
        fs::create_dir(dir.path().join(folder)).expect("folder");
    }
    let path = dir.path().join("educators/edu-000000000001.ron");
    fs::write(path, encode(&good).expect("encode")).expect("write");
    (dir, good)
}

/// Runs `f` on another thread and fails if it does not finish in time.
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit).expect("finished in time (not hung)")
}

#[cfg(unix)]
#[test]
fn a_link_to_a_record_outside_is_neither_read_nor_written_through() {
    let (dir, ws, good) = workspace_with_one();
    let outside = tempfile::tempdir().expect("outside");
    let target = outside.path().join("edu-000000000002.ron");
    let stranger = sample_educator("edu-000000000002", "Outside The Workspace");
    fs::write(&target, encode(&stranger).expect("encode")).expect("write");
    let before = fs::read(&target).expect("read");
    std::os::unix::fs::symlink(&target, dir.path().join("educators/edu-000000000002.ron"))
        .expect("symlink");

    let err = ws
        .read::<Educator>(&stranger.id)
        .expect_err("links are not followed");
    assert!(err.to_string().contains("a link"), "{err}");
    let err = ws.save(&stranger).expect_err("never written through");
    assert!(matches!(err, WorkspaceError::Protected { .. }), "{err}");
    let contents = ws.load();
    assert_eq!(contents.educators, vec![good]);
    assert_eq!(contents.set_aside.len(), 1);
    assert_eq!(
        fs::read(&target).expect("read"),
        before,
        "the outside file is unchanged"
    );
}

#[test]
fn a_folder_in_place_of_a_record_is_reported_and_kept() {
    let (dir, ws, good) = workspace_with_one();
    let folder = dir.path().join("educators/edu-000000000003.ron");
    fs::create_dir(&folder).expect("dir");
    fs::write(folder.join("inside.txt"), b"kept").expect("write");
    let contents = ws.load();
    assert_eq!(contents.educators, vec![good.clone()]);
    assert!(contents.set_aside[0].message.contains("a folder"));
    let err = ws
        .read::<Educator>("edu-000000000003")
        .expect_err("a folder");
    assert!(err.to_string().contains("a folder"), "{err}");
    let mut clash = good.clone();
    clash.id = "edu-000000000003".into();
    assert!(matches!(
        ws.save(&clash),
        Err(WorkspaceError::Protected { .. })
    ));
    assert_eq!(fs::read(folder.join("inside.txt")).expect("read"), b"kept");
}

#[cfg(unix)]
#[test]
fn a_pipe_in_place_of_a_record_does_not_hang_anything() {
    let (dir, ws, good) = workspace_with_one();
    let pipe = dir.path().join("educators/edu-000000000004.ron");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available here");
        return;
    }
    let ws = std::sync::Arc::new(ws);
    let reader = ws.clone();
    let err = within(Duration::from_secs(5), move || {
        reader.read::<Educator>("edu-000000000004").map(|_| ())
    })
    .expect_err("a pipe is not a record");
    assert!(err.to_string().contains("not a regular file"), "{err}");
    let loader = ws.clone();
    let contents = within(Duration::from_secs(5), move || loader.load());
    assert_eq!(contents.educators, vec![good]);
    assert_eq!(contents.set_aside.len(), 1);
}

#[test]
fn a_100_mb_record_file_is_refused_without_being_read() {
    let (dir, ws, good) = workspace_with_one();
    let huge = dir.path().join("observations/obs-000000000005.ron");
    fs::File::create(&huge)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("sparse 100 MB file");
    let ((contents, err, save), read) = common::work::reading(|| {
        let contents = ws.load();
        let err = ws
            .read::<Observation>("obs-000000000005")
            .expect_err("too large");
        let save = ws.save(&sample_observation("obs-000000000005", &good.id));
        (contents, err, save)
    });
    common::work::assert_read_less_than_a_quarter_of(read, 100 * 1024 * 1024);
    assert_eq!(contents.educators, vec![good]);
    assert!(
        contents.set_aside[0]
            .message
            .contains("104857600 bytes, more than")
    );
    assert!(
        err.to_string().contains("104857600 bytes, more than"),
        "{err}"
    );
    assert!(
        matches!(save, Err(WorkspaceError::Protected { .. })),
        "{save:?}"
    );
    assert_eq!(fs::metadata(&huge).expect("stat").len(), 100 * 1024 * 1024);
}

#[test]
fn a_100_mb_rubric_in_the_rubric_folder_is_reported_and_the_others_load() {
    let folder = tempfile::tempdir().expect("tempdir");
    fs::File::create(folder.path().join("huge.ron"))
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("sparse file");
    let (catalog, read) = common::work::reading(|| Catalog::load(&[folder.path().to_path_buf()]));
    common::work::assert_read_less_than_a_quarter_of(read, 100 * 1024 * 1024);
    assert!(catalog.get("danielson-2013").is_some());
    let shown: Vec<String> = catalog.errors.iter().map(ToString::to_string).collect();
    assert!(
        shown
            .iter()
            .any(|e| e.contains("huge.ron") && e.contains("104857600 bytes")),
        "{shown:?}"
    );
}

/// Text a principal might paste: controls, bidi marks, emoji, every script.
fn odd_text() -> String {
    "Zoë \u{0}\u{7}\u{1b}[31m\u{8} tab\tand\r\nnewline; \u{202e}evil\u{202c} \u{200f}مرحبا بالعالم \
     שלום 👩🏽‍🏫🍎 e\u{301} 漢字 \u{feff}\u{fffd}\u{10fffd}"
        .to_string()
}

#[test]
fn odd_and_enormous_text_round_trips_and_prints() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let mut educator = sample_educator("edu-000000000001", &odd_text());
    educator.school = odd_text();
    let mut observation = sample_observation("obs-000000000001", &educator.id);
    observation.evidence[0].text = format!("{} {}", odd_text(), "word ".repeat(20_000));
    observation.evidence[1].text = "x".repeat(100_000);
    observation.post_conference = odd_text().repeat(1_000);
    ws.create(&educator).expect("save");
    ws.create(&observation).expect("save");
    let contents = Workspace::open(dir.path()).expect("reopen").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.educators, vec![educator.clone()]);
    assert_eq!(contents.observations, vec![observation.clone()]);
    assert!(odd_text().contains('\u{0}'));

    let catalog = Catalog::load(&[]);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let options = ReportOptions {
        paper: Paper::A4,
        omit_student_names: false,
        generated: at("2026-10-20T14:05:00-05:00"),
        artifacts_from: None,
    };
    let pdf = observation_report(
        &observation,
        &educator,
        Some(rubric),
        &teacher_eval::rubric::VisitKind::unlisted(observation.kind),
        &options,
    )
    .expect("report");
    assert!(
        pdf.pages > 10,
        "100,000 characters flow over pages: {}",
        pdf.pages
    );
    assert!(
        pdf.warnings
            .iter()
            .any(|w| w.contains("printed as ?") && w.contains("U+10FFFD")),
        "unprintable characters are reported: {:?}",
        pdf.warnings
    );
    // Arabic and Hebrew print (bundled fonts), so they are not among them.
    assert!(
        !pdf.warnings
            .iter()
            .any(|w| w.contains("U+0645") || w.contains("U+05E9")),
        "{:?}",
        pdf.warnings
    );
    let text = pdf_text(&pdf.bytes);
    assert!(
        text.contains("مرحبا بالعالم") && text.contains("שלום"),
        "in typed order"
    );
    assert!(text.contains("Zoë"), "text intact");
    assert!(!text.contains('\u{1b}'), "control characters are removed");
    assert_documents_print(&educator, &[observation], &options);
}

fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf reads it");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

/// The summative and growth plan documents print for these records.
fn assert_documents_print(
    educator: &Educator,
    observations: &[Observation],
    options: &ReportOptions,
) {
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let year = school_year_of(observations[0].started_at.date_naive());
    let mut summative = new_summative(educator, &year, "equal-weights");
    summative.comments = odd_text();
    let scored =
        score(&summative, educator, observations, &[], &catalog, &profiles).expect("scored");
    let pdf = summative_report(&summative, educator, "", &scored, options).expect("summative");
    lopdf::Document::load_mem(&pdf.bytes).expect("summative loads");
    // The state's form, with odd measures: scores no source gives, odd text.
    let mut summative = new_summative(educator, &year, "pennsylvania-13-1");
    summative.comments = odd_text();
    let measures = odd_measures(educator, &year);
    let scored = score(
        &summative,
        educator,
        observations,
        &measures,
        &catalog,
        &profiles,
    )
    .expect("scored");
    let pdf =
        summative_report(&summative, educator, &odd_text(), &scored, options).expect("the form");
    lopdf::Document::load_mem(&pdf.bytes).expect("the form loads");
    let plan = blank_plan(educator, &year);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let pdf = growth_plan_report(&plan, educator, Some(rubric), options).expect("plan");
    lopdf::Document::load_mem(&pdf.bytes).expect("plan loads");
}

/// Measures of every kind the profiles name, and one they do not, with
/// scores out of range, not a number, infinite, or pending, and odd text.
fn odd_measures(educator: &Educator, year: &str) -> Vec<Measure> {
    let scores = [f64::NAN, f64::INFINITY, -1e308, 1e308, 0.785];
    [
        "building",
        "teacher-specific",
        "lea",
        "sgo",
        "msgp",
        "no-such",
    ]
    .iter()
    .enumerate()
    .flat_map(|(i, kind)| {
        [Some(scores[i % scores.len()]), None].map(|score| Measure {
            schema: RECORD_SCHEMA,
            id: format!("msr-00000000000{i}"),
            educator_id: educator.id.clone(),
            school_year: year.to_string(),
            measure: (*kind).to_string(),
            title: format!("{} {}", odd_text(), "long ".repeat(500)),
            score,
            source: odd_text(),
            date: chrono::NaiveDate::from_ymd_opt(9999, 12, 31),
            plan: MeasurePlan::default(),
            created: at("2027-06-01T09:00:00-05:00"),
            changed: at("2027-06-01T09:00:00-05:00"),
        })
    })
    .collect()
}

#[test]
fn dates_in_year_1_and_year_9999_round_trip_score_and_print() {
    for when in ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let ws = Workspace::open(dir.path()).expect("open");
        let mut educator = sample_educator("edu-000000000001", "Far Date");
        educator.created = at(when);
        let mut observation = sample_observation("obs-000000000001", &educator.id);
        observation.started_at = at(when);
        observation.duration_secs = u64::MAX / 2;
        for note in &mut observation.evidence {
            note.at = at(when);
            note.offset_secs = u64::MAX;
        }
        ws.create(&educator).expect("save");
        ws.create(&observation).expect("save");
        let contents = ws.load();
        assert!(
            contents.set_aside.is_empty(),
            "{when}: {:?}",
            contents.set_aside
        );
        assert_eq!(contents.observations, vec![observation.clone()]);
        let options = ReportOptions {
            paper: Paper::Letter,
            omit_student_names: false,
            generated: at(when),
            artifacts_from: None,
        };
        let catalog = Catalog::load(&[]);
        let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
        observation_report(
            &observation,
            &educator,
            Some(rubric),
            &teacher_eval::rubric::VisitKind::unlisted(observation.kind),
            &options,
        )
        .expect("report");
        assert_documents_print(&educator, &[observation], &options);
    }
}

/// A valid file of each record type, with its id.
fn valid_files() -> Vec<(&'static str, String, String)> {
    let educator = sample_educator("edu-000000000001", "Ana Lucía Quispe");
    let observation = sample_observation("obs-000000000001", &educator.id);
    let summative = new_summative(&educator, "2026-27", "equal-weights");
    let plan = blank_plan(&educator, "2026-27");
    vec![
        (
            Educator::FOLDER,
            educator.id.clone(),
            encode(&educator).expect("e"),
        ),
        (
            Observation::FOLDER,
            observation.id.clone(),
            encode(&observation).expect("o"),
        ),
        (
            Summative::FOLDER,
            summative.id.clone(),
            encode(&summative).expect("s"),
        ),
        (
            GrowthPlan::FOLDER,
            plan.id.clone(),
            encode(&plan).expect("g"),
        ),
    ]
}

/// Whether bytes decode as the record type of `folder`; never panics.
fn decodes(
    folder: &str,
    bytes: &[u8],
    id: &str,
) -> Result<(), Option<teacher_eval::files::ron_text::Position>> {
    match folder {
        "educators" => decode::<Educator>(bytes, id)
            .map(|_| ())
            .map_err(|x| x.position),
        "observations" => decode::<Observation>(bytes, id)
            .map(|_| ())
            .map_err(|x| x.position),
        "evaluations" => decode::<Summative>(bytes, id)
            .map(|_| ())
            .map_err(|x| x.position),
        _ => decode::<GrowthPlan>(bytes, id)
            .map(|_| ())
            .map_err(|x| x.position),
    }
}

#[test]
#[allow(
    clippy::cast_possible_truncation,
    reason = "keeps the low bits of random numbers: a byte, a position"
)]
fn every_truncation_and_random_damage_of_every_record_type_is_set_aside_with_a_position() {
    let mut seed = 0x1234_5678_9abc_def0_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut cases = 0;
    for (folder, id, text) in valid_files() {
        let bytes = text.as_bytes();
        assert!(
            decodes(folder, bytes, &id).is_ok(),
            "{folder} sample is valid"
        );
        // Every prefix shorter than the whole record.
        for cut in 0..bytes.len().saturating_sub(2) {
            let err = decodes(folder, &bytes[..cut], &id).expect_err("a truncated record");
            assert!(
                cut == 0 || err.is_some(),
                "{folder} cut at {cut}: no position"
            );
            cases += 1;
        }
        // Random bytes overwritten, inserted, or a whole random file.
        for round in 0..2_000 {
            let mut damaged = bytes.to_vec();
            for _ in 0..=(next() % 8) {
                let at = (next() as usize) % damaged.len();
                match next() % 3 {
                    0 => damaged[at] = next() as u8,
                    1 => damaged.insert(at, next() as u8),
                    _ => drop(damaged.remove(at)),
                }
            }
            if round % 100 == 0 {
                damaged = (0..next() % 4096).map(|_| next() as u8).collect();
            }
            let _ = decodes(folder, &damaged, &id);
            cases += 1;
        }
    }
    assert!(cases > 8_000);

    // Through the workspace: a damaged file beside good ones is set aside with
    // a position, kept byte for byte, and the good records still load.
    let (dir, ws, good) = workspace_with_one();
    for (folder, id, text) in valid_files().into_iter().skip(1) {
        let damaged = &text.as_bytes()[..text.len() / 2];
        let path = dir.path().join(folder).join(format!("{id}.ron"));
        fs::write(&path, damaged).expect("write");
    }
    let contents = ws.load();
    assert_eq!(contents.educators, vec![good]);
    assert_eq!(contents.set_aside.len(), 3, "{:?}", contents.set_aside);
    assert!(contents.set_aside.iter().all(|s| s.position.is_some()));
}

#[test]
fn the_command_line_refuses_changes_while_another_program_holds_the_workspace() {
    let home = tempfile::tempdir().expect("home");
    let root = home.path().join("ws");
    let holder = Workspace::open(&root).expect("the first program");
    holder
        .create(&sample_educator("edu-000000000001", "Held"))
        .expect("save");
    let cli = |args: &[&str]| {
        common::binary::command(home.path())
            .arg("--workspace")
            .arg(&root)
            .args(args)
            .output()
            .expect("run")
    };
    let add = cli(&[
        "educator", "add", "--name", "Second", "--school", "S", "--role", "teacher", "--level",
        "high",
    ]);
    assert_eq!(add.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&add.stderr);
    assert!(
        stderr.contains("open in another teacher-eval (process"),
        "{stderr}"
    );
    let list = cli(&["educator", "list"]);
    assert!(list.status.success(), "reading still works");
    assert!(String::from_utf8_lossy(&list.stdout).contains("Held"));
    assert_eq!(holder.load().educators.len(), 1, "nothing was added");
    drop(holder);
    let add = cli(&[
        "educator", "add", "--name", "Second", "--school", "S", "--role", "teacher", "--level",
        "high",
    ]);
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
}

#[cfg(unix)]
#[test]
fn a_100_mb_roster_is_refused_unread_by_the_command_line() {
    let home = tempfile::tempdir().expect("home");
    let roster = home.path().join("roster.csv");
    fs::File::create(&roster)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("sparse file");
    let mut cmd = common::binary::process(home.path());
    cmd.arg("--workspace")
        .arg(home.path().join("ws"))
        .args(["roster", "import"])
        .arg(&roster);
    let (out, peak_kb) = common::work::output_and_peak_memory(cmd);
    // Reading the roster would take 100 MB; the program itself needs far less.
    assert!(peak_kb < 60 * 1024, "peak memory {peak_kb} KB");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("104857600 bytes, more than"), "{stderr}");
    assert!(
        !Path::new(&home.path().join("ws/educators"))
            .read_dir()
            .is_ok_and(|mut d| d.next().is_some())
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_given_as_a_roster_is_refused_without_hanging() {
    let home = tempfile::tempdir().expect("home");
    let roster = home.path().join("roster.csv");
    let made = std::process::Command::new("mkfifo").arg(&roster).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available here");
        return;
    }
    let out = common::binary::command(home.path())
        .arg("--workspace")
        .arg(home.path().join("ws"))
        .args(["roster", "import"])
        .arg(&roster)
        .timeout(Duration::from_secs(10))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "refused, not hung or killed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_record_folder_that_links_outside_is_not_read_or_written_through() {
    let (dir, good) = folder_with_one();
    let outside = tempfile::tempdir().expect("outside");
    let stranger = sample_observation("obs-000000000001", &good.id);
    fs::write(
        outside.path().join("obs-000000000001.ron"),
        encode(&stranger).expect("encode"),
    )
    .expect("write");
    fs::remove_dir(dir.path().join("observations")).expect("rmdir");
    std::os::unix::fs::symlink(outside.path(), dir.path().join("observations")).expect("link");

    let ws = Workspace::open(dir.path()).expect("still opens");
    let reason = ws.read_only_reason().expect("read-only").to_string();
    assert!(reason.contains("observations is a link"), "{reason}");
    let contents = ws.load();
    assert_eq!(contents.educators, vec![good.clone()], "the rest loads");
    assert!(
        contents.observations.is_empty(),
        "nothing is read through the link"
    );
    assert!(
        contents.set_aside[0]
            .message
            .contains("a link to another folder")
    );
    let mut changed = stranger.clone();
    changed.observer = "Someone Else".into();
    assert!(ws.save(&changed).is_err());
    let on_disk = fs::read_to_string(outside.path().join("obs-000000000001.ron")).expect("read");
    assert_eq!(
        on_disk,
        encode(&stranger).expect("encode"),
        "never written through"
    );
}

#[test]
fn a_file_in_place_of_a_record_folder_opens_read_only_and_loads_the_rest() {
    let (dir, good) = folder_with_one();
    fs::remove_dir(dir.path().join("evaluations")).expect("rmdir");
    fs::write(dir.path().join("evaluations"), b"not a folder").expect("file");
    let ws = Workspace::open(dir.path()).expect("opens instead of failing");
    let reason = ws.read_only_reason().expect("read-only").to_string();
    assert!(
        reason.contains("evaluations is a file, not a folder"),
        "{reason}"
    );
    assert_eq!(ws.load().educators, vec![good.clone()]);
    let err = ws.save(&good).expect_err("read-only");
    assert!(err.to_string().contains("move it aside"), "{err}");
    assert_eq!(
        fs::read(dir.path().join("evaluations")).expect("read"),
        b"not a folder"
    );
}
