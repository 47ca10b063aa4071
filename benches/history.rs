//! What keeping every record's history costs: 1,000 saves of a 40-note
//! observation that change its content (each keeps the version it
//! replaces) against 1,000 that change only the note being typed (no copy),
//! and the disk the history then takes.
//!
//! ```sh
//! cargo bench --bench history
//! ```

use std::time::{Duration, Instant};

use teacher_eval::record::Observation;
use teacher_eval::workspace::Workspace;

const SAVES: u32 = 1000;

fn main() {
    if std::env::args().any(|a| a == "--test") {
        println!("history: skipped under `cargo test` (run `cargo bench --bench history`)");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let workspace = Workspace::open(&dir.path().join("ws")).expect("open");
    let mut observation = sample();
    workspace.create(&observation).expect("create");
    let typing = time(SAVES, |i| {
        observation.typing.note = format!("typed {i}");
        workspace.save(&observation).expect("save");
    });
    let content = time(SAVES, |i| {
        observation.evidence[0].text = format!("Students explain their reasoning, take {i}");
        workspace.save(&observation).expect("save");
    });
    let history = dir.path().join("ws/history");
    let (files, bytes) = disk(&history);
    let record = std::fs::metadata(
        dir.path()
            .join(format!("ws/observations/{}.ron", observation.id)),
    )
    .map_or(0, |m| m.len());
    println!(
        "record file: {record} bytes, {} notes",
        observation.evidence.len()
    );
    println!(
        "{SAVES} saves, only the typed note changing (no history copy): {:?} each",
        typing / SAVES
    );
    println!(
        "{SAVES} saves, content changing (keeps the replaced version): {:?} each",
        content / SAVES
    );
    println!(
        "history after them: {files} files, {bytes} bytes ({} per kept version)",
        bytes / files.max(1)
    );
}

fn time(n: u32, mut f: impl FnMut(u32)) -> Duration {
    let start = Instant::now();
    for i in 0..n {
        f(i);
    }
    start.elapsed()
}

fn disk(dir: &std::path::Path) -> (u64, u64) {
    let mut found = (0, 0);
    for entry in walk(dir) {
        found.0 += 1;
        found.1 += std::fs::metadata(entry).map_or(0, |m| m.len());
    }
    found
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    listing
        .filter_map(Result::ok)
        .flat_map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => walk(&e.path()),
            _ => vec![e.path()],
        })
        .collect()
}

/// The demo's busiest kind of visit: a formal observation with 40 notes.
fn sample() -> Observation {
    let catalog = teacher_eval::rubric::Catalog::load(&[]);
    let today = teacher_eval::clock::local_now().date_naive();
    teacher_eval::demo::generate(24, 1, today, &catalog)
        .observations
        .into_iter()
        .max_by_key(|o| o.evidence.len())
        .expect("an observation")
}
