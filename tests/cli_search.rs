//! `teacher-eval search TEXT [--json] [--educator ID] [--limit N]` run as a
//! process: on a demo district, and on a small workspace of known records
//! (the trash, archived educators, unreadable files, other scripts).

mod common;

use common::binary::{Home, stderr, stdout};
use common::{sample_educator, sample_observation};
use serde_json::Value;
use teacher_eval::record::{EvidenceKind, EvidenceNote, Observation, Status};
use teacher_eval::workspace::Workspace;

const E1: &str = "edu-000000000001";
const E2: &str = "edu-000000000002";
const DRAFT: &str = "obs-000000000003";

fn json(home: &Home, args: &[&str]) -> Value {
    let out = home.run(args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("one JSON object")
}

/// Two educators; the first's observation has notes in several scripts,
/// and a draft of the second holds a word found nowhere else.
fn small() -> Home {
    let home = Home::new();
    let w = Workspace::open(&home.workspace).expect("workspace");
    w.create(&sample_educator(E1, "Nguyễn Thị Hương"))
        .expect("educator");
    w.create(&sample_educator(E2, "Zoë Brontë-Øster"))
        .expect("educator");
    let mut shared = sample_observation("obs-000000000001", E1);
    let note = |id: u32, text: &str| EvidenceNote {
        id,
        offset_secs: u64::from(id) * 60,
        at: shared.started_at,
        text: text.into(),
        kind: EvidenceKind::ObservedAction,
        components: vec!["3d".into()],
        names_students: false,
    };
    shared.evidence.push(note(10, "学生在教室里讨论出口票。"));
    shared
        .evidence
        .push(note(11, "Ο ΔΆΣΚΑΛΟΣ ρωτά· Учитель спрашивает."));
    shared
        .evidence
        .push(note(12, "Élèves: EXIT-TICKETS handed in at 10:40."));
    w.create(&shared).expect("observation");
    let mut draft: Observation = sample_observation(DRAFT, E2);
    draft.status = Status::Draft;
    draft.post_conference = "We agreed on a zanzibar routine for transitions.".into();
    w.create(&draft).expect("draft");
    home
}

#[test]
fn exit_ticket_is_found_in_the_demo_as_a_new_user_types_it() {
    let home = Home::with_demo(24);
    let out = home.run(&["search", "exit", "ticket"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.to_lowercase().contains("exit ticket"), "{text}");
    assert!(text.contains("Observation obs-"), "{text}");
    assert!(
        text.lines().last().is_some_and(|l| l.contains("records")),
        "{text}"
    );

    let found = json(&home, &["search", "exit ticket", "--json", "--limit", "3"]);
    let total = found["total"].as_u64().expect("a count");
    assert!(total > 3, "the demo has more than three: {found}");
    assert_eq!(found["shown"], 3);
    assert_eq!(found["query"], "exit ticket");
    let results = found["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    for hit in results {
        for key in [
            "kind",
            "record_id",
            "educator_id",
            "educator_name",
            "archived",
            "school_year",
            "place",
            "place_label",
            "note_id",
            "component",
            "at",
            "exact",
            "snippet",
            "snippet_marks",
            "marks",
        ] {
            assert!(hit.get(key).is_some(), "{key} missing from {hit}");
        }
        let snippet = hit["snippet"].as_str().expect("a snippet");
        let [start, end] = [0, 1].map(|i| hit["snippet_marks"][0][i].as_u64().expect("a mark"));
        let marked =
            &snippet[usize::try_from(start).expect("small")..usize::try_from(end).expect("small")];
        assert!(
            marked
                .to_lowercase()
                .replace('-', " ")
                .starts_with("exit ticket"),
            "{marked}"
        );
    }
    assert_eq!(results[0]["exact"], true, "phrase matches first");
}

#[test]
fn marks_point_into_the_field_as_stored() {
    let home = small();
    let found = json(&home, &["search", "exit-ticket", "--json"]);
    assert_eq!(found["total"], 1, "{found}");
    let hit = &found["results"][0];
    assert_eq!(hit["place"], "evidence");
    assert_eq!(hit["note_id"], 12);
    assert_eq!(hit["educator_name"], "Nguyễn Thị Hương");
    let text = "Élèves: EXIT-TICKETS handed in at 10:40.";
    let start = usize::try_from(hit["marks"][0][0].as_u64().expect("a mark")).expect("small");
    let end = usize::try_from(hit["marks"][0][1].as_u64().expect("a mark")).expect("small");
    assert_eq!(&text[start..end], "EXIT-TICKET");
    assert_eq!(json(&home, &["search", "eleves", "--json"])["total"], 1);
}

#[test]
fn any_script_is_found() {
    let home = small();
    for word in ["教室", "出口票", "δάσκαλος", "УЧИТЕЛЬ"] {
        let found = json(&home, &["search", word, "--json"]);
        assert_eq!(found["total"], 1, "{word}: {found}");
    }
}

#[test]
fn no_match_is_a_sentence_and_success() {
    let home = small();
    let out = home.run(&["search", "xylophone"]);
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("Nothing typed in the workspace matches “xylophone”"));
    let found = json(&home, &["search", "xylophone", "--json"]);
    assert_eq!(found["total"], 0);
    assert_eq!(found["results"], Value::Array(Vec::new()));
}

#[test]
fn what_is_not_a_search_is_refused_in_a_sentence() {
    let home = small();
    let huge = "word ".repeat(2_000);
    for query in ["!!! ... ---", "\"\"", huge.as_str()] {
        let out = home.run(&["search", query]);
        assert_eq!(out.status.code(), Some(1), "{query:.40}");
        let said = stderr(&out);
        assert!(
            said.starts_with("teacher-eval: ") && said.lines().count() == 1,
            "{said}"
        );
    }
    let out = home.run(&["search", "ticket", "--educator", "edu-0000000000ff"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no educator with the id `edu-0000000000ff`"));
}

#[test]
fn one_educator_the_trash_and_the_archived() {
    let home = small();
    let found = json(&home, &["search", "zanzibar", "--json"]);
    assert_eq!(found["total"], 1);
    assert_eq!(found["results"][0]["place"], "post_conference");
    assert_eq!(
        json(&home, &["search", "zanzibar", "--json", "--educator", E1])["total"],
        0
    );
    assert_eq!(
        json(&home, &["search", "zanzibar", "--json", "--educator", E2])["total"],
        1
    );

    let out = home.run(&[
        "educator",
        "archive",
        E2,
        "--reason",
        "Moved to a zanzibar school",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let found = json(&home, &["search", "zanzibar", "--json"]);
    assert_eq!(
        found["total"], 2,
        "the draft and the reason archived: {found}"
    );
    assert!(
        found["results"]
            .as_array()
            .expect("results")
            .iter()
            .all(|h| h["archived"] == true)
    );
    assert!(stdout(&home.run(&["search", "zanzibar"])).contains("Zoë Brontë-Øster (archived)"));

    let out = home.run(&["observation", "delete", DRAFT]);
    assert!(out.status.success(), "{}", stderr(&out));
    let found = json(&home, &["search", "zanzibar", "--json"]);
    assert_eq!(
        found["total"], 1,
        "a draft in the trash is not searched: {found}"
    );
    assert_eq!(found["results"][0]["place"], "archive_reason");
}

#[test]
fn an_unreadable_file_is_named_and_left_as_it_is() {
    let home = small();
    let broken = home.workspace.join("observations/obs-00000000000f.ron");
    std::fs::write(&broken, "Observation(exit ticket").expect("written");
    let out = home.run(&["search", "zanzibar"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Post-conference notes"));
    assert!(
        stderr(&out).contains("obs-00000000000f.ron"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&broken).expect("kept"),
        "Observation(exit ticket"
    );
}

/// An artifact's caption and an educator's self-assessment are searched
/// too, each found where it was written.
#[test]
fn captions_and_self_assessments_are_found_where_they_were_written() {
    let home = small();
    let file = home.path().join("plan.pdf");
    std::fs::write(&file, b"%PDF-1.4\n% a unit plan\n").expect("write");
    let file = file.to_str().expect("utf-8");
    let caption = "Quokka fractions unit plan";
    let out = home.run(&["artifact", "add", DRAFT, file, "--caption", caption]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = home.run(&[
        "self-assessment",
        "set",
        E1,
        "--year",
        "2026-27",
        "--evidence",
        "3b=My questions ask for wombat reasoning",
        "--goal",
        "3b: Plan wombat questions before each lesson",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let found = json(&home, &["search", "quokka", "--json"]);
    let hit = &found["results"][0];
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(hit["record_id"], DRAFT);
    assert_eq!(hit["place"], "artifact_caption");
    assert_eq!(hit["place_label"], "Artifact 1, caption");
    let found = json(&home, &["search", "wombat", "--json"]);
    let places: Vec<&str> = (found["results"].as_array().expect("results").iter())
        .map(|h| h["place"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(found["total"], 2, "{found}");
    assert!(places.contains(&"self_evidence") && places.contains(&"proposed_goal"));
    assert!(
        found["results"]
            .as_array()
            .expect("results")
            .iter()
            .all(|h| {
                h["kind"] == "self_assessment"
                    && h["educator_id"] == E1
                    && h["school_year"] == "2026-27"
            })
    );
}
