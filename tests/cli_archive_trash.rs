//! `teacher-eval educator archive | unarchive`, `observation delete` and
//! `trash list | restore` run as processes on a workspace in a temporary folder.

mod common;

#[cfg(unix)]
use std::path::Path;
use std::path::PathBuf;
use std::process::Output;

use common::{at, sample_educator, sample_observation};
use serde_json::Value;
use teacher_eval::record::Status;
use teacher_eval::workspace::Workspace;

const E1: &str = "edu-000000000001";
const E2: &str = "edu-000000000002";
const SHARED: &str = "obs-000000000001";
const ACKNOWLEDGED: &str = "obs-000000000002";
const DRAFT: &str = "obs-000000000003";

/// A home of its own (so no user files leak in) and a workspace with two
/// educators at one school and three observations of the first, in 2026-27.
struct Setup {
    home: tempfile::TempDir,
    workspace: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let home = tempfile::tempdir().expect("tempdir");
        let workspace = home.path().join("workspace");
        let w = Workspace::open(&workspace).expect("workspace");
        w.create(&sample_educator(E1, "Nguyễn Thị Hương"))
            .expect("educator");
        w.create(&sample_educator(E2, "Zoë Brontë-Øster"))
            .expect("educator");
        let mut shared = sample_observation(SHARED, E1);
        shared.status = Status::Shared {
            at: at("2026-10-15T15:00:00-05:00"),
        };
        w.create(&shared).expect("shared");
        let mut acknowledged = sample_observation(ACKNOWLEDGED, E2);
        acknowledged.started_at = at("2026-11-03T09:00:00-05:00");
        w.create(&acknowledged).expect("acknowledged");
        let mut draft = sample_observation(DRAFT, E1);
        draft.started_at = at("2026-11-20T13:15:00-05:00");
        draft.status = Status::Draft;
        w.create(&draft).expect("draft");
        Setup { home, workspace }
    }

    /// `teacher-eval --workspace WORKSPACE ARGS...`
    fn run(&self, args: &[&str]) -> Output {
        let home = self.home.path();
        common::binary::command(home)
            .arg("--workspace")
            .arg(&self.workspace)
            .args(args)
            .output()
            .expect("runs")
    }

    /// Runs a command that must succeed and returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "{args:?} warns");
        text(&out.stdout)
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).expect("JSON")
    }

    fn ids(&self, args: &[&str]) -> Vec<String> {
        match self.json(args) {
            Value::Array(rows) => rows
                .iter()
                .map(|r| r["id"].as_str().expect("id").to_string())
                .collect(),
            other => panic!("not an array: {other}"),
        }
    }

    fn live(&self, id: &str) -> PathBuf {
        self.workspace
            .join("observations")
            .join(format!("{id}.ron"))
    }

    fn trashed(&self, id: &str) -> PathBuf {
        self.workspace
            .join("trash/observations")
            .join(format!("{id}.ron"))
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// A refusal: a failing exit, nothing on stdout, one sentence on stderr.
fn refused(out: &Output) -> String {
    assert!(!out.status.success(), "succeeded: {}", text(&out.stdout));
    assert_eq!(text(&out.stdout), "");
    let said = text(&out.stderr);
    assert_eq!(said.lines().count(), 1, "one sentence: {said}");
    assert!(said.starts_with("teacher-eval: ") && said.trim_end().ends_with('.'));
    said
}

/// The number `teacher-eval summary` counts: "School year …: N educators at …".
fn summary_educators(setup: &Setup, year: &str) -> usize {
    let out = setup.ok(&["summary", "--year", year]);
    let first = out.lines().next().expect("a first line");
    first
        .split(": ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {first:?}"))
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .expect("stat")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn archiving_hides_an_educator_from_lists_and_the_overview_but_not_from_their_years_summary() {
    let setup = Setup::new();
    assert_eq!(summary_educators(&setup, "2026-27"), 2);
    assert_eq!(
        summary_educators(&setup, "2030-31"),
        2,
        "no one has left yet"
    );

    let said = setup.ok(&[
        "educator",
        "archive",
        E1,
        "--by",
        "Dr. Renée Castellanos",
        "--reason",
        "Moved to another district",
    ]);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.starts_with("Archived Nguyễn Thị Hương (edu-000000000001)"));
    let file = std::fs::read_to_string(setup.workspace.join("educators").join(format!("{E1}.ron")))
        .expect("educator file");
    assert!(file.contains("archived: Some(") && file.contains("Moved to another district"));

    assert_eq!(setup.ids(&["educator", "list", "--json"]), [E2]);
    assert!(!setup.ok(&["educator", "list"]).contains(E1));
    assert_eq!(
        setup.ids(&["educator", "list", "--archived", "--json"]),
        [E1]
    );
    let all = setup.ok(&["educator", "list", "--all"]);
    assert_eq!(all.lines().count(), 2);
    let line = all.lines().find(|l| l.contains(E1)).expect("listed");
    assert!(line.contains("  archived 20"), "{line}");
    let archived = setup.json(&["educator", "list", "--archived", "--json"]);
    assert_eq!(archived[0]["archived"]["by"], "Dr. Renée Castellanos");

    let overview = setup.json(&["overview", "--year", "2026-27", "--json"]);
    assert_eq!(overview["educators"], 1);
    assert_eq!(overview["archived"], 1);
    assert_eq!(overview["observations"], 1, "only the staff's observations");
    assert!(!overview.to_string().contains(E1), "{overview}");
    let overview = setup.ok(&["overview", "--year", "2026-27"]);
    assert!(overview.contains("1 archived educator is not counted"));
    assert!(!overview.contains("Nguyễn"));

    // Their year still counts; a later year without their records does not.
    assert_eq!(summary_educators(&setup, "2026-27"), 2);
    assert_eq!(summary_educators(&setup, "2030-31"), 1);
    let evaluation = setup.json(&["evaluation", "show", E1, "--year", "2026-27", "--json"]);
    assert!(evaluation.is_object(), "their evaluation is still there");

    let again = setup.ok(&["educator", "archive", E1]);
    assert!(again.contains("was already archived on") && again.contains("nothing changed"));

    let said = setup.ok(&["educator", "unarchive", E1]);
    assert_eq!(
        said,
        "Nguyễn Thị Hương (edu-000000000001) is back on the roster.\n"
    );
    assert_eq!(setup.ids(&["educator", "list", "--json"]), [E1, E2]);
    assert_eq!(
        setup.ids(&["educator", "list", "--archived", "--json"]),
        Vec::<String>::new()
    );
    let overview = setup.json(&["overview", "--year", "2026-27", "--json"]);
    assert_eq!(
        (overview["educators"].clone(), overview["archived"].clone()),
        (2.into(), 0.into())
    );
    assert_eq!(summary_educators(&setup, "2030-31"), 2);
    let file = std::fs::read_to_string(setup.workspace.join("educators").join(format!("{E1}.ron")))
        .expect("educator file");
    assert!(
        !file.contains("archived"),
        "an unarchived file is as before:\n{file}"
    );
    let again = setup.ok(&["educator", "unarchive", E1]);
    assert!(again.contains("is not archived; nothing changed"));
}

