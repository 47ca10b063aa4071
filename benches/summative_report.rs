//! How long a summative evaluation PDF and a growth plan PDF take to make,
//! and how big they are.
//!
//! ```sh
//! cargo bench --bench summative_report
//! BENCH_RUNS=100 BENCH_PDF_DIR=/tmp/pdfs cargo bench --bench summative_report
//! ```
//!
//! Generates the demo district (24 educators, seed 1, school year of
//! 2026-11-29) in memory. For the educator with the most ratings it scores a
//! fresh draft under the Pennsylvania profile and makes (a) the summative
//! PDF and (b) the growth plan PDF proposed from it, each `BENCH_RUNS` times
//! (default 20), scoring included; then (c) both documents for every demo
//! educator once, under each bundled profile. The first document in a
//! process also parses the bundled fonts, so it is timed on its own.
//! `BENCH_PDF_DIR` saves (a) and (b) there.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use teacher_eval::record::Educator;
use teacher_eval::report::{Paper, Pdf, ReportOptions, growth_plan_report, summative_report};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::{Profiles, new_summative, plan_from_summative, score};

const DEFAULT_RUNS: usize = 20;
const YEAR: &str = "2026-27";

fn main() -> ExitCode {
    match bench() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("summative_report: {message}");
            ExitCode::FAILURE
        }
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "one benchmark's steps in the order they run, each printing its figure"
)]
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
    let profiles = Profiles::load(&[]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).ok_or("bad date")?;
    let demo = teacher_eval::demo::generate(24, 1, today, &catalog);
    let options = ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: chrono::DateTime::parse_from_rfc3339("2026-11-29T15:00:00-05:00")
            .map_err(|e| e.to_string())?,
        artifacts_from: None,
    };
    let documents = |educator: &Educator, profile: &str| -> Result<(Pdf, Pdf), String> {
        let summative = new_summative(educator, YEAR, profile);
        let scored = score(
            &summative,
            educator,
            &demo.observations,
            &demo.measures,
            &catalog,
            &profiles,
        )?;
        let report = summative_report(&summative, educator, "", &scored, &options)
            .map_err(|e| e.to_string())?;
        let plan = plan_from_summative(educator, YEAR, &summative.id, &scored);
        let plan = growth_plan_report(&plan, educator, Some(scored.rubric), &options)
            .map_err(|e| e.to_string())?;
        Ok((report, plan))
    };

    let ratings = |e: &Educator| -> usize {
        demo.observations
            .iter()
            .filter(|o| o.educator_id == e.id)
            .map(teacher_eval::record::Observation::rated_count)
            .sum()
    };
    let busiest = demo
        .educators
        .iter()
        .max_by_key(|e| ratings(e))
        .ok_or("the demo has no educators")?;
    let observations = demo
        .observations
        .iter()
        .filter(|o| o.educator_id == busiest.id)
        .count();
    println!(
        "educator with the most ratings: {} ({}, {} observations, {} ratings)",
        busiest.id,
        busiest.rubric_id,
        observations,
        ratings(busiest)
    );

    let first = Instant::now();
    let (report, plan) = documents(busiest, "pennsylvania-82-1")?;
    println!(
        "first summative and plan in this process (parses the fonts too): {:.1} ms",
        ms(first.elapsed())
    );
    if let Some(dir) = std::env::var_os("BENCH_PDF_DIR") {
        let dir = std::path::Path::new(&dir);
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("summative.pdf"), &report.bytes).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("growth-plan.pdf"), &plan.bytes).map_err(|e| e.to_string())?;
        println!("saved to {}", dir.display());
    }

    let mut summative_times = Vec::with_capacity(runs);
    let mut plan_times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let summative = new_summative(busiest, YEAR, "pennsylvania-82-1");
        let scored = score(
            &summative,
            busiest,
            &demo.observations,
            &demo.measures,
            &catalog,
            &profiles,
        )?;
        let report = summative_report(&summative, busiest, "", &scored, &options)
            .map_err(|e| e.to_string())?;
        summative_times.push(start.elapsed());
        let start = Instant::now();
        let plan = plan_from_summative(busiest, YEAR, &summative.id, &scored);
        let plan = growth_plan_report(&plan, busiest, Some(scored.rubric), &options)
            .map_err(|e| e.to_string())?;
        plan_times.push(start.elapsed());
        last = Some((report, plan));
    }
    let (report, plan) = last.ok_or("no run")?;
    print_times(
        "summative (scoring included)",
        &report,
        summative_times,
        runs,
    );
    print_times("growth plan proposed from it", &plan, plan_times, runs);

    // Every educator once under each profile: the spread of sizes and times.
    for profile in ["pennsylvania-82-1", "new-jersey-achievenj", "equal-weights"] {
        let start = Instant::now();
        let mut pages = Vec::new();
        let mut largest = 0;
        for educator in &demo.educators {
            let (report, plan) = documents(educator, profile)?;
            pages.push((report.pages, plan.pages));
            largest = largest.max(report.bytes.len()).max(plan.bytes.len());
        }
        let all = start.elapsed();
        let (s_min, s_max) = spread(pages.iter().map(|p| p.0));
        let (p_min, p_max) = spread(pages.iter().map(|p| p.1));
        println!(
            "{profile}: all {} educators, a summative and a plan each: mean {:.1} ms per pair, summatives {s_min}-{s_max} pages, plans {p_min}-{p_max} pages, largest {:.1} KB",
            pages.len(),
            ms(all) / pages.len().max(1) as f64,
            largest as f64 / 1024.0
        );
    }
    Ok(())
}

fn print_times(label: &str, pdf: &Pdf, mut times: Vec<Duration>, runs: usize) {
    times.sort();
    println!(
        "{label}: {} pages, {:.1} KB; median {:.1} ms, min {:.1} ms, max {:.1} ms over {runs} runs",
        pdf.pages,
        pdf.bytes.len() as f64 / 1024.0,
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
    );
    if !pdf.warnings.is_empty() {
        println!("  warnings: {}", pdf.warnings.join("; "));
    }
}

fn spread(values: impl Iterator<Item = usize>) -> (usize, usize) {
    values.fold((usize::MAX, 0), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
