//! Where an educator stands against the district's minimum degree for their
//! role and the expiry of their certifications: the one rule the overview,
//! `educator show` and the summary's filter all use.

use chrono::NaiveDate;

use super::{DegreeLevel, Qualifications, Standing};

/// What falls short, or is not known, about one educator's qualifications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shortfall {
    /// The recorded degree is below the role's minimum.
    BelowMinimum {
        has: DegreeLevel,
        minimum: DegreeLevel,
    },
    /// A minimum is set and no degree level is recorded: not known, not short.
    NotRecorded { minimum: DegreeLevel },
    /// A certification expired on this day.
    Expired { name: String, on: NaiveDate },
}

impl Shortfall {
    /// Whether this says the educator falls short (an unknown degree does not).
    #[must_use]
    pub fn falls_short(&self) -> bool {
        !matches!(self, Shortfall::NotRecorded { .. })
    }
}

impl std::fmt::Display for Shortfall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shortfall::BelowMinimum { has, minimum } => {
                write!(f, "{has}, below the role's minimum of a {minimum} degree")
            }
            Shortfall::NotRecorded { minimum } => write!(
                f,
                "degree not recorded (the role's minimum is a {minimum} degree)"
            ),
            Shortfall::Expired { name, on } => write!(f, "{name} expired on {on}"),
        }
    }
}

/// Whether the recorded degree meets `minimum`: `None` when none is set
/// or no level is recorded.
#[must_use]
pub fn meets_minimum(q: &Qualifications, minimum: Option<DegreeLevel>) -> Option<bool> {
    Some(q.degree_level? >= minimum?)
}

/// Everything that falls short or is not known, degree first, on `today`.
#[must_use]
pub fn shortfalls(
    q: &Qualifications,
    minimum: Option<DegreeLevel>,
    today: NaiveDate,
) -> Vec<Shortfall> {
    let mut out = Vec::new();
    if let Some(minimum) = minimum {
        match q.degree_level {
            None => out.push(Shortfall::NotRecorded { minimum }),
            Some(has) if has < minimum => out.push(Shortfall::BelowMinimum { has, minimum }),
            Some(_) => {}
        }
    }
    for c in &q.certifications {
        if let Standing::Expired(on) = c.standing(today) {
            out.push(Shortfall::Expired {
                name: c.name.clone(),
                on,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Certification;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn below_unknown_and_expired_are_told_apart() {
        let today = day(2026, 12, 1);
        let mut q = Qualifications::default();
        let master = Some(DegreeLevel::Master);
        assert_eq!(
            shortfalls(&q, master, today),
            vec![Shortfall::NotRecorded {
                minimum: DegreeLevel::Master
            }]
        );
        assert!(!shortfalls(&q, master, today)[0].falls_short());
        assert_eq!(meets_minimum(&q, master), None);
        assert!(shortfalls(&q, None, today).is_empty());
        q.degree_level = Some(DegreeLevel::Bachelor);
        assert_eq!(meets_minimum(&q, master), Some(false));
        assert!(shortfalls(&q, master, today)[0].falls_short());
        q.degree_level = Some(DegreeLevel::Doctorate);
        assert_eq!(meets_minimum(&q, master), Some(true));
        q.certifications.push(Certification {
            expires: Some(day(2026, 11, 30)),
            ..Certification::named("Reading Specialist".into())
        });
        assert_eq!(
            shortfalls(&q, master, today),
            vec![Shortfall::Expired {
                name: "Reading Specialist".into(),
                on: day(2026, 11, 30)
            }]
        );
    }
}
