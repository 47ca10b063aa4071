//! A roster file read as educators: the columns proposed (or chosen), each
//! row's cells checked and mapped, good rows made educators, bad rows
//! reported by line, values no rule matches gathered for the person to
//! assign. Nothing here writes; the workspace decides what is new.

use std::collections::BTreeMap;

use super::columns::{Column, Field, Mapping, compact, propose};
use super::values::{ValueKind, level_from_school};
use super::{MAX_ROSTER_BYTES, NewEducator, RowError, school_level_key};
use crate::files::csv_rows::{Table, read_table, shown};
use crate::record::{Educator, Timestamp};
use crate::rubric::Catalog;

/// A roster with more columns is refused: exports have a few dozen.
pub const MAX_COLUMNS: usize = 200;
/// A cell longer than this is a row error: no name or school is so long.
pub const MAX_CELL_CHARS: usize = 500;
/// How many rows the window shows under the proposed mapping.
pub const PREVIEW_ROWS: usize = 5;

/// What a roster file holds, as read with a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct RosterFile {
    /// Each column of the file and what it is read as, in file order.
    pub columns: Vec<Column>,
    /// The first rows' cells, shortened for showing, with their lines.
    pub preview: Vec<(u64, Vec<String>)>,
    /// The rows that make educators.
    pub entries: Vec<Entry>,
    /// Rows that cannot be imported, by line (values not matched among them).
    pub errors: Vec<RowError>,
    /// Roles and levels no rule matches, each once, for the person to assign.
    pub unmatched: Vec<Unmatched>,
}

/// A good row: the fields as the file gave them and the educator they make.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub line: u64,
    pub fields: NewEducator,
    pub educator: Educator,
    /// The row gave no level; the school's name said it.
    pub level_from_school: bool,
}

/// A value no rule matches, and how many rows wait for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub kind: ValueKind,
    /// As the file first writes it.
    pub value: String,
    pub rows: usize,
    pub first_line: u64,
}

/// Why a row is not an educator.
enum Problem {
    Row(String),
    /// A value of `kind` no rule matches; the sentence says which.
    Value(ValueKind, String, String),
}

/// Reads a roster with `mapping`. A problem with the file as a whole (not
/// text, too large, no column for the name, school or role) is an `Err`
/// sentence; problems with single rows are listed and the rest come through.
pub fn read_roster(
    bytes: &[u8],
    catalog: &Catalog,
    mapping: &Mapping,
    now: Timestamp,
) -> Result<RosterFile, String> {
    if bytes.len() > MAX_ROSTER_BYTES {
        return Err(format!(
            "the roster is {} bytes, more than the {MAX_ROSTER_BYTES} bytes allowed",
            bytes.len()
        ));
    }
    let table = read_table(bytes, None)?;
    let columns = columns_of(&table, mapping)?;
    let mut file = RosterFile {
        columns,
        preview: Vec::new(),
        entries: Vec::new(),
        errors: Vec::new(),
        unmatched: Vec::new(),
    };
    let mut unmatched: BTreeMap<(ValueKind, String), Unmatched> = BTreeMap::new();
    for row in &table.rows {
        let record = match &row.fields {
            Ok(record) => record,
            Err(message) => {
                file.errors.push(error(row.line, message.clone()));
                continue;
            }
        };
        if file.preview.len() < PREVIEW_ROWS {
            file.preview
                .push((row.line, record.iter().map(shown).collect()));
        }
        match entry(&file.columns, record, mapping, catalog, now) {
            Ok((fields, educator)) => file.entries.push(Entry {
                line: row.line,
                level_from_school: cells_empty(&file.columns, record, Field::Level),
                fields,
                educator,
            }),
            Err(Problem::Row(message)) => file.errors.push(error(row.line, message)),
            Err(Problem::Value(kind, value, message)) => {
                unmatched
                    .entry((kind, compact(&value)))
                    .or_insert_with(|| Unmatched {
                        kind,
                        value: shown(&value),
                        rows: 0,
                        first_line: row.line,
                    })
                    .rows += 1;
                file.errors.push(error(row.line, message));
            }
        }
    }
    file.unmatched = unmatched.into_values().collect();
    Ok(file)
}

