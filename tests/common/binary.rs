//! The built binary run the way every command-line test runs it: its home,
//! config and data folders inside the test's temporary home, so the user's
//! own rubrics, preferences, log and workspace on this machine never leak
//! into a test and a test never writes into them; and no workspace named by
//! the environment.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Mutex, OnceLock};

/// `teacher-eval` with everything it reads or writes outside the arguments
/// inside `home`.
pub fn command(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::from_std(process(home));
    cmd.timeout(std::time::Duration::from_secs(120));
    cmd
}

/// The built binary.
pub const BINARY: &str = env!("CARGO_BIN_EXE_teacher-eval");

/// [`command`] as a `std::process::Command`, for tests that spawn the
/// binary or wire its pipes themselves.
pub fn process(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(BINARY);
    isolate(&mut cmd, home);
    cmd
}

/// Points every folder the binary reads or writes outside its arguments
/// into `home`, for a command that runs [`BINARY`] inside another program.
pub fn isolate<'a>(
    cmd: &'a mut std::process::Command,
    home: &Path,
) -> &'a mut std::process::Command {
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("TEACHER_EVAL_WORKSPACE")
}

/// A temporary home and a workspace folder inside it (made by the first
/// command that needs it, or copied from a demo).
pub struct Home {
    pub dir: tempfile::TempDir,
    pub workspace: PathBuf,
}

impl Home {
    /// A home whose workspace does not exist yet.
    pub fn new() -> Home {
        let dir = tempfile::tempdir().expect("a temporary home");
        let workspace = dir.path().join("workspace");
        Home { dir, workspace }
    }

    /// A home whose workspace is a copy of the demo district of
    /// `educators` (default seed), built once for the whole test binary.
    pub fn with_demo(educators: u32) -> Home {
        let home = Home::new();
        super::copy_dir(&demo(educators), &home.workspace);
        home
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `teacher-eval --workspace WORKSPACE ARGS...`
    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().expect("the binary runs")
    }

    /// `teacher-eval --workspace WORKSPACE`, to add arguments or a
    /// setting of its own to.
    pub fn command(&self) -> assert_cmd::Command {
        let mut cmd = command(self.path());
        cmd.arg("--workspace").arg(&self.workspace);
        cmd
    }
}

impl Default for Home {
    fn default() -> Home {
        Home::new()
    }
}

/// The demo workspace of `educators`, written by the binary's `demo` command
/// the first time it is asked for in this test binary. Tests copy it
/// ([`Home::with_demo`]) rather than change it.
pub fn demo(educators: u32) -> PathBuf {
    static BUILT: OnceLock<Mutex<BTreeMap<u32, tempfile::TempDir>>> = OnceLock::new();
    let mut built = BUILT
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let home = built.entry(educators).or_insert_with(|| {
        let home = tempfile::tempdir().expect("a temporary home");
        let out = command(home.path())
            .arg("--workspace")
            .arg(home.path().join("workspace"))
            .args(["demo", "--educators", &educators.to_string()])
            .output()
            .expect("the demo runs");
        assert!(
            out.status.success(),
            "demo: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        home
    });
    home.path().join("workspace")
}

/// What a run printed on stdout, as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What a run printed on stderr, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
