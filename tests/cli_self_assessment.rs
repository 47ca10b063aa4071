//! An educator's self-assessment from the command line: `self-assessment
//! set | show | submit` on a temporary workspace, the comparison with the
//! evaluation and its conference agenda, amendments after submission, one
//! per educator and year, hostile files set aside, and a bundle that
//! carries a self-assessment to another workspace.

mod common;

use common::binary::{Home, stderr, stdout};
use common::{sample_educator, sample_observation};
use serde_json::Value;
use teacher_eval::record::SelfAssessment;
use teacher_eval::workspace::Workspace;

const ANA: &str = "edu-00000000000a";
const YEAR: &str = "2026-27";

/// Ana, with one observation in 2026-27 rating 3b Proficient.
fn home() -> Home {
    let home = Home::new();
    let ws = Workspace::open(&home.workspace).expect("open");
    ws.create(&sample_educator(ANA, "Ana Silva")).expect("save");
    ws.create(&sample_observation("obs-00000000000a", ANA))
        .expect("save");
    home
}

fn ok(home: &Home, args: &[&str]) -> String {
    let out = home.run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn refused(home: &Home, args: &[&str]) -> String {
    let out = home.run(args);
    assert!(
        !out.status.success(),
        "{args:?} should fail: {}",
        stdout(&out)
    );
    stderr(&out)
}

fn shown(home: &Home) -> Value {
    let text = ok(
        home,
        &["self-assessment", "show", ANA, "--year", YEAR, "--json"],
    );
    serde_json::from_str(&text).expect("JSON")
}

fn row<'a>(json: &'a Value, component: &str) -> &'a Value {
    json["components"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["id"] == component))
        .expect("a row for the component")
}

fn set_three(home: &Home) {
    let said = ok(
        home,
        &[
            "self-assessment",
            "set",
            ANA,
            "--year",
            YEAR,
            "--level",
            "3b=unsatisfactory",
            "--level",
            "1A=4",
            "--level",
            "2c=proficient",
            "--evidence",
            "3b=I ask mostly recall questions",
            "--goal",
            "3b 3c: Ask more open questions",
            "--by",
            "Renée Castellanos",
        ],
    );
    assert!(said.contains("Started the self-assessment sa-"), "{said}");
    assert!(said.contains("3 components assessed, 1 goal"), "{said}");
}

#[test]
fn levels_sit_beside_the_evaluation_and_two_levels_apart_make_the_agenda() {
    let home = home();
    set_three(&home);
    let json = shown(&home);
    assert_eq!(json["status"], "draft");
    assert_eq!(json["supplied"], "evaluator");
    assert_eq!(json["entered_by"], "Renée Castellanos");
    let three_b = row(&json, "3b");
    assert_eq!(three_b["evaluator_level"], 3);
    assert_eq!(three_b["educator_level"], 1);
    assert_eq!(three_b["difference"], -2);
    assert_eq!(three_b["on_agenda"], true);
    assert_eq!(three_b["evidence"], "I ask mostly recall questions");
    // Not rated by the evaluator: no difference, never on the agenda.
    let one_a = row(&json, "1a");
    assert_eq!(one_a["educator_level_name"], "Distinguished");
    assert!(one_a["evaluator_level"].is_null() && one_a["difference"].is_null());
    // Not assessed by the educator: said so, never a level.
    let four_a = row(&json, "4a");
    assert_eq!(four_a["assessed"], false);
    assert!(four_a["educator_level"].is_null());
    assert_eq!(json["agenda"], serde_json::json!(["3b"]));
    assert_eq!(
        json["goals"][0]["components"],
        serde_json::json!(["3b", "3c"])
    );
    assert_eq!(json["goals"][0]["text"], "Ask more open questions");

    let text = ok(&home, &["self-assessment", "show", ANA, "--year", YEAR]);
    assert!(text.contains("Conference agenda (1):"), "{text}");
    assert!(text.contains("educator not assessed"), "{text}");
}

