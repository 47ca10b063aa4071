//! Reading only what a command needs: chosen kinds of record, observations
//! abridged (without their text), progress counted, and an abridged copy
//! refused by every save so the text it left out can never be lost.

mod common;

use common::{sample_educator, sample_observation, snapshot};
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

    let progress = Progress::default();
    let mut joined = workspace.load_with(Reading::EDUCATORS, &progress);
    assert!(joined.observations.is_empty() && joined.warnings.is_empty());
    let rest = workspace.load_with(Reading::FOR_COUNTING.without(Kind::Educators), &progress);
    joined.join(rest);
    let whole = workspace.load_with(Reading::FOR_COUNTING, &Progress::default());

    assert_eq!(joined.educators, whole.educators);
    assert_eq!(joined.observations, whole.observations);
    assert_eq!(joined.set_aside, whole.set_aside);
    assert_eq!(joined.set_aside.len(), 1);
    assert_eq!(joined.warnings, whole.warnings);
    assert_eq!(
        joined.warnings.len(),
        1,
        "the orphan: {:?}",
        joined.warnings
    );
    // One progress counts both readings: four files and the settings.
    assert_eq!(progress.get(), (5, 5));
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
