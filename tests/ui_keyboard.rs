//! The keyboard where no mouse is used: Tab and Shift+Tab move between the
//! fields of every form that does not read Tab itself.

mod common;

use common::sample_educator;
use common::ui::{click, open_app};
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::{App, Job, Message};
use teacher_eval::workspace::Workspace;

fn folders(dir: &tempfile::TempDir) -> Folders {
    Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    }
}

/// Whether Tab (or Shift+Tab) moves the focus on the screen open now.
fn tab_moves(app: &mut App, back: bool) -> bool {
    app.handle(Message::TabPressed(back))
        .iter()
        .any(|e| matches!(e.job(), Job::FocusNext(b) if *b == back))
}

#[test]
fn tab_moves_through_the_educator_form_and_the_roster() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Add the first educator");
    assert!(tab_moves(&mut app, false), "Tab: the next field");
    assert!(tab_moves(&mut app, true), "Shift+Tab: the one before");
}

#[test]
fn the_observation_keeps_tab_for_its_suggestions() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let mut e = sample_educator("edu-000000000001", "Aroha Ngata");
        e.rubric_id = "danielson-2013".into();
        ws.create(&e).expect("save");
    }
    let mut app = open_app(folders(&dir));
    click(&mut app, "Aroha Ngata");
    assert!(tab_moves(&mut app, false), "the educator page");
    click(&mut app, "Start observation");
    assert!(app.observation().is_some());
    assert!(
        !tab_moves(&mut app, false),
        "Tab takes the suggestion on the observation, not the focus"
    );
}

#[test]
fn f1_shows_the_keys_of_every_screen_and_esc_closes_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    common::ui::settle(&mut app, Message::ToggleHelp);
    assert!(
        common::ui::shows(&app, "Keyboard shortcuts"),
        "the roster's help"
    );
    assert!(common::ui::shows(&app, "Next / previous field"));
    common::ui::settle(&mut app, Message::CloseHelp);
    assert!(
        !common::ui::shows(&app, "Keyboard shortcuts"),
        "Esc closes it"
    );
    click(&mut app, "Summary");
    click(&mut app, "Keys (F1)");
    assert!(
        common::ui::shows(&app, "Previous / next columns of the heat maps"),
        "the summary's own keys"
    );
}
