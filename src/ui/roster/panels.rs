//! The roster's side panels: the educator form, the roster import and the
//! exchange of bundles; opening one closes the others.

use super::{
    Action, EducatorForm, ExchangePanel, FileField, ImportPanel, Message, NAME_INPUT, Roster,
    exchange, import,
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
                self.import = Some(ImportPanel::new(&contents.settings.roster));
                Action::None
            }
            Message::ShowExchange => {
                self.form = None;
                self.import = None;
                self.trash = None;
                let today = crate::record::now().date_naive();
                self.exchange = Some(ExchangePanel::new(today, &self.user_name));
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
                    exchange::Request::PreviewResponse(path) => Action::PreviewResponse(path),
                    exchange::Request::ImportResponse {
                        preview,
                        earlier,
                        by,
                    } => Action::ImportResponse {
                        preview,
                        earlier,
                        by,
                    },
                }
            }
            Message::Import(message) => self.import_message(message),
            message => self.form_message(message, contents, catalog),
        }
    }

    /// A message for the roster import, and what it asks for.
    fn import_message(&mut self, message: import::Message) -> Action {
        let Some(panel) = &mut self.import else {
            return Action::None;
        };
        match panel.update(message) {
            import::Request::None => Action::None,
            import::Request::Close => {
                self.import = None;
                Action::None
            }
            import::Request::Browse(start) => Action::PickFile(FileField::RosterCsv, start),
            import::Request::Focus(back) => Action::FocusNext(back),
            import::Request::Read(asked, path, mapping) => {
                Action::ReadRoster(asked, path, Box::new(mapping))
            }
            import::Request::Plan(asked, bytes, mapping) => {
                Action::PlanRoster(asked, bytes, Box::new(mapping))
            }
            import::Request::Import(plan, apply, kept) => {
                Action::ImportRoster(plan, apply, kept.map(Box::new))
            }
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
            message @ (Message::Cert(..) | Message::Certs(_)) => {
                if let Some(form) = &mut self.form {
                    form.certification_message(message);
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
