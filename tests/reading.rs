//! Reading only what a command needs: chosen kinds of record, observations
//! abridged (without their text), progress counted, and an abridged copy
//! refused by every save so the text it left out can never be lost.

mod common;

use common::{sample_educator, sample_observation, snapshot};
use teacher_eval::files::folders::IndexPlace;
use teacher_eval::record::Measure;
use teacher_eval::workspace::{Kind, Progress, Reading, Workspace, encode};

fn workspace_with_one_visit(root: &std::path::Path) -> Workspace {
    let workspace = Workspace::open(root).expect("open");
    workspace
        .create(&sample_educator("edu-000000000001", "Ana Lima"))
        .expect("educator");
    workspace
        .create(&sample_observation("obs-000000000001", "edu-000000000001"))
        .expect("observation");
    workspace
}

#[test]
fn an_abridged_reading_keeps_levels_and_counts_but_no_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_one_visit(dir.path());
    let whole = workspace.load();
    let progress = Progress::default();
    let counted = workspace.load_with(Reading::FOR_COUNTING, &progress);
    let (full, short) = (&whole.observations[0], &counted.observations[0]);
    assert!(!full.evidence.is_empty(), "the sample has evidence");
    assert!(short.evidence.is_empty());
    assert!(short.pre_conference.is_empty() && short.post_conference.is_empty());
    assert!(short.ratings.iter().all(|r| r.rationale.is_empty()));
    assert_eq!(short.note_count(), full.evidence.len());
    let levels = |o: &teacher_eval::record::Observation| {
        o.ratings
            .iter()
            .map(|r| (r.component.clone(), r.level))
            .collect::<Vec<_>>()
    };
    assert_eq!(levels(short), levels(full));
    assert_eq!(
        (short.started_at, short.changed),
        (full.started_at, full.changed)
    );
    assert_eq!(short.status, full.status);
    // Two record files and the settings file (missing: read as defaults).
    assert_eq!(progress.get(), (3, 3));
}

#[test]
fn an_abridged_copy_is_refused_by_every_save_and_the_file_stays_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_one_visit(dir.path());
    let before = snapshot(dir.path());
    let mut short = workspace.load_with(Reading::FOR_COUNTING, &Progress::default());
    let observation = short.observations.remove(0);
    let error = workspace.save(&observation).expect_err("refused");
    assert!(
        error.to_string().contains("read without its text"),
        "{error}"
    );
    assert!(
        encode(&observation).is_err(),
        "bundles and history encode too"
    );
    assert_eq!(snapshot(dir.path()), before, "nothing was written");
}

#[test]
fn a_reading_of_one_kind_reads_no_other_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_one_visit(dir.path());
    // A damaged observation would be set aside by any reading that opens it.
    std::fs::write(
        dir.path().join("observations/obs-00000000000f.ron"),
        "Observation(",
    )
    .expect("write");
    let progress = Progress::default();
    let educators = workspace.load_with(Reading::EDUCATORS, &progress);
    assert_eq!(educators.educators.len(), 1);
    assert!(educators.observations.is_empty());
    assert!(educators.set_aside.is_empty(), "{:?}", educators.set_aside);
    assert!(
        educators.warnings.is_empty(),
        "no orphan warnings from kinds not read"
    );
    assert_eq!(progress.get(), (2, 2), "one educator and the settings");

    let all = workspace.load_with(Reading::FOR_COUNTING, &Progress::default());
    assert_eq!(all.set_aside.len(), 1);
    let no_visits = workspace.load_with(
        Reading::FOR_COUNTING.without(Kind::Observations),
        &Progress::default(),
    );
    assert!(no_visits.set_aside.is_empty());
    let measures: Vec<Measure> = workspace
        .load_with(Reading::only(Kind::Measures), &Progress::default())
        .measures;
    assert!(measures.is_empty());
}

#[test]
fn repeated_notes_are_still_warned_about_when_abridged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_one_visit(dir.path());
    let mut twice = sample_observation("obs-000000000002", "edu-000000000001");
    let first = twice.evidence[0].clone();
    twice.evidence.push(first);
    workspace.create(&twice).expect("save");
    let whole = workspace.load().warnings;
    let counted = workspace
        .load_with(Reading::FOR_COUNTING, &Progress::default())
        .warnings;
    assert!(!whole.is_empty());
    assert_eq!(counted, whole);
}

