//! The roster: find, add and edit educators, import a roster CSV, and see
//! each educator's observations; archive one who left; delete a mistaken
//! draft into the trash and restore it. On an empty workspace it welcomes
//! the user.

pub mod archive;
pub mod batch;
pub mod calendar;
pub mod exchange;
mod form;
pub mod history;
pub mod import;
mod overview;
mod packets;
mod panel_parts;
mod panels;
pub mod qualifications_form;
pub mod response_import;
pub mod trash;
mod view;

use crate::ui::failure::Failure;
use std::path::PathBuf;

use exchange::ExchangePanel;
pub use form::{EducatorForm, Field, NAME_INPUT};
use import::ImportPanel;

use crate::record::Educator;
use crate::rubric::Catalog;
use crate::workspace::bundle::ImportOutcome;
use crate::workspace::{Contents, ImportReport};

/// The roster screen's own state; the records belong to the parent.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    search: String,
    selected: Option<String>,
    form: Option<EducatorForm>,
    import: Option<ImportPanel>,
    exchange: Option<ExchangePanel>,
    /// The overview lists every item, not the first few of each list.
    overview_in_full: bool,
    /// Archived educators are listed too.
    show_archived: bool,
    archiving: Option<archive::ArchiveForm>,
    /// The draft observation whose deletion waits for a yes.
    deleting: Option<String>,
    trash: Option<trash::TrashPanel>,
    history: Option<history::HistoryPanel>,
    notice: Option<Notice>,
    /// The user's name, offered as who imports a response.
    user_name: String,
    /// The packets the workspace sent, for each educator's page.
    sent: std::sync::Arc<Vec<crate::workspace::packet::SentPacket>>,
    /// Files of the sent-packet log that do not read.
    sent_problems: Vec<String>,
    /// "Request a self-assessment…" on the selected educator's page.
    request: Option<crate::ui::packet_send::SendPanel>,
    /// The Calendar panel, in place of the overview.
    calendar: Option<calendar::CalendarPanel>,
    /// "Plan a visit…" on the selected educator's page.
    planning: Option<calendar::PlanForm>,
    /// "Documents…": a school's PDFs into one folder.
    batch: Option<batch::BatchPanel>,
    /// The compliance rules loaded, for the Calendar panel's choice.
    rule_sets: std::sync::Arc<crate::schedule::RuleSets>,
}

/// A sentence about the last archive, deletion or restore, until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub problem: bool,
}

impl Notice {
    fn done(text: String) -> Notice {
        Notice {
            text,
            problem: false,
        }
    }

    fn problem(text: String) -> Notice {
        Notice {
            text,
            problem: true,
        }
    }
}

/// A file name the roster's panels ask for, typed or chosen in a dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileField {
    RosterCsv,
    BundleToWrite,
    BundleToRead,
    ResponseToRead,
    /// The folder a batch of documents goes into.
    BatchFolder,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(String),
    /// Show the overview's lists in full (or shortened again).
    OverviewInFull(bool),
    NewEducator,
    EditEducator,
    Field(Field, String),
    /// Typed into a certification's field: its row, which field, the text.
    Cert(usize, qualifications_form::CertPart, String),
    Certs(qualifications_form::CertMessage),
    SaveForm,
    CancelForm,
    ShowImport,
    Import(import::Message),
    ShowExchange,
    Exchange(exchange::Message),
    LoadDemo,
    StartObservation,
    OpenObservation(String),
    /// The selected educator's evaluation / plan for a school year.
    OpenSummative(String),
    OpenPlan(String),
    /// The selected educator's self-assessment of a school year.
    OpenSelfAssessment(String),
    Archive(archive::Message),
    Trash(trash::Message),
    History(history::Message),
    DismissNotice,
    /// Open the panel asking the selected educator for their self-assessment.
    RequestSelfAssessment,
    Request(crate::ui::packet_send::Message),
    /// The Calendar panel and the form planning a visit.
    Calendar(calendar::Message),
    /// The "Documents…" panel.
    Batch(batch::Message),
}

