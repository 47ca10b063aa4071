//! An educator's qualifications: the degree as written, its level, and the
//! certifications held. Districts set a minimum degree per role (the seed's
//! technology coordinators need a bachelor's or a master's), so the level is
//! a value that compares, not only text.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest certification name or number typed: a roster cell's bound.
pub const MAX_CERTIFICATION_CHARS: usize = 500;
/// The most certifications one educator holds here.
pub const MAX_CERTIFICATIONS: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qualifications {
    /// The highest degree as written, its name and field, e.g.
    /// "M.Ed. Instructional Technology".
    #[serde(default)]
    pub degree: String,
    /// Its level, for comparing with a district's minimum; absent in files
    /// from before levels existed, and where nobody has said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub degree_level: Option<DegreeLevel>,
    #[serde(default)]
    pub certifications: Vec<Certification>,
}

/// The highest degree held, lowest first so levels compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DegreeLevel {
    /// Recorded as holding no degree (unlike a level nobody recorded).
    NoDegree,
    Associate,
    Bachelor,
    Master,
    Specialist,
    Doctorate,
}

impl DegreeLevel {
    pub const ALL: [DegreeLevel; 6] = [
        DegreeLevel::NoDegree,
        DegreeLevel::Associate,
        DegreeLevel::Bachelor,
        DegreeLevel::Master,
        DegreeLevel::Specialist,
        DegreeLevel::Doctorate,
    ];

    /// The word used on the command line and in settings: `master`.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            DegreeLevel::NoDegree => "none",
            DegreeLevel::Associate => "associate",
            DegreeLevel::Bachelor => "bachelor",
            DegreeLevel::Master => "master",
            DegreeLevel::Specialist => "specialist",
            DegreeLevel::Doctorate => "doctorate",
        }
    }

    /// Reads a key (any case, a trailing "'s" or " degree" allowed).
    pub fn parse(text: &str) -> Result<DegreeLevel, String> {
        let word = text.trim().to_lowercase();
        let word = word.trim_end_matches(" degree").trim_end_matches("'s");
        DegreeLevel::ALL
            .into_iter()
            .find(|level| level.key() == word)
            .ok_or_else(|| {
                format!(
                    "`{}` is not a degree level; use one of {}",
                    crate::files::csv_rows::shown(text),
                    DegreeLevel::keys()
                )
            })
    }

    /// "none, associate, bachelor, master, specialist, doctorate".
    #[must_use]
    pub fn keys() -> String {
        DegreeLevel::ALL.map(DegreeLevel::key).join(", ")
    }
}

impl fmt::Display for DegreeLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DegreeLevel::NoDegree => "no degree",
            DegreeLevel::Associate => "associate's",
            DegreeLevel::Bachelor => "bachelor's",
            DegreeLevel::Master => "master's",
            DegreeLevel::Specialist => "specialist",
            DegreeLevel::Doctorate => "doctorate",
        })
    }
}

/// A certification or licence held. One with only a name is written as a
/// plain string, as every file before numbers and dates were kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Certification {
    pub name: String,
    /// The certificate's number; empty when not given.
    pub number: String,
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
}

/// Why a certification is not kept. Each reads as one sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertificationError {
    #[error("a certification needs a name")]
    NoName,
    #[error(
        "the certification's {what} is {length} characters long, more than the {MAX_CERTIFICATION_CHARS} allowed"
    )]
    TooLong { what: &'static str, length: usize },
    #[error("the certification expires on {expires}, before it was issued on {issued}")]
    ExpiresBeforeIssued {
        issued: NaiveDate,
        expires: NaiveDate,
    },
    #[error("an educator may have at most {MAX_CERTIFICATIONS} certifications")]
    TooMany,
}

/// Where a certification stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No expiry date, or more than [`SOON_DAYS`] away.
    Current,
    /// Expires within [`SOON_DAYS`] days; the days left.
    ExpiresSoon(i64),
    /// Expired; the day it did.
    Expired(NaiveDate),
}

/// How close an expiry date counts as soon.
pub const SOON_DAYS: i64 = 60;

impl Certification {
    /// A certification from typed text, whitespace folded, checked.
    pub fn new(
        name: &str,
        number: &str,
        issued: Option<NaiveDate>,
        expires: Option<NaiveDate>,
    ) -> Result<Certification, CertificationError> {
        let name = super::roster::clean(name);
        let number = super::roster::clean(number);
        if name.is_empty() {
            return Err(CertificationError::NoName);
        }
        for (what, text) in [("name", &name), ("number", &number)] {
            let length = text.chars().count();
            if length > MAX_CERTIFICATION_CHARS {
                return Err(CertificationError::TooLong { what, length });
            }
        }
        if let (Some(issued), Some(expires)) = (issued, expires)
            && expires < issued
        {
            return Err(CertificationError::ExpiresBeforeIssued { issued, expires });
        }
        Ok(Certification {
            name,
            number,
            issued,
            expires,
        })
    }