/// The window reads the educators first and the rest after; joined, the two
/// readings are what one reading gives, orphans and damaged files included.
#[test]
fn two_readings_joined_are_one_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_one_visit(dir.path());
    workspace
        .create(&sample_observation("obs-000000000002", "edu-000000000009"))
        .expect("an orphan");
    std::fs::write(dir.path().join("observations/obs-000000000003.ron"), "(")
        .expect("a damaged file");
    let mut own = teacher_eval::record::SelfAssessment::new(
        "edu-000000000001",
        "2026-27",
        ("danielson-2013", ""),
        teacher_eval::record::Supplied::Educator,
        "Ana Lima",
    );
    own.set("3b", Some(3), Some("I plan my questions"));
    workspace.create(&own).expect("a self-assessment");

    let progress = Progress::default();
    let mut joined = workspace.load_with(Reading::EDUCATORS, &progress);
    assert!(joined.observations.is_empty() && joined.warnings.is_empty());
    let rest = workspace.load_with(Reading::FOR_COUNTING.without(Kind::Educators), &progress);
    joined.join(rest);
    let whole = workspace.load_with(Reading::FOR_COUNTING, &Progress::default());

    assert_eq!(joined.educators, whole.educators);
    assert_eq!(joined.observations, whole.observations);
    assert_eq!(joined.self_assessments, whole.self_assessments);
    assert_eq!(
        joined.self_assessments.len(),
        1,
        "the window shows the stored one"
    );
    assert_eq!(joined.set_aside, whole.set_aside);
    assert_eq!(joined.set_aside.len(), 1);
    assert_eq!(joined.warnings, whole.warnings);
    assert_eq!(
        joined.warnings.len(),
        1,
        "the orphan: {:?}",
        joined.warnings
    );
    // One progress counts both readings: five files and the settings.
    assert_eq!(progress.get(), (6, 6));
}

/// A record saved while the rest was being read is newer than its file as
/// read: the join keeps it.
#[test]
fn a_record_saved_while_the_rest_was_read_wins_over_its_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = workspace_with_one_visit(dir.path());
    let mut joined = workspace.load_with(Reading::EDUCATORS, &Progress::default());
    let rest = workspace.load_with(
        Reading::FOR_COUNTING.without(Kind::Educators),
        &Progress::default(),
    );
    let mut newer = rest.observations[0].clone();
    newer.observer = "Saved meanwhile".into();
    joined.upsert(newer);
    joined.join(rest);
    assert_eq!(joined.observations.len(), 1);
    assert_eq!(joined.observations[0].observer, "Saved meanwhile");
}

/// The index files kept for the workspaces read with `dir`.
fn index_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        if entry.extension().is_some_and(|e| e == "index") {
            found.push(entry);
        }
    }
    found.sort();
    found
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            all.extend(walk(&path));
        } else {
            all.push(path);
        }
    }
    all
}

fn place(dir: &std::path::Path, refresh: bool) -> IndexPlace {
    IndexPlace {
        dir: dir.to_path_buf(),
        refresh,
    }
}

fn counted(workspace: &Workspace, index: &std::path::Path) -> teacher_eval::workspace::Contents {
    workspace.load_indexed(
        Reading::FOR_COUNTING,
        &Progress::default(),
        &place(index, true),
    )
}

#[test]
fn an_indexed_reading_gives_what_reading_the_files_gives_and_writes_only_its_index() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = workspace_with_one_visit(dir.path());
    let mut twice = sample_observation("obs-000000000002", "edu-000000000001");
    twice.evidence.push(twice.evidence[0].clone());
    workspace.create(&twice).expect("save");
    std::fs::write(dir.path().join("observations/obs-00000000000f.ron"), "Obs").expect("write");
    let before = snapshot(dir.path());
    let plain = workspace.load_with(Reading::FOR_COUNTING, &Progress::default());
    let first = counted(&workspace, index.path());
    let second = counted(&workspace, index.path());
    for indexed in [&first, &second] {
        assert_eq!(indexed.educators, plain.educators);
        assert_eq!(indexed.observations, plain.observations);
        assert_eq!(indexed.warnings, plain.warnings);
        assert_eq!(indexed.set_aside, plain.set_aside, "set aside every time");
    }
    assert_eq!(
        second.observations[0].note_count(),
        twice.evidence.len() - 1
    );
    assert_eq!(
        snapshot(dir.path()),
        before,
        "nothing written in the workspace"
    );
    assert_eq!(
        index_files(index.path()).len(),
        2,
        "one per folder with records"
    );
}

#[test]
fn a_file_changed_or_removed_behind_the_index_is_read_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = workspace_with_one_visit(dir.path());
    let _ = counted(&workspace, index.path());
    let mut renamed = sample_educator("edu-000000000001", "Ana Lima-Souza");
    renamed.changed = common::at("2026-10-01T08:00:00-05:00");
    workspace.save(&renamed).expect("save");
    let again = counted(&workspace, index.path());
    assert_eq!(again.educators[0].name, "Ana Lima-Souza");
    std::fs::remove_file(dir.path().join("observations/obs-000000000001.ron")).expect("rm");
    assert!(counted(&workspace, index.path()).observations.is_empty());
}

