//! `teacher-eval report batch` run as a process: every document of a
//! school's educators into one folder, names told apart, drafts left out
//! unless asked for, files already there kept unless replacing is asked
//! for, and a folder in a workspace refused before anything is made.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{Educator, Status};
use teacher_eval::scoring::{blank_plan, new_summative};
use teacher_eval::workspace::Workspace;

const YEAR: &str = "2026-27";
const SCHOOL: &str = "Escuela Primaria Benito Juárez";

struct Setup {
    home: tempfile::TempDir,
    workspace: PathBuf,
}

/// Ana Ruiz (two visits on one day, a draft, an evaluation and a plan) and
/// Omar Haddad at one school; Lena Berg at another.
fn setup() -> Setup {
    let home = tempfile::tempdir().expect("tempdir");
    let workspace = home.path().join("ws");
    let ws = Workspace::open(&workspace).expect("open");
    let ana = sample_educator("edu-000000000001", "Ana Ruiz");
    let omar = sample_educator("edu-000000000002", "Omar Haddad");
    let lena = Educator {
        school: "Northgate High School".into(),
        ..sample_educator("edu-000000000003", "Lena Berg")
    };
    for educator in [&ana, &omar, &lena] {
        ws.create(educator).expect("save");
    }
    let visit = |id: &str, educator: &Educator| sample_observation(id, &educator.id);
    ws.create(&visit("obs-000000000001", &ana)).expect("save");
    let mut afternoon = visit("obs-000000000002", &ana);
    afternoon.started_at = at("2026-10-14T13:15:00-05:00");
    ws.create(&afternoon).expect("save");
    let mut draft = visit("obs-000000000003", &ana);
    draft.started_at = at("2026-11-03T09:00:00-05:00");
    draft.status = Status::Draft;
    ws.create(&draft).expect("save");
    ws.create(&visit("obs-000000000004", &omar)).expect("save");
    ws.create(&visit("obs-000000000005", &lena)).expect("save");
    ws.create(&new_summative(&ana, YEAR, "equal-weights"))
        .expect("save");
    ws.create(&blank_plan(&ana, YEAR)).expect("save");
    Setup { home, workspace }
}

impl Setup {
    fn run(&self, args: &[&str]) -> Output {
        common::binary::command(self.home.path())
            .env("LC_ALL", "en_US.UTF-8")
            .arg("--workspace")
            .arg(&self.workspace)
            .args(["report", "batch", "--year", YEAR])
            .args(args)
            .output()
            .expect("runs")
    }

