//! Reading a CSV file a person hands the program (a roster, the state's
//! student measures): the byte-order mark Excel writes, any line ending,
//! quoted fields, columns by name in any order and any case, and each row
//! with the line of the file it starts on, so a bad row is reported where a
//! person finds it. Every import reads its file through [`read_rows`].

use std::collections::HashMap;

/// One row that cannot be imported, by its line in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub message: String,
}

/// The columns a kind of file may have.
#[derive(Debug, Clone, Copy)]
pub struct Columns<'a> {
    /// Every file must have these.
    pub required: &'a [&'a str],
    /// A file may have these.
    pub optional: &'a [&'a str],
}

/// A file's rows, each with its line, and where each known column is.
#[derive(Debug)]
pub struct Rows {
    columns: HashMap<String, usize>,
    /// Rows in file order; blank rows are left out.
    pub rows: Vec<Row>,
}

/// One row: its fields, or why the row cannot be read (not UTF-8, say).
#[derive(Debug)]
pub struct Row {
    pub line: u64,
    pub fields: Result<csv::StringRecord, String>,
}

impl Rows {
    /// Whether the file has the column.
    #[must_use]
    pub fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// A field of `record` by column name; a missing column or field is empty.
    #[must_use]
    pub fn field<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns
            .get(column)
            .and_then(|i| record.get(*i))
            .unwrap_or_default()
    }
}

/// A column's name as compared: trimmed, any case, and spaces, `_` and
/// `-` between words all alike (`Educator ID` is `educator_id`).
#[must_use]
pub fn column_key(header: &str) -> String {
    header
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
        .to_lowercase()
}

/// Reads `bytes` as CSV with a header row. A problem with the file as a
/// whole (no readable header, a column there twice, one not known, one
/// required missing) is an `Err` sentence; problems with single rows are in
/// their [`Row`].
pub fn read_rows(bytes: &[u8], columns: Columns) -> Result<Rows, String> {
    let table = read_table(bytes, Some(b','))?;
    let found = known_columns(&table.headers, columns)?;
    Ok(Rows {
        columns: found,
        rows: table.rows,
    })
}

/// A file's header as written and its rows, before any column is known.
#[derive(Debug)]
pub struct Table {
    pub headers: csv::StringRecord,
    /// The byte between fields: `,`, `;` or a tab.
    pub delimiter: u8,
    /// Rows in file order; blank rows are left out.
    pub rows: Vec<Row>,
}

/// Reads `bytes` as a table with a header row, split on `delimiter`, or on
/// whichever of `,`, `;` and tab the header line has most of when `None`
/// (spreadsheets in much of Europe save CSV with semicolons).
pub fn read_table(bytes: &[u8], delimiter: Option<u8>) -> Result<Table, String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(
            "the file is UTF-16 text (Excel's \u{201c}Unicode Text\u{201d}); save it as \
             \u{201c}CSV UTF-8\u{201d} and import that"
                .into(),
        );
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = delimiter.unwrap_or_else(|| sniff_delimiter(bytes));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let lines = Lines::of(bytes);
    let line_of = |position: Option<&csv::Position>| position.map_or(0, |p| lines.at(p.byte()));
    let headers = reader
        .headers()
        .map_err(|e| format!("the header row cannot be read: {}", csv_message(&e)))?
        .clone();
    if headers.iter().any(|h| h.contains('\0')) {
        return Err("the header row holds NUL bytes: the file is not CSV text".into());
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) if record.iter().all(|f| f.trim().is_empty()) => {}
            Ok(record) => rows.push(Row {
                line: line_of(record.position()),
                fields: Ok(record),
            }),
            Err(e) => rows.push(Row {
                line: line_of(e.position()),
                fields: Err(csv_message(&e)),
            }),
        }
    }
    Ok(Table {
        headers,
        delimiter,
        rows,
    })
}

