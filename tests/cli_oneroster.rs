//! `teacher-eval roster import` with a OneRoster 1.1 export, as a zip and as
//! the folder it unpacks to, run as a process on temporary workspaces: only
//! enabled staff become educators, with their schools and the classes they
//! teach; students, guardians and the disabled appear in no file written;
//! a second import changes nothing, a third updates the one who moved; a
//! zip that would inflate past the limit is refused in a sentence.

mod common;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use common::binary::{Home, stderr, stdout};
use serde_json::Value;

const MANIFEST: &str = "propertyName,value\n\
    manifest.version,1.0\n\
    oneroster.version,1.1\n\
    file.users,bulk\n";

const ORGS: &str = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n\
    d1,active,2026-08-01,Riverside Unified,district,RU,\n\
    s1,active,2026-08-01,Maple Grove Elementary,school,MGE,d1\n\
    s2,active,2026-08-01,Lakeside Academy,school,LA,d1\n";

/// Columns in another order than the standard's, headers in another case, as some exports do.
const CLASSES: &str = "sourcedId,status,dateLastModified,TITLE,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n\
    c1,active,,Physics,\"11,12\",k1,PHY,scheduled,R12,s2,t1,,,1\n\
    c2,active,,Algebra I,09,k2,ALG,scheduled,R14,s2,t1,,,2\n\
    c3,active,,Chemistry,\"09,10\",k3,CHE,scheduled,R15,s2,t1,,,3\n\
    c4,active,,Reading,KG,k4,RDG,homeroom,R2,s1,t1,,,1\n";

const ENROLLMENTS: &str = "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\n\
    e1,active,,c2,s2,u-kwame,teacher,true,,\n\
    e2,active,,c1,s2,u-kwame,teacher,false,,\n\
    e3,active,,c3,s2,u-lena,teacher,true,,\n\
    e4,active,,c4,s1,u-amara,teacher,true,,\n\
    e5,active,,c1,s2,u-zanele,student,,,\n\
    e6,active,,c4,s1,u-oskar,student,,,\n\
    e7,active,,c4,s1,u-desmond,teacher,,,\n";

fn users(kwame_org: &str) -> String {
    format!(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n\
         u-amara,active,,true,s1,teacher,aokafor,,Amara,Okafor,,E100,aokafor@ru.example,,,,,\n\
         u-zanele,active,,true,s2,student,zquartz,,Zanele,Quartzwood,,S1,zq@ru.example,,,g-bea,11,\n\
         u-kwame,active,,TRUE,\"d1,{kwame_org}\",teacher,kmensah,,Kwame,Mensah,,E200,kmensah@ru.example,,,,,\n\
         u-lena,active,,True,s2,teacher,lfischer,,Lena,Fischer,,E300,,,,,,\n\
         u-bea,active,,true,s2,guardian,bholloway,,Beatrix,Holloway,,,bh@home.example,,,u-zanele,,\n\
         u-rosa,active,,true,s1,administrator,rdelgado,,Rosa,Delgado,,E400,rdelgado@ru.example,,,,,\n\
         u-oskar,active,,true,s1,student,owendt,,Oskar,Wendtland,,S2,,,,,KG,\n\
         u-desmond,active,,false,s1,teacher,dvale,,Desmond,Valecroft,,E500,,,,,,\n\
         u-ingrid,tobedeleted,,true,s1,teacher,isolvang,,Ingrid,Solvangen,,E600,,,,,,\n"
    )
}

/// Names that must never be found in a file the program writes.
const NEVER_STORED: [&str; 10] = [
    "Zanele",
    "Quartzwood",
    "Oskar",
    "Wendtland",
    "Beatrix",
    "Holloway",
    "Desmond",
    "Valecroft",
    "Ingrid",
    "Solvangen",
];

