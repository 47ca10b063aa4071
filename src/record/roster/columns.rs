//! Which educator field each column of a roster fills. Districts export
//! from HR and student information systems, not in our column names, so a
//! header is recognised by its common names in any case, spacing and
//! punctuation (`First Name`, `first_name`, `FIRSTNAME` are one), and the
//! person can choose or ignore any column; a mapping chosen can be kept in
//! the workspace's settings for the next import.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A field of the educator record that a roster column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The whole name in one column.
    Name,
    GivenName,
    FamilyName,
    School,
    Role,
    Level,
    Subject,
    Employment,
    Evaluator,
    Rubric,
    Degree,
    Certifications,
    Email,
    EmployeeId,
    SourcedId,
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::Name,
        Field::GivenName,
        Field::FamilyName,
        Field::School,
        Field::Role,
        Field::Level,
        Field::Subject,
        Field::Employment,
        Field::Evaluator,
        Field::Rubric,
        Field::Degree,
        Field::Certifications,
        Field::Email,
        Field::EmployeeId,
        Field::SourcedId,
    ];

    /// The word for the field in `--map`, the saved mapping and messages.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::GivenName => "given-name",
            Field::FamilyName => "family-name",
            Field::School => "school",
            Field::Role => "role",
            Field::Level => "level",
            Field::Subject => "subject",
            Field::Employment => "employment",
            Field::Evaluator => "evaluator",
            Field::Rubric => "rubric",
            Field::Degree => "degree",
            Field::Certifications => "certifications",
            Field::Email => "email",
            Field::EmployeeId => "employee-id",
            Field::SourcedId => "sourced-id",
        }
    }

    /// Headers read as this field, compared as [`compact`] makes them.
    fn aliases(self) -> &'static [&'static str] {
        ALIASES
            .iter()
            .find(|(field, _)| *field == self)
            .map_or(&[], |(_, aliases)| aliases)
    }

    /// The field a header or a typed field name stands for.
    #[must_use]
    pub fn recognise(text: &str) -> Option<Field> {
        let key = compact(text);
        Field::ALL
            .into_iter()
            .find(|f| compact(f.key()) == key || f.aliases().contains(&key.as_str()))
    }

    /// The field as a person reads it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "full name",
            Field::GivenName => "given name",
            Field::FamilyName => "family name",
            Field::School => "school",
            Field::Role => "role",
            Field::Level => "school level",
            Field::Subject => "subject",
            Field::Employment => "employment",
            Field::Evaluator => "evaluator",
            Field::Rubric => "rubric",
            Field::Degree => "degree",
            Field::Certifications => "certifications",
            Field::Email => "e-mail",
            Field::EmployeeId => "employee id",
            Field::SourcedId => "OneRoster sourcedId",
        }
    }
}

/// The common names of each field's column, compacted.
const ALIASES: [(Field, &[&str]); 15] = [
    (
        Field::Name,
        &[
            "name",
            "fullname",
            "staffname",
            "educator",
            "educatorname",
            "teachername",
            "employeename",
            "displayname",
        ],
    ),
    (
        Field::GivenName,
        &["firstname", "givenname", "first", "forename", "fname"],
    ),
    (
        Field::FamilyName,
        &["lastname", "familyname", "surname", "last", "lname"],
    ),
    (
        Field::School,
        &[
            "school",
            "schoolname",
            "building",
            "buildingname",
            "site",
            "sitename",
            "location",
            "campus",
        ],
    ),
    (
        Field::Role,
        &[
            "role",
            "title",
            "jobtitle",
            "position",
            "positiontitle",
            "job",
            "staffrole",
        ],
    ),
    (
        Field::Level,
        &[
            "level",
            "schoollevel",
            "gradeband",
            "gradelevel",
            "gradelevels",
            "grades",
            "department",
        ],
    ),
    (
        Field::Subject,
        &[
            "subject",
            "subjects",
            "subjectarea",
            "contentarea",
            "course",
        ],
    ),
    (
        Field::Employment,
        &["employment", "employmentstatus", "tenure", "tenurestatus"],
    ),
    (
        Field::Evaluator,
        &["evaluator", "evaluatorname", "supervisor"],
    ),
    (Field::Rubric, &["rubric", "rubricid"]),
    (Field::Degree, &["degree", "highestdegree"]),
    (
        Field::Certifications,
        &[
            "certifications",
            "certification",
            "certificates",
            "licenses",
            "licensure",
        ],
    ),
    (Field::Email, &["email", "emailaddress", "workemail"]),
    (
        Field::EmployeeId,
        &[
            "employeeid",
            "employeenumber",
            "staffid",
            "staffnumber",
            "personnelid",
            "teacherid",
        ],
    ),
    (Field::SourcedId, &["sourcedid"]),
];

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// A text as headers and values are compared: case folded, accents and
/// everything but letters and digits dropped (`E-mail Address` is
/// `emailaddress`, `K–5` is `k5`).
#[must_use]
pub fn compact(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    crate::text::folded(text)
        .nfd()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// In which order given and family names are joined when a roster has them
/// in two columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameOrder {
    /// "Amara Okafor".
    #[default]
    GivenFamily,
    /// "Nguyễn Hương", as Vietnamese, Hungarian, Chinese and Korean names are written.
    FamilyGiven,
}

