//! The district summary screen: compile the open workspace and another
//! principal's folder, read-only, with filters, de-identification and charts.

mod common;

use common::ui::{click, open_app, settle, shows, shows_text_where, type_into};
use teacher_eval::files::folders::Folders;
use teacher_eval::rubric::Catalog;
use teacher_eval::ui::summary::Message as Sum;
use teacher_eval::ui::{App, Message};
use teacher_eval::workspace::Workspace;

/// A demo district written into `dir/name`.
fn demo(dir: &tempfile::TempDir, name: &str, educators: usize, seed: u64) -> std::path::PathBuf {
    let root = dir.path().join(name);
    let ws = Workspace::open(&root).expect("open");
    let today = teacher_eval::clock::local_now().date_naive();
    teacher_eval::demo::write_demo(&ws, educators, seed, today, &Catalog::load(&[]), &|_, _| {})
        .expect("demo written");
    root
}

fn app(root: &std::path::Path) -> App {
    let mut app = open_app(Folders {
        workspace: root.to_path_buf(),
        rubric_dirs: vec![],
    });
    click(&mut app, "Summary");
    app
}

#[test]
fn compiles_the_workspace_and_another_folder_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 12, 1);
    let theirs = demo(&dir, "theirs", 8, 2);
    let before = common::snapshot(&theirs);
    let mut app = app(&mine);
    click(&mut app, "Compile");
    let summary = app.summary().summary().expect("compiled").clone();
    assert_eq!(summary.counts.educators, 12);
    assert!(shows_text_where(&app, |t| t.starts_with("12 educators at ")));
    assert!(
        shows_text_where(&app, |t| t.ends_with("· levels per component")),
        "the stacked bars"
    );
    assert!(
        shows_text_where(&app, |t| t
            .ends_with("· mean level by school and component")),
        "the heat map"
    );

    settle(
        &mut app,
        Message::Summary(Sum::SourceInput(theirs.display().to_string())),
    );
    click(&mut app, "Add");
    click(&mut app, "Compile");
    let both = app.summary().summary().expect("compiled");
    assert_eq!(
        both.counts.educators, 20,
        "another principal's educators are added"
    );
    assert_eq!(
        common::snapshot(&theirs),
        before,
        "their folder is only read"
    );
}

#[test]
fn de_identified_summaries_show_no_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 10, 3);
    let names: Vec<String> = Workspace::open_read_only(&mine, "test")
        .expect("exists")
        .load()
        .educators
        .iter()
        .map(|e| e.name.clone())
        .collect();
    let mut app = app(&mine);
    click(&mut app, "De-identify (codes instead of names)");
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t.starts_with("De-identified")));
    // Table cells show a word to a text: no name whole, and no word of one.
    for name in &names {
        let whole = name.clone();
        assert!(
            !shows_text_where(&app, move |t| t.contains(&whole)),
            "a name is shown"
        );
        for word in name.split(' ').filter(|w| w.len() > 2) {
            let word = word.to_string();
            assert!(
                !shows_text_where(&app, move |t| t.trim_end_matches(',') == word),
                "a word of {name} is shown"
            );
        }
    }
}

#[test]
fn a_bad_school_year_is_said_plainly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 3, 4);
    let mut app = app(&mine);
    settle(&mut app, Message::Summary(Sum::Year("next year".into())));
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t.starts_with("`next year` is not a school year")));
    assert!(shows(&app, "Choose the sources and filters, then Compile."));
}

