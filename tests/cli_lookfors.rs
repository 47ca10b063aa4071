//! Walkthroughs with look-for forms on the command line: the forms listed
//! and shown, a walkthrough started on one, its items answered, and a
//! shared walkthrough changed only by amendment.

mod common;

use std::path::Path;

use common::binary::{Home, stderr, stdout};

/// Shared in the fixture, on the classroom walkthrough form.
const SHARED: &str = "obs-1a2b3c4d5e6f";

fn fixture() -> Home {
    let home = Home::new();
    common::copy_dir(
        Path::new("tests/fixtures/workspace-lookfors"),
        &home.workspace,
    );
    home
}

fn ok(home: &Home, args: &[&str]) -> String {
    let out = home.run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn refused(home: &Home, args: &[&str]) -> String {
    let out = home.run(args);
    assert!(!out.status.success(), "{args:?} was not refused");
    let said = stderr(&out);
    assert_eq!(said.trim().lines().count(), 1, "one sentence: {said}");
    said
}

fn file(home: &Home, id: &str) -> String {
    std::fs::read_to_string(
        home.workspace
            .join("observations")
            .join(format!("{id}.ron")),
    )
    .expect("the observation's file")
}

#[test]
fn the_forms_are_listed_and_shown() {
    let home = Home::new();
    let list = ok(&home, &["lookfor", "list"]);
    assert!(
        list.contains(
            "classroom-walkthrough  Classroom walkthrough  danielson-2013  8 items  bundled"
        ),
        "{list}"
    );
    assert!(list.contains("technology-site-visit"), "{list}");
    let shown = ok(&home, &["lookfor", "show", "classroom-walkthrough"]);
    assert!(
        shown.contains("engaged  Students doing the thinking work of the lesson"),
        "{shown}"
    );
    assert!(
        shown.contains("a point: 1 Few, 2 Some, 3 Most, 4 All, or not-seen; components 3c"),
        "{shown}"
    );
    let said = refused(&home, &["lookfor", "show", "nope"]);
    assert!(said.contains("there is no look-for form `nope`"), "{said}");
}

#[test]
fn a_walkthrough_is_started_on_a_form_and_answered() {
    let home = fixture();
    let started = ok(
        &home,
        &[
            "observation",
            "start",
            "edu-24b64ce7ac3c",
            "--form",
            "classroom-walkthrough",
            "--observer",
            "Ana Ruiz",
        ],
    );
    let id = started
        .split_whitespace()
        .nth(1)
        .expect("the new id")
        .trim_end_matches(':')
        .to_string();
    assert!(started.contains(": walkthrough ("), "{started}");
    for (item, answer, said) in [
        ("target", "y", "target answered Yes."),
        ("ENGAGED", "most", "engaged answered 3 (Most)."),
        ("routines", "not-seen", "routines answered Not seen."),
        (
            "seen",
            "Groups at the board",
            "seen answered Groups at the board.",
        ),
    ] {
        let out = ok(&home, &["observation", "answer", &id, item, answer]);
        assert_eq!(out.trim(), format!("{id}: {said}"));
    }
    let written = file(&home, &id);
    assert!(
        written.contains("form_id: \"classroom-walkthrough\""),
        "{written}"
    );
    assert!(
        written.contains("item: \"engaged\",\n                value: Scale(3),"),
        "{written}"
    );
    assert!(written.contains("observer: \"Ana Ruiz\""), "{written}");
    // A note answered with nothing takes the note back.
    ok(&home, &["observation", "answer", &id, "seen", ""]);
    assert!(!file(&home, &id).contains("Groups at the board"));

    let before = file(&home, &id);
    for (args, says) in [
        (
            vec!["observation", "answer", &id, "engaged", "9"],
            "a point from 1 to 4",
        ),
        (
            vec!["observation", "answer", &id, "nothing", "y"],
            "has no item `nothing`",
        ),
        (
            vec!["observation", "answer", &id, "target", "maybe"],
            "use yes, partly, no or not-seen",
        ),
        (
            vec!["observation", "answer", "obs-000000000000", "target", "y"],
            "obs-000000000000",
        ),
        (
            vec!["observation", "answer", "../../etc", "target", "y"],
            "",
        ),
    ] {
        let said = refused(&home, &args);
        assert!(said.contains(says), "{said}");
    }
    assert_eq!(file(&home, &id), before, "nothing refused was written");
}

#[test]
fn a_form_is_refused_where_it_does_not_fit() {
    let home = fixture();
    for (args, says) in [
        (
            vec!["--form", "technology-site-visit"],
            "goes with the rubric edtech-coordinator",
        ),
        (
            vec!["--form", "classroom-walkthrough", "--kind", "formal"],
            "only a walkthrough uses a look-for form",
        ),
        (vec!["--form", "nope"], "there is no look-for form `nope`"),
        (vec!["--kind", "sideways"], "not a kind of visit"),
    ] {
        let mut all = vec!["observation", "start", "edu-24b64ce7ac3c"];
        all.extend(args);
        let said = refused(&home, &all);
        assert!(said.contains(says), "{said}");
    }
    assert_eq!(
        std::fs::read_dir(home.workspace.join("observations"))
            .expect("folder")
            .count(),
        1,
        "nothing was started"
    );
    // Answering an observation with no form says so.
    let started = ok(&home, &["observation", "start", "edu-24b64ce7ac3c"]);
    let id = (started.split_whitespace().nth(1).expect("id"))
        .trim_end_matches(':')
        .to_string();
    let said = refused(&home, &["observation", "answer", &id, "target", "y"]);
    assert!(said.contains("has no look-for form"), "{said}");
}

#[test]
fn a_shared_walkthrough_changes_only_by_amendment() {
    let home = fixture();
    let out = ok(
        &home,
        &[
            "observation",
            "answer",
            SHARED,
            "questioning",
            "yes",
            "--by",
            "Dr. Adeyemi-Clarke",
        ],
    );
    assert!(out.contains("(recorded as an amendment)"), "{out}");
    let history = ok(&home, &["observation", "history", SHARED, "--json"]);
    let json: serde_json::Value = serde_json::from_str(&history).expect("json");
    let amendment = &json["amendments"][0];
    assert_eq!(amendment["field"], "Look-for questioning");
    assert_eq!(amendment["old"], "Partly");
    assert_eq!(amendment["new"], "Yes");
    assert_eq!(amendment["by"], "Dr. Adeyemi-Clarke");
}

#[test]
fn report_observation_prints_a_walkthrough_on_one_page() {
    let home = fixture();
    let out_pdf = home.path().join("walkthrough.pdf");
    let out = ok(
        &home,
        &[
            "report",
            "observation",
            SHARED,
            "--out",
            out_pdf.to_str().expect("utf-8"),
        ],
    );
    assert!(out.contains("1 page"), "{out}");
    let bytes = std::fs::read(&out_pdf).expect("the PDF");
    let doc = lopdf::Document::load_mem(&bytes).expect("a PDF");
    assert_eq!(doc.get_pages().len(), 1);
    let text = doc.extract_text(&[1]).expect("text");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Walkthrough Report"), "{text}");
    assert!(
        text.contains("Pairs solving ratio tables at the board"),
        "{text}"
    );
    assert!(text.contains("3 (Most)"), "{text}");
}
