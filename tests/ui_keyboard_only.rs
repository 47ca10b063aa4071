//! The window with a keyboard and no mouse: Tab reaches every button in
//! reading order, Enter or Space presses the one with the focus, and a
//! principal fills the educator form from the first screen without a click.

mod common;

use common::keys::Keyboard;
use common::ui::open_app;
use iced::keyboard::{Key, Modifiers, key::Named};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::Educator;
use teacher_eval::workspace::Workspace;

fn folders(dir: &tempfile::TempDir) -> Folders {
    Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    }
}

#[test]
fn the_educator_form_is_filled_and_saved_without_a_click() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    let mut keys = Keyboard::new(1024.0, 700.0);
    assert!(
        keys.tab_to(&mut app, "Add the first educator"),
        "Tab reaches the welcome's button"
    );
    keys.enter(&mut app);
    assert!(
        keys.focus_is_on(&app, "Full name, as it should appear on reports"),
        "the form opens with the name field focused"
    );
    keys.type_text(&mut app, "Aroha Ngata");
    keys.tab(&mut app, false);
    assert!(keys.focus_is_on(&app, "School name"), "Tab: the next field");
    keys.type_text(&mut app, "Lincoln Elementary");
    assert!(
        keys.tab_to(&mut app, "Classroom teacher"),
        "Tab reaches the role buttons"
    );
    keys.press(&mut app, Key::Named(Named::Space), Modifiers::empty());
    assert!(keys.tab_to(&mut app, "Elementary"));
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Save"), "and the Save button");
    keys.enter(&mut app);

    let ws = Workspace::open_read_only(&dir.path().join("ws"), "test").expect("exists");
    let educators: Vec<Educator> = ws.load().educators;
    assert_eq!(educators.len(), 1, "saved");
    let e = &educators[0];
    assert_eq!(e.name, "Aroha Ngata");
    assert_eq!(e.school, "Lincoln Elementary");
    assert_eq!(e.role, "teacher");
}

#[test]
fn shift_tab_goes_back_and_ctrl_enter_is_not_a_press() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    let mut keys = Keyboard::new(1366.0, 768.0);
    assert!(keys.tab_to(&mut app, "Add the first educator"));
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Cancel"));
    keys.tab(&mut app, true);
    assert!(
        keys.focus_is_on(&app, "Save"),
        "Shift+Tab: the button before"
    );
    keys.press(&mut app, Key::Named(Named::Enter), Modifiers::CTRL);
    assert!(
        common::ui::shows(&app, "Add an educator"),
        "Ctrl+Enter is not a press: the form is still open"
    );
}

/// A workspace with one teacher on the 2013 framework.
fn with_one_educator() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    let mut e = common::sample_educator("edu-000000000001", "Aroha Ngata");
    e.rubric_id = "danielson-2013".into();
    ws.create(&e).expect("save");
    dir
}

fn ctrl(c: &str) -> (Key, Modifiers) {
    (Key::Character(c.into()), Modifiers::CTRL)
}

