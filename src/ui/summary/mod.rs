//! The district summary screen: which workspaces and bundles to read, the
//! filters, and the result with its charts. Other principals' folders are
//! only read, never written.

pub mod bars;
pub mod heat;
pub mod table;
mod view;
pub mod words;

use crate::ui::failure::Failure;
use std::path::PathBuf;
use std::sync::Arc;

use super::export_dialog::{ExportDialog, ExportStep};
use super::export_panel::{self, Document, ExportPanel, Exported};
use crate::record::DegreeLevel;
use crate::rubric::SchoolLevel;
use crate::scoring::Profiles;
use crate::summary::{DegreeStanding, Filter, Options, Place, Summary};
use crate::workspace::bundle::{Opening, Passphrase};

#[allow(
    clippy::struct_excessive_bools,
    reason = "each is one switch on the screen, set on its own"
)]
pub struct SummaryScreen {
    /// The open workspace, always read first.
    own: PathBuf,
    /// Other workspace folders and bundle files (each with how to open it), read only.
    others: Vec<Place>,
    source_input: String,
    /// A bundle file chosen, waiting for its passphrase or the plain choice.
    pending_bundle: Option<PathBuf>,
    bundle_passphrase: String,
    year: String,
    school: String,
    level: Option<SchoolLevel>,
    role: String,
    evaluator: String,
    qualified: Option<DegreeStanding>,
    degree_at_least: Option<DegreeLevel>,
    min_observations: String,
    deidentify: bool,
    /// De-identified, the fewest educators a reported group may have (typed).
    min_cell: String,
    code_schools: bool,
    /// CSV exports begin with a byte-order mark (for Excel).
    csv_bom: bool,
    /// The profiles the summary can be scored under, the workspace's
    /// settings first; and the one chosen.
    profiles: Vec<ProfileChoice>,
    profile: ProfileChoice,
    running: bool,
    result: Option<Result<Arc<Summary>, Failure>>,
    /// Sources that could not be read, one sentence each.
    unreadable: Vec<Failure>,
    /// The page of components each rubric's heat map shows, by rubric.
    heat_pages: Vec<usize>,
    /// The page each long list shows, by `table::List::index`.
    list_pages: Vec<usize>,
    /// What the pointer is over in a heat map: the rubric's index and the words.
    heat_pointed: Option<(usize, String)>,
    problem: Option<String>,
    /// Why the source typed was not added, said under its field.
    source_problem: Option<String>,
    export: ExportDialog,
}

