//! An observation rated against a rubric that was edited since, or that is
//! not loaded, still opens; its ratings map by component id and level, and
//! what no longer fits is named and kept.

mod common;

use common::ui::{click, open_app, shows_text_where};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{RatingLevel, RubricMatch, match_rubric};
use teacher_eval::rubric::Catalog;
use teacher_eval::workspace::Workspace;

#[test]
fn an_edited_rubric_maps_by_id_and_keeps_what_no_longer_fits() {
    let catalog = Catalog::load(&[]);
    let entry = catalog.get("danielson-2013").expect("bundled");
    let mut o = common::sample_observation("obs-000000000001", "edu-000000000001");
    o.rubric_fingerprint = entry.fingerprint.clone();
    assert_eq!(match_rubric(&o, &catalog), RubricMatch::Same);

    // Rated against an earlier version: one rating on a component that is gone,
    // one on a level that does not exist, one tag that is gone.
    o.rubric_fingerprint = "0000".into();
    o.ratings[1].component = "9z".into();
    o.ratings[0].level = RatingLevel::Level(7);
    o.evidence[1].components.push("8y".into());
    let result = match_rubric(&o, &catalog);
    assert_eq!(
        result,
        RubricMatch::Changed {
            unmatched: vec!["3b level 7".into(), "9z".into(), "8y".into()]
        }
    );
    let warning = result.warning(&o).expect("a warning");
    assert!(
        warning.contains("has changed since this observation was recorded"),
        "{warning}"
    );
    assert!(warning.contains("3b level 7, 9z, 8y"), "{warning}");

    o.rubric_id = "retired-rubric".into();
    assert_eq!(match_rubric(&o, &catalog), RubricMatch::Missing);
}

#[test]
fn the_window_opens_it_with_the_warning_and_changes_nothing_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path;
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        ws.create(&common::sample_educator(
            "edu-000000000001",
            "Ingrid Lindqvist",
        ))
        .expect("save");
        let mut o = common::sample_observation("obs-000000000001", "edu-000000000001");
        o.ratings[1].component = "9z".into();
        ws.create(&o).expect("save");
        path = ws.path_of::<teacher_eval::record::Observation>("obs-000000000001");
    }
    let before = std::fs::read(&path).expect("read");
    let mut app = open_app(Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    });
    click(&mut app, "Ingrid Lindqvist");
    click(&mut app, "Formal observation (announced)");
    click(&mut app, "Lesson");
    assert!(shows_text_where(&app, |t| t
        .contains("has changed since this observation was recorded")
        && t.contains("9z")));
    // Said where the ratings are too, not only on the Lesson tab.
    click(&mut app, "Rate");
    assert!(shows_text_where(&app, |t| t
        .contains("has changed since this observation was recorded")
        && t.contains("9z")));
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "opening changes nothing"
    );
}
