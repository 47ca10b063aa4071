//! `teacher-eval summary --qualified` and `--degree-at-least` on a small
//! hand-built workspace: who is kept, who is left out, and the PDF saying
//! which filter was used.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::sample_educator;
use teacher_eval::record::DegreeLevel;
use teacher_eval::workspace::Workspace;

/// Four educators; the settings ask a teacher for a master's degree and a
/// coordinator for a bachelor's. Bea (bachelor's teacher) and Cal
/// (associate's coordinator) fall below, Max (master's teacher) meets, and
/// Nia (a teacher with no degree level recorded) is in neither list.
struct School {
    home: tempfile::TempDir,
    root: PathBuf,
}

const PEOPLE: [(&str, &str, &str, Option<DegreeLevel>); 4] = [
    (
        "edu-00000000000b",
        "Bea Bachelor",
        "teacher",
        Some(DegreeLevel::Bachelor),
    ),
    (
        "edu-00000000000c",
        "Cal Coordinator",
        "edtech-coordinator",
        Some(DegreeLevel::Associate),
    ),
    (
        "edu-00000000000d",
        "Max Master",
        "teacher",
        Some(DegreeLevel::Master),
    ),
    ("edu-00000000000e", "Nia Unrecorded", "teacher", None),
];

impl School {
    fn new() -> School {
        let home = tempfile::tempdir().expect("tempdir");
        let root = home.path().join("school");
        {
            // Closed (its lock let go) before the binary opens it.
            let w = Workspace::open(&root).expect("workspace");
            for (id, name, role, level) in PEOPLE {
                let mut e = sample_educator(id, name);
                e.role = role.into();
                if role != "teacher" {
                    e.rubric_id = "edtech-coordinator".into();
                }
                e.qualifications.degree_level = level;
                w.create(&e).expect("educator written");
            }
        }
        let school = School { home, root };
        for minimum in ["teacher=master", "edtech-coordinator=bachelor"] {
            let out = school.run(&["settings", "--minimum-degree", minimum]);
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
        school
    }

    fn run(&self, args: &[&str]) -> Output {
        common::binary::command(self.home.path())
            .arg("--workspace")
            .arg(&self.root)
            .args(args)
            .output()
            .expect("runs")
    }

    /// The names in the educators CSV of `summary ARGS`.
    fn kept(&self, args: &[&str]) -> Vec<String> {
        let csv = self.home.path().join("out.csv");
        let mut all = vec!["summary", "--year", "2026-27", "--csv"];
        all.push(csv.to_str().expect("a UTF-8 temporary path"));
        all.extend(args);
        let out = self.run(&all);
        assert!(out.status.success(), "{}", text(&out.stderr));
        names_in(&csv)
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The first column of every row after the header, sorted.
fn names_in(csv: &Path) -> Vec<String> {
    let mut reader = csv::Reader::from_path(csv).expect("the CSV reads");
    let mut names: Vec<String> = reader
        .records()
        .map(|r| {
            r.expect("a row")[0]
                .trim_start_matches('\u{feff}')
                .to_string()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn the_qualified_filter_keeps_who_meets_or_falls_below_and_never_the_unrecorded() {
    let s = School::new();
    assert_eq!(s.kept(&[]).len(), 4, "no filter: everyone");
    assert_eq!(s.kept(&["--qualified", "meets"]), ["Max Master"]);
    assert_eq!(
        s.kept(&["--qualified", "BELOW"]),
        ["Bea Bachelor", "Cal Coordinator"],
        "each against their own role's minimum"
    );
    assert_eq!(
        s.kept(&["--degree-at-least", "bachelor"]),
        ["Bea Bachelor", "Max Master"]
    );
    assert_eq!(
        s.kept(&["--degree-at-least", "Master's degree"]),
        ["Max Master"]
    );
    assert_eq!(
        s.kept(&["--qualified", "below", "--degree-at-least", "bachelor"]),
        ["Bea Bachelor"]
    );
}

#[test]
fn without_a_minimum_set_nobody_meets_or_falls_below() {
    let s = School::new();
    for role in ["teacher", "edtech-coordinator"] {
        let out = s.run(&["settings", "--minimum-degree", &format!("{role}=none")]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    // "none" takes the minimum away: nothing to meet is not met.
    assert_eq!(s.kept(&["--qualified", "below"]), Vec::<String>::new());
    assert_eq!(s.kept(&["--qualified", "meets"]), Vec::<String>::new());
    assert_eq!(s.kept(&["--degree-at-least", "master"]), ["Max Master"]);
}

#[test]
fn the_pdf_names_the_qualification_filter() {
    let s = School::new();
    let pdf = s.home.path().join("below.pdf");
    let out = s.run(&[
        "summary",
        "--year",
        "2026-27",
        "--qualified",
        "below",
        "--degree-at-least",
        "associate",
        "--pdf",
        pdf.to_str().expect("UTF-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc = lopdf::Document::load(&pdf).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let words = doc.extract_text(&pages).expect("text extracts");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Below the role's minimum degree"), "{words}");
    assert!(words.contains("Degree at least Associate's"), "{words}");
}

#[test]
fn a_level_that_is_no_degree_level_is_refused_in_one_sentence() {
    let s = School::new();
    for args in [
        ["summary", "--degree-at-least", "phd\u{202e}"],
        ["summary", "--qualified", "maybe"],
    ] {
        let out = s.run(&args);
        assert_eq!(out.status.code(), Some(2), "clap's usage error");
        let err = text(&out.stderr);
        assert!(err.starts_with("error: invalid value"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}