#[test]
fn a_bundle_chosen_in_the_dialog_asks_for_its_passphrase_and_is_read_with_the_workspace() {
    use teacher_eval::workspace::bundle::{ExportFilter, Passphrase, Seal, export_to};
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 6, 5);
    let theirs = demo(&dir, "theirs", 4, 6);
    let contents = Workspace::open_read_only(&theirs, "test")
        .expect("exists")
        .load();
    let bundle = dir.path().join("theirs.bundle");
    let quick = Passphrase::new("their passphrase")
        .expect("not empty")
        .with_work_factor(4);
    export_to(
        &contents,
        &ExportFilter::default(),
        &Seal::Passphrase(quick),
        &bundle,
    )
    .expect("exported");
    let plain = dir.path().join("plain.bundle");
    export_to(&contents, &ExportFilter::default(), &Seal::Plain, &plain).expect("exported");
    let mut app = app(&mine);
    assert!(shows(&app, "Bundle…"), "a dialog for bundle files");
    settle(&mut app, Message::SourcePicked(Some(bundle.clone())));
    assert!(shows_text_where(&app, |t| t.starts_with("The bundle ")
        && t.ends_with(
            ": type its passphrase, or choose plain if it was not sealed."
        )));
    click(&mut app, "Add bundle");
    assert!(shows_text_where(&app, |t| t.starts_with("Type the bundle's passphrase")));
    type_into(&mut app, "The bundle's passphrase", "wrong");
    click(&mut app, "Add bundle");
    let shown = bundle.display().to_string();
    assert!(shows_text_where(&app, move |t| t == shown));
    assert!(shows(&app, "sealed bundle"));
    click(&mut app, "Compile");
    assert_eq!(
        app.summary().summary().expect("compiled").counts.educators,
        6
    );
    assert!(
        shows_text_where(&app, |t| t
            .contains("the passphrase given does not open it")),
        "the wrong passphrase is said, and the bundle left out"
    );

    settle(&mut app, Message::Summary(Sum::RemoveSource(0)));
    settle(&mut app, Message::SourcePicked(Some(bundle.clone())));
    type_into(&mut app, "The bundle's passphrase", "their passphrase");
    click(&mut app, "Add bundle");
    click(&mut app, "Compile");
    let both = app.summary().summary().expect("compiled");
    assert_eq!(
        both.counts.educators, 10,
        "the bundle's educators are added"
    );

    // A plain bundle is read only as a deliberate choice.
    settle(&mut app, Message::Summary(Sum::RemoveSource(0)));
    settle(&mut app, Message::SourcePicked(Some(plain.clone())));
    type_into(&mut app, "The bundle's passphrase", "their passphrase");
    click(&mut app, "Add bundle");
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t.contains("a sealed bundle was required")));
    settle(&mut app, Message::Summary(Sum::RemoveSource(0)));
    settle(&mut app, Message::SourcePicked(Some(plain.clone())));
    click(&mut app, "Plain (not encrypted)");
    assert!(shows(&app, "plain bundle"));
    click(&mut app, "Compile");
    assert_eq!(
        app.summary().summary().expect("compiled").counts.educators,
        10
    );
}

#[test]
fn de_identifying_offers_the_smallest_group_and_coded_schools() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("known");
    let known = common::known_district(&mine);
    let mut app = app(&mine);
    assert!(
        !shows(&app, "Schools as codes too"),
        "only when de-identifying"
    );
    assert!(
        shows(&app, "✓ CSV for Excel (byte-order mark)"),
        "on by default"
    );
    click(&mut app, "De-identify (codes instead of names)");
    click(&mut app, "Schools as codes too");
    settle(&mut app, Message::Summary(Sum::Year("2026-27".into())));
    settle(&mut app, Message::Summary(Sum::MinCell("10".into())));
    click(&mut app, "Compile");
    assert!(shows_text_where(&app, |t| t
        .contains("no group of fewer than 10 educators is shown")));
    assert!(shows_text_where(&app, |t| t.starts_with("School ")));
    let mut words: Vec<String> = known.educators.clone();
    words.extend(known.evaluators.clone());
    words.extend(known.schools.clone());
    words.push("Quill".into());
    for word in words {
        // Less the school levels' words, which the level chips show.
        let parts: Vec<String> = word
            .split(' ')
            .filter(|p| !["Elementary", "Middle", "High"].contains(p))
            .map(String::from)
            .collect();
        assert!(
            !shows_text_where(&app, move |t| t.contains(&word)),
            "a name or school is shown"
        );
        // A table cell shows a word to a text.
        assert!(
            !shows_text_where(&app, move |t| parts.iter().any(|p| t == p)),
            "a word of a name or school is shown"
        );
    }
}

