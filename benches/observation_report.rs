//! How long an observation report takes to make, and how big it is.
//!
//! ```sh
//! cargo bench --bench observation_report
//! BENCH_RUNS=100 BENCH_PDF=/tmp/report.pdf cargo bench --bench observation_report
//! ```
//!
//! Generates the demo district (24 educators, seed 1, school year of
//! 2026-11-29) in memory, then makes, in this process, the report of (a) the
//! formal observation with the most evidence notes and (b) the observation
//! with the fewest, each `BENCH_RUNS` times (default 20), then (c) every
//! demo observation once. The first report also parses the bundled fonts,
//! which later ones reuse, so it is timed on its own. `BENCH_PDF` saves (a).

use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use teacher_eval::record::{Educator, Observation, ObservationKind};
use teacher_eval::report::{Paper, Pdf, ReportOptions, observation_report};
use teacher_eval::rubric::Catalog;

const DEFAULT_RUNS: usize = 20;

fn main() -> ExitCode {
    match bench() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("observation_report: {message}");
            ExitCode::FAILURE
        }
    }
}

fn bench() -> Result<(), String> {
    // `cargo test --benches` runs benches with `--test`: one run proves it works.
    let runs = if std::env::args().any(|a| a == "--test") {
        1
    } else {
        std::env::var("BENCH_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_RUNS)
            .max(1)
    };
    let catalog = Catalog::load(&[]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).ok_or("bad date")?;
    let demo = teacher_eval::demo::generate(24, 1, today, &catalog);
    let options = ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: chrono::DateTime::parse_from_rfc3339("2026-11-29T15:00:00-05:00")
            .map_err(|e| e.to_string())?,
        artifacts_from: None,
    };
    let educator_of = |o: &Observation| -> Result<&Educator, String> {
        demo.educators
            .iter()
            .find(|e| e.id == o.educator_id)
            .ok_or_else(|| format!("no educator for {}", o.id))
    };
    let make = |o: &Observation| -> Result<Pdf, String> {
        let rubric = catalog.get(&o.rubric_id).map(|e| &e.rubric);
        observation_report(
            o,
            educator_of(o)?,
            rubric,
            &teacher_eval::rubric::VisitKind::unlisted(o.kind),
            &options,
        )
        .map_err(|e| e.to_string())
    };

    let busiest = demo
        .observations
        .iter()
        .filter(|o| o.kind == ObservationKind::Formal)
        .max_by_key(|o| o.evidence.len())
        .ok_or("the demo has no formal observation")?;
    let first = Instant::now();
    let pdf = make(busiest)?;
    let first = first.elapsed();
    println!(
        "first report in this process (parses the fonts too): {:.1} ms",
        ms(first)
    );
    if let Some(path) = std::env::var_os("BENCH_PDF") {
        std::fs::write(&path, &pdf.bytes).map_err(|e| e.to_string())?;
        println!("saved to {}", std::path::Path::new(&path).display());
    }
    measure("formal observation, most notes", busiest, &make, runs)?;

    let shortest = demo
        .observations
        .iter()
        .min_by_key(|o| (o.evidence.len(), o.ratings.len()))
        .ok_or("the demo has no observation")?;
    measure("observation with the fewest notes", shortest, &make, runs)?;

    // Every demo observation once: the spread of sizes and times.
    let start = Instant::now();
    let mut pages = Vec::new();
    let mut largest = 0;
    for o in &demo.observations {
        let pdf = make(o)?;
        pages.push(pdf.pages);
        largest = largest.max(pdf.bytes.len());
    }
    let all = start.elapsed();
    pages.sort_unstable();
    println!(
        "all {} demo observations: mean {:.1} ms each, {}-{} pages (median {}), largest {:.1} KB",
        pages.len(),
        ms(all) / pages.len().max(1) as f64,
        pages.first().copied().unwrap_or(0),
        pages.last().copied().unwrap_or(0),
        pages.get(pages.len() / 2).copied().unwrap_or(0),
        largest as f64 / 1024.0
    );
    Ok(())
}

fn measure(
    label: &str,
    observation: &Observation,
    make: &impl Fn(&Observation) -> Result<Pdf, String>,
    runs: usize,
) -> Result<(), String> {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let pdf = make(observation)?;
        times.push(start.elapsed());
        last = Some(pdf);
    }
    let pdf = last.ok_or("no run")?;
    times.sort();
    println!(
        "{label}: {} ({:?}, {} notes, {} ratings): {} pages, {:.1} KB; median {:.1} ms, min {:.1} ms, max {:.1} ms over {runs} runs",
        observation.id,
        observation.kind,
        observation.evidence.len(),
        observation.ratings.len(),
        pdf.pages,
        pdf.bytes.len() as f64 / 1024.0,
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
    if !pdf.warnings.is_empty() {
        println!("  warnings: {}", pdf.warnings.join("; "));
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
