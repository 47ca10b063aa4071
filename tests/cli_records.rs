//! `teacher-eval educator | observation | roster | demo` run as a process,
//! as a user or a script would, against a workspace in a temporary folder.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

/// A home folder and a workspace folder (not yet created) inside it.
struct Setup {
    home: tempfile::TempDir,
    workspace: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let home = tempfile::tempdir().expect("tempdir");
        let workspace = home.path().join("workspace");
        Setup { home, workspace }
    }

    /// `teacher-eval --workspace WORKSPACE ARGS...`
    fn run(&self, args: &[&str]) -> Output {
        common::binary::command(self.home.path())
            .arg("--workspace")
            .arg(&self.workspace)
            .args(args)
            .output()
            .expect("runs")
    }

    fn educators_json(&self) -> Vec<Value> {
        let out = self.run(&["educator", "list", "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        json_array(&out)
    }

    fn record_files(&self, folder: &str) -> Vec<String> {
        file_names(&self.workspace.join(folder))
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn json_array(out: &Output) -> Vec<Value> {
    match serde_json::from_str::<Value>(&stdout(out)).expect("stdout is JSON") {
        Value::Array(rows) => rows,
        other => panic!("expected a JSON array, got {other}"),
    }
}

/// The names of the files in `dir`, sorted; none if it does not exist.
fn file_names(dir: &Path) -> Vec<String> {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = listing
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every file under `root` (relative path -> bytes), except the lock file,
/// whose text names the process that last held it.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(listing) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in listing {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let relative = path
                    .strip_prefix(root)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned();
                if relative != teacher_eval::workspace::LOCK_FILE {
                    files.insert(relative, std::fs::read(&path).expect("read"));
                }
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(root, root, &mut files);
    files
}

fn is_educator_id(id: &str) -> bool {
    id.len() == 16
        && id.starts_with("edu-")
        && id[4..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

/// Adds a teacher and returns the id printed.
fn add(setup: &Setup, name: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "educator",
        "add",
        "--name",
        name,
        "--school",
        "Maple Grove Elementary",
        "--role",
        "teacher",
        "--level",
        "elementary",
    ];
    args.extend_from_slice(extra);
    let out = setup.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    assert!(is_educator_id(&id), "{id:?}");
    id
}

fn find<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {rows:?}"))
}

// ---------------------------------------------------------------- educator add

#[test]
fn add_prints_an_id_and_list_shows_the_educator() {
    let setup = Setup::new();
    let out = setup.run(&[
        "educator",
        "add",
        "--name",
        "Ingrid Lindqvist",
        "--school",
        "Harbor View High School",
        "--role",
        "teacher",
        "--level",
        "high",
        "--subject",
        "Grade 10 Chemistry",
        "--employment",
        "tenured",
        "--evaluator",
        "Dr. Renée Castellanos",
        "--degree",
        "M.S. Chemistry",
        "--certification",
        "Secondary Science 7-12",
        "--certification",
        "ESL",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    let id = text.trim();
    assert!(is_educator_id(id), "{id:?}");

    let rows = setup.educators_json();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = find(&rows, id);
    for key in ["id", "name", "school", "role", "level"] {
        assert!(row.get(key).is_some(), "no `{key}` in {row}");
    }
    assert_eq!(row["name"], "Ingrid Lindqvist");
    assert_eq!(row["school"], "Harbor View High School");
    assert_eq!(row["role"], "teacher");
    assert_eq!(row["level"], "high");
    assert_eq!(row["subject"], "Grade 10 Chemistry");
    assert_eq!(row["employment"], "Tenured");
    assert_eq!(row["evaluator"], "Dr. Renée Castellanos");
    assert_eq!(row["degree"], "M.S. Chemistry");
    assert_eq!(
        row["certifications"],
        serde_json::json!(["Secondary Science 7-12", "ESL"])
    );
    assert_eq!(
        setup.record_files("educators"),
        vec![format!("{id}.ron")],
        "one file, named for the id"
    );
}

#[test]
fn unicode_names_survive_exactly_in_list_and_json() {
    let setup = Setup::new();
    let names = [
        "Nguyễn Thị Hương",
        "Małgorzata Wójcik",
        "Sigríður Þórsdóttir",
    ];
    let ids: Vec<String> = names.iter().map(|n| add(&setup, n, &[])).collect();

    let out = setup.run(&["educator", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 3, "{text}");
    for (id, name) in ids.iter().zip(names) {
        let line = text
            .lines()
            .find(|l| l.starts_with(id.as_str()))
            .unwrap_or_else(|| panic!("{id} not listed: {text}"));
        assert!(line.contains(&format!("  {name}  ")), "{line}");
    }

    let rows = setup.educators_json();
    assert_eq!(rows.len(), 3);
    for (id, name) in ids.iter().zip(names) {
        assert_eq!(find(&rows, id)["name"], name);
    }
}

#[test]
fn the_default_rubric_follows_the_role_and_a_chosen_one_is_kept() {
    let setup = Setup::new();
    let teacher = add(&setup, "Amara Okafor", &[]);
    let chosen = add(&setup, "Søren Ødegård", &["--rubric", "danielson-2022"]);
    let out = setup.run(&[
        "educator",
        "add",
        "--name",
        "Hoàng Minh Tuấn",
        "--school",
        "Jefferson Middle School",
        "--role",
        "edtech-coordinator",
        "--level",
        "middle",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let coordinator = stdout(&out).trim().to_string();

    let rows = setup.educators_json();
    assert_eq!(find(&rows, &teacher)["rubric_id"], "danielson-2013");
    assert_eq!(find(&rows, &chosen)["rubric_id"], "danielson-2022");
    assert_eq!(find(&rows, &coordinator)["rubric_id"], "edtech-coordinator");
    assert_eq!(find(&rows, &coordinator)["role"], "edtech-coordinator");
    assert_eq!(find(&rows, &coordinator)["level"], "middle");
}

#[test]
fn bad_input_is_one_line_exit_1_and_writes_nothing() {
    let setup = Setup::new();
    // The workspace exists (with its empty educators folder) before the attempts.
    drop(teacher_eval::workspace::Workspace::open(&setup.workspace).expect("create"));
    assert!(setup.workspace.join("educators").is_dir());

    let base = |name: &'static str, role: &'static str, level: &'static str| {
        vec![
            "educator",
            "add",
            "--name",
            name,
            "--school",
            "Maple Grove Elementary",
            "--role",
            role,
            "--level",
            level,
        ]
    };
    let mut unknown_rubric = base("Amara Okafor", "teacher", "elementary");
    unknown_rubric.extend(["--rubric", "nope-2099"]);
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "unknown role",
            base("Amara Okafor", "janitor", "elementary"),
            "the role `janitor`",
        ),
        ("unknown rubric", unknown_rubric, "`nope-2099`"),
        (
            "bad level",
            base("Amara Okafor", "teacher", "university"),
            "`university`",
        ),
        ("empty name", base("", "teacher", "elementary"), "name"),
        ("blank name", base("   ", "teacher", "elementary"), "name"),
    ];
    for (what, args, expected) in cases {
        let out = setup.run(&args);
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(stdout(&out).is_empty(), "{what}: {}", stdout(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{what}: {err}");
        assert!(err.contains(expected), "{what}: {err}");
        assert!(
            setup.record_files("educators").is_empty(),
            "{what}: {:?}",
            setup.record_files("educators")
        );
    }
}

#[test]
fn the_environment_names_the_workspace_and_the_option_wins() {
    let home = tempfile::tempdir().expect("tempdir");
    let from_env = home.path().join("from-env");
    let from_option = home.path().join("from-option");
    let add = |workspace: Option<&Path>, name: &str| {
        let mut cmd = common::binary::command(home.path());
        cmd.env("TEACHER_EVAL_WORKSPACE", &from_env);
        if let Some(dir) = workspace {
            cmd.arg("--workspace").arg(dir);
        }
        let out = cmd
            .args([
                "educator",
                "add",
                "--name",
                name,
                "--school",
                "Westfield High School",
            ])
            .args(["--role", "teacher", "--level", "high"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).trim().to_string()
    };

    let first = add(None, "Kwame Mensah");
    assert_eq!(
        file_names(&from_env.join("educators")),
        vec![format!("{first}.ron")]
    );
    assert!(!from_option.exists());

    let second = add(Some(&from_option), "Aroha Ngata");
    assert_eq!(
        file_names(&from_option.join("educators")),
        vec![format!("{second}.ron")]
    );
    assert_eq!(
        file_names(&from_env.join("educators")),
        vec![format!("{first}.ron")],
        "the environment's workspace is untouched when --workspace is given"
    );
    // Nothing went to the platform data folder either.
    assert!(!home.path().join("data").exists());
}

// ---------------------------------------------------------------- roster import

#[test]
fn roster_import_reports_bad_rows_by_line_and_imports_the_rest() {
    let setup = Setup::new();
    let file = setup.home.path().join("roster.csv");
    let lines = [
        "Level,ROLE,Name,School,Subject,employment", // 1
        "elementary,teacher,Nguyễn Thị Hương,Maple Grove Elementary,Grade 3,tenured", // 2
        "middle,janitor,Kwame Mensah,Jefferson Middle School,,", // 3: unknown role
        "high,edtech-coordinator,Sigríður Þórsdóttir,Westfield High School,,", // 4
        "",                                          // 5: blank
        "university,teacher,Aroha Ngata,Lakeside High School,,", // 6: bad level
        "high,Teacher,\"O'Connor, Zoë\",Northgate High School,Grade 11 English,", // 7
        "middle,teacher,Małgorzata Wójcik,,Grade 7 Science,", // 8: no school
    ];
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(lines.join("\n").as_bytes());
    bytes.push(b'\n');
    std::fs::write(&file, &bytes).expect("write");
    let file_arg = file.to_str().expect("UTF-8 path");

    let out = setup.run(&["roster", "import", file_arg]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\nImported 3 educators"), "{text}");
    assert!(text.contains("3 rows with problems"), "{text}");
    let err = stderr(&out);
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 3, "{err}");
    for (line, expected) in err_lines.iter().zip(["janitor", "university", "no school"]) {
        assert!(line.starts_with(&format!("{file_arg}:")), "{err}");
        assert!(line.contains(expected), "{err}");
    }

    let rows = setup.educators_json();
    let mut names: Vec<&str> = rows
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        ["Nguyễn Thị Hương", "O'Connor, Zoë", "Sigríður Þórsdóttir"]
    );
    let nguyen = rows
        .iter()
        .find(|r| r["name"] == "Nguyễn Thị Hương")
        .expect("imported");
    assert_eq!(nguyen["school"], "Maple Grove Elementary");
    assert_eq!(nguyen["level"], "elementary");
    assert_eq!(nguyen["subject"], "Grade 3");
    assert_eq!(nguyen["employment"], "Tenured");
    let coordinator = rows
        .iter()
        .find(|r| r["name"] == "Sigríður Þórsdóttir")
        .expect("imported");
    assert_eq!(coordinator["role"], "edtech-coordinator");
    assert_eq!(coordinator["rubric_id"], "edtech-coordinator");
    let oconnor = rows
        .iter()
        .find(|r| r["name"] == "O'Connor, Zoë")
        .expect("imported");
    assert_eq!(oconnor["role"], "teacher", "role given in another case");

    // Again: nobody is added twice.
    let before = setup.record_files("educators");
    let out = setup.run(&["roster", "import", file_arg]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("\nImported 0 educators"), "{text}");
    assert!(
        text.contains("3 already in the workspace and unchanged"),
        "{text}"
    );
    assert_eq!(setup.record_files("educators"), before);
    assert_eq!(setup.educators_json().len(), 3);

    // Last, so the checks above run whatever the line numbers: each bad row
    // is reported at its own 1-based line of the file (the BOM and the blank
    // line 5 included in the count).
    let err_lines: Vec<&str> = err.lines().collect();
    for (line, number) in err_lines.iter().zip([3, 6, 8]) {
        assert!(
            line.starts_with(&format!("{file_arg}:{number}: ")),
            "expected line {number}: {err}"
        );
    }
}

#[test]
fn roster_with_windows_line_ends_reports_the_right_lines() {
    // Spreadsheets save CSV with CRLF line ends.
    let setup = Setup::new();
    let file = setup.home.path().join("crlf.csv");
    let text = "name,school,role,level\r\n\
                Amara Okafor,Maple Grove Elementary,teacher,elementary\r\n\
                Kwame Mensah,Maple Grove Elementary,janitor,elementary\r\n\
                Aroha Ngata,Westfield High School,teacher,university\r\n";
    std::fs::write(&file, text).expect("write");
    let file_arg = file.to_str().expect("UTF-8 path");
    let out = setup.run(&["roster", "import", file_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("\nImported 1 educator;"),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 2, "{err}");
    assert!(
        err_lines[0].starts_with(&format!("{file_arg}:3: ")),
        "{err}"
    );
    assert!(
        err_lines[1].starts_with(&format!("{file_arg}:4: ")),
        "{err}"
    );
}

#[test]
fn roster_without_a_required_column_imports_nothing() {
    let setup = Setup::new();
    let file = setup.home.path().join("no-school.csv");
    std::fs::write(
        &file,
        "name,role,level\nAmara Okafor,teacher,elementary\nKwame Mensah,teacher,high\n",
    )
    .expect("write");
    let out = setup.run(&["roster", "import", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("`school`"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(setup.record_files("educators").is_empty());
}

#[test]
fn roster_with_an_unknown_column_ignores_it_and_says_so() {
    let setup = Setup::new();
    let file = setup.home.path().join("extra.csv");
    std::fs::write(
        &file,
        "name,school,role,level,shoe size\nAmara Okafor,Maple Grove Elementary,teacher,elementary,39\n",
    )
    .expect("write");
    let out = setup.run(&["roster", "import", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("shoe size  -> ignored (not a column known)"),
        "{text}"
    );
    assert!(text.contains("Imported 1 educator."), "{text}");
    assert_eq!(setup.record_files("educators").len(), 1);
}

#[test]
fn roster_that_does_not_exist_is_one_sentence() {
    let setup = Setup::new();
    let file = setup.home.path().join("missing.csv");
    let out = setup.run(&["roster", "import", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("missing.csv"), "{err}");
    assert!(err.trim_end().ends_with('.'), "{err}");
    assert!(setup.record_files("educators").is_empty());
}

// ---------------------------------------------------------------- observations

#[test]
fn observation_list_json_on_a_demo_workspace() {
    let setup = Setup::new();
    let out = setup.run(&["demo", "--educators", "6", "--seed", "3"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = setup.run(&["observation", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json_array(&out);
    assert!(rows.len() >= 6, "one to four per educator: {}", rows.len());
    for row in &rows {
        for key in [
            "id",
            "educator_id",
            "kind",
            "started_at",
            "evidence_count",
            "rated_count",
            "status",
        ] {
            assert!(row.get(key).is_some(), "no `{key}` in {row}");
        }
        let notes = row["evidence_count"].as_u64().expect("a count");
        assert!((10..=40).contains(&notes), "{row}");
        let rated = row["rated_count"].as_u64().expect("a count");
        assert!(rated <= 70, "{row}");
        let kind = row["kind"].as_str().expect("text");
        assert!(
            teacher_eval::record::ObservationKind::from_key(kind).is_some(),
            "{row}"
        );
        assert!(row["announced"].is_boolean(), "{row}");
        let status = row["status"].as_str().expect("text");
        assert!(
            ["draft", "shared", "acknowledged"].contains(&status),
            "{row}"
        );
        let started = row["started_at"].as_str().expect("text");
        chrono::DateTime::parse_from_rfc3339(started).expect("an RFC 3339 time");
    }

    let educators = setup.educators_json();
    assert_eq!(educators.len(), 6);
    let mut seen = 0;
    for educator in &educators {
        let id = educator["id"].as_str().expect("id");
        let out = setup.run(&["observation", "list", "--educator", id, "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let own = json_array(&out);
        assert!((1..=4).contains(&own.len()), "{id}: {}", own.len());
        assert!(own.iter().all(|r| r["educator_id"] == id), "{own:?}");
        assert_eq!(
            own.len(),
            rows.iter().filter(|r| r["educator_id"] == id).count()
        );
        seen += own.len();
    }
    assert_eq!(
        seen,
        rows.len(),
        "every observation belongs to a listed educator"
    );

    let out = setup.run(&["observation", "list", "--educator", "edu-000000000000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("edu-000000000000"), "{err}");
}

// ---------------------------------------------------------------- demo

#[test]
fn demo_is_the_same_for_the_same_seed() {
    let demo = |seed: &str| {
        let setup = Setup::new();
        let out = setup.run(&["demo", "--educators", "10", "--seed", seed]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).starts_with("Wrote 10 educators and "));
        let files = snapshot(&setup.workspace);
        (setup, files)
    };
    let (_a, first) = demo("7");
    let (_b, second) = demo("7");
    let (_c, other) = demo("8");
    assert!(first.len() > 10, "{} files", first.len());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>(),
        "the same file names"
    );
    for (name, bytes) in &first {
        assert!(second[name] == *bytes, "{name} differs between two runs");
    }
    let shared: Vec<&String> = first.keys().filter(|k| other.contains_key(*k)).collect();
    assert!(
        shared.is_empty(),
        "another seed gives other ids: {shared:?}"
    );
}

#[test]
fn demo_refuses_a_workspace_that_has_records() {
    let setup = Setup::new();
    add(&setup, "Amara Okafor", &[]);
    let before = snapshot(&setup.workspace);
    let out = setup.run(&["demo", "--educators", "4"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("already holds"), "{err}");
    assert_eq!(snapshot(&setup.workspace), before, "nothing changed");
}

// ---------------------------------------------------------------- safety

#[test]
fn a_workspace_held_by_another_program_cannot_be_changed() {
    let setup = Setup::new();
    let held = teacher_eval::workspace::Workspace::open(&setup.workspace).expect("open");
    assert!(
        held.read_only_reason().is_none(),
        "this test holds the lock"
    );

    let out = setup.run(&[
        "educator",
        "add",
        "--name",
        "Amara Okafor",
        "--school",
        "Maple Grove Elementary",
        "--role",
        "teacher",
        "--level",
        "elementary",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot be changed now"), "{err}");
    assert!(setup.record_files("educators").is_empty());

    // Reading is still fine while it is held.
    let out = setup.run(&["educator", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    drop(held);

    add(&setup, "Amara Okafor", &[]);
}

#[test]
fn a_corrupt_record_is_named_and_the_others_still_list() {
    let setup = Setup::new();
    let good = add(&setup, "Nguyễn Thị Hương", &[]);
    let other = add(&setup, "Kwame Mensah", &[]);
    let corrupt = setup.workspace.join("educators/edu-00000000bad0.ron");
    let text = "Educator(\n    schema: 1,\n    id: \"edu-00000000bad0\",\n    name: 42,\n)\n";
    std::fs::write(&corrupt, text).expect("write");

    let out = setup.run(&["educator", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = stdout(&out);
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(
        listed.contains(&good) && listed.contains(&other),
        "{listed}"
    );
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{}:4:11: ", corrupt.display())),
        "file, line and column: {err}"
    );

    let out = setup.run(&["educator", "list", "--json"]);
    assert!(out.status.success());
    assert_eq!(json_array(&out).len(), 2);
    assert_eq!(
        std::fs::read_to_string(&corrupt).expect("still there"),
        text,
        "the corrupt file is kept as it was"
    );
}