/// What the roster asks of the parent.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Save(Box<Educator>),
    /// Read the roster file and plan it with the mapping; `u64` numbers the asking.
    ReadRoster(u64, PathBuf, Box<crate::record::roster::Mapping>),
    /// Plan the roster's bytes again with a new mapping.
    PlanRoster(
        u64,
        std::sync::Arc<Vec<u8>>,
        Box<crate::record::roster::Mapping>,
    ),
    /// Write the plan as chosen, and keep the mapping in the settings if given.
    ImportRoster(
        std::sync::Arc<crate::record::roster::Plan>,
        crate::workspace::Apply,
        Option<Box<crate::record::roster::Mapping>>,
    ),
    /// Move the keyboard focus to the next text field (`true`: the previous one).
    FocusNext(bool),
    /// Write a bundle of the records `filter` chooses to `path`.
    ExportBundle {
        path: PathBuf,
        filter: crate::workspace::bundle::ExportFilter,
        seal: crate::workspace::bundle::Seal,
    },
    /// Open the bundle at the path as allowed, and import it.
    ImportBundle(PathBuf, crate::workspace::bundle::Opening),
    /// Open the desktop's file dialog for `field`, starting from this path.
    PickFile(FileField, PathBuf),
    /// Open a file or folder with the desktop's program for it.
    Open(PathBuf),
    LoadDemo,
    Focus(&'static str),
    /// Read the year's schedule under the workspace's rules.
    LoadSchedule,
    /// Follow these compliance rules (saved in the settings), then read the schedule again.
    ChooseRules(String),
    /// Write a school's documents into a folder.
    WriteBatch(Box<batch::BatchAsk>),
    /// Plan this visit.
    PlanVisit(Box<crate::workspace::VisitPlan>),
    /// Observe the selected educator.
    StartObservation(String),
    OpenObservation(String),
    OpenSummative {
        educator_id: String,
        year: String,
    },
    OpenPlan {
        educator_id: String,
        year: String,
    },
    OpenSelfAssessment {
        educator_id: String,
        year: String,
    },
    Archive {
        id: String,
        by: String,
        reason: String,
    },
    Unarchive(String),
    DeleteDraft(String),
    ListTrash,
    RestoreFromTrash(String),
    /// Read the versions kept of this educator's record.
    LoadEducatorVersions(String),
    /// Read and check an educator's response, writing nothing.
    PreviewResponse(PathBuf),
    /// Import the response previewed.
    ImportResponse {
        preview: response_import::Previewed,
        earlier: bool,
        by: String,
    },
    /// Export a packet asking an educator for their self-assessment of a year.
    RequestSelfAssessment {
        educator_id: String,
        school_year: String,
        seal: crate::workspace::packet::PacketSeal,
        out: PathBuf,
    },
}

impl Action {
    /// Whether it works from the whole workspace (an evaluation or a plan
    /// scores the year's observations and measures), so must wait until
    /// every record is read.
    #[must_use]
    pub fn needs_every_record(&self) -> bool {
        matches!(
            self,
            Action::OpenSummative { .. }
                | Action::OpenPlan { .. }
                | Action::OpenSelfAssessment { .. }
        )
    }
}

impl Roster {
    #[must_use]
    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// The last archive, deletion or restore, said in a sentence.
    #[must_use]
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The exchange panel open to import the bundle at `path`, as when the
    /// program was started to open that file.
    pub fn import_from(&mut self, field: FileField, path: &std::path::Path) {
        self.form = None;
        self.import = None;
        self.trash = None;
        let today = crate::record::now().date_naive();
        self.exchange = Some(ExchangePanel::importing(
            today,
            &self.user_name,
            field,
            path,
        ));
    }

    /// The compliance rules the Calendar panel offers.
    pub fn set_rule_sets(&mut self, sets: std::sync::Arc<crate::schedule::RuleSets>) {
        self.rule_sets = sets;
    }

    /// The compliance rules loaded.
    #[must_use]
    pub fn rule_sets(&self) -> std::sync::Arc<crate::schedule::RuleSets> {
        self.rule_sets.clone()
    }

    /// Whether the Calendar panel is open (it reads the schedule again when the rules change).
    #[must_use]
    pub fn calendar_open(&self) -> bool {
        self.calendar.is_some()
    }

    /// Come back to an educator's page (after an observation).
    pub fn show_educator(&mut self, id: &str) {
        self.selected = Some(id.to_string());
        self.form = None;
        self.import = None;
        self.exchange = None;
        self.trash = None;
        self.history = None;
    }