#[test]
fn archiving_an_unknown_educator_is_one_sentence_and_changes_nothing() {
    let setup = Setup::new();
    let before = std::fs::read_dir(setup.workspace.join("educators"))
        .expect("folder")
        .count();
    for args in [
        ["educator", "archive", "edu-00000000dead"],
        ["educator", "unarchive", "edu-00000000dead"],
    ] {
        let said = refused(&setup.run(&args));
        assert!(
            said.contains("there is no educator with the id `edu-00000000dead`"),
            "{said}"
        );
    }
    let said = refused(&setup.run(&["educator", "archive", "../educators/x"]));
    assert!(said.contains("is not a valid record id"), "{said}");
    let after = std::fs::read_dir(setup.workspace.join("educators"))
        .expect("folder")
        .count();
    assert_eq!(before, after);

    let elsewhere = setup.home.path().join("nowhere");
    let out = common::binary::command(setup.home.path())
        .arg("--workspace")
        .arg(&elsewhere)
        .args(["educator", "archive", E1])
        .output()
        .expect("runs");
    assert!(refused(&out).contains("there is no workspace at"));
    assert!(
        !elsewhere.exists(),
        "no workspace is made to archive nobody"
    );
}

#[test]
fn a_shared_or_acknowledged_observation_is_never_deleted() {
    let setup = Setup::new();
    for (id, status) in [(SHARED, "shared"), (ACKNOWLEDGED, "acknowledged")] {
        let before = std::fs::read(setup.live(id)).expect("file");
        let said = refused(&setup.run(&["observation", "delete", id]));
        assert!(
            said.contains(&format!("`{id}` is {status}, not a draft"))
                && said.contains("never deleted"),
            "{said}"
        );
        assert_eq!(std::fs::read(setup.live(id)).expect("file"), before);
    }
    assert!(
        !setup.workspace.join("trash").exists(),
        "nothing went to a trash"
    );
    let said = refused(&setup.run(&["observation", "delete", "obs-00000000dead"]));
    assert!(said.contains("there is no observation with the id `obs-00000000dead`"));
}

