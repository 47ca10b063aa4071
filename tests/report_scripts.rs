//! Names in every script on paper: the observation report, the summative
//! and the district summary made for educators and evaluators named in
//! Chinese, Korean, Japanese, Arabic, Hebrew, Hindi, Vietnamese, Greek and
//! Russian, read back with lopdf. Each name must come back exactly as typed
//! (right-to-left ones in the order typed, not the order drawn), and no
//! character may have been printed as `?`.
//!
//! Chinese, Japanese and Korean are set in the computer's own fonts (the
//! bundle leaves them out, see README.md); `.ci/run` installs Debian's
//! fonts-noto-cjk for this test.

mod common;

use common::pdf::{keep, text_of};
use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{Observation, Rating, RatingLevel};
use teacher_eval::report::{
    Paper, Pdf, ReportOptions, observation_report, summary_report, summative_report,
};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::{Profiles, new_summative, score};
use teacher_eval::summary::{Filter, Options, compile, read_workspace};
use teacher_eval::workspace::Workspace;
use unicode_normalization::UnicodeNormalization;

const NAMES: [&str; 9] = [
    "王芳",
    "김민준",
    "山田花子",
    "محمد العلي",
    "דוד כהן",
    "अनीता शर्मा",
    "Nguyễn Thị Hương",
    "Σοφία",
    "Ольга",
];

fn options() -> ReportOptions {
    ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2027-06-10T14:05:00-05:00"),
        artifacts_from: None,
    }
}

/// The name is there as typed, as often as `times` at least, and nothing
/// was printed as `?`: no warning, and no more `?` than the same document
/// has for a Latin name.
fn assert_printed(what: &str, name: &str, pdf: &Pdf, latin: &Pdf, times: usize) {
    assert!(pdf.warnings.is_empty(), "{what} {name}: {:?}", pdf.warnings);
    let text = text_of(pdf);
    let typed: String = name.nfc().collect();
    let found = text.matches(typed.as_str()).count();
    assert!(
        found >= times,
        "{what}: {name} found {found} times, not {times}, in:\n{text}"
    );
    let questions = |t: &str| t.matches('?').count();
    assert_eq!(
        questions(&text),
        questions(&text_of(latin)),
        "{what} {name}: a character became ?:\n{text}"
    );
    if name.chars().any(|c| ('\u{0590}'..='\u{06FF}').contains(&c)) {
        let drawn: String = typed.chars().rev().collect();
        assert!(!text.contains(&drawn), "{what}: {name} was copied reversed");
    }
}

fn observation_pdf(name: &str) -> Pdf {
    let educator = sample_educator("edu-000000000001", name);
    let mut observation = sample_observation("obs-000000000001", "edu-000000000001");
    observation.observer = name.to_string();
    let rubric = Catalog::load(&[])
        .get("danielson-2013")
        .map(|entry| entry.rubric.clone());
    observation_report(
        &observation,
        &educator,
        rubric.as_ref(),
        &teacher_eval::rubric::VisitKind::unlisted(observation.kind),
        &options(),
    )
    .expect("a report")
}

#[test]
fn the_observation_report_prints_each_name_as_typed() {
    let latin = observation_pdf("Jane Doe");
    for (i, name) in NAMES.iter().enumerate() {
        let pdf = observation_pdf(name);
        keep(&format!("scripts-observation-{i}"), &pdf);
        // The title, the running head of each page, the signature line.
        assert_printed("observation", name, &pdf, &latin, pdf.pages + 2);
    }
}

fn rated(id: &str, when: &str, level: u32) -> Observation {
    let mut o = sample_observation(id, "edu-000000000001");
    o.started_at = at(when);
    o.ratings = ["1c", "2a", "3b", "4a"]
        .iter()
        .map(|c| Rating {
            component: (*c).to_string(),
            level: RatingLevel::Level(level),
            rationale: String::new(),
            evidence: vec![],
        })
        .collect();
    o
}

fn summative_pdf(name: &str) -> Pdf {
    let mut educator = sample_educator("edu-000000000001", name);
    educator.evaluator = name.to_string();
    let observations = vec![
        rated("obs-000000000001", "2026-10-14T10:00:00-05:00", 3),
        rated("obs-000000000002", "2027-01-20T10:00:00-05:00", 2),
    ];
    let (catalog, profiles) = (Catalog::load(&[]), Profiles::load(&[]));
    let mut summative = new_summative(&educator, "2026-27", "pennsylvania-13-1");
    summative.comments = format!("{name} led the department's reading group.");
    let scored = score(
        &summative,
        &educator,
        &observations,
        &[],
        &catalog,
        &profiles,
    )
    .expect("scores");
    summative_report(&summative, &educator, "Riverbend", &scored, &options()).expect("a PDF")
}

#[test]
fn the_summative_prints_each_name_as_typed() {
    let latin = summative_pdf("Jane Doe");
    for (i, name) in NAMES.iter().enumerate() {
        let pdf = summative_pdf(name);
        keep(&format!("scripts-summative-{i}"), &pdf);
        assert_printed("summative", name, &pdf, &latin, pdf.pages + 2);
    }
}

/// A district whose evaluators (the people the summary names) and
/// schools bear the names, one school each.
fn summary_pdf(names: &[&str]) -> Pdf {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let w = Workspace::open(dir.path()).expect("workspace");
    for (k, name) in names.iter().enumerate() {
        let id = format!("edu-{:012x}", k + 1);
        let mut e = sample_educator(&id, name);
        e.school = format!("{name} School");
        e.evaluator = (*name).to_string();
        w.create(&e).expect("educator saved");
        let mut o = rated(
            &format!("obs-{:012x}", k + 1),
            "2026-10-14T10:00:00-05:00",
            3,
        );
        o.educator_id = id;
        o.observer = (*name).to_string();
        w.create(&o).expect("observation saved");
    }
    let options = Options {
        filter: Filter {
            year: Some("2026-27".into()),
            ..Filter::default()
        },
        ..Options::default()
    };
    let summary = compile(
        &[read_workspace(dir.path()).expect("reads")],
        &Catalog::load(&[]),
        &Profiles::load(&[]),
        &options,
    );
    summary_report(&summary, &self::options()).expect("the summary PDF")
}

#[test]
fn the_district_summary_prints_each_name_as_typed() {
    let latin = summary_pdf(&["Jane Doe"; 9]);
    let pdf = summary_pdf(&NAMES);
    keep("scripts-summary", &pdf);
    for name in NAMES {
        assert_printed("summary", name, &pdf, &latin, 1);
    }
}
