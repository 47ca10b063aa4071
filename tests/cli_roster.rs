//! `teacher-eval roster import` with rosters shaped as districts export
//! them, run as a process on temporary workspaces: the mapping printed,
//! options that choose columns and values, a saved mapping, a dry run that
//! writes nothing, a second import that updates rather than duplicates, and
//! hostile files refused in a sentence.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::binary::{Home, stderr, stdout};
use serde_json::Value;

fn write(home: &Home, name: &str, bytes: &[u8]) -> PathBuf {
    let path = home.path().join(name);
    std::fs::write(&path, bytes).expect("write the roster");
    path
}

fn import(home: &Home, file: &Path, options: &[&str]) -> std::process::Output {
    let mut args = vec!["roster", "import", file.to_str().expect("UTF-8 path")];
    args.extend_from_slice(options);
    home.run(&args)
}

fn educators(home: &Home) -> Vec<Value> {
    let out = home.run(&["educator", "list", "--all", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    match serde_json::from_str(&stdout(&out)).expect("JSON") {
        Value::Array(rows) => rows,
        other => panic!("not an array: {other}"),
    }
}

fn by_name<'a>(rows: &'a [Value], name: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("{name} is not in {rows:?}"))
}

/// Every file under `root` with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(listing) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in listing {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).expect("read"));
            }
        }
    }
    files
}

#[test]
fn the_issues_export_imports_with_its_mapping_shown() {
    let home = Home::new();
    let file = write(
        &home,
        "export.csv",
        "First Name,Last Name,School,Title,Grade Level,Notes\n\
         Amara,Okafor,Maple Grove Elementary,Classroom Teacher,K-5,mentor\n\
         Kwame,Mensah,Jefferson Middle School,Instructional Technology Specialist,6-8,\n\
         Sigríður,Þórsdóttir,Westfield High School,Teacher,9-12,\n"
            .as_bytes(),
    );
    let out = import(&home, &file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "  First Name   -> given name",
        "  Last Name    -> family name",
        "  School       -> school",
        "  Title        -> role",
        "  Grade Level  -> school level",
        "  Notes        -> ignored (not a column known)",
        "Names in two columns: given name then family name.",
        "New educators (3):",
        "  Kwame Mensah, Jefferson Middle School, edtech-coordinator, middle",
        "Imported 3 educators.",
    ] {
        assert!(text.contains(line), "{line:?} in:\n{text}");
    }
    let rows = educators(&home);
    let amara = by_name(&rows, "Amara Okafor");
    assert_eq!(amara["role"], "teacher");
    assert_eq!(amara["level"], "elementary");
    assert_eq!(by_name(&rows, "Sigríður Þórsdóttir")["level"], "high");
    assert_eq!(
        by_name(&rows, "Kwame Mensah")["rubric_id"],
        "edtech-coordinator"
    );
}