    /// A name alone, as the roster and older files give it.
    #[must_use]
    pub fn named(name: String) -> Certification {
        Certification {
            name,
            ..Certification::default()
        }
    }

    fn is_name_only(&self) -> bool {
        self.number.is_empty() && self.issued.is_none() && self.expires.is_none()
    }

    /// Expired, expiring within [`SOON_DAYS`] of `today`, or current.
    #[must_use]
    pub fn standing(&self, today: NaiveDate) -> Standing {
        match self.expires {
            Some(day) if day < today => Standing::Expired(day),
            Some(day) if (day - today).num_days() <= SOON_DAYS => {
                Standing::ExpiresSoon((day - today).num_days())
            }
            _ => Standing::Current,
        }
    }

    /// "PA Instructional II (no. 12345, issued 2020-06-01, expires 2026-06-30)".
    #[must_use]
    pub fn described(&self) -> String {
        let mut parts = Vec::new();
        if !self.number.is_empty() {
            parts.push(format!("no. {}", self.number));
        }
        if let Some(day) = self.issued {
            parts.push(format!("issued {day}"));
        }
        if let Some(day) = self.expires {
            parts.push(format!("expires {day}"));
        }
        if parts.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, parts.join(", "))
        }
    }

    /// The standing in words, or nothing when current: "expired on 2026-06-30".
    #[must_use]
    pub fn warning(&self, today: NaiveDate) -> Option<String> {
        match self.standing(today) {
            Standing::Current => None,
            Standing::ExpiresSoon(0) => Some("expires today".into()),
            Standing::ExpiresSoon(days) => Some(format!(
                "expires in {}",
                crate::text::count(days, "day", "days")
            )),
            Standing::Expired(day) => Some(format!("expired on {day}")),
        }
    }
}

impl Qualifications {
    /// Adds `certification`, or replaces the one of the same name.
    pub fn put_certification(
        &mut self,
        certification: Certification,
    ) -> Result<(), CertificationError> {
        let same = |c: &Certification| crate::text::same_text(&c.name, &certification.name);
        if let Some(held) = self.certifications.iter_mut().find(|c| same(c)) {
            *held = certification;
            return Ok(());
        }
        if self.certifications.len() >= MAX_CERTIFICATIONS {
            return Err(CertificationError::TooMany);
        }
        self.certifications.push(certification);
        Ok(())
    }

    /// Removes the certification named `name` (any case); false if none is.
    pub fn remove_certification(&mut self, name: &str) -> bool {
        let before = self.certifications.len();
        self.certifications
            .retain(|c| !crate::text::same_text(&c.name, name.trim()));
        self.certifications.len() != before
    }

    /// The names, as one line: "Elementary K-6; Special Education K-12".
    #[must_use]
    pub fn certification_names(&self) -> String {
        self.certifications
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A certification as typed in a form: text until it is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CertificationText {
    pub name: String,
    pub number: String,
    pub issued: String,
    pub expires: String,
}

impl CertificationText {
    #[must_use]
    pub fn of(c: &Certification) -> CertificationText {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        CertificationText {
            name: c.name.clone(),
            number: c.number.clone(),
            issued: day(c.issued),
            expires: day(c.expires),
        }
    }

    /// The certification these fields name, or why not, naming it.
    pub fn parse(&self, order: super::DateOrder) -> Result<Certification, String> {
        let shown = crate::files::csv_rows::shown(self.name.trim());
        let date = |text: &str, what: &str| {
            super::typed_date(text, order).map_err(|e| {
                let e = e.to_string();
                format!(
                    "the certification {shown}'s {what} date: {}",
                    e.trim_end_matches('.')
                )
            })
        };
        let issued = date(&self.issued, "issue")?;
        let expires = date(&self.expires, "expiry")?;
        Certification::new(&self.name, &self.number, issued, expires).map_err(|e| match e {
            CertificationError::NoName => e.to_string(),
            _ => format!("{shown}: {e}"),
        })
    }
}

/// `names` as certifications, each keeping the number and dates `held`
/// gives the same name: a list of names typed again loses no details.
#[must_use]
pub fn with_details(names: &[Certification], held: &[Certification]) -> Vec<Certification> {
    names
        .iter()
        .map(|named| {
            held.iter()
                .find(|h| crate::text::same_text(&h.name, &named.name))
                .map_or_else(
                    || named.clone(),
                    |h| Certification {
                        name: named.name.clone(),
                        ..h.clone()
                    },
                )
        })
        .collect()
}

impl Serialize for Certification {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_name_only() {
            return serializer.serialize_str(&self.name);
        }
        let mut s = serializer.serialize_struct("Certification", 4)?;
        s.serialize_field("name", &self.name)?;
        if self.number.is_empty() {
            s.skip_field("number")?;
        } else {
            s.serialize_field("number", &self.number)?;
        }
        for (key, day) in [("issued", self.issued), ("expires", self.expires)] {
            match day {
                Some(_) => s.serialize_field(key, &day)?,
                None => s.skip_field(key)?,
            }
        }
        s.end()
    }
}

/// The written form of a certification with details.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Certification")]
struct Detailed {
    name: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    issued: Option<NaiveDate>,
    #[serde(default)]
    expires: Option<NaiveDate>,
}

impl<'de> Deserialize<'de> for Certification {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CertificationVisitor)
    }
}

