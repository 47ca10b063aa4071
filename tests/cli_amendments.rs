//! Records that hold up in a grievance, on the command line: a shared
//! observation changes only by amendment, an acknowledged one only with a
//! reason, every save keeps the version it replaces, and restoring one is
//! itself a recorded change.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

/// Acknowledged in the fixture, 2a rated Distinguished (4).
const ACKNOWLEDGED: &str = "obs-bc1870f35b7d";

struct Setup {
    home: tempfile::TempDir,
    workspace: PathBuf,
}

impl Setup {
    /// A copy of the format-1 fixture workspace in a temporary home.
    fn new() -> Setup {
        let home = tempfile::tempdir().expect("tempdir");
        let workspace = home.path().join("workspace");
        common::copy_dir(Path::new("tests/fixtures/workspace-v1"), &workspace);
        Setup { home, workspace }
    }

    fn run(&self, args: &[&str]) -> Output {
        let home = self.home.path();
        common::binary::command(home)
            .arg("--workspace")
            .arg(&self.workspace)
            .args(args)
            .output()
            .expect("runs")
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    }

    fn file(&self, id: &str) -> Vec<u8> {
        std::fs::read(
            self.workspace
                .join("observations")
                .join(format!("{id}.ron")),
        )
        .expect("read")
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn listed<'a>(rows: &'a Value, id: &str) -> &'a Value {
    rows.as_array()
        .and_then(|rows| rows.iter().find(|r| r["id"] == id))
        .expect("listed")
}