#[test]
fn an_unchanged_file_is_taken_from_the_index_and_a_damaged_index_costs_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = workspace_with_one_visit(dir.path());
    let truth = counted(&workspace, index.path());
    let educators_index = index_files(index.path())
        .into_iter()
        .find(|p| p.ends_with("educators.index"))
        .expect("educators index");
    // The index is used for a file whose stamp is unchanged: prove it by
    // changing the name inside the index only.
    let text = std::fs::read_to_string(&educators_index).expect("read");
    std::fs::write(&educators_index, text.replace("Ana Lima", "Ana Index")).expect("write");
    assert_eq!(
        counted(&workspace, index.path()).educators[0].name,
        "Ana Index"
    );
    // Damaged in every way a file can be: each is ignored and rebuilt.
    let damaged: [&[u8]; 5] = [
        b"",
        b"not an index",
        b"teacher-eval index 2\nedu-000000000001.ron\t1\t2",
        b"teacher-eval index 2\nedu-000000000001.ron\tx\ty\tz\tw\tR(",
        &[0xff, 0xfe, 0x00, 0x41],
    ];
    for bytes in damaged {
        std::fs::write(&educators_index, bytes).expect("write");
        let read = counted(&workspace, index.path());
        assert_eq!(read.educators, truth.educators);
        assert!(read.set_aside.is_empty());
    }
    let rebuilt = std::fs::read_to_string(&educators_index).expect("rebuilt");
    assert!(rebuilt.starts_with("teacher-eval index 2\n"), "{rebuilt}");
}

#[test]
fn a_whole_reading_never_uses_the_index() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = workspace_with_one_visit(dir.path());
    let place = place(index.path(), true);
    let whole = workspace.load_indexed(Reading::EVERYTHING, &Progress::default(), &place);
    assert!(!whole.observations[0].evidence.is_empty());
    assert!(index_files(index.path()).is_empty());
}

#[test]
fn a_place_that_may_not_be_refreshed_is_read_but_never_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = workspace_with_one_visit(dir.path());
    let reading_only = place(index.path(), false);
    let read = workspace.load_indexed(Reading::FOR_COUNTING, &Progress::default(), &reading_only);
    assert_eq!(read.educators.len(), 1);
    assert!(index_files(index.path()).is_empty(), "nothing written");
    let _ = counted(&workspace, index.path());
    let before = snapshot(index.path());
    let mut renamed = sample_educator("edu-000000000001", "Ana Lima-Souza");
    renamed.changed = common::at("2026-10-01T08:00:00-05:00");
    workspace.save(&renamed).expect("save");
    let read = workspace.load_indexed(Reading::FOR_COUNTING, &Progress::default(), &reading_only);
    assert_eq!(
        read.educators[0].name, "Ana Lima-Souza",
        "the changed file is read"
    );
    assert_eq!(
        snapshot(index.path()),
        before,
        "and the index is left as it was"
    );
}

#[test]
fn a_value_the_index_cannot_hold_is_left_out_and_read_from_its_file_every_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = workspace_with_one_visit(dir.path());
    // A score typed as `NaN` in a hand-edited file reads; JSON has no NaN.
    let file = dir.path().join("measures/msr-000000000001.ron");
    let text = "Measure(schema: 1, id: \"msr-000000000001\", educator_id: \"edu-000000000001\", \
        school_year: \"2026-27\", measure: \"building\", score: Some(NaN), \
        created: \"2026-10-01T08:00:00Z\", changed: \"2026-10-01T08:00:00Z\")\n";
    std::fs::write(&file, text).expect("write");
    for _ in 0..2 {
        let read = counted(&workspace, index.path());
        assert_eq!(read.measures.len(), 1, "{:?}", read.set_aside);
        assert!(read.measures[0].score.is_some_and(f64::is_nan));
    }
    let kept = index_files(index.path());
    assert!(
        !kept.iter().any(|p| p.ends_with("measures.index")
            && std::fs::read_to_string(p).is_ok_and(|t| t.contains("msr-000000000001"))),
        "{kept:?}"
    );
}

#[test]
fn educators_come_in_the_order_the_window_and_lists_sort_them() {
    use teacher_eval::workspace::Listed;
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = Workspace::open(dir.path()).expect("open");
    let names = ["zoë Ávila", "Ana", "ana", "ÅSA", "Bo", "bo", "Émile", "eve"];
    for (i, name) in names.iter().enumerate() {
        let id = format!("edu-{:012x}", 99 - i);
        workspace
            .create(&sample_educator(&id, name))
            .expect("create");
    }
    let read = workspace.load().educators;
    let mut sorted = read.clone();
    sorted.sort_by(teacher_eval::record::Educator::order);
    assert_eq!(read, sorted);
}

