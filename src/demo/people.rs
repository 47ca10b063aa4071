//! Demo educators: schools at every level, names from many languages,
//! classroom teachers and technology coordinators.

use chrono::{NaiveDate, TimeZone};

use super::bank::{self, Level, People, School};
use super::rng::Rng;
use crate::record::{
    Certification, DegreeLevel, Educator, Employment, IdKind, Qualifications, RECORD_SCHEMA,
    Timestamp, id_from_bits,
};
use crate::rubric::{Catalog, SchoolLevel};

/// Names written family name first, each with given names of the same
/// language (Vietnamese, Chinese, Korean, Hungarian).
const FAMILY_FIRST: &[(&[&str], &[&str])] = &[
    (
        &["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ", "Đặng", "Bùi"],
        &[
            "Thị Hương",
            "Văn Đức",
            "Ngọc Ánh",
            "Minh Tuấn",
            "Thu Trang",
            "Quốc Bảo",
            "Thị Lan",
            "Hữu Phước",
        ],
    ),
    (
        &["Zhāng", "Wáng", "Lǐ", "Chén", "Liú"],
        &["Wěi", "Xiùyīng", "Jiànguó", "Lìhuá", "Jìng", "Hàorán"],
    ),
    (
        &["Kim", "Park", "Choi"],
        &["Ji-woo", "Min-jun", "Seo-yeon", "Hye-jin", "Dong-hyun"],
    ),
    (
        &["Nagy", "Kovács", "Tóth", "Szabó"],
        &["Zsófia", "Bence", "Réka", "Gábor", "Eszter"],
    ),
];

const DEGREES: &[&str] = &[
    "B.A. Elementary Education",
    "B.S. Mathematics Education",
    "M.Ed. Curriculum and Instruction",
    "M.A. Teaching",
    "M.S. Educational Technology",
    "M.Ed. Special Education",
    "B.A. English",
    "Ed.D. Educational Leadership",
];

const CERTIFICATIONS: &[&str] = &[
    "Elementary K-6",
    "Secondary Mathematics 7-12",
    "Secondary Science 7-12",
    "English as a Second Language",
    "Special Education K-12",
    "Instructional Technology Specialist",
    "Reading Specialist",
    "National Board Certified",
];

/// Educator number `index` of a demo with `seed`.
pub fn educator(seed: u64, index: usize, today: NaiveDate, catalog: &Catalog) -> Educator {
    let people = &bank::get().people;
    let mut rng = Rng::fork(seed, index as u64);
    let coordinator = index % 8 == 5;
    let school = school_for(people, seed, index, coordinator);
    let (role, subject) = if coordinator {
        ("edtech-coordinator", "Educational technology".to_string())
    } else {
        let subjects = match school.level {
            Level::Elementary => &people.subjects_elementary,
            Level::Middle => &people.subjects_middle,
            Level::High => &people.subjects_high,
        };
        ("teacher", rng.pick(subjects).clone())
    };
    let school_index = people
        .schools
        .iter()
        .position(|s| s.name == school.name)
        .unwrap_or(0);
    let rubric_id = rubric_for(catalog, coordinator, school_index, role);
    let employment = employment(&mut rng);
    let certifications = certifications(&mut rng);
    let created = at(school_year_start(today), 7, 30);
    Educator {
        schema: RECORD_SCHEMA,
        id: id_from_bits(IdKind::Educator, rng.next_u64()),
        name: name(&mut rng),
        role: role.to_string(),
        school: school.name.clone(),
        level: school_level(school.level),
        subject,
        employment,
        evaluator: people.evaluators[school_index % people.evaluators.len()].clone(),
        rubric_id,
        qualifications: qualifications(coordinator, &mut rng, certifications),
        created,
        changed: created,
        archived: None,
        roster_ids: crate::record::RosterIds::default(),
    }
}

