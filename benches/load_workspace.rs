//! How fast a large workspace loads, and how much memory loading takes.
//!
//! ```sh
//! cargo bench --bench load_workspace                            # 5000 educators
//! BENCH_EDUCATORS=20000 cargo bench --bench load_workspace
//! BENCH_WORKSPACE=/path/to/workspace cargo bench --bench load_workspace
//! ```
//!
//! Unless `BENCH_WORKSPACE` names an existing folder, a demo workspace of
//! `BENCH_EDUCATORS` educators (default 5000) is written to a temporary
//! folder first. The workspace is then loaded 5 times. Peak memory is the
//! process's `VmHWM` (Linux): once for this process, which also generated the
//! demo, and once for a fresh copy of this program that only loads (the
//! bench runs itself again with `BENCH_LOAD_ONLY` set).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use teacher_eval::rubric::Catalog;
use teacher_eval::workspace::{Contents, Workspace};

const LOADS: usize = 5;
const DEFAULT_EDUCATORS: usize = 5000;
const SEED: u64 = 1;
/// Set in the copy of this program that only loads the workspace it names.
const LOAD_ONLY_ENV: &str = "BENCH_LOAD_ONLY";

fn main() -> ExitCode {
    // `cargo test --benches` runs benches once with `--test`: keep that quick.
    if std::env::args().any(|a| a == "--test") && std::env::var_os(LOAD_ONLY_ENV).is_none() {
        println!(
            "load_workspace: skipped under `cargo test` (run `cargo bench --bench load_workspace`)"
        );
        return ExitCode::SUCCESS;
    }
    match std::env::var_os(LOAD_ONLY_ENV) {
        Some(path) => load_only(Path::new(&path)),
        None => match bench() {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("load_workspace: {message}");
                ExitCode::FAILURE
            }
        },
    }
}

fn bench() -> Result<(), String> {
    let given = std::env::var_os("BENCH_WORKSPACE").map(PathBuf::from);
    let temp;
    let mut generated = false;
    let root = match given {
        Some(path) if path.is_dir() => {
            println!("workspace: {} (BENCH_WORKSPACE)", path.display());
            path
        }
        other => {
            if let Some(path) = other {
                println!(
                    "BENCH_WORKSPACE={} does not exist; generating one instead",
                    path.display()
                );
            }
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
            generated = true;
            temp.path().to_path_buf()
        }
    };
    let (bytes, files) = disk_usage(&root);
    println!(
        "on disk: {files} files, {:.1} MB",
        bytes as f64 / 1_000_000.0
    );

    let (contents, times) = load_times(&root)?;
    let records = contents.educators.len() + contents.observations.len();
    let median = median(&times);
    println!(
        "records: {records} ({} educators, {} observations, {} notes; {} files set aside)",
        contents.educators.len(),
        contents.observations.len(),
        contents
            .observations
            .iter()
            .map(|o| o.evidence.len())
            .sum::<usize>(),
        contents.set_aside.len()
    );
    println!(
        "load x{LOADS}: median {:.1} ms (min {:.1}, max {:.1}); {:.0} records/s",
        ms(median),
        ms(times.iter().copied().min().unwrap_or_default()),
        ms(times.iter().copied().max().unwrap_or_default()),
        records as f64 / median.as_secs_f64()
    );
    drop(contents);
    println!(
        "peak memory, this process ({}{LOADS} loads): {}",
        if generated { "generation + " } else { "" },
        mb(peak_kb())
    );

    let child = std::process::Command::new(
        std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?,
    )
    .env(LOAD_ONLY_ENV, &root)
    .output()
    .map_err(|e| format!("cannot run this program again: {e}"))?;
    let report = String::from_utf8_lossy(&child.stdout);
    if !child.status.success() {
        return Err(format!(
            "the load-only run failed: {}{}",
            report,
            String::from_utf8_lossy(&child.stderr)
        ));
    }
    let child_kb = report
        .lines()
        .find_map(|l| l.strip_prefix("peak_kb="))
        .and_then(|n| n.trim().parse::<u64>().ok());
    let child_median = report
        .lines()
        .find_map(|l| l.strip_prefix("median_ms="))
        .unwrap_or("?");
    println!(
        "peak memory, a process that only loads ({LOADS} loads, median {child_median} ms): {}",
        mb(child_kb)
    );
    Ok(())
}

/// The copy of this program that only loads: prints `key=value` lines.
fn load_only(root: &Path) -> ExitCode {
    match load_times(root) {
        Ok((contents, times)) => {
            println!(
                "records={}",
                contents.educators.len() + contents.observations.len()
            );
            println!("median_ms={:.1}", ms(median(&times)));
            drop(contents);
            match peak_kb() {
                Some(kb) => println!("peak_kb={kb}"),
                None => println!("peak_kb=unknown"),
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("load_workspace: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a demo of `educators` into `root`, as `teacher-eval demo` does.
fn generate(root: &Path, educators: usize) -> Result<(), String> {
    let started = Instant::now();
    let catalog = Catalog::load(&[]);
    let today = teacher_eval::clock::local_now().date_naive();
    let demo = teacher_eval::demo::generate(educators, SEED, today, &catalog);
    let generated = started.elapsed();
    let workspace = Workspace::open(root).map_err(|e| e.to_string())?;
    workspace
        .create_all(&demo.educators, &|_| {})
        .and_then(|()| workspace.create_all(&demo.observations, &|_| {}))
        .map_err(|e| e.to_string())?;
    println!(
        "generated {} educators and {} observations in {:.1} s, written in {:.1} s, to {}",
        demo.educators.len(),
        demo.observations.len(),
        generated.as_secs_f64(),
        started
            .elapsed()
            .checked_sub(generated)
            .unwrap()
            .as_secs_f64(),
        root.display()
    );
    Ok(())
}

/// Loads the workspace `LOADS` times; returns the last contents and each time.
fn load_times(root: &Path) -> Result<(Contents, Vec<Duration>), String> {
    let mut times = Vec::with_capacity(LOADS);
    let mut last = None;
    for _ in 0..LOADS {
        // Drop the previous load first, so two never sit in memory together.
        drop(last.take());
        let started = Instant::now();
        let workspace = Workspace::open_read_only(root, "bench").map_err(|e| e.to_string())?;
        let contents = workspace.load();
        times.push(started.elapsed());
        last = Some(std::hint::black_box(contents));
    }
    last.map(|c| (c, times))
        .ok_or_else(|| "nothing was loaded".to_string())
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
        format!("{:.1} MB", kb as f64 / 1024.0)
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

/// Total bytes and number of record files under the workspace's folders.
fn disk_usage(root: &Path) -> (u64, usize) {
    let mut bytes = 0;
    let mut files = 0;
    for folder in ["educators", "observations"] {
        let Ok(listing) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for entry in listing.filter_map(Result::ok) {
            if let Ok(meta) = entry.metadata() {
                bytes += meta.len();
                files += 1;
            }
        }
    }
    (bytes, files)
}
