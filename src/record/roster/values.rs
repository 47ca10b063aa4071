//! Roles and school levels as districts write them: `Classroom Teacher`,
//! `Instructional Technology Specialist`, `K-5`, `MS`, `9-12`. Values are
//! compared as [`compact`] makes them; what the person assigned comes
//! first, then the common words below, then a role's own id or name.

use super::columns::{Mapping, compact, split_pair};
use super::{parse_school_level, resolve_role, school_level_key};
use crate::rubric::{Catalog, SchoolLevel};

/// Which kind of value a roster cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValueKind {
    Role,
    Level,
}

impl std::fmt::Display for ValueKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ValueKind::Role => "role",
            ValueKind::Level => "school level",
        })
    }
}

/// Titles of classroom teachers, for the `teacher` role.
const TEACHER_TITLES: [&str; 8] = [
    "teacher",
    "teachers",
    "classroomteacher",
    "generaleducationteacher",
    "instructor",
    "faculty",
    "homeroomteacher",
    "leadteacher",
];

/// Titles of technology coordinators, for the loaded coordinator role.
const COORDINATOR_TITLES: [&str; 10] = [
    "coordinator",
    "instructionaltechnologyspecialist",
    "edtechcoordinator",
    "educationaltechnologycoordinator",
    "technologyintegrationspecialist",
    "technologycoordinator",
    "instructionaltechnologycoordinator",
    "technologyintegrationcoach",
    "digitallearningcoach",
    "technologyspecialist",
];

/// The role a title stands for among the loaded rubrics' roles, if any.
fn common_role(catalog: &Catalog, key: &str) -> Option<String> {
    let roles = catalog.roles();
    if TEACHER_TITLES.contains(&key) {
        return roles
            .iter()
            .find(|r| r.id == "teacher")
            .map(|r| r.id.clone());
    }
    if COORDINATOR_TITLES.contains(&key) {
        return roles
            .iter()
            .find(|r| compact(&r.id).contains("coordinator"))
            .map(|r| r.id.clone());
    }
    None
}

/// Grade bands and school kinds by the level they stand for, compacted.
const ELEMENTARY: [&str; 18] = [
    "elementary",
    "elem",
    "es",
    "primary",
    "k5",
    "pk5",
    "prek5",
    "k6",
    "k4",
    "k",
    "pk",
    "prek",
    "tk",
    "1",
    "2",
    "3",
    "4",
    "5",
];
const MIDDLE: [&str; 12] = [
    "middle",
    "middleschool",
    "ms",
    "68",
    "78",
    "58",
    "6",
    "7",
    "8",
    "juniorhigh",
    "jh",
    "jhs",
];
const HIGH: [&str; 10] = [
    "high",
    "highschool",
    "hs",
    "912",
    "1012",
    "9",
    "10",
    "11",
    "12",
    "seniorhigh",
];

/// The school level a grade band or a school's kind stands for.
fn common_level(key: &str) -> Option<SchoolLevel> {
    let key = ["grades", "grade", "gr"]
        .iter()
        .find_map(|p| key.strip_prefix(p).filter(|rest| !rest.is_empty()))
        .unwrap_or(key);
    if ELEMENTARY.contains(&key) {
        Some(SchoolLevel::Elementary)
    } else if MIDDLE.contains(&key) {
        Some(SchoolLevel::Middle)
    } else if HIGH.contains(&key) {
        Some(SchoolLevel::High)
    } else if key == "other" {
        Some(SchoolLevel::Other)
    } else {
        None
    }
}

/// The level a school's name says: `Maple Grove Elementary`, `Jefferson
/// Middle School`, `Westfield High School`; `None` when it says none.
#[must_use]
pub fn level_from_school(school: &str) -> Option<SchoolLevel> {
    let words: Vec<String> = school.split_whitespace().map(compact).collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    if has("elementary") || has("primary") {
        Some(SchoolLevel::Elementary)
    } else if has("middle") || (has("junior") && has("high")) {
        Some(SchoolLevel::Middle)
    } else if has("high") {
        Some(SchoolLevel::High)
    } else {
        None
    }
}

