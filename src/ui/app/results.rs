//! What the application does with the results of work that belongs to no
//! editor: the workspace read, the roster's changes, the summary, settings.

use super::{App, Effect, Job, Message, WorkspaceState};
use crate::files::preferences::TextSize;

impl App {
    /// A result for the roster, or one the application keeps.
    pub(super) fn result(&mut self, message: Message) -> Vec<Effect> {
        match message {
            Message::EducatorVersions(id, result) => {
                self.roster.educator_versions(&id, result);
                vec![]
            }
            Message::EducatorSaved(Ok(educator)) => {
                if let WorkspaceState::Open { contents, .. } = &mut self.workspace {
                    contents.upsert((*educator).clone());
                }
                self.roster.saved(&educator);
                vec![]
            }
            Message::EducatorSaved(Err(error)) => {
                self.roster.save_failed(&error);
                vec![]
            }
            Message::ArchiveChanged(result) => self.archive_changed(result),
            Message::DraftDeleted(result) => self.draft_deleted(&result),
            Message::ScheduleLoaded(result) => self.roster.schedule_loaded(result),
            Message::VisitPlanned(result) => self.roster.visit_planned(result.as_deref()),
            Message::TrashListed(result) => {
                self.roster.trash_listed(result);
                vec![]
            }
            Message::RestoredFromTrash(result) => self.restored_from_trash(&result),
            Message::Progress(work, n, total) => {
                match work {
                    super::super::background::Work::Demo => {
                        self.busy = Some(format!(
                            "Writing the demo workspace: {n} of {total} records…"
                        ));
                    }
                    super::super::background::Work::Import => self.roster.import_progress(n, total),
                    super::super::background::Work::Batch => self.roster.batch_progress(n, total),
                }
                vec![]
            }
            Message::FilePicked(field, path) => {
                self.say_if_nothing_picked(path.as_ref());
                self.roster.file_picked(field, path);
                vec![]
            }
            Message::BatchWritten(result) => {
                self.roster.batch_written(result.map(|done| *done));
                vec![]
            }
            Message::BundleExported(result) => {
                self.roster.bundle_exported(result);
                vec![]
            }
            Message::BundleImported(result) => {
                let reload = result.as_ref().is_ok_and(|o| o.added + o.updated > 0);
                self.roster.bundle_imported(result);
                self.reload_if(reload)
            }
            Message::RosterPlanned(asked, result) => {
                self.roster.roster_planned(asked, result);
                vec![]
            }
            Message::RosterImported(result) => {
                let reload = result
                    .as_ref()
                    .is_ok_and(|r| r.imported + r.updated + r.archived > 0);
                self.roster.imported(result);
                self.reload_if(reload)
            }
            other => self.app_result(other),
        }
    }

    /// A result the application itself keeps: the workspace, rubrics,
    /// theme, settings, the summary, notices.
    fn app_result(&mut self, message: Message) -> Vec<Effect> {
        match message {
            Message::SummaryCompiled(result, unreadable) => {
                self.summary.compiled(result, unreadable);
                vec![]
            }
            Message::SourcePicked(path) => {
                self.say_if_nothing_picked(path.as_ref());
                self.summary.source_picked(path);
                vec![]
            }
            Message::Opened(result) => {
                if let Err(error) = result {
                    self.notice = Some(format!("{error}."));
                }
                vec![]
            }
            Message::WorkspaceLoaded(result) => self.workspace_loaded(result),
            Message::RestLoaded(progress, rest) => {
                self.rest_loaded(&progress, *rest);
                vec![]
            }
            Message::ObservationRead(id, result) => self.observation_read(&id, result),
            Message::DemoWritten(result) => {
                self.busy = None;
                if let Err(error) = &result {
                    self.notice = Some(format!("The demo was not written: {error}."));
                }
                self.reload_if(result.is_ok())
            }
            Message::CatalogLoaded(catalog) => {
                self.catalog = catalog;
                self.browser.refresh(&self.catalog);
                vec![]
            }
            Message::TextSize(step) => {
                let size = self.preferences.text_size;
                self.preferences.text_size =
                    step.map_or(TextSize::NORMAL, |larger| size.step(larger));
                self.preferences_file
                    .iter()
                    .map(|file| Job::SavePreferences(file.clone(), self.preferences.clone()).into())
                    .collect()
            }
            Message::ThemeChosen(appearance) => {
                self.preferences.appearance = appearance;
                self.preferences_file
                    .iter()
                    .map(|file| Job::SavePreferences(file.clone(), self.preferences.clone()).into())
                    .collect()
            }
            Message::SettingsSaved(result) => self.settings_saved(result),
            Message::PreferencesSaved(result) => {
                if let Err(why) = result {
                    self.notice = Some(format!(
                        "Your preferences (theme, name) could not be remembered: {why}."
                    ));
                }
                vec![]
            }
            Message::TagsLearned(result) => self.tags_learned(result),
            Message::TaggingForgotten(result) => self.tagging_forgotten(result),
            Message::DismissNotice => {
                self.notice = None;
                vec![]
            }
            // Screens' own messages are handled in `App::handle`; a reading
            // tick changes nothing: the view shows the progress as it stands.
            other => self.packet_result(other),
        }
    }
}
