//! What an installed copy is asked for besides records: `--version` with the
//! rubrics it bundles, the shell completions, and the man pages the .deb
//! carries, each made from the command line's own grammar.

mod common;

use common::binary::{Home, stderr, stdout};
use teacher_eval::about::About;

#[test]
fn the_version_names_each_bundled_rubric_with_its_fingerprint() {
    let home = Home::new();
    for flag in ["--version", "-V"] {
        let out = common::binary::command(home.path())
            .arg(flag)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert_eq!(
            text,
            format!("{}\n", About::this_build().lines().join("\n"))
        );
        assert!(text.starts_with(&format!("teacher-eval {}\n", env!("CARGO_PKG_VERSION"))));
        let catalog = teacher_eval::rubric::Catalog::load(&[]);
        for entry in &catalog.entries {
            assert!(
                text.contains(&format!(
                    "  {}  {}  {}\n",
                    entry.rubric.id, entry.rubric.edition, entry.fingerprint
                )),
                "{text}"
            );
        }
    }
}

#[test]
fn a_users_rubric_of_a_bundled_id_does_not_change_what_the_version_says() {
    let home = Home::new();
    let folder = home.path().join("config/teacher-eval/rubrics");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let replacement =
        common::five_level_rubric().replacen("\"district-five\"", "\"danielson-2022\"", 1);
    std::fs::write(folder.join("ours.ron"), replacement).expect("write");
    let out = common::binary::command(home.path())
        .arg("--version")
        .output()
        .expect("runs");
    assert_eq!(
        stdout(&out),
        format!("{}\n", About::this_build().lines().join("\n")),
        "the bundled set, whatever the user's folder holds"
    );
}

#[test]
fn completions_are_printed_for_each_shell_with_every_command() {
    let home = Home::new();
    for (shell, marker) in [
        ("bash", "complete -F _teacher__eval"),
        ("zsh", "#compdef teacher-eval"),
        ("fish", "complete -c teacher-eval"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = common::binary::command(home.path())
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains(marker), "{shell}: {script}");
        for word in ["self-assessment", "roster", "workspace", "open"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let out = common::binary::command(home.path())
        .args(["completions", "cmd.exe"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "clap's usage error");
    assert!(
        stderr(&out).contains("invalid value 'cmd.exe'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_man_pages_are_one_per_command_and_written_only_into_a_folder_asked_for() {
    let home = Home::new();
    let man = home.path().join("man1");
    std::fs::create_dir(&man).expect("mkdir");
    let out = common::binary::command(home.path())
        .args(["manpage", "--out-dir"])
        .arg(&man)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let top = std::fs::read_to_string(man.join("teacher-eval.1")).expect("the main page");
    assert!(top.starts_with(".ie \\n(.g .ds Aq \\(aq") || top.contains(".TH teacher-eval 1"));
    assert!(top.contains("self\\-assessment"), "the commands are listed");
    let page = std::fs::read_to_string(man.join("teacher-eval-report-observation.1"))
        .expect("a command's page");
    assert!(page.contains("omit\\-student\\-names"), "its options");
    assert!(
        !man.join("teacher-eval-manpage.1").exists(),
        "hidden, not paged"
    );
    let pages = std::fs::read_dir(&man).expect("listed").count();
    assert!(stdout(&out).contains(&format!("Wrote {pages} man pages")));

    let missing = home.path().join("no-such-folder");
    let out = common::binary::command(home.path())
        .args(["manpage", "--out-dir"])
        .arg(&missing)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is not a folder"), "{}", stderr(&out));
    assert!(!missing.exists());

    // Never over the records: a workspace's record folder is refused whole.
    let home = Home::with_demo(3);
    let records = home.workspace.join("educators");
    let before = std::fs::read_dir(&records).expect("listed").count();
    let out = common::binary::command(home.path())
        .args(["manpage", "--out-dir"])
        .arg(&records)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nothing was written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_dir(&records).expect("listed").count(), before);
}