/// The summary's export answers the summary (issue 14): the user opened an
/// observation while the PDF was being written, and the observation's own
/// export panel does not claim it; the summary shows it when shown again.
#[test]
fn a_summary_export_ending_while_an_editor_is_open_lands_on_the_summary() {
    use teacher_eval::ui::export_panel::Message as ExportMessage;
    use teacher_eval::ui::{Job, Screen, roster};
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 3, 1);
    let mut app = app(&mine);
    click(&mut app, "Compile");
    click(&mut app, "Export PDF");
    let target = dir.path().join("district.pdf");
    let path = ExportMessage::Path(target.display().to_string());
    settle(&mut app, Message::Summary(Sum::Export(path)));
    let held = app.handle(Message::Summary(Sum::Export(ExportMessage::Export)));
    assert!(held.iter().any(|e| matches!(e.job(), Job::Export(..))));

    let id = app.contents().expect("open").educators[0].id.clone();
    settle(&mut app, Message::Show(Screen::Roster));
    settle(&mut app, Message::Roster(roster::Message::Select(id)));
    settle(&mut app, Message::Roster(roster::Message::StartObservation));
    assert!(app.observation().is_some());
    click(&mut app, "Export PDF");
    assert!(shows(&app, "Export the observation report (PDF)"));

    for effect in held {
        if let Some(reply) = effect.run() {
            settle(&mut app, reply);
        }
    }
    assert!(target.exists(), "the summary was written");
    let on_summary = |t: &str| t.starts_with("Saved ") && t.contains("district.pdf");
    assert!(
        !shows_text_where(&app, on_summary),
        "not on the observation"
    );
    settle(&mut app, Message::Show(Screen::Summary));
    assert!(shows_text_where(&app, on_summary), "on the summary's panel");
}

#[test]
fn the_profile_picked_scores_everyone_and_is_named_above_the_result() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 6, 3);
    let mut app = app(&mine);
    assert!(shows(&app, "Scoring profile"), "the pick list's label");
    settle(
        &mut app,
        Message::Summary(Sum::Profile(Some("new-jersey-achievenj".into()))),
    );
    click(&mut app, "Compile");
    let summary = app.summary().summary().expect("compiled").clone();
    assert_eq!(summary.profiles.len(), 1);
    assert_eq!(summary.profiles[0].id, "new-jersey-achievenj");
    assert!(
        summary
            .educators
            .iter()
            .all(|r| r.line.profile_id == "new-jersey-achievenj")
    );
    assert!(shows(&app, "Scored under New Jersey AchieveNJ"));
    assert!(shows(
        &app,
        "Chosen for this summary: every educator is scored under it."
    ));
}

/// Every text and every identified container the view shows, with where it is on screen
/// (scrolled into place), collected from the simulator's widget tree.
#[derive(Default)]
struct Shown {
    /// On screen, where they show.
    texts: Vec<(String, iced::Rectangle)>,
    /// Every text, scrolled out of view or not, where it is laid out.
    laid_out: Vec<(String, iced::Rectangle)>,
    containers: Vec<(iced::widget::Id, iced::Rectangle)>,
}

fn shown<M>(ui: &mut iced_test::Simulator<'_, M>) -> Shown {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    let seen = Arc::new(Mutex::new(Shown::default()));
    let into = Arc::clone(&seen);
    let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
        let mut seen = into.lock().expect("not poisoned");
        match candidate {
            Candidate::Text {
                content,
                bounds,
                visible_bounds,
                ..
            } => {
                seen.laid_out.push((content.to_string(), bounds));
                if let Some(at) = visible_bounds {
                    seen.texts.push((content.to_string(), at));
                }
            }
            Candidate::Container {
                id: Some(id),
                visible_bounds: Some(at),
                ..
            } => seen.containers.push((id.clone(), at)),
            _ => {}
        }
        None
    });
    std::mem::take(&mut *seen.lock().expect("not poisoned"))
}

