//! Student measures as a district receives them from the state: a CSV file,
//! one row per educator, measure and school year. This reads the rows and
//! checks each field's form; who a row names, its school year and whether
//! its score fits the profile are decided against the workspace
//! (`workspace::plan_measure_import`).
//!
//! Columns, in any order, any case, spaces or `_` alike: `educator_id`, or
//! `name` and `school`; `measure` and `score` (required); `school_year`,
//! `source`, `date` (YYYY-MM-DD), `title` (optional). A score is a number,
//! or empty or `pending` while the state has not sent it.

use chrono::NaiveDate;

use crate::files::csv_rows::{Columns, RowError, Rows, read_rows, shown};

/// Larger files are refused (a district's file for a year is a few hundred KB).
pub const MAX_MEASURE_CSV_BYTES: usize = 16 * 1024 * 1024;
/// The longest title or source kept; longer text is a mistake in the file.
pub const MAX_MEASURE_TEXT: usize = 300;

const REQUIRED: [&str; 2] = ["measure", "score"];
const OPTIONAL: [&str; 7] = [
    "educator_id",
    "name",
    "school",
    "school_year",
    "source",
    "date",
    "title",
];

/// Who a row is about, as the file names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    Id(String),
    /// Name and school, matched without case.
    Person {
        name: String,
        school: String,
    },
}

/// One row whose fields have the right form.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureRow {
    pub line: u64,
    pub who: Named,
    pub measure: String,
    /// As written; empty when the file has none.
    pub school_year: String,
    /// `None` while pending.
    pub score: Option<f64>,
    pub source: String,
    pub date: Option<NaiveDate>,
    pub title: String,
}

/// What a measures file holds: rows of the right form and rows that are wrong.
#[derive(Debug, Default)]
pub struct MeasureFile {
    pub rows: Vec<MeasureRow>,
    pub errors: Vec<RowError>,
}

/// Reads a measures CSV. A problem with the file as a whole is an `Err`
/// sentence; a row with a field of the wrong form is listed in
/// [`MeasureFile::errors`] by its line.
pub fn parse_measure_csv(bytes: &[u8]) -> Result<MeasureFile, String> {
    if bytes.len() > MAX_MEASURE_CSV_BYTES {
        return Err(format!(
            "the file is {} bytes, more than the {MAX_MEASURE_CSV_BYTES} bytes allowed",
            bytes.len()
        ));
    }
    let columns = Columns {
        required: &REQUIRED,
        optional: &OPTIONAL,
    };
    let table = read_rows(bytes, columns)?;
    let names_someone = table.has("educator_id") || (table.has("name") && table.has("school"));
    if !names_someone {
        return Err(
            "the header row names no educator: give an `educator_id` column, or `name` and `school`"
                .into(),
        );
    }
    let mut file = MeasureFile::default();
    for row in &table.rows {
        let read = row
            .fields
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|record| measure_row(&table, record, row.line));
        match read {
            Ok(measure) => file.rows.push(measure),
            Err(message) => file.errors.push(RowError {
                line: row.line,
                message,
            }),
        }
    }
    Ok(file)
}

fn measure_row(table: &Rows, record: &csv::StringRecord, line: u64) -> Result<MeasureRow, String> {
    let field = |name: &str| table.field(record, name).trim();
    let id = field("educator_id");
    let who = if id.is_empty() {
        let (name, school) = (clean(field("name")), clean(field("school")));
        if name.is_empty() || school.is_empty() {
            return Err(
                "the row names no educator: give an educator_id, or a name and a school".into(),
            );
        }
        Named::Person { name, school }
    } else {
        Named::Id(educator_id(id)?)
    };
    Ok(MeasureRow {
        line,
        who,
        measure: measure_id(field("measure"))?,
        school_year: field("school_year").to_string(),
        score: parse_score(field("score"))?,
        source: limited("source", field("source"))?,
        date: parse_iso_date(field("date"))?,
        title: limited("title", field("title"))?,
    })
}

/// An educator id as records hold it (`edu-3f9a1c0b7d2e`), or why not.
pub fn educator_id(text: &str) -> Result<String, String> {
    let text = text.trim();
    if crate::record::is_valid_id(text) && text.starts_with("edu-") {
        Ok(text.to_string())
    } else {
        Err(format!(
            "`{}` is not an educator id (they look like edu-3f9a1c0b7d2e; see `teacher-eval educator list`)",
            shown(text)
        ))
    }
}

