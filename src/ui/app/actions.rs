//! What the application does with what the roster and the editors ask for.

use super::{
    App, Edited, Editor, Effect, GrowthPlanScreen, Job, Message, ObservationScreen, Request, Rest,
    Screen, SummativeScreen, WorkspaceState, reading, roster, scoring,
};
use crate::ui::background::RosterSource;
use crate::ui::failure::Failure;
use crate::ui::summative::YearRecords;

impl App {
    /// What the roster asked for, as work.
    pub(super) fn roster_action(&mut self, action: roster::Action) -> Vec<Effect> {
        let WorkspaceState::Open {
            workspace,
            contents,
            rest,
        } = &self.workspace
        else {
            return vec![];
        };
        if let (Rest::Reading(progress), true) = (rest, action.needs_every_record()) {
            self.notice = Some(format!(
                "{} Evaluations and plans open once it is done.",
                reading::still_reading(progress)
            ));
            return vec![];
        }
        match action {
            roster::Action::None => vec![],
            roster::Action::Focus(id) => vec![Job::Focus(id).into()],
            roster::Action::Save(educator) => {
                vec![Job::SaveEducator(workspace.clone(), educator).into()]
            }
            action @ (roster::Action::ReadRoster(..)
            | roster::Action::PlanRoster(..)
            | roster::Action::ImportRoster(..)) => {
                roster_import(workspace, contents, &self.catalog, action)
            }
            roster::Action::FocusNext(back) => vec![Job::FocusNext(back).into()],
            roster::Action::ExportBundle { path, filter, seal } => {
                vec![Job::ExportBundle(workspace.clone(), path, filter, seal).into()]
            }
            roster::Action::ImportBundle(path, opening) => {
                vec![Job::ImportBundle(workspace.clone(), path, opening).into()]
            }
            roster::Action::PickFile(field, start) => vec![Job::PickFile(field, start).into()],
            roster::Action::Archive { id, by, reason } => vec![
                Job::ArchiveEducator {
                    workspace: workspace.clone(),
                    id,
                    by,
                    reason,
                }
                .into(),
            ],
            roster::Action::Unarchive(id) => {
                vec![Job::UnarchiveEducator(workspace.clone(), id).into()]
            }
            roster::Action::DeleteDraft(id) => vec![Job::DeleteDraft(workspace.clone(), id).into()],
            roster::Action::ListTrash => vec![Job::ListTrash(workspace.clone()).into()],
            roster::Action::LoadEducatorVersions(id) => {
                vec![Job::LoadEducatorVersions(workspace.clone(), id).into()]
            }
            roster::Action::RestoreFromTrash(id) => {
                vec![Job::RestoreFromTrash(workspace.clone(), id).into()]
            }
            roster::Action::Open(path) => vec![Job::OpenPath(path).into()],
            roster::Action::LoadDemo => {
                self.busy = Some("Writing the demo workspace…".into());
                vec![Job::LoadDemo(workspace.clone(), self.catalog.clone()).into()]
            }
            roster::Action::StartObservation(id) => {
                if let Some(educator) = contents.educator(&id) {
                    let screen = ObservationScreen::start(
                        educator,
                        &self.catalog,
                        std::time::Instant::now(),
                    );
                    self.open_observation(screen);
                }
                vec![]
            }
            roster::Action::OpenSummative { educator_id, year } => {
                self.open_summative(&educator_id, &year);
                vec![]
            }
            roster::Action::OpenPlan { educator_id, year } => {
                self.open_plan(&educator_id, &year, None);
                vec![]
            }
            // Read whole from disk: the contents keep observations abridged.
            roster::Action::OpenObservation(id) => {
                vec![Job::ReadObservation(workspace.clone(), id).into()]
            }
        }
    }