impl Mapping {
    /// Reads `VALUE=ROLE` or `VALUE=LEVEL` (`Instructional Coach=coordinator`,
    /// `K-8=middle`) and keeps it, the role or level checked.
    pub fn set_value(&mut self, text: &str, catalog: &Catalog) -> Result<(), String> {
        let (value, target) = split_pair(
            text,
            "VALUE=ROLE or VALUE=LEVEL, e.g. \"Instructional Coach=coordinator\"",
        )?;
        let target = match parse_school_level(target) {
            Ok(level) => school_level_key(level).to_string(),
            Err(_) => match common_role(catalog, &compact(target)) {
                Some(role) => role,
                None => resolve_role(catalog, target)?,
            },
        };
        self.values.retain(|k, _| compact(k) != compact(value));
        self.values.insert(value.to_string(), target);
        Ok(())
    }

    /// What the person assigned to `value` for a cell of `kind`, if anything.
    fn assigned(&self, kind: ValueKind, value: &str) -> Option<&str> {
        let key = compact(value);
        self.values
            .iter()
            .filter(|(k, _)| compact(k) == key)
            .map(|(_, target)| target.as_str())
            .find(|target| parse_school_level(target).is_ok() == (kind == ValueKind::Level))
    }

    /// The role id a cell stands for, or why it stands for none (the
    /// sentence a row error says).
    pub fn role(&self, catalog: &Catalog, value: &str) -> Result<String, String> {
        if let Some(role) = self.assigned(ValueKind::Role, value) {
            return resolve_role(catalog, role);
        }
        match common_role(catalog, &compact(value)) {
            Some(role) => Ok(role),
            None => resolve_role(catalog, value),
        }
    }

    /// The school level a cell stands for, or why it stands for none.
    pub fn level(&self, value: &str) -> Result<SchoolLevel, String> {
        if let Some(level) = self.assigned(ValueKind::Level, value) {
            return parse_school_level(level);
        }
        common_level(&compact(value)).map_or_else(|| parse_school_level(value), Ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_grade_bands_map_to_roles_and_levels() {
        let catalog = Catalog::load(&[]);
        let m = Mapping::default();
        for title in [
            "Teacher",
            "Classroom Teacher",
            "CLASSROOM  TEACHER",
            "teacher",
        ] {
            assert_eq!(m.role(&catalog, title).as_deref(), Ok("teacher"), "{title}");
        }
        for title in [
            "Instructional Technology Specialist",
            "EdTech Coordinator",
            "Technology Integration Specialist",
            "Educational technology coordinator",
        ] {
            assert_eq!(
                m.role(&catalog, title).as_deref(),
                Ok("edtech-coordinator"),
                "{title}"
            );
        }
        for (band, level) in [
            ("K-5", SchoolLevel::Elementary),
            ("K–5", SchoolLevel::Elementary),
            ("ES", SchoolLevel::Elementary),
            ("Elem", SchoolLevel::Elementary),
            ("Grade 3", SchoolLevel::Elementary),
            ("6-8", SchoolLevel::Middle),
            ("MS", SchoolLevel::Middle),
            ("9-12", SchoolLevel::High),
            ("HS", SchoolLevel::High),
            ("high", SchoolLevel::High),
        ] {
            assert_eq!(m.level(band), Ok(level), "{band}");
        }
        assert!(m.level("K-8").is_err());
        assert!(m.role(&catalog, "Instructional Coach").is_err());
    }

    #[test]
    fn values_assigned_come_first() {
        let catalog = Catalog::load(&[]);
        let mut m = Mapping::default();
        m.set_value("Instructional Coach=coordinator", &catalog)
            .expect("a role");
        m.set_value("K-8 = middle", &catalog).expect("a level");
        assert!(m.set_value("Janitor=custodian", &catalog).is_err());
        assert_eq!(
            m.role(&catalog, "instructional coach").as_deref(),
            Ok("edtech-coordinator")
        );
        assert_eq!(m.level("k-8"), Ok(SchoolLevel::Middle));
        assert_eq!(m.values["K-8"], "middle");
    }

    #[test]
    fn a_school_name_says_its_level() {
        assert_eq!(
            level_from_school("Maple Grove Elementary"),
            Some(SchoolLevel::Elementary)
        );
        assert_eq!(
            level_from_school("Jefferson Junior High"),
            Some(SchoolLevel::Middle)
        );
        assert_eq!(
            level_from_school("Westfield High School"),
            Some(SchoolLevel::High)
        );
        assert_eq!(level_from_school("Lincoln Academy"), None);
    }
}
