//! CSV files for spreadsheets. Every CSV the program writes goes through
//! [`write_csv`], because whoever receives one opens it in Excel, `LibreOffice`
//! or Google Sheets, and those run a cell that begins with `=`, `+`, `-` or
//! `@` as a formula (OWASP "CSV injection": a name such as
//! `=HYPERLINK("http://…","click")` or `+cmd|' /C calc'!A0`). Text cells
//! that could start a formula are prefixed with `'`, as OWASP recommends;
//! numbers are made from numbers, so `-0.5` stays a number.

use std::borrow::Cow;

/// The UTF-8 byte-order mark: without it Excel reads a CSV in the computer's
/// legacy code page, so "Araújo" shows as "`AraÃºjo`".
pub const BYTE_ORDER_MARK: &str = "\u{feff}";

/// How a CSV file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Begin the file with [`BYTE_ORDER_MARK`].
    pub byte_order_mark: bool,
}

impl Default for CsvOptions {
    /// With the mark: the files are made for spreadsheets, and Excel needs it.
    fn default() -> CsvOptions {
        CsvOptions {
            byte_order_mark: true,
        }
    }
}

/// One cell. Text is neutralised when written; a number can only be made
/// from a number, so no text can pass as one and skip neutralising.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    text: String,
    number: bool,
}

impl Cell {
    /// Text from a person or a file: a name, a school, a label.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            number: false,
        }
    }

    /// An empty cell.
    #[must_use]
    pub fn empty() -> Cell {
        Cell::text("")
    }

    /// A count.
    #[must_use]
    pub fn count(n: usize) -> Cell {
        Cell {
            text: n.to_string(),
            number: true,
        }
    }

    /// A level score.
    #[must_use]
    pub fn score(score: u32) -> Cell {
        Cell {
            text: score.to_string(),
            number: true,
        }
    }

    /// A number with `places` decimals; empty when it is not finite.
    #[must_use]
    pub fn decimal(value: f64, places: usize) -> Cell {
        Cell::finite(value, format!("{value:.places$}"))
    }

    /// A number in its shortest exact form (`2.45`, `-0.5`); empty when it is not finite.
    #[must_use]
    pub fn value(value: f64) -> Cell {
        Cell::finite(value, format!("{value}"))
    }

    fn finite(value: f64, text: String) -> Cell {
        if value.is_finite() {
            Cell { text, number: true }
        } else {
            Cell::empty()
        }
    }

    /// The cell as written to the file.
    #[must_use]
    pub fn written(&self) -> Cow<'_, str> {
        if self.number {
            Cow::Borrowed(&self.text)
        } else {
            neutralise(&self.text)
        }
    }
}

/// Whether a spreadsheet could take text beginning with `c` for a formula:
/// OWASP's `=`, `+`, `-`, `@`, tab and carriage return, a line feed, and
/// the full-width forms of the four signs (some spreadsheets read them as
/// the ASCII ones).
#[must_use]
pub fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '＝' | '＋' | '－' | '＠'
    )
}

/// The text with a `'` in front when a spreadsheet could run it as a
/// formula: when it begins with a formula character, also after leading
/// spaces (a spreadsheet may trim them on import). The `'` makes a
/// spreadsheet take the cell as text.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let first = text.chars().next();
    let after_spaces = text.trim_start().chars().next();
    if first.is_some_and(starts_formula) || after_spaces.is_some_and(starts_formula) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A row whose number of cells differs from the header's: a bug in the
/// table that made it, refused rather than written as a shifted table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("row {row} of the table has {cells} cells where the header has {header}")]
    Ragged {
        row: usize,
        cells: usize,
        header: usize,
    },
    #[error("the table could not be written as CSV: {0}")]
    Writer(String),
}

/// The rows (the first is the header) as CSV: RFC 4180 quoting by the csv
/// crate, every text cell neutralised, the byte-order mark as asked.
pub fn write_csv(rows: &[Vec<Cell>], options: CsvOptions) -> Result<Vec<u8>, CsvError> {
    let mut rows = rows.iter().cloned();
    let header = rows.next().unwrap_or_default();
    write_csv_rows(header, rows, options)
}

/// As [`write_csv`], each row written as it is made: a district's table
/// (75,000 rows of 130 cells) is never held as cells at once.
pub fn write_csv_rows(
    header: Vec<Cell>,
    rows: impl Iterator<Item = Vec<Cell>>,
    options: CsvOptions,
) -> Result<Vec<u8>, CsvError> {
    let mut out = Vec::new();
    if options.byte_order_mark {
        out.extend_from_slice(BYTE_ORDER_MARK.as_bytes());
    }
    let mut writer = csv::WriterBuilder::new().flexible(false).from_writer(out);
    let width = header.len();
    for (at, row) in std::iter::once(header).chain(rows).enumerate() {
        if row.len() != width {
            return Err(CsvError::Ragged {
                row: at,
                cells: row.len(),
                header: width,
            });
        }
        writer
            .write_record(row.iter().map(|c| c.written().into_owned()))
            .map_err(|e| CsvError::Writer(e.to_string()))?;
    }
    writer
        .into_inner()
        .map_err(|e| CsvError::Writer(e.error().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_could_be_a_formula_is_neutralised_and_numbers_are_kept() {
        for (given, written) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("@SUM(1)", "'@SUM(1)"),
            ("-2+3", "'-2+3"),
            ("-0.5", "'-0.5"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("  =1", "'  =1"),
            ("＝1+1", "'＝1+1"),
            ("Araújo", "Araújo"),
            ("O'Neil", "O'Neil"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(Cell::text(given).written(), written, "{given:?}");
        }
        assert_eq!(Cell::value(-0.5).written(), "-0.5");
        assert_eq!(Cell::decimal(-2.0, 2).written(), "-2.00");
        assert_eq!(Cell::count(3).written(), "3");
        assert_eq!(Cell::score(4).written(), "4");
        assert_eq!(Cell::value(f64::NAN).written(), "");
    }

    #[test]
    fn the_mark_is_written_when_asked_and_ragged_rows_are_refused() {
        let rows = vec![vec![Cell::text("a")], vec![Cell::text("=b")]];
        let with = write_csv(&rows, CsvOptions::default()).unwrap();
        assert_eq!(with, "\u{feff}a\n'=b\n".as_bytes());
        let without = write_csv(
            &rows,
            CsvOptions {
                byte_order_mark: false,
            },
        )
        .unwrap();
        assert_eq!(without, b"a\n'=b\n");
        let ragged = vec![vec![Cell::text("a")], vec![Cell::empty(), Cell::empty()]];
        assert!(matches!(
            write_csv(&ragged, CsvOptions::default()),
            Err(CsvError::Ragged { row: 1, .. })
        ));
    }
}
