//! Security checks behind SECURITY.md: what the program writes is readable
//! by its owner only, and the command line needs and opens no network.

mod common;

use std::path::Path;
use std::process::Command;

use common::{at, sample_educator, sample_observation};
use teacher_eval::report::{Paper, ReportOptions, observation_report, save_pdf};
use teacher_eval::rubric::Catalog;
use teacher_eval::workspace::{write_atomic, write_temp};

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn pdfs_exports_and_temporary_files_are_owner_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let catalog = Catalog::load(&[]);
    let rubric = &catalog.get("danielson-2013").expect("bundled").rubric;
    let educator = sample_educator("edu-000000000001", "Private Person");
    let observation = sample_observation("obs-000000000001", &educator.id);
    let options = ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2026-10-20T14:05:00-05:00"),
        artifacts_from: None,
    };
    let pdf = observation_report(
        &observation,
        &educator,
        Some(rubric),
        &teacher_eval::rubric::VisitKind::unlisted(observation.kind),
        &options,
    )
    .expect("pdf");
    let target = dir.path().join("report.pdf");
    save_pdf(&target, &pdf).expect("saved");
    assert_eq!(mode(&target), 0o600, "PDF");
    // Replacing a PDF another program left world-readable makes it private too.
    std::fs::set_permissions(&target, std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .expect("chmod");
    save_pdf(&target, &pdf).expect("saved again");
    assert_eq!(mode(&target), 0o600, "replaced PDF");
    // Every export (CSV, bundles) goes through write_atomic, temporaries through write_temp.
    let csv = dir.path().join("summary.csv");
    write_atomic(&csv, b"name,school\n").expect("csv");
    assert_eq!(mode(&csv), 0o600, "exported file");
    let temp = write_temp(&csv, b"name\n").expect("temp");
    assert_eq!(mode(&temp), 0o600, "temporary file");
}

/// Commands that read and write the workspace: demo, lists, rubrics.
fn session(home: &Path) -> Vec<Vec<String>> {
    let ws = home.join("ws").display().to_string();
    let with_ws = |args: &[&str]| {
        let mut v = vec!["--workspace".to_string(), ws.clone()];
        v.extend(args.iter().map(std::string::ToString::to_string));
        v
    };
    vec![
        with_ws(&["demo", "--educators", "3"]),
        with_ws(&["educator", "list"]),
        with_ws(&["observation", "list"]),
        vec!["rubric".into(), "list".into()],
    ]
}

