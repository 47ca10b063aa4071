//! Importing a roster from the window: the file is read off the UI thread
//! into a plan, shown with the mapping of its columns over a preview of its
//! first rows, the values no rule matches, and the counts; the person
//! changes any column or value (the plan is made again from the same bytes)
//! and then imports, or cancels and nothing is written. Enter imports, Esc
//! cancels, Tab moves between the text fields.

mod view;

use std::path::PathBuf;
use std::sync::Arc;

use iced::keyboard::{self, Key, key::Named};

use crate::record::roster::columns::IGNORE;
use crate::record::roster::{Field, Mapping, NameOrder, Plan};
use crate::ui::failure::Failure;
use crate::workspace::{Apply, ImportReport};

/// A file read and planned: its bytes (so a new choice plans the same
/// file, never a later copy of it) and what importing would do.
#[derive(Debug, Clone)]
pub struct Preview {
    pub bytes: Arc<Vec<u8>>,
    pub plan: Arc<Plan>,
}

/// The panel's own state.
#[derive(Debug, Clone, Default)]
pub struct ImportPanel {
    pub(super) path: String,
    /// Starts as the workspace's kept mapping; each choice changes it.
    mapping: Mapping,
    /// Keep the mapping in the workspace's settings when importing.
    remember: bool,
    /// Save the changes listed to educators already kept.
    apply_changes: bool,
    archive_missing: bool,
    /// The number of the last plan asked for; older answers are dropped.
    asked: u64,
    work: Work,
    preview: Option<Preview>,
    /// Why the file could not be read or planned.
    problem: Option<Failure>,
    pub(super) result: Option<Result<ImportReport, Failure>>,
}

/// What the panel waits for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Work {
    #[default]
    None,
    Reading,
    Writing,
}

/// What a column can be read as in the pick list: a field, or ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldChoice(pub Option<Field>);

impl std::fmt::Display for FieldChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(field) => write!(f, "{field}"),
            None => f.write_str("(ignore)"),
        }
    }
}

/// A role id or school level a value can be assigned, with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueChoice {
    pub target: String,
    pub said: String,
}

impl std::fmt::Display for ValueChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said)
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Path(String),
    /// Read the file typed and plan it.
    Read,
    Browse,
    /// Column `n` of the file is read as this.
    Column(usize, FieldChoice),
    /// The unmatched value (as the file writes it) is read as this role or level.
    Value(String, ValueChoice),
    NameOrder(NameOrder),
    Remember(bool),
    ApplyChanges(bool),
    ArchiveMissing(bool),
    Import,
    /// Drop the preview; nothing is written.
    Cancel,
    Close,
    /// Move to the next text field (`true`: the previous one).
    Tab(bool),
}

/// What the panel asks of the roster.
#[derive(Debug, Clone)]
pub enum Request {
    None,
    Close,
    Browse(PathBuf),
    Focus(bool),
    /// Read this file and plan it with the mapping; `u64` numbers the asking.
    Read(u64, PathBuf, Mapping),
    /// Plan the bytes already read again with a new mapping.
    Plan(u64, Arc<Vec<u8>>, Mapping),
    /// Write the plan as chosen; keep the mapping in the settings if given.
    Import(Arc<Plan>, Apply, Option<Mapping>),
}

impl ImportPanel {
    /// A panel that starts from the mapping the workspace keeps.
    #[must_use]
    pub fn new(kept: &Mapping) -> ImportPanel {
        ImportPanel {
            mapping: kept.clone(),
            apply_changes: true,
            ..ImportPanel::default()
        }
    }

    pub fn update(&mut self, message: Message) -> Request {
        match message {
            Message::Path(path) => {
                self.path = path;
                self.result = None;
            }
            Message::Read if !self.path.trim().is_empty() && self.work != Work::Writing => {
                self.preview = None;
                let path = PathBuf::from(self.path.trim());
                return self.ask(|n, m| Request::Read(n, path, m));
            }
            Message::Browse => return Request::Browse(PathBuf::from(self.path.trim())),
            Message::Column(n, choice) => return self.choose_column(n, choice),
            Message::Value(value, choice) => {
                self.mapping.values.insert(value, choice.target);
                return self.plan_again();
            }
            Message::NameOrder(order) => {
                self.mapping.name_order = order;
                return self.plan_again();
            }
            Message::Remember(on) => self.remember = on,
            Message::ApplyChanges(on) => self.apply_changes = on,
            Message::ArchiveMissing(on) => self.archive_missing = on,
            Message::Import => return self.import(),
            Message::Cancel => {
                self.preview = None;
                self.work = Work::None;
            }
            Message::Close => return Request::Close,
            Message::Tab(back) => return Request::Focus(back),
            Message::Read => {}
        }
        Request::None
    }

    /// Enter imports what is shown, Esc cancels it (or closes the panel), Tab moves on.
    #[must_use]
    pub fn key(&self, key: &Key, modifiers: keyboard::Modifiers) -> Option<Message> {
        match key.as_ref() {
            Key::Named(Named::Enter) if modifiers.is_empty() && self.preview.is_some() => {
                Some(Message::Import)
            }
            Key::Named(Named::Escape) if self.preview.is_some() => Some(Message::Cancel),
            Key::Named(Named::Escape) => Some(Message::Close),
            Key::Named(Named::Tab) => Some(Message::Tab(modifiers.shift())),
            _ => None,
        }
    }

    fn choose_column(&mut self, n: usize, choice: FieldChoice) -> Request {
        let Some(header) = self
            .preview
            .as_ref()
            .and_then(|p| p.plan.file.columns.get(n))
            .map(|c| c.header.clone())
        else {
            return Request::None;
        };
        let field = choice.0.map_or(IGNORE, Field::key);
        // A header and a field's key are never refused: both come from a list.
        if self
            .mapping
            .set_column(&format!("{header}={field}"))
            .is_err()
        {
            return Request::None;
        }
        self.plan_again()
    }

    fn plan_again(&mut self) -> Request {
        match self.preview.as_ref().map(|p| p.bytes.clone()) {
            Some(bytes) => self.ask(|n, mapping| Request::Plan(n, bytes, mapping)),
            None => Request::None,
        }
    }

    fn ask(&mut self, request: impl FnOnce(u64, Mapping) -> Request) -> Request {
        self.asked += 1;
        self.work = Work::Reading;
        self.problem = None;
        self.result = None;
        request(self.asked, self.mapping.clone())
    }

    fn import(&mut self) -> Request {
        let Some(preview) = self.preview.take() else {
            return Request::None;
        };
        self.work = Work::Writing;
        let apply = Apply {
            changes: self.apply_changes,
            archive_missing: self.archive_missing,
            by: String::new(),
        };
        let kept = self.remember.then(|| self.mapping.clone());
        Request::Import(preview.plan, apply, kept)
    }

    /// The plan numbered `asked` came back; an older one is dropped.
    pub fn planned(&mut self, asked: u64, result: Result<Preview, Failure>) {
        if asked != self.asked || self.work != Work::Reading {
            return;
        }
        self.work = Work::None;
        match result {
            Ok(preview) => self.preview = Some(preview),
            Err(why) => self.problem = Some(why),
        }
    }

    pub fn imported(&mut self, result: Result<ImportReport, Failure>) {
        self.work = Work::None;
        self.result = Some(result);
    }

    pub fn file_picked(&mut self, path: &std::path::Path) {
        self.path = path.display().to_string();
        self.result = None;
    }
}
