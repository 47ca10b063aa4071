//! Suggestions in the observation's Script tab, as a principal sees them:
//! each with its id and name, "no confident suggestion" rather than a guess,
//! tag chips named on hover, and every tag chosen or removed learned and kept
//! in the user's data folder (a damaged file set aside, never written over).

mod common;

use common::sample_educator;
use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use iced_test::simulator;
use teacher_eval::files::folders::Folders;
use teacher_eval::files::tagging_examples;
use teacher_eval::ui::observation::Message as Obs;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

const NOTE_FIELD: &str = "Type what you see or hear, then Enter. Tag with 3b: … or #3b";

/// An app on the Script tab of a new observation, its examples kept in `examples`.
fn scripting(dir: &tempfile::TempDir, examples: &std::path::Path) -> App {
    {
        let ws = Workspace::open(&dir.path().join("ws")).expect("open");
        let mut e = sample_educator("edu-000000000001", "Nguyễn Thị Hương");
        e.rubric_id = "danielson-2013".into();
        ws.create(&e).expect("save");
    }
    let folders = Folders {
        workspace: dir.path().join("ws"),
        rubric_dirs: vec![],
    };
    let read = tagging_examples::load(examples);
    let mut app = open_app(folders).with_tagging_examples(examples.to_path_buf(), read);
    click(&mut app, "Nguyễn Thị Hương");
    click(&mut app, "Start observation");
    click(&mut app, "Script");
    app
}

fn draft(app: &mut App, text: &str) {
    settle(app, Message::Observation(Obs::Draft(text.into())));
}

#[test]
fn suggestions_show_id_and_name_or_say_none_is_confident() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = scripting(&dir, &dir.path().join("examples.ron"));
    assert!(shows(&app, "components appear here as you type."));
    type_into(
        &mut app,
        NOTE_FIELD,
        "Exit ticket: 3 questions, sorted into piles after class",
    );
    assert!(shows(&app, "+ 3d Using Assessment in Instruction (Tab)"));
    draft(&mut app, "10:15");
    assert!(shows_text_where(&app, |t| t.starts_with("no confident suggestion")));
    assert!(
        !shows_text_where(&app, |t| t.starts_with("+ ")),
        "nothing is guessed"
    );
}

#[test]
fn tag_chips_name_their_component_on_hover() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = scripting(&dir, &dir.path().join("examples.ron"));
    settle(
        &mut app,
        Message::Observation(Obs::ToggleDraftTag("2c".into())),
    );
    draft(&mut app, "Bell-ringer on board, Ss start right away");
    settle(&mut app, Message::Observation(Obs::SubmitNote));
    // iced's tooltip overlay is drawn but not searchable by text: the
    // picture is compared instead. A chip's own hover look stays inside the
    // chip; its name appears below it, outside.
    let pictures = tempfile::tempdir().expect("tempdir");
    for (chip, name) in [
        ("2e", "Organizing Physical Space"),
        ("2c ×", "Managing Classroom Procedures"),
    ] {
        let mut ui = simulator(app.view());
        assert!(ui.find(name).is_err(), "{name} is shown only on hover");
        let before = pictures.path().join(format!("{}-before.png", chip.len()));
        let after = pictures.path().join(format!("{}-after.png", chip.len()));
        ui.snapshot(&iced::Theme::Light)
            .expect("drawn")
            .matches_image(&before)
            .expect("png");
        let bounds = ui
            .find(chip)
            .expect("the chip")
            .visible_bounds()
            .expect("visible");
        ui.point_at(bounds.center());
        let moved = iced::Event::Mouse(iced::mouse::Event::CursorMoved {
            position: bounds.center(),
        });
        let _ = ui.simulate([moved]);
        ui.snapshot(&iced::Theme::Light)
            .expect("drawn")
            .matches_image(&after)
            .expect("png");
        let drawn = |p: &std::path::Path| {
            p.with_file_name(format!(
                "{}-tiny-skia.png",
                p.file_stem().unwrap_or_default().to_string_lossy()
            ))
        };
        let changed = changed_outside(&drawn(&before), &drawn(&after), bounds);
        assert!(
            changed > 200,
            "hovering {chip} draws its name below it ({changed} pixels changed)"
        );
    }
}

