//! The walkthrough report, read back as a reader's viewer would: one page
//! for a typical walkthrough, with the form's items and answers, the notes,
//! the components touched and the educator's line; more text flows onto a
//! second page and none is lost.

mod common;

use common::pdf::{keep, page_texts, squash};
use common::{at, sample_educator, sample_observation};
use teacher_eval::record::{
    AnswerValue, EvidenceKind, EvidenceNote, LookForAnswers, Observation, ObservationKind,
};
use teacher_eval::report::{Document, Paper, Pdf, ReportOptions};
use teacher_eval::rubric::Catalog;

fn options() -> ReportOptions {
    ReportOptions {
        paper: Paper::Letter,
        omit_student_names: false,
        generated: at("2026-12-01T15:05:00-05:00"),
        artifacts_from: None,
    }
}

/// A 12-minute walkthrough on the bundled classroom form: most items
/// answered, two notes.
fn walkthrough(catalog: &Catalog) -> Observation {
    let entry = catalog
        .lookfor("classroom-walkthrough")
        .expect("bundled form");
    let mut o = sample_observation("obs-00000000000a", "edu-000000000001");
    o.kind = ObservationKind::Walkthrough;
    o.ratings.clear();
    o.pre_conference.clear();
    o.post_conference.clear();
    o.reflection.clear();
    o.duration_secs = 720;
    o.evidence = vec![
        note(
            1,
            "T circulates with a clipboard, asks pairs to justify their ratio tables.",
            &["3b"],
        ),
        note(
            2,
            "Exit ticket on the board: two problems and a sentence starter.",
            &["3d"],
        ),
    ];
    let mut answers = LookForAnswers::new(entry);
    for (item, typed) in [
        ("target", "yes"),
        ("say-learning", "partly"),
        ("questioning", "yes"),
        ("routines", "not-seen"),
        ("engaged", "3"),
        ("feedback", "no"),
        (
            "seen",
            "Pairs at whiteboards comparing two ways to scale a recipe.",
        ),
    ] {
        let found = entry.form.item(item).expect("an item");
        answers.set(found, AnswerValue::parse(found, typed).expect("fits"));
    }
    o.lookfors = Some(answers);
    o
}

fn note(id: u32, text: &str, components: &[&str]) -> EvidenceNote {
    EvidenceNote {
        id,
        offset_secs: u64::from(id) * 120,
        at: at(&format!(
            "2026-10-14T{:02}:{:02}:00-05:00",
            10 + id / 30,
            (id * 2) % 60
        )),
        text: text.into(),
        kind: EvidenceKind::ObservedAction,
        components: components.iter().map(|c| (*c).to_string()).collect(),
        names_students: false,
    }
}

fn render(o: &Observation, catalog: &Catalog, with_form: bool) -> Pdf {
    let educator = sample_educator("edu-000000000001", "Zoë Ólafsdóttir");
    let form = o
        .form(catalog)
        .ok()
        .filter(|_| with_form)
        .map(|e| Box::new(e.form.clone()));
    let document = Document::Observation {
        observation: Box::new(o.clone()),
        educator: Box::new(educator.clone()),
        rubric: catalog
            .get(&o.rubric_id)
            .map(|e| Box::new(e.rubric.clone())),
        form,
        visit: Box::new(o.visit_kind(&educator.role, catalog).into_owned()),
    };
    document.pdf(&options()).expect("a report")
}

#[test]
fn a_typical_walkthrough_is_one_page_with_its_form_notes_and_signature() {
    let catalog = Catalog::load(&[]);
    let pdf = render(&walkthrough(&catalog), &catalog, true);
    keep("walkthrough", &pdf);
    let texts = page_texts(&pdf);
    assert_eq!(pdf.pages, 1, "one page");
    let all = squash(&texts.join(" "));
    for expected in [
        "Walkthrough Report",
        "Zoë Ólafsdóttir",
        "Classroom walkthrough",
        "Look-for Seen Components",
        "The learning target is posted, and the teacher refers to it",
        "Routines and transitions run without the teacher directing each step",
        "Not seen",
        "Partly",
        "3 (Most)",
        "Pairs at whiteboards comparing two ways to scale a recipe.",
        "asks pairs to justify their ratio tables.",
        "Components touched",
        "3a Communicating with Students",
        "3b Using Questioning and Discussion Techniques",
        "2c Managing Classroom Procedures",
        "Educator",
        "Evaluator",
        "Page 1 of 1",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in {all}");
    }
    // Every item of the form is printed, the unanswered one said so.
    assert!(all.contains("Talk between teacher and students"), "{all}");
    assert!(all.contains("Not answered"), "{all}");
    // Not the formal report: no ratings section, no Domain 1.
    assert!(!all.contains("Classroom Observation Report"), "{all}");
    assert!(!all.contains("Ratings"), "{all}");
}

#[test]
fn a_long_walkthrough_continues_on_a_second_page_and_loses_no_text() {
    let catalog = Catalog::load(&[]);
    let mut o = walkthrough(&catalog);
    let mut last = String::new();
    for n in 3..40 {
        last =
            format!("Note {n}: students at table {n} explain the unit rate to each other in turn.");
        o.evidence.push(note(n, &last, &["3c"]));
    }
    let pdf = render(&o, &catalog, true);
    let texts = page_texts(&pdf);
    assert!(pdf.pages >= 2, "continues: {} pages", pdf.pages);
    let all = squash(&texts.join(" "));
    for n in 3..40 {
        assert!(
            all.contains(&format!("Note {n}: students at table {n}")),
            "note {n} kept"
        );
    }
    assert!(all.contains(&last));
    assert!(all.contains("Notes (continued)"), "{all}");
}

#[test]
fn a_form_not_loaded_shows_the_answers_by_item_id() {
    let catalog = Catalog::load(&[]);
    let pdf = render(&walkthrough(&catalog), &catalog, false);
    let all = squash(&page_texts(&pdf).join(" "));
    assert!(all.contains("Form not available."), "{all}");
    assert!(all.contains("say-learning"), "{all}");
    assert!(all.contains("point 3"), "{all}");
}

#[test]
fn a_walkthrough_without_a_form_keeps_the_full_report() {
    let catalog = Catalog::load(&[]);
    let mut o = walkthrough(&catalog);
    o.lookfors = None;
    let all = squash(&page_texts(&render(&o, &catalog, true)).join(" "));
    // The full report, titled as the walkthrough kind is (rubrics/visits/default.ron).
    assert!(all.contains("Classroom Walkthrough Report"), "{all}");
    assert!(all.contains("Strengths and areas for growth"), "{all}");
    assert!(all.contains("Ratings"), "the full report rates: {all}");
}
