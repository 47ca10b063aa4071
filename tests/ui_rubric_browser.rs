//! The rubric browser, driven through `iced_test`'s simulator as a user would.

mod common;

use common::ui::{click, open_app};
use iced_test::simulator;
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::{App, Message, rubric_browser};

/// The app on an empty workspace, showing the rubric browser.
fn app(dir: &tempfile::TempDir) -> App {
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Rubrics");
    app
}

#[test]
fn choosing_a_rubric_and_a_component_shows_every_level_descriptor() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app(&dir);
    click(&mut app, "Framework for Teaching, 2022 structure");
    assert_eq!(app.browser().selected_rubric(), Some("danielson-2022"));

    click(&mut app, "Using Questioning and Discussion Techniques");
    assert_eq!(app.browser().selected_component(), Some("3b"));

    let rubric = &app.catalog().get("danielson-2022").expect("bundled").rubric;
    let component = rubric.component("3b").expect("3b");
    let mut ui = simulator(app.view());
    ui.find("3b Using Questioning and Discussion Techniques")
        .expect("title shown");
    for level in &rubric.levels {
        ui.find(format!("{} · {}", level.score, level.name).as_str())
            .unwrap_or_else(|e| panic!("level header {}: {e:?}", level.name));
        let descriptor = &component.descriptors[&level.score];
        ui.find(descriptor.as_str())
            .unwrap_or_else(|e| panic!("descriptor for {}: {e:?}", level.name));
    }
    for element in &component.elements {
        ui.find(format!("•  {element}").as_str())
            .expect("element listed");
    }
}

#[test]
fn the_coordinator_rubric_lists_its_school_level_responsibilities() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app(&dir);
    click(&mut app, "Educational Technology Coordinator");
    assert_eq!(app.browser().selected_rubric(), Some("edtech-coordinator"));
    let mut ui = simulator(app.view());
    ui.find("Domain H: High School Coordinator Responsibilities (high school only)")
        .expect("high school duties shown");
}

#[test]
fn a_coordinator_component_shows_its_nearest_framework_component() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app(&dir);
    click(&mut app, "Educational Technology Coordinator");
    // Domain 4 is below the fold of the component list; the list's message is the click.
    let _ = app.update(Message::Browser(rubric_browser::Message::SelectComponent(
        "4a".into(),
    )));
    assert_eq!(app.browser().selected_component(), Some("4a"));
    {
        let mut ui = simulator(app.view());
        ui.find(
            "Nearest in Framework for Teaching, 2013 structure: 4b Maintaining Accurate Records",
        )
        .expect("the crosswalk is shown");
    }

    // The framework's own components name none.
    click(&mut app, "Framework for Teaching, 2013 structure");
    let _ = app.update(Message::Browser(rubric_browser::Message::SelectComponent(
        "4b".into(),
    )));
    assert_eq!(app.browser().selected_component(), Some("4b"));
    let mut ui = simulator(app.view());
    assert!(ui.find("Nearest in").is_err());
}

#[test]
fn load_errors_are_shown_in_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("broken.ron"), "Rubric(").expect("write");
    let folders = Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![dir.path().to_path_buf()],
    };
    let mut app = open_app(folders);
    click(&mut app, "Rubrics");
    let catalog = app.catalog().clone();
    let mut ui = simulator(app.view());
    ui.find("1 problem in rubric files; those files were not loaded:")
        .expect("banner");
    ui.find(catalog.errors[0].to_string().as_str())
        .expect("the error itself");
}

#[test]
fn a_district_rubric_with_five_levels_shows_every_level() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rubrics = dir.path().join("rubrics");
    std::fs::create_dir_all(&rubrics).expect("mkdir");
    std::fs::write(rubrics.join("five.ron"), common::five_level_rubric()).expect("write");
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![rubrics],
    });
    click(&mut app, "Rubrics");
    click(&mut app, "District Five-Level Rubric");
    click(&mut app, "Component B2");
    let mut ui = simulator(app.view());
    ui.find("B2 Component B2").expect("the component is shown");
    for header in [
        "0 · Not Yet",
        "1 · Emerging",
        "2 · Developing",
        "3 · Effective",
        "4 · Exemplary",
    ] {
        ui.find(header)
            .unwrap_or_else(|e| panic!("{header}: {e:?}"));
    }
}
