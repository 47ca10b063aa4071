//! Every door is hostile (issue 13): output files that are links, pipes or
//! records, a planted lock file, `--workspace` given twice, an empty
//! environment, a stderr that cannot be written, control characters in
//! files and names, missing files, and pipes in the folders the program
//! reads. Each is run as a process, against temporary folders.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use teacher_eval::workspace::Workspace;

/// The binary with its config and data folders inside `home`.
fn teacher_eval(home: &Path) -> Command {
    let mut cmd = common::binary::command(home);
    cmd.current_dir(home).timeout(Duration::from_secs(60));
    cmd
}

/// A home with a demo workspace `ws` of two educators.
struct Setup {
    home: tempfile::TempDir,
    ws: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let home = tempfile::tempdir().expect("home");
        let ws = home.path().join("ws");
        common::copy_dir(&common::binary::demo(2), &ws);
        Setup { home, ws }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    /// `teacher-eval --workspace ws ARGS…`
    fn run(&self, args: &[&str]) -> Output {
        teacher_eval(self.home.path())
            .arg("--workspace")
            .arg(&self.ws)
            .args(args)
            .output()
            .expect("runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// The first observation's id and its record file.
    fn observation(&self) -> (String, PathBuf) {
        let list: serde_json::Value =
            serde_json::from_str(&self.ok(&["observation", "list", "--json"])).expect("json");
        let id = list[0]["id"].as_str().expect("an observation").to_string();
        let file = self.ws.join("observations").join(format!("{id}.ron"));
        (id, file)
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Exit code 1 and one sentence on stderr, which is returned.
fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    text(&out.stderr)
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// Makes a named pipe, or says why the test is skipped.
fn mkfifo(path: &Path) -> bool {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    let ok = made.is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: mkfifo is not available here");
    }
    ok
}

// 1. One way to write a user's file.

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_refused_and_what_it_names_is_untouched() {
    let s = Setup::new();
    let (id, _) = s.observation();
    let target = s.path("elsewhere.pdf");
    std::fs::write(&target, b"kept").expect("write");
    let link = s.path("report.pdf");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    let said = refused(&s.run(&["report", "observation", &id, "--out", arg(&link)]));
    assert!(said.contains("is a symbolic link"), "{said}");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("still there")
            .is_symlink()
    );
    assert_eq!(std::fs::read(&target).expect("read"), b"kept");
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_pipe_is_refused_and_left_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let s = Setup::new();
    let pipe = s.path("out.bundle");
    if !mkfifo(&pipe) {
        return;
    }
    let said = refused(&s.run(&["export", "--plain", "--out", arg(&pipe)]));
    assert!(
        said.contains("a named pipe (FIFO), not a regular file"),
        "{said}"
    );
    let kind = std::fs::symlink_metadata(&pipe).expect("stat").file_type();
    assert!(kind.is_fifo(), "the pipe is not replaced");
}

#[test]
fn an_output_over_a_record_or_inside_a_workspace_is_refused() {
    let s = Setup::new();
    let (id, record) = s.observation();
    let before = std::fs::read(&record).expect("record");
    let said = refused(&s.run(&["report", "observation", &id, "--out", arg(&record)]));
    assert!(said.contains("is a record of the workspace"), "{said}");
    assert_eq!(std::fs::read(&record).expect("record"), before);
    for inside in ["history/x.bundle", "trash/x.bundle", "educators/new.bundle"] {
        let target = s.ws.join(inside);
        std::fs::create_dir_all(target.parent().expect("folder")).expect("mkdir");
        let said = refused(&s.run(&["export", "--plain", "--out", arg(&target)]));
        assert!(said.contains("is inside the workspace"), "{inside}: {said}");
        assert!(!target.exists(), "{inside}");
    }
}

#[test]
fn a_summary_writes_its_pdf_and_both_csvs_or_nothing() {
    let s = Setup::new();
    let csv = s.path("year.csv");
    let folder = s.path("a-folder.pdf");
    std::fs::create_dir(&folder).expect("mkdir");
    let said = refused(&s.run(&["summary", "--csv", arg(&csv), "--pdf", arg(&folder)]));
    assert!(said.contains("it is a folder"), "{said}");
    assert!(
        !csv.exists() && !s.path("year-components.csv").exists(),
        "{said}"
    );
}

#[cfg(unix)]
#[test]
fn a_summary_csv_whose_second_file_is_a_link_writes_neither() {
    let s = Setup::new();
    let target = s.path("precious.txt");
    std::fs::write(&target, b"kept").expect("write");
    std::os::unix::fs::symlink(&target, s.path("year-components.csv")).expect("link");
    let csv = s.path("year.csv");
    let said = refused(&s.run(&["summary", "--csv", arg(&csv)]));
    assert!(
        said.contains("year-components.csv cannot be written"),
        "{said}"
    );
    assert!(!csv.exists());
    assert_eq!(std::fs::read(&target).expect("read"), b"kept");
}

#[test]
fn two_outputs_of_one_path_are_refused_before_anything_is_written() {
    let s = Setup::new();
    let csv = s.path("year.csv");
    let same = s.path("year-components.csv");
    let said = refused(&s.run(&["summary", "--csv", arg(&csv), "--pdf", arg(&same)]));
    assert!(said.contains("named twice"), "{said}");
    assert!(!csv.exists() && !same.exists());
}

// 2. The lock file.

#[cfg(unix)]
#[test]
fn a_link_at_the_lock_opens_read_only_and_what_it_names_is_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws");
    std::fs::create_dir(&ws).expect("mkdir");
    let precious = dir.path().join("precious.txt");
    std::fs::write(&precious, b"kept").expect("write");
    std::os::unix::fs::symlink(&precious, ws.join(".lock")).expect("link");
    let opened = Workspace::open(&ws).expect("opens");
    let reason = opened.read_only_reason().expect("read-only").to_string();
    assert!(reason.contains(".lock is a link"), "{reason}");
    assert_eq!(std::fs::read(&precious).expect("read"), b"kept");
    drop(opened);

    // A link to nothing yet: nothing is created where it points.
    let nowhere = dir.path().join("not-yet.txt");
    std::fs::remove_file(ws.join(".lock")).expect("rm");
    std::os::unix::fs::symlink(&nowhere, ws.join(".lock")).expect("link");
    let opened = Workspace::open(&ws).expect("opens");
    assert!(opened.read_only_reason().is_some());
    assert!(!nowhere.exists(), "no file is made through the link");
}

#[cfg(unix)]
#[test]
fn a_hard_link_at_the_lock_opens_read_only_and_the_other_file_is_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws");
    std::fs::create_dir(&ws).expect("mkdir");
    let precious = dir.path().join("precious.txt");
    std::fs::write(&precious, b"kept").expect("write");
    std::fs::hard_link(&precious, ws.join(".lock")).expect("hard link");
    let home = tempfile::tempdir().expect("home");
    let out = teacher_eval(home.path())
        .arg("--workspace")
        .arg(&ws)
        .args(["educator", "add", "--name", "A", "--school", "S"])
        .args(["--role", "teacher", "--level", "high"])
        .output()
        .expect("runs");
    let said = refused(&out);
    assert!(said.contains("a hard link"), "{said}");
    assert_eq!(std::fs::read(&precious).expect("read"), b"kept");
}

