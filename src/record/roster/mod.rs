//! New educators from a form, the command line or a roster CSV, checked
//! against the loaded rubrics before anything is written.
//!
//! A roster is read as the district exports it: its columns are recognised
//! by their names and aliases ([`columns`]), their values mapped to roles
//! and school levels ([`values`]), each row made an educator ([`read`]),
//! and the educators matched with those already in the workspace
//! ([`plan`]) so that importing again updates rather than duplicates. A
//! OneRoster 1.1 export is first made such a table ([`oneroster`]).

pub mod columns;
pub mod oneroster;
pub mod plan;
pub mod read;
pub mod values;

pub use columns::{Column, Field, Mapping, NameOrder};
pub use plan::{Change, Missing, Plan, Update, plan};
pub use read::{Entry, RosterFile, Unmatched, read_roster};
pub use values::ValueKind;

use super::{
    Certification, CertificationText, DegreeLevel, Educator, Employment, IdKind, Qualifications,
    RECORD_SCHEMA, RosterIds, Timestamp, new_id, with_details,
};
use crate::rubric::{Catalog, SchoolLevel};

/// What a person fills in to add an educator.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewEducator {
    pub name: String,
    pub school: String,
    /// A role id or role name that a loaded rubric names.
    pub role: String,
    /// `elementary`, `middle`, `high` or `other`.
    pub level: String,
    pub subject: String,
    pub employment: String,
    pub evaluator: String,
    /// Empty means the first loaded rubric for the role.
    pub rubric: String,
    pub degree: String,
    /// A [`DegreeLevel`] key (`master`); empty when not recorded.
    pub degree_level: String,
    /// Names, separated by `;`; a name held already keeps its number and dates.
    pub certifications: String,
    /// Certifications with their details, as a form types them.
    pub certification_rows: Vec<CertificationText>,
    /// The ids a district's exports give the educator (kept, not shown in the form).
    pub employee_id: String,
    pub sourced_id: String,
    pub email: String,
}

impl NewEducator {
    /// Checks every field and makes the educator, or says what is wrong in one sentence.
    pub fn build(&self, catalog: &Catalog, now: Timestamp) -> Result<Educator, String> {
        let mut educator = Educator {
            schema: RECORD_SCHEMA,
            id: new_id(IdKind::Educator),
            name: String::new(),
            role: String::new(),
            school: String::new(),
            level: SchoolLevel::Other,
            subject: String::new(),
            employment: Employment::Probationary,
            evaluator: String::new(),
            rubric_id: String::new(),
            qualifications: Qualifications::default(),
            created: now,
            changed: now,
            archived: None,
            roster_ids: RosterIds::default(),
        };
        self.apply(catalog, &mut educator)?;
        Ok(educator)
    }

    /// The form's fields, for editing an existing educator.
    #[must_use]
    pub fn from_educator(e: &Educator) -> NewEducator {
        NewEducator {
            name: e.name.clone(),
            school: e.school.clone(),
            role: e.role.clone(),
            level: school_level_key(e.level).to_string(),
            subject: e.subject.clone(),
            employment: e.employment.to_string(),
            evaluator: e.evaluator.clone(),
            rubric: e.rubric_id.clone(),
            degree: e.qualifications.degree.clone(),
            degree_level: e
                .qualifications
                .degree_level
                .map(|l| l.key().to_string())
                .unwrap_or_default(),
            certifications: String::new(),
            certification_rows: e
                .qualifications
                .certifications
                .iter()
                .map(CertificationText::of)
                .collect(),
            employee_id: e.roster_ids.employee_id.clone(),
            sourced_id: e.roster_ids.sourced_id.clone(),
            email: e.roster_ids.email.clone(),
        }
    }

