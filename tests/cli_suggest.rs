//! `teacher-eval suggest --rubric ID [--level L] [--json] [TEXT]` and
//! `teacher-eval settings --forget-tagging`, run as processes in a temporary
//! home: one note or one per line of standard input, learned tags read
//! (never changed), hostile input refused in a sentence.

mod common;

use common::binary::{Home, stderr, stdout};
use serde_json::Value;
use teacher_eval::files::tagging_examples::{self, Example};

fn suggest(home: &Home, args: &[&str], input: &str) -> std::process::Output {
    home.command()
        .arg("suggest")
        .args(args)
        .write_stdin(input)
        .output()
        .expect("the binary runs")
}

/// Where the binary keeps the examples in `home` (XDG_DATA_HOME/teacher-eval).
fn examples_file(home: &Home) -> std::path::PathBuf {
    home.path()
        .join("data")
        .join("teacher-eval")
        .join("tagging-examples.ron")
}

#[test]
fn one_note_prints_id_score_and_name() {
    let home = Home::new();
    let out = suggest(
        &home,
        &[
            "--rubric",
            "danielson-2013",
            "Exit ticket: 3 questions, sorted into piles",
        ],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    let cells: Vec<&str> = first.split('\t').collect();
    assert_eq!(cells.first(), Some(&"3d"), "{first}");
    assert!(cells[1].parse::<f32>().is_ok_and(|s| s > 0.0), "{first}");
    assert_eq!(cells.get(2), Some(&"Using Assessment in Instruction"));
    assert!(stdout(&out).lines().count() <= 3);
    let none = suggest(&home, &["--rubric", "danielson-2013", "10:15"], "");
    assert_eq!(stdout(&none), "no confident suggestion\n");
    assert!(
        !home.workspace.exists(),
        "suggest needs no workspace and makes none"
    );
}

#[test]
fn each_line_of_standard_input_is_a_note_in_json() {
    let home = Home::new();
    let input = "Ss roll eyes when T calls on Devon; T ignores it\n\nT praises effort; Ss persist on the hard problem\r\n10:15";
    let out = suggest(&home, &["--rubric", "danielson-2013", "--json"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let arrays: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON array a line"))
        .collect();
    assert_eq!(arrays.len(), 4, "one array per line, the empty one too");
    assert_eq!(arrays[0][0]["id"], "2a");
    assert_eq!(
        arrays[0][0]["name"],
        "Creating an Environment of Respect and Rapport"
    );
    assert!(arrays[0][0]["score"].as_f64().is_some_and(|s| s > 0.0));
    assert_eq!(arrays[1], Value::Array(vec![]));
    assert_eq!(arrays[2][0]["id"], "2b");
    assert_eq!(arrays[3], Value::Array(vec![]));
    for array in &arrays {
        let scores: Vec<f64> = array
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s["score"].as_f64())
            .collect();
        assert!(
            scores.len() <= 3 && scores.windows(2).all(|w| w[0] >= w[1]),
            "best first: {scores:?}"
        );
    }
}

#[test]
fn level_leaves_out_other_schools_duties() {
    let home = Home::new();
    let note = "Reset the group policy on the file server";
    let middle = suggest(
        &home,
        &[
            "--rubric",
            "edtech-coordinator",
            "--level",
            "middle",
            "--json",
            note,
        ],
        "",
    );
    let middle: Value = serde_json::from_str(&stdout(&middle)).expect("json");
    assert_eq!(middle[0]["id"], "M4");
    let high = suggest(
        &home,
        &[
            "--rubric",
            "edtech-coordinator",
            "--level",
            "high",
            "--json",
            note,
        ],
        "",
    );
    let high: Value = serde_json::from_str(&stdout(&high)).expect("json");
    assert!(
        high.as_array()
            .into_iter()
            .flatten()
            .all(|s| !s["id"].as_str().unwrap_or("M").starts_with('M')),
        "{high}"
    );
}

#[test]
fn learned_tags_count_and_are_forgotten_on_request() {
    let home = Home::new();
    let note = "Chromebooks handed out, Ss on the reading app";
    let before = suggest(&home, &["--rubric", "danielson-2013", "--json", note], "");
    let before: Value = serde_json::from_str(&stdout(&before)).expect("json");
    assert_ne!(before[0]["id"], "2e");
    let catalog = teacher_eval::rubric::Catalog::load(&[]);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let suggester = teacher_eval::rubric::Suggester::new(rubric, &catalog.vocabulary);
    let examples: Vec<Example> = [
        "Chromebooks charged and put away",
        "Chromebooks out on every desk",
        "Ss fetch chromebooks from the cart",
        "Chromebooks stored by the window",
        "Two chromebooks not charged",
        "Ss log in to chromebooks",
    ]
    .iter()
    .map(|text| suggester.example(text, "2e", true))
    .collect();
    tagging_examples::append(&examples_file(&home), &examples).expect("written");
    let after = suggest(&home, &["--rubric", "danielson-2013", "--json", note], "");
    let after: Value = serde_json::from_str(&stdout(&after)).expect("json");
    assert_eq!(after[0]["id"], "2e", "the evaluator's tags win");
    let plain = suggest(
        &home,
        &["--rubric", "danielson-2013", "--json", "--no-learned", note],
        "",
    );
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&plain)).expect("json"),
        before
    );

    let out = home.run(&["settings", "--forget-tagging"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("forgot the 6 tags"),
        "{}",
        stdout(&out)
    );
    assert!(!examples_file(&home).exists());
    assert!(!home.workspace.exists(), "forgetting touches no workspace");
}

