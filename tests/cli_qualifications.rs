//! Educators' qualifications on the command line: `educator add --degree-level`,
//! `educator degree`, `educator cert add | remove`, `educator show`, the
//! district's minimum degree in `settings`, and who falls short in `overview`,
//! run as processes on a workspace in a temporary folder.

mod common;

use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;

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

    fn run(&self, args: &[&str]) -> Output {
        common::binary::command(self.home.path())
            .arg("--workspace")
            .arg(&self.workspace)
            .args(args)
            .output()
            .expect("runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// A command that must fail: its one-line error, and no change to any file.
    fn refused(&self, args: &[&str]) -> String {
        let before = self.files();
        let out = self.run(args);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert_eq!(self.files(), before, "{args:?} changed a file");
        let err = text(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        err
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).expect("JSON")
    }

    fn add(&self, name: &str, role: &str, extra: &[&str]) -> String {
        let mut args = vec![
            "educator",
            "add",
            "--name",
            name,
            "--school",
            "Lincoln MS",
            "--role",
            role,
            "--level",
            "middle",
        ];
        args.extend_from_slice(extra);
        self.ok(&args).trim().to_string()
    }

    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for dir in ["educators", ""] {
            let Ok(entries) = std::fs::read_dir(self.workspace.join(dir)) else {
                continue;
            };
            for entry in entries.flatten() {
                // The lock names the process that holds it; it is not a record.
                if entry.path().is_file() && !entry.file_name().to_string_lossy().starts_with('.') {
                    out.push((
                        entry.path(),
                        std::fs::read(entry.path()).unwrap_or_default(),
                    ));
                }
            }
        }
        out.sort();
        out
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn in_days(days: i64) -> String {
    (teacher_eval::clock::local_now().date_naive() + chrono::Duration::days(days)).to_string()
}

#[test]
fn a_degree_and_certifications_are_set_shown_and_removed() {
    let s = Setup::new();
    let id = s.add(
        "Nguyễn Thị Hương",
        "edtech-coordinator",
        &[
            "--degree",
            "M.Ed. Educational Technology",
            "--degree-level",
            "Master's",
            "--certification",
            "ESL",
        ],
    );
    let expires = in_days(30);
    let said = s.ok(&[
        "educator",
        "cert",
        "add",
        &id,
        "--name",
        "Instructional Technology Specialist",
        "--number",
        "IT-0042",
        "--issued",
        "2021-06-30",
        "--expires",
        &expires,
    ]);
    assert!(
        said.contains("Instructional Technology Specialist (no. IT-0042"),
        "{said}"
    );
    s.ok(&[
        "educator",
        "cert",
        "add",
        &id,
        "--name",
        "Reading Specialist",
        "--expires",
        "2020-06-30",
    ]);
    let shown = s.ok(&["educator", "show", &id]);
    assert!(
        shown.contains("degree: M.Ed. Educational Technology (master's)"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("expires {expires}) — expires in 30 days")),
        "{shown}"
    );
    assert!(
        shown.contains("Reading Specialist (expires 2020-06-30) — expired on 2020-06-30"),
        "{shown}"
    );
    assert!(shown.contains("certification: ESL\n"), "{shown}");

    let list = s.json(&["educator", "list", "--json"]);
    let row = &list[0];
    assert_eq!(row["degree_level"], "master");
    assert_eq!(row["certifications"][0], "ESL");
    assert_eq!(row["certification_details"][1]["number"], "IT-0042");
    assert_eq!(row["certification_details"][1]["issued"], "2021-06-30");
    let one = s.json(&["educator", "show", &id, "--json"]);
    assert_eq!(
        one["shortfalls"][0],
        "Reading Specialist expired on 2020-06-30"
    );

    // Adding again under the same name (other capitals) replaces it.
    s.ok(&[
        "educator",
        "cert",
        "add",
        &id,
        "--name",
        "reading specialist",
        "--expires",
        &in_days(400),
    ]);
    let one = s.json(&["educator", "show", &id, "--json"]);
    assert_eq!(
        one["certification_details"].as_array().map(Vec::len),
        Some(3)
    );
    assert_eq!(one["shortfalls"].as_array().map(Vec::len), Some(0));
    let said = s.ok(&["educator", "cert", "remove", &id, "--name", "ESL"]);
    assert!(said.contains("removed the certification ESL"), "{said}");
    s.ok(&["educator", "degree", &id, "--level", "unrecorded"]);
    let one = s.json(&["educator", "show", &id, "--json"]);
    assert_eq!(one["degree_level"], Value::Null);
    assert_eq!(one["degree"], "M.Ed. Educational Technology");
}

#[test]
fn wrong_dates_levels_and_names_are_refused_with_nothing_written() {
    let s = Setup::new();
    let id = s.add("Zoë Brontë-Øster", "teacher", &[]);
    let err = s.refused(&[
        "educator",
        "cert",
        "add",
        &id,
        "--name",
        "ESL",
        "--issued",
        "2026-06-30",
        "--expires",
        "2026-06-01",
    ]);
    assert!(
        err.contains("expires on 2026-06-01, before it was issued on 2026-06-30"),
        "{err}"
    );
    let err = s.refused(&[
        "educator",
        "cert",
        "add",
        &id,
        "--name",
        "ESL",
        "--expires",
        "31/31/2026",
    ]);
    assert!(err.contains("expiry date"), "{err}");
    let err = s.refused(&["educator", "cert", "add", &id, "--name", " \u{7} "]);
    assert!(err.contains("needs a name"), "{err}");
    let long = "x".repeat(501);
    s.refused(&["educator", "cert", "add", &id, "--name", &long]);
    let err = s.refused(&["educator", "degree", &id, "--level", "phd\u{202e}"]);
    assert!(err.contains("is not a degree level"), "{err}");
    let err = s.refused(&["educator", "cert", "remove", &id, "--name", "Nothing"]);
    assert!(err.contains("has no certification named Nothing"), "{err}");
    s.refused(&[
        "educator",
        "degree",
        "../../etc/passwd",
        "--level",
        "master",
    ]);
    s.refused(&[
        "educator",
        "cert",
        "add",
        "edu-000000000009",
        "--name",
        "ESL",
    ]);
    let err = s.refused(&["settings", "--minimum-degree", "edtech-coordinator"]);
    assert!(err.contains("is not ROLE=LEVEL"), "{err}");
    s.refused(&["settings", "--minimum-degree", "janitor=master"]);
    // Hostile text is kept as typed.
    let name = "<b>Ĉertifikato</b> 名 \u{202e}";
    s.ok(&["educator", "cert", "add", &id, "--name", name]);
    let one = s.json(&["educator", "show", &id, "--json"]);
    assert_eq!(one["certifications"][0], name.trim());
}

#[test]
fn the_overview_lists_who_falls_short_of_the_minimum() {
    let s = Setup::new();
    let short = s.add(
        "Ana Ruiz",
        "edtech-coordinator",
        &["--degree-level", "bachelor"],
    );
    let unknown = s.add(
        "Björn Ek",
        "edtech-coordinator",
        &["--degree", "M.S. Computing"],
    );
    let meets = s.add(
        "Chidi Okafor",
        "edtech-coordinator",
        &["--degree-level", "doctorate"],
    );
    let teacher = s.add("Dana Cole", "teacher", &[]);
    s.ok(&[
        "educator",
        "cert",
        "add",
        &teacher,
        "--name",
        "Elementary K-6",
        "--expires",
        "2021-01-01",
    ]);

    let before = s.ok(&["overview"]);
    assert!(
        !before.contains("Degree not recorded"),
        "no minimum yet: {before}"
    );
    let said = s.ok(&["settings", "--minimum-degree", "edtech-coordinator=master"]);
    assert!(
        said.contains("The role edtech-coordinator needs at least a master's degree"),
        "{said}"
    );
    assert!(
        s.ok(&["settings"])
            .contains("minimum-degree edtech-coordinator: master")
    );

    let text = s.ok(&["overview"]);
    assert!(
        text.contains("Short of the district's minimum degree, or a certification expired (2):"),
        "{text}"
    );
    assert!(text.contains(&format!("{short}  Ana Ruiz (edtech-coordinator): bachelor's, below the role's minimum of a master's degree")), "{text}");
    assert!(
        text.contains(&format!(
            "{teacher}  Dana Cole (teacher): Elementary K-6 expired on 2021-01-01"
        )),
        "{text}"
    );
    assert!(
        text.contains("Degree not recorded where the role has a minimum (1):"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{unknown}  Björn Ek (edtech-coordinator): degree not recorded"
        )),
        "{text}"
    );
    let lists = text.split_once("Short of").map_or("", |(_, after)| after);
    assert!(
        !lists.contains(&meets),
        "who meets the minimum is not listed: {text}"
    );

    let json = s.json(&["overview", "--json"]);
    let q = &json["qualifications"];
    assert_eq!(q["short"].as_array().map(Vec::len), Some(2));
    assert_eq!(q["not_recorded"][0]["id"], unknown.as_str());

    s.ok(&["settings", "--minimum-degree", "edtech-coordinator=none"]);
    let text = s.ok(&["overview"]);
    assert!(!text.contains("Ana Ruiz (edtech"), "{text}");
    assert!(
        text.contains("Dana Cole (teacher): Elementary K-6 expired"),
        "{text}"
    );
}
