//! The year's calendar, off the UI thread: what is due under the state's
//! rules, and a visit planned.

use std::sync::Arc;

use super::{Failure, Job, Message};

pub(super) fn run(job: Job) -> Option<Message> {
    Some(match job {
        Job::LoadSchedule(workspace, sets) => Message::ScheduleLoaded(
            crate::schedule::workspace_schedule(
                &workspace,
                &sets,
                crate::clock::local_now().date_naive(),
            )
            .map(|(schedule, _)| Arc::new(schedule))
            .map_err(Failure::from),
        ),
        Job::PlanVisit(workspace, plan) => Message::VisitPlanned(
            workspace
                .plan_visit(&plan)
                .map(Box::new)
                .map_err(Failure::from),
        ),
        _ => return None,
    })
}
