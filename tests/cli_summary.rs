//! `teacher-eval summary`, `export` and `import` run as processes on demo
//! workspaces, as a coordinator's script would run them.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

fn teacher_eval(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("teacher-eval").expect("binary built");
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("TEACHER_EVAL_WORKSPACE");
    cmd
}

fn run(home: &Path, args: &[&str]) -> Output {
    teacher_eval(home).args(args).output().expect("runs")
}

/// A temporary path as text (they are UTF-8).
fn s(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A home with two demo workspaces of different seeds.
struct District {
    home: tempfile::TempDir,
    north: PathBuf,
    south: PathBuf,
}

impl District {
    fn new() -> District {
        let home = tempfile::tempdir().unwrap();
        let north = home.path().join("north");
        let south = home.path().join("south");
        let district = District { home, north, south };
        for (dir, seed) in [(&district.north, "1"), (&district.south, "2")] {
            let out = district.cmd(&[
                "--workspace",
                s(dir),
                "demo",
                "--educators",
                "12",
                "--seed",
                seed,
            ]);
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
        district
    }

    fn cmd(&self, args: &[&str]) -> Output {
        run(self.home.path(), args)
    }

    /// `teacher-eval --workspace NORTH --workspace SOUTH summary ARGS...`
    fn summary(&self, args: &[&str]) -> Output {
        let mut all = vec![
            "--workspace",
            s(&self.north),
            "--workspace",
            s(&self.south),
            "summary",
        ];
        all.extend(args);
        self.cmd(&all)
    }

    fn out(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    /// Every educator and evaluator name in both workspaces.
    fn names(&self) -> Vec<String> {
        let mut names = Vec::new();
        for dir in [&self.north, &self.south] {
            let out = self.cmd(&["--workspace", s(dir), "educator", "list", "--json"]);
            let Value::Array(rows) = serde_json::from_slice(&out.stdout).unwrap() else {
                panic!("educator list --json is an array");
            };
            for row in rows {
                for key in ["name", "evaluator"] {
                    if let Some(name) = row[key].as_str().filter(|n| !n.is_empty()) {
                        names.push(name.to_string());
                    }
                }
            }
        }
        names.sort();
        names.dedup();
        names
    }
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages)
        .expect("text extracts")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn two_workspaces_make_a_pdf_and_two_csv_files() {
    let d = District::new();
    let pdf = d.out("district.pdf");
    let csv = d.out("district.csv");
    let out = d.summary(&[
        "--pdf",
        pdf.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "--paper",
        "a4",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("district.pdf (") && stdout.contains("district-components.csv"),
        "{stdout}"
    );
    let body = pdf_text(&pdf);
    for words in [
        "Evaluation Summary",
        "24 educators",
        "Final ratings",
        "Ratings by component",
        "Schools by component",
        "Evaluator calibration",
        "Page 1 of",
    ] {
        assert!(body.contains(words), "the PDF lacks {words:?}");
    }
    let rows = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(rows.lines().count(), 25, "a header and 24 educators");
    let components = std::fs::read_to_string(d.out("district-components.csv")).unwrap();
    assert!(components.starts_with("rubric,domain,domain_name,component,name,"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [&pdf, &csv] {
            let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", file.display());
        }
    }
}

#[test]
fn a_deidentified_summary_prints_no_name() {
    let d = District::new();
    let names = d.names();
    assert!(names.len() > 10, "{names:?}");
    let pdf = d.out("shared.pdf");
    let csv = d.out("shared.csv");
    let out = d.summary(&[
        "--deidentify",
        "--pdf",
        pdf.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let body = pdf_text(&pdf);
    let educators = std::fs::read_to_string(&csv).unwrap();
    let components = std::fs::read_to_string(d.out("shared-components.csv")).unwrap();
    assert!(
        body.contains("Evaluator A") && educators.contains("E-"),
        "codes and letters are used"
    );
    for name in &names {
        for (what, text) in [
            ("PDF", &body),
            ("educators CSV", &educators),
            ("components CSV", &components),
        ] {
            assert!(
                !text.contains(name.as_str()),
                "{name} appears in the {what}"
            );
            // Surnames alone too (the longest word of the name).
            let longest = name
                .split_whitespace()
                .max_by_key(|w| w.chars().count())
                .unwrap_or_default();
            if longest.chars().count() >= 6 {
                assert!(
                    !text.contains(longest),
                    "{longest} (of {name}) appears in the {what}"
                );
            }
        }
    }
    assert!(
        !body.contains(d.north.to_str().unwrap()),
        "a folder may name a person"
    );
}

#[test]
fn the_same_workspace_twice_counts_once_and_text_is_printed_without_files() {
    let d = District::new();
    let ws = s(&d.north);
    let out = d.cmd(&["--workspace", ws, "--workspace", ws, "summary"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(": 12 educators at"), "{stdout}");
    assert!(
        stdout.contains("Found in more than one source:"),
        "{stdout}"
    );
}

#[test]
fn unreadable_sources_are_reported_and_left_out() {
    let d = District::new();
    let missing = d.out("nowhere");
    let bad_bundle = d.out("bad.bundle");
    std::fs::write(
        &bad_bundle,
        "teacher-eval bundle 1\n../x\n1\nx\nend 1\nsha256 00\n",
    )
    .unwrap();
    let out = d.cmd(&[
        "--workspace",
        s(&d.north),
        "--workspace",
        s(&missing),
        "summary",
        "--plain",
        "--bundle",
        s(&bad_bundle),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("nowhere cannot be read: it does not exist. It is left out"),
        "{stderr}"
    );
    assert!(stderr.contains("bad.bundle is refused"), "{stderr}");
    assert!(text(&out.stdout).contains(": 12 educators at"));

    let out = d.cmd(&["--workspace", s(&missing), "summary"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("none of the workspaces or bundles could be read"));
}

#[test]
fn bad_arguments_are_one_sentence_and_exit_1() {
    let d = District::new();
    for (args, says) in [
        (vec!["--year", "2026"], "is not a school year"),
        (
            vec!["--profile", "nope"],
            "there is no scoring profile `nope`",
        ),
        (vec!["--pdf", "/nonexistent-folder/x.pdf"], "does not exist"),
        (vec!["--csv", "/nonexistent-folder/x.csv"], "does not exist"),
    ] {
        let out = d.summary(&args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    // Other commands read one workspace and refuse several.
    let out = d.cmd(&[
        "--workspace",
        s(&d.north),
        "--workspace",
        s(&d.south),
        "educator",
        "list",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("only `summary` reads several workspaces"));
}

#[test]
fn filters_narrow_the_summary() {
    let d = District::new();
    let all = text(&d.summary(&[]).stdout);
    let high = d.summary(&["--level", "high", "--min-observations", "5"]);
    assert!(high.status.success(), "{}", text(&high.stderr));
    let high = text(&high.stdout);
    assert_ne!(all, high);
    assert!(high.contains("Fewer than 5 observations"), "{high}");
    let nobody = text(&d.summary(&["--school", "No Such School"]).stdout);
    assert!(nobody.contains(": 0 educators at 0 schools"), "{nobody}");
}

#[test]
fn export_then_import_moves_a_workspace() {
    let d = District::new();
    let bundle = d.out("north.bundle");
    let out = d.cmd(&[
        "--workspace",
        s(&d.north),
        "export",
        "--plain",
        "--out",
        s(&bundle),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("12 educators"),
        "{}",
        text(&out.stdout)
    );
    let copy = d.out("copy");
    let out = d.cmd(&["--workspace", s(&copy), "import", "--plain", s(&bundle)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Added "),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stdout).contains("records) into "),
        "{}",
        text(&out.stdout)
    );

    // Counts read as words: one of a thing is singular, and a small file is in KB.
    let one = d.out("one");
    let out = d.cmd(&[
        "--workspace",
        s(&one),
        "educator",
        "add",
        "--name",
        "Siobhán Reddy",
        "--school",
        "Cedar Ridge Elementary",
        "--role",
        "teacher",
        "--level",
        "elementary",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let small = d.out("one.bundle");
    let out = d.cmd(&[
        "--workspace",
        s(&one),
        "export",
        "--plain",
        "--out",
        s(&small),
    ]);
    let said = text(&out.stdout);
    assert!(
        said.contains(": 1 educator, 0 observations, 0 summative evaluations, 0 growth plans (")
            && (said.contains(" bytes).") || said.contains(" KB).")),
        "{said}"
    );
    let out = d.cmd(&[
        "--workspace",
        s(&d.out("two")),
        "import",
        "--plain",
        s(&small),
    ]);
    assert!(
        text(&out.stdout).contains("(1 record) into "),
        "{}",
        text(&out.stdout)
    );
    let list = |dir: &Path| {
        text(
            &d.cmd(&["--workspace", s(dir), "observation", "list", "--json"])
                .stdout,
        )
    };
    assert_eq!(list(&copy), list(&d.north));

    // A bundle is a source for the summary as well.
    let out = d.cmd(&[
        "--workspace",
        s(&d.south),
        "summary",
        "--plain",
        "--bundle",
        s(&bundle),
    ]);
    assert!(
        text(&out.stdout).contains(": 24 educators at"),
        "{}",
        text(&out.stdout)
    );

    // An export filtered to a school nobody works at writes nothing.
    let none = d.out("none.bundle");
    let out = d.cmd(&[
        "--workspace",
        s(&d.north),
        "export",
        "--plain",
        "--out",
        s(&none),
        "--school",
        "Nowhere",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!none.exists());
}
