//! The year's observation calendar: the state's rules as data (`rules`,
//! `load`), working days (`working_days`), what is due for each educator
//! against the observations done and planned (`due`), and the calendar
//! file (`ics`). Plain data and functions: the window and the command line
//! call the same ones.

mod due;
mod ics;
mod load;
mod rules;
mod working_days;

use chrono::NaiveDate;

pub use due::{DueItem, EducatorDue, Standing, Wanted, Year, educator_due, ratings_in_year};
pub use ics::calendar_text;
pub use load::{RuleSets, RulesEntry, parse_rules};
pub use rules::{ComplianceRules, DayOfYear, Deadline, Due, RULES_SCHEMA, Source, StatusRule};
pub use working_days::WorkingDays;

use crate::record::PlannedVisit;
use crate::scoring::{counts_in_year, in_school_year, school_year_of};
use crate::workspace::Contents;

/// Why there is no schedule to show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error(
        "the workspace has no state's rules chosen; choose them with `teacher-eval settings --rules new-jersey` (or illinois, pennsylvania, or your own)"
    )]
    NoRules,
    #[error("{0}")]
    NotLoaded(String),
}

/// The rules the workspace's settings choose, among those loaded.
pub fn chosen_rules<'a>(
    settings: &crate::workspace::Settings,
    sets: &'a RuleSets,
) -> Result<&'a ComplianceRules, ScheduleError> {
    let id = settings
        .compliance_rules
        .as_deref()
        .ok_or(ScheduleError::NoRules)?;
    sets.get(id)
        .ok_or_else(|| ScheduleError::NotLoaded(sets.not_loaded(id)))
}

/// Reads what the schedule needs from `workspace` (observations whole, so
/// a conference's notes are seen) and works it out as on `on`, with the
/// files set aside.
pub fn workspace_schedule(
    workspace: &crate::workspace::Workspace,
    sets: &RuleSets,
    on: NaiveDate,
) -> Result<(Schedule, Vec<crate::workspace::SetAside>), ScheduleError> {
    use crate::workspace::{Kind, Progress, Reading};
    let reading = Reading::EDUCATORS
        .and(Kind::Observations)
        .and(Kind::Summatives);
    let mut contents = workspace.load_with(reading, &Progress::default());
    let rules = chosen_rules(&contents.settings, sets)?;
    let (planned, aside) = workspace.planned_visits();
    contents.set_aside.extend(aside);
    Ok((schedule(&contents, &planned, rules, on), contents.set_aside))
}

/// A planned visit as the schedule shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitLine {
    pub visit: PlannedVisit,
    pub educator_name: String,
    /// The educator's role, which names the kinds of visit (`rubric::Visits`).
    pub educator_role: String,
    /// The observation that started that day, when there is one.
    pub held: Option<String>,
}

impl VisitLine {
    /// "planned", "held" or "missed" (the day passed with no observation).
    #[must_use]
    pub fn state(&self, on: NaiveDate) -> &'static str {
        match (&self.held, self.visit.date() < on) {
            (Some(_), _) => "held",
            (None, true) => "missed",
            (None, false) => "planned",
        }
    }
}

/// The school year's calendar on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub year: String,
    pub on: NaiveDate,
    pub rules_id: String,
    pub rules_title: String,
    /// Educators on the staff, by name.
    pub people: Vec<EducatorDue>,
    /// The year's planned visits, earliest first.
    pub visits: Vec<VisitLine>,
}

impl Schedule {
    /// How many educators stand so.
    #[must_use]
    pub fn count(&self, standing: Standing) -> usize {
        self.people
            .iter()
            .filter(|p| p.standing == standing)
            .count()
    }
}

/// The schedule of the school year containing `on`, under `rules`, from
/// the records in `contents` (observations read whole: a post-conference
/// is held when its text is written) and the planned visits.
#[must_use]
pub fn schedule(
    contents: &Contents,
    planned: &[PlannedVisit],
    rules: &ComplianceRules,
    on: NaiveDate,
) -> Schedule {
    let year = school_year_of(on);
    let days = WorkingDays::new(contents.settings.school_holidays.iter().copied());
    let visits = visit_lines(contents, planned, &year);
    let people = contents
        .educators
        .iter()
        .filter(|e| counts_in_year(e, &year, false))
        .map(|e| {
            let context = Year {
                year: &year,
                on,
                days: &days,
                observations: contents
                    .observations_of(&e.id)
                    .filter(|o| in_school_year(o.started_at.date_naive(), &year))
                    .collect(),
                planned: visits
                    .iter()
                    .filter(|v| v.visit.educator_id == e.id && v.held.is_none())
                    .map(|v| &v.visit)
                    .collect(),
                ratings: ratings_in_year(&contents.summatives, &e.id, &year),
            };
            educator_due(rules, e, &context)
        })
        .collect();
    Schedule {
        year,
        on,
        rules_id: rules.id.clone(),
        rules_title: rules.title.clone(),
        people,
        visits,
    }
}

/// The year's planned visits of educators on the staff, each with the
/// observation held that day if there is one.
fn visit_lines(contents: &Contents, planned: &[PlannedVisit], year: &str) -> Vec<VisitLine> {
    planned
        .iter()
        .filter(|v| in_school_year(v.date(), year))
        .filter_map(|v| {
            let educator = contents.educator(&v.educator_id)?;
            let held = contents
                .observations_of(&v.educator_id)
                .find(|o| o.started_at.date_naive() == v.date())
                .map(|o| o.id.clone());
            Some(VisitLine {
                visit: v.clone(),
                educator_name: educator.name.clone(),
                educator_role: educator.role.clone(),
                held,
            })
        })
        .collect()
}
