//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test crate uses only some of these helpers

pub mod ui;

/// A rubric with 3 domains and 5 levels, unlike the bundled ones.
pub fn five_level_rubric() -> String {
    let levels = "[(score: 0, name: \"Not Yet\", label: \"N\"), (score: 1, name: \"Emerging\", label: \"E\"), \
                  (score: 2, name: \"Developing\", label: \"Dv\"), (score: 3, name: \"Effective\", label: \"Ef\"), \
                  (score: 4, name: \"Exemplary\", label: \"X\")]";
    let component = |id: &str| {
        format!(
            "(id: \"{id}\", name: \"Component {id}\", summary: \"What {id} is about.\", observable: true, \
             elements: [\"First part\"], descriptors: {{0: \"a\", 1: \"b\", 2: \"c\", 3: \"d\", 4: \"e\"}}, keywords: [\"word{id}\"])"
        )
    };
    let domains: Vec<String> = ["A", "B", "C"]
        .iter()
        .map(|d| {
            format!(
                "(id: \"{d}\", name: \"Domain {d}\", summary: \"s\", components: [{}, {}])",
                component(&format!("{d}1")),
                component(&format!("{d}2"))
            )
        })
        .collect();
    format!(
        "Rubric(schema: 1, id: \"district-five\", title: \"District Five-Level Rubric\", edition: \"2026\", \
         role: (id: \"counselor\", name: \"School counselor\"), attribution: \"Written by the district.\", \
         levels: {levels}, domains: [{}])",
        domains.join(", ")
    )
}

use teacher_eval::record::{
    ClassContext, Educator, Employment, EvidenceKind, EvidenceNote, Observation, ObservationKind,
    Qualifications, RECORD_SCHEMA, Rating, RatingLevel, Status, Timestamp,
};
use teacher_eval::rubric::SchoolLevel;

pub fn at(text: &str) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339(text).expect("a valid test time")
}

/// An educator with every field filled, and a name in three scripts' worth of letters.
pub fn sample_educator(id: &str, name: &str) -> Educator {
    Educator {
        schema: RECORD_SCHEMA,
        id: id.to_string(),
        name: name.to_string(),
        role: "teacher".into(),
        school: "Escuela Primaria Benito Juárez".into(),
        level: SchoolLevel::Elementary,
        subject: "Grade 4 (all subjects)".into(),
        employment: Employment::Other("Long-term substitute".into()),
        evaluator: "Dr. Renée Castellanos".into(),
        rubric_id: "danielson-2013".into(),
        qualifications: Qualifications {
            degree: "M.Ed. Curriculum and Instruction".into(),
            certifications: vec!["Elementary K-6".into(), "ESL".into()],
        },
        created: at("2026-09-01T08:00:00-05:00"),
        changed: at("2026-09-02T09:30:00-05:00"),
        archived: None,
    }
}

/// An observation with notes, ratings of both kinds and an acknowledged status.
pub fn sample_observation(id: &str, educator_id: &str) -> Observation {
    let start = at("2026-10-14T10:02:00-05:00");
    Observation {
        schema: RECORD_SCHEMA,
        id: id.to_string(),
        educator_id: educator_id.to_string(),
        rubric_id: "danielson-2013".into(),
        rubric_fingerprint: "0123456789abcdef".into(),
        kind: ObservationKind::Formal,
        observer: "Dr. Renée Castellanos".into(),
        started_at: start,
        duration_secs: 2700,
        context: ClassContext {
            subject: "Mathematics".into(),
            grade: "4".into(),
            topic: "Equivalent fractions".into(),
            students: Some(24),
        },
        pre_conference: "Goal: students compare fractions with unlike denominators.".into(),
        evidence: vec![
            EvidenceNote {
                id: 1,
                offset_secs: 65,
                at: at("2026-10-14T10:03:05-05:00"),
                text:
                    "T: \"How do you know 2/4 and 1/2 name the same amount?\" \u{2014} Zoë answers"
                        .into(),
                kind: EvidenceKind::Quote,
                components: vec!["3b".into()],
                names_students: true,
            },
            EvidenceNote {
                id: 2,
                offset_secs: 300,
                at: at("2026-10-14T10:07:00-05:00"),
                text: "Ss move to stations in under a minute; materials already out.\nLine two."
                    .into(),
                kind: EvidenceKind::ObservedAction,
                components: vec!["2c".into(), "3c".into()],
                names_students: false,
            },
        ],
        ratings: vec![
            Rating {
                component: "3b".into(),
                level: RatingLevel::Level(3),
                rationale: "Most questions asked for reasoning.".into(),
                evidence: vec![1],
            },
            Rating {
                component: "2e".into(),
                level: RatingLevel::NotObserved,
                rationale: String::new(),
                evidence: vec![],
            },
        ],
        post_conference: "Discussed wait time.".into(),
        reflection: "I will plan two more open questions.".into(),
        co_observer: String::new(),
        typing: Default::default(),
        trail: Default::default(),
        status: Status::Acknowledged {
            shared_at: at("2026-10-15T15:00:00-05:00"),
            by: "Zoë Brontë-Øster".into(),
            at: at("2026-10-16T08:10:00-05:00"),
        },
        created: start,
        changed: at("2026-10-16T08:10:00-05:00"),
    }
}
