//! `teacher-eval summary --crosswalk`: a hand-built workspace of one teacher
//! and one technology coordinator, whose ratings are counted again under the
//! framework components the coordinator rubric names as nearest.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{sample_educator, sample_observation};
use teacher_eval::record::{Rating, RatingLevel};
use teacher_eval::workspace::Workspace;

struct School {
    home: tempfile::TempDir,
    root: PathBuf,
}

fn rated(ratings: &[(&str, u32)]) -> Vec<Rating> {
    ratings
        .iter()
        .map(|(c, s)| Rating {
            component: (*c).to_string(),
            level: RatingLevel::Level(*s),
            rationale: String::new(),
            evidence: vec![],
        })
        .collect()
}

/// The teacher: 1a Proficient, 4b Basic. The coordinator: 1a Distinguished
/// and 1b Proficient (both nearest the framework's 1a), 4a Basic (records,
/// nearest the framework's 4b).
impl School {
    fn new() -> School {
        let home = tempfile::tempdir().expect("tempdir");
        let root = home.path().join("school");
        {
            let w = Workspace::open(&root).expect("workspace");
            let teacher = sample_educator("edu-00000000000a", "Tia Teacher");
            let mut coordinator = sample_educator("edu-00000000000c", "Cal Coordinator");
            coordinator.role = "edtech-coordinator".into();
            coordinator.rubric_id = "edtech-coordinator".into();
            w.create(&teacher).expect("written");
            w.create(&coordinator).expect("written");
            let mut o = sample_observation("obs-00000000000a", &teacher.id);
            o.ratings = rated(&[("1a", 3), ("4b", 2)]);
            w.create(&o).expect("written");
            let mut o = sample_observation("obs-00000000000c", &coordinator.id);
            o.rubric_id = "edtech-coordinator".into();
            o.ratings = rated(&[("1a", 4), ("1b", 3), ("4a", 2)]);
            w.create(&o).expect("written");
        }
        School { home, root }
    }

    fn summary(&self, args: &[&str]) -> Output {
        common::binary::command(self.home.path())
            .arg("--workspace")
            .arg(&self.root)
            .args(["summary", "--year", "2026-27"])
            .args(args)
            .output()
            .expect("runs")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The crosswalk CSV's rows by component: own counts, crosswalked counts, from.
fn rows(path: &Path) -> Vec<(String, Vec<String>)> {
    let mut reader = csv::Reader::from_path(path).expect("the CSV reads");
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    assert_eq!(
        header[..11],
        [
            "framework",
            "component",
            "name",
            "own:Unsatisfactory",
            "own:Basic",
            "own:Proficient",
            "own:Distinguished",
            "crosswalked:Unsatisfactory",
            "crosswalked:Basic",
            "crosswalked:Proficient",
            "crosswalked:Distinguished",
        ]
    );
    reader
        .records()
        .map(|r| {
            let r = r.expect("a row");
            (
                r[1].to_string(),
                r.iter().skip(3).map(String::from).collect(),
            )
        })
        .collect()
}

#[test]
fn the_crosswalk_csv_counts_coordinators_under_their_nearest_component() {
    let s = School::new();
    let csv = s.path("district.csv");
    let out = s.summary(&["--crosswalk", "--csv", csv.to_str().expect("UTF-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("district-crosswalk.csv (22 components"));
    let rows = rows(&s.path("district-crosswalk.csv"));
    assert_eq!(rows.len(), 22, "every framework component, in order");
    let row = |id: &str| rows.iter().find(|(c, _)| c == id).expect("a row").1.clone();
    let counts = |r: &[String]| r[..8].join(",");
    assert_eq!(counts(&row("1a")), "0,0,1,0,0,0,1,1");
    assert!(row("1a")[8].contains("edtech-coordinator:1a edtech-coordinator:1b"));
    assert_eq!(counts(&row("4b")), "0,1,0,0,0,1,0,0");
    assert!(row("4b")[8].contains("edtech-coordinator:4a"));
    assert_eq!(counts(&row("3c")), "0,0,0,0,0,0,0,0");
}

#[test]
fn without_the_option_no_crosswalk_is_written_or_printed() {
    let s = School::new();
    let csv = s.path("plain.csv");
    let out = s.summary(&["--csv", csv.to_str().expect("UTF-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!s.path("plain-crosswalk.csv").exists());
    let plain = text(&s.summary(&[]).stdout);
    assert!(!plain.contains("Crosswalk"), "{plain}");
    let walked = text(&s.summary(&["--crosswalk", "danielson-2013"]).stdout);
    assert!(
        walked.starts_with(&plain),
        "the plain lines come first, unchanged"
    );
    assert!(walked.contains("  1a: 0 0 1 0 | 0 0 1 1\n"), "{walked}");
    assert!(walked.contains("  4b: 0 1 0 0 | 0 1 0 0\n"), "{walked}");
}

#[test]
fn a_framework_not_loaded_is_refused_in_one_sentence_and_nothing_is_written() {
    let s = School::new();
    let csv = s.path("x.csv");
    let out = s.summary(&[
        "--crosswalk",
        "../../etc/passwd\u{202e}",
        "--csv",
        csv.to_str().expect("UTF-8"),
    ]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("is not loaded, so nothing is crosswalked to it."),
        "{err}"
    );
    assert!(!csv.exists() && !s.path("x-crosswalk.csv").exists());
}