    pub fn update(&mut self, message: Message, contents: &Contents, catalog: &Catalog) -> Action {
        match message {
            Message::Search(text) => {
                self.search = text;
                Action::None
            }
            Message::Select(id) => {
                self.selected = Some(id);
                self.request = None;
                self.history = None;
                self.archiving = None;
                self.deleting = None;
                Action::None
            }
            Message::Archive(message) => self.archive_message(message),
            Message::Trash(message) => self.trash_message(message),
            Message::Calendar(message) => self.calendar_message(message, contents, catalog),
            Message::Batch(message) => self.batch_message(message),
            message @ (Message::RequestSelfAssessment | Message::Request(_)) => {
                self.request_message(message, contents)
            }
            Message::History(message) => self.history_message(message),
            Message::DismissNotice => {
                self.notice = None;
                Action::None
            }
            Message::OverviewInFull(full) => {
                self.overview_in_full = full;
                Action::None
            }
            Message::LoadDemo => Action::LoadDemo,
            Message::StartObservation => match &self.selected {
                Some(id) => Action::StartObservation(id.clone()),
                None => Action::None,
            },
            Message::OpenObservation(id) => Action::OpenObservation(id),
            Message::OpenSummative(year) => match &self.selected {
                Some(id) => Action::OpenSummative {
                    educator_id: id.clone(),
                    year,
                },
                None => Action::None,
            },
            Message::OpenPlan(year) => match &self.selected {
                Some(id) => Action::OpenPlan {
                    educator_id: id.clone(),
                    year,
                },
                None => Action::None,
            },
            Message::OpenSelfAssessment(year) => match &self.selected {
                Some(id) => Action::OpenSelfAssessment {
                    educator_id: id.clone(),
                    year,
                },
                None => Action::None,
            },
            message => self.panel_message(message, contents, catalog),
        }
    }

    /// Checks the form; a valid one goes to the parent to save, and stays
    /// open (with its text) until the save is confirmed.
    fn submit(&mut self, contents: &Contents, catalog: &Catalog) -> Action {
        let Some(form) = &mut self.form else {
            return Action::None;
        };
        if form.saving {
            return Action::None;
        }
        let result = match form.editing.as_deref().and_then(|id| contents.educator(id)) {
            Some(existing) => {
                let mut educator = existing.clone();
                form.fields.apply(catalog, &mut educator).map(|()| {
                    educator.changed = crate::record::now();
                    educator
                })
            }
            None => form.fields.build(catalog, crate::record::now()),
        };
        match result {
            Ok(educator) => {
                form.saving = true;
                form.error = None;
                Action::Save(Box::new(educator))
            }
            Err(message) => {
                form.error = Some(capitalize(&message) + ".");
                Action::None
            }
        }
    }

    /// The parent saved an educator: close the form and show them.
    pub fn saved(&mut self, educator: &Educator) {
        if self
            .form
            .as_ref()
            .is_some_and(|f| f.editing.as_deref().is_none_or(|id| id == educator.id))
        {
            self.form = None;
        }
        self.selected = Some(educator.id.clone());
    }

    /// The save failed: keep every field as typed and say why.
    pub fn save_failed(&mut self, error: &Failure) {
        if let Some(form) = &mut self.form {
            form.saving = false;
            form.error = Some(format!(
                "Not saved: {error}. Your entries are kept; try again."
            ));
        }
    }

    /// The file dialog closed; `None` when it was cancelled or could not be shown.
    pub fn file_picked(&mut self, field: FileField, path: Option<PathBuf>) {
        let Some(path) = path else {
            return;
        };
        match field {
            FileField::RosterCsv => {
                if let Some(panel) = &mut self.import {
                    panel.file_picked(&path);
                }
            }
            FileField::BatchFolder => self.batch_folder_picked(&path),
            _ => {
                if let Some(panel) = &mut self.exchange {
                    panel.file_picked(field, &path);
                }
            }
        }
    }

    /// A bundle export ended: what was written, or why nothing was.
    pub fn bundle_exported(&mut self, result: Result<(String, PathBuf), Failure>) {
        if let Some(panel) = &mut self.exchange {
            panel.exported(result);
        }
    }

    /// A bundle import has written `n` of its `total` records.
    pub fn import_progress(&mut self, n: usize, total: usize) {
        if let Some(panel) = &mut self.exchange {
            panel.import_progress(n, total);
        }
    }

    pub fn bundle_imported(&mut self, result: Result<ImportOutcome, Failure>) {
        if let Some(panel) = &mut self.exchange {
            panel.imported(result);
        }
    }

    pub fn imported(&mut self, result: Result<ImportReport, Failure>) {
        let panel = self.import.get_or_insert_with(ImportPanel::default);
        panel.imported(result);
    }

    /// The roster plan numbered `asked` came back, to the import panel that asked.
    pub fn roster_planned(&mut self, asked: u64, result: Result<import::Preview, Failure>) {
        if let Some(panel) = &mut self.import {
            panel.planned(asked, result);
        }
    }

    /// Whether a key press means something here: while the roster import is open.
    #[must_use]
    pub fn wants_keys(&self) -> bool {
        self.import.is_some()
    }

    /// What a key press (not taken by a text field) says to the open import.
    #[must_use]
    pub fn key(
        &self,
        key: &iced::keyboard::Key,
        modifiers: iced::keyboard::Modifiers,
    ) -> Option<Message> {
        self.import
            .as_ref()
            .and_then(|panel| panel.key(key, modifiers))
            .map(Message::Import)
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
