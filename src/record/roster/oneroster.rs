//! A OneRoster 1.1 CSV export (`manifest.csv`, `orgs.csv`, `users.csv`,
//! `classes.csv`, `enrollments.csv`) made into the roster table a CSV import
//! reads, so both go through the one mapping, plan and apply. Only enabled
//! teachers and administrators not marked `tobedeleted` become rows; every
//! other user (students, guardians, parents, aides, disabled staff) is left
//! behind here, as a blank line, and never reaches an educator or a file.
//! Each staff row stays on the line it has in `users.csv`, so a row error
//! names the line a person finds there.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::clean;
use super::columns::Mapping;
use super::values::level_from_school;
use crate::files::csv_rows::{Row, column_key, read_table};

/// The files of an export that are read; any other is never opened.
pub const FILES: [&str; 5] = [
    "manifest.csv",
    "orgs.csv",
    "users.csv",
    "classes.csv",
    "enrollments.csv",
];

/// The table's header: each a field's own name, so the columns are proposed as such.
const HEADER: &str =
    "sourced-id,employee-id,email,given-name,family-name,school,role,level,subject\n";

/// Whether the files hold a OneRoster manifest (of any version).
#[must_use]
pub fn is_oneroster(files: &BTreeMap<&'static str, Vec<u8>>) -> bool {
    files.contains_key("manifest.csv")
}

/// The staff of an export as roster CSV text, or a sentence saying why the
/// export cannot be read (not version 1.1, `users.csv` or `orgs.csv` missing).
pub fn staff_table(files: &BTreeMap<&'static str, Vec<u8>>) -> Result<Vec<u8>, String> {
    check_manifest(files.get("manifest.csv").map_or(&[][..], Vec::as_slice))?;
    let sheet = |name: &str| match files.get(name) {
        Some(bytes) => Sheet::read(name, bytes),
        None => Err(format!(
            "the OneRoster export has no {name}; it needs users.csv and orgs.csv"
        )),
    };
    let users = sheet("users.csv")?;
    let orgs = sheet("orgs.csv")?;
    let schools = Schools::of(&orgs);
    let classes = match (files.get("classes.csv"), files.get("enrollments.csv")) {
        (Some(classes), Some(enrollments)) => Classes::of(
            &Sheet::read("classes.csv", classes)?,
            &Sheet::read("enrollments.csv", enrollments)?,
        ),
        _ => Classes::default(),
    };
    let mut out = String::from(HEADER);
    let mut line = 1;
    for row in &users.rows {
        let record = row
            .fields
            .as_ref()
            .map_err(|why| format!("users.csv line {} cannot be read: {why}", row.line))?;
        let Some(cells) = staff_row(&users, record, &schools, &classes) else {
            continue;
        };
        while line + 1 < row.line {
            out.push('\n');
            line += 1;
        }
        out.push_str(&cells);
        line += 1;
    }
    Ok(out.into_bytes())
}

/// Refuses a manifest that does not say `oneroster.version` 1.1.
fn check_manifest(bytes: &[u8]) -> Result<(), String> {
    let manifest = Sheet::read("manifest.csv", bytes)?;
    let version = manifest
        .rows
        .iter()
        .filter_map(|row| row.fields.as_ref().ok())
        .find(|r| {
            manifest
                .get(r, "propertyName")
                .eq_ignore_ascii_case("oneroster.version")
        })
        .map(|r| manifest.get(r, "value").trim().to_string());
    match version.as_deref() {
        Some("1.1") => Ok(()),
        Some(other) => Err(format!(
            "the OneRoster export is version {}; only version 1.1 is read",
            crate::files::csv_rows::shown(other)
        )),
        None => Err("manifest.csv does not say the OneRoster version (oneroster.version)".into()),
    }
}

/// One user as a table row with its line end, or `None` when they are not staff to import.
fn staff_row(
    users: &Sheet,
    record: &csv::StringRecord,
    schools: &Schools,
    classes: &Classes,
) -> Option<String> {
    // Cleaned onto one line: a line break in a cell would move the rows after it.
    let cell = |name: &str| clean(users.get(record, name));
    let role = cell("role").to_lowercase();
    let staff = matches!(role.as_str(), "teacher" | "administrator");
    if !staff
        || !cell("enabledUser").eq_ignore_ascii_case("true")
        || cell("status").eq_ignore_ascii_case("tobedeleted")
    {
        return None;
    }
    let sourced_id = cell("sourcedId");
    let school = schools.of_user(&cell("orgSourcedIds"));
    let (subject, level) = classes.taught(&sourced_id);
    let level = if level_from_school(&school).is_some() {
        String::new()
    } else {
        level
    };
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let fields = [
        sourced_id,
        cell("identifier"),
        cell("email"),
        cell("givenName"),
        cell("familyName"),
        school,
        role,
        level,
        subject,
    ];
    writer.write_record(&fields).ok()?;
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
}

