//! A full disk and a read-only disk, on a small tmpfs mounted for the test.
//! Mounting needs privileges: without them each test says why and skips.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{sample_educator, sample_observation};
use teacher_eval::record::Educator;
use teacher_eval::workspace::{Workspace, is_temp_name};

/// A tmpfs of `size` mounted on a fresh folder, unmounted when dropped.
struct SmallDisk {
    _parent: tempfile::TempDir,
    path: PathBuf,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let parent = tempfile::tempdir().ok()?;
        let path = parent.path().join("disk");
        std::fs::create_dir(&path).ok()?;
        let opts = format!("size={size},mode=0700");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &opts, "tmpfs"])
            .arg(&path)
            .output();
        match mounted {
            Ok(out) if out.status.success() => Some(SmallDisk {
                _parent: parent,
                path,
            }),
            Ok(out) => {
                eprintln!(
                    "skipped: mounting a tmpfs is not permitted here ({})",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("skipped: there is no mount command ({e})");
                None
            }
        }
    }

    fn remount_read_only(&self) -> bool {
        Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.path)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

fn temps(root: &Path) -> usize {
    walk(root)
        .iter()
        .filter(|p| is_temp_name(&p.file_name().unwrap_or_default().to_string_lossy()))
        .count()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .flat_map(|e| {
            let p = e.path();
            if p.is_dir() { walk(&p) } else { vec![p] }
        })
        .collect()
}

#[test]
fn a_full_disk_is_reported_and_saved_records_stay() {
    let Some(disk) = SmallDisk::mount("256k") else {
        return;
    };
    let ws = Workspace::open(&disk.path).expect("open");
    let mut saved: Vec<Educator> = Vec::new();
    let mut failure = None;
    for n in 0..10_000u32 {
        let mut e = sample_educator(&format!("edu-{n:012}"), "Filling The Disk");
        e.subject = "long subject ".repeat(500);
        match ws.create(&e) {
            Ok(()) => saved.push(e),
            Err(err) => {
                failure = Some(err);
                break;
            }
        }
    }
    let err = failure.expect("the disk filled up");
    assert!(err.to_string().contains("the disk is full"), "{err}");
    // An update of an existing record that no longer fits leaves the old one.
    let mut bigger = saved[0].clone();
    bigger.subject = "x".repeat(300_000);
    assert!(ws.save(&bigger).is_err());
    let big_observation = sample_observation("obs-000000000001", &saved[0].id);
    let _ = ws.save(&big_observation);
    assert_eq!(
        temps(&disk.path),
        0,
        "a failed save removes its temporary file"
    );
    let contents = ws.load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    saved.sort_by(|a, b| a.id.cmp(&b.id));
    let mut loaded = contents.educators.clone();
    loaded.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(
        loaded, saved,
        "every record saved before the disk filled is intact"
    );
}

#[test]
fn a_read_only_disk_opens_read_only_and_loads_everything() {
    let Some(disk) = SmallDisk::mount("1m") else {
        return;
    };
    let e = sample_educator("edu-000000000001", "Read Only");
    {
        let ws = Workspace::open(&disk.path).expect("open");
        ws.create(&e).expect("save");
    }
    if !disk.remount_read_only() {
        eprintln!("skipped: remounting read-only is not permitted here");
        return;
    }
    let ws = Workspace::open(&disk.path).expect("a read-only workspace still opens");
    let reason = ws.read_only_reason().expect("read-only").to_string();
    assert!(reason.contains("cannot be written to"), "{reason}");
    assert_eq!(ws.load().educators, vec![e.clone()]);
    let err = ws.save(&e).expect_err("nothing can be saved");
    assert!(err.to_string().contains("read-only"), "{err}");
}