#[test]
fn a_damaged_examples_file_is_reported_and_left_unchanged() {
    let home = Home::new();
    let file = examples_file(&home);
    std::fs::create_dir_all(file.parent().expect("folder")).expect("folder");
    std::fs::write(&file, "TaggingExamples(schema: 1, examples: [oops").expect("write");
    let out = suggest(&home, &["--rubric", "danielson-2013", "Exit ticket"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("are not used"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&file).expect("kept"),
        "TaggingExamples(schema: 1, examples: [oops"
    );
}

#[test]
fn hostile_input_is_refused_or_read_without_panic() {
    let home = Home::new();
    let out = suggest(&home, &["--rubric", "no-such-rubric", "x"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("There is no rubric `no-such-rubric`"),
        "{}",
        stderr(&out)
    );
    let mut bytes = vec![0xff, 0xfe, b'\n', 0, 0x1b, b'[', b'2', b'J', b'\n'];
    bytes.extend(std::iter::repeat_n(b'a', 200_000));
    bytes.extend(b"\n\xe2\x80\xae exit ticket \xf0\x9f\x98\x80\n");
    let out = home
        .command()
        .args(["suggest", "--rubric", "danielson-2013", "--json"])
        .write_stdin(bytes)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 4);
    assert!(
        !stdout(&out).contains('\u{1b}'),
        "control characters never reach the terminal"
    );
}

#[test]
fn a_district_vocabulary_extends_suggestions_and_is_checked() {
    let home = Home::new();
    let district = tempfile::tempdir().expect("tempdir");
    let folder = district.path().join("vocabulary");
    std::fs::create_dir_all(&folder).expect("folder");
    let note = "Zorp zorp at 10:15";
    let before = suggest(&home, &["--rubric", "danielson-2013", note], "");
    assert_eq!(stdout(&before), "no confident suggestion\n");
    std::fs::write(
        folder.join("ours.ron"),
        "Vocabulary(schema: 1, title: \"Ours\", source: \"Us\",\n  shorthand: {\"zc\": \"zorp cards\"},\n  cues: [(rubrics: [\"danielson-2013\"], components: {\"3d\": [\"zorp cards\"], \"9z\": [\"x y\"]})])",
    )
    .expect("write");
    let dir = district.path().to_str().expect("utf-8");
    let after = suggest(
        &home,
        &[
            "--rubrics",
            dir,
            "--rubric",
            "danielson-2013",
            "ZC at 10:15",
        ],
        "",
    );
    assert!(after.status.success(), "{}", stderr(&after));
    assert!(stdout(&after).starts_with("3d\t"), "{}", stdout(&after));
    assert!(
        stderr(&after).contains("ours.ron:3:") && stderr(&after).contains("has no component `9z`"),
        "{}",
        stderr(&after)
    );
    std::fs::write(
        folder.join("bad.ron"),
        "Vocabulary(schema: 1, title: \"t\", source: \"s\", shorthand: {\"--\": \"x\"})",
    )
    .expect("write");
    let bad = suggest(
        &home,
        &[
            "--rubrics",
            dir,
            "--rubric",
            "danielson-2013",
            "ZC at 10:15",
        ],
        "",
    );
    assert!(
        stderr(&bad).contains("bad.ron:1:") && stderr(&bad).contains("needs a letter"),
        "{}",
        stderr(&bad)
    );
    assert!(
        stdout(&bad).starts_with("3d\t"),
        "the other file is still used: {}",
        stdout(&bad)
    );
}

#[test]
fn a_district_examples_file_extends_suggestions_and_is_checked_by_line() {
    let home = Home::new();
    let district = tempfile::tempdir().expect("tempdir");
    let folder = district.path().join("examples");
    std::fs::create_dir_all(&folder).expect("folder");
    let note = "Zorp glimmer at 10:15";
    let before = suggest(&home, &["--rubric", "danielson-2013", note], "");
    assert_eq!(stdout(&before), "no confident suggestion\n");
    let lines: Vec<String> = (0..12)
        .map(|i| format!("4b\tZorp glimmer logged, week {i}"))
        .chain([
            "no tab on this line".to_string(),
            "9z\tZorp glimmer".to_string(),
        ])
        .collect();
    std::fs::write(folder.join("danielson-2013.tsv"), lines.join("\n")).expect("write");
    // Not a rubric's examples by name, and a folder named like a file: neither is read.
    std::fs::write(folder.join("notes.txt"), "4b\tZorp glimmer").expect("write");
    std::fs::create_dir_all(folder.join("edtech-coordinator.tsv")).expect("folder");
    let dir = district.path().to_str().expect("utf-8");
    let args = ["--rubrics", dir, "--rubric", "danielson-2013", note];
    let after = suggest(&home, &args, "");
    assert!(after.status.success(), "{}", stderr(&after));
    assert!(stdout(&after).starts_with("4b\t"), "{}", stdout(&after));
    let err = stderr(&after);
    assert!(
        err.contains("danielson-2013.tsv:13:1:") && err.contains("a tab"),
        "{err}"
    );
    assert!(
        err.contains("danielson-2013.tsv:14:1:") && err.contains("has no component `9z`"),
        "{err}"
    );
    assert!(err.contains("not a regular file"), "{err}");
    std::fs::write(folder.join("danielson-2013.tsv"), b"\xff\xfe4b\tx").expect("write");
    let bad = suggest(&home, &args, "");
    assert!(bad.status.success(), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("not UTF-8"), "{}", stderr(&bad));
    assert_eq!(stdout(&bad), "no confident suggestion\n");
}