#[test]
fn a_dry_run_writes_nothing_and_says_what_would_be_done() {
    let home = Home::new();
    let first = write(
        &home,
        "first.csv",
        b"name,school,role,level\nAmara Okafor,Maple Grove Elementary,teacher,elementary\n",
    );
    let file = write(
        &home,
        "second.csv",
        b"name,school,role,level\nAmara Okafor,Maple Grove Elementary,edtech-coordinator,elementary\nBo Kim,Maple Grove Elementary,teacher,\n",
    );
    // No workspace yet: none is made.
    let out = import(&home, &file, &["--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!home.workspace.exists(), "a dry run made the workspace");
    assert!(stdout(&out).contains("Dry run, nothing was written: 2 new"));

    assert!(import(&home, &first, &[]).status.success());
    let before = snapshot(&home.workspace);
    let out = import(&home, &file, &["--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "role `teacher` → `edtech-coordinator`; rubric `danielson-2013` → `edtech-coordinator`"
        ),
        "{text}"
    );
    assert!(
        text.contains("  Bo Kim, Maple Grove Elementary, teacher, elementary"),
        "{text}"
    );
    assert!(
        text.contains("Dry run, nothing was written: 1 new, 1 with changes, 0 unchanged"),
        "{text}"
    );
    assert_eq!(
        snapshot(&home.workspace),
        before,
        "the folder is the same, byte for byte"
    );
    let out = import(&home, &file, &["--dry-run", "--save-mapping"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a dry run saves nothing, not even the mapping"
    );
}

#[test]
fn semicolons_columns_and_values_chosen_and_the_mapping_kept() {
    let home = Home::new();
    let export = "\u{feff}Nom;Bldg;Assignment;Band\r\n\
                  Nguyễn Thị Hương;Maple Grove Elementary;Instructional Coach;K-8\r\n\
                  Søren Ødegård;Westfield High School;Teacher;HS\r\n";
    let file = write(&home, "export.csv", export.as_bytes());
    let out = import(&home, &file, &["--dry-run"]);
    assert_eq!(out.status.code(), Some(1), "no column gives the name");
    assert!(
        stderr(&out).contains("no column gives the `name`"),
        "{}",
        stderr(&out)
    );

    let options = [
        "--map",
        "Nom=name",
        "--map",
        "bldg=school",
        "--map",
        "Assignment=role",
        "--map",
        "Band=level",
    ];
    let out = import(&home, &file, &[&options[..], &["--dry-run"]].concat());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("  role `Instructional Coach`: 1 row, first on line 2"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("export.csv:2: the role `Instructional Coach`"),
        "{}",
        stderr(&out)
    );

    let values = [
        "--value",
        "Instructional Coach=coordinator",
        "--value",
        "K-8=middle",
    ];
    let out = import(
        &home,
        &file,
        &[&options[..], &values, &["--save-mapping"]].concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Imported 2 educators."),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("kept in the workspace's settings"));
    let rows = educators(&home);
    let nguyen = by_name(&rows, "Nguyễn Thị Hương");
    assert_eq!(nguyen["role"], "edtech-coordinator");
    assert_eq!(nguyen["level"], "middle");
    let settings = std::fs::read_to_string(home.workspace.join("settings.ron")).expect("kept");
    assert!(settings.contains("\"Assignment\": \"role\""), "{settings}");
    assert!(
        settings.contains("\"Instructional Coach\": \"edtech-coordinator\""),
        "{settings}"
    );

    // Next time the kept mapping reads the same export with no option.
    let next = export.replace("Søren Ødegård", "Aroha Ngata");
    let file = write(&home, "next.csv", next.as_bytes());
    let out = import(&home, &file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("  Nom         -> full name (chosen)"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("Imported 1 educator; 1 already in the workspace and unchanged"));
}

#[test]
fn a_second_import_updates_one_adds_one_and_offers_one_for_archiving() {
    let home = Home::new();
    let first = write(
        &home,
        "august.csv",
        b"Employee ID,First Name,Last Name,Building,Position\n\
          1001,Amara,Okafor,Maple Grove Elementary,Teacher\n\
          1002,Kwame,Mensah,Maple Grove Elementary,Teacher\n\
          1003,Ingrid,Lindqvist,Maple Grove Elementary,Teacher\n",
    );
    assert!(import(&home, &first, &[]).status.success());
    let second = write(
        &home,
        "january.csv",
        "Employee ID,First Name,Last Name,Building,Position\n\
          1001,Amara,Okafor,Maple Grove Elementary,Teacher\n\
          1002,Kwame,Mensah-Boateng,Maple Grove Elementary,EdTech Coordinator\n\
          1004,Zoë,Brontë,Maple Grove Elementary,Teacher\n"
            .as_bytes(),
    );
    let out = import(&home, &second, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Changes (1):\n  Kwame Mensah (edu-"),
        "{text}"
    );
    assert!(
        text.contains(
            "name `Kwame Mensah` → `Kwame Mensah-Boateng`; role `teacher` → `edtech-coordinator`"
        ),
        "{text}"
    );
    assert!(
        text.contains("No longer in the roster (1):\n  Ingrid Lindqvist, Maple Grove Elementary"),
        "{text}"
    );
    assert!(text.contains("Imported 1 educator; 1 already in the workspace and unchanged; 1 with changes not applied; 1 no longer in the roster left as they are."), "{text}");
    assert!(
        text.contains("--apply-changes saves the changes listed."),
        "{text}"
    );
    let rows = educators(&home);
    assert_eq!(rows.len(), 4, "one added, nobody twice");
    assert_eq!(
        by_name(&rows, "Kwame Mensah")["role"],
        "teacher",
        "not applied yet"
    );

    let out = import(
        &home,
        &second,
        &[
            "--apply-changes",
            "--archive-missing",
            "--by",
            "Dr. Castellanos",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Imported 0 educators; 1 updated; 2 already in the workspace and unchanged; 1 no longer in the roster archived."), "{}", stdout(&out));
    let rows = educators(&home);
    assert_eq!(rows.len(), 4, "archived, never deleted");
    let kwame = by_name(&rows, "Kwame Mensah-Boateng");
    assert_eq!(kwame["role"], "edtech-coordinator");
    assert_eq!(kwame["employee_id"], "1002");
    let ingrid = by_name(&rows, "Ingrid Lindqvist");
    assert_eq!(ingrid["archived"]["by"], "Dr. Castellanos");
    // The record before the change is kept in the history.
    let id = kwame["id"].as_str().expect("id");
    let kept: Vec<String> = std::fs::read_dir(home.workspace.join("history/educators").join(id))
        .expect("a history")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("a version"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].contains("name: \"Kwame Mensah\""), "{}", kept[0]);

    // Once more: nothing to do.
    let out = import(&home, &second, &["--apply-changes"]);
    assert!(
        stdout(&out).contains("Imported 0 educators; 3 already in the workspace and unchanged."),
        "{}",
        stdout(&out)
    );
}

#[test]
fn hostile_rosters_are_refused_or_reported_by_row_never_a_panic() {
    let home = Home::new();
    let utf16 = write(&home, "unicode.csv", b"\xFF\xFEn\0a\0m\0e\0");
    let out = import(&home, &utf16, &["--dry-run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("UTF-16"), "{}", stderr(&out));

    let mut bytes = b"name,school,role,level\n\
        \"=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\",Lincoln Elementary,teacher,elementary\n\
        Ana\0Lucia,Lincoln Elementary,teacher,elementary\n"
        .to_vec();
    bytes.extend_from_slice(b"Jos\xE9 Garc\xEDa,Lincoln Elementary,teacher,elementary\n");
    bytes.extend_from_slice(
        format!(
            "{},Lincoln Elementary,teacher,elementary\n",
            "x".repeat(100_000)
        )
        .as_bytes(),
    );
    bytes.extend_from_slice("Zoë Brontë,Lincoln Elementary,teacher,elementary\n".as_bytes());
    let file = write(&home, "hostile.csv", &bytes);
    let out = import(&home, &file, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for said in [
        "hostile.csv:2: the full name `=HYPERLINK(",
        "hostile.csv:3: the full name holds a NUL byte",
        "hostile.csv:4: the row is not UTF-8 text",
        "hostile.csv:5: the full name is 100000 characters long",
    ] {
        assert!(err.contains(said), "{said:?} in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    let rows = educators(&home);
    assert_eq!(rows.len(), 1, "only the good row");
    assert_eq!(rows[0]["name"], "Zoë Brontë");
}
