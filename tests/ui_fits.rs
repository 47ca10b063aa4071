//! Every screen at 1024x700 and at 1366x768: what must be seen is in view,
//! and no text is cut off at the side (a text wider than the room it is
//! given shows its visible part narrower than itself). Text below the fold
//! of a scrolling page is not cut off; it is scrolled to.

mod common;

use common::ui::{click, open_app, settle};
use iced_test::selector::Candidate;
use teacher_eval::files::folders::Folders;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

const SIZES: [(f32, f32); 2] = [(1024.0, 700.0), (1366.0, 768.0)];

/// The texts of the view at `size` cut off at the side, with their widths.
fn cut_off(app: &App, size: (f32, f32)) -> Vec<String> {
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), size, app.view());
    let cut = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let found = cut.clone();
    let _ = ui.find(move |candidate: Candidate<'_>| {
        if let Candidate::Text {
            bounds,
            visible_bounds,
            content,
            ..
        } = candidate
        {
            // A text squeezed to nothing by its neighbours is cut off wholly.
            let side_cut = bounds.width < 0.5
                || match visible_bounds {
                    // Wholly in view from top to bottom, yet narrower than itself.
                    Some(v) if v.height + 0.5 >= bounds.height => v.width + 1.0 < bounds.width,
                    // Out of view past the right edge, not below the fold.
                    None => bounds.x >= size.0 && bounds.y < size.1,
                    Some(_) => false,
                };
            if side_cut
                && !content.trim().is_empty()
                && let Ok(mut cut) = found.lock()
            {
                cut.push(format!("{content:?} ({:.0} px wide)", bounds.width));
            }
        }
        None::<()>
    });
    cut.lock().map(|c| c.clone()).unwrap_or_default()
}

/// Whether `text` is wholly in view at `size`.
fn in_view(app: &App, size: (f32, f32), text: &str) -> bool {
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), size, app.view());
    ui.find(text).is_ok_and(|found| {
        found.visible_bounds().is_some_and(|b| {
            b.x >= 0.0
                && b.y >= 0.0
                && b.x + b.width <= size.0 + 0.5
                && b.y + b.height <= size.1 + 0.5
        })
    })
}

/// Checks the screen open now at both sizes; `seen` must be in view.
fn fits(app: &App, screen: &str, seen: &[&str]) {
    for size in SIZES {
        let cut = cut_off(app, size);
        assert!(cut.is_empty(), "{screen} at {size:?}: cut off: {cut:?}");
        for text in seen {
            assert!(
                in_view(app, size, text),
                "{screen} at {size:?}: {text:?} is not in view"
            );
        }
    }
}

/// A workspace with one teacher, the longest names a district sends.
fn workspace(dir: &tempfile::TempDir) -> Folders {
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    let mut e = common::sample_educator(
        "edu-000000000001",
        "Maria-Guadalupe Hernández-Villanueva de la Cruz",
    );
    e.rubric_id = "danielson-2013".into();
    e.school = "Thurgood Marshall Academy for Learning and Social Change".into();
    ws.create(&e).expect("save");
    Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    }
}

#[test]
fn the_roster_the_educator_form_and_the_educator_page_fit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    fits(&app, "the roster", &["Educators", "Summary", "Keys (F1)"]);
    click(&mut app, "Add educator");
    fits(
        &app,
        "the educator form",
        &["Add an educator", "Save", "Cancel"],
    );
    click(&mut app, "Cancel");
    click(&mut app, "Maria-Guadalupe Hernández-Villanueva de la Cruz");
    fits(&app, "the educator page", &["Start observation"]);
}

#[test]
fn the_documents_and_calendar_panels_fit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    click(&mut app, "Documents…");
    fits(
        &app,
        "the documents panel",
        &["Documents for a school", "Write the documents", "Browse…"],
    );
    click(&mut app, "Calendar…");
    fits(&app, "the calendar panel", &["Year's calendar", "Close"]);
}

#[test]
fn every_tab_of_the_observation_fits() {
    use teacher_eval::ui::observation::{Message as Obs, Tab};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    click(&mut app, "Maria-Guadalupe Hernández-Villanueva de la Cruz");
    click(&mut app, "Start observation");
    for tab in [
        Tab::Lesson,
        Tab::Script,
        Tab::Rate,
        Tab::Conference,
        Tab::Artifacts,
        Tab::History,
    ] {
        settle(&mut app, Message::Observation(Obs::Tab(tab)));
        fits(
            &app,
            &format!("the observation's {tab:?} tab"),
            &["Export PDF", "Rate"],
        );
    }
}

#[test]
fn the_look_fors_of_a_walkthrough_fit() {
    use teacher_eval::ui::observation::{LookForMessage, Message as Obs};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    click(&mut app, "Maria-Guadalupe Hernández-Villanueva de la Cruz");
    click(&mut app, "Start observation");
    click(&mut app, "Walkthrough");
    click(&mut app, "Look-fors");
    fits(&app, "choosing a look-for form", &["Classroom walkthrough"]);
    settle(
        &mut app,
        Message::Observation(Obs::LookFor(LookForMessage::Choose(
            "classroom-walkthrough".into(),
        ))),
    );
    // Every item and its last answer in view at once: one page, no scrolling.
    fits(
        &app,
        "the look-fors",
        &[
            "The learning target is posted, and the teacher refers to it",
            "Talk between teacher and students, and among students, is respectful",
            "What the students were doing, in a few words",
            "4 All",
            "Export PDF",
        ],
    );
}

#[test]
fn the_summary_and_the_rubrics_fit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    click(&mut app, "Summary");
    fits(&app, "the summary", &["Compile"]);
    click(&mut app, "Rubrics");
    fits(&app, "the rubrics", &["Rubrics"]);
}

#[test]
fn the_evaluation_the_plan_and_the_self_assessment_fit() {
    use teacher_eval::ui::roster::Message as Roster;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(workspace(&dir));
    let year = "2026-27".to_string();
    let screens = [
        (
            "the summative evaluation",
            Roster::OpenSummative(year.clone()),
        ),
        ("the growth plan", Roster::OpenPlan(year.clone())),
        ("the self-assessment", Roster::OpenSelfAssessment(year)),
    ];
    for (screen, open) in screens {
        click(&mut app, "Maria-Guadalupe Hernández-Villanueva de la Cruz");
        settle(&mut app, Message::Roster(open));
        assert!(
            app.summative().is_some() || app.plan().is_some() || app.self_assessment().is_some(),
            "{screen} is open"
        );
        fits(&app, screen, &[]);
        click(&mut app, "← Educators");
    }
}