/// Issue 16: after scrolling, a bar's labels stayed where they were while
/// its bars moved ("E3 not rated", then "E3 57%"). At each scroll position,
/// every bar row on screen shows its own component's id and exactly the
/// shares its counts give, inside the row's bounds.
#[test]
fn bar_rows_show_their_own_id_and_shares_at_every_scroll_position() {
    use teacher_eval::summary::palette::level_tags;
    use teacher_eval::ui::summary::bars::{LABEL, row_id, segments};
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = demo(&dir, "mine", 40, 3);
    let mut app = app(&mine);
    click(&mut app, "Compile");
    let summary = app.summary().summary().expect("compiled").clone();
    let mut ui =
        iced_test::Simulator::with_size(iced::Settings::default(), (1366.0, 768.0), app.view());
    ui.point_at(iced::Point::new(900.0, 450.0));
    let mut rows_checked = 0;
    let mut first_row_tops = Vec::new();
    for _ in 0..16 {
        let on_screen = shown(&mut ui);
        for (r, rubric) in summary.rubrics.iter().enumerate() {
            let names: Vec<String> = rubric.levels.iter().map(|l| l.name.clone()).collect();
            let tags = level_tags(&names);
            for (c, component) in rubric.components.iter().enumerate() {
                let id = iced::widget::Id::from(row_id(r, c));
                let Some((_, row)) = on_screen.containers.iter().find(|(i, _)| *i == id) else {
                    continue;
                };
                if row.height < 19.0 {
                    continue; // cut by the viewport's edge
                }
                let inside: Vec<&str> = on_screen
                    .texts
                    .iter()
                    .filter(|(t, at)| !t.is_empty() && row.contains(at.center()))
                    .map(|(t, _)| t.as_str())
                    .collect();
                // A row is as wide as its id's column and its bar's segments.
                let bar_width = row.width - LABEL;
                let mut expected: Vec<String> = vec![component.id.clone()];
                if component.rated() == 0 {
                    expected.extend(["not".into(), "rated".into()]);
                }
                // Each label a word to a text (none holds a space: see `words`).
                expected.extend(
                    segments(&component.counts, bar_width, &tags)
                        .into_iter()
                        .filter_map(|s| s.label)
                        .flat_map(|l| l.split(' ').map(String::from).collect::<Vec<_>>()),
                );
                assert_eq!(inside, expected, "row {} of {}", component.id, rubric.title);
                if c == 0 {
                    first_row_tops.push(row.y);
                }
                rows_checked += 1;
            }
        }
        ui.simulate([iced::Event::Mouse(iced::mouse::Event::WheelScrolled {
            delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -2.0 },
        })]);
    }
    assert!(rows_checked > 100, "only {rows_checked} rows seen");
    assert!(
        first_row_tops.windows(2).any(|w| w[1] < w[0]),
        "the bars scrolled: {first_row_tops:?}"
    );
}

/// A rubric with 70 components (as the coordinators' is), in a summary of three schools.
fn seventy_components() -> teacher_eval::summary::Summary {
    use teacher_eval::rubric::Level;
    use teacher_eval::summary::{ComponentSummary, HeatMap, RubricSummary, Summary};
    let components: Vec<ComponentSummary> = (1..=70)
        .map(|i| ComponentSummary {
            id: format!("c{i}"),
            name: format!("Component number {i}"),
            domain_id: "1".into(),
            domain_name: "All".into(),
            counts: vec![1, 2, 3, 4],
            not_observed: 0,
            mean: Some(3.0),
        })
        .collect();
    let schools = vec!["Alder".to_string(), "Birch".into(), "Cedar".into()];
    let heat_map = HeatMap {
        components: components.iter().map(|c| c.id.clone()).collect(),
        cells: vec![vec![Some(2.5); 70]; 3],
        ratings: vec![vec![4; 70]; 3],
        educators: vec![vec![2; 70]; 3],
        withheld: vec![vec![false; 70]; 3],
        schools,
    };
    let level = |score: u32, name: &str| Level {
        score,
        name: name.into(),
        label: name[..1].into(),
    };
    Summary {
        rubrics: vec![RubricSummary {
            id: "coordinators".into(),
            title: "Coordinators".into(),
            levels: vec![
                level(1, "Unsatisfactory"),
                level(2, "Basic"),
                level(3, "Proficient"),
                level(4, "Distinguished"),
            ],
            educators: 3,
            observations: 3,
            components,
            domains: vec![],
            heat_map,
        }],
        ..Summary::default()
    }
}

