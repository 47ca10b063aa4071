//! The workspace's settings: the scoring profile new evaluations start
//! under, set from the command line or the evaluation screen, kept in
//! `settings.ron`, and never overwritten when that file cannot be read.

mod common;

use std::path::Path;
use std::process::Output;

use common::ui::{click, open_app, settle, shows};
use common::{sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Rating, RatingLevel};
use teacher_eval::scoring::school_year_of;
use teacher_eval::ui::Message;
use teacher_eval::ui::summative::Message as Sum;
use teacher_eval::workspace::{SETTINGS_FILE, Workspace};

/// Two teachers, each with one rated observation yesterday.
fn two_teachers(root: &Path) {
    let ws = Workspace::open(root).expect("open");
    for (n, name) in [(1, "Ingrid Lindqvist"), (2, "Tomás Ó Briain")] {
        let educator = sample_educator(&format!("edu-00000000000{n}"), name);
        ws.create(&educator).expect("save");
        let mut o = sample_observation(&format!("obs-00000000000{n}"), &educator.id);
        o.started_at = teacher_eval::record::now() - chrono::Duration::days(1);
        o.ratings = vec![Rating {
            component: "3b".into(),
            level: RatingLevel::Level(3),
            rationale: String::new(),
            evidence: vec![],
        }];
        ws.create(&o).expect("save");
    }
}