#[derive(Debug, Clone)]
pub enum Message {
    SourceInput(String),
    AddSource,
    /// Choose a workspace folder (`false`) or a bundle file (`true`) in the desktop's dialog.
    BrowseSource {
        bundle: bool,
    },
    RemoveSource(usize),
    BundlePassphrase(String),
    /// Add the waiting bundle, opened with the passphrase typed.
    AddSealedBundle,
    /// Add the waiting bundle as plain (not encrypted), chosen on purpose.
    AddPlainBundle,
    CancelBundle,
    Year(String),
    School(String),
    Level(Option<SchoolLevel>),
    Role(String),
    Evaluator(String),
    /// Meets, or falls below, the role's minimum degree; `None`: everyone.
    Qualified(Option<DegreeStanding>),
    DegreeAtLeast(Option<DegreeLevel>),
    MinObservations(String),
    ToggleDeidentify,
    MinCell(String),
    ToggleCodeSchools,
    ToggleCsvBom,
    /// Score under this profile; `None`: the workspace's settings.
    Profile(Option<String>),
    Compile,
    ExportPdf,
    ExportCsv,
    Export(export_panel::Message),
    /// The export this screen started ended.
    Exported(Result<Exported, Failure>),
    /// The save dialog this screen opened closed (`None`: cancelled or not shown).
    SavePathPicked(Option<PathBuf>),
    /// Show page `page` of the components in the heat map of the `rubric`th rubric.
    HeatPage {
        rubric: usize,
        page: usize,
    },
    /// Show page `page` of the rows of a long list.
    TablePage {
        list: table::List,
        page: usize,
    },
    /// The pointer came over a column or cell of the `rubric`th heat map
    /// (`about` says what is there), or left the map (`None`).
    HeatPointed {
        rubric: usize,
        about: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub enum Action {
    None,
    /// Read `sources` (folders or bundle files) and compile with `options`.
    Compile {
        sources: Vec<Place>,
        options: Options,
    },
    /// Ask for a workspace folder, or a bundle file, to add.
    BrowseSource {
        bundle: bool,
    },
    Export {
        document: Box<Document>,
        path: PathBuf,
        options: crate::report::ReportOptions,
    },
    BrowseExport(PathBuf),
    Open(PathBuf),
}

/// A scoring profile the summary may be scored under, as the pick list
/// shows it; no id: the workspace's settings (its profile for each role).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChoice {
    id: Option<String>,
    label: String,
}

impl std::fmt::Display for ProfileChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// The workspace's settings, then every loaded profile by title.
fn profile_choices(profiles: &Profiles) -> Vec<ProfileChoice> {
    let mut choices = vec![ProfileChoice {
        id: None,
        label: "The workspace's settings (each role's profile)".into(),
    }];
    choices.extend(profiles.entries.iter().map(|e| ProfileChoice {
        id: Some(e.profile.id.clone()),
        label: e.profile.title.clone(),
    }));
    choices
}

impl SummaryScreen {
    /// `profiles` are those the summary may be scored under instead of the
    /// workspace's settings.
    #[must_use]
    pub fn new(own: PathBuf, profiles: &Profiles) -> SummaryScreen {
        let profiles = profile_choices(profiles);
        SummaryScreen {
            profile: profiles[0].clone(),
            profiles,
            own,
            others: Vec::new(),
            source_input: String::new(),
            pending_bundle: None,
            bundle_passphrase: String::new(),
            year: crate::scoring::school_year_of(crate::clock::local_now().date_naive()),
            school: String::new(),
            level: None,
            role: String::new(),
            evaluator: String::new(),
            qualified: None,
            degree_at_least: None,
            min_observations: "2".into(),
            deidentify: false,
            min_cell: crate::summary::DEFAULT_MIN_CELL.to_string(),
            code_schools: false,
            csv_bom: crate::files::spreadsheet::CsvOptions::default().byte_order_mark,
            running: false,
            result: None,
            unreadable: Vec::new(),
            heat_pages: Vec::new(),
            list_pages: vec![0; table::List::ALL.len()],
            heat_pointed: None,
            problem: None,
            source_problem: None,
            export: ExportDialog::default(),
        }
    }

    #[must_use]
    pub fn summary(&self) -> Option<&Summary> {
        match &self.result {
            Some(Ok(summary)) => Some(summary),
            _ => None,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::SourceInput(text) => self.source_input = text,
            Message::AddSource => self.add_source(),
            Message::BrowseSource { bundle } => return Action::BrowseSource { bundle },
            Message::RemoveSource(i) => {
                if i < self.others.len() {
                    self.others.remove(i);
                }
            }
            Message::BundlePassphrase(text) => self.bundle_passphrase = text,
            Message::AddSealedBundle => self.add_sealed_bundle(),
            Message::AddPlainBundle => self.add_bundle(Opening::Plain),
            Message::CancelBundle => {
                self.pending_bundle = None;
                self.bundle_passphrase.clear();
            }
            Message::Year(text) => self.year = text,
            Message::School(text) => self.school = text,
            Message::Level(level) => self.level = level,
            Message::Role(role) => self.role = role,
            Message::Evaluator(text) => self.evaluator = text,
            Message::Qualified(standing) => self.qualified = standing,
            Message::DegreeAtLeast(level) => self.degree_at_least = level,
            Message::MinObservations(text) => {
                self.min_observations = text.chars().filter(char::is_ascii_digit).take(3).collect();
            }
            Message::ToggleDeidentify => self.deidentify = !self.deidentify,
            Message::MinCell(text) => {
                self.min_cell = text.chars().filter(char::is_ascii_digit).take(4).collect();
            }
            Message::ToggleCodeSchools => self.code_schools = !self.code_schools,
            Message::ToggleCsvBom => self.csv_bom = !self.csv_bom,
            Message::Profile(id) => {
                if let Some(choice) = self.profiles.iter().find(|c| c.id == id) {
                    self.profile = choice.clone();
                }
            }
            Message::Compile => return self.compile(),
            Message::ExportPdf => self.open_export(true),
            Message::ExportCsv => self.open_export(false),
            Message::Export(message) => return self.export_message(message),
            Message::Exported(result) => self.exported(result),
            Message::SavePathPicked(path) => self.export_path_picked(path),
            Message::HeatPage { .. } | Message::TablePage { .. } | Message::HeatPointed { .. } => {
                self.chart_message(message);
            }
        }
        Action::None
    }