/// Issue 16: the heat map squeezed 70 column labels into one unreadable
/// string. It shows a page of component ids, each its own label at a
/// readable size, turned with Next, Previous or Alt+arrows; hovering a
/// header names the component.
#[test]
fn seventy_components_page_through_the_heat_map_with_readable_headers() {
    use iced::keyboard::{Key, Modifiers, key::Named};
    use teacher_eval::ui::summary::SummaryScreen;
    let mut screen = SummaryScreen::new("here".into(), &teacher_eval::scoring::Profiles::load(&[]));
    screen.compiled(Ok(std::sync::Arc::new(seventy_components())), vec![]);
    let headers = |screen: &SummaryScreen| -> Vec<(String, iced::Rectangle)> {
        let mut ui = iced_test::Simulator::with_size(
            iced::Settings::default(),
            (1366.0, 768.0),
            screen.view(),
        );
        let mut heads: Vec<(String, iced::Rectangle)> = shown(&mut ui)
            .laid_out
            .into_iter()
            .filter(|(t, _)| t.starts_with('c') && t[1..].chars().all(|d| d.is_ascii_digit()))
            .collect();
        // The bars' labels come first; the heat map's headers are the ones right of them.
        heads.retain(|(_, at)| at.x > 500.0);
        heads
    };
    let first = headers(&screen);
    let ids: Vec<&str> = first.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(ids, (1..=12).map(|i| format!("c{i}")).collect::<Vec<_>>());
    for (id, at) in &first {
        assert!(
            at.height >= 13.0 && at.width >= 12.0,
            "{id} is too small: {at:?}"
        );
    }
    assert!(
        first
            .windows(2)
            .all(|w| w[0].1.x + w[0].1.width <= w[1].1.x),
        "headers overlap: {first:?}"
    );
    assert!(shows_in(
        &screen,
        "Components c1 to c12 of 70 (page 1 of 6)"
    ));

    let mut ui = scrolled_to_the_heat_map(&screen);
    ui.click("Next ›").expect("a Next button");
    for message in ui.into_messages() {
        let _ = screen.update(message);
    }
    let ids: Vec<String> = headers(&screen).into_iter().map(|(t, _)| t).collect();
    assert_eq!(ids.first().map(String::as_str), Some("c13"));
    assert_eq!(ids.last().map(String::as_str), Some("c24"));

    screen.key(&Key::Named(Named::ArrowRight), Modifiers::ALT);
    for _ in 0..9 {
        screen.key(&Key::Named(Named::ArrowRight), Modifiers::ALT);
    }
    assert!(shows_in(
        &screen,
        "Components c61 to c70 of 70 (page 6 of 6)"
    ));
    screen.key(&Key::Named(Named::ArrowLeft), Modifiers::ALT);
    assert!(shows_in(
        &screen,
        "Components c49 to c60 of 70 (page 5 of 6)"
    ));
    screen.key(&Key::Named(Named::ArrowLeft), Modifiers::empty());
    assert!(
        shows_in(&screen, "Components c49 to c60 of 70 (page 5 of 6)"),
        "Alt is needed"
    );

    let mut ui = scrolled_to_the_heat_map(&screen);
    let on_screen = shown(&mut ui).texts;
    let (_, at) = on_screen
        .iter()
        .find(|(t, _)| t == "c50")
        .expect("c50 scrolled into view");
    ui.point_at(at.center());
    ui.simulate([iced::Event::Mouse(iced::mouse::Event::CursorMoved {
        position: at.center(),
    })]);
    for message in ui.into_messages() {
        let _ = screen.update(message);
    }
    assert!(
        shows_in(&screen, "c50 Component number 50"),
        "pointing names the component"
    );
}

/// The screen at 1366x768, its results scrolled down past the 70 bars to the heat map.
fn scrolled_to_the_heat_map(
    screen: &teacher_eval::ui::summary::SummaryScreen,
) -> iced_test::Simulator<'_, teacher_eval::ui::summary::Message> {
    let mut ui =
        iced_test::Simulator::with_size(iced::Settings::default(), (1366.0, 768.0), screen.view());
    ui.point_at(iced::Point::new(900.0, 450.0));
    ui.simulate([iced::Event::Mouse(iced::mouse::Event::WheelScrolled {
        delta: iced::mouse::ScrollDelta::Pixels { x: 0.0, y: -1200.0 },
    })]);
    ui
}

fn shows_in(screen: &teacher_eval::ui::summary::SummaryScreen, text: &str) -> bool {
    iced_test::simulator(screen.view()).find(text).is_ok()
}

