//! Artifacts on the command line: attached files copied into the workspace
//! under their SHA-256, listed with what reading them finds, removed only
//! by amendment once a record is shared, and every hostile door (a link, a
//! pipe, an oversized file, a program, names with line breaks or direction
//! characters, a record id that climbs) refused in one sentence with
//! nothing written.

mod common;

use std::path::{Path, PathBuf};

use common::binary::{Home, stderr, stdout};
use serde_json::Value;

/// Acknowledged in the fixture.
const ACKNOWLEDGED: &str = "obs-bc1870f35b7d";
/// A draft growth plan in the fixture.
const DRAFT_PLAN: &str = "gp-5a1f4cdd26a6";
const PDF: &[u8] = b"%PDF-1.4\n% a unit plan\n";

fn fixture() -> Home {
    let home = Home::new();
    common::copy_dir(Path::new("tests/fixtures/workspace-v1"), &home.workspace);
    home
}

fn file(home: &Home, name: &str, bytes: &[u8]) -> PathBuf {
    let path = home.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn sha256(bytes: &[u8]) -> String {
    common::sha256_hex(bytes)
}

fn list_json(home: &Home, id: &str) -> Vec<Value> {
    let out = home.run(&["artifact", "list", id, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice::<Value>(&out.stdout)
        .expect("json")
        .as_array()
        .expect("an array")
        .clone()
}

/// The workspace's files (the lock, rewritten by every writer, left out).
fn files(home: &Home) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = common::snapshot(&home.workspace);
    found.retain(|(path, _)| !path.ends_with(".lock"));
    found
}

/// The refusal: exit code 1, one line on stderr, the workspace as it was.
fn refused(home: &Home, args: &[&str]) -> String {
    let before = files(home);
    let out = home.run(args);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
    let said = stderr(&out);
    assert_eq!(said.trim_end().lines().count(), 1, "{said}");
    let after = files(home);
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|f| !before.contains(f))
        .map(|(path, _)| path)
        .collect();
    assert!(
        changed.is_empty() && after.len() == before.len(),
        "{args:?} wrote {changed:?}"
    );
    said
}

#[test]
fn a_file_is_attached_once_listed_checked_and_kept_owner_only() {
    let home = fixture();
    let plan = file(&home, "Unit plan.pdf", PDF);
    let out = home.run(&[
        "artifact",
        "add",
        DRAFT_PLAN,
        plan.to_str().expect("utf-8"),
        "--component",
        "1E",
        "--component",
        "4a",
        "--caption",
        "Unit plan for fractions",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("as artifact 1"), "{}", stdout(&out));
    let listed = list_json(&home, DRAFT_PLAN);
    assert_eq!(listed.len(), 1);
    let entry = &listed[0];
    assert_eq!(entry["sha256"], sha256(PDF).as_str());
    assert_eq!(entry["file_name"], "Unit plan.pdf");
    assert_eq!(entry["components"], serde_json::json!(["1e", "4a"]));
    assert_eq!(entry["state"], "present");
    let blob = home.workspace.join("artifacts").join(sha256(PDF));
    assert_eq!(std::fs::read(&blob).expect("kept"), PDF);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&blob).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let twice = refused(
        &home,
        &["artifact", "add", DRAFT_PLAN, plan.to_str().expect("utf-8")],
    );
    assert!(twice.contains("already attached"), "{twice}");
    let unknown = refused(
        &home,
        &[
            "artifact",
            "add",
            DRAFT_PLAN,
            plan.to_str().expect("utf-8"),
            "--component",
            "9z",
        ],
    );
    assert!(
        unknown.contains("no component `9z`") && unknown.contains("1a, 1b"),
        "{unknown}"
    );
    let text = stdout(&home.run(&["artifact", "list", DRAFT_PLAN]));
    assert!(text.contains("caption: Unit plan for fractions"), "{text}");
}

#[test]
fn once_acknowledged_adding_and_removing_are_amendments_with_reasons() {
    let home = fixture();
    let plan = file(&home, "log.csv", b"date,parent\n2026-10-01,called home\n");
    let path = plan.to_str().expect("utf-8");
    let no_reason = refused(
        &home,
        &["artifact", "add", ACKNOWLEDGED, path, "--by", "Dana"],
    );
    assert!(no_reason.contains("--reason"), "{no_reason}");
    let out = home.run(&[
        "artifact",
        "add",
        ACKNOWLEDGED,
        path,
        "--by",
        "Dana",
        "--reason",
        "brought to the conference",
        "--supplied-by",
        "educator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("recorded as an amendment"),
        "{}",
        stdout(&out)
    );
    let removal = refused(
        &home,
        &["artifact", "remove", ACKNOWLEDGED, "1", "--by", "Dana"],
    );
    assert!(
        removal.contains("needs a reason") && removal.contains("--reason"),
        "{removal}"
    );
    let out = home.run(&[
        "artifact",
        "remove",
        ACKNOWLEDGED,
        &sha256(b"date,parent\n2026-10-01,called home\n")[..8],
        "--by",
        "Dana",
        "--reason",
        "another class's log",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let history = home.run(&["observation", "history", ACKNOWLEDGED, "--json"]);
    let history: Value = serde_json::from_slice(&history.stdout).expect("json");
    let amendments = history["amendments"].as_array().expect("amendments");
    let fields: Vec<(&str, &str)> = amendments
        .iter()
        .map(|a| {
            (
                a["field"].as_str().unwrap_or(""),
                a["reason"].as_str().unwrap_or(""),
            )
        })
        .collect();
    let field = format!(
        "Artifact {}",
        &sha256(b"date,parent\n2026-10-01,called home\n")[..12]
    );
    assert!(
        fields.contains(&(field.as_str(), "brought to the conference")),
        "{fields:?}"
    );
    assert!(
        fields.contains(&(field.as_str(), "another class's log")),
        "{fields:?}"
    );
    assert!(list_json(&home, ACKNOWLEDGED).is_empty());
    let blob = home
        .workspace
        .join("artifacts")
        .join(sha256(b"date,parent\n2026-10-01,called home\n"));
    assert!(blob.is_file(), "removing never deletes the file");
}

#[cfg(unix)]
#[test]
fn links_pipes_large_files_programs_and_bad_ids_are_refused_writing_nothing() {
    let home = fixture();
    let real = file(&home, "real.pdf", PDF);
    let link = home.path().join("link.pdf");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    let said = refused(
        &home,
        &["artifact", "add", DRAFT_PLAN, link.to_str().expect("utf-8")],
    );
    assert!(said.contains("symbolic link"), "{said}");
    let pipe = home.path().join("pipe.pdf");
    if std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .is_ok_and(|s| s.success())
    {
        let said = refused(
            &home,
            &["artifact", "add", DRAFT_PLAN, pipe.to_str().expect("utf-8")],
        );
        assert!(said.contains("not a regular file"), "{said}");
    }
    let big = home.path().join("big.pdf");
    let handle = std::fs::File::create(&big).expect("create");
    handle.set_len(25 * 1024 * 1024 + 1).expect("a sparse file");
    let said = refused(
        &home,
        &["artifact", "add", DRAFT_PLAN, big.to_str().expect("utf-8")],
    );
    assert!(said.contains("25 MB"), "{said}");
    let program = file(&home, "setup.exe", b"MZ\x90\0");
    let said = refused(
        &home,
        &[
            "artifact",
            "add",
            DRAFT_PLAN,
            program.to_str().expect("utf-8"),
        ],
    );
    assert!(said.contains("not a kind of file"), "{said}");
    let disguised = file(&home, "plan.pdf", b"#!/bin/sh\nrm -rf /\n");
    let said = refused(
        &home,
        &[
            "artifact",
            "add",
            DRAFT_PLAN,
            disguised.to_str().expect("utf-8"),
        ],
    );
    assert!(said.contains("not a PDF file"), "{said}");
    let said = refused(
        &home,
        &[
            "artifact",
            "add",
            "obs-../../x",
            real.to_str().expect("utf-8"),
        ],
    );
    assert!(said.contains("not a valid record id"), "{said}");
    let said = refused(&home, &["artifact", "list", "../../etc/passwd"]);
    assert!(said.contains("not an observation"), "{said}");
    let said = refused(&home, &["artifact", "open", DRAFT_PLAN, "1"]);
    assert!(said.contains("has none"), "{said}");
}

#[test]
fn names_with_line_breaks_and_direction_characters_never_become_paths_or_lines() {
    let home = fixture();
    let deep = home.path().join("a").join("b");
    std::fs::create_dir_all(&deep).expect("folders");
    let odd = "plan\n2  forged.pdf \u{202e}fdp.exe.pdf";
    file(&home, odd, PDF);
    let out = home
        .command()
        .current_dir(&deep)
        .args(["artifact", "add", DRAFT_PLAN, &format!("../../{odd}")])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(list_json(&home, DRAFT_PLAN)[0]["file_name"], odd);
    let text = stdout(&home.run(&["artifact", "list", DRAFT_PLAN]));
    assert!(!text.contains('\u{202e}'), "{text}");
    assert!(
        text.contains("plan\\u{a}2  forged.pdf \\u{202e}fdp.exe.pdf"),
        "{text}"
    );
    let shelf = home.path().join("shelf");
    std::fs::create_dir(&shelf).expect("folder");
    let out = home.run(&[
        "artifact",
        "export",
        DRAFT_PLAN,
        "1",
        "--out",
        shelf.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names: Vec<String> = std::fs::read_dir(&shelf)
        .expect("listing")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["plan2  forged.pdf fdp.exe.pdf"]);
    let inside = home.workspace.join("observations").join("copy.pdf");
    let said = refused(
        &home,
        &[
            "artifact",
            "export",
            DRAFT_PLAN,
            "1",
            "--out",
            inside.to_str().expect("utf-8"),
        ],
    );
    assert!(said.contains("inside the workspace"), "{said}");
}

#[test]
fn a_changed_or_missing_file_is_reported_and_never_handed_out() {
    let home = fixture();
    let plan = file(&home, "plan.pdf", PDF);
    let out = home.run(&["artifact", "add", DRAFT_PLAN, plan.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let blob = home.workspace.join("artifacts").join(sha256(PDF));
    std::fs::write(&blob, b"%PDF-1.4\n% edited by hand\n").expect("tamper");
    assert_eq!(list_json(&home, DRAFT_PLAN)[0]["state"], "damaged");
    let out_file = home.path().join("out.pdf");
    let said = refused(
        &home,
        &[
            "artifact",
            "export",
            DRAFT_PLAN,
            "1",
            "--out",
            out_file.to_str().expect("utf-8"),
        ],
    );
    assert!(said.contains("does not match its SHA-256"), "{said}");
    assert!(!out_file.exists());
    let said = refused(&home, &["artifact", "open", DRAFT_PLAN, "1"]);
    assert!(said.contains("does not match its SHA-256"), "{said}");
    std::fs::remove_file(&blob).expect("remove");
    assert_eq!(list_json(&home, DRAFT_PLAN)[0]["state"], "missing");
    let text = stdout(&home.run(&["artifact", "list", DRAFT_PLAN]));
    assert!(
        text.contains("PROBLEM: the file is missing from the workspace"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn open_hands_the_desktop_a_read_only_copy_outside_the_workspace() {
    use std::os::unix::fs::PermissionsExt;
    let home = fixture();
    let plan = file(&home, "plan.pdf", PDF);
    let out = home.run(&["artifact", "add", DRAFT_PLAN, plan.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bin = home.path().join("bin");
    std::fs::create_dir(&bin).expect("bin");
    let opener = bin.join("xdg-open");
    let record = home.path().join("opened.txt");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", record.display()),
    )
    .expect("fake opener");
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = home
        .command()
        .env("PATH", path)
        .args(["artifact", "open", DRAFT_PLAN, "1"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let handed = PathBuf::from(std::fs::read_to_string(&record).expect("the opener ran"));
    assert!(!handed.starts_with(&home.workspace), "{}", handed.display());
    assert!(
        handed.starts_with(home.path().join("cache")),
        "{}",
        handed.display()
    );
    assert_eq!(std::fs::read(&handed).expect("copy"), PDF);
    assert!(
        std::fs::metadata(&handed)
            .expect("meta")
            .permissions()
            .readonly()
    );
}
