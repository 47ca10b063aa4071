//! Walkthrough trends per look-for item in district summaries: a small
//! district whose walkthroughs answer the bundled classroom form at two
//! schools over two months, every figure worked out by hand in the
//! comments, summarised by the built binary into CSV, PDF and text.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{AnswerValue, LookForAnswer, LookForAnswers, ObservationKind};
use teacher_eval::workspace::Workspace;

const FORM: &str = "classroom-walkthrough";
/// Typed in a note answer: never in any output.
const NOTE: &str = "Stations with PRIVATE-NOTE-TEXT";

/// (id, educator, when, answers).
type Walk = (
    &'static str,
    &'static str,
    &'static str,
    Vec<(&'static str, AnswerValue)>,
);

/// North Elementary: E1 and E2; South High: E3. One formal observation of
/// E2 without answers; the last walkthrough is of next year.
fn walks() -> Vec<Walk> {
    use AnswerValue::*;
    vec![
        (
            "obs-000000000001",
            "edu-000000000001",
            "2026-10-05T09:00:00-05:00",
            vec![
                ("target", Yes),
                ("questioning", No),
                ("engaged", Scale(3)),
                ("seen", Note(NOTE.into())),
            ],
        ),
        (
            "obs-000000000002",
            "edu-000000000002",
            "2026-10-20T09:00:00-05:00",
            vec![
                ("target", Partly),
                ("questioning", NotSeen),
                ("engaged", Scale(2)),
            ],
        ),
        (
            "obs-000000000003",
            "edu-000000000001",
            "2026-11-03T09:00:00-05:00",
            vec![("target", Yes), ("engaged", NotSeen)],
        ),
        // An item the form no longer has is still counted, under its id.
        (
            "obs-000000000004",
            "edu-000000000003",
            "2026-10-07T09:00:00-05:00",
            vec![("target", No), ("QUESTIONING", Yes), ("gone", Yes)],
        ),
        // 23:30 on 30 November where it was taken: December in UTC, November here.
        (
            "obs-000000000005",
            "edu-000000000003",
            "2026-11-30T23:30:00-05:00",
            vec![("target", Yes)],
        ),
        (
            "obs-000000000006",
            "edu-000000000003",
            "2027-09-01T09:00:00-05:00",
            vec![("target", No)],
        ),
    ]
}

/// The district in `root`, with the walkthroughs' answers or without.
fn district(root: &Path, answered: bool) {
    let w = Workspace::open(root).expect("workspace");
    for (id, name, school) in [
        ("edu-000000000001", "Ann Archer", "North Elementary"),
        ("edu-000000000002", "Ben Baker", "North Elementary"),
        ("edu-000000000003", "Cy Cole", "South High"),
    ] {
        let mut e = sample_educator(id, name);
        e.school = school.into();
        w.create(&e).expect("educator");
    }
    let mut formal = sample_observation("obs-000000000009", "edu-000000000002");
    formal.started_at = at("2026-10-14T10:02:00-05:00");
    w.create(&formal).expect("formal observation");
    for (id, educator, when, answers) in walks() {
        let mut o = sample_observation(id, educator);
        o.kind = ObservationKind::Walkthrough;
        o.started_at = at(when);
        o.changed = at(when);
        o.lookfors = answered.then(|| LookForAnswers {
            form_id: FORM.into(),
            form_fingerprint: String::new(),
            answers: answers
                .into_iter()
                .map(|(item, value)| LookForAnswer {
                    item: item.into(),
                    value,
                })
                .collect(),
        });
        w.create(&o).expect("walkthrough");
    }
}

struct Run {
    home: tempfile::TempDir,
}

impl Run {
    fn new(answered: bool) -> Run {
        let home = tempfile::tempdir().expect("a temporary home");
        district(&home.path().join("workspace"), answered);
        Run { home }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    fn summary(&self, args: &[&str]) -> Output {
        let out = common::binary::command(self.home.path())
            .arg("--workspace")
            .arg(self.path("workspace"))
            .args(["summary", "--year", "2026-27", "--no-csv-bom"])
            .args(args)
            .output()
            .expect("the binary runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn csv(&self, args: &[&str]) -> Vec<String> {
        let csv = self.path("district.csv");
        self.summary(&[&["--csv", csv.to_str().expect("UTF-8")], args].concat());
        let text =
            std::fs::read_to_string(self.path("district-lookfors.csv")).expect("the look-fors CSV");
        text.lines().map(str::to_string).collect()
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
fn the_csv_counts_each_item_by_school_and_month() {
    let rows = Run::new(true).csv(&[]);
    assert_eq!(
        rows,
        [
            "form,item,school,month,answers,yes,partly,no,not_seen,yes_share,scale_mean",
            // North in October: E1 yes, E2 partly; 1 yes of 2 seen.
            "classroom-walkthrough,target,North Elementary,2026-10,2,1,1,0,0,50.0,",
            "classroom-walkthrough,target,North Elementary,2026-11,1,1,0,0,0,100.0,",
            "classroom-walkthrough,target,South High,2026-10,1,0,0,1,0,0.0,",
            // The local month, not UTC's December; next September is another year.
            "classroom-walkthrough,target,South High,2026-11,1,1,0,0,0,100.0,",
            // A no and a not seen: 0% of the one that saw it.
            "classroom-walkthrough,questioning,North Elementary,2026-10,2,0,0,1,1,0.0,",
            "classroom-walkthrough,questioning,South High,2026-10,1,1,0,0,0,100.0,",
            // A scale: (3 + 2) / 2; the November answer is "not seen".
            "classroom-walkthrough,engaged,North Elementary,2026-10,2,,,,0,,2.50",
            "classroom-walkthrough,engaged,North Elementary,2026-11,1,,,,1,,",
            // A note is only counted.
            "classroom-walkthrough,seen,North Elementary,2026-10,1,,,,,,",
            "classroom-walkthrough,gone,South High,2026-10,1,1,0,0,0,100.0,",
        ]
    );
}

#[test]
fn a_deidentified_summary_merges_schools_and_leaves_out_small_cells() {
    let run = Run::new(true);
    // South High (1 educator) goes into "Other schools", and North (2) with
    // it so that "Other" is not small. Cells of one educator are left out:
    // engaged in November (E1), seen (E1), gone (E3).
    let rows = run.csv(&["--deidentify", "--min-cell", "2"]);
    assert_eq!(
        rows,
        [
            "form,item,school,month,answers,yes,partly,no,not_seen,yes_share,scale_mean",
            "classroom-walkthrough,target,Other schools,2026-10,3,1,1,1,0,33.3,",
            "classroom-walkthrough,target,Other schools,2026-11,2,2,0,0,0,100.0,",
            "classroom-walkthrough,questioning,Other schools,2026-10,3,1,0,1,1,50.0,",
            "classroom-walkthrough,engaged,Other schools,2026-10,2,,,,0,,2.50",
        ]
    );
    let text = String::from_utf8_lossy(&run.summary(&["--deidentify", "--min-cell", "2"]).stdout)
        .into_owned();
    assert!(
        text.contains("De-identified: 3 cells of walkthrough look-for answers (an item at a school in a month) rest on fewer than 2 educators and are left out."),
        "{text}"
    );
    // Too few educators for any figure: no look-fors at all.
    run.summary(&[
        "--deidentify",
        "--csv",
        run.path("small.csv").to_str().expect("UTF-8"),
    ]);
    assert!(!run.path("small-lookfors.csv").exists());
}

#[test]
fn the_pdf_and_the_text_show_the_trends_and_never_a_note() {
    let run = Run::new(true);
    let pdf = run.path("district.pdf");
    run.summary(&["--pdf", pdf.to_str().expect("UTF-8")]);
    let text = pdf_text(&pdf);
    for shown in [
        "Walkthrough look-fors",
        "Classroom walkthrough",
        "The learning target is posted",
        "North Elementary",
        "South High",
        "2026-10",
        "2026-11",
        "50%",
        "2.5",
        "gone",
    ] {
        assert!(text.contains(shown), "{shown} in: {text}");
    }
    assert!(!text.contains("PRIVATE-NOTE-TEXT"), "{text}");
    assert!(!text.contains("2027-09"), "{text}");
    let said = String::from_utf8_lossy(&run.summary(&[]).stdout).into_owned();
    // target: 4 yes of 5 seen (6 answers less next year's); engaged: (3 + 2) / 2.
    // Items no walkthrough answered (say-learning...) are left out.
    assert!(
        said.contains("Look-fors on Classroom walkthrough: target 60% yes of 5, questioning 50% yes of 3, engaged mean 2.5 of 3, seen 1 answered, gone 100% yes of 1.\n"),
        "{said}"
    );
    assert!(!said.contains("PRIVATE-NOTE-TEXT"), "{said}");
    let csv = run.csv(&[]).join("\n");
    assert!(!csv.contains("PRIVATE-NOTE-TEXT"), "{csv}");
}

#[test]
fn without_answers_every_output_is_as_before() {
    let (answered, plain) = (Run::new(true), Run::new(false));
    answered.csv(&[]);
    let csv = plain.path("district.csv");
    plain.summary(&["--csv", csv.to_str().expect("UTF-8")]);
    assert!(
        !plain.path("district-lookfors.csv").exists(),
        "no look-fors CSV without answers"
    );
    for name in ["district.csv", "district-components.csv"] {
        let read = |run: &Run| std::fs::read(run.path(name)).expect("a CSV");
        assert_eq!(
            read(&answered),
            read(&plain),
            "{name}: answers change no other figure"
        );
    }
    let text = |run: &Run| {
        String::from_utf8_lossy(&run.summary(&[]).stdout)
            .replace(run.home.path().to_str().expect("UTF-8"), "HOME")
    };
    let with: String = text(&answered)
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("Look-fors on "))
        .collect();
    assert_eq!(
        with,
        text(&plain),
        "the text is the same but for the look-fors line"
    );
    let pdf = plain.path("district.pdf");
    plain.summary(&["--pdf", pdf.to_str().expect("UTF-8")]);
    assert!(!pdf_text(&pdf).contains("look-fors"));
}