    /// What the editor asked for, as work. Work that answers the editor
    /// (a save, an export, a dialog, the versions kept) is addressed to it.
    pub(super) fn request(&mut self, request: Request) -> Vec<Effect> {
        let editor = self.editing;
        let to_editor = move |job: Job| {
            vec![Effect::from(job).map(move |reply| Message::ForEditor(editor, Box::new(reply)))]
        };
        match request {
            Request::None => vec![],
            Request::Focus(id) => vec![Job::Focus(id).into()],
            Request::FocusNext(back) => vec![Job::FocusNext(back).into()],
            Request::SaveMeasure { measure, new } => match &self.workspace {
                WorkspaceState::Open { workspace, .. } => {
                    to_editor(Job::SaveMeasure(workspace.clone(), measure, new))
                }
                _ => vec![],
            },
            Request::RemoveMeasure(id) => match &self.workspace {
                WorkspaceState::Open { workspace, .. } => {
                    to_editor(Job::RemoveMeasure(workspace.clone(), id))
                }
                _ => vec![],
            },
            Request::Save { revision, record } => match &self.workspace {
                WorkspaceState::Open { workspace, .. } => {
                    to_editor(Job::Save(workspace.clone(), revision, record))
                }
                _ => vec![],
            },
            Request::Close { educator_id } => {
                self.editor = None;
                self.roster.show_educator(&educator_id);
                self.screen = Screen::Roster;
                vec![]
            }
            Request::Export {
                document,
                path,
                options,
            } => to_editor(Job::Export(document, path, options)),
            Request::DeleteDraft { id, educator_id } => self.delete_from_editor(id, &educator_id),
            Request::Browse(path) => to_editor(Job::PickSavePath(path)),
            Request::Open(path) => vec![Job::OpenPath(path).into()],
            Request::CreatePlan(plan) => {
                self.open_plan(
                    &plan.educator_id.clone(),
                    &plan.school_year.clone(),
                    Some(*plan),
                );
                vec![]
            }
            Request::LoadVersions(record) => match &self.workspace {
                WorkspaceState::Open { workspace, .. } => {
                    to_editor(Job::LoadVersions(workspace.clone(), record))
                }
                _ => vec![],
            },
            Request::RememberName(name) => {
                self.preferences.name = name;
                self.preferences_file
                    .iter()
                    .map(|file| Job::SavePreferences(file.clone(), self.preferences.clone()).into())
                    .collect()
            }
            Request::WorkspaceProfile(id) => match &self.workspace {
                WorkspaceState::Open {
                    workspace,
                    contents,
                    ..
                } => {
                    let mut settings = contents.settings.clone();
                    settings.scoring_profile = Some(id);
                    vec![Job::SaveSettings(workspace.clone(), settings).into()]
                }
                _ => vec![],
            },
        }
    }

    /// The workspace's settings were saved (or not): keep them and tell the editor.
    pub(super) fn settings_saved(
        &mut self,
        result: Result<crate::workspace::Settings, Failure>,
    ) -> Vec<Effect> {
        match result {
            Ok(settings) => {
                if let Some(screen) = self.editor.as_mut().and_then(Editor::summative_mut) {
                    screen.workspace_profile_saved(settings.scoring_profile());
                }
                if let WorkspaceState::Open { contents, .. } = &mut self.workspace {
                    contents.settings = settings;
                }
            }
            Err(why) => {
                self.notice = Some(format!(
                    "The workspace's settings could not be saved: {why}."
                ));
            }
        }
        vec![]
    }

    /// Opens the educator's summative evaluation for `year`, or a new draft.
    pub(super) fn open_summative(&mut self, educator_id: &str, year: &str) {
        let WorkspaceState::Open { contents, .. } = &self.workspace else {
            return;
        };
        let Some(educator) = contents.educator(educator_id) else {
            return;
        };
        let summative = contents.summative_or_draft(educator, year, None).summative;
        let observations = contents.observations_of(educator_id).cloned().collect();
        let measures = contents.measures_for(educator_id, year).cloned().collect();
        self.open_editor(Editor::Summative(Box::new(
            SummativeScreen::new(
                summative,
                educator,
                YearRecords {
                    observations,
                    measures,
                },
                self.catalog.clone(),
                self.profiles.clone(),
                contents.settings.profile_for(&educator.role),
                std::time::Instant::now(),
            )
            .with_date_order(self.dates)
            .with_signer(&self.preferences.name),
        )));
    }