#[test]
fn after_submitting_every_change_is_an_amendment_with_a_reason() {
    let home = home();
    set_three(&home);
    let said = ok(&home, &["self-assessment", "submit", ANA, "--year", YEAR]);
    assert!(said.contains("Submitted"), "{said}");
    let again = refused(&home, &["self-assessment", "submit", ANA, "--year", YEAR]);
    assert!(again.contains("submitted on"), "{again}");
    let change = [
        "self-assessment",
        "set",
        ANA,
        "--year",
        YEAR,
        "--level",
        "3b=basic",
        "--by",
        "R. C.",
    ];
    let why = refused(&home, &change);
    assert!(
        why.contains("needs a reason") && why.contains("Self-assessed level of 3b"),
        "{why}"
    );
    let mut with_reason = change.to_vec();
    with_reason.extend(["--reason", "Talked it over at the conference"]);
    let said = ok(&home, &with_reason);
    assert!(said.contains("recorded as an amendment"), "{said}");

    let id = SelfAssessment::id_for(ANA, YEAR);
    let history: Value =
        serde_json::from_str(&ok(&home, &["history", "show", &id, "--json"])).expect("JSON");
    let amendment = &history["amendments"][0];
    assert_eq!(amendment["field"], "Self-assessed level of 3b");
    assert_eq!(amendment["old"], "Unsatisfactory (1)");
    assert_eq!(amendment["new"], "Basic (2)");
    assert_eq!(amendment["by"], "R. C.");
    assert_eq!(amendment["reason"], "Talked it over at the conference");
    assert_eq!(amendment["after_acknowledgement"], false);
    assert!(
        history["shared"]["fingerprint"].is_string(),
        "the version submitted"
    );
    // Submitting changes no content; the amended save keeps the version it replaced.
    assert_eq!(history["versions"].as_array().map(Vec::len), Some(1));
    assert_eq!(shown(&home)["agenda"], serde_json::json!([]));
}

#[test]
fn unknown_components_levels_and_people_are_refused_in_a_sentence() {
    let home = home();
    let bad_component = refused(
        &home,
        &["self-assessment", "set", ANA, "--level", "9z=proficient"],
    );
    assert!(
        bad_component.contains("has no component `9z`; its components are 1a, 1b"),
        "{bad_component}"
    );
    let bad_level = refused(
        &home,
        &["self-assessment", "set", ANA, "--level", "3b=great"],
    );
    assert!(
        bad_level.contains("`great` is not a level of danielson-2013"),
        "{bad_level}"
    );
    let no_equals = refused(&home, &["self-assessment", "set", ANA, "--evidence", "3b"]);
    assert!(no_equals.contains("has no `=`"), "{no_equals}");
    let nobody = refused(&home, &["self-assessment", "set", "edu-0000000000ff"]);
    assert!(nobody.contains("there is no educator"), "{nobody}");
    let none = refused(&home, &["self-assessment", "show", ANA, "--year", YEAR]);
    assert!(
        none.contains("has no self-assessment for 2026-27"),
        "{none}"
    );
    assert!(
        !home
            .workspace
            .join("self-assessments")
            .join(format!("{}.ron", SelfAssessment::id_for(ANA, YEAR)))
            .exists(),
        "nothing was written"
    );
}

#[test]
fn a_second_self_assessment_for_the_year_is_refused_and_the_first_kept() {
    let home = home();
    set_three(&home);
    let ws = Workspace::open(&home.workspace).expect("open");
    let second = SelfAssessment::new(
        ANA,
        YEAR,
        ("danielson-2013", ""),
        teacher_eval::record::Supplied::Educator,
        "",
    );
    let refused = teacher_eval::workspace::save_self_assessment(&ws, &second)
        .expect_err("a second one is refused");
    assert!(
        refused
            .to_string()
            .contains("already has a self-assessment for 2026-27"),
        "{refused}"
    );
    let mut elsewhere = second.clone();
    elsewhere.id = "sa-000000000001".into();
    let wrong = teacher_eval::workspace::save_self_assessment(&ws, &elsewhere)
        .expect_err("another id is refused");
    assert!(
        wrong.to_string().contains("does not carry the id"),
        "{wrong}"
    );
    drop(ws);
    assert_eq!(row(&shown(&home), "3b")["educator_level"], 1);
}

#[test]
fn a_damaged_self_assessment_is_set_aside_and_never_overwritten() {
    let home = home();
    let id = SelfAssessment::id_for(ANA, YEAR);
    let folder = home.workspace.join("self-assessments");
    std::fs::create_dir_all(&folder).expect("folder");
    let path = folder.join(format!("{id}.ron"));
    let hostile = b"SelfAssessment(schema: 1, id: \"sa-\x00\xff\", components: [[[[[[";
    std::fs::write(&path, hostile).expect("write");
    let listed = ok(&home, &["educator", "list"]);
    assert!(listed.contains("Ana Silva"), "{listed}");
    let why = refused(
        &home,
        &[
            "self-assessment",
            "set",
            ANA,
            "--year",
            YEAR,
            "--level",
            "3b=1",
        ],
    );
    assert!(why.contains("kept as it is and not overwritten"), "{why}");
    assert_eq!(std::fs::read(&path).expect("still there"), hostile);
    let contents = Workspace::open(&home.workspace).expect("open").load();
    assert!(
        contents.set_aside.iter().any(|s| s.path == path),
        "{:?}",
        contents.set_aside
    );
    assert!(contents.self_assessments.is_empty());
}

