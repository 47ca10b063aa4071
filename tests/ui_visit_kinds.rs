//! The kind of visit in the window: a coordinator is offered a
//! coordinator's kinds, announced follows the kind until set by hand, the
//! Rate tab refuses what the kind does not rate and says why, and a rating
//! an older record holds outside its kind is shown and kept.

mod common;

use std::time::{Duration, Instant};

use common::ui::{click, open_app, settle, shows};
use common::{sample_educator, sample_observation};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::{Observation, ObservationKind, RatingLevel};
use teacher_eval::ui::observation::Message as Obs;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

fn folders(dir: &tempfile::TempDir) -> Folders {
    Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    }
}

fn obs(app: &mut App, message: Obs) {
    settle(app, Message::Observation(message));
}

fn quiet(app: &mut App) {
    obs(app, Obs::Tick(Instant::now() + Duration::from_secs(3)));
}

fn on_disk(dir: &tempfile::TempDir) -> Vec<Observation> {
    Workspace::open_read_only(&dir.path().join("ws"), "test")
        .expect("exists")
        .load()
        .observations
}

#[test]
fn a_coordinator_is_offered_a_coordinators_kinds_and_rates_within_the_kind() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let mut e = sample_educator("edu-00000000c0de", "Imani Okafor");
        e.role = "edtech-coordinator".into();
        e.rubric_id = "edtech-coordinator".into();
        e.level = teacher_eval::rubric::SchoolLevel::Middle;
        ws.create(&e).expect("save");
    }
    let mut app = open_app(folders(&dir));
    click(&mut app, "Imani Okafor");
    click(&mut app, "Start observation");
    click(&mut app, "Lesson");
    for kind in [
        "Professional development session",
        "Site visit",
        "Artifact review",
        "Planning conference",
    ] {
        assert!(shows(&app, kind), "offers {kind}");
    }
    for kind in ["Formal observation", "Walkthrough", "Virtual observation"] {
        assert!(!shows(&app, kind), "does not offer {kind}");
    }
    let screen = app.observation().expect("open").observation();
    assert_eq!(screen.kind, ObservationKind::ProfessionalDevelopment);
    assert!(screen.announced(), "a training session is announced");

    click(&mut app, "Site visit");
    let o = app.observation().expect("open").observation();
    assert_eq!(o.kind, ObservationKind::SiteVisit);
    assert!(!o.announced(), "a site visit is not, unless set so");
    // A kind the role has not is refused even as a message.
    obs(&mut app, Obs::Kind(ObservationKind::Walkthrough));
    assert_eq!(
        app.observation().expect("open").observation().kind,
        ObservationKind::SiteVisit
    );
    obs(&mut app, Obs::Announced(true));
    click(&mut app, "Planning conference");
    assert!(
        app.observation().expect("open").observation().announced(),
        "set by hand, and the conference's own default agrees"
    );
    click(&mut app, "Site visit");
    obs(&mut app, Obs::Announced(true));
    click(&mut app, "Artifact review");
    obs(&mut app, Obs::Announced(false));
    click(&mut app, "Site visit");
    assert!(
        !app.observation().expect("open").observation().announced(),
        "set by hand to unannounced, kept"
    );

    click(&mut app, "Rate");
    obs(&mut app, Obs::Select("3b".into()));
    assert!(shows(
        &app,
        "A site visit rates only the components of domains S, E, M and H and 2c, and 3b is not one of them."
    ));
    obs(&mut app, Obs::SetLevel(RatingLevel::Level(3)));
    obs(&mut app, Obs::Select("M5".into()));
    obs(&mut app, Obs::SetLevel(RatingLevel::Level(3)));
    quiet(&mut app);
    let saved = on_disk(&dir);
    assert_eq!(saved.len(), 1);
    let o = &saved[0];
    assert_eq!(o.kind, ObservationKind::SiteVisit);
    assert_eq!(o.announced, Some(false));
    assert!(o.rating("3b").is_none(), "refused");
    assert_eq!(o.rating("M5").map(|r| r.level), Some(RatingLevel::Level(3)));
}

#[test]
fn an_older_walkthrough_keeps_its_planning_rating_shown_and_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ws = Workspace::open(&dir.path().join("ws")).expect("open");
    let e = sample_educator("edu-000000000001", "Ana Ruiz");
    ws.create(&e).expect("save");
    let mut o = sample_observation("obs-000000000001", &e.id);
    o.kind = ObservationKind::Walkthrough;
    o.status = teacher_eval::record::Status::Draft;
    let planned = o
        .ratings
        .iter()
        .find(|r| r.component.starts_with('1'))
        .cloned();
    let planned = planned.unwrap_or_else(|| {
        let mut r = o.ratings[0].clone();
        r.component = "1a".into();
        o.ratings.push(r.clone());
        r
    });
    ws.create(&o).expect("save");
    drop(ws);
    let mut app = open_app(folders(&dir));
    click(&mut app, "Ana Ruiz");
    settle(
        &mut app,
        Message::Roster(teacher_eval::ui::roster::Message::OpenObservation(
            o.id.clone(),
        )),
    );
    click(&mut app, "Rate");
    obs(&mut app, Obs::Select(planned.component.clone()));
    assert!(shows(
        &app,
        "The rating recorded before is kept, and counts as it did."
    ));
    // Another level is refused; a change elsewhere saves the record with it.
    obs(&mut app, Obs::SetLevel(RatingLevel::Level(1)));
    obs(&mut app, Obs::Select("3b".into()));
    obs(&mut app, Obs::SetLevel(RatingLevel::Level(4)));
    quiet(&mut app);
    let saved = &on_disk(&dir)[0];
    assert_eq!(
        saved.rating(&planned.component),
        Some(&planned),
        "kept as it was"
    );
    assert_eq!(
        saved.rating("3b").map(|r| r.level),
        Some(RatingLevel::Level(4))
    );
}