#[test]
fn a_deleted_draft_leaves_every_list_and_comes_back_byte_for_byte() {
    let setup = Setup::new();
    let before = std::fs::read(setup.live(DRAFT)).expect("draft");

    let said = setup.ok(&["observation", "delete", DRAFT]);
    assert_eq!(
        said,
        format!(
            "Moved the draft observation {DRAFT} (Nguyễn Thị Hương, 2026-11-20) to the trash; \
             `teacher-eval trash restore {DRAFT}` brings it back.\n"
        )
    );
    assert!(!setup.live(DRAFT).exists());
    assert_eq!(
        std::fs::read(setup.trashed(DRAFT)).expect("in the trash"),
        before
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&setup.workspace.join("trash")), 0o700);
        assert_eq!(mode(&setup.workspace.join("trash/observations")), 0o700);
        assert_eq!(mode(&setup.trashed(DRAFT)), 0o600);
    }

    assert_eq!(
        setup.ids(&["observation", "list", "--json"]),
        [SHARED, ACKNOWLEDGED]
    );
    let overview = setup.json(&["overview", "--year", "2026-27", "--json"]);
    assert_eq!(overview["observations"], 2);
    assert_eq!(overview["drafts"], Value::Array(vec![]));

    let listed = setup.ok(&["trash", "list"]);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    for part in [
        DRAFT,
        "observation",
        "Nguyễn Thị Hương",
        "2026-11-20",
        "deleted 20",
    ] {
        assert!(listed.contains(part), "{part} in {listed}");
    }
    let json = setup.json(&["trash", "list", "--json"]);
    let item = &json[0];
    assert_eq!(item["id"], DRAFT);
    assert_eq!(item["kind"], "observation");
    assert_eq!(item["educator_id"], E1);
    assert_eq!(item["educator_name"], "Nguyễn Thị Hương");
    assert_eq!(item["date"], "2026-11-20");
    assert_eq!(item["status"], "draft");
    assert!(
        item["deleted_at"]
            .as_str()
            .is_some_and(|t| t.starts_with("20"))
    );
    assert_eq!(item["problem"], Value::Null);

    let said = setup.ok(&["trash", "restore", DRAFT]);
    assert_eq!(
        said,
        format!(
            "Restored the observation {DRAFT} (Nguyễn Thị Hương, 2026-11-20) from the trash.\n"
        )
    );
    assert_eq!(std::fs::read(setup.live(DRAFT)).expect("restored"), before);
    assert_eq!(setup.ok(&["trash", "list"]), "");
    assert_eq!(
        setup.json(&["trash", "list", "--json"]),
        Value::Array(vec![])
    );
    assert_eq!(
        setup.ids(&["observation", "list", "--json"]),
        [SHARED, ACKNOWLEDGED, DRAFT]
    );
    let said = refused(&setup.run(&["trash", "restore", DRAFT]));
    assert!(said.contains(&format!(
        "there is no observation with the id `{DRAFT}` in the trash"
    )));
}

