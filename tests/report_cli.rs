//! `teacher-eval report observation` run as a process against a demo
//! workspace: a PDF on success, one sentence and nothing written on failure.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

/// A copy of the demo workspace (built once per test binary) of three educators in a temporary home.
struct Setup {
    home: tempfile::TempDir,
    workspace: PathBuf,
}

impl Setup {
    fn demo() -> Setup {
        let home = tempfile::tempdir().expect("tempdir");
        let workspace = home.path().join("workspace");
        common::copy_dir(&common::binary::demo(3), &workspace);
        Setup { home, workspace }
    }

    fn run(&self, args: &[&str]) -> Output {
        let home = self.home.path();
        common::binary::command(home)
            .env("LC_ALL", "en_US.UTF-8")
            .arg("--workspace")
            .arg(&self.workspace)
            .args(args)
            .output()
            .expect("runs")
    }

    /// The observation with the most notes, from `observation list --json`.
    fn busiest_observation(&self) -> String {
        let out = self.run(&["observation", "list", "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let rows: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let rows = rows.as_array().expect("an array");
        let best = rows
            .iter()
            .max_by_key(|r| r["evidence_count"].as_u64().unwrap_or(0))
            .expect("the demo has observations");
        best["id"].as_str().expect("an id").to_string()
    }

    fn out_dir(&self) -> PathBuf {
        let dir = self.home.path().join("reports");
        std::fs::create_dir_all(&dir).expect("mkdir");
        dir
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|listing| {
            listing
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn media_width(bytes: &[u8]) -> f32 {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf reads the PDF");
    let page = *doc.get_pages().values().next().expect("a page");
    let media = doc
        .get_dictionary(page)
        .and_then(|d| d.get(b"MediaBox"))
        .and_then(|m| m.as_array())
        .expect("a media box");
    media[2].as_float().expect("width")
}

#[test]
fn a_report_is_written_and_its_page_count_printed() {
    let setup = Setup::demo();
    let id = setup.busiest_observation();
    let out_file = setup.out_dir().join("report.pdf");
    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        out_file.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("report.pdf") && stdout.contains("pages"),
        "{stdout}"
    );
    assert_eq!(
        text(&out.stderr),
        "",
        "demo text prints with the bundled font"
    );
    let bytes = std::fs::read(&out_file).expect("the PDF exists");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(
        (media_width(&bytes) - 612.0).abs() < 0.5,
        "Letter under en_US"
    );
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let first = doc.extract_text(&pages[..1]).expect("text");
    assert!(first.contains("Classroom Observation Report"), "{first}");
    assert!(
        first.contains(&format!("Page 1 of {}", pages.len())),
        "{first}"
    );
    assert!(
        stdout.contains(&format!("{} pages", pages.len())),
        "{stdout}"
    );
    assert_eq!(
        file_names(&setup.out_dir()),
        ["report.pdf"],
        "no temporary files are left"
    );
}

#[test]
fn paper_and_omitting_student_names_are_options() {
    let setup = Setup::demo();
    let id = setup.busiest_observation();
    let out_file = setup.out_dir().join("a4.pdf");
    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        out_file.to_str().expect("utf-8"),
        "--paper",
        "a4",
        "--omit-student-names",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&out_file).expect("the PDF exists");
    assert!(
        (media_width(&bytes) - 595.28).abs() < 0.5,
        "A4 was asked for"
    );

    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        "x.pdf",
        "--paper",
        "legal",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "clap refuses an unknown paper size"
    );
}

#[test]
fn an_unknown_id_is_one_sentence_and_writes_nothing() {
    let setup = Setup::demo();
    let out_file = setup.out_dir().join("missing.pdf");
    let out = setup.run(&[
        "report",
        "observation",
        "obs-000000000000",
        "--out",
        out_file.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("no observation with the id `obs-000000000000`"),
        "{stderr}"
    );
    assert!(file_names(&setup.out_dir()).is_empty());
}

#[test]
fn an_unwritable_path_is_one_sentence_and_leaves_nothing() {
    let setup = Setup::demo();
    let id = setup.busiest_observation();
    let dir = setup.out_dir();

    let in_missing_folder = dir.join("no such folder").join("report.pdf");
    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        in_missing_folder.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert!(!in_missing_folder.parent().expect("parent").exists());

    let a_folder = dir.join("folder.pdf");
    std::fs::create_dir(&a_folder).expect("mkdir");
    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        a_folder.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("is a folder"), "{stderr}");
    assert!(a_folder.is_dir() && file_names(&a_folder).is_empty());
    assert_eq!(
        file_names(&dir),
        ["folder.pdf"],
        "no temporary files are left"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_leaves_no_file_and_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let setup = Setup::demo();
    let id = setup.busiest_observation();
    let dir = setup.out_dir().join("locked");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).expect("chmod");
    if std::fs::write(dir.join("probe"), b"x").is_ok() {
        // Running as root: permissions do not stop us, so there is nothing to test.
        let _ = std::fs::remove_file(dir.join("probe"));
        return;
    }
    let target = dir.join("report.pdf");
    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        target.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("permission denied"),
        "{}",
        text(&out.stderr)
    );
    assert!(file_names(&dir).is_empty());
}

/// The process id of a child that has already ended.
fn ended_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().expect("spawn");
    let pid = child.id();
    child.wait().expect("wait");
    pid
}

#[test]
fn the_next_export_removes_a_killed_exports_temporary_file() {
    let setup = Setup::demo();
    let id = setup.busiest_observation();
    let dir = setup.out_dir();
    let (ended, running) = (ended_pid(), std::process::id());
    // Left by a killed export of this name; another window exporting it
    // right now; a killed export of another name.
    let abandoned = format!(".report.pdf.tmp-{ended}-0");
    let in_use = format!(".report.pdf.tmp-{running}-3");
    let other = format!(".other.pdf.tmp-{ended}-0");
    for name in [&abandoned, &in_use, &other] {
        std::fs::write(dir.join(name), b"%PDF-1.7 half").expect("write");
    }
    let out = setup.run(&[
        "report",
        "observation",
        &id,
        "--out",
        dir.join("report.pdf").to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut expected = vec![in_use, other, "report.pdf".to_string()];
    expected.sort();
    assert_eq!(file_names(&dir), expected);
}