    /// The export panel for the PDF (`pdf`) or the CSV tables.
    fn open_export(&mut self, pdf: bool) {
        if self.summary().is_none() {
            self.problem = Some("Compile the summary first.".into());
            return;
        }
        let name = format!(
            "{} District Summary {}.{}",
            crate::clock::local_now().format("%Y-%m-%d"),
            self.year,
            if pdf { "pdf" } else { "csv" }
        );
        let title = if pdf {
            "Export the district summary (PDF)"
        } else {
            "Export the summary tables (CSV: educators, and components beside it)"
        };
        self.export.open(ExportPanel::new(title, &name, false));
    }

    /// A page turned, or the pointer over a heat map.
    fn chart_message(&mut self, message: Message) {
        match message {
            Message::HeatPage { rubric, page } => {
                if let Some(shown) = self.heat_pages.get_mut(rubric) {
                    *shown = page;
                }
            }
            Message::TablePage { list, page } => {
                if let Some(shown) = self.list_pages.get_mut(list.index()) {
                    *shown = page;
                }
            }
            Message::HeatPointed { rubric, about } => {
                self.heat_pointed = about.map(|about| (rubric, about));
            }
            _ => {}
        }
    }

    fn compile(&mut self) -> Action {
        let year = self.year.trim();
        let year = if year.is_empty() {
            None
        } else {
            match crate::scoring::parse_school_year(year) {
                Ok(year) => Some(year),
                Err(problem) => {
                    self.problem = Some(problem);
                    return Action::None;
                }
            }
        };
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let options = Options {
            filter: Filter {
                year,
                school: text(&self.school),
                level: self.level,
                role: text(&self.role),
                evaluator: text(&self.evaluator),
                qualified: self.qualified,
                degree_at_least: self.degree_at_least,
            },
            min_observations: self.min_observations.parse().unwrap_or(2),
            deidentify: self.deidentify,
            min_cell: self
                .min_cell
                .parse()
                .unwrap_or(crate::summary::DEFAULT_MIN_CELL),
            code_schools: self.code_schools,
            profile_id: self.profile.id.clone(),
        };
        self.running = true;
        self.problem = None;
        let mut sources = vec![Place::Workspace(self.own.clone())];
        sources.extend(self.others.iter().cloned());
        Action::Compile { sources, options }
    }

    /// The compile finished: the summary, and the sources that could not be read.
    pub fn compiled(&mut self, result: Result<Arc<Summary>, Failure>, unreadable: Vec<Failure>) {
        self.running = false;
        let rubrics = result.as_ref().map_or(0, |s| s.rubrics.len());
        self.heat_pages = vec![0; rubrics];
        self.list_pages = vec![0; table::List::ALL.len()];
        self.heat_pointed = None;
        self.result = Some(result);
        self.unreadable = unreadable;
    }

