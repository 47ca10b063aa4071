//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test crate uses only some of these helpers

pub mod binary;
pub mod keys;
pub mod pdf;
pub mod ui;
pub mod work;

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
    Certification, ClassContext, Educator, Employment, EvidenceKind, EvidenceNote, Observation,
    ObservationKind, Qualifications, RECORD_SCHEMA, Rating, RatingLevel, Status, Timestamp, Trail,
    Typing,
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
            degree_level: None,
            certifications: vec![
                Certification::named("Elementary K-6".into()),
                Certification::named("ESL".into()),
            ],
        },
        created: at("2026-09-01T08:00:00-05:00"),
        changed: at("2026-09-02T09:30:00-05:00"),
        archived: None,
        roster_ids: teacher_eval::record::RosterIds::default(),
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
        announced: None,
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
        lookfors: None,
        post_conference: "Discussed wait time.".into(),
        reflection: "I will plan two more open questions.".into(),
        artifacts: Vec::new(),
        co_observer: String::new(),
        typing: Typing::default(),
        trail: Trail::default(),
        responses: Vec::new(),
        status: Status::Acknowledged {
            shared_at: at("2026-10-15T15:00:00-05:00"),
            by: "Zoë Brontë-Øster".into(),
            at: at("2026-10-16T08:10:00-05:00"),
        },
        created: start,
        changed: at("2026-10-16T08:10:00-05:00"),
        abridged: None,
    }
}

/// A district of known names for de-identification: Quonset Elementary
/// (12 teachers and a coordinator, evaluated by Prudence Northcott),
/// Wapakoneta High (11 and a coordinator, Bartholomew Southwell) and
/// Tillamook Middle (3 and a coordinator, Evangeline Eastwood). Every
/// educator's family name begins with "Quill"; each is observed twice in
/// 2026-27 by their evaluator, and Maximilian Visitorsky observes two of
/// Quonset's teachers once more. Small groups: Tillamook (4 educators),
/// the coordinators (3, on their own rubric), the visitor (2).
pub struct KnownDistrict {
    /// Every educator's name.
    pub educators: Vec<String>,
    pub evaluators: Vec<String>,
    pub schools: Vec<String>,
}

pub const VISITOR: &str = "Maximilian Visitorsky";

#[allow(
    clippy::cast_possible_truncation,
    reason = "a few dozen educators and months 1-12: small numbers"
)]
pub fn known_district(root: &std::path::Path) -> KnownDistrict {
    let w = teacher_eval::workspace::Workspace::open(root).expect("workspace");
    let schools = [
        (
            "Quonset Elementary",
            SchoolLevel::Elementary,
            12,
            "Prudence Northcott",
        ),
        (
            "Wapakoneta High",
            SchoolLevel::High,
            11,
            "Bartholomew Southwell",
        ),
        (
            "Tillamook Middle",
            SchoolLevel::Middle,
            3,
            "Evangeline Eastwood",
        ),
    ];
    let mut district = KnownDistrict {
        educators: Vec::new(),
        evaluators: schools.iter().map(|s| s.3.to_string()).collect(),
        schools: schools.iter().map(|s| s.0.to_string()).collect(),
    };
    district.evaluators.push(VISITOR.into());
    let mut n = 0;
    let mut visits = 0;
    for (school, level, teachers, principal) in schools {
        for t in 0..=teachers {
            n += 1;
            let coordinator = t == teachers;
            let family = format!(
                "Quill{}{}",
                char::from(b'a' + (n / 26) as u8),
                char::from(b'a' + (n % 26) as u8)
            );
            let name = if coordinator {
                format!("Cosima {family}")
            } else {
                format!("Ottilie {family}")
            };
            let id = format!("edu-{n:012x}");
            let mut e = sample_educator(&id, &name);
            e.school = school.into();
            e.level = level;
            e.evaluator = principal.into();
            if coordinator {
                e.role = "edtech-coordinator".into();
                e.rubric_id = "edtech-coordinator".into();
            }
            w.create(&e).expect("educator saved");
            district.educators.push(name);
            let mut observe = |observer: &str, month: u32| {
                visits += 1;
                let mut o = sample_observation(&format!("obs-{visits:012x}"), &id);
                o.observer = observer.into();
                o.started_at = at(&format!("2026-{month:02}-{:02}T09:00:00-05:00", 1 + n % 27));
                o.changed = o.started_at;
                o.rubric_id.clone_from(&e.rubric_id);
                o.ratings = ["1a", "1b"]
                    .iter()
                    .enumerate()
                    .map(|(k, c)| Rating {
                        component: c.to_string(),
                        level: RatingLevel::Level(1 + ((n + k + month as usize) % 4) as u32),
                        rationale: String::new(),
                        evidence: vec![],
                    })
                    .collect();
                w.create(&o).expect("observation saved");
            };
            observe(principal, 10);
            observe(principal, 11);
            if school.starts_with("Quonset") && t < 2 {
                observe(VISITOR, 12);
            }
        }
    }
    district
}

/// Copies a folder tree (a fixture workspace) into `to`.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    let permissions = std::fs::metadata(from)
        .expect("the folder to copy")
        .permissions();
    std::fs::set_permissions(to, permissions).expect("the copy's permissions");
    for entry in std::fs::read_dir(from).expect("the folder to copy") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Every file under `root` with its bytes, sorted by path: what "nothing
/// was written" compares.
pub fn snapshot(root: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("list").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push((path.clone(), std::fs::read(&path).expect("read")));
            }
        }
    }
    files.sort();
    files
}

/// Lower-case hex SHA-256 of `bytes`: the name an artifact's file has.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write as _;
    sha2::Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut hex, b| {
            // Writing to a String cannot fail.
            let _ = write!(hex, "{b:02x}");
            hex
        })
}
