//! A workspace written by an earlier version opens with nothing set aside or
//! lost (tests/fixtures/workspace-v1 was written before records kept
//! versions and amendments).

mod common;

use std::path::Path;

use teacher_eval::workspace::Workspace;

const FIXTURE: &str = "tests/fixtures/workspace-v1";

/// A private copy, so the test never changes the fixture.
fn copy_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(Path::new(FIXTURE), dir.path());
    dir
}

#[test]
fn a_workspace_of_format_one_opens_whole() {
    let dir = copy_fixture();
    let contents = Workspace::open(dir.path()).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert_eq!(contents.educators.len(), 4);
    assert_eq!(contents.observations.len(), 9);
    assert_eq!(contents.summatives.len(), 2);
    assert_eq!(contents.growth_plans.len(), 2);
    let notes: usize = contents.observations.iter().map(|o| o.evidence.len()).sum();
    assert_eq!(notes, 236, "every evidence note is read");
}