// 3. `--workspace` before and after the command's name.

#[test]
fn a_workspace_before_and_one_after_summary_are_both_read() {
    let home = tempfile::tempdir().expect("home");
    let (a, b) = (home.path().join("a"), home.path().join("b"));
    for (ws, n, seed) in [(&a, "2", "1"), (&b, "3", "2")] {
        let out = teacher_eval(home.path())
            .args([
                "demo",
                "--workspace",
                arg(ws),
                "--educators",
                n,
                "--seed",
                seed,
            ])
            .output()
            .expect("demo");
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let out = teacher_eval(home.path())
        .args(["--workspace", arg(&a), "summary", "--workspace", arg(&b)])
        .output()
        .expect("summary");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(": 5 educators"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn two_workspaces_for_any_other_command_are_refused_wherever_given() {
    let s = Setup::new();
    let other = s.path("other");
    for args in [
        vec!["educator", "list", "--workspace", arg(&other)],
        vec!["educator", "--workspace", arg(&other), "list"],
    ] {
        let said = refused(&s.run(&args));
        assert!(
            said.contains("--workspace is given 2 times"),
            "{args:?}: {said}"
        );
    }
    assert!(!other.exists());
}

#[test]
fn rubric_folders_before_and_after_the_command_are_all_loaded() {
    let home = tempfile::tempdir().expect("home");
    let (first, second) = (home.path().join("r1"), home.path().join("r2"));
    for (dir, id) in [(&first, "district-one"), (&second, "district-two")] {
        std::fs::create_dir(dir).expect("mkdir");
        let rubric = common::five_level_rubric().replace("district-five", id);
        std::fs::write(dir.join("r.ron"), rubric).expect("write");
    }
    let out = teacher_eval(home.path())
        .args([
            "--rubrics",
            arg(&first),
            "rubric",
            "list",
            "--rubrics",
            arg(&second),
        ])
        .output()
        .expect("list");
    let listed = text(&out.stdout);
    assert!(
        listed.contains("district-one") && listed.contains("district-two"),
        "{listed}"
    );
}

// 4. No panic on any environment.

#[test]
fn empty_environment_variables_count_as_unset() {
    let home = tempfile::tempdir().expect("home");
    let out = teacher_eval(home.path())
        .env("TEACHER_EVAL_WORKSPACE", "")
        .env("XDG_DATA_HOME", "")
        .env("XDG_CONFIG_HOME", "")
        .args(["demo", "--educators", "1"])
        .output()
        .expect("demo");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let default = home.path().join(".local/share/teacher-eval/workspace");
    assert!(default.join("educators").is_dir(), "{}", text(&out.stdout));

    // HOME empty too: the XDG folders still place everything.
    let out = teacher_eval(home.path())
        .env("TEACHER_EVAL_WORKSPACE", "")
        .env("HOME", "")
        .args(["demo", "--educators", "1"])
        .output()
        .expect("demo");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        home.path()
            .join("data/teacher-eval/workspace/educators")
            .is_dir()
    );
}

#[cfg(unix)]
#[test]
fn a_stderr_that_cannot_be_written_neither_panics_nor_loses_the_export() {
    let s = Setup::new();
    // A file that cannot be read, so the export has something to say on stderr.
    std::fs::write(s.ws.join("educators/edu-00000000dead.ron"), b"(").expect("write");
    let mut sinks: Vec<(&str, std::process::Stdio)> = Vec::new();
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        sinks.push(("/dev/full", full.into()));
    }
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    sinks.push(("a closed pipe", writer.into()));
    for (n, (name, sink)) in sinks.into_iter().enumerate() {
        let bundle = s.path(&format!("out{n}.bundle"));
        let status = common::binary::process(s.home.path())
            .arg("--workspace")
            .arg(&s.ws)
            .args(["export", "--plain", "--out", arg(&bundle)])
            .stderr(sink)
            .status()
            .expect("runs");
        assert_eq!(status.code(), Some(0), "{name}: exported, no panic");
        assert!(bundle.is_file(), "{name}");
    }
    // A refusal still says so by its exit code.
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let status = common::binary::process(s.home.path())
        .arg("--workspace")
        .arg(&s.ws)
        .args([
            "report",
            "observation",
            "obs-000000000000",
            "--out",
            "x.pdf",
        ])
        .current_dir(s.home.path())
        .stderr(writer)
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(1), "a failure, not a panic (101)");
}

