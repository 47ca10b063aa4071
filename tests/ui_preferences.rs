//! The theme is remembered between runs in the user's preferences file; a
//! file that cannot be read is never overwritten, and the user is told.

mod common;

use std::path::Path;

use common::ui::{open_app, settle, shows_text_where};
use teacher_eval::files::folders::Folders;
use teacher_eval::files::preferences::{self, Appearance};
use teacher_eval::ui::{App, Message};

fn folders(dir: &Path) -> Folders {
    Folders {
        workspace: dir.join("ws"),
        rubric_dirs: vec![],
    }
}

/// The window as `ui::run` starts it: preferences read from `file` first.
fn start(dir: &Path, file: &Path) -> App {
    open_app(folders(dir)).with_preferences(file.to_path_buf(), preferences::load(file))
}

#[test]
fn a_chosen_theme_is_used_at_the_next_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The config folder does not exist yet: the first choice creates it.
    let file = dir
        .path()
        .join("config")
        .join("teacher-eval")
        .join("preferences.ron");
    let mut app = start(dir.path(), &file);
    assert_eq!(app.preferences().appearance, Appearance::System);
    assert!(app.theme().is_none(), "the system's theme at first");

    settle(&mut app, Message::ThemeChosen(Appearance::Dark));
    assert!(app.theme().is_some());
    let saved = std::fs::read_to_string(&file).expect("remembered");
    assert!(saved.contains("Dark"), "{saved}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().expect("folder")), 0o700);
    }

    drop(app);
    let app = start(dir.path(), &file);
    assert_eq!(app.preferences().appearance, Appearance::Dark);
    assert!(app.theme().is_some());
}

#[test]
fn an_unreadable_preferences_file_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("preferences.ron");
    let damaged = "(appearance: Purple)\n";
    std::fs::write(&file, damaged).expect("write");
    let mut app = start(dir.path(), &file);
    assert!(
        shows_text_where(&app, |t| t.contains("could not be read")
            && t.contains("preferences.ron")
            && t.contains("line 1")),
        "the user is told which file and where"
    );
    assert_eq!(app.preferences().appearance, Appearance::System);
    settle(&mut app, Message::ThemeChosen(Appearance::Light));
    assert!(app.theme().is_some(), "the choice is used");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), damaged);
}

#[test]
fn a_preferences_file_that_cannot_be_written_is_said_in_a_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config").join("preferences.ron");
    let mut app = start(dir.path(), &file);
    // Since the start, a file has come to stand where the config folder goes.
    std::fs::write(dir.path().join("config"), b"not a folder").expect("write");
    settle(&mut app, Message::ThemeChosen(Appearance::Dark));
    assert!(app.theme().is_some(), "the choice is used for this run");
    assert!(shows_text_where(&app, |t| t.contains(
        "Your preferences (theme, name) could not be remembered:"
    )));
}

#[test]
fn a_preferences_file_of_an_older_or_newer_version_still_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("preferences.ron");
    std::fs::write(&file, "()\n").expect("write");
    assert_eq!(
        preferences::load(&file).expect("reads"),
        Some(preferences::Preferences::default())
    );
    std::fs::write(&file, "(appearance: Light, window: (1200, 800))\n").expect("write");
    assert_eq!(
        preferences::load(&file)
            .expect("reads")
            .map(|p| p.appearance),
        Some(Appearance::Light)
    );
    assert_eq!(preferences::load(&dir.path().join("missing.ron")), Ok(None));
}