    fn folder(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the folder exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every page's text, white space squashed, and the page count.
fn pdf_text(path: &Path) -> (String, usize) {
    let bytes = std::fs::read(path).expect("the PDF exists");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let all = doc.extract_text(&pages).expect("text");
    (
        all.split_whitespace().collect::<Vec<_>>().join(" "),
        pages.len(),
    )
}

#[test]
fn a_schools_documents_go_into_one_folder_each_named_and_printed() {
    let setup = setup();
    let out = setup.folder("Benito Juárez 2026-27");
    let ran = setup.run(&["--school", "escuela primaria benito juárez", "--out"]);
    assert!(!ran.status.success(), "--out needs a folder");
    let ran = setup.run(&[
        "--school",
        "escuela primaria benito juárez",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    let names = file_names(&out);
    let day = "2026-10-14";
    let today = teacher_eval::clock::local_now()
        .date_naive()
        .format("%Y-%m-%d");
    assert_eq!(
        names,
        vec![
            format!("{day} Observation - Ana Ruiz (2).pdf"),
            format!("{day} Observation - Ana Ruiz.pdf"),
            format!("{day} Observation - Omar Haddad.pdf"),
            format!("{today} Growth Plan - Ana Ruiz.pdf"),
            format!("{today} Summative Evaluation - Ana Ruiz.pdf"),
        ],
        "Lena Berg is at another school; the draft is left out"
    );
    let stdout = text(&ran.stdout);
    for name in &names {
        let (words, pages) = pdf_text(&out.join(name));
        let line = format!("{}: {pages} page", out.join(name).display());
        assert!(stdout.contains(&line), "{line} in {stdout}");
        let who = if name.contains("Omar") {
            "Omar Haddad"
        } else {
            "Ana Ruiz"
        };
        assert!(words.contains(who), "{name} names {who}");
    }
    let (summative, _) = pdf_text(&out.join(&names[4]));
    assert!(summative.contains("Summative"), "{summative}");
    let said = text(&ran.stderr);
    assert!(said.contains("5 documents written to"), "{said}");
    assert!(said.contains("1 draft observation left out"), "{said}");
}

#[test]
fn drafts_go_when_asked_and_kinds_can_be_chosen() {
    let setup = setup();
    let out = setup.folder("drafts");
    let out_arg = out.to_str().expect("utf-8");
    let ran = setup.run(&[
        "--school",
        SCHOOL,
        "--observations",
        "--drafts",
        "--out",
        out_arg,
    ]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    let names = file_names(&out);
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.iter().all(|n| n.contains("Observation")), "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("2026-11-03")),
        "{names:?}"
    );
    let (draft, _) = pdf_text(&out.join("2026-11-03 Observation - Ana Ruiz.pdf"));
    assert!(draft.contains("Draft"), "the draft says it is one: {draft}");

    let dated = setup.folder("dated");
    let ran = setup.run(&[
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--drafts",
        "--observations",
        "--out",
        dated.to_str().expect("utf-8"),
    ]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    assert_eq!(
        file_names(&dated),
        vec!["2026-11-03 Observation - Ana Ruiz.pdf".to_string()]
    );
}

#[test]
fn files_already_there_are_kept_unless_replacing_is_asked_for() {
    let setup = setup();
    let out = setup.folder("again");
    let out_arg = out.to_str().expect("utf-8");
    assert!(
        setup
            .run(&["--school", SCHOOL, "--out", out_arg])
            .status
            .success()
    );
    let mine = out.join("2026-10-14 Observation - Omar Haddad.pdf");
    std::fs::write(&mine, b"the principal's own annotated copy").expect("write");

    let ran = setup.run(&["--school", SCHOOL, "--out", out_arg]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    assert_eq!(
        std::fs::read(&mine).expect("read"),
        b"the principal's own annotated copy"
    );
    let said = text(&ran.stderr);
    assert!(
        said.contains("5 files already in the folder were kept"),
        "{said}"
    );

    let ran = setup.run(&["--school", SCHOOL, "--replace", "--out", out_arg]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    assert!(std::fs::read(&mine).expect("read").starts_with(b"%PDF-"));
    assert!(text(&ran.stderr).contains("5 documents written"));
}

#[test]
fn a_folder_in_the_workspace_or_under_a_missing_one_is_refused_and_nothing_made() {
    let setup = setup();
    let before = common::snapshot(&setup.workspace);
    for inside in ["observations", "history/reports", "educators/x/y"] {
        let folder = setup.workspace.join(inside);
        let ran = setup.run(&["--out", folder.to_str().expect("utf-8")]);
        assert!(!ran.status.success(), "{inside}");
        let said = text(&ran.stderr);
        assert!(said.contains("cannot hold the documents"), "{said}");
        assert!(said.contains("inside the workspace"), "{said}");
    }
    assert_eq!(
        common::snapshot(&setup.workspace),
        before,
        "nothing written or made"
    );

    let missing = setup.folder("no such folder").join("reports");
    let ran = setup.run(&["--out", missing.to_str().expect("utf-8")]);
    assert!(!ran.status.success());
    assert!(text(&ran.stderr).contains("above it does not exist"));
    assert!(!missing.exists());

    let file = setup.folder("a file");
    std::fs::write(&file, b"x").expect("write");
    let ran = setup.run(&["--out", file.to_str().expect("utf-8")]);
    assert!(text(&ran.stderr).contains("is a file, not a folder"));
    assert_eq!(std::fs::read(&file).expect("read"), b"x");
}

#[test]
fn wrong_dates_years_and_schools_are_said_in_a_sentence() {
    let setup = setup();
    let out = setup.folder("out");
    let out_arg = out.to_str().expect("utf-8");
    let ran = setup.run(&[
        "--from",
        "2026-12-01",
        "--to",
        "2026-11-01",
        "--out",
        out_arg,
    ]);
    assert!(!ran.status.success());
    assert!(text(&ran.stderr).contains("is after the last"));
    let ran = setup.run(&["--from", "the 31st of Smarch", "--out", out_arg]);
    assert!(!ran.status.success());
    let ran = setup.run(&["--school", "Nowhere Academy", "--out", out_arg]);
    assert!(ran.status.success(), "nothing to do is not a failure");
    assert!(
        text(&ran.stderr).contains("No educator on the roster is at the school `Nowhere Academy`")
    );
    let ran = setup.run(&[
        "--school",
        "Northgate High School",
        "--summatives",
        "--out",
        out_arg,
    ]);
    assert!(
        text(&ran.stderr).contains("The educator has no stored summative evaluation of 2026-27"),
        "{}",
        text(&ran.stderr)
    );
}