/// Whether no column for `field` has text in this row.
fn cells_empty(columns: &[Column], record: &csv::StringRecord, field: Field) -> bool {
    columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.field == Some(field))
        .all(|(i, _)| record.get(i).unwrap_or_default().trim().is_empty())
}

fn error(line: u64, message: String) -> RowError {
    RowError { line, message }
}

/// The columns as proposed, refusing a file no mapping can import.
fn columns_of(table: &Table, mapping: &Mapping) -> Result<Vec<Column>, String> {
    if table.headers.len() > MAX_COLUMNS {
        return Err(format!(
            "the header row has {} columns, more than the {MAX_COLUMNS} a roster may have",
            table.headers.len()
        ));
    }
    let headers: Vec<String> = table.headers.iter().map(|h| h.trim().to_string()).collect();
    let columns = propose(&headers, mapping);
    for (i, column) in columns.iter().enumerate() {
        let key = compact(&column.header);
        let twice = columns[..i]
            .iter()
            .any(|c| c.field.is_some() && compact(&c.header) == key);
        if twice && !key.is_empty() {
            return Err(format!(
                "the column `{}` is there twice; each column may appear once",
                shown(&column.header)
            ));
        }
    }
    let has = |field: Field| columns.iter().any(|c| c.field == Some(field));
    if !(has(Field::Name) || has(Field::GivenName) || has(Field::FamilyName)) {
        return Err(missing("name", "full name, or first name and last name"));
    }
    if !has(Field::School) {
        return Err(missing("school", "building, site, location"));
    }
    if !has(Field::Role) {
        return Err(missing("role", "title, position, job title"));
    }
    Ok(columns)
}

fn missing(field: &str, aliases: &str) -> String {
    format!(
        "no column gives the `{field}`: the header row needs a column named {field} ({aliases}), \
         or a column chosen for it"
    )
}

/// The cell of each field the columns fill; a field no column fills is empty.
fn cells<'r>(
    columns: &[Column],
    record: &'r csv::StringRecord,
) -> Result<BTreeMap<Field, &'r str>, Problem> {
    let mut cells = BTreeMap::new();
    for (i, column) in columns.iter().enumerate() {
        let Some(field) = column.field else { continue };
        let cell = record.get(i).unwrap_or_default().trim();
        check_cell(field, cell).map_err(Problem::Row)?;
        cells.insert(field, cell);
    }
    Ok(cells)
}

/// A cell that is no text a person typed: a NUL byte, a screenful, a formula.
fn check_cell(field: Field, cell: &str) -> Result<(), String> {
    if cell.contains('\0') {
        return Err(format!("the {field} holds a NUL byte, which no text has"));
    }
    let length = cell.chars().count();
    if length > MAX_CELL_CHARS {
        return Err(format!(
            "the {field} is {length} characters long, more than the {MAX_CELL_CHARS} a roster cell may have"
        ));
    }
    if looks_like_formula(cell) {
        return Err(format!(
            "the {field} `{}` is a spreadsheet formula, not a {field}",
            shown(cell)
        ));
    }
    Ok(())
}

/// `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`: what a spreadsheet would run.
/// A `-` is a formula only before something other than a digit or a space.
fn looks_like_formula(cell: &str) -> bool {
    let mut chars = cell.chars();
    match chars.next() {
        Some('=' | '+' | '@' | '＝' | '＋' | '＠') => true,
        Some('-' | '－') => chars
            .next()
            .is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace()),
        _ => false,
    }
}