/// About one in eight educators is a technology coordinator, taking the
/// school levels in turn; teachers go round the schools, so every school
/// has some.
#[allow(
    clippy::cast_possible_truncation,
    reason = "only the seed's low bits matter: they turn the rotation of schools"
)]
fn school_for(people: &People, seed: u64, index: usize, coordinator: bool) -> &School {
    if coordinator {
        let level = [Level::Elementary, Level::Middle, Level::High][(index / 8) % 3];
        let schools: Vec<&School> = people.schools.iter().filter(|s| s.level == level).collect();
        schools[(index / 24).wrapping_add(seed as usize) % schools.len()]
    } else {
        &people.schools[index.wrapping_add(seed as usize) % people.schools.len()]
    }
}

/// Some schools pilot the 2022 framework; the rest use 2013. Without the
/// rubric wanted, the role's default.
fn rubric_for(catalog: &Catalog, coordinator: bool, school_index: usize, role: &str) -> String {
    let preferred = match (coordinator, school_index % 3) {
        (true, _) => "edtech-coordinator",
        (false, 1) => "danielson-2022",
        (false, _) => "danielson-2013",
    };
    catalog
        .get(preferred)
        .or_else(|| catalog.default_for_role(role))
        .map_or(preferred.to_string(), |e| e.rubric.id.clone())
}

/// Mostly tenured, some probationary, now and then a substitute.
fn employment(rng: &mut Rng) -> Employment {
    match rng.range(0, 19) {
        0..=5 => Employment::Probationary,
        6..=18 => Employment::Tenured,
        _ => Employment::Other("Long-term substitute".into()),
    }
}

/// The degree, its level read from the demo's own abbreviations, and the certifications.
fn qualifications(coordinator: bool, rng: &mut Rng, certifications: Vec<String>) -> Qualifications {
    let degree = if coordinator {
        "M.S. Educational Technology"
    } else {
        rng.pick(DEGREES)
    };
    let degree_level = match degree.split(' ').next() {
        Some("B.A." | "B.S.") => Some(DegreeLevel::Bachelor),
        Some("M.A." | "M.S." | "M.Ed.") => Some(DegreeLevel::Master),
        Some("Ed.D.") => Some(DegreeLevel::Doctorate),
        _ => None,
    };
    Qualifications {
        degree: degree.to_string(),
        degree_level,
        certifications: certifications
            .into_iter()
            .map(Certification::named)
            .collect(),
    }
}

/// One or two certifications, without repeats.
fn certifications(rng: &mut Rng) -> Vec<String> {
    (0..rng.range(1, 2))
        .map(|_| rng.pick(CERTIFICATIONS).to_string())
        .fold(Vec::new(), |mut list, c| {
            if !list.contains(&c) {
                list.push(c);
            }
            list
        })
}

/// The phrase bank's school level as the record's.
fn school_level(level: Level) -> SchoolLevel {
    match level {
        Level::Elementary => SchoolLevel::Elementary,
        Level::Middle => SchoolLevel::Middle,
        Level::High => SchoolLevel::High,
    }
}

fn name(rng: &mut Rng) -> String {
    let people = &bank::get().people;
    let family = rng.pick(&people.family_names);
    if let Some((_, given)) = FAMILY_FIRST
        .iter()
        .find(|(families, _)| families.contains(&family.as_str()))
    {
        format!("{family} {}", rng.pick(given))
    } else {
        // Given names that belong to the family-first languages go with those only.
        let candidates: Vec<&str> = people
            .given_names
            .iter()
            .map(String::as_str)
            .filter(|g| {
                !g.contains(' ') && !FAMILY_FIRST.iter().any(|(_, names)| names.contains(g))
            })
            .collect();
        let given = if candidates.is_empty() {
            rng.pick(&people.given_names).as_str()
        } else {
            rng.pick(&candidates)
        };
        format!("{given} {family}")
    }
}

/// School years start in August: the one containing `today`.
pub fn school_year_start(today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let year = if today.month() >= 8 {
        today.year()
    } else {
        today.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 8, 25).unwrap_or(today)
}

/// The machine's UTC offset now; demo times are local school-day times.
pub fn local_offset() -> chrono::FixedOffset {
    *crate::clock::local_now().offset()
}

/// A local time on `day` at `hour:minute`.
pub fn at(day: NaiveDate, hour: u32, minute: u32) -> Timestamp {
    day.and_hms_opt(hour, minute, 0)
        .and_then(|t| local_offset().from_local_datetime(&t).single())
        .unwrap_or_else(crate::record::now)
}
