//! Student measures from the command line: `measures import | set | list |
//! remove` by the workspace's rules, the final rating `evaluation show`
//! works out from them (hand-computed under pennsylvania-13-1), hostile
//! files, and bundles that carry them.

mod common;

use std::path::{Path, PathBuf};

use common::binary::{Home, stderr, stdout};
use common::{sample_educator, sample_observation};
use serde_json::Value;
use teacher_eval::record::{Educator, Rating, RatingLevel};
use teacher_eval::workspace::Workspace;

const ANA: &str = "edu-00000000000a";
const BO: &str = "edu-00000000000b";
const YEAR: &str = "2026-27";

/// Ana Silva and Bo Kim at Lincoln Middle, and a second Bo Kim at Oak
/// Ridge; Ana has one observation in 2026-27 with 3b Proficient, so her
/// practice score under pennsylvania-13-1 is exactly 2.0.
fn district() -> Home {
    let home = Home::new();
    let ws = Workspace::open(&home.workspace).expect("open");
    let people = [
        (ANA, "Ana Silva", "Lincoln Middle"),
        (BO, "Bo Kim", "Lincoln Middle"),
        ("edu-00000000000c", "Bo Kim", "Oak Ridge"),
    ];
    for (id, name, school) in people {
        let educator = Educator {
            school: school.into(),
            ..sample_educator(id, name)
        };
        ws.create(&educator).expect("save");
    }
    let mut visit = sample_observation("obs-00000000000a", ANA);
    visit.ratings = vec![Rating {
        component: "3b".into(),
        level: RatingLevel::Level(3),
        rationale: String::new(),
        evidence: vec![],
    }];
    ws.create(&visit).expect("save");
    drop(ws);
    let out = home.run(&["settings", "--scoring-profile", "pennsylvania-13-1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    home
}

/// Writes a file into the test's home (outside the workspace).
fn file(home: &Home, name: &str, bytes: &[u8]) -> PathBuf {
    let path = home.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn import(home: &Home, path: &Path, extra: &[&str]) -> std::process::Output {
    let path = path.to_str().expect("a UTF-8 path");
    home.run(&[&["measures", "import", path][..], extra].concat())
}

fn listed(home: &Home, extra: &[&str]) -> Vec<Value> {
    let out = home.run(&[&["measures", "list", "--json"][..], extra].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    match serde_json::from_str(&stdout(&out)).expect("JSON") {
        Value::Array(rows) => rows,
        other => panic!("not an array: {other}"),
    }
}

/// Every file of the workspace but the lock, for "nothing was written".
fn files(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    common::snapshot(root)
        .into_iter()
        .filter(|(p, _)| !p.ends_with(".lock"))
        .collect()
}

fn show(home: &Home) -> Value {
    let out = home.run(&["evaluation", "show", ANA, "--year", YEAR, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON")
}

fn set(home: &Home, measure: &str, score: &str) {
    let out = home.run(&["measures", "set", ANA, measure, score, "--year", YEAR]);
    assert!(out.status.success(), "{measure} {score}: {}", stderr(&out));
}

#[test]
fn a_state_file_is_imported_by_id_and_by_name_and_school() {
    let home = district();
    let csv = "\u{feff}Educator ID,Name,School,Measure,School Year,Score,Source,Date,Title\r\n\
               edu-00000000000a,,,Building,2026-27,2.5,PVAAS 2027,2027-06-30,\r\n\
               ,ANA SILVA,lincoln middle,lea,2026-2027,pending,,,\"SLO: reading, grade 7\"\r\n\
               \r\n\
               ,bo kim,LINCOLN MIDDLE,teacher-specific,,1.75,,2027-05-01,\r\n";
    let path = file(&home, "state.csv", csv.as_bytes());
    let out = import(&home, &path, &["--year", YEAR]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Added 3 student measures, updated 0, unchanged 0.\n"
    );
    let rows = listed(&home, &[]);
    assert_eq!(rows.len(), 3);
    let find = |measure: &str| {
        rows.iter()
            .find(|r| r["measure"] == measure)
            .unwrap_or_else(|| panic!("{measure} listed"))
    };
    let building = find("building");
    assert_eq!(building["educator_id"], ANA);
    assert_eq!(building["score"], 2.5);
    assert_eq!(building["status"], "scored");
    assert_eq!(building["source"], "PVAAS 2027");
    assert_eq!(building["date"], "2027-06-30");
    let lea = find("lea");
    assert_eq!(lea["educator_id"], ANA);
    assert_eq!(lea["school_year"], YEAR);
    assert!(lea["score"].is_null());
    assert_eq!(lea["status"], "pending");
    assert_eq!(lea["title"], "SLO: reading, grade 7");
    assert_eq!(
        lea["source"], "state.csv, line 3",
        "a row without a source names its line"
    );
    let specific = find("teacher-specific");
    assert_eq!(specific["educator_id"], BO);
    assert_eq!(specific["school_year"], YEAR, "from --year");
    for row in &rows {
        let keys: Vec<&str> = row
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "date",
                "educator_id",
                "id",
                "measure",
                "school_year",
                "score",
                "source",
                "status",
                "title"
            ]
        );
    }
    // The text list names the educator and the score.
    let text = stdout(&home.run(&["measures", "list", "--educator", BO]));
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("Bo Kim  teacher-specific  1.75"), "{text}");
    assert!(listed(&home, &["--year", "2025-26"]).is_empty());
}

#[test]
fn bad_rows_are_reported_by_line_and_nothing_is_written() {
    let home = district();
    let before = files(&home.workspace);
    let csv = "educator_id,name,school,measure,school_year,score,date\n\
               edu-00000000000a,,,building,2026-27,2,\n\
               ,Bo Kim,,building,2026-27,2,\n\
               ,Nobody,Lincoln Middle,building,2026-27,2,\n\
               edu-00000000000a,,,buidling,2026-27,2,\n\
               edu-00000000000a,,,lea,2026-27,\"2,5\",\n\
               edu-00000000000a,,,lea,2026-28,2,\n\
               edu-00000000000a,,,lea,2026-27,2,30/06/2027\n\
               edu-00000000000a,,,building,2026-27,3,\n\
               edu-00000000000a,,,lea,,2,\n\
               edu-999999999999,,,lea,2026-27,2,\n";
    let path = file(&home, "bad.csv", csv.as_bytes());
    let out = import(&home, &path, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let said = stderr(&out);
    let name = path.display().to_string();
    for (line, words) in [
        (3, "names no educator"),
        (4, "no educator named Nobody at Lincoln Middle"),
        (5, "no loaded scoring profile counts a measure `buidling`"),
        (6, "the score `2,5` is not a number"),
        (7, "`2026-28` is not a school year"),
        (8, "is not a date written YYYY-MM-DD"),
        (9, "it repeats line 2"),
        (10, "has no school year"),
        (11, "there is no educator with the id `edu-999999999999`"),
    ] {
        let expected = format!("{name}:{line}: ");
        let reported = said
            .lines()
            .find(|l| l.starts_with(&expected))
            .unwrap_or_else(|| panic!("line {line} reported: {said}"));
        assert!(reported.contains(words), "{reported}");
    }
    assert!(
        !said.contains(&format!("{name}:2:")),
        "line 2 is good: {said}"
    );
    assert!(
        said.contains("9 rows of the file have problems; nothing was written."),
        "{said}"
    );
    assert_eq!(files(&home.workspace), before, "nothing was written");

    // Two educators of the same name and school: the row cannot say which.
    let ws = Workspace::open(&home.workspace).expect("open");
    let twin = Educator {
        school: "Oak Ridge".into(),
        ..sample_educator("edu-00000000000d", "Bo Kim")
    };
    ws.create(&twin).expect("save");
    drop(ws);
    let path = file(
        &home,
        "twins.csv",
        b"name,school,measure,score,school_year\nBo Kim,Oak Ridge,building,2,2026-27\n",
    );
    let out = import(&home, &path, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            ":2: 2 educators are named Bo Kim at Oak Ridge; give this row's educator_id instead"
        ),
        "{}",
        stderr(&out)
    );

    // A file wrong as a whole says so in one sentence.
    for (csv, words) in [
        ("educator_id,measure\n", "no `score` column"),
        ("measure,score\n", "names no educator"),
        (
            "educator_id,measure,score,Score\n",
            "`Score` is there twice",
        ),
        ("educator_id,measure,score,pvaas\n", "`pvaas` is not known"),
    ] {
        let path = file(&home, "whole.csv", csv.as_bytes());
        let out = import(&home, &path, &["--year", YEAR]);
        assert_eq!(out.status.code(), Some(1), "{csv}");
        assert!(stderr(&out).contains(words), "{csv}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("nothing was written"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn importing_again_updates_each_record_without_duplicates() {
    let home = district();
    let first = "educator_id,measure,score,title,source\n\
                 edu-00000000000a,building,2.5,,\n\
                 edu-00000000000a,lea,pending,SLO reading,District\n";
    let path = file(&home, "state.csv", first.as_bytes());
    assert!(import(&home, &path, &["--year", YEAR]).status.success());
    let ids: Vec<Value> = listed(&home, &[]).iter().map(|r| r["id"].clone()).collect();

    // The same file again changes nothing; the SLO scored (its title in
    // another case) updates the record it names.
    let out = import(&home, &path, &["--year", YEAR]);
    assert_eq!(
        stdout(&out),
        "Added 0 student measures, updated 0, unchanged 2.\n"
    );
    let second = "educator_id,measure,score,title,source\n\
                  edu-00000000000a,building,2.5,,\n\
                  edu-00000000000a,lea,3,slo READING,District\n\
                  edu-00000000000a,lea,1,SLO writing,District\n";
    let path = file(&home, "state.csv", second.as_bytes());
    let out = import(&home, &path, &["--year", YEAR]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Added 1 student measure, updated 1, unchanged 1.\n"
    );
    let rows = listed(&home, &[]);
    assert_eq!(rows.len(), 3, "no duplicates");
    let reading = rows
        .iter()
        .find(|r| r["title"] == "SLO reading")
        .expect("the record keeps its title");
    assert_eq!(reading["score"], 3.0);
    assert!(ids.contains(&reading["id"]), "the same record");
    // The pending version it replaced is kept in its history.
    let id = reading["id"].as_str().expect("id");
    let history = stdout(&home.run(&["history", "show", id]));
    assert!(history.contains("Versions kept (1):"), "{history}");
    assert!(history.contains("lea pending"), "{history}");
}

#[test]
fn scores_outside_the_profiles_range_are_refused() {
    let home = district();
    let path = file(
        &home,
        "range.csv",
        b"educator_id,measure,score\nedu-00000000000a,building,3.5\nedu-00000000000a,lea,-0.5\nedu-00000000000a,msgp,99\n",
    );
    let out = import(&home, &path, &["--year", YEAR]);
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(
        said.contains(":2: the score 3.5 is outside the range 0-3 that Pennsylvania PDE 13-1 (2021-22 onwards) gives Building Level Score (0-3)."),
        "{said}"
    );
    assert!(
        said.contains(":3: the score -0.5 is outside the range 0-3"),
        "{said}"
    );
    // No Pennsylvania measure: checked against what any loaded profile allows.
    assert!(
        said.contains(
            ":4: the score 99 is outside the range 1-4 any loaded profile gives the measure `msgp`"
        ),
        "{said}"
    );
    assert!(listed(&home, &[]).is_empty());
    let out = home.run(&["measures", "set", ANA, "building", "3.01", "--year", YEAR]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("outside the range 0-3"),
        "{}",
        stderr(&out)
    );
    for score in ["NaN", "inf", "1e2", "three"] {
        let out = home.run(&["measures", "set", ANA, "building", score, "--year", YEAR]);
        assert_eq!(out.status.code(), Some(1), "{score}");
        assert!(stderr(&out).contains("is not a number"), "{}", stderr(&out));
    }
    // The edges themselves are in range.
    set(&home, "building", "3");
    set(&home, "lea", "0");
    assert_eq!(listed(&home, &[]).len(), 2);
}

#[test]
fn set_updates_list_filters_and_remove_keeps_the_record_in_history() {
    let home = district();
    let out = home.run(&[
        "measures",
        "set",
        ANA,
        "lea",
        "pending",
        "--year",
        YEAR,
        "--title",
        "SLO: fluency",
        "--source",
        "Principal",
        "--date",
        "2027-05-02",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Added the student measure msr-"),
        "{}",
        stdout(&out)
    );
    let out = home.run(&[
        "measures",
        "set",
        ANA,
        "lea",
        "2.5",
        "--year",
        YEAR,
        "--title",
        "slo: FLUENCY",
    ]);
    assert!(
        stdout(&out).contains("(lea \u{201c}SLO: fluency\u{201d} 2.5, 2026-27; it was pending)"),
        "{}",
        stdout(&out)
    );
    let out = home.run(&["measures", "set", BO, "building", "1", "--year", "2025-26"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = listed(&home, &[]);
    assert_eq!(rows.len(), 2);
    let ana = listed(&home, &["--educator", ANA]);
    assert_eq!(ana.len(), 1);
    assert_eq!(ana[0]["score"], 2.5);
    assert_eq!(
        ana[0]["source"], "Principal",
        "kept when --source is not given"
    );
    assert_eq!(ana[0]["date"], "2027-05-02");
    assert_eq!(listed(&home, &["--year", "2025-26"]).len(), 1);
    let out = home.run(&["measures", "list", "--educator", "edu-nobody"]);
    assert_eq!(out.status.code(), Some(1));

    let id = ana[0]["id"].as_str().expect("id").to_string();
    let out = home.run(&["measures", "remove", &id]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains(&format!(
            "`teacher-eval history restore {id} 2` brings it back"
        )),
        "{said}"
    );
    assert!(listed(&home, &["--educator", ANA]).is_empty());
    assert!(
        !home
            .workspace
            .join("measures")
            .join(format!("{id}.ron"))
            .exists()
    );
    let history = stdout(&home.run(&["history", "show", &id]));
    assert!(history.contains("was removed"), "{history}");
    let out = home.run(&["measures", "remove", &id]);
    assert_eq!(out.status.code(), Some(1), "already gone");
    for odd in ["../measures/x", "edu-00000000000a", "obs-00000000000a"] {
        let out = home.run(&["measures", "remove", odd]);
        assert_eq!(out.status.code(), Some(1), "{odd}");
    }

    let out = home.run(&["history", "restore", &id, "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("version 2 restored; the student measure is back in the workspace."),
        "{}",
        stdout(&out)
    );
    let back = listed(&home, &["--educator", ANA]);
    assert_eq!(back.len(), 1);
    assert_eq!(back[0]["id"], id.as_str());
    assert_eq!(back[0]["score"], 2.5);
}

#[test]
fn hostile_files_are_refused_in_a_sentence_and_nothing_lands_outside() {
    let home = district();
    let before = files(&home.workspace);
    // A field of a megabyte: the row is refused, and the message quotes little of it.
    let huge = "x".repeat(1 << 20);
    let csv =
        format!("educator_id,measure,score,title\nedu-00000000000a,lea,2,{huge}\n{huge},lea,2,\n");
    let path = file(&home, "huge.csv", csv.as_bytes());
    let out = import(&home, &path, &["--year", YEAR]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(":2: the title is 1048576 characters long"),
        "{}",
        &stderr(&out)[..200.min(stderr(&out).len())]
    );
    assert!(
        stderr(&out).len() < 2_000,
        "the messages quote a little of each field"
    );

    // Binary junk, a path as an educator id, a file over the size limit.
    let mut junk: Vec<u8> = (0..=255u8).cycle().take(64 * 1024).collect();
    junk.splice(0..0, b"educator_id,measure,score\n".iter().copied());
    let paths = [
        file(&home, "junk.bin", &junk),
        file(
            &home,
            "paths.csv",
            b"educator_id,measure,score\n../../etc/passwd,lea,2\n/tmp/x,lea,2\nC:\\Users\\x,lea,2\n",
        ),
        file(&home, "large.csv", &vec![b'a'; 17 * 1024 * 1024]),
    ];
    for path in &paths {
        let out = import(&home, path, &["--year", YEAR]);
        assert_eq!(out.status.code(), Some(1), "{}", path.display());
        assert!(
            stderr(&out).starts_with(&format!("{}:", path.display()))
                || stderr(&out).starts_with("teacher-eval:"),
            "{}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    }
    let out = import(&home, &paths[1], &["--year", YEAR]);
    assert_eq!(
        stderr(&out).matches("is not an educator id").count(),
        3,
        "{}",
        stderr(&out)
    );
    let out = home.run(&["measures", "set", "../../etc/passwd", "lea", "2"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(files(&home.workspace), before, "nothing was written");
    let mut outside: Vec<String> = std::fs::read_dir(home.path())
        .expect("home")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    outside.sort();
    assert!(
        outside.iter().all(|n| [
            "huge.csv",
            "junk.bin",
            "paths.csv",
            "large.csv",
            "workspace",
            "config",
            "data",
            "state",
            "cache"
        ]
        .contains(&n.as_str())),
        "{outside:?}"
    );
}

#[test]
fn a_hundred_thousand_rows_are_checked_whole_and_only_the_first_bad_ones_printed() {
    use std::fmt::Write as _;
    let home = district();
    let before = files(&home.workspace);
    // The last row bad: read and checked whole, and still nothing written.
    let mut big = String::from("educator_id,measure,score,title\n");
    for i in 0..100_000 {
        let _ = writeln!(big, "edu-00000000000a,lea,2,SLO {i}");
    }
    big.push_str("edu-00000000000a,lea,7,SLO last\n");
    let path = file(&home, "huge.csv", big.as_bytes());
    let out = import(&home, &path, &["--year", YEAR]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(":100002: the score 7 is outside"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("1 row of the file has problems; nothing was written."));
    assert_eq!(files(&home.workspace), before);
    let many: String = (0..5_000).map(|_| "edu-00000000000a,lea,x,\n").collect();
    let path = file(
        &home,
        "huge.csv",
        format!("educator_id,measure,score,title\n{many}").as_bytes(),
    );
    let out = import(&home, &path, &["--year", YEAR]);
    assert!(
        stderr(&out).lines().count() < 60,
        "the first bad rows, then a count"
    );
    assert!(
        stderr(&out).contains("4950 more rows with problems are not shown."),
        "{}",
        stderr(&out)
    );
}

#[test]
fn evaluation_show_gives_no_final_rating_while_a_measure_is_pending() {
    let home = district();
    set(&home, "building", "3");
    set(&home, "teacher-specific", "pending");
    let json = show(&home);
    assert_eq!(json["practice_score"], 2.0);
    assert_eq!(json["practice_rating"], "Proficient");
    assert_eq!(json["score"], 2.0, "score is still the practice score");
    assert_eq!(json["rating"], "Proficient");
    assert!(json["final_score"].is_null() && json["final_rating"].is_null());
    assert!(json["outcome"].is_null());
    assert_eq!(json["improvement_plan_required"], false);
    assert_eq!(json["weighting"], "annual evaluation");
    assert_eq!(json["period"], "annual");
    let pending: Vec<&str> = json["pending"]
        .as_array()
        .expect("pending")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        pending,
        [
            "Teacher-Specific Data (pending)",
            "LEA-Selected Measures (not recorded)"
        ]
    );
    let measures = json["measures"].as_array().expect("measures");
    let summary: Vec<(&str, &str, f64, Option<f64>, &str)> = measures
        .iter()
        .map(|m| {
            (
                m["id"].as_str().expect("id"),
                m["part"].as_str().expect("part"),
                m["weight"].as_f64().expect("weight"),
                m["score"].as_f64(),
                m["status"].as_str().expect("status"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("building", "B.1", 10.0, Some(3.0), "scored"),
            ("teacher-specific", "B.2", 10.0, None, "pending"),
            ("lea", "B.3", 10.0, None, "not recorded"),
        ]
    );
    assert!(measures.iter().all(|m| m["name"].is_string()));

    let text = stdout(&home.run(&["evaluation", "show", ANA, "--year", YEAR]));
    assert!(
        text.contains("Practice rating 2.00 on the profile's scale: Proficient\n"),
        "{text}"
    );
    assert!(
        text.contains("No final rating yet: student measures pending: Teacher-Specific Data (pending); LEA-Selected Measures (not recorded)\n"),
        "{text}"
    );
    assert!(
        !text.contains("Final"),
        "never Final while measures are pending: {text}"
    );
}

#[test]
fn the_final_rating_under_pennsylvania_13_1_is_hand_computed() {
    let home = district();
    // 0.7 × 2.0 + 0.1 × 3 + 0.1 × 1 + 0.1 × 2 = 2.00: Proficient, Satisfactory.
    set(&home, "building", "3");
    set(&home, "teacher-specific", "1");
    set(&home, "lea", "2");
    let json = show(&home);
    assert_eq!(json["final_score"], 2.0);
    assert_eq!(json["final_rating"], "Proficient");
    assert_eq!(json["outcome"], "Satisfactory");
    assert_eq!(json["pending"], serde_json::json!([]));
    assert_eq!(json["improvement_plan_required"], false);
    assert!(
        json["measures"]
            .as_array()
            .expect("measures")
            .iter()
            .all(|m| m["status"] == "scored")
    );
    let text = stdout(&home.run(&["evaluation", "show", ANA, "--year", YEAR]));
    assert!(
        text.contains("Final rating 2.00: Proficient (Satisfactory)\n"),
        "{text}"
    );
    assert!(
        text.contains("Part B student measures (practice weighs 70%, annual evaluation):"),
        "{text}"
    );
    assert!(
        text.contains("  B.1 Building Level Score (0-3): 3 (weight 10%)\n"),
        "{text}"
    );
    assert!(
        text.contains("  B.3 LEA-Selected Measures: 2 (weight 10%)\n"),
        "{text}"
    );

    // 0.7 × 2.0 + 0.1 × 0.95 = 1.495: cut to three places it stays 1.495,
    // which rounds half up to 1.50, Proficient.
    set(&home, "building", "0.95");
    set(&home, "teacher-specific", "0");
    set(&home, "lea", "0");
    let json = show(&home);
    assert_eq!(json["final_score"], 1.5);
    assert_eq!(json["final_rating"], "Proficient");
    assert_eq!(json["improvement_plan_required"], false);
    // 1.4949 is cut to 1.494, which rounds to 1.49: Needs Improvement, and a plan.
    set(&home, "building", "0.949");
    let json = show(&home);
    assert_eq!(json["final_score"], 1.49);
    assert_eq!(json["final_rating"], "Needs Improvement");
    assert_eq!(json["improvement_plan_required"], true);
    let text = stdout(&home.run(&["evaluation", "show", ANA, "--year", YEAR]));
    assert!(
        text.contains("Final rating 1.49: Needs Improvement ("),
        "{text}"
    );
    assert!(
        text.contains("The final rating calls for a Performance Improvement Plan.\n"),
        "{text}"
    );
}

#[test]
fn bundles_carry_measures_and_the_export_filters_apply_to_them() {
    let home = district();
    set(&home, "building", "3");
    let out = home.run(&["measures", "set", BO, "lea", "2", "--year", "2025-26"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bundle = home.path().join("all.bundle");
    let out = home.run(&["export", "--plain", "--out", bundle.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2 student measures"),
        "{}",
        stdout(&out)
    );

    let other = Home::new();
    let out = other.run(&["import", "--plain", bundle.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listed(&other, &[]), listed(&home, &[]), "the same records");
    let out = other.run(&["import", "--plain", bundle.to_str().expect("path")]);
    assert!(stdout(&out).contains("Added 0,"), "{}", stdout(&out));
    assert_eq!(listed(&other, &[]).len(), 2);
    // A newer score in the bundle wins on the next import.
    set(&home, "building", "2");
    let out = home.run(&["export", "--plain", "--out", bundle.to_str().expect("path")]);
    assert!(out.status.success());
    let out = other.run(&["import", "--plain", bundle.to_str().expect("path")]);
    assert!(stdout(&out).contains("updated 1"), "{}", stdout(&out));
    let building = listed(&other, &["--educator", ANA]);
    assert_eq!(building[0]["score"], 2.0);

    let year = home.path().join("year.bundle");
    let out = home.run(&[
        "export",
        "--plain",
        "--year",
        "2025-26",
        "--out",
        year.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(", 1 student measure ("),
        "{}",
        stdout(&out)
    );
    let school = home.path().join("school.bundle");
    let out = home.run(&[
        "export",
        "--plain",
        "--school",
        "oak ridge",
        "--out",
        school.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stdout(&out).contains("student measure"),
        "{}",
        stdout(&out)
    );
}