/// The columns without which a file cannot say who is staff, where, or what they teach.
const REQUIRED: [(&str, &[&str]); 5] = [
    ("manifest.csv", &["propertyName", "value"]),
    ("orgs.csv", &["sourcedId", "name", "type"]),
    (
        "users.csv",
        &[
            "sourcedId",
            "enabledUser",
            "orgSourcedIds",
            "role",
            "givenName",
            "familyName",
        ],
    ),
    ("classes.csv", &["sourcedId", "title"]),
    (
        "enrollments.csv",
        &["classSourcedId", "userSourcedId", "role"],
    ),
];

/// A CSV file of the export with its columns by name (any case), extension columns allowed.
struct Sheet {
    columns: HashMap<String, usize>,
    rows: Vec<Row>,
}

impl Sheet {
    fn read(name: &str, bytes: &[u8]) -> Result<Sheet, String> {
        let table = read_table(bytes, Some(b',')).map_err(|why| format!("{name}: {why}"))?;
        let mut columns = HashMap::new();
        for (i, header) in table.headers.iter().enumerate() {
            columns.entry(column_key(header)).or_insert(i);
        }
        let required = REQUIRED
            .iter()
            .find(|(file, _)| *file == name)
            .map_or(&[][..], |(_, columns)| columns);
        if let Some(missing) = required
            .iter()
            .find(|c| !columns.contains_key(&column_key(c)))
        {
            return Err(format!(
                "{name} has no `{missing}` column, which a OneRoster 1.1 {name} has"
            ));
        }
        Ok(Sheet {
            columns,
            rows: table.rows,
        })
    }

    fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns
            .get(&column_key(column))
            .and_then(|i| record.get(*i))
            .unwrap_or_default()
    }

    fn records(&self) -> impl Iterator<Item = &csv::StringRecord> {
        self.rows
            .iter()
            .filter_map(|row| row.fields.as_ref().ok())
            .filter(|r| {
                !self
                    .get(r, "status")
                    .trim()
                    .eq_ignore_ascii_case("tobedeleted")
            })
    }
}

/// Each org's name and whether it is a school, by its `sourcedId`.
struct Schools(HashMap<String, (String, bool)>);

impl Schools {
    fn of(orgs: &Sheet) -> Schools {
        let mut by_id = HashMap::new();
        for r in orgs.records() {
            let school = orgs.get(r, "type").trim().eq_ignore_ascii_case("school");
            by_id
                .entry(clean(orgs.get(r, "sourcedId")))
                .or_insert_with(|| (clean(orgs.get(r, "name")), school));
        }
        Schools(by_id)
    }

    /// The name of the first of the user's orgs that is a school, else of the first org.
    fn of_user(&self, org_ids: &str) -> String {
        let orgs: Vec<&(String, bool)> = org_ids
            .split(',')
            .filter_map(|id| self.0.get(id.trim()))
            .collect();
        orgs.iter()
            .find(|(_, school)| *school)
            .or_else(|| orgs.first())
            .map(|(name, _)| name.clone())
            .unwrap_or_default()
    }
}

/// The classes each teacher teaches: their titles and grades, by the teacher's `sourcedId`.
#[derive(Default)]
struct Classes(HashMap<String, Vec<(String, String)>>);

impl Classes {
    fn of(classes: &Sheet, enrollments: &Sheet) -> Classes {
        let by_id: HashMap<String, (String, String)> = classes
            .records()
            .map(|r| {
                let title = clean(classes.get(r, "title"));
                let grades = classes.get(r, "grades").to_string();
                (clean(classes.get(r, "sourcedId")), (title, grades))
            })
            .collect();
        let mut taught: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for r in enrollments.records() {
            if !enrollments
                .get(r, "role")
                .trim()
                .eq_ignore_ascii_case("teacher")
            {
                continue;
            }
            if let Some(class) = by_id.get(&clean(enrollments.get(r, "classSourcedId"))) {
                taught
                    .entry(clean(enrollments.get(r, "userSourcedId")))
                    .or_default()
                    .push(class.clone());
            }
        }
        Classes(taught)
    }

