//! The parts of a scoring profile beyond observation and practice: the
//! state's form, the student measures and their weights by school year, how
//! the final score is rounded, and the plan a low rating calls for. Each
//! field defaults, so a profile written before measures existed still reads.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The state's form the profile follows, and the words it uses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Form {
    /// "Pennsylvania"; empty for a district's own rules.
    pub state: String,
    /// The form's name as the state prints it, e.g. "PDE 13-1 Classroom Teacher Rating Form".
    pub name: String,
    /// What the form calls the practice part, e.g. "Observation & Practice".
    pub practice_label: String,
    /// The state's words for the educator's employment status, by the
    /// status the roster holds ("Probationary", "Tenured").
    pub employment: BTreeMap<String, String>,
    /// School years the profile's rules were in force; see [`Years`].
    pub years: Years,
}

/// School years ("2021-22"), inclusive; `None` leaves that end open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Years {
    pub from: Option<String>,
    pub until: Option<String>,
}

impl Years {
    /// Whether `year` ("2026-27") falls in the range. Stored school years of
    /// four-digit years sort as text.
    #[must_use]
    pub fn contains(&self, year: &str) -> bool {
        self.from.as_deref().is_none_or(|f| year >= f)
            && self.until.as_deref().is_none_or(|u| year <= u)
    }

    /// "2021-22 onwards", "until 2020-21", "2016-17 to 2019-20", or "every year".
    #[must_use]
    pub fn describe(&self) -> String {
        match (&self.from, &self.until) {
            (None, None) => "every school year".into(),
            (Some(f), None) => format!("{f} onwards"),
            (None, Some(u)) => format!("school years up to {u}"),
            (Some(f), Some(u)) if f == u => format!("{f} only"),
            (Some(f), Some(u)) => format!("{f} to {u}"),
        }
    }
}

/// A student measure the profile counts, such as an SLO or a building score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureRule {
    /// The id measure records use: "building", "slo", "sgo", "msgp" …
    pub id: String,
    pub name: String,
    /// Its line on the state's form, e.g. "B.1".
    #[serde(default)]
    pub part: String,
    /// The scores the source gives, lowest and highest (a building-level
    /// score of 0-100, a median growth percentile of 1-99). Without a
    /// conversion the score is already on the profile's scale.
    pub range: (f64, f64),
    /// From the source's score to the profile's scale: each step starts at
    /// `min` (inclusive), lowest first. Empty: the score is used as it is.
    #[serde(default)]
    pub conversion: Vec<Step>,
}

/// One row of a conversion table.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub min: f64,
    pub value: f64,
}

impl MeasureRule {
    /// A source score on the profile's scale, or why it cannot be one.
    pub fn convert(&self, score: f64) -> Result<f64, String> {
        let (low, high) = self.range;
        if !score.is_finite() || score < low - 1e-9 || score > high + 1e-9 {
            return Err(format!(
                "{} {} is outside {}-{}",
                self.name,
                trim_number(score),
                trim_number(low),
                trim_number(high)
            ));
        }
        if self.conversion.is_empty() {
            return Ok(score);
        }
        Ok(self
            .conversion
            .iter()
            .rev()
            .find(|s| score + 1e-9 >= s.min)
            .or(self.conversion.first())
            .map_or(score, |s| s.value))
    }
}

/// A number as people write it: no trailing zeros.
#[must_use]
pub fn trim_number(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}

/// The weights of practice and of each measure, for some school years and
/// some educators. A profile lists them in order; the first that applies wins.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weighting {
    #[serde(default)]
    pub years: Years,
    #[serde(default)]
    pub when: Condition,
    /// Who these weights are for, in a phrase ("teachers with an mSGP").
    #[serde(default)]
    pub label: String,
    pub practice: f64,
    /// Weight by measure id; a measure left out weighs nothing.
    #[serde(default)]
    pub measures: BTreeMap<String, f64>,
}

/// When a weighting applies besides its years.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Condition {
    #[default]
    Always,
    /// The educator has a record of this measure in the year (scored or pending).
    HasMeasure(String),
    /// The evaluation is a semi-annual one (Pennsylvania's temporary professionals).
    SemiAnnual,
}

/// How the final score is rounded before it is banded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rounding {
    /// Half up at the profile's decimals.
    #[default]
    HalfUp,
    /// Cut to `truncate` places first, then half up at the profile's
    /// decimals (Pennsylvania's rating-tool workbooks).
    TruncateThenHalfUp { truncate: u32 },
}

/// The plan a rating in a plan band calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRule {
    /// The state's term, e.g. "Performance Improvement Plan".
    pub name: String,
    /// When it must be in place and how long it runs, in the state's terms.
    pub timeline: String,
    /// Where the rule comes from.
    #[serde(default)]
    pub source: String,
}