#[test]
fn nothing_live_or_in_the_trash_is_ever_replaced() {
    let setup = Setup::new();
    let first = std::fs::read(setup.live(DRAFT)).expect("draft");
    setup.ok(&["observation", "delete", DRAFT]);

    // A live draft with the same id appears (say, from an older bundle).
    let mut other = sample_observation(DRAFT, E2);
    other.status = Status::Draft;
    other.post_conference = "A different draft".into();
    Workspace::open(&setup.workspace)
        .expect("open")
        .create(&other)
        .expect("created");
    let second = std::fs::read(setup.live(DRAFT)).expect("live");

    let said = refused(&setup.run(&["trash", "restore", DRAFT]));
    assert!(said.contains("is already in the workspace") && said.contains("nothing is replaced"));
    let said = refused(&setup.run(&["observation", "delete", DRAFT]));
    assert!(said.contains("the trash already holds an observation with the id"));
    assert_eq!(std::fs::read(setup.trashed(DRAFT)).expect("trash"), first);
    assert_eq!(std::fs::read(setup.live(DRAFT)).expect("live"), second);
}

#[test]
fn a_workspace_with_a_trash_loads_whole_and_exports_no_trash() {
    let setup = Setup::new();
    setup.ok(&["observation", "delete", DRAFT]);
    // A temporary file a crash left in the trash goes at the next open; the record stays.
    let stray = setup
        .workspace
        .join("trash/observations/.obs-000000000003.deleted.tmp-99999-0");
    std::fs::write(&stray, b"half").expect("stray");

    let contents = Workspace::open(&setup.workspace).expect("open").load();
    assert!(contents.set_aside.is_empty(), "{:?}", contents.set_aside);
    assert!(contents.warnings.is_empty(), "{:?}", contents.warnings);
    assert_eq!(contents.observations.len(), 2);
    assert_eq!(contents.record_count(), 4);
    assert!(!stray.exists(), "the stray temporary file is tidied");
    assert!(
        setup.trashed(DRAFT).exists(),
        "the record in the trash is not"
    );

    // `ok` also checks that nothing is reported as set aside on stderr.
    setup.ok(&["observation", "list"]);
    setup.ok(&["summary", "--year", "2026-27"]);
    let bundle = setup.home.path().join("all.bundle");
    let said = setup.ok(&["export", "--plain", "--out", bundle.to_str().expect("path")]);
    assert!(said.contains("2 observations"), "{said}");
    let packed = std::fs::read_to_string(&bundle).expect("bundle");
    assert!(!packed.contains(DRAFT) && !packed.contains("trash/"));
}

#[cfg(unix)]
#[test]
fn nothing_is_moved_through_a_linked_trash() {
    let setup = Setup::new();
    let elsewhere = setup.home.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).expect("mkdir");
    std::os::unix::fs::symlink(&elsewhere, setup.workspace.join("trash")).expect("link");
    let said = refused(&setup.run(&["observation", "delete", DRAFT]));
    assert!(said.contains("is a link, not a folder"), "{said}");
    assert!(setup.live(DRAFT).exists());
    assert_eq!(std::fs::read_dir(&elsewhere).expect("dir").count(), 0);
    let said = refused(&setup.run(&["trash", "list"]));
    assert!(said.contains("is a link"), "{said}");
}