struct CertificationVisitor;

impl<'de> Visitor<'de> for CertificationVisitor {
    type Value = Certification;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a certification's name, or Certification(name: ..)")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Certification, E> {
        Ok(Certification::named(name.to_string()))
    }

    fn visit_string<E: de::Error>(self, name: String) -> Result<Certification, E> {
        Ok(Certification::named(name))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Certification, A::Error> {
        let d = Detailed::deserialize(de::value::MapAccessDeserializer::new(map))?;
        if let (Some(issued), Some(expires)) = (d.issued, d.expires)
            && expires < issued
        {
            return Err(de::Error::custom(CertificationError::ExpiresBeforeIssued {
                issued,
                expires,
            }));
        }
        Ok(Certification {
            name: d.name,
            number: d.number,
            issued: d.issued,
            expires: d.expires,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn round_trip(q: &Qualifications) -> (String, Qualifications) {
        let text =
            ron::ser::to_string_pretty(q, ron::ser::PrettyConfig::default().struct_names(true))
                .unwrap_or_default();
        let back = ron::from_str(&text).unwrap_or_default();
        (text, back)
    }

    #[test]
    fn a_name_alone_is_written_as_before() {
        let q = Qualifications {
            degree: "M.A. Teaching".into(),
            degree_level: None,
            certifications: vec![Certification::named("Elementary K-6".into())],
        };
        let (text, back) = round_trip(&q);
        assert!(text.contains("\"Elementary K-6\""), "{text}");
        assert!(!text.contains("degree_level"), "{text}");
        assert_eq!(back, q);
    }

    #[test]
    fn details_and_level_round_trip() {
        let cert = Certification::new(
            "PA Instructional II",
            " 12345 ",
            Some(day("2020-06-01")),
            Some(day("2026-06-30")),
        );
        let q = Qualifications {
            degree: "M.Ed. Instructional Technology".into(),
            degree_level: Some(DegreeLevel::Master),
            certifications: vec![
                cert.clone().unwrap_or_default(),
                Certification::named("x".into()),
            ],
        };
        let (text, back) = round_trip(&q);
        assert!(text.contains("Certification("), "{text}");
        assert_eq!(back, q);
        assert_eq!(cert.map(|c| c.number), Ok("12345".to_string()));
    }

    #[test]
    fn expiry_before_issue_is_refused_typed_and_read() {
        let err = Certification::new("A", "", Some(day("2026-01-02")), Some(day("2026-01-01")));
        assert!(matches!(
            err,
            Err(CertificationError::ExpiresBeforeIssued { .. })
        ));
        let text =
            r#"Certification(name: "A", issued: Some("2026-01-02"), expires: Some("2026-01-01"))"#;
        let read: Result<Certification, _> = ron::from_str(text);
        assert!(read.is_err());
        let unknown: Result<Certification, _> = ron::from_str(r#"(name: "A", colour: "red")"#);
        assert!(unknown.is_err());
    }

    #[test]
    fn standing_counts_sixty_days() {
        let today = day("2026-05-01");
        let cert = |expires| Certification {
            expires: Some(day(expires)),
            ..Certification::named("A".into())
        };
        assert_eq!(
            cert("2026-04-30").standing(today),
            Standing::Expired(day("2026-04-30"))
        );
        assert_eq!(
            cert("2026-06-30").standing(today),
            Standing::ExpiresSoon(60)
        );
        assert_eq!(cert("2026-07-01").standing(today), Standing::Current);
        assert_eq!(
            cert("2026-04-30").warning(today).as_deref(),
            Some("expired on 2026-04-30")
        );
        assert_eq!(
            Certification::named("A".into()).standing(today),
            Standing::Current
        );
    }

    #[test]
    fn levels_parse_and_compare() {
        assert_eq!(DegreeLevel::parse("Master's"), Ok(DegreeLevel::Master));
        assert_eq!(
            DegreeLevel::parse("bachelor degree"),
            Ok(DegreeLevel::Bachelor)
        );
        assert!(DegreeLevel::parse("\u{202e}phd").is_err());
        assert!(DegreeLevel::Bachelor < DegreeLevel::Master);
        assert!(DegreeLevel::NoDegree < DegreeLevel::Associate);
    }

    #[test]
    fn hostile_names_are_kept_and_bounded() {
        let name = "Ñ\u{0}名\u{202e} <script>";
        assert!(Certification::new(name, "", None, None).is_ok());
        let long = "x".repeat(MAX_CERTIFICATION_CHARS + 1);
        assert!(matches!(
            Certification::new(&long, "", None, None),
            Err(CertificationError::TooLong { what: "name", .. })
        ));
        assert_eq!(
            Certification::new(" \t", "", None, None),
            Err(CertificationError::NoName)
        );
    }
}
