//! `teacher-eval evaluation show`, `report summative` and `report
//! growth-plan` run as processes against a demo workspace: the numbers
//! agree with the scoring engine run in this process, an educator with no
//! observations gets documents that say so, stored records are used, and
//! bad input is one line on stderr with exit code 1.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use teacher_eval::record::{Goal, Override, Summative};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::{
    Profiles, finalize, new_summative, plan_from_summative, school_year_of, score,
};
use teacher_eval::workspace::{Contents, Workspace};

const PROFILES: [&str; 3] = ["pennsylvania-82-1", "new-jersey-achievenj", "equal-weights"];

/// A copy of the demo workspace (built once per test binary) of six educators in a temporary home.
struct Setup {
    home: tempfile::TempDir,
    workspace: PathBuf,
}

impl Setup {
    fn demo() -> Setup {
        let home = tempfile::tempdir().expect("tempdir");
        let workspace = home.path().join("workspace");
        common::copy_dir(&common::binary::demo(6), &workspace);
        Setup { home, workspace }
    }

    fn run(&self, args: &[&str]) -> Output {
        let home = self.home.path();
        common::binary::command(home)
            .env("LC_ALL", "en_US.UTF-8")
            .arg("--workspace")
            .arg(&self.workspace)
            .args(args)
            .output()
            .expect("runs")
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("JSON")
    }

    fn educator_ids(&self) -> Vec<String> {
        let rows = self.json(&["educator", "list", "--json"]);
        rows.as_array()
            .expect("an array")
            .iter()
            .map(|r| r["id"].as_str().expect("an id").to_string())
            .collect()
    }

    /// The educator with the most observations.
    fn busiest(&self) -> String {
        let contents = self.contents();
        contents
            .educators
            .iter()
            .max_by_key(|e| contents.observations_of(&e.id).count())
            .expect("educators")
            .id
            .clone()
    }

