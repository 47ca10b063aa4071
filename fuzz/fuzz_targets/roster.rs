//! Any bytes as a roster CSV, against the bundled rubrics: never a panic.
#![no_main]

use std::sync::OnceLock;

use teacher_eval::rubric::Catalog;

static CATALOG: OnceLock<Catalog> = OnceLock::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let catalog = CATALOG.get_or_init(|| Catalog::load(&[]));
    let now = chrono::DateTime::parse_from_rfc3339("2026-10-14T10:00:00-05:00").expect("a time");
    let mapping = teacher_eval::record::roster::Mapping::default();
    if let Ok(file) = teacher_eval::record::roster::read_roster(data, catalog, &mapping, now) {
        let _ = teacher_eval::record::roster::plan(file, &[], catalog);
    }
});
