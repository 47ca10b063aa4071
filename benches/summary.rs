//! How fast a district summary of 5,000 educators compiles and prints, and
//! how much memory it takes.
//!
//! ```sh
//! cargo bench --bench summary                          # demo of 5000 educators
//! BENCH_EDUCATORS=20000 cargo bench --bench summary
//! BENCH_WORKSPACE=/path/to/workspace cargo bench --bench summary
//! ```
//!
//! Unless `BENCH_WORKSPACE` names an existing folder, a demo workspace is
//! written to a temporary folder first. Each phase is timed: reading the
//! workspace, compiling (5 runs, median), the PDF and the two CSV files.
//! CPU time over wall time shows how many cores compiling kept busy. Peak
//! memory (Linux `VmHWM`) is measured in a fresh copy of this program that
//! only reads and compiles (it runs itself again with `BENCH_COMPILE_ONLY`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use teacher_eval::report::{Paper, ReportOptions, summary_report};
use teacher_eval::rubric::Catalog;
use teacher_eval::scoring::Profiles;
use teacher_eval::summary::{
    Options, Source, Summary, compile, components_csv, educators_csv, read_workspace,
};
use teacher_eval::workspace::Workspace;

const RUNS: usize = 5;
const DEFAULT_EDUCATORS: usize = 5000;
const COMPILE_ONLY_ENV: &str = "BENCH_COMPILE_ONLY";

fn main() -> ExitCode {
    if std::env::args().any(|a| a == "--test") && std::env::var_os(COMPILE_ONLY_ENV).is_none() {
        println!("summary: skipped under `cargo test` (run `cargo bench --bench summary`)");
        return ExitCode::SUCCESS;
    }
    let result = match std::env::var_os(COMPILE_ONLY_ENV) {
        Some(path) => compile_only(Path::new(&path)),
        None => bench(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("summary: {message}");
            ExitCode::FAILURE
        }
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "one benchmark's steps in the order they run, each printing its figure"
)]
fn bench() -> Result<(), String> {
    let temp;
    let root = match std::env::var_os("BENCH_WORKSPACE").map(PathBuf::from) {
        Some(path) if path.is_dir() => path,
        _ => {
            let educators = match std::env::var("BENCH_EDUCATORS") {
                Ok(text) => text
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("BENCH_EDUCATORS={text} is not a positive number"))?,
                Err(_) => DEFAULT_EDUCATORS,
            };
            temp = tempfile::tempdir().map_err(|e| format!("no temporary folder: {e}"))?;
            generate(temp.path(), educators)?;
            temp.path().to_path_buf()
        }
    };
    println!("workspace: {}", root.display());
    let catalog = Catalog::load(&[]);
    let profiles = Profiles::load(&[]);

    let started = Instant::now();
    let source = read_workspace(&root).map_err(|e| e.to_string())?;
    let read = started.elapsed();
    let records = source.contents.record_count();
    println!(
        "read: {records} records ({} educators, {} observations) in {:.0} ms",
        source.contents.educators.len(),
        source.contents.observations.len(),
        ms(read)
    );

    let sources = [source];
    let options = Options::default();
    let mut times = Vec::new();
    let mut summary = Summary::default();
    let cpu_before = cpu_ticks();
    for _ in 0..RUNS {
        let started = Instant::now();
        summary = std::hint::black_box(compile(&sources, &catalog, &profiles, &options));
        times.push(started.elapsed());
    }
    let cpu = cpu_ticks()
        .zip(cpu_before)
        .map(|(a, b)| (a - b) as f64 / 100.0);
    let total: Duration = times.iter().sum();
    let compiled = median(&times);
    println!(
        "compile x{RUNS}: median {:.0} ms ({:.0} records/s); CPU time / wall time {}",
        ms(compiled),
        records as f64 / compiled.as_secs_f64(),
        cpu.map_or("unknown".into(), |c| format!(
            "{:.2} (cores kept busy)",
            c / total.as_secs_f64()
        ))
    );
    println!(
        "summary: {} educators, {} ratings, {} rubrics, {} improvement plans required, {} under the minimum",
        summary.counts.educators,
        summary.counts.ratings,
        summary.rubrics.len(),
        summary.improvement_required.len(),
        summary.coverage.len()
    );

    let report = ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: teacher_eval::record::now(),
        artifacts_from: None,
    };
    let started = Instant::now();
    let pdf = summary_report(&summary, &report).map_err(|e| e.to_string())?;
    let pdf_time = started.elapsed();
    println!(
        "PDF: {} pages, {} KB in {:.0} ms",
        pdf.pages,
        pdf.bytes.len() / 1024,
        ms(pdf_time)
    );
    let started = Instant::now();
    let csv = teacher_eval::files::spreadsheet::CsvOptions::default();
    let educators = educators_csv(&summary, csv).expect("the educators CSV");
    let components = components_csv(&summary, csv).expect("the components CSV");
    let csv_time = started.elapsed();
    println!(
        "CSV: {} KB and {} KB in {:.0} ms",
        educators.len() / 1024,
        components.len() / 1024,
        ms(csv_time)
    );
    println!(
        "read + compile + PDF + CSV: {:.2} s; peak memory, this process: {}",
        (read + compiled + pdf_time + csv_time).as_secs_f64(),
        mb(peak_kb())
    );
    drop((sources, summary, pdf));

    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let child = std::process::Command::new(exe)
        .env(COMPILE_ONLY_ENV, &root)
        .output()
        .map_err(|e| format!("cannot run this program again: {e}"))?;
    let report = String::from_utf8_lossy(&child.stdout);
    if !child.status.success() {
        return Err(format!(
            "the compile-only run failed: {report}{}",
            String::from_utf8_lossy(&child.stderr)
        ));
    }
    let field = |key: &str| {
        report
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or("?")
            .to_string()
    };
    println!(
        "peak memory, a process that only reads and compiles once ({} ms): {}",
        field("ms="),
        mb(field("peak_kb=").parse().ok())
    );
    Ok(())
}