    fn add_educator(&self, name: &str) -> String {
        let out = self.run(&[
            "educator",
            "add",
            "--name",
            name,
            "--school",
            "Lakeside Middle School",
            "--role",
            "teacher",
            "--level",
            "middle",
            "--evaluator",
            "Dr. Amara Okafor",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim().to_string()
    }

    fn contents(&self) -> Contents {
        Workspace::open_read_only(&self.workspace, "test")
            .expect("opens")
            .load()
    }

    fn out_dir(&self) -> PathBuf {
        let dir = self.home.path().join("reports");
        std::fs::create_dir_all(&dir).expect("mkdir");
        dir
    }

    fn report(&self, kind: &str, id: &str, name: &str, extra: &[&str]) -> (Output, PathBuf) {
        let file = self.out_dir().join(name);
        let mut args = vec!["report", kind, id, "--out", file.to_str().expect("utf-8")];
        args.extend_from_slice(extra);
        (self.run(&args), file)
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn this_year() -> String {
    school_year_of(teacher_eval::clock::local_now().date_naive())
}

/// Every page's text, white space squashed, and the page count.
fn pdf_text(path: &Path) -> (String, usize) {
    let bytes = std::fs::read(path).expect("the PDF exists");
    assert!(bytes.starts_with(b"%PDF-"));
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let all = doc.extract_text(&pages).expect("text");
    (
        all.split_whitespace().collect::<Vec<_>>().join(" "),
        pages.len(),
    )
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|listing| {
            listing
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The practice part under its own keys too, and the final one from the measures.
fn final_keys(json: &Value, expected: &teacher_eval::scoring::Scored, id: &str, profile: &str) {
    assert_eq!(json["practice_score"], json["score"]);
    assert_eq!(json["practice_rating"], json["rating"]);
    let result = &expected.result;
    assert_eq!(json["final_score"].as_f64(), result.score, "{id} {profile}");
    assert_eq!(
        json["final_rating"].as_str(),
        result.rating.as_ref().map(|(l, _)| l.as_str())
    );
    assert_eq!(
        json["pending"].as_array().map(Vec::len),
        Some(result.pending.len())
    );
    assert_eq!(
        json["measures"].as_array().map(Vec::len),
        Some(result.measures.len())
    );
    assert_eq!(json["period"], "annual");
}

#[test]
fn evaluation_show_agrees_with_the_scoring_engine_for_every_bundled_profile() {
    let setup = Setup::demo();
    let contents = setup.contents();
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);
    let year = this_year();
    let ids = setup.educator_ids();
    assert_eq!(ids.len(), 6);
    let mut scored_any = false;
    for id in &ids {
        let educator = contents.educator(id).expect("listed educator");
        for profile in PROFILES {
            let json = setup.json(&["evaluation", "show", id, "--profile", profile, "--json"]);
            let summative = new_summative(educator, &year, profile);
            let expected = score(
                &summative,
                educator,
                &contents.observations,
                &contents.measures,
                &catalog,
                &profiles,
            )
            .expect("scores");
            let outcome = &expected.outcome;
            assert_eq!(json["educator_id"], id.as_str());
            assert_eq!(json["school_year"], year.as_str());
            assert_eq!(json["profile_id"], profile);
            assert_eq!(json["finalized"], false);
            assert_eq!(json["stored"], false);
            match outcome.score {
                Some(s) => {
                    let got = json["score"].as_f64().expect("a score");
                    assert!((got - s).abs() < 1e-9, "{id} {profile}: {got} vs {s}");
                    scored_any = true;
                }
                None => assert!(json["score"].is_null()),
            }
            assert_eq!(
                json["rating"].as_str(),
                outcome.rating.as_ref().map(|(l, _)| l.as_str()),
                "{id} {profile}"
            );
            assert_eq!(
                json["improvement_plan_required"],
                expected.plan_required() == Some(true)
            );
            final_keys(&json, &expected, id, profile);
            let counted: Vec<&str> = expected.counted.iter().map(|o| o.id.as_str()).collect();
            let listed: Vec<&str> = json["observations"]
                .as_array()
                .expect("observations")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            assert_eq!(listed, counted);
            let components = json["components"].as_array().expect("components");
            assert_eq!(components.len(), outcome.components.len());
            for (got, want) in components.iter().zip(&outcome.components) {
                assert_eq!(got["id"], want.id.as_str());
                assert_eq!(got["value"].as_f64(), want.value);
                assert_eq!(got["level"].as_u64(), want.level.map(u64::from));
                assert!(!got["derivation"].as_str().expect("a sentence").is_empty());
                assert!(got.get("name").is_some() && got.get("level_name").is_some());
                assert_eq!(got["domain"], want.domain.as_str());
            }
            let domains = json["domains"].as_array().expect("domains");
            assert_eq!(domains.len(), outcome.domains.len());
            for (got, want) in domains.iter().zip(&outcome.domains) {
                assert_eq!(got["id"], want.id.as_str());
                assert_eq!(got["score"].as_f64(), want.score);
                assert_eq!(got["weight"].as_f64(), Some(want.weight));
            }
            assert!(json["missing"].is_array());
        }
    }
    assert!(
        scored_any,
        "the demo's observations fall in this school year"
    );

    // Text is the default, and names the practice rating.
    let out = setup.run(&["evaluation", "show", &ids[0]]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("summative evaluation (draft, not saved)"),
        "{stdout}"
    );
    assert!(stdout.contains("Practice rating"), "{stdout}");
    assert!(!stdout.contains("Final score"), "{stdout}");
}

#[test]
fn reports_hold_the_educator_the_rating_and_page_numbers() {
    let setup = Setup::demo();
    let id = setup.busiest();
    let contents = setup.contents();
    let name = contents.educator(&id).expect("educator").name.clone();
    let json = setup.json(&[
        "evaluation",
        "show",
        &id,
        "--profile",
        "pennsylvania-82-1",
        "--json",
    ]);
    let rating = json["rating"].as_str().expect("a rating").to_string();

    let (out, file) = setup.report(
        "summative",
        &id,
        "summative.pdf",
        &["--profile", "pennsylvania-82-1", "--paper", "a4"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("summative.pdf") && stdout.contains("not saved"),
        "{stdout}"
    );
    let (all, pages) = pdf_text(&file);
    for expected in [
        name.as_str(),
        "Summative Evaluation",
        "Pennsylvania PDE 82-1",
        // Pennsylvania's 82-1 has no rules for the demo's year: a practice rating only.
        &format!("({rating}). There is no final rating"),
        &format!("Page {pages} of {pages}"),
    ] {
        assert!(all.contains(expected), "missing {expected:?} in {all}");
    }
    for component in json["components"].as_array().expect("components") {
        if component["value"].is_null() {
            continue;
        }
        let sentence = component["derivation"].as_str().expect("a sentence");
        assert!(all.contains(sentence), "missing {sentence:?}");
    }

    let (out, file) = setup.report("growth-plan", &id, "plan.pdf", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("proposed from the"),
        "{}",
        text(&out.stdout)
    );
    let (all, _) = pdf_text(&file);
    assert!(all.contains(&name) && all.contains("Goal 1"), "{all}");
    assert!(
        all.contains("Professional Growth Plan") || all.contains("Improvement Plan"),
        "{all}"
    );
    assert_eq!(file_names(&setup.out_dir()), ["plan.pdf", "summative.pdf"]);
}

#[test]
fn an_educator_with_no_observations_gets_documents_and_json_that_say_so() {
    let setup = Setup::demo();
    let id = setup.add_educator("Þórdís Guðmundsdóttir");
    let json = setup.json(&["evaluation", "show", &id, "--json"]);
    assert_eq!(json["observations"], Value::Array(vec![]));
    assert!(json["score"].is_null() && json["rating"].is_null());
    assert_eq!(json["improvement_plan_required"], false);
    assert_eq!(json["profile_id"], "equal-weights");
    assert!(
        json["components"]
            .as_array()
            .expect("components")
            .iter()
            .all(|c| c["value"].is_null() && c["derivation"] == "Not rated; left out")
    );
    let out = setup.run(&["evaluation", "show", &id]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Observations counted: none in"));

    let (out, file) = setup.report("summative", &id, "summative.pdf", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (all, _) = pdf_text(&file);
    assert!(all.contains("Þórdís Guðmundsdóttir"), "{all}");
    assert!(
        all.contains(&format!("No observations in {}.", this_year())),
        "{all}"
    );
    assert!(all.contains("No rating yet"), "{all}");

    let (out, file) = setup.report("growth-plan", &id, "plan.pdf", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("no components to focus on yet"));
    let (all, _) = pdf_text(&file);
    assert!(
        all.contains("No focus components could be proposed yet"),
        "{all}"
    );
}

#[test]
fn stored_evaluations_and_plans_are_used_and_a_year_can_be_named() {
    let setup = Setup::demo();
    let id = setup.busiest();
    let year = this_year();
    {
        let contents = setup.contents();
        let catalog = Catalog::load(&[]);
        let profiles = Profiles::load(&[]);
        let educator = contents.educator(&id).expect("educator");
        let mut summative: Summative = new_summative(educator, &year, "new-jersey-achievenj");
        summative.comments = "StoredCommentMarker: a year of steady growth.".into();
        let component = teacher_eval::scoring::evaluate(&teacher_eval::scoring::Input {
            rubric: &catalog.get(&educator.rubric_id).expect("rubric").rubric,
            profile: profiles.get("new-jersey-achievenj").expect("profile"),
            level: Some(educator.level),
            ratings: &[],
            overrides: &[],
        })
        .expect("evaluates")
        .components[0]
            .id
            .clone();
        summative.overrides.push(Override {
            component: component.clone(),
            level: 4,
            reason: "OverrideMarker: portfolio reviewed in May.".into(),
        });
        let scored = score(
            &summative,
            educator,
            &contents.observations,
            &contents.measures,
            &catalog,
            &profiles,
        )
        .expect("scores");
        finalize(&mut summative, "Dr. Amara Okafor", &scored).expect("finalises");
        let mut plan = plan_from_summative(educator, &year, &summative.id, &scored);
        plan.goals.push(Goal {
            statement: "StoredGoalMarker: lead two lessons with student-led discussion.".into(),
            components: vec![component],
            measure: String::new(),
            target_date: None,
            from_self_assessment: false,
        });
        let workspace = Workspace::open(&setup.workspace).expect("opens");
        workspace.create(&summative).expect("saves the summative");
        workspace.create(&plan).expect("saves the plan");
    }

    let json = setup.json(&["evaluation", "show", &id, "--json"]);
    assert_eq!(json["stored"], true);
    assert_eq!(json["finalized"], true);
    assert_eq!(json["profile_id"], "new-jersey-achievenj");
    assert_eq!(json["finalized_by"], "Dr. Amara Okafor");
    assert!(
        json["components"][0]["derivation"]
            .as_str()
            .expect("a sentence")
            .contains("OverrideMarker")
    );

    let (out, file) = setup.report("summative", &id, "stored.pdf", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("not saved"));
    let (all, _) = pdf_text(&file);
    for expected in [
        "StoredCommentMarker",
        "OverrideMarker",
        "Finalised by Dr. Amara Okafor",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in {all}");
    }
    let (out, file) = setup.report("growth-plan", &id, "stored-plan.pdf", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(pdf_text(&file).0.contains("StoredGoalMarker"));

    // A finalised evaluation keeps its profile.
    let out = setup.run(&["evaluation", "show", &id, "--profile", "pennsylvania-82-1"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).lines().count(),
        1,
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("finalised"));

    // Another year has nothing stored and no observations; both spellings work.
    for spelling in ["2019-20", "2019-2020"] {
        let json = setup.json(&["evaluation", "show", &id, "--year", spelling, "--json"]);
        assert_eq!(json["school_year"], "2019-20");
        assert_eq!(json["stored"], false);
        assert_eq!(json["observations"], Value::Array(vec![]));
    }
}

/// Exit code 1, one line on stderr naming the problem, nothing written.
fn assert_one_line_failure(setup: &Setup, args: &[&str], needle: &str) {
    let out = setup.run(args);
    assert_eq!(out.status.code(), Some(1), "{args:?}");
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.starts_with("teacher-eval: "), "{stderr}");
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}");
}

#[test]
fn bad_ids_profiles_years_and_paths_fail_with_one_line() {
    let setup = Setup::demo();
    let id = setup.busiest();
    let dir = setup.out_dir();
    let out = dir.join("r.pdf");
    let out = out.to_str().expect("utf-8");
    for kind in ["summative", "growth-plan"] {
        assert_one_line_failure(
            &setup,
            &["report", kind, "edu-000000000000", "--out", out],
            "no educator with the id `edu-000000000000`",
        );
        assert_one_line_failure(
            &setup,
            &["report", kind, &id, "--year", "2026/27", "--out", out],
            "`2026/27` is not a school year",
        );
        assert_one_line_failure(
            &setup,
            &["report", kind, &id, "--profile", "ohio-otes", "--out", out],
            "no scoring profile `ohio-otes`",
        );
        let missing = dir.join("no such folder").join("r.pdf");
        assert_one_line_failure(
            &setup,
            &[
                "report",
                kind,
                &id,
                "--out",
                missing.to_str().expect("utf-8"),
            ],
            "does not exist",
        );
        assert_one_line_failure(
            &setup,
            &["report", kind, &id, "--out", dir.to_str().expect("utf-8")],
            "is a folder",
        );
    }
    assert_one_line_failure(
        &setup,
        &["evaluation", "show", "nobody", "--json"],
        "no educator with the id `nobody`",
    );
    assert_one_line_failure(
        &setup,
        &["evaluation", "show", &id, "--year", "2026-28"],
        "`2026-28` is not a school year",
    );
    assert_one_line_failure(
        &setup,
        &["evaluation", "show", &id, "--profile", "nope", "--json"],
        "pennsylvania-82-1",
    );
    assert!(file_names(&dir).is_empty(), "{:?}", file_names(&dir));
}

#[test]
fn scoring_profiles_load_from_the_rubric_folders_and_rubric_list_is_unchanged() {
    let setup = Setup::demo();
    let id = setup.busiest();
    let before = setup.run(&["rubric", "list"]);
    let extra = setup.home.path().join("district-rubrics");
    std::fs::create_dir_all(extra.join("scoring")).expect("mkdir");
    let bundled = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics/scoring/new-jersey-achievenj.ron"),
    )
    .expect("bundled profile");
    std::fs::write(
        extra.join("scoring").join("district.ron"),
        bundled
            .replace("\"new-jersey-achievenj\"", "\"district-median\"")
            .replace("combine: Mean", "combine: Median"),
    )
    .expect("write");
    let extra = extra.to_str().expect("utf-8");
    let json = setup.json(&[
        "--rubrics",
        extra,
        "evaluation",
        "show",
        &id,
        "--profile",
        "district-median",
        "--json",
    ]);
    assert_eq!(json["profile_id"], "district-median");
    let after = setup.run(&["--rubrics", extra, "rubric", "list"]);
    assert_eq!(text(&before.stdout), text(&after.stdout));
    assert_eq!(
        text(&after.stderr),
        "",
        "the scoring folder is not read as rubrics"
    );
}