#[test]
fn a_large_folder_is_taken_from_its_index_slice_by_slice_in_any_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = Workspace::open(dir.path()).expect("open");
    // More files than one slice of reading (2,048), written without syncing.
    for i in 0..2_100 {
        let educator = sample_educator(&format!("edu-{i:012x}"), &format!("Educator {i:04}"));
        let path = dir.path().join(format!("educators/edu-{i:012x}.ron"));
        std::fs::write(path, encode(&educator).expect("encode")).expect("write");
    }
    let plain = workspace
        .load_with(Reading::EDUCATORS, &Progress::default())
        .educators;
    let _ = counted(&workspace, index.path());
    let file = index_files(index.path()).remove(0);
    let text = std::fs::read_to_string(&file).expect("index");
    // A file in the second slice, renamed inside the index only: taken from it.
    let marked = text.replace("Educator 2090", "Educator Indexed");
    std::fs::write(&file, &marked).expect("write");
    let read = counted(&workspace, index.path()).educators;
    assert!(read.iter().any(|e| e.name == "Educator Indexed"));
    assert_eq!(read.len(), plain.len());
    // Lines out of order, and a line longer than any record: never wrong.
    let mut lines: Vec<&str> = text.lines().skip(1).collect();
    lines.reverse();
    let huge = "x".repeat(33 * 1024 * 1024);
    for body in [lines.join("\n"), format!("{}\n{huge}", lines.join("\n"))] {
        std::fs::write(&file, format!("teacher-eval index 2\n{body}")).expect("write");
        let read = counted(&workspace, index.path()).educators;
        assert_eq!(read, plain);
    }
}

#[test]
fn an_index_written_again_keeps_the_lines_it_held_and_drops_the_files_gone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = tempfile::tempdir().expect("index");
    let workspace = Workspace::open(dir.path()).expect("open");
    // Three slices of reading (2,048 files each).
    for i in 0..4_200 {
        let educator = sample_educator(&format!("edu-{i:012x}"), &format!("Educator {i:04}"));
        let path = dir.path().join(format!("educators/edu-{i:012x}.ron"));
        std::fs::write(path, encode(&educator).expect("encode")).expect("write");
    }
    let _ = counted(&workspace, index.path());
    let file = index_files(index.path()).remove(0);
    let lines = |file: &std::path::Path| {
        std::fs::read_to_string(file)
            .expect("index")
            .lines()
            .count()
            - 1
    };
    assert_eq!(lines(&file), 4_200);
    // Marked inside the index only, in the first slice: a line copied as it was.
    let text = std::fs::read_to_string(&file).expect("index");
    std::fs::write(&file, text.replace("Educator 0005", "Educator Kept")).expect("write");
    // A file of the third slice changed, one of the first gone.
    let mut renamed = sample_educator(&format!("edu-{:012x}", 4_150), "Educator Renamed");
    renamed.changed = common::at("2026-10-01T08:00:00-05:00");
    workspace.save(&renamed).expect("save");
    std::fs::remove_file(dir.path().join(format!("educators/edu-{:012x}.ron", 7))).expect("rm");
    let read = counted(&workspace, index.path()).educators;
    assert_eq!(read.len(), 4_199);
    assert!(read.iter().any(|e| e.name == "Educator Renamed"));
    assert!(
        read.iter().any(|e| e.name == "Educator Kept"),
        "taken from the index"
    );
    assert_eq!(lines(&file), 4_199, "the file gone is no longer named");
    let text = std::fs::read_to_string(&file).expect("index");
    assert!(text.contains("Educator Kept"), "the old line was copied");
    // The changed file is indexed with its new stamp: marked, it is taken from there.
    std::fs::write(&file, text.replace("Educator Renamed", "Educator Again")).expect("write");
    let read = counted(&workspace, index.path()).educators;
    assert!(read.iter().any(|e| e.name == "Educator Again"));
    // Only a file gone (nothing read from disk): the index is written again too.
    std::fs::remove_file(dir.path().join(format!("educators/edu-{:012x}.ron", 3_000))).expect("rm");
    let read = counted(&workspace, index.path()).educators;
    assert_eq!(read.len(), 4_198);
    assert_eq!(lines(&file), 4_198);
    let text = std::fs::read_to_string(&file).expect("index");
    assert!(text.contains("Educator Kept") && text.contains("Educator Again"));
    let temps = walk(index.path())
        .into_iter()
        .filter(|p| !p.ends_with("educators.index"));
    assert_eq!(temps.count(), 0, "no temporary file is left behind");
}
