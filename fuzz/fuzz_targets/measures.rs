//! Any bytes as the state's student measures CSV, read and checked against
//! a workspace of one educator and the bundled profiles: never a panic.
#![no_main]

use std::sync::OnceLock;

use teacher_eval::record::{Educator, Employment, Qualifications};
use teacher_eval::rubric::SchoolLevel;
use teacher_eval::scoring::Profiles;
use teacher_eval::workspace::{Contents, plan_measure_import};

static WORLD: OnceLock<(Contents, Profiles)> = OnceLock::new();

fn world() -> (Contents, Profiles) {
    let now = chrono::DateTime::parse_from_rfc3339("2026-10-14T10:00:00-05:00").expect("a time");
    let educator = Educator {
        schema: 1,
        id: "edu-00000000000a".into(),
        name: "Ana Silva".into(),
        role: "teacher".into(),
        school: "Lincoln".into(),
        level: SchoolLevel::Middle,
        subject: String::new(),
        employment: Employment::Tenured,
        evaluator: String::new(),
        rubric_id: "danielson-2013".into(),
        qualifications: Qualifications::default(),
        created: now,
        changed: now,
        archived: None,
        roster_ids: teacher_eval::record::RosterIds::default(),
    };
    let contents = Contents {
        educators: vec![educator],
        ..Contents::default()
    };
    (contents, Profiles::load(&[]))
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (contents, profiles) = WORLD.get_or_init(world);
    let _ = plan_measure_import(contents, profiles, data, "fuzz.csv", Some("2026-27"));
});
