//! A demo killed part way is finished by running it again: the records an
//! interrupted run wrote stay, the rest are written, and the workspace ends
//! byte for byte as a demo written in one go. Another demo is refused.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const EDUCATORS: &str = "300";

fn teacher_eval(home: &Path, workspace: &Path) -> Command {
    let mut cmd = common::binary::process(home);
    cmd.arg("--workspace")
        .arg(workspace)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Every record file, by path inside the workspace.
fn records(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for folder in ["educators", "observations"] {
        let Ok(listing) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for entry in listing.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue; // a temporary file, about to be renamed
            }
            files.insert(
                format!("{folder}/{name}"),
                std::fs::read(entry.path()).expect("read"),
            );
        }
    }
    files
}

#[test]
fn a_killed_demo_is_finished_by_running_it_again() {
    let home = tempfile::tempdir().expect("tempdir");
    let whole = home.path().join("whole");
    let out = teacher_eval(home.path(), &whole)
        .args(["demo", "--educators", EDUCATORS, "--seed", "5"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let cut = home.path().join("cut");
    let mut child = teacher_eval(home.path(), &cut)
        .args(["demo", "--educators", EDUCATORS, "--seed", "5"])
        .spawn()
        .expect("starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    let written_so_far = |root: &Path| {
        ["educators", "observations"]
            .iter()
            .filter_map(|f| std::fs::read_dir(root.join(f)).ok())
            .map(std::iter::Iterator::count)
            .sum::<usize>()
    };
    while written_so_far(&cut) < 20 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    let written = records(&cut).len();
    assert!(written > 0, "the demo had started writing");

    let other = teacher_eval(home.path(), &cut)
        .args(["demo", "--educators", "10", "--seed", "9"])
        .output()
        .expect("runs");
    if written < records(&whole).len() {
        assert!(!other.status.success(), "another demo is refused");
        let said = String::from_utf8_lossy(&other.stderr);
        assert!(said.contains("--educators 300 --seed 5"), "{said}");
    }
    let out = teacher_eval(home.path(), &cut)
        .args(["demo", "--educators", EDUCATORS, "--seed", "5"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        records(&cut),
        records(&whole),
        "the same demo, byte for byte"
    );
    assert!(
        !cut.join(".demo-unfinished.ron").exists(),
        "the marker is gone"
    );
}
