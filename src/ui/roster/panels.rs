//! The roster's side panels: the educator form, the roster import and the
//! exchange of bundles; opening one closes the others.

use std::path::PathBuf;

use super::{
    Action, EducatorForm, ExchangePanel, FileField, ImportPanel, Message, NAME_INPUT, Roster,
    exchange,
};
use crate::record::roster::NewEducator;
use crate::rubric::Catalog;
use crate::workspace::Contents;

impl Roster {
    /// A message for one of the side panels: the roster import and the
    /// exchange here, the educator form in `form_message`.
    pub(super) fn panel_message(
        &mut self,
        message: Message,
        contents: &Contents,
        catalog: &Catalog,
    ) -> Action {
        match message {
            Message::ShowImport => {
                self.form = None;
                self.exchange = None;
                self.trash = None;
                self.import = Some(ImportPanel::default());
                Action::None
            }
            Message::ShowExchange => {
                self.form = None;
                self.import = None;
                self.trash = None;
                let today = crate::record::now().date_naive();
                self.exchange = Some(ExchangePanel::new(today));
                Action::None
            }
            Message::Exchange(message) => {
                let Some(panel) = &mut self.exchange else {
                    return Action::None;
                };
                match panel.update(message) {
                    exchange::Request::None => Action::None,
                    exchange::Request::Close => {
                        self.exchange = None;
                        Action::None
                    }
                    exchange::Request::Export { path, filter, seal } => {
                        Action::ExportBundle { path, filter, seal }
                    }
                    exchange::Request::Import(path, opening) => Action::ImportBundle(path, opening),
                    exchange::Request::Browse(field, start) => Action::PickFile(field, start),
                    exchange::Request::Open(folder) => Action::Open(folder),
                }
            }
            Message::ImportPath(path) => {
                if let Some(panel) = &mut self.import {
                    panel.path = path;
                    panel.result = None;
                }
                Action::None
            }
            Message::Import => match &mut self.import {
                Some(panel) if !panel.running && !panel.path.trim().is_empty() => {
                    panel.running = true;
                    panel.result = None;
                    Action::Import(PathBuf::from(panel.path.trim()))
                }
                _ => Action::None,
            },
            Message::BrowseRoster => {
                let typed = self
                    .import
                    .as_ref()
                    .map(|p| p.path.trim())
                    .unwrap_or_default();
                Action::PickFile(FileField::RosterCsv, PathBuf::from(typed))
            }
            Message::CloseImport => {
                self.import = None;
                Action::None
            }
            message => self.form_message(message, contents, catalog),
        }
    }

    /// The educator form: opened empty or on the chosen educator, typed in, saved.
    fn form_message(&mut self, message: Message, contents: &Contents, catalog: &Catalog) -> Action {
        match message {
            Message::NewEducator => {
                let mut fields = NewEducator::default();
                // Most people added are classroom teachers.
                if let Some(role) = catalog.roles().first() {
                    fields.role.clone_from(&role.id);
                }
                self.form = Some(EducatorForm {
                    fields,
                    ..EducatorForm::default()
                });
                self.import = None;
                self.exchange = None;
                self.trash = None;
                Action::Focus(NAME_INPUT)
            }
            Message::EditEducator => {
                let Some(educator) = self
                    .selected
                    .as_deref()
                    .and_then(|id| contents.educator(id))
                else {
                    return Action::None;
                };
                self.form = Some(EducatorForm {
                    fields: NewEducator::from_educator(educator),
                    editing: Some(educator.id.clone()),
                    ..EducatorForm::default()
                });
                self.import = None;
                self.exchange = None;
                self.trash = None;
                Action::Focus(NAME_INPUT)
            }
            Message::Field(field, value) => {
                if let Some(form) = &mut self.form {
                    form.set(field, value);
                }
                Action::None
            }
            Message::SaveForm => self.submit(contents, catalog),
            Message::CancelForm => {
                self.form = None;
                Action::None
            }
            _ => Action::None,
        }
    }
}
