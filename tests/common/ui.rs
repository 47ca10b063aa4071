//! Driving the window in tests: effects run at once, on this thread.

use iced_test::simulator;
use teacher_eval::files::folders::Folders;
use teacher_eval::rubric::Catalog;
use teacher_eval::ui::{App, Message};

/// The app on `folders`, with its workspace opened and loaded. Dates typed
/// in figures are read month first (as in the US), whatever this machine's locale.
pub fn open_app(folders: Folders) -> App {
    let catalog = Catalog::load(&folders.rubric_dirs);
    let (app, open) = App::new(folders, catalog);
    let mut app = app.with_date_order(teacher_eval::record::DateOrder::MonthFirst);
    if let Some(message) = open.run() {
        settle(&mut app, message);
    }
    app
}

/// Applies `message` and everything the work it starts reports back.
pub fn settle(app: &mut App, message: Message) {
    let mut queue = vec![message];
    while let Some(message) = queue.pop() {
        for effect in app.handle(message) {
            queue.extend(effect.run());
        }
    }
}

/// Clicks the text `label` in the current view and settles the messages.
pub fn click(app: &mut App, label: &str) {
    let mut ui = simulator(app.view());
    ui.click(label)
        .unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
    for message in ui.into_messages() {
        settle(app, message);
    }
}

/// Clicks the text field showing `placeholder`, types `text`, settles.
pub fn type_into(app: &mut App, placeholder: &str, text: &str) {
    let mut ui = simulator(app.view());
    ui.click(placeholder)
        .unwrap_or_else(|e| panic!("cannot click the field {placeholder:?}: {e:?}"));
    ui.typewrite(text);
    for message in ui.into_messages() {
        settle(app, message);
    }
}

/// True when `text` is shown in the current view.
pub fn shows(app: &App, text: &str) -> bool {
    simulator(app.view()).find(text).is_ok()
}

/// True when some text shown in the current view (a label or a field's
/// value) satisfies `test`.
pub fn shows_text_where(app: &App, test: impl Fn(&str) -> bool + Send + 'static) -> bool {
    use iced_test::selector::Candidate;
    let mut ui = simulator(app.view());
    ui.find(move |candidate: Candidate<'_>| match candidate {
        Candidate::Text { content, .. } if test(content) => Some(()),
        Candidate::TextInput { state, .. } if test(state.text()) => Some(()),
        _ => None,
    })
    .is_ok()
}

/// Presses `key` with no modifier, as the window's keyboard listener passes it on.
pub fn press(app: &mut App, key: iced::keyboard::key::Named) {
    settle(
        app,
        Message::Key(
            iced::keyboard::Key::Named(key),
            iced::keyboard::Modifiers::empty(),
        ),
    );
}
