//! The year's calendar in the window, through `iced_test`'s simulator:
//! planning a visit from an educator's page (checked on disk), choosing
//! the state's rules in the Calendar panel, and what it then says is due,
//! at 1024x700.

mod common;

use common::ui::{click, open_app, shows, shows_text_where, type_into};
use common::{sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Employment, ObservationKind, PlannedVisit};
use teacher_eval::ui::App;
use teacher_eval::workspace::Workspace;

const E1: &str = "edu-000000000001";
const WHEN: &str = "When, e.g. 2027-01-12 09:40";
const SMALL: (f32, f32) = (1024.0, 700.0);

/// A tenured teacher observed yesterday (formal, the conference held).
fn workspace(dir: &tempfile::TempDir) -> Folders {
    let root = dir.path().join("ws");
    let w = Workspace::open(&root).expect("workspace");
    let mut e = sample_educator(E1, "Nguyễn Thị Hương");
    e.employment = Employment::Tenured;
    w.create(&e).expect("educator");
    let mut o = sample_observation("obs-000000000001", E1);
    o.started_at = teacher_eval::record::now() - chrono::Duration::days(1);
    o.kind = ObservationKind::Formal;
    o.post_conference = "Held the next morning.".into();
    w.create(&o).expect("observation");
    Folders {
        workspace: root,
        rubric_dirs: vec![],
    }
}

fn planned(folders: &Folders) -> Vec<PlannedVisit> {
    Workspace::open_read_only(&folders.workspace, "test")
        .expect("exists")
        .planned_visits()
        .0
}

fn in_view(app: &App, text: &str) -> bool {
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), SMALL, app.view());
    ui.find(text).is_ok_and(|found| {
        found
            .visible_bounds()
            .is_some_and(|b| b.y >= 0.0 && b.y + b.height <= SMALL.1 && b.x + b.width <= SMALL.0)
    })
}

#[test]
fn a_visit_is_planned_from_the_educators_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let mut app = open_app(folders.clone());
    click(&mut app, "Nguyễn Thị Hương");
    click(&mut app, "Plan a visit…");
    assert!(shows(&app, "Plan a visit"));
    assert!(in_view(&app, "Plan visit"), "the form fits 1024x700");
    click(&mut app, "Informal observation");
    // A time is never guessed: "9:40" without AM or PM is refused, and nothing is written.
    type_into(&mut app, WHEN, "2027-01-12 9:40");
    click(&mut app, "Plan visit");
    assert!(shows_text_where(&app, |t| t.contains("is not a date and a time")));
    assert!(planned(&folders).is_empty());
    assert!(!folders.workspace.join("planned").exists());
    // Typed again, with a room.
    click(&mut app, "Cancel");
    click(&mut app, "Plan a visit…");
    click(&mut app, "Informal observation");
    type_into(&mut app, WHEN, "2027-01-12 09:40");
    type_into(&mut app, "Room (optional)", "Room 114");
    click(&mut app, "Plan visit");
    assert!(shows_text_where(&app, |t| t.starts_with("Planned: Informal (unannounced)")));
    let visits = planned(&folders);
    assert_eq!(visits.len(), 1);
    let v = &visits[0];
    assert_eq!(
        (v.kind, v.announced, v.room.as_str()),
        (ObservationKind::Informal, false, "Room 114")
    );
    assert_eq!(
        v.at.format("%Y-%m-%d %H:%M").to_string(),
        "2027-01-12 09:40"
    );
    assert!(!shows(&app, "Plan visit"), "the form closes");
}

#[test]
fn the_calendar_asks_for_the_rules_then_says_what_is_due() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = workspace(&dir);
    let mut app = open_app(folders.clone());
    click(&mut app, "Calendar…");
    assert!(shows(&app, "Year's calendar"));
    assert!(shows_text_where(&app, |t| t.contains("no state's rules chosen")));
    click(&mut app, "New Jersey");
    let settings = std::fs::read_to_string(folders.workspace.join("settings.ron")).expect("saved");
    assert!(
        settings.contains("compliance_rules: Some(\"new-jersey\")"),
        "{settings}"
    );
    assert!(shows_text_where(&app, |t| t.contains(
        "1 of 2 observations; an unannounced one still to do by"
    )));
    assert!(in_view(&app, "What is due"), "the agenda fits 1024x700");
    assert!(shows(
        &app,
        "No visit is planned from today on; plan one from an educator's page."
    ));
    // A row opens the educator's page.
    click(&mut app, "Close");
    assert!(!shows(&app, "Year's calendar"));
    click(&mut app, "Calendar…");
    assert!(shows_text_where(&app, |t| t
        .contains("Nguyễn Thị Hương: 1 of 2 observations")));
    click_where(&mut app, |t| {
        t.contains("Nguyễn Thị Hương: 1 of 2 observations")
    });
    assert!(shows(&app, "Plan a visit…"), "the educator's page");
}

/// Clicks the first text that satisfies `test`.
fn click_where(app: &mut App, test: impl Fn(&str) -> bool + Send + 'static) {
    use iced_test::selector::Candidate;
    let mut ui = iced_test::simulator(app.view());
    let found = ui
        .find(move |c: Candidate<'_>| match c {
            Candidate::Text { content, .. } if test(content) => Some(content.to_string()),
            _ => None,
        })
        .expect("shown");
    drop(ui);
    click(app, &found);
}
