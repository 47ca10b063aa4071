//! Any bytes as a vocabulary file, merged and used to suggest components for
//! the same bytes as a note: an error or suggestions, never a panic.
#![no_main]

use std::sync::LazyLock;

use teacher_eval::rubric::{Catalog, Rubric, Suggester, Vocabulary, parse_vocabulary};

/// The bundled 2013 rubric, read once.
static RUBRIC: LazyLock<Option<Rubric>> = LazyLock::new(|| {
    Catalog::load(&[])
        .get("danielson-2013")
        .map(|e| e.rubric.clone())
});

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(file) = parse_vocabulary("fuzz.ron", data) else {
        return;
    };
    let mut vocabulary = Vocabulary::default();
    vocabulary.merge("fuzz.ron", &String::from_utf8_lossy(data), file);
    if let Some(rubric) = RUBRIC.as_ref() {
        let suggester = Suggester::new(rubric, &vocabulary);
        let _ = suggester.suggest(None, &String::from_utf8_lossy(data), &[], 3);
    }
});