#[test]
fn an_acknowledged_observation_changes_only_with_a_reason_and_the_change_shows() {
    let s = Setup::new();
    let before = s.file(ACKNOWLEDGED);

    let out = s.run(&[
        "observation",
        "rate",
        ACKNOWLEDGED,
        "2a",
        "1",
        "--by",
        "Dr. Castellanos",
    ]);
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(
        said.contains("acknowledged") && said.contains("--reason"),
        "{said}"
    );
    assert_eq!(said.lines().count(), 1, "{said}");
    assert_eq!(s.file(ACKNOWLEDGED), before, "nothing changed");

    let out = s.run(&[
        "observation",
        "rate",
        ACKNOWLEDGED,
        "2a",
        "unsatisfactory",
        "--by",
        "Dr. Castellanos",
        "--reason",
        "Rated the wrong class period",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    let history = s.json(&["observation", "history", ACKNOWLEDGED, "--json"]);
    let amendments = history["amendments"].as_array().expect("amendments");
    assert_eq!(amendments.len(), 1, "{history}");
    let a = &amendments[0];
    assert_eq!(a["field"], "Rating of 2a");
    assert_eq!(a["old"], "Distinguished (4)");
    assert_eq!(a["new"], "Unsatisfactory (1)");
    assert_eq!(a["by"], "Dr. Castellanos");
    assert_eq!(a["reason"], "Rated the wrong class period");
    assert_eq!(a["after_acknowledgement"], true);
    assert_eq!(history["amended_after_acknowledgement"], true);
    let versions = history["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 1, "the version replaced is kept");
    assert_eq!(versions[0]["acknowledged"], true);
    assert_eq!(
        versions[0]["fingerprint"],
        history["acknowledged"]["fingerprint"]
    );

    let list = s.json(&["observation", "list", "--json"]);
    let row = listed(&list, ACKNOWLEDGED);
    assert_eq!(row["amended_after_acknowledgement"], true);
    assert_eq!(row["fingerprint"], history["fingerprint"]);
    assert_ne!(row["fingerprint"], history["acknowledged"]["fingerprint"]);
    let other = listed(&list, "obs-f89009c40924");
    assert_eq!(other["amended_after_acknowledgement"], false);
}

#[test]
fn restoring_a_version_brings_it_back_and_is_itself_an_amendment() {
    let s = Setup::new();
    let out = s.run(&[
        "observation",
        "rate",
        ACKNOWLEDGED,
        "2a",
        "1",
        "--by",
        "A. Evaluator",
        "--reason",
        "Wrong period",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&[
        "history",
        "restore",
        ACKNOWLEDGED,
        "7",
        "--by",
        "A. Evaluator",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("the versions kept are 1"),
        "{}",
        stderr(&out)
    );

    let out = s.run(&[
        "history",
        "restore",
        ACKNOWLEDGED,
        "1",
        "--by",
        "A. Evaluator",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let history = s.json(&["observation", "history", ACKNOWLEDGED, "--json"]);
    assert_eq!(
        history["amended_after_acknowledgement"], false,
        "the acknowledged content is back"
    );
    assert_eq!(
        history["fingerprint"],
        history["acknowledged"]["fingerprint"]
    );
    let amendments = history["amendments"].as_array().expect("amendments");
    assert_eq!(amendments.len(), 2, "{history}");
    assert_eq!(amendments[1]["new"], "Distinguished (4)");
    assert_eq!(amendments[1]["reason"], "Restored version 1");
    assert_eq!(history["versions"].as_array().map(Vec::len), Some(2));
}

#[test]
fn a_draft_is_rated_freely_and_bad_levels_are_one_sentence() {
    let s = Setup::new();
    // Every fixture observation is shared: make a draft by hand.
    let text = String::from_utf8(s.file("obs-b5dae830b3f8")).expect("utf-8");
    let start = text.find("    status: Shared(").expect("shared");
    let end = start + text[start..].find("),\n").expect("end") + 3;
    let draft = format!("{}    status: Draft,\n{}", &text[..start], &text[end..]);
    std::fs::write(s.workspace.join("observations/obs-b5dae830b3f8.ron"), draft).expect("write");

    let out = s.run(&[
        "observation",
        "rate",
        "obs-b5dae830b3f8",
        "3b",
        "Basic",
        "--rationale",
        "Few questions, #3b, asked why.",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let history = s.json(&["observation", "history", "obs-b5dae830b3f8", "--json"]);
    assert_eq!(history["amendments"].as_array().map(Vec::len), Some(0));
    let text = String::from_utf8(s.file("obs-b5dae830b3f8")).expect("utf-8");
    assert!(
        text.contains("Few questions, #3b, asked why."),
        "typed as is"
    );

    for (level, said) in [("9", "is not a level"), ("great", "is not a level")] {
        let out = s.run(&["observation", "rate", "obs-b5dae830b3f8", "3b", level]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains(said), "{}", stderr(&out));
    }
    let out = s.run(&["observation", "rate", "obs-b5dae830b3f8", "9z", "2"]);
    assert!(
        stderr(&out).contains("no component `9z`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn history_is_never_written_through_a_link() {
    let s = Setup::new();
    let outside = tempfile::tempdir().expect("tempdir");
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), s.workspace.join("history")).expect("link");
    let before = s.file(ACKNOWLEDGED);
    let out = s.run(&[
        "observation",
        "rate",
        ACKNOWLEDGED,
        "2a",
        "1",
        "--by",
        "X",
        "--reason",
        "test",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("link"), "{}", stderr(&out));
    assert_eq!(s.file(ACKNOWLEDGED), before);
    assert_eq!(std::fs::read_dir(outside.path()).expect("list").count(), 0);
}

#[test]
fn the_report_prints_the_acknowledged_version_and_every_amendment() {
    let s = Setup::new();
    let out = s.run(&[
        "observation",
        "rate",
        ACKNOWLEDGED,
        "2a",
        "1",
        "--by",
        "Dr. Castellanos",
        "--reason",
        "Rated the wrong class period",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = s.home.path().join("report.pdf");
    let out = s.run(&[
        "report",
        "observation",
        ACKNOWLEDGED,
        "--out",
        pdf.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = lopdf::Document::load(&pdf).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc
        .extract_text(&pages)
        .expect("text")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let history = s.json(&["observation", "history", ACKNOWLEDGED, "--json"]);
    let acknowledged = history["acknowledged"]["fingerprint"]
        .as_str()
        .expect("fingerprint");
    assert!(text.contains("Versions and amendments"), "{text}");
    assert!(
        text.contains(acknowledged),
        "the acknowledged version's fingerprint is printed"
    );
    assert!(text.contains("has not been acknowledged"));
    assert!(text.contains("Rating of 2a"));
    assert!(text.contains("Was: Distinguished (4)"));
    assert!(text.contains("Now: Unsatisfactory (1)"));
    assert!(text.contains("Reason: Rated the wrong class period"));
}

#[test]
fn a_finalised_evaluations_history_is_shown_and_odd_ids_are_one_sentence() {
    let s = Setup::new();
    let history = s.json(&["history", "show", "sum-de6b1aa8aebf", "--json"]);
    assert_eq!(history["id"], "sum-de6b1aa8aebf");
    assert_eq!(history["amendments"].as_array().map(Vec::len), Some(0));
    for id in ["edu-9bf469a41d17", "nonsense", "../x"] {
        let out = s.run(&["history", "show", id]);
        assert!(!out.status.success(), "{id}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
}
