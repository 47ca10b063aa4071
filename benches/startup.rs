//! Start-up to a visible window, and resident memory after start, of the
//! release binary on a demo workspace, under Xvfb with the software renderer.
//!
//! ```sh
//! cargo build --release
//! cargo bench --bench startup          # needs Xvfb and xdotool (Debian: xvfb xdotool)
//! ```
//!
//! Each run starts a fresh X server, launches `teacher-eval --workspace DIR`,
//! and polls `xdotool search --onlyvisible` until the window is mapped; iced
//! maps the window as it draws its first frame. Resident memory is `VmRSS` two
//! seconds later, when the workspace has loaded.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 5;

fn main() {
    if std::env::args().any(|a| a == "--test") {
        println!("startup: skipped under `cargo test` (run `cargo bench --bench startup`)");
        return;
    }
    if let Err(message) = bench() {
        eprintln!("startup: {message}");
        std::process::exit(1);
    }
}

fn bench() -> Result<(), String> {
    for tool in ["Xvfb", "xdotool"] {
        if Command::new("which")
            .arg(tool)
            .output()
            .map_or(true, |o| !o.status.success())
        {
            return Err(format!(
                "{tool} is not installed (apt-get install -y xvfb xdotool)"
            ));
        }
    }
    let binary = std::env::var_os("TEACHER_EVAL_BIN").map_or_else(
        || {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| PathBuf::from("target"), PathBuf::from);
            target.join("release/teacher-eval")
        },
        PathBuf::from,
    );
    if !binary.exists() {
        return Err(format!(
            "{} does not exist; run `cargo build --release` first",
            binary.display()
        ));
    }
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let workspace = dir.path().join("ws");
    let educators = std::env::var("BENCH_EDUCATORS").unwrap_or_else(|_| "24".into());
    let demo = Command::new(&binary)
        .args(["--workspace"])
        .arg(&workspace)
        .args(["demo", "--educators", &educators])
        .env("HOME", dir.path())
        .output()
        .map_err(|e| e.to_string())?;
    if !demo.status.success() {
        return Err(String::from_utf8_lossy(&demo.stderr).into_owned());
    }
    println!(
        "demo workspace with {educators} educators; binary {}",
        binary.display()
    );
    let mut firsts = Vec::new();
    let mut memories = Vec::new();
    for run in 0..RUNS {
        let display = free_display();
        let mut xvfb = Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1366x768x24"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        std::thread::sleep(Duration::from_millis(500));
        let result = measure(&binary, &workspace, dir.path(), &display);
        // SIGTERM, so the server removes its lock file.
        let _ = Command::new("kill").arg(xvfb.id().to_string()).status();
        let _ = xvfb.wait();
        let (first, rss) = result?;
        println!(
            "run {}: window after {:.0} ms, {rss} MB resident",
            run + 1,
            first.as_secs_f64() * 1000.0
        );
        firsts.push(first);
        memories.push(rss);
    }
    firsts.sort();
    memories.sort_unstable();
    println!(
        "start-up to a visible window: median {:.0} ms; resident memory after start: median {} MB ({RUNS} runs)",
        firsts[RUNS / 2].as_secs_f64() * 1000.0,
        memories[RUNS / 2]
    );
    Ok(())
}

/// An X display number no server holds (no lock file in /tmp).
fn free_display() -> String {
    (150..400)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .map_or_else(|| ":149".to_string(), |n| format!(":{n}"))
}

fn measure(
    binary: &Path,
    workspace: &Path,
    home: &Path,
    display: &str,
) -> Result<(Duration, u64), String> {
    let start = Instant::now();
    let mut app: Child = Command::new(binary)
        .arg("--workspace")
        .arg(workspace)
        .env("DISPLAY", display)
        .env("HOME", home)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let first = loop {
        let found = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "teacher-eval"])
            .env("DISPLAY", display)
            .output()
            .is_ok_and(|o| o.status.success() && !o.stdout.is_empty());
        if found {
            break start.elapsed();
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = app.kill();
            return Err("the window did not appear within 20 s".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    std::thread::sleep(Duration::from_secs(2));
    let status = std::fs::read_to_string(format!("/proc/{}/status", app.id())).unwrap_or_default();
    let rss = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024);
    let _ = app.kill();
    let _ = app.wait();
    Ok((first, rss))
}