    /// Writes the checked fields into `educator`, keeping its id and created time.
    pub fn apply(&self, catalog: &Catalog, educator: &mut Educator) -> Result<(), String> {
        let name = clean(&self.name);
        if name.is_empty() {
            return Err("the name is empty".into());
        }
        let school = clean(&self.school);
        if school.is_empty() {
            return Err(format!("no school is given for {name}"));
        }
        let role = resolve_role(catalog, &self.role)?;
        let level = parse_school_level(&self.level)?;
        let rubric_id = if self.rubric.trim().is_empty() {
            catalog
                .default_for_role(&role)
                .map(|e| e.rubric.id.clone())
                .ok_or_else(|| format!("no loaded rubric evaluates the role `{role}`"))?
        } else {
            let id = self.rubric.trim();
            let entry = catalog.get(id).ok_or_else(|| {
                format!(
                    "there is no rubric with the id `{id}`; known rubrics: {}",
                    catalog_ids(catalog)
                )
            })?;
            entry.rubric.id.clone()
        };
        let employment = if self.employment.trim().is_empty() {
            Employment::Probationary
        } else {
            Employment::parse(&self.employment)
        };
        educator.name = name;
        educator.school = school;
        educator.role = role;
        educator.level = level;
        educator.subject = clean(&self.subject);
        educator.employment = employment;
        educator.evaluator = clean(&self.evaluator);
        educator.rubric_id = rubric_id;
        educator.qualifications = self.qualifications(&educator.qualifications)?;
        educator.roster_ids = RosterIds {
            employee_id: clean(&self.employee_id),
            sourced_id: clean(&self.sourced_id),
            email: clean(&self.email),
        };
        Ok(())
    }
}

impl NewEducator {
    /// The degree and certifications typed, keeping the details `held` has
    /// for a certification named again.
    fn qualifications(&self, held: &Qualifications) -> Result<Qualifications, String> {
        let degree_level = match self.degree_level.trim() {
            "" => None,
            text => Some(DegreeLevel::parse(text)?),
        };
        let mut out = Qualifications {
            degree: clean(&self.degree),
            degree_level,
            certifications: Vec::new(),
        };
        let order = super::DateOrder::from_env();
        for row in &self.certification_rows {
            out.certifications.push(row.parse(order)?);
        }
        let named: Vec<Certification> = self
            .certifications
            .split(';')
            .map(clean)
            .filter(|c| !c.is_empty())
            .map(Certification::named)
            .collect();
        if let Some(long) = named
            .iter()
            .find(|c| c.name.chars().count() > super::MAX_CERTIFICATION_CHARS)
        {
            return Err(format!(
                "a certification's name is {} characters long, more than the {} allowed",
                long.name.chars().count(),
                super::MAX_CERTIFICATION_CHARS
            ));
        }
        out.certifications
            .extend(with_details(&named, &held.certifications));
        Ok(out)
    }
}

/// The word for a school level used in files, forms and the command line.
#[must_use]
pub fn school_level_key(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Elementary => "elementary",
        SchoolLevel::Middle => "middle",
        SchoolLevel::High => "high",
        SchoolLevel::Other => "other",
    }
}

/// Reads `elementary`, `middle`, `high` or `other` (any case).
pub fn parse_school_level(text: &str) -> Result<SchoolLevel, String> {
    match text.trim().to_lowercase().as_str() {
        "elementary" => Ok(SchoolLevel::Elementary),
        "middle" => Ok(SchoolLevel::Middle),
        "high" => Ok(SchoolLevel::High),
        "other" => Ok(SchoolLevel::Other),
        other => Err(format!(
            "the school level `{other}` is not one of elementary, middle, high, other"
        )),
    }
}

/// Accepts a role id (`teacher`) or its name (`Classroom teacher`), any case.
pub fn resolve_role(catalog: &Catalog, text: &str) -> Result<String, String> {
    let wanted = text.trim();
    if wanted.is_empty() {
        return Err("no role is given".into());
    }
    catalog
        .roles()
        .into_iter()
        .find(|r| crate::text::same_text(&r.id, wanted) || crate::text::same_text(&r.name, wanted))
        .map(|r| r.id.clone())
        .ok_or_else(|| {
            let known: Vec<String> = catalog.roles().iter().map(|r| r.id.clone()).collect();
            format!(
                "the role `{wanted}` is not one a loaded rubric evaluates; known roles: {}",
                known.join(", ")
            )
        })
}

fn catalog_ids(catalog: &Catalog) -> String {
    catalog
        .entries
        .iter()
        .map(|e| e.rubric.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Trims and folds runs of whitespace and control characters into one space.
pub(crate) fn clean(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rosters larger than this are refused (a large district has a few thousand staff).
pub const MAX_ROSTER_BYTES: usize = 16 * 1024 * 1024;

pub use crate::files::csv_rows::RowError;
