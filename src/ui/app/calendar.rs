//! The year's calendar of the open workspace: its schedule read, the
//! state's rules chosen (saved in the settings), a visit planned.

use super::{App, Effect, Job, WorkspaceState};
use crate::ui::roster;

impl App {
    /// The work a calendar action of the roster asks for; none while no workspace is open.
    pub(super) fn calendar_action(&mut self, action: roster::Action) -> Vec<Effect> {
        let WorkspaceState::Open {
            workspace,
            contents,
            ..
        } = &self.workspace
        else {
            return vec![];
        };
        let workspace = workspace.clone();
        match action {
            roster::Action::LoadSchedule => {
                vec![Job::LoadSchedule(workspace, self.roster.rule_sets()).into()]
            }
            roster::Action::PlanVisit(plan) => vec![Job::PlanVisit(workspace, plan).into()],
            roster::Action::ChooseRules(id) => {
                let mut settings = contents.settings.clone();
                settings.compliance_rules = Some(id);
                vec![Job::SaveSettings(workspace, Box::new(settings)).into()]
            }
            _ => vec![],
        }
    }
}