#[test]
fn a_bundle_carries_a_self_assessment_to_another_workspace() {
    let home = home();
    set_three(&home);
    let bundle = home.path().join("ana.bundle");
    let bundle_arg = bundle.to_str().expect("UTF-8");
    let said = ok(&home, &["export", "--out", bundle_arg, "--plain"]);
    assert!(said.contains("1 self-assessment"), "{said}");
    let other = Home::new();
    let said = ok(&other, &["import", bundle_arg, "--plain"]);
    assert!(said.contains("Added 3"), "{said}");
    let id = SelfAssessment::id_for(ANA, YEAR);
    let file = |h: &Home| {
        std::fs::read(
            h.workspace
                .join("self-assessments")
                .join(format!("{id}.ron")),
        )
        .expect("the record")
    };
    assert_eq!(file(&other), file(&home), "byte for byte");
    assert_eq!(row(&shown(&other), "3b")["on_agenda"], true);
}

/// The text of a PDF as lopdf extracts it, every run of white space one space.
fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn summative_pdf(home: &Home) -> String {
    let out = home.path().join("summative.pdf");
    let out_arg = out.to_str().expect("UTF-8");
    ok(
        home,
        &["report", "summative", ANA, "--year", YEAR, "--out", out_arg],
    );
    pdf_text(&std::fs::read(&out).expect("the PDF"))
}

#[test]
fn the_summative_pdf_prints_the_self_assessed_levels_and_the_agenda_only_when_there_is_one() {
    let home = home();
    let without = summative_pdf(&home);
    assert!(without.contains("Part A"), "the form itself");
    assert!(
        !without.to_lowercase().contains("self-assess") && !without.contains("Conference agenda"),
        "no empty column or section without a self-assessment"
    );
    set_three(&home);
    let with = summative_pdf(&home);
    for expected in [
        "The educator's self-assessment",
        "Entered by Renée Castellanos from the educator's form, not yet submitted; 3 of 22 components assessed",
        "I ask mostly recall questions",
        "Conference agenda",
        "3b Using Questioning and Discussion Techniques : evaluator Proficient, educator Unsatisfactory.",
        "not assessed",
        "Goals the educator proposes",
        "1. Ask more open questions (3b, 3c)",
    ] {
        assert!(with.contains(expected), "missing {expected:?} in {with}");
    }
}

#[test]
fn growth_plan_goals_taken_from_the_self_assessment_say_so_in_the_pdf() {
    use teacher_eval::record::{ProposedGoal, Supplied};
    use teacher_eval::scoring::{blank_plan, goals_from_self_assessment};
    let educator = sample_educator(ANA, "Ana Silva");
    let mut plan = blank_plan(&educator, YEAR);
    let mut mine = SelfAssessment::new(ANA, YEAR, ("danielson-2013", ""), Supplied::Educator, "");
    mine.goals = vec![
        ProposedGoal {
            text: "Plan lessons around student questions".into(),
            components: vec!["1e".into()],
        },
        ProposedGoal {
            text: "  ".into(),
            components: vec![],
        },
    ];
    plan.goals = goals_from_self_assessment(&plan, &mine);
    assert_eq!(plan.goals.len(), 1, "an empty goal is not taken");
    assert!(
        goals_from_self_assessment(&plan, &mine).is_empty(),
        "never twice"
    );
    let catalog = teacher_eval::rubric::Catalog::load(&[]);
    let rubric = catalog.get("danielson-2013").map(|e| &e.rubric);
    let options = teacher_eval::report::ReportOptions {
        paper: teacher_eval::report::Paper::Letter,
        omit_student_names: false,
        generated: common::at("2027-06-10T14:05:00-05:00"),
        artifacts_from: None,
    };
    let pdf = teacher_eval::report::growth_plan_report(&plan, &educator, rubric, &options)
        .expect("a PDF");
    let text = pdf_text(&pdf.bytes);
    assert!(
        text.contains("Goal 1 · proposed in the educator's self-assessment"),
        "{text}"
    );
    assert!(
        text.contains("Plan lessons around student questions"),
        "{text}"
    );
}