/// One row as an educator, or why it is not one.
fn entry(
    columns: &[Column],
    record: &csv::StringRecord,
    mapping: &Mapping,
    catalog: &Catalog,
    now: Timestamp,
) -> Result<(NewEducator, Educator), Problem> {
    let cells = cells(columns, record)?;
    let cell = |field: Field| cells.get(&field).copied().unwrap_or_default();
    let name = match cell(Field::Name) {
        "" => mapping
            .name_order
            .join(cell(Field::GivenName), cell(Field::FamilyName)),
        name => name.to_string(),
    };
    let role = match cell(Field::Role) {
        "" => return Err(Problem::Row("no role is given".into())),
        value => mapping
            .role(catalog, value)
            .map_err(|why| Problem::Value(ValueKind::Role, value.to_string(), why))?,
    };
    let school = cell(Field::School);
    let level = match cell(Field::Level) {
        "" => level_from_school(school).ok_or_else(|| {
            Problem::Row(format!(
                "no school level is given, and the school's name `{}` does not say one",
                shown(school)
            ))
        })?,
        value => mapping
            .level(value)
            .map_err(|why| Problem::Value(ValueKind::Level, value.to_string(), why))?,
    };
    let fields = NewEducator {
        name,
        school: school.to_string(),
        role,
        level: school_level_key(level).to_string(),
        subject: cell(Field::Subject).to_string(),
        employment: cell(Field::Employment).to_string(),
        evaluator: cell(Field::Evaluator).to_string(),
        rubric: cell(Field::Rubric).to_string(),
        degree: cell(Field::Degree).to_string(),
        certifications: cell(Field::Certifications).to_string(),
        employee_id: cell(Field::EmployeeId).to_string(),
        sourced_id: cell(Field::SourcedId).to_string(),
        email: cell(Field::Email).to_string(),
        ..NewEducator::default()
    };
    let educator = fields.build(catalog, now).map_err(Problem::Row)?;
    Ok((fields, educator))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> RosterFile {
        let now = chrono::DateTime::parse_from_rfc3339("2026-10-14T10:00:00-05:00").expect("time");
        read_roster(
            text.as_bytes(),
            &Catalog::load(&[]),
            &Mapping::default(),
            now,
        )
        .expect("a roster")
    }

    #[test]
    fn the_issues_export_imports_with_separate_names_and_titles() {
        let file = read(
            "First Name,Last Name,School,Title,Grade Level\n\
             Amara,Okafor,Maple Grove Elementary,Classroom Teacher,K-5\n\
             Kwame,Mensah,Jefferson Middle School,Instructional Technology Specialist,6-8\n",
        );
        assert!(file.errors.is_empty(), "{:?}", file.errors);
        let people: Vec<(&str, &str)> = file
            .entries
            .iter()
            .map(|e| (e.educator.name.as_str(), e.educator.role.as_str()))
            .collect();
        assert_eq!(
            people,
            [
                ("Amara Okafor", "teacher"),
                ("Kwame Mensah", "edtech-coordinator")
            ]
        );
        assert_eq!(file.preview[0].1[0], "Amara");
    }

    #[test]
    fn semicolons_and_a_notes_column_read_and_the_level_comes_from_the_school() {
        let file = read(
            "\u{feff}Surname;Given Name;Building;Position;Notes\r\n\
             Wójcik;Małgorzata;Westfield High School;Teacher;\"prefers; mornings\"\r\n",
        );
        assert!(file.errors.is_empty(), "{:?}", file.errors);
        let e = &file.entries[0].educator;
        assert_eq!(e.name, "Małgorzata Wójcik");
        assert_eq!(school_level_key(e.level), "high");
        assert_eq!(file.columns[4].field, None, "notes ignored");
    }

    #[test]
    fn hostile_cells_are_row_errors_and_unmatched_values_are_gathered() {
        let long = "x".repeat(MAX_CELL_CHARS + 1);
        let file = read(&format!(
            "name,school,title,level\n\
             \"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Lincoln,Teacher,HS\n\
             Ana\0Lucia,Lincoln,Teacher,HS\n\
             {long},Lincoln,Teacher,HS\n\
             Bo Kim,Lincoln,Instructional Coach,HS\n\
             Cy Park,Lincoln,instructional coach,K-8\n\
             -Dee,Lincoln,Teacher,-5\n"
        ));
        let lines: Vec<u64> = file.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 7], "{:?}", file.errors);
        assert!(file.errors[0].message.contains("spreadsheet formula"));
        assert!(file.errors[1].message.contains("NUL"));
        assert!(file.errors[2].message.contains("501 characters"));
        let unmatched: Vec<(ValueKind, &str, usize)> = file
            .unmatched
            .iter()
            .map(|u| (u.kind, u.value.as_str(), u.rows))
            .collect();
        assert_eq!(
            unmatched,
            [(ValueKind::Role, "Instructional Coach", 2)],
            "one value, counted per row"
        );
    }
}
