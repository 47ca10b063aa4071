//! Which record of a school year is the one to work from, and where a saved
//! record goes in the lists: one rule each, so the window and the command
//! line always show the same evaluation and plan.

use std::cmp::Ordering;

use super::{Contents, Record};
use crate::record::{
    Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative, Timestamp,
};

/// An educator's evaluation of a school year, and whether it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct YearSummative {
    pub summative: Summative,
    pub stored: bool,
}

impl Contents {
    /// The educator's stored evaluation for `year`. Two can exist once a
    /// bundle import brings another principal's (records merge by id): the
    /// one changed last is shown, as it holds the latest work; equal change
    /// times go to the greater id, so every reader picks the same one.
    #[must_use]
    pub fn summative_for(&self, educator_id: &str, year: &str) -> Option<&Summative> {
        latest_summative(
            self.summatives
                .iter()
                .filter(|s| s.educator_id == educator_id && s.school_year == year),
        )
    }

    /// The educator's stored growth plan for `year`, chosen as
    /// [`Contents::summative_for`] chooses.
    #[must_use]
    pub fn plan_for(&self, educator_id: &str, year: &str) -> Option<&GrowthPlan> {
        latest(
            self.growth_plans
                .iter()
                .filter(|p| p.educator_id == educator_id && p.school_year == year),
            |p| (p.changed, p.id.as_str()),
        )
    }

    /// The stored evaluation for `year`, else a new, unsaved draft scored
    /// under `profile` or, without one, the workspace's profile for the
    /// educator's role.
    #[must_use]
    pub fn summative_or_draft(
        &self,
        educator: &Educator,
        year: &str,
        profile: Option<&str>,
    ) -> YearSummative {
        if let Some(stored) = self.summative_for(&educator.id, year) {
            return YearSummative {
                summative: stored.clone(),
                stored: true,
            };
        }
        let profile = profile.unwrap_or(self.settings.profile_for(&educator.role));
        YearSummative {
            summative: crate::scoring::new_summative(educator, year, profile),
            stored: false,
        }
    }

    /// The educator's self-assessment of `year`, chosen as
    /// [`Contents::summative_for`] chooses (its id is made from the two, but
    /// a file written by hand may hold another).
    #[must_use]
    pub fn self_assessment_for(&self, educator_id: &str, year: &str) -> Option<&SelfAssessment> {
        latest(
            self.self_assessments
                .iter()
                .filter(|s| s.educator_id == educator_id && s.school_year == year),
            |s| (s.changed, s.id.as_str()),
        )
    }

    /// The educator's student measures of `year`, in the order loading gives them.
    pub fn measures_for<'a>(
        &'a self,
        educator_id: &'a str,
        year: &'a str,
    ) -> impl Iterator<Item = &'a Measure> {
        self.measures
            .iter()
            .filter(move |m| m.educator_id == educator_id && m.school_year == year)
    }

    /// The rubric a plan's components come from: that of the evaluation it
    /// was proposed from, else the educator's.
    #[must_use]
    pub fn plan_rubric_id<'a>(&'a self, plan: &GrowthPlan, educator: &'a Educator) -> &'a str {
        let source = match &plan.source {
            crate::record::PlanSource::Summative(id) => {
                self.summatives.iter().find(|s| &s.id == id)
            }
            _ => None,
        };
        source.map_or(educator.rubric_id.as_str(), |s| s.rubric_id.as_str())
    }

    /// Puts a saved record in its list, replacing the one with its id, and
    /// keeps the list in the order loading gives it.
    pub fn upsert<R: Listed>(&mut self, record: R) {
        let list = R::list(self);
        if let Some(at) = list.iter().position(|r| r.id() == record.id()) {
            list.remove(at);
        }
        // The list is in order already: put the record in its place rather
        // than sort a district's list (and copy half of it) on every save.
        let at = list.partition_point(|r| R::order(r, &record).is_lt());
        list.insert(at, record);
    }
}

/// The greatest by `key` (change time, then id), or `None`.
/// Of evaluations of one educator and year, wherever they were read from
/// (one workspace, or a district summary's many), the one to work from:
/// [`Contents::summative_for`]'s rule.
#[must_use]
pub fn latest_summative<'a>(
    summatives: impl IntoIterator<Item = &'a Summative>,
) -> Option<&'a Summative> {
    latest(summatives.into_iter(), |s| (s.changed, s.id.as_str()))
}

fn latest<'a, R>(
    records: impl Iterator<Item = &'a R>,
    key: impl Fn(&R) -> (Timestamp, &str),
) -> Option<&'a R> {
    records.max_by(|a, b| key(a).cmp(&key(b)))
}

/// A kind of record [`Contents`] keeps in a sorted list.
pub trait Listed: Record + Sized {
    /// The list of this kind in `contents`.
    fn list(contents: &mut Contents) -> &mut Vec<Self>;
    /// The order of the list.
    fn order(a: &Self, b: &Self) -> Ordering;
}

impl Listed for Educator {
    fn list(contents: &mut Contents) -> &mut Vec<Self> {
        &mut contents.educators
    }
    /// By name without regard to case, then id.
    fn order(a: &Self, b: &Self) -> Ordering {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    }
}

impl Listed for Observation {
    fn list(contents: &mut Contents) -> &mut Vec<Self> {
        &mut contents.observations
    }
    /// Oldest first, then id.
    fn order(a: &Self, b: &Self) -> Ordering {
        a.started_at.cmp(&b.started_at).then(a.id.cmp(&b.id))
    }
}

impl Listed for Summative {
    fn list(contents: &mut Contents) -> &mut Vec<Self> {
        &mut contents.summatives
    }
    /// By school year, then id.
    fn order(a: &Self, b: &Self) -> Ordering {
        a.school_year.cmp(&b.school_year).then(a.id.cmp(&b.id))
    }
}

impl Listed for GrowthPlan {
    fn list(contents: &mut Contents) -> &mut Vec<Self> {
        &mut contents.growth_plans
    }
    /// By school year, then id.
    fn order(a: &Self, b: &Self) -> Ordering {
        a.school_year.cmp(&b.school_year).then(a.id.cmp(&b.id))
    }
}

impl Listed for SelfAssessment {
    fn list(contents: &mut Contents) -> &mut Vec<Self> {
        &mut contents.self_assessments
    }
    /// By school year, educator, then id.
    fn order(a: &Self, b: &Self) -> Ordering {
        (&a.school_year, &a.educator_id, &a.id).cmp(&(&b.school_year, &b.educator_id, &b.id))
    }
}

impl Listed for Measure {
    fn list(contents: &mut Contents) -> &mut Vec<Self> {
        &mut contents.measures
    }
    /// By school year, educator, measure, then id.
    fn order(a: &Self, b: &Self) -> Ordering {
        (&a.school_year, &a.educator_id, &a.measure, &a.id).cmp(&(
            &b.school_year,
            &b.educator_id,
            &b.measure,
            &b.id,
        ))
    }
}
