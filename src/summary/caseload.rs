//! An evaluator's school year at a glance: who has not been observed yet,
//! which observations are still drafts or wait for the educator, and whose
//! evaluation is not finalised. What a principal needs to plan the weeks.
//! Archived educators (who left) and their observations are not part of it.

use std::collections::{HashMap, HashSet};

use crate::record::{Educator, Observation, Status};
use crate::workspace::Contents;

use crate::scoring::in_school_year;

/// One school year's outstanding work in a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caseload {
    pub year: String,
    /// Educators on the staff (not archived).
    pub educators: usize,
    /// Archived educators, left out of everything else here.
    pub archived: usize,
    /// Observations that started in the year.
    pub observations: usize,
    /// Educators with no observation in the year, by name.
    pub not_observed: Vec<Person>,
    /// The year's observations not yet shared with the educator, oldest first.
    pub drafts: Vec<Visit>,
    /// Shared, not yet acknowledged by the educator, oldest first.
    pub awaiting_acknowledgement: Vec<Visit>,
    /// Educators observed in the year whose evaluation for it is not finalised.
    pub to_finalise: Vec<Person>,
    /// Educators whose evaluation for the year is finalised.
    pub finalised: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub school: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub id: String,
    pub educator_id: String,
    pub educator_name: String,
    /// The day it started, `2026-11-12`.
    pub date: String,
}

impl Caseload {
    /// True when nothing is outstanding.
    #[must_use]
    pub fn is_clear(&self) -> bool {
        self.not_observed.is_empty()
            && self.drafts.is_empty()
            && self.awaiting_acknowledgement.is_empty()
            && self.to_finalise.is_empty()
    }
}

/// The caseload of `year` ("2026-27") in `contents`.
#[must_use]
pub fn caseload(contents: &Contents, year: &str) -> Caseload {
    let staff: Vec<&Educator> = contents
        .educators
        .iter()
        .filter(|e| !e.is_archived())
        .collect();
    let archived: HashSet<&str> = contents
        .educators
        .iter()
        .filter(|e| e.is_archived())
        .map(|e| e.id.as_str())
        .collect();
    let in_year: Vec<&Observation> = contents
        .observations
        .iter()
        .filter(|o| in_school_year(o.started_at.date_naive(), year))
        .filter(|o| !archived.contains(o.educator_id.as_str()))
        .collect();
    // Sets and a map, not searches, so a window showing this on every frame
    // stays fast for a district of thousands.
    let observed: HashSet<&str> = in_year.iter().map(|o| o.educator_id.as_str()).collect();
    let finalised: HashSet<&str> = contents
        .summatives
        .iter()
        .filter(|s| s.school_year == year && s.finalized.is_some())
        .map(|s| s.educator_id.as_str())
        .collect();
    let names: HashMap<&str, &str> = contents
        .educators
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let observed = |e: &&Educator| observed.contains(e.id.as_str());
    let is_final = |e: &&Educator| finalised.contains(e.id.as_str());
    let visits = |wanted: fn(&Status) -> bool| visits(&in_year, &names, wanted);
    Caseload {
        year: year.to_string(),
        educators: staff.len(),
        archived: archived.len(),
        observations: in_year.len(),
        not_observed: staff
            .iter()
            .filter(|e| !observed(e))
            .map(|e| person(e))
            .collect(),
        drafts: visits(|s| matches!(s, Status::Draft)),
        awaiting_acknowledgement: visits(|s| matches!(s, Status::Shared { .. })),
        to_finalise: staff
            .iter()
            .filter(|e| observed(e) && !is_final(e))
            .map(|e| person(e))
            .collect(),
        finalised: staff.iter().filter(|e| is_final(e)).count(),
    }
}

/// An educator as the caseload lists them.
fn person(e: &Educator) -> Person {
    Person {
        id: e.id.clone(),
        name: e.name.clone(),
        school: e.school.clone(),
    }
}

/// The year's observations in a wanted state, with their educators' names.
fn visits(
    in_year: &[&Observation],
    names: &HashMap<&str, &str>,
    wanted: fn(&Status) -> bool,
) -> Vec<Visit> {
    in_year
        .iter()
        .filter(|o| wanted(&o.status))
        .map(|o| Visit {
            id: o.id.clone(),
            educator_id: o.educator_id.clone(),
            educator_name: names
                .get(o.educator_id.as_str())
                .map_or_else(|| o.educator_id.clone(), std::string::ToString::to_string),
            date: o.started_at.date_naive().to_string(),
        })
        .collect()
}
