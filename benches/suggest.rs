//! Time to suggest components for one note, as the window does on every key
//! press: every hand-tagged note of `tests/data/tagging/`, on the rubric it
//! was written for, with no learned tags and with the most kept (2000).
//! Also the time to build a rubric's index, paid once when an observation opens.
//!
//! ```sh
//! cargo bench --bench suggest
//! ```
//!
//! The target is at most 1 ms per note on the project's 2-core machine.

use std::time::{Duration, Instant};

use teacher_eval::files::tagging_examples::MAX_EXAMPLES;
use teacher_eval::rubric::{Catalog, Suggester};

const RUNS: usize = 20;

fn main() {
    // `cargo test --benches` runs benches once with `--test`: keep that quick.
    let runs = if std::env::args().any(|a| a == "--test") {
        1
    } else {
        RUNS
    };
    let catalog = Catalog::load(&[]);
    for rubric in ["danielson-2013", "edtech-coordinator"] {
        let Some(entry) = catalog.get(rubric) else {
            eprintln!("suggest: no bundled {rubric}");
            return;
        };
        let start = Instant::now();
        let mut suggester = Suggester::new(&entry.rubric, &catalog.vocabulary);
        let build = start.elapsed();
        let notes = notes(rubric);
        report(rubric, "no learned tags", &suggester, &notes, runs, build);
        let examples: Vec<_> = notes
            .iter()
            .cycle()
            .take(MAX_EXAMPLES)
            .map(|n| suggester.example(n, &entry.rubric.domains[0].components[0].id, true))
            .collect();
        suggester.learn(&examples);
        report(rubric, "2000 learned tags", &suggester, &notes, runs, build);
    }
}

fn report(rubric: &str, what: &str, s: &Suggester, notes: &[String], runs: usize, build: Duration) {
    let mut per_note = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let mut found = 0;
        for note in notes {
            found += s.suggest(None, note, &[], 3).len();
        }
        per_note.push(start.elapsed() / u32::try_from(notes.len().max(1)).unwrap_or(1));
        assert!(found > 0);
    }
    per_note.sort();
    println!(
        "{rubric}, {what}: {} notes, median {:.3} ms per note (max {:.3}); index built in {:.1} ms; {runs} runs",
        notes.len(),
        ms(per_note[per_note.len() / 2]),
        ms(per_note.last().copied().unwrap_or_default()),
        ms(build),
    );
}

/// The note texts of every file for `rubric`.
fn notes(rubric: &str) -> Vec<String> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tagging");
    let mut notes = Vec::new();
    let Ok(listing) = std::fs::read_dir(folder) else {
        return notes;
    };
    for entry in listing.filter_map(Result::ok) {
        if !entry.file_name().to_string_lossy().starts_with(rubric) {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        notes.extend(
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.splitn(3, '\t').nth(2))
                .map(str::to_string),
        );
    }
    notes
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
