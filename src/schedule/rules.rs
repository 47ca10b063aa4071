//! What a state requires of the year's observations, per employment
//! status, as data: one RON file per state (`rubrics/rules/*.ron`), each
//! number beside the public rule it comes from.

use serde::{Deserialize, Serialize};

use crate::record::{Employment, ObservationKind};

/// The version of the rules file format this build reads.
pub const RULES_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplianceRules {
    pub schema: u32,
    pub id: String,
    pub title: String,
    /// The state or district the rules are of.
    pub state: String,
    /// The rules as a whole, and where they are published.
    pub source: String,
    pub statuses: Vec<StatusRule>,
}

/// What one employment status needs in a school year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusRule {
    /// The statuses it is for: `probationary`, `tenured`, or a status the
    /// district types (matched without regard to case).
    pub employment: Vec<String>,
    /// What people call them ("Nontenured teachers").
    pub label: String,
    /// Observations a year, at least.
    pub observations: u32,
    /// Of which at least this many announced...
    #[serde(default)]
    pub announced: u32,
    /// ...and this many unannounced...
    #[serde(default)]
    pub unannounced: u32,
    /// ...and this many formal.
    #[serde(default)]
    pub formal: u32,
    /// An observation shorter than this does not count.
    #[serde(default)]
    pub min_minutes: u32,
    /// The kinds of visit that count (all, when empty).
    #[serde(default)]
    pub kinds: Vec<ObservationKind>,
    /// A post-observation conference within this many working days.
    #[serde(default)]
    pub post_conference_days: Option<u32>,
    /// The kinds of visit the conference deadline is for (all, when empty).
    #[serde(default)]
    pub conference_kinds: Vec<ObservationKind>,
    /// The dates things are due by, in the school year.
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    /// Said beside the status where it matters ("in the year of the evaluation").
    #[serde(default)]
    pub note: String,
    /// Where each number comes from.
    pub sources: Vec<Source>,
}

/// A day of the school year by month and day (1 July to 30 June).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayOfYear {
    pub month: u32,
    pub day: u32,
}

/// A date something is due by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub what: Due,
    pub by: DayOfYear,
    pub source: Source,
}

/// What a deadline asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Due {
    /// Every required observation done.
    Observations,
    /// One more finalised summative evaluation (two `Rating` deadlines:
    /// rated twice a year).
    Rating,
}

/// The public rule behind a number, and whether it was checked against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What it establishes ("2 observations, each at least 20 minutes").
    pub fact: String,
    /// The section ("N.J.A.C. 6A:10-4.4(c)").
    pub cite: String,
    #[serde(default)]
    pub url: String,
    /// Checked against the published text; `false` is a district's choice
    /// or a number not yet found in the rule itself.
    pub verified: bool,
}

impl StatusRule {
    /// Whether the rule is for someone of `employment`.
    #[must_use]
    pub fn covers(&self, employment: &Employment) -> bool {
        let key = employment_key(employment);
        self.employment
            .iter()
            .any(|e| crate::text::folded(e) == key)
    }

    /// Whether a visit of `kind` counts.
    #[must_use]
    pub fn counts_kind(&self, kind: ObservationKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    /// Whether an observation of `kind` needs a post-conference in time.
    #[must_use]
    pub fn needs_conference(&self, kind: ObservationKind) -> bool {
        self.post_conference_days.is_some()
            && (self.conference_kinds.is_empty() || self.conference_kinds.contains(&kind))
    }

    /// The rating deadlines, earliest in the school year first.
    #[must_use]
    pub fn rating_deadlines(&self) -> Vec<&Deadline> {
        let mut list: Vec<&Deadline> = self
            .deadlines
            .iter()
            .filter(|d| d.what == Due::Rating)
            .collect();
        list.sort_by_key(|d| d.by.order());
        list
    }

    /// The day the observations are due by: the rule's, else the school
    /// year's last day (30 June).
    #[must_use]
    pub fn observations_by(&self) -> DayOfYear {
        self.deadlines
            .iter()
            .find(|d| d.what == Due::Observations)
            .map_or(DayOfYear { month: 6, day: 30 }, |d| d.by)
    }
}

impl ComplianceRules {
    /// The rule for `employment`, if the file has one.
    #[must_use]
    pub fn for_employment(&self, employment: &Employment) -> Option<&StatusRule> {
        self.statuses.iter().find(|s| s.covers(employment))
    }
}

/// The word a status is matched by.
fn employment_key(employment: &Employment) -> String {
    match employment {
        Employment::Probationary => "probationary".into(),
        Employment::Tenured => "tenured".into(),
        Employment::Other(text) => crate::text::folded(text),
    }
}

impl DayOfYear {
    /// Its place in a school year that starts in July.
    #[must_use]
    pub fn order(self) -> (u32, u32) {
        ((self.month + 5) % 12, self.day)
    }

    /// The date in `year` ("2026-27"): July to December in the first
    /// calendar year, January to June in the second.
    #[must_use]
    pub fn in_school_year(self, year: &str) -> Option<chrono::NaiveDate> {
        let start: i32 = year.get(..4)?.parse().ok()?;
        let calendar_year = if self.month >= 7 { start } else { start + 1 };
        chrono::NaiveDate::from_ymd_opt(calendar_year, self.month, self.day)
    }
}