    /// Opens the educator's growth plan for `year`: the stored one, else
    /// `proposed`, else one proposed from the year's evaluation.
    pub(super) fn open_plan(
        &mut self,
        educator_id: &str,
        year: &str,
        proposed: Option<crate::record::GrowthPlan>,
    ) {
        let WorkspaceState::Open { contents, .. } = &self.workspace else {
            return;
        };
        let Some(educator) = contents.educator(educator_id) else {
            return;
        };
        let observations: Vec<crate::record::Observation> =
            contents.observations_of(educator_id).cloned().collect();
        let summative = contents.summative_or_draft(educator, year, None).summative;
        let scored = scoring::score(
            &summative,
            educator,
            &observations,
            &contents.measures,
            &self.catalog,
            &self.profiles,
        );
        let required = scored
            .as_ref()
            .is_ok_and(|s| s.plan_required() == Some(true));
        let existing = contents.plan_for(educator_id, year).cloned();
        let rubric_id = existing.as_ref().map_or(educator.rubric_id.as_str(), |p| {
            contents.plan_rubric_id(p, educator)
        });
        let rubric = self.catalog.get(rubric_id).map(|e| e.rubric.clone());
        let (plan, is_new) = match (existing, proposed) {
            (Some(plan), _) => (plan, false),
            (None, Some(plan)) => (plan, true),
            (None, None) => match &scored {
                Ok(scored) => (
                    scoring::plan_from_summative(educator, year, &summative.id, scored),
                    true,
                ),
                // Without its rubric or profile nothing can be proposed: start blank.
                Err(_) => (scoring::blank_plan(educator, year), true),
            },
        };
        self.open_editor(Editor::Plan(Box::new(
            GrowthPlanScreen::new(
                plan,
                educator,
                rubric,
                required,
                is_new,
                std::time::Instant::now(),
            )
            .with_date_order(self.dates)
            .with_signer(&self.preferences.name),
        )));
    }

    /// Keeps the in-memory records in step with what was just saved, in
    /// the order loading gives them.
    pub(super) fn store(&mut self, record: Edited) {
        let WorkspaceState::Open { contents, .. } = &mut self.workspace else {
            return;
        };
        match record {
            Edited::Summative(saved) => contents.upsert(*saved),
            Edited::GrowthPlan(saved) => contents.upsert(*saved),
            // Kept abridged, as read: the text is on disk and read again when opened.
            Edited::Observation(mut saved) => {
                saved.abridge();
                contents.upsert(*saved);
            }
        }
    }

    pub(super) fn reload_if(&self, reload: bool) -> Vec<Effect> {
        match &self.workspace {
            WorkspaceState::Open { workspace, .. } if reload => {
                vec![Job::Reload(workspace.clone(), self.index.clone()).into()]
            }
            _ => vec![],
        }
    }
}

/// The work the roster import asks for: planning, writing, keeping the mapping.
fn roster_import(
    workspace: &std::sync::Arc<crate::workspace::Workspace>,
    contents: &crate::workspace::Contents,
    catalog: &std::sync::Arc<crate::rubric::Catalog>,
    action: roster::Action,
) -> Vec<Effect> {
    match action {
        roster::Action::ReadRoster(asked, path, mapping) => {
            let source = RosterSource::File(path);
            vec![plan_roster(workspace, asked, source, catalog, mapping)]
        }
        roster::Action::PlanRoster(asked, bytes, mapping) => {
            let source = RosterSource::Read(bytes);
            vec![plan_roster(workspace, asked, source, catalog, mapping)]
        }
        roster::Action::ImportRoster(plan, apply, kept) => {
            let mut work = vec![Job::ImportRoster(workspace.clone(), plan, apply).into()];
            if let Some(mapping) = kept {
                let mut settings = contents.settings.clone();
                settings.roster = mapping;
                work.push(Job::SaveSettings(workspace.clone(), settings).into());
            }
            work
        }
        _ => vec![],
    }
}

/// The job that plans a roster for the import panel that asked.
fn plan_roster(
    workspace: &std::sync::Arc<crate::workspace::Workspace>,
    asked: u64,
    source: RosterSource,
    catalog: &std::sync::Arc<crate::rubric::Catalog>,
    mapping: Box<crate::record::roster::Mapping>,
) -> Effect {
    Job::PlanRoster {
        workspace: workspace.clone(),
        asked,
        source,
        catalog: catalog.clone(),
        mapping,
    }
    .into()
}
