//! `teacher-eval summary`, `export` and `import` run as processes on demo
//! workspaces, as a coordinator's script would run them.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

fn run(home: &Path, args: &[&str]) -> Output {
    common::binary::command(home)
        .args(args)
        .output()
        .expect("runs")
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
    assert!(
        components.starts_with("\u{feff}rubric,domain,domain_name,component,name,"),
        "the byte-order mark, then the header"
    );
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
    // Filters ignore case, as the guide says: `HIGH` is `high`.
    let shouted = d.summary(&["--level", "HIGH", "--min-observations", "5"]);
    assert!(shouted.status.success(), "{}", text(&shouted.stderr));
    assert_eq!(text(&shouted.stdout), high);
    let nobody = text(&d.summary(&["--school", "No Such School"]).stdout);
    assert!(nobody.contains(": 0 educators at 0 schools"), "{nobody}");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one scenario, step after step, each checked where it happens"
)]
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

/// The ways a name can sit in a PDF's bytes: as UTF-8 (or Latin text), as
/// UTF-16BE, and as the hex of UTF-16BE that metadata strings use.
fn raw_forms(name: &str) -> Vec<Vec<u8>> {
    let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let hex = utf16.iter().fold(String::new(), |mut hex, b| {
        // Writing to a `String` cannot fail.
        let _ = write!(hex, "{b:02X}");
        hex
    });
    vec![
        name.as_bytes().to_vec(),
        utf16,
        hex.clone().into_bytes(),
        hex.to_lowercase().into_bytes(),
    ]
}

fn holds(bytes: &[u8], name: &str) -> bool {
    raw_forms(name)
        .iter()
        .any(|form| bytes.windows(form.len()).any(|w| w == form.as_slice()))
}

/// Every word in `forbidden` is absent from the PDF's text, its raw bytes
/// (metadata included) and both CSV files.
fn assert_nowhere(forbidden: &[&str], pdf: &Path, csv: &Path) {
    let text = pdf_text(pdf);
    let bytes = std::fs::read(pdf).unwrap();
    let tables = [
        std::fs::read_to_string(csv).unwrap(),
        std::fs::read_to_string(crate_components(csv)).unwrap(),
    ];
    for word in forbidden {
        assert!(!text.contains(word), "{word} is in the PDF's text");
        assert!(!holds(&bytes, word), "{word} is in the PDF's bytes");
        for table in &tables {
            assert!(!table.contains(word), "{word} is in a CSV file");
        }
    }
}

/// A home without workspaces, for tests that make their own.
struct Home(tempfile::TempDir);

impl Home {
    fn new() -> Home {
        Home(tempfile::tempdir().unwrap())
    }

    fn cmd(&self, args: &[&str]) -> Output {
        run(self.0.path(), args)
    }

    fn out(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }
}

fn crate_components(csv: &Path) -> PathBuf {
    teacher_eval::summary::components_path(csv)
}