// 5. Terminal safety.

#[test]
fn control_characters_from_files_and_names_never_reach_the_terminal() {
    let s = Setup::new();
    let edu = s.ws.join("educators");
    let file = std::fs::read_dir(&edu)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .expect("an educator");
    let record = std::fs::read_to_string(&file).expect("read");
    let name_line = record
        .lines()
        .find(|l| l.trim_start().starts_with("name: "))
        .expect("a name");
    let evil = record.replace(name_line, "    name: \"Ev\\u{1b}]0;owned\\u{7}il\\u{9b}\",");
    std::fs::write(&file, evil).expect("write");
    std::fs::write(edu.join("edu-\u{1b}[2J.ron"), b"\x1b[31m(").expect("write");
    let roster = s.path("roster\u{7}.csv");
    std::fs::write(
        &roster,
        "name,school,role,level\n\"\u{1b}[2J\",S,teacher,nope\n",
    )
    .expect("w");
    let rubric = s.path("rubric\u{1b}]0;x.ron");
    std::fs::write(&rubric, "Rubric(\u{1b}[5m").expect("write");
    let outs = [
        s.run(&["educator", "list"]),
        s.run(&["educator", "list", "--json"]),
        s.run(&["roster", "import", arg(&roster)]),
        s.run(&["rubric", "check", arg(&rubric)]),
        s.run(&["observation", "list", "--educator", "\u{1b}[2J"]),
    ];
    for out in &outs {
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let shown = text(bytes);
            assert!(
                !bytes
                    .iter()
                    .any(|b| *b < 0x20 && *b != b'\n' && *b != b'\t'),
                "{stream}: {shown:?}"
            );
            assert!(!shown.contains('\u{9b}'), "{stream}: {shown:?}");
        }
    }
    let listed = text(&outs[0].stdout) + &text(&outs[0].stderr);
    assert!(
        listed.contains("Ev\\u{1b}]0;owned\\u{7}il\\u{9b}"),
        "{listed}"
    );
    assert!(listed.contains("edu-\\u{1b}[2J.ron"), "{listed}");
    assert!(text(&outs[2].stderr).contains("roster\\u{7}.csv"));
    assert!(text(&outs[3].stderr).contains("rubric\\u{1b}]0;x.ron"));
}

