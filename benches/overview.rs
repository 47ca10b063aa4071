//! Cost of the school year's overview (`summary::caseload`) for a district
//! of 5,000 educators. The roster page computes it on every frame while no
//! educator is chosen, so it must stay far under a frame (16 ms at 60 Hz).
//!
//! ```sh
//! cargo bench --bench overview
//! ```

use std::time::{Duration, Instant};

use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::school_year_of;
use teacher_eval::summary::caseload::caseload;
use teacher_eval::workspace::Contents;

const EDUCATORS: usize = 5_000;
const RUNS: usize = 50;

fn main() {
    // `cargo test --benches` runs benches once with `--test`: keep that quick.
    let (educators, runs) = if std::env::args().any(|a| a == "--test") {
        (50, 2)
    } else {
        (EDUCATORS, RUNS)
    };
    let catalog = Catalog::load(&[]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
    let demo = teacher_eval::demo::generate(educators, 7, today, &catalog);
    let contents = Contents {
        educators: demo.educators,
        observations: demo.observations,
        ..Contents::default()
    };
    let year = school_year_of(today);
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let c = std::hint::black_box(caseload(&contents, &year));
            let took = start.elapsed();
            std::hint::black_box(c.to_finalise.len());
            took
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "overview of {} educators, {} observations x{runs}: median {:.2} ms (min {:.2}, max {:.2})",
        contents.educators.len(),
        contents.observations.len(),
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
}
