//! One count, one wording: an observation's ratings are counted by one
//! function, so the observation's header, the educator page and
//! `observation list` (text and JSON) say the same numbers.

mod common;

use common::binary::{Home, stdout};
use common::ui::{click, open_app, settle, shows_text_where};
use common::{sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Rating, RatingLevel, RatingTally};
use teacher_eval::ui::Message;
use teacher_eval::workspace::Workspace;

fn rating(component: &str, level: RatingLevel) -> Rating {
    Rating {
        component: component.into(),
        level,
        rationale: String::new(),
        evidence: vec![],
    }
}

/// Two components rated, one marked not observed, and 2a rated twice in
/// the file (the first is the one used): "2 rated, 1 not observed".
fn workspace_with_one_observation(root: &std::path::Path) {
    let ws = Workspace::open(root).expect("open");
    let mut educator = sample_educator("edu-000000000001", "Aroha Ngata");
    educator.rubric_id = "danielson-2013".into();
    ws.create(&educator).expect("save educator");
    let mut observation = sample_observation("obs-000000000001", "edu-000000000001");
    observation.ratings = vec![
        rating("2a", RatingLevel::Level(3)),
        rating("3b", RatingLevel::Level(2)),
        rating("1a", RatingLevel::NotObserved),
        rating("2A", RatingLevel::Level(1)),
    ];
    ws.create(&observation).expect("save observation");
}

#[test]
fn the_header_the_educator_page_and_the_command_line_count_alike() {
    let home = Home::new();
    workspace_with_one_observation(&home.workspace);
    let said = "2 rated, 1 not observed";

    let listed = home.run(&["observation", "list"]);
    assert!(listed.status.success());
    assert!(stdout(&listed).contains(said), "{}", stdout(&listed));
    let json = home.run(&["observation", "list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(rows[0]["rated_count"], 2);
    assert_eq!(rows[0]["not_observed_count"], 1);

    let mut app = open_app(Folders {
        workspace: home.workspace.clone(),
        rubric_dirs: vec![],
    });
    click(&mut app, "Aroha Ngata");
    assert!(
        shows_text_where(&app, move |t| t.ends_with(&format!(" · {said}"))),
        "the educator page: {said}"
    );
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::OpenObservation(
            "obs-000000000001".into(),
        )),
    );
    assert!(app.observation().is_some());
    // 22 components in the 2013 framework, 3 decided.
    assert!(
        shows_text_where(&app, move |t| t.ends_with(&format!("{said}, 19 left"))),
        "the observation's header"
    );
}

#[test]
fn the_tally_reads_in_one_wording() {
    let none = RatingTally::default();
    assert_eq!(none.to_string(), "0 rated");
    let some = RatingTally {
        rated: 1,
        not_observed: 0,
    };
    assert_eq!(some.to_string(), "1 rated");
    let both = RatingTally {
        rated: 10,
        not_observed: 12,
    };
    assert_eq!(both.to_string(), "10 rated, 12 not observed");
    assert_eq!(both.decided(), 22);
}
