//! The search panel in the window, through `iced_test`'s simulator and the
//! application's `update`: typing a search, the results, choosing one with
//! the keys and opening it where it was found.

mod common;

use common::ui::{click, open_app, settle, shows, type_into};
use common::{sample_educator, sample_observation};
use iced::keyboard::{Key, key::Named};
use teacher_eval::files::folders::Folders;
use teacher_eval::record::Status;
use teacher_eval::search::Place;
use teacher_eval::ui::observation::Tab;
use teacher_eval::ui::search::{Message as Search, SearchPanel};
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

const FIELD: &str = "Words from notes, rationales, conferences, comments… or \"a phrase\"";
const E1: &str = "edu-000000000001";
const OBS: &str = "obs-000000000001";

fn demo(dir: &tempfile::TempDir) -> Folders {
    let root = dir.path().join("ws");
    common::copy_dir(&common::binary::demo(24), &root);
    Folders {
        workspace: root,
        rubric_dirs: vec![],
    }
}

/// One educator with one observation (`sample_observation`), its
/// post-conference notes holding a word found nowhere else.
fn small(dir: &tempfile::TempDir) -> Folders {
    let root = dir.path().join("ws");
    let w = Workspace::open(&root).expect("workspace");
    w.create(&sample_educator(E1, "Nguyễn Thị Hương"))
        .expect("educator");
    let mut observation = sample_observation(OBS, E1);
    observation.status = Status::Draft;
    observation.post_conference = "Agreed to try a zanzibar routine.".into();
    w.create(&observation).expect("observation");
    Folders {
        workspace: root,
        rubric_dirs: vec![],
    }
}

/// Ctrl+F, then `words` in the field (which keeps the last search's words).
fn search_for(app: &mut App, words: &str) {
    settle(app, Message::Search(Search::Open));
    assert!(app.search().is_open());
    settle(app, Message::Search(Search::Typed(words.into())));
}

#[test]
fn exit_ticket_is_found_and_opens_on_the_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(demo(&dir));
    click(&mut app, "Search (Ctrl+F)");
    assert!(
        app.search().is_open(),
        "the header's button opens the panel"
    );
    type_into(&mut app, FIELD, "exit ticket");
    assert_eq!(app.search().typed(), "exit ticket");
    let hits = app.search().hits().to_vec();
    assert!(hits.len() > 2, "the demo has exit tickets: {hits:?}");
    assert!(
        shows(&app, &hits[0].place.label()),
        "each result says where it is"
    );
    assert!(
        common::ui::shows_text_where(&app, |t| t.contains("matches in") && t.contains("records")),
        "the panel counts what it found"
    );

    // Down chooses the second result; Enter opens it at the note.
    assert!(matches!(
        SearchPanel::key(&Key::Named(Named::ArrowDown)),
        Some(Search::Move(1))
    ));
    let evidence = hits
        .iter()
        .position(|h| matches!(h.place, Place::Evidence { .. }));
    let chosen = evidence.expect("a note among the results");
    for _ in 0..chosen {
        settle(&mut app, Message::Search(Search::Move(1)));
    }
    assert_eq!(app.search().chosen(), Some(&hits[chosen]));
    settle(&mut app, Message::Search(Search::Submit));
    assert!(!app.search().is_open(), "opening a result closes the panel");
    let screen = app.observation().expect("the observation opened");
    assert_eq!(screen.observation().id, hits[chosen].record_id);
    assert_eq!(screen.tab(), Tab::Script);
    let Place::Evidence { note, .. } = hits[chosen].place else {
        unreachable!("chosen as a note")
    };
    assert_eq!(screen.found_note(), Some(note));
    let text = &screen
        .observation()
        .evidence
        .iter()
        .find(|n| n.id == note)
        .expect("the note")
        .text;
    assert!(shows(&app, text), "the note found is on screen");
}

#[test]
fn an_answer_to_an_older_search_is_never_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(small(&dir));
    settle(&mut app, Message::Search(Search::Open));
    let older = app.handle(Message::Search(Search::Typed("reasoning".into())));
    let newer = app.handle(Message::Search(Search::Typed("zanzibar".into())));
    assert_eq!(older.len(), 1);
    assert!(
        older[0].clone().run().is_none(),
        "the older search was stopped"
    );
    for effect in newer {
        let answer = effect.run().expect("the newer search answers");
        settle(&mut app, answer);
    }
    assert_eq!(app.search().hits().len(), 1);
    assert_eq!(app.search().hits()[0].place, Place::PostConference);
    // A late answer to the first search, however it got through, is dropped.
    let stale = teacher_eval::search::Found::default();
    settle(&mut app, Message::Search(Search::Found(1, Box::new(stale))));
    assert_eq!(
        app.search().hits().len(),
        1,
        "still the newer search's answer"
    );
}

#[test]
fn results_open_on_the_tab_that_holds_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(small(&dir));
    search_for(&mut app, "zanzibar");
    settle(&mut app, Message::Search(Search::Submit));
    let screen = app.observation().expect("opened");
    assert_eq!(screen.tab(), Tab::Conference);

    // From the open observation: Ctrl+F, a rationale, Enter.
    search_for(&mut app, "questions reasoning");
    let hit = app.search().chosen().cloned().expect("a result");
    assert_eq!(
        hit.place,
        Place::Rationale {
            component: "3b".into()
        }
    );
    settle(&mut app, Message::Search(Search::Submit));
    let screen = app.observation().expect("open");
    assert_eq!(screen.tab(), Tab::Rate);
    assert_eq!(screen.selected(), Some("3b"));
}

#[test]
fn escape_closes_and_what_is_not_a_search_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = open_app(small(&dir));
    search_for(&mut app, "?!");
    assert!(shows(
        &app,
        "Type a word to search for: letters or figures, not only punctuation."
    ));
    settle(
        &mut app,
        Message::Search(Search::Typed("?! xylophone".into())),
    );
    assert!(common::ui::shows_text_where(&app, |t| t.starts_with(
        "Nothing typed in the workspace matches “?! xylophone”"
    )));
    assert!(matches!(
        SearchPanel::key(&Key::Named(Named::Escape)),
        Some(Search::Close)
    ));
    settle(&mut app, Message::Search(Search::Close));
    assert!(!app.search().is_open());
    assert!(!shows(&app, FIELD));
}