    /// The dialog chose a folder or bundle: it is added at once.
    pub fn source_picked(&mut self, path: Option<PathBuf>) {
        if let Some(path) = path {
            self.source_input = path.display().to_string();
            self.add_source();
        }
    }

    /// Adds the typed source, unless it is empty, missing or already there.
    /// A folder is added at once; a bundle file waits for its passphrase
    /// (or the plain choice), as an import does.
    fn add_source(&mut self) {
        let typed = self.source_input.trim();
        if typed.is_empty() {
            return;
        }
        let path = PathBuf::from(typed);
        if !path.exists() {
            self.source_problem = Some(format!("{} does not exist.", path.display()));
            return;
        }
        self.source_input.clear();
        self.source_problem = None;
        if path == self.own || self.others.iter().any(|p| p.path() == path) {
            return;
        }
        if path.is_dir() {
            self.others.push(Place::Workspace(path));
        } else {
            self.pending_bundle = Some(path);
            self.bundle_passphrase.clear();
        }
    }

    fn add_sealed_bundle(&mut self) {
        match Passphrase::new(&self.bundle_passphrase) {
            Ok(passphrase) => self.add_bundle(Opening::Passphrase(passphrase)),
            Err(_) => {
                self.source_problem = Some(
                    "Type the bundle's passphrase, or choose plain (not encrypted) for a bundle \
                     that was not sealed."
                        .into(),
                );
            }
        }
    }

    /// The waiting bundle becomes a source, opened as `opening` says.
    fn add_bundle(&mut self, opening: Opening) {
        if let Some(path) = self.pending_bundle.take() {
            self.others.push(Place::Bundle(path, opening));
        }
        self.bundle_passphrase.clear();
        self.source_problem = None;
    }

    /// Alt+Left and Alt+Right turn every heat map's page, as Previous and
    /// Next do, for those who work from the keyboard.
    pub fn key(&mut self, key: &iced::keyboard::Key, modifiers: iced::keyboard::Modifiers) {
        use iced::keyboard::{Key, key::Named};
        let forward = match key {
            Key::Named(Named::ArrowRight) => true,
            Key::Named(Named::ArrowLeft) => false,
            _ => return,
        };
        if !modifiers.alt() || modifiers.command() || modifiers.shift() {
            return;
        }
        let Some(summary) = self.summary() else {
            return;
        };
        let last: Vec<usize> = summary
            .rubrics
            .iter()
            .map(|r| heat::pages(r.heat_map.components.len()) - 1)
            .collect();
        for (page, last) in self.heat_pages.iter_mut().zip(last) {
            *page = if forward {
                (*page + 1).min(last)
            } else {
                page.saturating_sub(1).min(last)
            };
        }
    }

    fn export_message(&mut self, message: export_panel::Message) -> Action {
        match self.export.message(message) {
            ExportStep::None => Action::None,
            ExportStep::Browse(path) => Action::BrowseExport(path),
            ExportStep::Open(path) => Action::Open(path),
            ExportStep::Export { path, options } => match self.document(&path) {
                Some(document) => Action::Export {
                    document: Box::new(document),
                    path,
                    options,
                },
                None => Action::None,
            },
        }
    }

    /// The compiled summary as the file at `path` holds it: CSV tables or a PDF.
    fn document(&self, path: &std::path::Path) -> Option<Document> {
        let summary = Arc::new(self.summary()?.clone());
        let csv = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        Some(if csv {
            Document::SummaryCsv(
                summary,
                crate::files::spreadsheet::CsvOptions {
                    byte_order_mark: self.csv_bom,
                },
            )
        } else {
            Document::Summary(summary)
        })
    }

    fn exported(&mut self, result: Result<Exported, Failure>) {
        self.export.exported(result);
    }

    fn export_path_picked(&mut self, path: Option<PathBuf>) {
        self.export.picked(path);
    }
}
