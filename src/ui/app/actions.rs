//! What the application does with what the roster and the editors ask for.

use super::{
    App, Edited, Editor, Effect, GrowthPlanScreen, Job, Message, ObservationScreen, Request, Rest,
    Screen, SelfAssessmentScreen, SummativeScreen, WorkspaceState, reading, roster, scoring,
};
use crate::report::ReportOptions;
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
            roster::Action::WriteBatch(ask) => vec![self.batch_job(workspace.clone(), *ask).into()],
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
            action @ (roster::Action::LoadSchedule
            | roster::Action::PlanVisit(_)
            | roster::Action::ChooseRules(_)) => self.calendar_action(action),
            roster::Action::LoadEducatorVersions(id) => {
                vec![Job::LoadEducatorVersions(workspace.clone(), id).into()]
            }
            roster::Action::RestoreFromTrash(id) => {
                vec![Job::RestoreFromTrash(workspace.clone(), id).into()]
            }
            roster::Action::Open(path) => vec![Job::OpenPath(path).into()],
            action @ (roster::Action::PreviewResponse(_)
            | roster::Action::ImportResponse { .. }
            | roster::Action::RequestSelfAssessment { .. }) => self.roster_packet_action(action),
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
            roster::Action::OpenSelfAssessment { educator_id, year } => {
                self.open_self_assessment(&educator_id, &year);
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
            Request::Reveal(id, at) => vec![Job::Reveal(id, at).into()],
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
            Request::DeleteDraft { id, educator_id } => self.delete_from_editor(id, &educator_id),
            request @ Request::SendPacket { .. } => self.send_request(request),
            Request::Browse(path) => to_editor(Job::PickSavePath(path)),
            request @ (Request::Export { .. }
            | Request::PickArtifact
            | Request::StoreArtifact(_)
            | Request::OpenArtifact(_)
            | Request::CheckArtifacts(_)) => self.artifact_request(request),
            Request::Open(path) => vec![Job::OpenPath(path).into()],
            Request::CreatePlan(plan) => {
                self.open_plan(
                    &plan.educator_id.clone(),
                    &plan.school_year.clone(),
                    Some(*plan),
                );
                vec![]
            }
            Request::OpenSelfAssessment { educator_id, year } => {
                self.open_self_assessment(&educator_id, &year);
                vec![]
            }
            Request::LoadVersions(record) => match &self.workspace {
                WorkspaceState::Open { workspace, .. } => {
                    to_editor(Job::LoadVersions(workspace.clone(), record))
                }
                _ => vec![],
            },
            Request::RememberName(name) => {
                self.roster.set_user_name(&name);
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
                    vec![Job::SaveSettings(workspace.clone(), Box::new(settings)).into()]
                }
                _ => vec![],
            },
        }
    }

    /// A school's documents to write, with the rubrics and profiles loaded.
    fn batch_job(
        &self,
        workspace: std::sync::Arc<crate::workspace::Workspace>,
        ask: roster::batch::BatchAsk,
    ) -> Job {
        let options = self.checking_artifacts(ReportOptions {
            paper: crate::report::Paper::from_locale(),
            omit_student_names: false,
            generated: crate::record::now(),
            artifacts_from: None,
        });
        Job::WriteBatch(Box::new(crate::ui::background::batch::BatchJob {
            workspace,
            ask,
            catalog: self.catalog.clone(),
            profiles: self.profiles.clone(),
            options,
        }))
    }

    /// A report's options, its artifacts checked in the open workspace.
    pub(super) fn checking_artifacts(&self, mut options: ReportOptions) -> ReportOptions {
        if let WorkspaceState::Open { workspace, .. } = &self.workspace {
            options.artifacts_from = Some(workspace.root().to_path_buf());
        }
        options
    }

    /// A document to export (its artifacts checked in the open workspace)
    /// and the artifact panel's work: a dialog and copying and checking
    /// files answer the editor that asked; opening a copy answers the notice.
    fn artifact_request(&mut self, request: Request) -> Vec<Effect> {
        let editor = self.editing;
        let to_editor = move |job: Job| {
            vec![Effect::from(job).map(move |reply| Message::ForEditor(editor, Box::new(reply)))]
        };
        match request {
            Request::PickArtifact => return to_editor(Job::PickArtifact),
            Request::Export {
                document,
                path,
                options,
            } => {
                let options = self.checking_artifacts(options);
                return to_editor(Job::Export(document, path, options));
            }
            _ => {}
        }
        let WorkspaceState::Open { workspace, .. } = &self.workspace else {
            return vec![];
        };
        let workspace = workspace.clone();
        match request {
            Request::StoreArtifact(path) => to_editor(Job::StoreArtifact(workspace, path)),
            Request::OpenArtifact(artifact) => vec![Job::OpenArtifact(workspace, artifact).into()],
            Request::CheckArtifacts(shas) => to_editor(Job::CheckArtifacts(workspace, shas)),
            _ => vec![],
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
                if let WorkspaceState::Open {
                    contents,
                    workspace,
                    ..
                } = &mut self.workspace
                {
                    contents.settings = settings;
                    if self.roster.calendar_open() {
                        let sets = self.roster.rule_sets();
                        return vec![Job::LoadSchedule(workspace.clone(), sets).into()];
                    }
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
                    self_assessment: contents.self_assessment_for(educator_id, year).cloned(),
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
            .with_signer(&self.preferences.name)
            .with_self_assessment(contents.self_assessment_for(educator_id, year).cloned()),
        )));
    }

    /// Opens the educator's self-assessment of `year`: the stored one,
    /// else a new draft (saved at once), with the year's evaluation for its export.
    pub(super) fn open_self_assessment(&mut self, educator_id: &str, year: &str) {
        let WorkspaceState::Open { contents, .. } = &self.workspace else {
            return;
        };
        let Some(educator) = contents.educator(educator_id) else {
            return;
        };
        let stored = contents.self_assessment_for(educator_id, year).cloned();
        let is_new = stored.is_none();
        let record = stored.unwrap_or_else(|| {
            let entry = self.catalog.get(&educator.rubric_id);
            let fingerprint = entry.map(|e| e.fingerprint.as_str()).unwrap_or_default();
            crate::record::SelfAssessment::new(
                educator_id,
                year,
                (&educator.rubric_id, fingerprint),
                crate::record::Supplied::Evaluator,
                &self.preferences.name,
            )
        });
        let rubric = self
            .catalog
            .get(&record.rubric_id)
            .map(|e| e.rubric.clone());
        let evaluation = crate::report::Document::Summative {
            summative: Box::new(contents.summative_or_draft(educator, year, None).summative),
            educator: Box::new(educator.clone()),
            observations: contents.observations_of(educator_id).cloned().collect(),
            measures: contents.measures_for(educator_id, year).cloned().collect(),
            district: contents.settings.district.clone().unwrap_or_default(),
            self_assessment: None,
            catalog: self.catalog.clone(),
            profiles: self.profiles.clone(),
        };
        self.open_editor(Editor::SelfAssessment(Box::new(
            SelfAssessmentScreen::new(
                record,
                educator,
                rubric,
                evaluation,
                is_new,
                std::time::Instant::now(),
            )
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
            Edited::SelfAssessment(saved) => contents.upsert(*saved),
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
                work.push(Job::SaveSettings(workspace.clone(), Box::new(settings)).into());
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
