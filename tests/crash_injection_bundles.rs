//! Crash injection for `teacher-eval export` and `teacher-eval import`, run
//! as processes and killed with SIGKILL at seeded random moments. An export
//! leaves its target absent or a complete bundle; an import leaves every
//! record absent or exactly as the bundle has it, and importing again
//! completes it. Long run: `cargo test --release --test
//! crash_injection_bundles -- --ignored --nocapture`.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use teacher_eval::workspace::Workspace;
use teacher_eval::workspace::bundle::read_bundle;

fn cli(home: &Path) -> Command {
    let mut cmd = common::binary::process(home);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

fn run(cmd: &mut Command) {
    assert!(cmd.status().expect("run").success(), "{cmd:?}");
}

/// Starts `cmd`, kills it with SIGKILL after `delay` (if still running).
fn kill_after(cmd: &mut Command, delay: Duration) -> bool {
    let mut child = cmd.spawn().expect("start");
    std::thread::sleep(delay);
    let finished = child.try_wait().expect("poll").is_some();
    let _ = child.kill();
    let _ = child.wait();
    !finished
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// A demo workspace and its complete bundle.
fn source(home: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let ws = home.join("source");
    let bundle = home.join("full.bundle");
    run(cli(home)
        .arg("--workspace")
        .arg(&ws)
        .args(["demo", "--educators", "12"]));
    run(cli(home)
        .arg("--workspace")
        .arg(&ws)
        .args(["export", "--plain", "--out"])
        .arg(&bundle));
    (ws, bundle)
}

/// (trials, killed while running, records verified)
fn imports_survive(trials: u64, seed: u64, max_delay_ms: u64) -> (u64, u64, u64) {
    let home = tempfile::tempdir().expect("home");
    let (_, bundle) = source(home.path());
    let expected = read_bundle(&bundle).expect("bundle").into_contents();
    let mut rng = Rng(seed);
    let (mut killed, mut verified) = (0, 0);
    for trial in 0..trials {
        let target = home.path().join(format!("target-{trial}"));
        let delay = Duration::from_millis(rng.below(max_delay_ms));
        let mut import = cli(home.path());
        import
            .arg("--workspace")
            .arg(&target)
            .args(["import", "--plain"])
            .arg(&bundle);
        killed += u64::from(kill_after(&mut import, delay));
        if !target.exists() {
            continue;
        }
        let contents = Workspace::open(&target).expect("reopen").load();
        assert!(
            contents.set_aside.is_empty(),
            "trial {trial}: {:?}",
            contents.set_aside
        );
        for e in &contents.educators {
            assert_eq!(
                Some(e),
                expected.educator(&e.id),
                "trial {trial}: educator differs"
            );
        }
        for o in &contents.observations {
            assert_eq!(
                Some(o),
                expected.observation(&o.id),
                "trial {trial}: observation differs"
            );
        }
        verified += (contents.educators.len() + contents.observations.len()) as u64;
        if trial % 4 == 0 {
            // Importing again after the crash completes the import.
            run(&mut import);
            let done = Workspace::open(&target).expect("reopen").load();
            assert_eq!(done.educators, expected.educators, "trial {trial}");
            assert_eq!(done.observations, expected.observations, "trial {trial}");
            verified += (done.educators.len() + done.observations.len()) as u64;
        }
        let _ = std::fs::remove_dir_all(&target);
    }
    (trials, killed, verified)
}

/// (trials, killed while running, complete bundles found)
fn exports_survive(trials: u64, seed: u64, max_delay_ms: u64) -> (u64, u64, u64) {
    let home = tempfile::tempdir().expect("home");
    let (ws, bundle) = source(home.path());
    let reference = std::fs::read(&bundle).expect("bundle");
    let count = read_bundle(&bundle).expect("bundle").record_count();
    let target = home.path().join("out.bundle");
    let mut rng = Rng(seed);
    let (mut killed, mut complete) = (0, 0);
    for trial in 0..trials {
        let delay = Duration::from_millis(rng.below(max_delay_ms));
        let mut export = cli(home.path());
        export
            .arg("--workspace")
            .arg(&ws)
            .args(["export", "--plain", "--out"])
            .arg(&target);
        killed += u64::from(kill_after(&mut export, delay));
        if target.exists() {
            let found = read_bundle(&target)
                .unwrap_or_else(|e| panic!("trial {trial}: a partial bundle at the target: {e}"));
            assert_eq!(found.record_count(), count, "trial {trial}");
            assert_eq!(std::fs::read(&target).expect("read").len(), reference.len());
            complete += 1;
        }
    }
    (trials, killed, complete)
}

#[test]
fn killed_imports_and_exports_leave_whole_records_and_bundles_short() {
    let (trials, killed, verified) = imports_survive(6, 0x1317, 500);
    println!(
        "import, short run: {trials} trials, {killed} killed mid-import, {verified} records verified"
    );
    let (trials, killed, complete) = exports_survive(6, 0xe4, 200);
    println!(
        "export, short run: {trials} trials, {killed} killed mid-export, {complete} complete targets"
    );
}

#[test]
#[ignore = "long run: cargo test --release --test crash_injection_bundles -- --ignored --nocapture"]
fn killed_imports_and_exports_leave_whole_records_and_bundles_long() {
    let trials = std::env::var("CRASH_TRIALS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let (trials_run, killed, verified) = imports_survive(trials, 0xfeed, 1_000);
    println!(
        "import, long run: {trials_run} trials, {killed} killed mid-import, {verified} records verified"
    );
    let (trials_run, killed, complete) = exports_survive(trials, 0xbeef, 300);
    println!(
        "export, long run: {trials_run} trials, {killed} killed mid-export, {complete} complete targets"
    );
}