/// One educator of a long list, at a school whose name has spaces.
fn listed(i: usize) -> teacher_eval::summary::EducatorLine {
    teacher_eval::summary::EducatorLine {
        educator_id: format!("edu-{i}"),
        display: format!("Family{i}, Given{i}"),
        school: format!("School {} Annex", i % 3),
        level: None,
        role: "teacher".into(),
        evaluator: String::new(),
        observations: i % 2,
        profile_id: String::new(),
        score: None,
        rating: None,
        practice_score: None,
        practice_rating: None,
        pending: false,
        signed_elsewhere: None,
        rating_stored: false,
        improvement_plan: false,
    }
}

/// The words laid out on the line of the text `first`, left to right.
fn line_of(shown: &Shown, first: &str) -> Vec<String> {
    let Some((_, at)) = shown.laid_out.iter().find(|(t, _)| t == first) else {
        return Vec::new();
    };
    let mut line: Vec<&(String, iced::Rectangle)> = shown
        .laid_out
        .iter()
        .filter(|(_, b)| (b.center_y() - at.center_y()).abs() < 2.0)
        .collect();
    line.sort_by(|a, b| a.1.x.total_cmp(&b.1.x));
    line.into_iter().map(|(t, _)| t.clone()).collect()
}

/// Issue 16: a district's lists ran to 1,207 rows, every one laid out on
/// every message and passed every wheel event. A list shows a hundred rows
/// at a time, turned with Previous and Next; rows off the page are not
/// built; each row shows its own cells, a word to a text.
#[test]
fn a_long_list_shows_a_page_of_rows_each_with_its_own_cells() {
    use teacher_eval::ui::summary::{Message, SummaryScreen, table::List};
    let summary = teacher_eval::summary::Summary {
        coverage: (0..250).map(listed).collect(),
        min_observations: 2,
        ..teacher_eval::summary::Summary::default()
    };
    let mut screen = SummaryScreen::new("here".into(), &teacher_eval::scoring::Profiles::load(&[]));
    screen.compiled(Ok(std::sync::Arc::new(summary)), vec![]);
    let laid_out = |screen: &SummaryScreen| {
        let mut ui = iced_test::Simulator::with_size(
            iced::Settings::default(),
            (1366.0, 768.0),
            screen.view(),
        );
        shown(&mut ui)
    };
    let first = laid_out(&screen);
    let has = |shown: &Shown, text: &str| shown.laid_out.iter().any(|(t, _)| t == text);
    assert!(has(&first, "Rows 1 to 100 of 250 (page 1 of 3)"));
    assert!(has(&first, "Given0") && has(&first, "Given99"));
    assert!(!has(&first, "Given100"), "a row off the page is built");
    assert_eq!(
        line_of(&first, "Family7,"),
        ["Family7,", "Given7", "School", "1", "Annex", "1"]
    );
    assert!(
        first
            .laid_out
            .iter()
            .all(|(t, _)| !t.starts_with("Family") || !t.contains(' ')),
        "a cell's words are texts of their own"
    );

    let _ = screen.update(Message::TablePage {
        list: List::Coverage,
        page: 2,
    });
    let last = laid_out(&screen);
    assert!(has(&last, "Rows 201 to 250 of 250 (page 3 of 3)"));
    assert!(has(&last, "Given249") && !has(&last, "Given199"));
    assert_eq!(
        line_of(&last, "Family248,"),
        ["Family248,", "Given248", "School", "2", "Annex", "0"]
    );
    let _ = screen.update(Message::TablePage {
        list: List::Coverage,
        page: 9,
    });
    assert!(
        has(&laid_out(&screen), "Rows 201 to 250 of 250 (page 3 of 3)"),
        "past the end: the last page"
    );
}

/// `words` lays a line out a word to a text, so no paragraph drawn holds
/// a space (a space is never cached: see `ui::summary::words`).
#[test]
fn words_are_texts_of_their_own() {
    use teacher_eval::ui::summary::words::words;
    let texts = |line: &str| {
        let mut ui = iced_test::simulator(words(line, 13.0));
        shown(&mut ui)
            .laid_out
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>()
    };
    assert_eq!(texts("Family7,  Given7 Jo"), ["Family7,", "Given7", "Jo"]);
    assert_eq!(texts("57%"), ["57%"]);
    assert_eq!(texts(""), [""]);
}
