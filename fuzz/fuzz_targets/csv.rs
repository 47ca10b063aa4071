//! Any strings as a table through the CSV writer every export uses: the
//! output must parse back as CSV with the same rows and columns and the
//! same cells as written, and no text cell may begin a formula.
//!
//! The first byte sets the number of columns (1-8) and whether a
//! byte-order mark is written; the rest, as UTF-8 (lossily), is split into
//! cells at U+001F, filling rows in turn. A cell beginning with `#` is a
//! number made from the rest when that parses as one.
#![no_main]

use teacher_eval::files::spreadsheet::{
    BYTE_ORDER_MARK, Cell, CsvOptions, starts_formula, write_csv,
};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let columns = usize::from(first % 8) + 1;
    let options = CsvOptions {
        byte_order_mark: first & 0x80 != 0,
    };
    let text = String::from_utf8_lossy(rest);
    let mut cells: Vec<(Cell, bool)> = text
        .split('\u{1f}')
        .map(|cell| match cell.strip_prefix('#').map(str::parse::<f64>) {
            Some(Ok(value)) => (Cell::value(value), true),
            _ => (Cell::text(cell), false),
        })
        .collect();
    while cells.len() % columns != 0 {
        cells.push((Cell::empty(), false));
    }
    let rows: Vec<Vec<Cell>> = cells
        .chunks(columns)
        .map(|row| row.iter().map(|(c, _)| c.clone()).collect())
        .collect();
    let bytes = write_csv(&rows, options).expect("a rectangular table is written");
    let body = match bytes.strip_prefix(BYTE_ORDER_MARK.as_bytes()) {
        Some(body) if options.byte_order_mark => body,
        _ => {
            assert!(!options.byte_order_mark, "the mark was asked for");
            &bytes[..]
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(body);
    let read: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("the output parses as CSV"))
        .collect();
    assert_eq!(read.len(), rows.len(), "as many rows");
    for ((record, row), kinds) in read.iter().zip(&rows).zip(cells.chunks(columns)) {
        assert_eq!(record.len(), columns, "as many columns");
        for ((got, cell), (_, number)) in record.iter().zip(row).zip(kinds) {
            assert_eq!(got, cell.written(), "the cell as written");
            if !number {
                let first = got.chars().next();
                let after = got.trim_start().chars().next();
                assert!(
                    !first.is_some_and(starts_formula) && !after.is_some_and(starts_formula),
                    "a text cell begins a formula: {got:?}"
                );
            } else {
                assert!(
                    got.is_empty() || got.parse::<f64>().is_ok(),
                    "a number: {got:?}"
                );
            }
        }
    }
});
