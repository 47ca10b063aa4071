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

/// A workspace with one teacher on the 2013 framework.
fn with_one_educator() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    let mut e = sample_educator("edu-000000000001", "Aroha Ngata");
    e.rubric_id = "danielson-2013".into();
    ws.create(&e).expect("save");
    dir
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
    let dir = with_one_educator();
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
    assert!(common::ui::shows(&app, "Next / previous field or button"));
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

/// Where the keyboard's Ctrl+Down scrolls the rate tab's component list.
fn revealed(app: &mut App) -> Option<f32> {
    app.handle(Message::Observation(
        teacher_eval::ui::observation::Message::NextComponent,
    ))
    .iter()
    .find_map(|e| match e.job() {
        Job::Reveal(id, y) if *id == "component-list" => Some(*y),
        _ => None,
    })
}

#[test]
fn the_component_list_follows_the_keyboard() {
    let dir = with_one_educator();
    let mut app = open_app(folders(&dir));
    click(&mut app, "Aroha Ngata");
    click(&mut app, "Start observation");
    // The first component is chosen on opening; 21 steps reach the 22nd.
    let steps: Vec<f32> = (0..21)
        .map(|_| revealed(&mut app).expect("the list scrolls with each step"))
        .collect();
    assert!(steps.windows(2).all(|w| w[1] > w[0]), "{steps:?}");
    let last = steps[20];
    assert!(
        (last - 1.0).abs() < 1e-6,
        "the last component is at the end: {last}"
    );
    let wrapped = revealed(&mut app).expect("round to the first");
    assert!(wrapped.abs() < 1e-6, "back at the top: {wrapped}");
}

#[test]
fn ctrl_plus_and_minus_scale_the_window_and_ctrl_0_resets_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    assert!((app.scale_factor() - 1.0).abs() < 1e-6);
    common::ui::settle(&mut app, Message::TextSize(Some(true)));
    common::ui::settle(&mut app, Message::TextSize(Some(true)));
    assert!((app.scale_factor() - 1.25).abs() < 1e-6, "two steps up");
    common::ui::settle(&mut app, Message::TextSize(Some(false)));
    assert!((app.scale_factor() - 1.1).abs() < 1e-6, "one down");
    common::ui::settle(&mut app, Message::TextSize(None));
    assert!((app.scale_factor() - 1.0).abs() < 1e-6, "Ctrl+0: normal");
    common::ui::settle(
        &mut app,
        Message::ThemeChosen(teacher_eval::files::preferences::Appearance::HighContrast),
    );
    assert_eq!(
        app.theme().map(|t| t.to_string()).as_deref(),
        Some("teacher-eval high contrast")
    );
}

/// Ctrl+= pressed in the real window's way: the modifiers first, then the
/// key with its character (X11 gives "=" even with Ctrl held).
fn ctrl_equals() -> Vec<iced::Event> {
    use iced::keyboard::{self, Modifiers};
    let key = keyboard::Key::Character("=".into());
    vec![
        iced::Event::Keyboard(keyboard::Event::ModifiersChanged(Modifiers::CTRL)),
        iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers: Modifiers::CTRL,
            repeat: false,
            text: Some("=".into()),
        }),
    ]
}

#[test]
fn ctrl_equals_in_a_field_enlarges_the_window_and_types_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(folders(&dir));
    click(&mut app, "Add the first educator");
    common::ui::type_into(&mut app, "Full name, as it should appear on reports", "Ana");
    let mut ui = iced_test::simulator(app.view());
    ui.click("Ana").expect("the name field");
    ui.simulate(ctrl_equals());
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, Message::TextSize(Some(true)))),
        "Ctrl+= enlarges"
    );
    for message in messages {
        common::ui::settle(&mut app, message);
    }
    assert!((app.scale_factor() - 1.1).abs() < 1e-6);
    assert!(common::ui::shows(&app, "Ana"), "the name is as typed");
    assert!(!common::ui::shows(&app, "Ana="), "no '=' typed into it");
}

#[test]
fn a_file_dialog_that_chose_nothing_says_what_to_do_instead() {
    let dir = with_one_educator();
    let mut app = open_app(folders(&dir));
    click(&mut app, "Summary");
    common::ui::settle(&mut app, Message::SourcePicked(None));
    assert!(
        common::ui::shows_text_where(&app, |t| t.starts_with("No file was chosen.")
            && t.ends_with("type the path in the field instead.")),
        "Browse… with no dialog is not silent"
    );
    common::ui::settle(&mut app, Message::DismissNotice);
    common::ui::settle(
        &mut app,
        Message::FilePicked(teacher_eval::ui::roster::FileField::RosterCsv, None),
    );
    assert!(common::ui::shows_text_where(&app, |t| t.starts_with("No file was chosen.")));
}