    /// The titles joined with `; ` in title order, each once, and the level
    /// all the classes' grades say (empty when they say none or disagree).
    fn taught(&self, teacher: &str) -> (String, String) {
        let Some(classes) = self.0.get(teacher) else {
            return (String::new(), String::new());
        };
        let titles: BTreeSet<&str> = classes
            .iter()
            .map(|(t, _)| t.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        let subject = titles.into_iter().collect::<Vec<_>>().join("; ");
        let levels: BTreeSet<&str> = classes
            .iter()
            .flat_map(|(_, grades)| grades.split(','))
            .filter(|g| !g.trim().is_empty())
            .map(grade_level)
            .collect();
        let level = match levels.into_iter().collect::<Vec<_>>().as_slice() {
            [one] => (*one).to_string(),
            _ => String::new(),
        };
        (subject, level)
    }
}

/// The level a OneRoster grade (`KG`, `01`…`12`, CEDS codes) stands for,
/// as the value mapping reads it; `""` for one it cannot tell (`PS`, `UG`).
fn grade_level(grade: &str) -> &'static str {
    let grade = grade.trim();
    let grade = match grade.trim_start_matches('0') {
        "" => grade,
        rest => rest,
    };
    let key = if grade.eq_ignore_ascii_case("KG") {
        "k"
    } else {
        grade
    };
    Mapping::default()
        .level(key)
        .map_or("", super::school_level_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(users: &str) -> BTreeMap<&'static str, Vec<u8>> {
        BTreeMap::from([
            (
                "manifest.csv",
                b"propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n".to_vec(),
            ),
            (
                "orgs.csv",
                b"sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n\
                  d1,,,Riverside District,district,,\n\
                  s1,,,Lakeside Academy,school,,d1\n"
                    .to_vec(),
            ),
            (
                "classes.csv",
                b"sourcedId,title,grades,schoolSourcedId\n\
                  c1,Physics,\"11,12\",s1\nc2,Algebra,09,s1\nc3,Art,KG,s1\n"
                    .to_vec(),
            ),
            (
                "enrollments.csv",
                b"sourcedId,classSourcedId,userSourcedId,role\n\
                  e1,c2,t1,teacher\ne2,c1,t1,teacher\ne3,c1,st1,student\ne4,c3,t2,teacher\n"
                    .to_vec(),
            ),
            ("users.csv", users.as_bytes().to_vec()),
        ])
    }

    #[test]
    fn staff_keep_their_lines_and_no_one_else_is_written() {
        let users = "SOURCEDID,enabledUser,orgSourcedIds,role,givenName,familyName,identifier,email\n\
             st1,true,s1,student,Pupil,One,,\n\
             t1,TRUE,\"d1,s1\",teacher,Ada,Byron,E-1,ada@x.org\n\
             t2,false,s1,teacher,Off,Line,,\n\
             t3,true,s1,administrator,Ima,Head,,\n";
        let table = String::from_utf8(staff_table(&files(users)).expect("read")).expect("text");
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[1], "", "the student's line is blank");
        assert_eq!(
            lines[2],
            "t1,E-1,ada@x.org,Ada,Byron,Lakeside Academy,teacher,high,Algebra; Physics"
        );
        assert_eq!(lines[3], "", "the disabled teacher's line is blank");
        assert_eq!(lines[4], "t3,,,Ima,Head,Lakeside Academy,administrator,,");
        assert!(!table.contains("Pupil") && !table.contains("Off"));
    }

    #[test]
    fn another_version_or_a_missing_users_file_is_one_sentence() {
        let mut f = files("sourcedId\n");
        f.insert(
            "manifest.csv",
            b"propertyName,value\noneroster.version,1.2\n".to_vec(),
        );
        let why = staff_table(&f).expect_err("1.2");
        assert!(why.contains("version 1.2; only version 1.1"), "{why}");
        let mut f = files("sourcedId\n");
        f.remove("users.csv");
        let why = staff_table(&f).expect_err("no users");
        assert!(why.contains("has no users.csv"), "{why}");
        f.insert(
            "users.csv",
            b"sourcedId,enabledUser,orgSourcedIds,givenName,familyName\n".to_vec(),
        );
        let why = staff_table(&f).expect_err("no role");
        assert_eq!(
            why,
            "users.csv has no `role` column, which a OneRoster 1.1 users.csv has"
        );
        assert_eq!(grade_level("KG"), "elementary");
        assert_eq!(grade_level("07"), "middle");
        assert_eq!(grade_level("PS"), "");
    }
}
