//! The diagnostics log after a session on the command line (which keeps
//! one only when asked): kept in the state folder the environment names, owner-only, saying what happened in
//! counts and kinds, and holding nothing the records say.

use std::path::{Path, PathBuf};

mod common;

use teacher_eval::files::log_file::{LOG_ENV, LOG_FILE};
use teacher_eval::workspace::Workspace;

fn run(home: &Path, args: &[&str]) -> std::process::Output {
    common::binary::command(home)
        .env(LOG_ENV, "on")
        .arg("--workspace")
        .arg(home.join("ws"))
        .args(args)
        .output()
        .expect("runs")
}

fn log_path(home: &Path) -> PathBuf {
    home.join("state/teacher-eval/logs").join(LOG_FILE)
}

/// Every quoted text of 8 characters or more in the workspace's records:
/// names, schools, notes, evidence, comments.
fn record_texts(root: &Path) -> Vec<String> {
    let contents = Workspace::open_read_only(root, "test")
        .expect("open")
        .load();
    let mut texts = Vec::new();
    for e in &contents.educators {
        texts.extend([e.name.clone(), e.school.clone(), e.evaluator.clone()]);
    }
    for folder in ["educators", "observations", "summatives", "growth_plans"] {
        let Ok(listing) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for file in listing.flatten() {
            let text = std::fs::read_to_string(file.path()).expect("a record");
            texts.extend(
                text.split('"')
                    .skip(1)
                    .step_by(2)
                    .filter(|t| t.chars().count() >= 8)
                    .map(str::to_string),
            );
        }
    }
    texts
}

#[test]
fn a_command_line_session_leaves_an_owner_only_log_without_record_text() {
    let home = tempfile::tempdir().expect("tempdir");
    let home = home.path();
    assert!(run(home, &["demo", "--educators", "4"]).status.success());
    let contents = Workspace::open_read_only(&home.join("ws"), "test")
        .expect("open")
        .load();
    let educator = contents.educators[0].id.clone();
    let pdf = home.join("summative.pdf").to_string_lossy().into_owned();
    let bundle = home.join("all.bundle").to_string_lossy().into_owned();
    for args in [
        vec!["educator", "list"],
        vec![
            "report",
            "summative",
            educator.as_str(),
            "--out",
            pdf.as_str(),
        ],
        vec!["export", "--out", bundle.as_str(), "--plain"],
        vec!["import", bundle.as_str(), "--plain"],
    ] {
        let out = run(home, &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(
        !run(home, &["report", "summative", "edu-nobody", "--out", &pdf])
            .status
            .success()
    );

    let path = log_path(home);
    let log = std::fs::read_to_string(&path).expect("the log is kept");
    for said in [
        "start: version",
        "exit: Demo, success",
        "exit: Report, failure",
        "workspace read: 4 educators",
        "export: Summative, ",
        "bundle exported: 4 educators",
        "bundle opened: ",
        "bundle imported: Added 0",
    ] {
        assert!(log.contains(said), "{said:?} is not in the log:\n{log}");
    }
    for text in record_texts(&home.join("ws")) {
        assert!(!log.contains(&text), "{text:?} is in the log:\n{log}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().expect("folder")), 0o700);
    }
}

/// The command line keeps no log unless asked, and none when it is off.
#[test]
fn without_on_the_command_line_keeps_no_log() {
    let home = tempfile::tempdir().expect("tempdir");
    for setting in [None, Some("off")] {
        let mut command = common::binary::command(home.path());
        command.env_remove(LOG_ENV);
        if let Some(setting) = setting {
            command.env(LOG_ENV, setting);
        }
        let out = command
            .arg("--workspace")
            .arg(home.path().join(setting.unwrap_or("default")))
            .args(["demo", "--educators", "1"])
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!home.path().join("state").exists(), "{setting:?}");
    }
}