// 6. A missing file is named, not its folder.

#[test]
fn a_missing_file_is_named_and_its_folder_not_blamed() {
    let s = Setup::new();
    for args in [
        vec!["roster", "import", "missing.csv"],
        vec!["import", "missing.bundle"],
        vec!["rubric", "check", "missing.ron"],
    ] {
        let out = s.run(&args);
        let said = refused(&out);
        let file = args[args.len() - 1];
        assert!(
            said.contains(&format!(
                "there is no file named {file} in the current folder"
            )),
            "{args:?}: {said}"
        );
        assert!(!said.contains("folder does not exist"), "{said}");
    }
    let out = s.run(&["summary", "--bundle", "missing.bundle"]);
    assert!(text(&out.stderr).contains("no file named missing.bundle"));
}

// 7. Pipes in the folders the program reads.

#[cfg(unix)]
#[test]
fn a_pipe_in_any_folder_read_is_reported_or_set_aside_never_waited_on() {
    let s = Setup::new();
    let (id, _) = s.observation();
    let rubrics = s.path("rubrics");
    std::fs::create_dir_all(rubrics.join("scoring")).expect("mkdir");
    let history = s.ws.join("history/observations").join(&id);
    let trash = s.ws.join("trash/observations");
    std::fs::create_dir_all(&history).expect("mkdir");
    std::fs::create_dir_all(&trash).expect("mkdir");
    for pipe in [
        rubrics.join("pipe.ron"),
        rubrics.join("scoring/pipe.ron"),
        history.join("000009-0123456789abcdef.ron"),
        trash.join("obs-0000000000ff.ron"),
        trash.join("obs-0000000000ff.deleted"),
        s.ws.join("settings.ron"),
    ] {
        if !mkfifo(&pipe) {
            return;
        }
    }
    let rubrics = arg(&rubrics);
    let out = s.run(&["--rubrics", rubrics, "rubric", "list"]);
    let said = refused(&out);
    assert!(
        said.contains("pipe.ron:1:1: it is not a regular file"),
        "{said}"
    );
    let out = s.run(&["--rubrics", rubrics, "summary"]);
    let said = text(&out.stderr);
    assert!(
        said.contains("scoring/pipe.ron:1:1: it is not a regular file"),
        "{said}"
    );
    assert!(
        said.contains("settings.ron: it is not a regular file"),
        "{said}"
    );
    let shown = s.ok(&["history", "show", &id]);
    assert!(!shown.is_empty());
    let listed = s.ok(&["trash", "list"]);
    assert!(listed.contains("obs-0000000000ff"), "{listed}");
}
