//! The Summary screen's qualification filters: chips clicked in the window
//! narrow the compiled summary to who meets, or falls below, the role's
//! minimum degree, or holds at least a level.

mod common;

use common::sample_educator;
use common::ui::{click, open_app};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::DegreeLevel;
use teacher_eval::scoring::Profiles;
use teacher_eval::summary::DegreeStanding;
use teacher_eval::ui::summary::{Action, Message as Sum, SummaryScreen};
use teacher_eval::workspace::{Settings, Workspace};

/// A bachelor's and a master's teacher and one with no level recorded;
/// teachers need a master's.
fn school(root: &std::path::Path) {
    let w = Workspace::open(root).expect("workspace");
    let people = [
        (
            "edu-00000000000b",
            "Bea Bachelor",
            Some(DegreeLevel::Bachelor),
        ),
        ("edu-00000000000d", "Max Master", Some(DegreeLevel::Master)),
        ("edu-00000000000e", "Nia Unrecorded", None),
    ];
    for (id, name, level) in people {
        let mut e = sample_educator(id, name);
        e.qualifications.degree_level = level;
        w.create(&e).expect("educator written");
    }
    let mut settings = Settings::default();
    settings
        .minimum_degrees
        .insert("teacher".into(), DegreeLevel::Master);
    w.save_settings(&settings).expect("settings written");
}

fn names(app: &teacher_eval::ui::App) -> Vec<String> {
    let summary = app.summary().summary().expect("compiled");
    let mut names: Vec<String> = summary
        .educators
        .iter()
        .map(|row| row.line.display.clone())
        .collect();
    names.sort();
    names
}

#[test]
fn the_chips_narrow_the_summary_by_qualifications() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("school");
    school(&root);
    let mut app = open_app(Folders {
        workspace: root,
        rubric_dirs: vec![],
    });
    click(&mut app, "Summary");
    settle_year(&mut app);
    click(&mut app, "Compile");
    assert_eq!(names(&app).len(), 3);
    click(&mut app, "Below minimum");
    click(&mut app, "Compile");
    assert_eq!(names(&app), ["Bea Bachelor"]);
    click(&mut app, "Meets minimum");
    click(&mut app, "Compile");
    assert_eq!(names(&app), ["Max Master"], "the unrecorded is in neither");
    common::ui::settle(
        &mut app,
        teacher_eval::ui::Message::Summary(Sum::DegreeAtLeast(Some(DegreeLevel::Doctorate))),
    );
    click(&mut app, "Compile");
    assert_eq!(names(&app), Vec::<String>::new(), "both filters apply");
}

fn settle_year(app: &mut teacher_eval::ui::App) {
    common::ui::settle(
        app,
        teacher_eval::ui::Message::Summary(Sum::Year("2026-27".into())),
    );
}

#[test]
fn the_filters_chosen_go_into_the_compile_and_all_takes_them_off() {
    let mut screen = SummaryScreen::new("/nowhere".into(), &Profiles::load(&[]));
    let _ = screen.update(Sum::Qualified(Some(DegreeStanding::Below)));
    let _ = screen.update(Sum::DegreeAtLeast(Some(DegreeLevel::Specialist)));
    let Action::Compile { options, .. } = screen.update(Sum::Compile) else {
        panic!("Compile asks to compile");
    };
    assert_eq!(options.filter.qualified, Some(DegreeStanding::Below));
    assert_eq!(
        options.filter.degree_at_least,
        Some(DegreeLevel::Specialist)
    );
    let _ = screen.update(Sum::Qualified(None));
    let _ = screen.update(Sum::DegreeAtLeast(None));
    let Action::Compile { options, .. } = screen.update(Sum::Compile) else {
        panic!("Compile asks to compile");
    };
    assert_eq!(options.filter.qualified, None);
    assert_eq!(options.filter.degree_at_least, None);
}