/// The CSV's rows grouped by school, level, role, evaluator and rubric.
fn row_groups(csv: &Path) -> std::collections::HashMap<Vec<String>, usize> {
    let mut reader = csv::Reader::from_path(csv).unwrap();
    let header = reader.headers().unwrap().clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let columns = ["school", "level", "role", "evaluator", "rubric"].map(at);
    let mut groups = std::collections::HashMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        let key: Vec<String> = columns.iter().map(|c| row[*c].to_string()).collect();
        *groups.entry(key).or_default() += 1;
    }
    groups
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one scenario, step after step, each checked where it happens"
)]
fn a_deidentified_summary_names_nobody_and_reports_no_small_group() {
    let d = Home::new();
    let ws = d.out("known");
    let known = common::known_district(&ws);
    let (pdf, csv) = (d.out("shared.pdf"), d.out("shared.csv"));
    let summary = |args: &[&str]| {
        let mut all = vec!["--workspace", s(&ws), "summary", "--year", "2026-27"];
        all.extend(args);
        let out = d.cmd(&all);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        out
    };
    let mut people: Vec<&str> = known.educators.iter().map(String::as_str).collect();
    people.extend(known.evaluators.iter().map(String::as_str));
    people.extend([
        "Quill",
        "Northcott",
        "Southwell",
        "Eastwood",
        "Visitorsky",
        "Prudence",
    ]);

    // The check can fail: named, with a school filter, the school is in the PDF's metadata.
    summary(&["--school", "Quonset Elementary", "--pdf", s(&pdf)]);
    assert!(holds(&std::fs::read(&pdf).unwrap(), "Quonset Elementary"));

    // Coded schools: no person and no school, anywhere.
    summary(&[
        "--deidentify",
        "--code-schools",
        "--pdf",
        s(&pdf),
        "--csv",
        s(&csv),
    ]);
    let mut forbidden = people.clone();
    forbidden.extend(["Quonset", "Wapakoneta", "Tillamook"]);
    assert_nowhere(&forbidden, &pdf, &csv);
    let body = pdf_text(&pdf);
    assert!(
        body.contains("School A") && body.contains("Confidential"),
        "{body}"
    );
    for (key, n) in row_groups(&csv) {
        assert!(n >= 10, "{n} rows share {key:?}");
    }

    // A filter by evaluator (once printed in the scope panel) and by a coded school.
    summary(&[
        "--deidentify",
        "--code-schools",
        "--evaluator",
        "Prudence Northcott",
        "--pdf",
        s(&pdf),
        "--csv",
        s(&csv),
    ]);
    assert_nowhere(&forbidden, &pdf, &csv);
    summary(&[
        "--deidentify",
        "--code-schools",
        "--school",
        "quonset elementary",
        "--pdf",
        s(&pdf),
        "--csv",
        s(&csv),
    ]);
    assert_nowhere(&forbidden, &pdf, &csv);
    assert!(
        holds(
            &std::fs::read(&pdf).unwrap(),
            "Evaluation Summary 2026-27: School "
        ),
        "the title names the school by its code"
    );

    // Schools named: the one with 13 educators shows, Tillamook (4) and the
    // school needed to keep "Other" from being Tillamook do not, nor do the
    // three coordinators' rubric and role, the visitor with two educators,
    // or agreement resting on two.
    summary(&["--deidentify", "--pdf", s(&pdf), "--csv", s(&csv)]);
    assert_nowhere(
        &[
            people.as_slice(),
            &[
                "Tillamook",
                "Wapakoneta",
                "edtech-coordinator",
                "Educational Technology Coordinator",
            ],
        ]
        .concat(),
        &pdf,
        &csv,
    );
    let body = pdf_text(&pdf);
    for words in [
        "Quonset Elementary",
        "Other schools",
        "Other evaluators",
        "fewer than 10",
    ] {
        assert!(body.contains(words), "{words} is missing");
    }
    for (key, n) in row_groups(&csv) {
        assert!(n >= 10, "{n} rows share {key:?}");
    }

    // --min-cell lowers the floor; without --deidentify it is refused.
    summary(&["--deidentify", "--min-cell", "3", "--pdf", s(&pdf)]);
    assert!(pdf_text(&pdf).contains("Tillamook Middle"));
    let out = d.cmd(&["--workspace", s(&ws), "summary", "--min-cell", "3"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn csv_files_have_a_byte_order_mark_unless_told_not_to() {
    let d = Home::new();
    let one = d.out("one");
    let out = d.cmd(&[
        "--workspace",
        s(&one),
        "educator",
        "add",
        "--name",
        "Joana Araújo",
        "--school",
        "=HYPERLINK(\"http://evil.example\")",
        "--role",
        "teacher",
        "--level",
        "middle",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = d.out("one.csv");
    for (flags, mark) in [
        (&[][..], true),
        (&["--csv-bom"][..], true),
        (&["--no-csv-bom"][..], false),
        (&["--no-csv-bom", "--csv-bom"][..], true),
    ] {
        let mut args = vec!["--workspace", s(&one), "summary", "--csv", s(&csv)];
        args.extend(flags);
        let out = d.cmd(&args);
        assert!(out.status.success(), "{flags:?}: {}", text(&out.stderr));
        for file in [csv.clone(), crate_components(&csv)] {
            let bytes = std::fs::read(&file).unwrap();
            assert_eq!(
                bytes.starts_with("\u{feff}".as_bytes()),
                mark,
                "{flags:?} {}",
                file.display()
            );
        }
        let table = std::fs::read_to_string(&csv).unwrap();
        assert!(table.contains("Joana Araújo"), "UTF-8 text");
        assert!(
            table.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
            "the school is neutralised: {table}"
        );
    }
}

#[test]
fn the_text_and_the_csv_name_the_one_profile_used() {
    let d = District::new();
    let out = d.summary(&[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Scored under "), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "The scoring profiles set in {}, the first of 2 sources",
            s(&d.north)
        )),
        "{stdout}"
    );

    let csv = d.out("chosen.csv");
    let out = d.summary(&[
        "--profile",
        "new-jersey-achievenj",
        "--csv",
        s(&csv),
        "--no-csv-bom",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = std::fs::read_to_string(&csv).unwrap();
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = header
        .iter()
        .position(|h| h == "profile_id")
        .expect("a profile_id column");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 24);
    assert!(rows.iter().all(|r| &r[column] == "new-jersey-achievenj"));
    let out = d.summary(&["--profile", "new-jersey-achievenj"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Scored under New Jersey AchieveNJ (new-jersey-achievenj).")
            && stdout.contains("Chosen for this summary"),
        "{stdout}"
    );
}

#[test]
fn one_of_anything_is_counted_in_the_singular() {
    let home = common::binary::Home::with_demo(1);
    let out = home.run(&["summary"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let first = text(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(first.contains(": 1 educator at 1 school, "), "{first}");
    assert!(
        !first.contains("1 educators") && !first.contains("1 schools"),
        "{first}"
    );
    let pdf = home.path().join("one.pdf");
    let out = home.run(&["summary", "--pdf", s(&pdf)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let all = pdf_text(&pdf);
    assert!(all.contains("1 educator at 1 school"), "{all}");
    assert!(
        !all.contains("1 educators") && !all.contains(" 1 observations"),
        "{all}"
    );
}