#[test]
fn an_observation_is_scripted_rated_and_exported_without_a_click() {
    let dir = with_one_educator();
    let mut app = open_app(folders(&dir));
    let mut keys = Keyboard::new(1024.0, 700.0);
    assert!(keys.tab_to(&mut app, "Aroha Ngata"), "the roster's row");
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Start observation"));
    keys.enter(&mut app);
    assert!(app.observation().is_some(), "the observation is open");

    let (n, ctrl_n) = ctrl("n");
    keys.press(&mut app, n, ctrl_n);
    keys.type_text(
        &mut app,
        "T asks Ss to explain their reasoning to a partner",
    );
    keys.enter(&mut app);
    let stored = &app.observation().expect("open").observation().evidence;
    assert_eq!(stored.len(), 1, "Enter stored the note");

    assert!(
        keys.tab_to(&mut app, "Rate"),
        "Tab leaves the empty note for the tabs"
    );
    keys.enter(&mut app);
    keys.press(&mut app, Key::Character("3".into()), Modifiers::empty());
    let tally = app
        .observation()
        .expect("open")
        .observation()
        .rating_tally();
    assert_eq!(
        tally.to_string(),
        "1 rated",
        "3 rated the selected component"
    );

    assert!(keys.tab_to(&mut app, "Export PDF"));
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Browse…"));
    keys.tab(&mut app, true);
    let (a, ctrl_a) = ctrl("a");
    keys.press(&mut app, a, ctrl_a);
    let pdf = dir.path().join("Aroha observation.pdf");
    keys.type_text(&mut app, &pdf.display().to_string());
    let typed = pdf.display().to_string();
    assert!(
        common::ui::shows_text_where(&app, move |t| t == typed),
        "the path typed replaced the one suggested"
    );
    assert!(keys.tab_to(&mut app, "Export"));
    keys.enter(&mut app);
    let bytes = std::fs::read(&pdf).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn ctrl_z_takes_back_a_word_typed_and_ctrl_shift_z_puts_it_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    let mut keys = Keyboard::new(1366.0, 768.0);
    assert!(keys.tab_to(&mut app, "Add the first educator"));
    keys.enter(&mut app);
    keys.type_text(&mut app, "Aroha Ngata");
    let (z, ctrl_z) = ctrl("z");
    keys.press(&mut app, z.clone(), ctrl_z);
    assert!(
        common::ui::shows_text_where(&app, |t| t == "Aroha"),
        "the last word is taken back"
    );
    keys.press(&mut app, z.clone(), ctrl_z | Modifiers::SHIFT);
    assert!(
        common::ui::shows_text_where(&app, |t| t == "Aroha Ngata"),
        "and put back"
    );
    let (y, ctrl_y) = ctrl("y");
    keys.press(&mut app, z.clone(), ctrl_z);
    keys.press(&mut app, y, ctrl_y);
    assert!(
        common::ui::shows_text_where(&app, |t| t == "Aroha Ngata"),
        "Ctrl+Y redoes too"
    );
}

#[test]
fn in_a_note_ctrl_z_takes_back_typing_first_then_the_last_note_stored() {
    let dir = with_one_educator();
    let mut app = open_app(folders(&dir));
    let mut keys = Keyboard::new(1366.0, 768.0);
    assert!(keys.tab_to(&mut app, "Aroha Ngata"));
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Start observation"));
    keys.enter(&mut app);
    let (n, ctrl_n) = ctrl("n");
    keys.press(&mut app, n, ctrl_n);
    keys.type_text(&mut app, "Ss work in pairs");
    keys.enter(&mut app);
    keys.type_text(&mut app, "T circulates");
    let (z, ctrl_z) = ctrl("z");
    keys.press(&mut app, z.clone(), ctrl_z);
    let screen = app.observation().expect("open");
    assert_eq!(screen.observation().typing.note, "T", "the word typed last");
    assert_eq!(screen.observation().evidence.len(), 1);
    keys.press(&mut app, z.clone(), ctrl_z);
    let screen = app.observation().expect("open");
    assert_eq!(screen.observation().typing.note, "", "all the typing");
    assert_eq!(screen.observation().evidence.len(), 1);
    keys.press(&mut app, z, ctrl_z);
    let screen = app.observation().expect("open");
    assert!(
        screen.observation().evidence.is_empty(),
        "then the note stored, as before"
    );
    assert_eq!(
        screen.observation().typing.note,
        "Ss work in pairs",
        "back in the note field, not lost"
    );
}

#[test]
fn a_multi_line_field_takes_back_what_was_typed_line_by_line() {
    let dir = with_one_educator();
    let mut app = open_app(folders(&dir));
    let mut keys = Keyboard::new(1366.0, 1600.0);
    assert!(keys.tab_to(&mut app, "Aroha Ngata"));
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Start observation"));
    keys.enter(&mut app);
    assert!(keys.tab_to(&mut app, "Lesson"));
    keys.enter(&mut app);
    assert!(keys.tab_to_field_under(&mut app, "Pre-observation conference notes"));
    keys.type_text(&mut app, "Focus on questioning");
    let (z, ctrl_z) = ctrl("z");
    keys.press(&mut app, z.clone(), ctrl_z);
    let notes = |app: &teacher_eval::ui::App| {
        app.observation()
            .expect("open")
            .observation()
            .pre_conference
            .clone()
    };
    assert_eq!(notes(&app), "Focus on", "the last word, and only it");
    keys.press(&mut app, z, ctrl_z | Modifiers::SHIFT);
    assert_eq!(notes(&app), "Focus on questioning");
}