/// A measure id as profiles name them (`building`, `teacher-specific`):
/// lower-case letters, digits and `-`, read without case.
pub fn measure_id(text: &str) -> Result<String, String> {
    let id = text.trim().to_lowercase();
    let fits = !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if fits {
        Ok(id)
    } else if id.is_empty() {
        Err("the measure is empty; give a profile's measure id such as building or sgo".into())
    } else {
        Err(format!(
            "`{}` is not a measure id (such as building, teacher-specific, lea, sgo or msgp)",
            shown(text.trim())
        ))
    }
}

/// A score as written: a plain decimal number (`2`, `2.75`, `-0.5`), or
/// empty or `pending` for one not yet given. Anything else (`2,5`, `NaN`,
/// `inf`, `1e400`) is refused, so every score kept is a finite number.
pub fn parse_score(text: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("pending") {
        return Ok(None);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = text.len() <= 24
        && !(whole.is_empty() && fraction.is_empty())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit());
    let refuse = || {
        format!(
            "the score `{}` is not a number; write it like 2.5, or leave it empty or write pending while it is not known",
            shown(text)
        )
    };
    if !plain {
        return Err(refuse());
    }
    text.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or_else(refuse)
}

/// A date written YYYY-MM-DD, or none when empty.
pub fn parse_iso_date(text: &str) -> Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let digits_at = |range: std::ops::Range<usize>| {
        text.get(range)
            .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()))
    };
    let shaped = text.len() == 10 && digits_at(0..4) && digits_at(5..7) && digits_at(8..10);
    shaped
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .map(Some)
        .ok_or_else(|| {
            format!(
                "the date `{}` is not a date written YYYY-MM-DD, e.g. 2027-06-30",
                shown(text)
            )
        })
}

/// A title or source, whitespace folded, refused when too long.
pub fn limited(what: &str, text: &str) -> Result<String, String> {
    let text = clean(text);
    let length = text.chars().count();
    if length > MAX_MEASURE_TEXT {
        return Err(format!(
            "the {what} is {length} characters long, more than the {MAX_MEASURE_TEXT} allowed"
        ));
    }
    Ok(text)
}

/// Trims and folds runs of whitespace and control characters into one space.
fn clean(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_plain_finite_numbers_or_pending() {
        assert_eq!(parse_score(" 2.75 "), Ok(Some(2.75)));
        assert_eq!(parse_score("-0.5"), Ok(Some(-0.5)));
        assert_eq!(parse_score(".5"), Ok(Some(0.5)));
        assert_eq!(parse_score("3."), Ok(Some(3.0)));
        assert_eq!(parse_score(""), Ok(None));
        assert_eq!(parse_score("PENDING"), Ok(None));
        for bad in ["2,5", "NaN", "inf", "1e3", ".", "-", "2.5.1", "0x10", "٣"] {
            assert!(parse_score(bad).is_err(), "{bad}");
        }
        assert!(parse_score(&"9".repeat(400)).is_err());
    }

    #[test]
    fn rows_name_an_educator_and_bad_fields_are_reported_by_line() {
        let file = "educator_id,name,school,measure,score,date\n\
                    edu-000000000001,,,Building,2.5,2027-06-30\n\
                    ,Ana Silva,Lincoln,lea,pending,\n\
                    ../etc/passwd,,,lea,1,\n\
                    edu-000000000001,,,lea,1,30/06/2027\n\
                    ,Ana Silva,,lea,1,\n";
        let read = parse_measure_csv(file.as_bytes()).expect("read");
        assert_eq!(read.rows.len(), 2);
        assert_eq!(read.rows[0].measure, "building");
        assert_eq!(read.rows[0].score, Some(2.5));
        assert_eq!(
            read.rows[1].who,
            Named::Person {
                name: "Ana Silva".into(),
                school: "Lincoln".into()
            }
        );
        let lines: Vec<u64> = read.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 5, 6]);
        assert!(read.errors[0].message.contains("is not an educator id"));
        assert!(read.errors[1].message.contains("YYYY-MM-DD"));
        assert!(parse_measure_csv(b"measure,score\n").is_err());
    }
}