/// The delimiter the first line uses most, outside quotes; `,` on a tie.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in bytes {
        if !quoted && (b == b'\n' || b == b'\r') {
            break;
        }
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(d, _)| *d == b) {
            count.1 += 1;
        }
    }
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// Each known column's position by its key. A column there twice, one not
/// known, or a required one missing is an error.
fn known_columns(
    headers: &csv::StringRecord,
    columns: Columns,
) -> Result<HashMap<String, usize>, String> {
    let mut found: HashMap<String, usize> = HashMap::new();
    for (i, header) in headers.iter().enumerate() {
        let key = column_key(header);
        if key.is_empty() {
            continue;
        }
        let shown = shown(header.trim());
        if found.contains_key(&key) {
            return Err(format!(
                "the column `{shown}` is there twice; each column may appear once"
            ));
        }
        if !columns.required.contains(&key.as_str()) && !columns.optional.contains(&key.as_str()) {
            return Err(format!(
                "the column `{shown}` is not known; columns are {} (required) and {}",
                columns.required.join(", "),
                columns.optional.join(", ")
            ));
        }
        found.insert(key, i);
    }
    if let Some(missing) = columns.required.iter().find(|c| !found.contains_key(**c)) {
        return Err(format!(
            "the header row has no `{missing}` column; required columns are {}",
            columns.required.join(", ")
        ));
    }
    Ok(found)
}

/// Text from the file as a message quotes it: at most 60 characters.
#[must_use]
pub fn shown(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() > MAX {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    } else {
        text.to_string()
    }
}

/// Where a file's lines start. The csv reader's own line count runs ahead
/// of blank lines and the `\n` of `\r\n` endings, so lines are counted from
/// the bytes, once: counting from the start for every row made a file
/// with many rows take time in the square of its length.
struct Lines<'a> {
    bytes: &'a [u8],
    /// The offset of every line ending (`\n`, or a `\r` not before `\n`).
    ends: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn of(bytes: &'a [u8]) -> Lines<'a> {
        let ends = (0..bytes.len())
            .filter(|&i| {
                bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
            })
            .collect();
        Lines { bytes, ends }
    }

    /// The 1-based line a record starting at byte `offset` is on.
    fn at(&self, offset: u64) -> u64 {
        // An offset past what `usize` holds is past the end too.
        let mut start =
            usize::try_from(offset).map_or(self.bytes.len(), |o| o.min(self.bytes.len()));
        while start < self.bytes.len() && matches!(self.bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        1 + self.ends.partition_point(|&end| end < start) as u64
    }
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "the row is not UTF-8 text (save the file as \u{201c}CSV UTF-8\u{201d})".into()
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: Columns = Columns {
        required: &["name", "school_year"],
        optional: &["score"],
    };

    #[test]
    fn columns_match_in_any_case_and_spacing_and_rows_keep_their_lines() {
        let file =
            "\u{feff}Name, School Year ,SCORE\r\n\r\nAna,2026-27,\"2\r\n.5\"\r\nBo,2026-27,3\r\n";
        let rows = read_rows(file.as_bytes(), COLUMNS).expect("read");
        assert!(rows.has("score"));
        let lines: Vec<u64> = rows.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 5]);
        let first = rows.rows[0].fields.as_ref().expect("fields");
        assert_eq!(rows.field(first, "name"), "Ana");
        assert_eq!(rows.field(first, "school_year"), "2026-27");
        assert_eq!(rows.field(first, "nothing"), "");
    }

    #[test]
    fn a_column_twice_unknown_or_missing_refuses_the_file() {
        for (file, said) in [
            ("name,Name,school_year\n", "is there twice"),
            ("name,school_year,scroe\n", "`scroe` is not known"),
            ("name,score\n", "no `school_year` column"),
        ] {
            let error = read_rows(file.as_bytes(), COLUMNS).expect_err(file);
            assert!(error.contains(said), "{error}");
        }
        assert_eq!(column_key(" Educator-ID "), "educator_id");
    }
}
