//! How reading a roster grows with its rows: each row's line is found from
//! offsets counted once (it was counted from the start for every row, which
//! made 25,000 rows take 13 s and 100,000 over 100 s).
//!
//! ```sh
//! cargo bench --bench roster_import
//! ```

use std::fmt::Write as _;
use std::time::Instant;

use teacher_eval::record::roster::{Mapping, read_roster};
use teacher_eval::rubric::Catalog;

fn main() {
    if std::env::args().any(|a| a == "--test") {
        println!(
            "roster_import: skipped under `cargo test` (run `cargo bench --bench roster_import`)"
        );
        return;
    }
    let catalog = Catalog::load(&[]);
    for rows in [25_000, 100_000] {
        let bytes = roster(rows);
        let start = Instant::now();
        let roster = read_roster(
            &bytes,
            &catalog,
            &Mapping::default(),
            teacher_eval::record::now(),
        )
        .expect("a roster");
        println!(
            "{rows} rows ({} KB, every tenth bad): {:?}, {} educators, {} rows with problems",
            bytes.len() / 1024,
            start.elapsed(),
            roster.entries.len(),
            roster.errors.len()
        );
    }
}

/// `rows` rows, one in ten with an unknown level.
fn roster(rows: usize) -> Vec<u8> {
    let mut text = String::from("name,school,role,level,subject\n");
    for i in 0..rows {
        let level = if i % 10 == 0 { "university" } else { "middle" };
        // Writing to a `String` cannot fail.
        let _ = writeln!(
            text,
            "Educator Number {i},School {},teacher,{level},Grade 7",
            i % 40
        );
    }
    text.into_bytes()
}