impl NameOrder {
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == NameOrder::GivenFamily
    }

    /// `given-family` or `family-given`, as typed on the command line.
    pub fn parse(text: &str) -> Result<NameOrder, String> {
        match compact(text).as_str() {
            "givenfamily" | "firstlast" => Ok(NameOrder::GivenFamily),
            "familygiven" | "lastfirst" => Ok(NameOrder::FamilyGiven),
            _ => Err(format!(
                "`{}` is not a name order; use given-family or family-given",
                crate::files::csv_rows::shown(text)
            )),
        }
    }

    /// The two names joined in this order; either may be empty.
    #[must_use]
    pub fn join(self, given: &str, family: &str) -> String {
        let (first, second) = match self {
            NameOrder::GivenFamily => (given, family),
            NameOrder::FamilyGiven => (family, given),
        };
        super::clean(&format!("{first} {second}"))
    }
}

impl std::fmt::Display for NameOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NameOrder::GivenFamily => "given name then family name",
            NameOrder::FamilyGiven => "family name then given name",
        })
    }
}

/// What a person chose for a roster's columns and values, kept in the
/// workspace's settings when asked. Missing parts take their defaults, so
/// older settings files read, and empty parts are not written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mapping {
    #[serde(skip_serializing_if = "NameOrder::is_default")]
    pub name_order: NameOrder,
    /// A column by its header as the file writes it, to a field's key or `ignore`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<String, String>,
    /// A value as the file writes it, to a role id or a school level.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, String>,
}

/// The word that ignores a column.
pub const IGNORE: &str = "ignore";

impl Mapping {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Mapping::default()
    }

    /// Reads `COLUMN=FIELD` (or `COLUMN=ignore`) and keeps it.
    pub fn set_column(&mut self, text: &str) -> Result<(), String> {
        let (column, field) = split_pair(text, "COLUMN=FIELD, e.g. \"Job Title=role\"")?;
        let field = if compact(field) == IGNORE {
            IGNORE
        } else {
            Field::recognise(field).map(Field::key).ok_or_else(|| {
                format!(
                    "`{}` is not a field; fields are {}, or {IGNORE}",
                    crate::files::csv_rows::shown(field),
                    field_keys()
                )
            })?
        };
        self.columns.retain(|k, _| compact(k) != compact(column));
        self.columns.insert(column.to_string(), field.to_string());
        Ok(())
    }

    /// What the mapping says of a column: `Some(None)` when it is ignored.
    #[must_use]
    pub fn column(&self, header: &str) -> Option<Option<Field>> {
        let key = compact(header);
        let (_, field) = self.columns.iter().find(|(k, _)| compact(k) == key)?;
        if compact(field) == IGNORE {
            return Some(None);
        }
        Field::recognise(field).map(Some)
    }
}

/// Splits `LEFT=RIGHT`, both trimmed and neither empty.
pub(super) fn split_pair<'a>(text: &'a str, shape: &str) -> Result<(&'a str, &'a str), String> {
    match text.rsplit_once('=') {
        Some((left, right)) if !left.trim().is_empty() && !right.trim().is_empty() => {
            Ok((left.trim(), right.trim()))
        }
        _ => Err(format!(
            "`{}` is not {shape}",
            crate::files::csv_rows::shown(text)
        )),
    }
}

