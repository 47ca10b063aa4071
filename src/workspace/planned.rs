//! Planned visits in a workspace: `planned/vis-….ron`, one small record
//! each, created atomically, listed with the files that do not read set
//! aside, and removed with their content kept in history first. The window
//! and the command line call the same functions.

use chrono::{NaiveDate, NaiveTime};

use super::{Progress, Record, SetAside, Workspace, WorkspaceError};
use crate::record::{
    Educator, IdKind, ObservationKind, PlannedVisit, RECORD_SCHEMA, TimeError, at_clock_time,
    new_id, now,
};

/// The longest room kept: a place on a calendar, not a note.
pub const MAX_ROOM_CHARS: usize = 100;
/// The longest visit planned: a school day.
pub const MAX_VISIT_MINUTES: u32 = 600;

/// A visit to plan, as the evaluator gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitPlan {
    pub educator_id: String,
    pub kind: ObservationKind,
    pub date: NaiveDate,
    pub time: NaiveTime,
    pub minutes: Option<u32>,
    pub room: String,
    /// `None`: as the kind usually is (a formal observation is announced).
    pub announced: Option<bool>,
}

/// Why a visit was not planned, in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("{0}")]
    Workspace(#[from] WorkspaceError),
    #[error("{name} has left (archived), so no visit is planned for them")]
    Archived { name: String },
    #[error("the room is {0} characters long, more than the {MAX_ROOM_CHARS} allowed")]
    LongRoom(usize),
    #[error("a visit lasts 1 to {MAX_VISIT_MINUTES} minutes, not {0}")]
    Minutes(u32),
    #[error("{0}")]
    Time(#[from] TimeError),
}

impl Workspace {
    /// Plans a visit: checks the educator is on the staff and the details
    /// fit, then creates its record.
    pub fn plan_visit(&self, plan: &VisitPlan) -> Result<PlannedVisit, PlanError> {
        let educator: Educator = self.read(&plan.educator_id)?;
        if educator.archived.is_some() {
            return Err(PlanError::Archived {
                name: educator.name,
            });
        }
        let room = folded(&plan.room);
        let length = room.chars().count();
        if length > MAX_ROOM_CHARS {
            return Err(PlanError::LongRoom(length));
        }
        if let Some(m) = plan
            .minutes
            .filter(|m| !(1..=MAX_VISIT_MINUTES).contains(m))
        {
            return Err(PlanError::Minutes(m));
        }
        let at = at_clock_time(&chrono::Local, plan.date, plan.time)?;
        let stamp = now();
        let visit = PlannedVisit {
            schema: RECORD_SCHEMA,
            id: new_id(IdKind::PlannedVisit),
            educator_id: educator.id,
            kind: plan.kind,
            at,
            minutes: plan.minutes,
            room,
            announced: plan
                .announced
                .unwrap_or_else(|| plan.kind.announced_by_default()),
            created: stamp,
            changed: stamp,
        };
        let folder = self.root().join(PlannedVisit::FOLDER);
        if std::fs::symlink_metadata(&folder).is_ok_and(|m| !m.is_dir()) {
            return Err(WorkspaceError::Write {
                source: std::io::Error::other(format!(
                    "{} is a link or a file, and nothing is written through it",
                    folder.display()
                )),
                path: folder,
            }
            .into());
        }
        super::atomic::create_private_dir(&folder).map_err(|source| WorkspaceError::Write {
            path: folder,
            source,
        })?;
        self.create(&visit)?;
        Ok(visit)
    }

    /// Every planned visit, earliest first, and the files that do not read
    /// (kept as they are). Works on a read-only workspace too.
    #[must_use]
    pub fn planned_visits(&self) -> (Vec<PlannedVisit>, Vec<SetAside>) {
        let mut visits = Vec::new();
        let stop = std::sync::atomic::AtomicBool::new(false);
        let aside = self.scan::<PlannedVisit, PlannedVisit>(
            &Progress::default(),
            &stop,
            |visit| vec![visit],
            |mut slice| visits.append(&mut slice),
        );
        visits.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        (visits, aside)
    }

    /// Removes the planned visit `id`, its content kept first in its history.
    pub fn remove_planned_visit(&self, id: &str) -> Result<PlannedVisit, WorkspaceError> {
        self.remove_keeping_history::<PlannedVisit>(id)
            .map(|(visit, _)| visit)
    }
}

/// Whitespace and control characters folded to single spaces.
fn folded(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads "2027-01-12 09:40" (any date form and any time form the date and
/// time fields read, a space between): the date, then the time.
pub fn parse_date_time(
    text: &str,
    order: crate::record::DateOrder,
) -> Result<(NaiveDate, NaiveTime), String> {
    let text = text.trim();
    let refuse = || {
        format!(
            "`{}` is not a date and a time; write them as e.g. \"2027-01-12 09:40\" or \"January 12, 2027 9:40 AM\"",
            crate::files::csv_rows::shown(text)
        )
    };
    if text.len() > 100 {
        return Err(refuse());
    }
    let splits = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .rev();
    for i in splits {
        let (date, time) = text.split_at(i);
        if let (Ok(date), Ok(time)) = (
            crate::record::parse_date(date, order),
            crate::record::parse_time(time),
        ) {
            return Ok((date, time));
        }
    }
    Err(refuse())
}