fn export(kwame_org: &str) -> Vec<(&'static str, String)> {
    vec![
        ("manifest.csv", MANIFEST.to_string()),
        ("orgs.csv", ORGS.to_string()),
        ("users.csv", users(kwame_org)),
        ("classes.csv", CLASSES.to_string()),
        ("enrollments.csv", ENROLLMENTS.to_string()),
        (
            "academicSessions.csv",
            "sourcedId,title\nt1,Fall\n".to_string(),
        ),
    ]
}

fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        writer.start_file(*name, options).expect("start an entry");
        writer.write_all(data).expect("write an entry");
    }
    writer.finish().expect("finish the zip").into_inner()
}

fn write_zip(dir: &Path, name: &str, kwame_org: &str) -> PathBuf {
    let entries: Vec<(&str, Vec<u8>)> = export(kwame_org)
        .into_iter()
        .map(|(n, text)| (n, text.into_bytes()))
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, zip_of(&entries)).expect("write the zip");
    path
}

fn import(home: &Home, file: &Path, options: &[&str]) -> std::process::Output {
    let mut args = vec!["roster", "import", file.to_str().expect("UTF-8 path")];
    args.extend_from_slice(options);
    home.run(&args)
}

/// The administrator's role is the person's to assign: no rubric evaluates `administrator`.
const ASSIGN: [&str; 3] = ["--value", "administrator=teacher", "--save-mapping"];

