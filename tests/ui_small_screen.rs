//! The window at 1024x700, the smallest screen it is laid out for: what a
//! message is about and the message are both in view.

mod common;

use common::ui::{click, open_app, settle};
use iced_test::selector::Candidate;
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::summary::Message as Sum;
use teacher_eval::ui::{App, Message};

const SMALL: (f32, f32) = (1024.0, 700.0);

fn in_view(app: &App, text: &str) -> bool {
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), SMALL, app.view());
    let Ok(found) = ui.find(text) else {
        return false;
    };
    found.visible_bounds().is_some_and(|b| {
        b.y >= 0.0 && b.y + b.height <= SMALL.1 && b.x >= 0.0 && b.x + b.width <= SMALL.0
    })
}

#[test]
fn a_summary_source_that_does_not_exist_is_said_under_its_field_in_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Summary");
    let missing = dir.path().join("no-such-folder");
    settle(
        &mut app,
        Message::Summary(Sum::SourceInput(missing.display().to_string())),
    );
    settle(&mut app, Message::Summary(Sum::AddSource));
    let said = format!("{} does not exist.", missing.display());
    assert!(in_view(&app, &said), "the problem is in view at 1024x700");
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), SMALL, app.view());
    let problem = ui.find(said.as_str()).map(|t| t.bounds()).expect("said");
    let filters = ui.find("Filters").map(|t| t.bounds()).expect("the filters");
    assert!(
        problem.y < filters.y,
        "said under the source field, before the filters"
    );
}

#[test]
fn a_compile_problem_is_said_where_the_compile_button_is() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Summary");
    settle(&mut app, Message::Summary(Sum::Year("next year".into())));
    settle(&mut app, Message::Summary(Sum::Compile));
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), SMALL, app.view());
    let problem = ui.find(|candidate: Candidate<'_>| match candidate {
        Candidate::Text {
            content, bounds, ..
        } if content.starts_with("`next year` is not a school year") => Some(bounds),
        _ => None,
    });
    let button = ui.find("Compile").map(|t| t.bounds());
    let (Ok(problem), Ok(button)) = (problem, button) else {
        panic!("both are shown");
    };
    assert!(
        problem.y < button.y,
        "the problem is above the button, not below it"
    );
}
