//! `teacher-eval rubric ...` run as a process, as a user or a script would.

mod common;

use common::five_level_rubric;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn list_shows_the_three_bundled_rubrics() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = common::binary::command(home.path())
        .args(["rubric", "list"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.contains("danielson-2013"));
    assert!(
        text.contains("4 domains, 22 components, 76 elements, 4 levels  bundled"),
        "{text}"
    );
    assert!(text.contains("danielson-2022"));
    assert!(text.contains("edtech-coordinator"));
}

#[test]
fn list_includes_the_users_folder_and_rubrics_option() {
    let home = tempfile::tempdir().expect("tempdir");
    let user_dir = home.path().join("config/teacher-eval/rubrics");
    std::fs::create_dir_all(&user_dir).expect("mkdir");
    let replacement = five_level_rubric().replacen("\"district-five\"", "\"danielson-2022\"", 1);
    std::fs::write(user_dir.join("ours.ron"), replacement).expect("write");
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(extra.path().join("five.ron"), five_level_rubric()).expect("write");

    let out = common::binary::command(home.path())
        .args(["rubric", "list", "--rubrics"])
        .arg(extra.path())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.starts_with("danielson-2022"))
        .expect("listed");
    assert!(line.contains("ours.ron (replaces bundled)"), "{line}");
    let five = text
        .lines()
        .find(|l| l.starts_with("district-five"))
        .expect("listed");
    assert!(
        five.contains("3 domains, 6 components, 6 elements, 5 levels"),
        "{five}"
    );
}

#[test]
fn list_reports_a_broken_user_rubric_and_still_lists_the_rest() {
    let home = tempfile::tempdir().expect("tempdir");
    let extra = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        extra.path().join("broken.ron"),
        "Rubric(schema: 1, id: \"x\"",
    )
    .expect("write");
    let out = common::binary::command(home.path())
        .args(["rubric", "list", "--rubrics"])
        .arg(extra.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 3);
    let err = stderr(&out);
    assert!(err.contains("broken.ron:1:"), "{err}");
}

#[test]
fn show_prints_domains_components_elements_and_levels() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = common::binary::command(home.path())
        .args(["rubric", "show", "danielson-2013"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains("Levels: 1 Unsatisfactory, 2 Basic, 3 Proficient, 4 Distinguished"),
        "{text}"
    );
    assert!(text.contains("Domain 3: Instruction"));
    assert!(text.contains("  3b Using Questioning and Discussion Techniques"));
    assert!(
        text.contains("      - Quality of questions/prompts"),
        "{text}"
    );

    let coordinators = common::binary::command(home.path())
        .args(["rubric", "show", "edtech-coordinator"])
        .output()
        .expect("runs");
    assert!(stdout(&coordinators).contains("(for middle schools)"));
}

#[test]
fn show_unknown_id_is_one_sentence_and_fails() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = common::binary::command(home.path())
        .args(["rubric", "show", "nope"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no rubric with the id `nope`"), "{err}");
    assert!(err.contains("danielson-2013"));
}

#[test]
fn check_accepts_good_files_and_reports_bad_ones_with_positions() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.ron");
    std::fs::write(&good, five_level_rubric()).expect("write");
    let out = common::binary::command(home.path())
        .args(["rubric", "check"])
        .arg(&good)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("good.ron: ok, district-five"));

    let bad = dir.path().join("bad.ron");
    let text = five_level_rubric()
        .replacen(", 4: \"e\"}", "}", 1)
        .replace(", (id:", ",\n(id:");
    std::fs::write(&bad, text).expect("write");
    let empty = dir.path().join("empty.ron");
    std::fs::write(&empty, "").expect("write");
    let missing = dir.path().join("missing.ron");
    let out = common::binary::command(home.path())
        .args(["rubric", "check"])
        .args([&good, &bad, &empty, &missing])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    let bad_name = bad.display().to_string();
    assert!(lines[0].starts_with(&format!("{bad_name}:")), "{err}");
    assert!(
        lines[0].contains(": component `A1` has no descriptor for level 4"),
        "{err}"
    );
    assert!(lines[1].ends_with(
        "empty.ron:1:1: the file is empty; expected a RON rubric starting with `Rubric(`"
    ));
    assert!(
        lines[2].contains("missing.ron:1:1: the file cannot be read"),
        "{err}"
    );
}

#[test]
fn check_the_bundled_files() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics");
    let out = common::binary::command(home.path())
        .args(["rubric", "check"])
        .args(
            [
                "danielson-2013.ron",
                "danielson-2022.ron",
                "edtech-coordinator.ron",
            ]
            .map(|f| dir.join(f)),
        )
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 3);
}

#[test]
fn show_names_each_coordinator_components_nearest_framework_component() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = common::binary::command(home.path())
        .args(["rubric", "show", "edtech-coordinator"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let after = |component: &str| {
        let mut lines = text.lines().skip_while(|l| *l != component);
        lines.nth(1).unwrap_or_default().to_string()
    };
    assert_eq!(
        after("  4a Maintaining Accurate Records"),
        "      Nearest in Framework for Teaching, 2013 structure: 4b Maintaining Accurate Records"
    );
    // A duty with no counterpart in the framework names none.
    assert!(after("  M6 Maintaining Network Configuration and TCP/IP").starts_with("      - "));
}