fn educators(home: &Home) -> Vec<Value> {
    let out = home.run(&["educator", "list", "--all", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    match serde_json::from_str(&stdout(&out)).expect("JSON") {
        Value::Array(rows) => rows,
        other => panic!("not an array: {other}"),
    }
}

/// Each educator as `name | school | level-free subject | sourcedId | employee id`.
fn described(home: &Home) -> Vec<String> {
    let mut rows: Vec<String> = educators(home)
        .iter()
        .map(|e| {
            format!(
                "{} | {} | {} | {} | {} | {}",
                e["name"], e["school"], e["role"], e["subject"], e["sourced_id"], e["employee_id"]
            )
            .replace('"', "")
        })
        .collect();
    rows.sort();
    rows
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

fn assert_never_stored(home: &Home) {
    let files = snapshot(home.path());
    assert!(!files.is_empty());
    for (path, bytes) in files {
        let text = String::from_utf8_lossy(&bytes);
        for name in NEVER_STORED {
            assert!(!text.contains(name), "{name} is in {}", path.display());
        }
    }
}

const STAFF: [&str; 4] = [
    "Amara Okafor | Maple Grove Elementary | teacher | Reading | u-amara | E100",
    "Kwame Mensah | Lakeside Academy | teacher | Algebra I; Physics | u-kwame | E200",
    "Lena Fischer | Lakeside Academy | teacher | Chemistry | u-lena | E300",
    "Rosa Delgado | Maple Grove Elementary | teacher |  | u-rosa | E400",
];

#[test]
fn a_oneroster_zip_imports_its_staff_and_a_second_import_changes_nothing() {
    let home = Home::new();
    let input = tempfile::tempdir().expect("temp");
    let file = write_zip(input.path(), "oneroster.zip", "s2");

    let out = import(&home, &file, &["--dry-run"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the administrator waits for a role"
    );
    let text = stdout(&out);
    assert!(text.contains("New educators (3):"), "{text}");
    assert!(
        text.contains("  role `administrator`: 1 row, first on line 7"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("oneroster.zip:7: the role `administrator`"),
        "the line is the administrator's in users.csv: {}",
        stderr(&out)
    );
    assert!(!home.workspace.exists(), "a dry run made the workspace");

    let out = import(&home, &file, &ASSIGN);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Imported 4 educators."),
        "{}",
        stdout(&out)
    );
    assert_eq!(described(&home), STAFF);
    let levels: Vec<String> = educators(&home)
        .iter()
        .map(|e| format!("{} {}", e["name"], e["level"]).replace('"', ""))
        .collect();
    assert!(
        levels.contains(&"Kwame Mensah high".to_string()),
        "from the grades: {levels:?}"
    );
    assert!(
        levels.contains(&"Amara Okafor elementary".to_string()),
        "{levels:?}"
    );
    assert_never_stored(&home);

    let before = snapshot(&home.workspace);
    let out = import(&home, &file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Imported 0 educators; 4 already in the workspace and unchanged."),
        "{}",
        stdout(&out)
    );
    let after = snapshot(&home.workspace);
    let records = |files: &BTreeMap<PathBuf, Vec<u8>>| {
        files
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "ron"))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(records(&before), records(&after), "nothing was rewritten");

    let moved = write_zip(input.path(), "moved.zip", "s1");
    let out = import(&home, &moved, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Changes (1):"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("1 with changes not applied"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        described(&home),
        STAFF,
        "not applied without --apply-changes"
    );
    let out = import(&home, &moved, &["--apply-changes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("1 updated; 3 already"),
        "{}",
        stdout(&out)
    );
    let rows = described(&home);
    assert_eq!(rows.len(), 4, "updated, not duplicated: {rows:?}");
    assert!(
        rows.contains(
            &"Kwame Mensah | Maple Grove Elementary | teacher | Algebra I; Physics | u-kwame | E200"
                .to_string()
        ),
        "{rows:?}"
    );
    assert_never_stored(&home);
}

#[test]
fn the_unpacked_folder_imports_the_same_and_a_link_in_it_is_refused() {
    let home = Home::new();
    let input = tempfile::tempdir().expect("temp");
    let folder = input.path().join("export");
    std::fs::create_dir(&folder).expect("folder");
    for (name, text) in export("s2") {
        std::fs::write(folder.join(name), text).expect("write");
    }
    let out = import(&home, &folder, &ASSIGN);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(described(&home), STAFF);
    assert_never_stored(&home);

    #[cfg(unix)]
    {
        let elsewhere = input.path().join("users-elsewhere.csv");
        std::fs::rename(folder.join("users.csv"), &elsewhere).expect("move");
        std::os::unix::fs::symlink(&elsewhere, folder.join("users.csv")).expect("link");
        let out = import(&home, &folder, &["--dry-run"]);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("users.csv cannot be read"),
            "{}",
            stderr(&out)
        );
        std::fs::remove_file(folder.join("users.csv")).expect("unlink");
    }
    let out = import(&home, &folder, &["--dry-run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("the OneRoster export has no users.csv; it needs users.csv and orgs.csv"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_zip_that_inflates_past_the_limit_or_is_no_oneroster_is_refused_in_a_sentence() {
    let home = Home::new();
    let input = tempfile::tempdir().expect("temp");
    let bomb = input.path().join("bomb.zip");
    let zeros = vec![0u8; 30 * 1024 * 1024];
    let bytes = zip_of(&[
        ("manifest.csv", MANIFEST.as_bytes().to_vec()),
        ("users.csv", zeros),
    ]);
    assert!(
        bytes.len() < 1024 * 1024,
        "the zip is small: {}",
        bytes.len()
    );
    std::fs::write(&bomb, bytes).expect("write");
    let out = import(&home, &bomb, &[]);
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(
        said.contains(
            "users.csv in the zip is larger than the 16777216 bytes a roster file may have."
        ),
        "{said}"
    );
    assert_eq!(said.lines().count(), 1, "one sentence: {said}");
    assert!(!home.workspace.exists(), "nothing was written");

    let large = input.path().join("large.zip");
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.resize(17 * 1024 * 1024, 0);
    std::fs::write(&large, bytes).expect("write");
    let out = import(&home, &large, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("more than the 16777216 bytes allowed"),
        "{}",
        stderr(&out)
    );

    let other = input.path().join("photos.zip");
    std::fs::write(&other, zip_of(&[("users.csv", b"x".to_vec())])).expect("write");
    let out = import(&home, &other, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the zip holds no manifest.csv, so it is not a OneRoster export"),
        "{}",
        stderr(&out)
    );
}