fn field_keys() -> String {
    Field::ALL.map(Field::key).join(", ")
}

/// How a column came to be read as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Its header is a name or an alias of the field.
    Recognised,
    /// The person chose it (now, or in the mapping kept in the settings).
    Chosen,
    /// Its header is not one known: ignored, and said so.
    Unknown,
    /// Another column before it gives the same field: ignored, and said so.
    Repeated,
}

/// One column of the file and the field it fills (`None`: ignored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header as the file writes it.
    pub header: String,
    pub field: Option<Field>,
    pub source: Source,
}

impl Column {
    /// What the column is read as, in a few words.
    #[must_use]
    pub fn said(&self) -> String {
        match (self.field, self.source) {
            (Some(field), Source::Chosen) => format!("{field} (chosen)"),
            (Some(field), _) => field.label().to_string(),
            (None, Source::Unknown) => "ignored (not a column known)".into(),
            (None, Source::Repeated) => "ignored (another column gives the same)".into(),
            (None, _) => "ignored (chosen)".into(),
        }
    }
}

/// The field each header fills: the mapping's choice first, else the
/// header's own name; a field a column before already fills is ignored.
#[must_use]
pub fn propose(headers: &[String], mapping: &Mapping) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::with_capacity(headers.len());
    for header in headers {
        let (field, mut source) = match mapping.column(header) {
            Some(chosen) => (chosen, Source::Chosen),
            None => match Field::recognise(header) {
                Some(field) => (Some(field), Source::Recognised),
                None => (None, Source::Unknown),
            },
        };
        let taken = field.is_some() && columns.iter().any(|c| c.field == field);
        if taken {
            source = Source::Repeated;
        }
        columns.push(Column {
            header: header.clone(),
            field: field.filter(|_| !taken),
            source,
        });
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(line: &str) -> Vec<String> {
        line.split(',').map(str::to_string).collect()
    }

    #[test]
    fn headers_are_recognised_in_any_case_spacing_and_punctuation() {
        let proposed = propose(
            &headers("First Name,LAST_NAME,Building,Job Title,Grade Band,E-mail,Staff ID #,Notes"),
            &Mapping::default(),
        );
        let fields: Vec<Option<Field>> = proposed.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                Some(Field::GivenName),
                Some(Field::FamilyName),
                Some(Field::School),
                Some(Field::Role),
                Some(Field::Level),
                Some(Field::Email),
                Some(Field::EmployeeId),
                None
            ]
        );
        assert_eq!(proposed[7].source, Source::Unknown);
        assert_eq!(Field::recognise("sourcedId"), Some(Field::SourcedId));
        assert_eq!(Field::recognise("Surname"), Some(Field::FamilyName));
    }

    #[test]
    fn a_choice_wins_and_a_second_column_for_a_field_is_ignored() {
        let mut mapping = Mapping::default();
        mapping.set_column("Assignment=role").expect("valid");
        mapping.set_column("title = ignore").expect("valid");
        let proposed = propose(&headers("Title,Assignment,Position"), &mapping);
        assert_eq!(proposed[0].field, None);
        assert_eq!(proposed[0].source, Source::Chosen);
        assert_eq!(proposed[1].field, Some(Field::Role));
        assert_eq!(proposed[2].field, None);
        assert_eq!(proposed[2].source, Source::Repeated);
        assert!(mapping.set_column("Title=shoe size").is_err());
        assert!(mapping.set_column("=role").is_err());
    }

    #[test]
    fn names_join_in_the_order_chosen() {
        assert_eq!(
            NameOrder::GivenFamily.join("Amara", "Okafor"),
            "Amara Okafor"
        );
        assert_eq!(
            NameOrder::FamilyGiven.join("Hương", "Nguyễn"),
            "Nguyễn Hương"
        );
        assert_eq!(NameOrder::GivenFamily.join("", " Okafor "), "Okafor");
        assert_eq!(NameOrder::parse("Family-Given"), Ok(NameOrder::FamilyGiven));
    }
}