/// The copy of this program that reads and compiles once: prints `key=value` lines.
fn compile_only(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let source: Source = read_workspace(root).map_err(|e| e.to_string())?;
    let summary = compile(
        &[source],
        &Catalog::load(&[]),
        &Profiles::load(&[]),
        &Options::default(),
    );
    println!("ms={:.0}", ms(started.elapsed()));
    println!("educators={}", summary.counts.educators);
    drop(summary);
    match peak_kb() {
        Some(kb) => println!("peak_kb={kb}"),
        None => println!("peak_kb=unknown"),
    }
    Ok(())
}

/// Writes a demo of `educators` into `root`, as `teacher-eval demo` does.
fn generate(root: &Path, educators: usize) -> Result<(), String> {
    let started = Instant::now();
    let catalog = Catalog::load(&[]);
    let today = teacher_eval::clock::local_now().date_naive();
    let demo = teacher_eval::demo::generate(educators, 1, today, &catalog);
    let workspace = Workspace::open(root).map_err(|e| e.to_string())?;
    workspace
        .create_all(&demo.educators, &|_| {})
        .and_then(|()| workspace.create_all(&demo.observations, &|_| {}))
        .map_err(|e| e.to_string())?;
    println!(
        "generated a demo of {educators} educators in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn median(times: &[Duration]) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn mb(kb: Option<u64>) -> String {
    kb.map_or("unknown (no /proc/self/status)".into(), |kb| {
        format!("{:.0} MB", kb as f64 / 1024.0)
    })
}

/// The process's peak resident memory (`VmHWM`) in kB, where Linux reports it.
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// User plus system CPU time of this process so far, in clock ticks (1/100 s on Linux).
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in brackets and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let user: u64 = fields.get(11)?.parse().ok()?;
    let system: u64 = fields.get(12)?.parse().ok()?;
    Some(user + system)
}
