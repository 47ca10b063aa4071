//! Batch documents: the PDFs of every educator of a school (or of every
//! school) in one folder, in one step. The window's "Export documents…" and
//! `teacher-eval report batch` both choose with [`select`] and write with
//! [`write_batch`], so they write the same files under the same names.

mod names;
mod said;
mod typed;
mod write;

use chrono::NaiveDate;

use crate::record::{Educator, Status};
use crate::scoring::in_school_year;
use crate::text::same_text;
use crate::workspace::Contents;

pub use typed::Typed;
pub use write::{BatchOutcome, Batched, Sources, write_batch};

/// What to write: whose documents, of which kinds, and of when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRequest {
    /// Educators of this school (compared without case); `None`: every school.
    pub school: Option<String>,
    /// The school year of the evaluations and plans ("2026-27"), and of the
    /// observations when no dates are given.
    pub year: String,
    /// Observations on or after this day (their local date), when given.
    pub from: Option<NaiveDate>,
    /// Observations on or before this day, when given.
    pub to: Option<NaiveDate>,
    pub kinds: Kinds,
    /// Draft observations go too; otherwise only shared and acknowledged
    /// ones, as a batch is what gets filed and sent.
    pub drafts: bool,
    /// Write over files of the same name already in the folder; otherwise
    /// they are kept and listed.
    pub replace: bool,
}

/// The kinds of document a batch writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    pub observations: bool,
    pub summatives: bool,
    pub plans: bool,
}

impl Kinds {
    pub const ALL: Kinds = Kinds {
        observations: true,
        summatives: true,
        plans: true,
    };

    #[must_use]
    pub fn none(self) -> bool {
        !(self.observations || self.summatives || self.plans)
    }
}

/// One document of a batch: the record it is made from, by its index in
/// the workspace's lists, and the file name it is written under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub what: What,
    pub educator: usize,
    pub file_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Observation(usize),
    Summative(usize),
    Plan(usize),
}

impl What {
    /// 0, 1 or 2: observation, evaluation, plan.
    fn kind(self) -> usize {
        match self {
            What::Observation(_) => 0,
            What::Summative(_) => 1,
            What::Plan(_) => 2,
        }
    }
}

/// The documents chosen, and what was left out and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub documents: Vec<Planned>,
    /// Educators of the school (archived ones aside).
    pub educators: usize,
    /// Draft observations in range, left out because drafts were not asked for.
    pub drafts_left: usize,
    /// The kinds asked for that none of the educators has, in words
    /// ("a stored summative evaluation"), so that an empty kind is said, not silent.
    pub none_of: Vec<&'static str>,
}

/// The request's documents, educator by educator (as the roster lists
/// them), each educator's observations oldest first, then the evaluation,
/// then the plan. Archived educators are left out: they have left.
#[must_use]
pub fn select(contents: &Contents, request: &BatchRequest, today: NaiveDate) -> Selection {
    let mut names = names::Names::default();
    let mut selection = Selection::default();
    for (index, educator) in contents.educators.iter().enumerate() {
        if educator.archived.is_some() || !at_school(educator, request.school.as_deref()) {
            continue;
        }
        selection.educators += 1;
        let mut add = |what: What, date: NaiveDate, kind: &str| {
            selection.documents.push(Planned {
                what,
                educator: index,
                file_name: names.unique(date, kind, &educator.name),
            });
        };
        if request.kinds.observations {
            for (i, observation) in contents.observations.iter().enumerate() {
                if observation.educator_id != educator.id
                    || !in_range(observation.started_at.date_naive(), request)
                {
                    continue;
                }
                if observation.status == Status::Draft && !request.drafts {
                    selection.drafts_left += 1;
                    continue;
                }
                add(
                    What::Observation(i),
                    observation.started_at.date_naive(),
                    "Observation",
                );
            }
        }
        if request.kinds.summatives
            && let Some(i) = latest(contents, &educator.id, &request.year, true)
        {
            add(What::Summative(i), today, "Summative Evaluation");
        }
        if request.kinds.plans
            && let Some(i) = latest(contents, &educator.id, &request.year, false)
        {
            let plan = &contents.growth_plans[i];
            add(What::Plan(i), today, plan.kind.document_name());
        }
    }
    let has = |kind: usize| selection.documents.iter().any(|d| d.what.kind() == kind);
    let asked = [
        request.kinds.observations,
        request.kinds.summatives,
        request.kinds.plans,
    ];
    let words = [
        "an observation",
        "a stored summative evaluation",
        "a stored growth or improvement plan",
    ];
    let none_of: Vec<&'static str> = (0..3)
        .filter(|&k| asked[k] && selection.educators > 0 && !has(k))
        .map(|k| words[k])
        .collect();
    selection.none_of = none_of;
    selection
}

fn at_school(educator: &Educator, school: Option<&str>) -> bool {
    school.is_none_or(|school| same_text(school.trim(), educator.school.trim()))
}

/// Within the dates given, or in the school year when none are.
fn in_range(date: NaiveDate, request: &BatchRequest) -> bool {
    if request.from.is_none() && request.to.is_none() {
        return in_school_year(date, &request.year);
    }
    request.from.is_none_or(|from| date >= from) && request.to.is_none_or(|to| date <= to)
}

/// The index of the educator's evaluation (`true`) or plan of the year
/// that the window shows, if one is stored.
fn latest(contents: &Contents, educator_id: &str, year: &str, summative: bool) -> Option<usize> {
    if summative {
        let chosen = contents.summative_for(educator_id, year)?;
        contents
            .summatives
            .iter()
            .position(|s| std::ptr::eq(s, chosen))
    } else {
        let chosen = contents.plan_for(educator_id, year)?;
        contents
            .growth_plans
            .iter()
            .position(|p| std::ptr::eq(p, chosen))
    }
}
