//! Memory stays bounded whatever the size of a file in the workspace or the
//! rubric folder: a 100 MB file is refused from its size, never read whole.
//! (Its own test binary, so no other test moves the memory high-water mark.)

mod common;

use std::fs;

use common::sample_observation;
use teacher_eval::record::Observation;
use teacher_eval::rubric::Catalog;
use teacher_eval::workspace::Workspace;

/// The process's peak resident memory in KB, where Linux reports it.
fn peak_kb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn hundred_megabyte_files_do_not_raise_peak_memory() {
    let Some(before) = peak_kb() else {
        eprintln!("skipped: this system does not report peak memory in /proc/self/status");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(dir.path()).expect("open");
    let huge = |path: std::path::PathBuf| {
        // Sparse: it costs no disk, but reading it whole would cost 100 MB of memory.
        fs::File::create(&path)
            .and_then(|f| f.set_len(100 * 1024 * 1024))
            .expect("100 MB file");
    };
    huge(ws.path_of::<Observation>("obs-000000000001"));
    let rubrics = dir.path().join("rubrics");
    fs::create_dir(&rubrics).expect("dir");
    huge(rubrics.join("huge.ron"));

    assert_eq!(ws.load().set_aside.len(), 1);
    assert!(ws.read::<Observation>("obs-000000000001").is_err());
    assert!(
        ws.save(&sample_observation("obs-000000000001", "edu-000000000001"))
            .is_err()
    );
    assert_eq!(Catalog::load(&[rubrics]).errors.len(), 1);

    let after = peak_kb().expect("still reported");
    assert!(
        after.saturating_sub(before) < 40 * 1024,
        "peak memory grew by {} KB",
        after - before
    );
}