fn run(root: &Path, args: &[&str]) -> Output {
    let home = root.parent().expect("home");
    common::binary::command(home)
        .arg("--workspace")
        .arg(root)
        .args(args)
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_command_line_sets_the_profile_new_evaluations_start_under() {
    let home = tempfile::tempdir().expect("tempdir");
    let root = home.path().join("ws");
    two_teachers(&root);
    let out = run(&root, &["settings"]);
    assert_eq!(
        text(&out.stdout),
        "scoring-profile: equal-weights (Equal weights; the built-in default)\n\
         district: not set (`teacher-eval settings --district NAME` sets it)\n\
         role-profiles: none (every role starts under the scoring profile)\n\
         minimum-degrees: none (`teacher-eval settings --minimum-degree edtech-coordinator=bachelor` sets one)\n\
         rules: none (`teacher-eval settings --rules new-jersey` chooses a state's)\n"
    );

    let out = run(&root, &["settings", "--scoring-profile", "no-such-profile"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("there is no scoring profile `no-such-profile`"),
        "{}",
        text(&out.stderr)
    );
    assert!(!root.join(SETTINGS_FILE).exists(), "nothing written");

    let out = run(
        &root,
        &["settings", "--scoring-profile", "pennsylvania-13-1"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("start under pennsylvania-13-1"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(root.join(SETTINGS_FILE)).expect("written");
        assert_eq!(meta.permissions().mode() & 0o777, 0o600, "owner only");
    }
    assert!(text(&run(&root, &["settings"]).stdout).contains(
        "pennsylvania-13-1 (Pennsylvania PDE 13-1 (2021-22 onwards); set for this workspace)"
    ));
    // A new draft follows the setting; `--profile` still chooses for one command.
    let shown = text(&run(&root, &["evaluation", "show", "edu-000000000001"]).stdout);
    assert!(shown.contains("(pennsylvania-13-1)"), "{shown}");
    let shown = text(
        &run(
            &root,
            &[
                "evaluation",
                "show",
                "edu-000000000001",
                "--profile",
                "equal-weights",
            ],
        )
        .stdout,
    );
    assert!(shown.contains("(equal-weights)"), "{shown}");
    // So do the summary's drafts.
    let summary = text(&run(&root, &["summary"]).stdout);
    assert!(
        summary.contains(
            "Final ratings (Pennsylvania PDE 13-1 (2021-22 onwards); 0 stored, 2 drafts)"
        ),
        "{summary}"
    );

    let out = run(&root, &["settings", "--scoring-profile", "default"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&run(&root, &["settings"]).stdout).contains("the built-in default"));
}

#[test]
fn the_district_and_the_profiles_of_roles_are_set_shown_and_cleared() {
    let home = tempfile::tempdir().expect("tempdir");
    let root = home.path().join("ws");
    two_teachers(&root);
    let out = run(
        &root,
        &[
            "settings",
            "--district",
            "  Lower   Merion School District ",
            "--role-profile",
            "edtech-coordinator=pennsylvania-13-3",
            "--role-profile",
            "Classroom teacher=pennsylvania-13-1",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("The district on the state's forms is Lower Merion School District."));
    assert!(said.contains("the role edtech-coordinator start under pennsylvania-13-3"));
    assert!(
        said.contains("the role teacher start under pennsylvania-13-1"),
        "{said}"
    );
    let settings = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .load()
        .settings;
    assert_eq!(
        settings.district.as_deref(),
        Some("Lower Merion School District")
    );
    assert_eq!(
        settings.profile_for("edtech-coordinator"),
        "pennsylvania-13-3"
    );
    assert_eq!(settings.profile_for("teacher"), "pennsylvania-13-1");
    let shown = text(&run(&root, &["settings"]).stdout);
    assert!(
        shown.contains("district: Lower Merion School District\n"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "role-profile edtech-coordinator: pennsylvania-13-3 (Pennsylvania PDE 13-3 nonteaching professional (2021-22 onwards))"
        ),
        "{shown}"
    );
    // A new draft of a teacher starts under the role's profile.
    let json = text(&run(&root, &["evaluation", "show", "edu-000000000001", "--json"]).stdout);
    assert!(
        json.contains("\"profile_id\":\"pennsylvania-13-1\""),
        "{json}"
    );

    // Anything wrong changes nothing, not even the options that were right.
    let before = std::fs::read(root.join(SETTINGS_FILE)).expect("written");
    for bad in [
        &["--role-profile", "principal=pennsylvania-13-1"][..],
        &["--role-profile", "teacher=no-such-profile"],
        &["--role-profile", "teacher"],
        &[
            "--district",
            "Elsewhere",
            "--role-profile",
            "teacher:equal-weights",
        ],
    ] {
        let out = run(&root, &[&["settings"][..], bad].concat());
        assert_eq!(out.status.code(), Some(1), "{bad:?}");
        assert!(
            text(&out.stderr).contains("nothing was changed"),
            "{}",
            text(&out.stderr)
        );
    }
    let long = "x".repeat(500);
    let out = run(&root, &["settings", "--district", &long]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read(root.join(SETTINGS_FILE)).expect("kept"),
        before
    );

    let out = run(
        &root,
        &[
            "settings",
            "--district",
            "",
            "--role-profile",
            "teacher=default",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let settings = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .load()
        .settings;
    assert_eq!(settings.district, None);
    assert_eq!(settings.profile_for("teacher"), "equal-weights");
    assert_eq!(
        settings.profile_for("edtech-coordinator"),
        "pennsylvania-13-3"
    );
}

#[test]
fn an_unreadable_settings_file_is_kept_and_not_overwritten() {
    let home = tempfile::tempdir().expect("tempdir");
    let root = home.path().join("ws");
    two_teachers(&root);
    let damaged = "(scoring_profile: Some(\"pennsylvania-13-1\"\n";
    std::fs::write(root.join(SETTINGS_FILE), damaged).expect("write");

    let out = run(&root, &["settings"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("the built-in default"));
    assert!(
        text(&out.stderr).contains("settings.ron:"),
        "named with its position: {}",
        text(&out.stderr)
    );
    let out = run(
        &root,
        &["settings", "--scoring-profile", "new-jersey-achievenj"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is kept as it is and not overwritten"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(root.join(SETTINGS_FILE)).expect("read"),
        damaged
    );

    // A folder in its place is set aside too, and the records still load.
    std::fs::remove_file(root.join(SETTINGS_FILE)).expect("rm");
    std::fs::create_dir(root.join(SETTINGS_FILE)).expect("mkdir");
    let contents = Workspace::open(&root).expect("open").load();
    assert_eq!(contents.educators.len(), 2);
    assert!(
        contents
            .set_aside
            .iter()
            .any(|f| f.path.ends_with(SETTINGS_FILE))
    );
}

#[test]
fn the_evaluation_screen_makes_its_profile_the_one_new_evaluations_start_under() {
    let home = tempfile::tempdir().expect("tempdir");
    let root = home.path().join("ws");
    two_teachers(&root);
    let year = school_year_of(teacher_eval::clock::local_now().date_naive());
    let mut app = open_app(Folders {
        workspace: root.clone(),
        rubric_dirs: vec![],
    });
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, &format!("Summative evaluation {year}"));
    assert!(shows(
        &app,
        "New evaluations in this workspace start under this profile."
    ));
    click(&mut app, "Pennsylvania PDE 13-1 (2021-22 onwards)");
    assert!(shows(
        &app,
        "New evaluations now start under Equal weights."
    ));
    click(&mut app, "Start new evaluations under this profile");
    assert!(shows(
        &app,
        "New evaluations in this workspace start under this profile."
    ));
    let on_disk = Workspace::open_read_only(&root, "test")
        .expect("exists")
        .load()
        .settings;
    assert_eq!(
        on_disk.scoring_profile.as_deref(),
        Some("pennsylvania-13-1")
    );

    settle(&mut app, Message::Summative(Sum::Back));
    click(&mut app, "Tomás Ó Briain");
    click(&mut app, &format!("Summative evaluation {year}"));
    assert_eq!(
        app.summative().expect("open").summative().profile_id,
        "pennsylvania-13-1",
        "the second teacher's new evaluation starts under the workspace's profile"
    );
}