/// How many pixels differ between two pictures outside `inside` (grown by 2 px).
fn changed_outside(a: &std::path::Path, b: &std::path::Path, inside: iced::Rectangle) -> usize {
    let read = |path: &std::path::Path| {
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(path).expect("png"),
        ));
        let mut reader = decoder.read_info().expect("png");
        let mut bytes = vec![0; reader.output_buffer_size().expect("fits")];
        let info = reader.next_frame(&mut bytes).expect("png");
        bytes.truncate(info.buffer_size());
        (bytes, info.width as usize)
    };
    let ((a, width), (b, _)) = (read(a), read(b));
    let grown = iced::Rectangle {
        x: inside.x - 2.0,
        y: inside.y - 2.0,
        width: inside.width + 4.0,
        height: inside.height + 4.0,
    };
    a.chunks(4)
        .zip(b.chunks(4))
        .enumerate()
        .filter(|(i, (p, q))| {
            let point = iced::Point::new((i % width) as f32, (i / width) as f32);
            p != q && !grown.contains(point)
        })
        .count()
}

#[test]
fn tags_chosen_and_removed_are_learned_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("data").join("tagging-examples.ron");
    let mut app = scripting(&dir, &file);
    let note = "Chromebooks handed out, Ss on the reading app";
    draft(&mut app, note);
    let first = |app: &App| {
        app.observation()
            .and_then(|o| o.suggestions().first().map(|s| s.id.clone()))
    };
    assert_ne!(first(&app).as_deref(), Some("2e"));
    settle(&mut app, Message::Observation(Obs::Draft(String::new())));
    for text in [
        "Chromebooks charged and put away",
        "Chromebooks out on every desk",
        "Ss fetch chromebooks from the cart",
        "Chromebooks stored by the window",
        "Two chromebooks not charged",
    ] {
        settle(
            &mut app,
            Message::Observation(Obs::ToggleDraftTag("2e".into())),
        );
        draft(&mut app, text);
        settle(&mut app, Message::Observation(Obs::SubmitNote));
    }
    assert_eq!(app.tagging_examples().len(), 5);
    let kept = tagging_examples::load(&file).expect("kept").examples;
    assert_eq!(
        kept,
        app.tagging_examples(),
        "written to the data folder as learned"
    );
    assert!(
        kept.iter()
            .all(|e| e.component == "2e" && e.chosen && e.rubric == "danielson-2013")
    );
    draft(&mut app, note);
    assert_eq!(
        first(&app).as_deref(),
        Some("2e"),
        "the component chosen each time is first"
    );

    // Removing a tag from a stored note is a labelled example too.
    let id = app.observation().expect("open").observation().evidence[0].id;
    settle(
        &mut app,
        Message::Observation(Obs::RemoveTag(id, "2e".into())),
    );
    let kept = tagging_examples::load(&file).expect("kept").examples;
    assert_eq!(kept.len(), 6);
    assert!(!kept[5].chosen);

    // The Rubrics page says what was learned and forgets it on request.
    settle(&mut app, Message::Observation(Obs::Draft(String::new())));
    click(&mut app, "← Educators");
    assert!(app.observation().is_none(), "closed");
    settle(&mut app, Message::Show(teacher_eval::ui::Screen::Rubrics));
    assert!(shows_text_where(&app, |t| t
        .starts_with("Learned from 6 tags you chose or removed")));
    click(&mut app, "Forget what suggestions learned");
    assert!(!file.exists());
    assert!(app.tagging_examples().is_empty());
    assert!(shows(
        &app,
        "Suggestions forgot the 6 tags they had learned from."
    ));
}

#[test]
fn a_damaged_examples_file_is_set_aside_with_a_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("tagging-examples.ron");
    std::fs::write(&file, "not examples at all").expect("write");
    let mut app = scripting(&dir, &file);
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("tagging-examples.damaged-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "set aside beside it");
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).expect("kept"),
        "not examples at all"
    );
    settle(&mut app, Message::Observation(Obs::Back));
    assert!(shows_text_where(&app, |t| t
        .contains("The tagging examples could not be read")));
    let kept = tagging_examples::load(&file).expect("a new file");
    assert!(
        kept.set_aside.is_none() && kept.examples.is_empty(),
        "nothing written over it"
    );
}