/// Runs the session through `wrap` (a command prefix), then the reports of
/// the first observation and educator; returns false when `wrap` cannot run.
fn run_session(home: &Path, wrap: &[&str]) -> bool {
    let run = |args: &[String]| {
        let mut cmd = Command::new(wrap[0]);
        cmd.args(&wrap[1..]).arg(common::binary::BINARY).args(args);
        common::binary::isolate(&mut cmd, home);
        cmd.output().expect("run")
    };
    for args in session(home) {
        let out = run(&args);
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            if args.iter().any(|a| a == "demo") && !stderr.contains("teacher-eval") {
                eprintln!(
                    "skipped: `{}` cannot run here ({})",
                    wrap.join(" "),
                    stderr.trim()
                );
                return false;
            }
            panic!("{args:?} failed: {stderr}");
        }
    }
    let ws = home.join("ws");
    let list = common::binary::process(home)
        .arg("--workspace")
        .arg(&ws)
        .args(["observation", "list", "--json"])
        .output()
        .expect("list");
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    let observation = rows[0]["id"].as_str().expect("an observation").to_string();
    let educator = rows[0]["educator_id"]
        .as_str()
        .expect("an educator")
        .to_string();
    let reports = [
        vec!["report", "observation", &observation, "--out"],
        vec!["report", "summative", &educator, "--out"],
        vec!["report", "growth-plan", &educator, "--out"],
    ];
    for (n, report) in reports.iter().enumerate() {
        let mut args: Vec<String> = vec!["--workspace".into(), ws.display().to_string()];
        args.extend(report.iter().map(std::string::ToString::to_string));
        args.push(home.join(format!("r{n}.pdf")).display().to_string());
        let out = run(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    true
}

#[test]
fn the_command_line_works_inside_a_network_namespace_without_network() {
    let home = tempfile::tempdir().expect("home");
    if Command::new("unshare")
        .args(["-n", "true"])
        .status()
        .is_ok_and(|s| s.success())
    {
        assert!(run_session(home.path(), &["unshare", "-n"]));
    } else {
        eprintln!(
            "skipped: `unshare -n` is not permitted here (needs a user or network namespace)"
        );
    }
}

/// The session run under `strace -e TRACE` (its log kept outside `home`,
/// so the trace itself is not a file the session wrote); `None`, said on
/// stderr, where strace cannot run.
fn traced_session(home: &Path, trace: &str) -> Option<String> {
    if !Command::new("strace")
        .args(["-qq", "true"])
        .status()
        .is_ok_and(|s| s.success())
    {
        eprintln!("skipped: strace is not available or not permitted here");
        return None;
    }
    let folder = tempfile::tempdir().expect("trace folder");
    let log = folder.path().join("strace.log");
    let log_arg = log.display().to_string();
    let wrap = ["strace", "-f", "-qq", "-e", trace, "-A", "-o", &log_arg];
    if !run_session(home, &wrap) {
        return None;
    }
    Some(std::fs::read_to_string(&log).expect("strace log"))
}

#[test]
fn the_command_line_opens_no_network_socket() {
    let home = tempfile::tempdir().expect("home");
    let Some(calls) = traced_session(home.path(), "trace=socket,connect") else {
        return;
    };
    for family in ["AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK"] {
        assert!(
            !calls.contains(family),
            "a {family} socket was opened:\n{calls}"
        );
    }
}

/// The paths a traced process opened for writing, created, renamed or
/// removed, read from an strace log of `trace=%file` (lines `PID call(args`).
fn written_paths(log: &str) -> Vec<String> {
    const CHANGES: [&str; 16] = [
        "mkdir",
        "mkdirat",
        "rename",
        "renameat",
        "renameat2",
        "unlink",
        "unlinkat",
        "rmdir",
        "creat",
        "link",
        "linkat",
        "symlink",
        "symlinkat",
        "chmod",
        "fchmodat",
        "truncate",
    ];
    let mut paths = Vec::new();
    for line in log.lines() {
        let call = line
            .split_once(' ')
            .and_then(|(_, rest)| rest.split_once('('))
            .map_or("", |(call, _)| call.trim());
        let opens_to_write = matches!(call, "open" | "openat" | "openat2")
            && ["O_WRONLY", "O_RDWR", "O_CREAT"]
                .iter()
                .any(|flag| line.contains(flag));
        if opens_to_write || CHANGES.contains(&call) {
            // Every quoted argument of these calls is a path.
            paths.extend(line.split('"').skip(1).step_by(2).map(str::to_string));
        }
    }
    paths
}

#[test]
fn the_command_line_writes_nothing_but_the_workspace_and_the_files_asked_for() {
    let home = tempfile::tempdir().expect("home");
    let Some(calls) = traced_session(home.path(), "trace=%file") else {
        return;
    };
    let workspace = home.path().join("ws").display().to_string();
    let asked_for = |path: &str| {
        let Some(name) = Path::new(path).file_name().map(|n| n.to_string_lossy()) else {
            return false;
        };
        let in_home = Path::new(path).parent() == Some(home.path());
        // r0.pdf and the hidden temporary files its atomic write uses.
        in_home
            && (0..3).any(|n| {
                let pdf = format!("r{n}.pdf");
                name == pdf || name.starts_with(&format!(".{pdf}.tmp-"))
            })
    };
    let written = written_paths(&calls);
    assert!(
        written.iter().any(|p| p.starts_with(&workspace)),
        "the trace saw no write at all:\n{calls}"
    );
    let elsewhere: Vec<&String> = written
        .iter()
        .filter(|p| !p.starts_with(&workspace) && !asked_for(p) && *p != "/dev/null")
        .collect();
    assert!(
        elsewhere.is_empty(),
        "written outside the workspace and the files asked for (a log, a cache?): {elsewhere:?}"
    );
}
