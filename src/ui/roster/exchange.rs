//! Exchanging records with the district from the window: export the
//! workspace (or a school's, or a year's records) as a bundle to send, and
//! import a bundle a colleague sent. The same bundles as `teacher-eval
//! export` and `import`; the work runs off the window's thread. Both ask
//! for a passphrase (typed hidden, twice when sealing) or the deliberate
//! choice of a plain bundle: a bundle travels by e-mail and USB stick.

use crate::ui::failure::Failure;
use std::path::PathBuf;

mod view;

use super::response_import::{self, Previewed, ResponseImport};

use super::FileField;
use crate::scoring::parse_school_year;
use crate::workspace::bundle::{ExportFilter, ImportOutcome, Opening, Passphrase, Seal};

/// The panel's own state: what was typed, and how the last run went.
#[derive(Debug, Clone)]
pub struct ExchangePanel {
    export_path: String,
    school: String,
    year: String,
    /// The passphrase to seal with, typed twice so a slip cannot lock the bundle for good.
    export_passphrase: String,
    export_again: String,
    /// A plain (unencrypted) export, chosen on purpose.
    export_plain: bool,
    import_path: String,
    import_passphrase: String,
    /// A plain bundle is taken only when this is chosen.
    import_plain: bool,
    running: bool,
    /// What the last export wrote (said in words, and where), or why it did not.
    exported: Option<Result<(String, PathBuf), Failure>>,
    imported: Option<Result<ImportOutcome, Failure>>,
    /// Records an import under way has written, of how many.
    import_progress: Option<(usize, usize)>,
    /// Importing an educator's response to a packet.
    pub(super) response: ResponseImport,
}

#[derive(Debug, Clone)]
pub enum Message {
    ExportPath(String),
    School(String),
    Year(String),
    ExportPassphrase(String),
    ExportPassphraseAgain(String),
    /// Write the bundle plain (`true`) or sealed.
    ExportPlain(bool),
    Export,
    ImportPath(String),
    ImportPassphrase(String),
    /// Take a plain bundle (`true`) or only a sealed one.
    ImportPlain(bool),
    Import,
    Close,
    /// Choose the file with the desktop's dialog.
    Browse(FileField),
    /// Show the written bundle's folder in the desktop's file manager.
    ShowFolder,
    /// Importing an educator's response.
    Response(response_import::Message),
}

/// What the panel asks of the application.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    None,
    Export {
        path: PathBuf,
        filter: ExportFilter,
        seal: Seal,
    },
    Import(PathBuf, Opening),
    Close,
    /// Open the desktop's file dialog for this field, starting from what is typed.
    Browse(FileField, PathBuf),
    /// Open this folder with the desktop's file manager.
    Open(PathBuf),
    /// Read and check the response at the path, writing nothing.
    PreviewResponse(PathBuf),
    /// Import the response previewed, signed by `by`; `earlier` takes one to an earlier version.
    ImportResponse {
        preview: Previewed,
        earlier: bool,
        by: String,
    },
}

impl ExchangePanel {
    /// A panel whose export goes, by default, to today's bundle in Documents.
    #[must_use]
    /// Responses are imported in the name of `by` (which can be changed).
    pub fn new(today: chrono::NaiveDate, by: &str) -> ExchangePanel {
        let path = crate::files::folders::documents_dir().join(format!(
            "teacher-eval {today}.{}",
            crate::workspace::bundle::BUNDLE_EXTENSION
        ));
        ExchangePanel {
            export_path: path.display().to_string(),
            school: String::new(),
            year: String::new(),
            export_passphrase: String::new(),
            export_again: String::new(),
            export_plain: false,
            import_path: String::new(),
            import_passphrase: String::new(),
            import_plain: false,
            running: false,
            exported: None,
            imported: None,
            import_progress: None,
            response: ResponseImport::new(by),
        }
    }

    pub fn update(&mut self, message: Message) -> Request {
        match message {
            Message::ExportPath(path) => self.export_path = path,
            Message::School(school) => self.school = school,
            Message::Year(year) => self.year = year,
            Message::ExportPassphrase(text) => self.export_passphrase = text,
            Message::ExportPassphraseAgain(text) => self.export_again = text,
            Message::ExportPlain(plain) => self.export_plain = plain,
            Message::ImportPath(path) => self.import_path = path,
            Message::ImportPassphrase(text) => self.import_passphrase = text,
            Message::ImportPlain(plain) => self.import_plain = plain,
            Message::Export if !self.running => return self.export(),
            Message::Import if !self.running && !self.import_path.trim().is_empty() => {
                return self.import();
            }
            Message::Close => return Request::Close,
            Message::Response(message) => {
                return match self.response.update(message) {
                    response_import::Request::None => Request::None,
                    response_import::Request::Preview(path) => Request::PreviewResponse(path),
                    response_import::Request::Import {
                        preview,
                        earlier,
                        by,
                    } => Request::ImportResponse {
                        preview,
                        earlier,
                        by,
                    },
                    response_import::Request::Browse(field, start) => Request::Browse(field, start),
                };
            }
            Message::ShowFolder => {
                if let Some(Ok((_, path))) = &self.exported {
                    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
                    return Request::Open(folder.unwrap_or(path).to_path_buf());
                }
            }
            Message::Browse(field) => {
                let typed = match field {
                    FileField::BundleToRead => &self.import_path,
                    _ => &self.export_path,
                };
                return Request::Browse(field, PathBuf::from(typed.trim()));
            }
            Message::Export | Message::Import => {}
        }
        Request::None
    }

    fn export(&mut self) -> Request {
        let path = self.export_path.trim();
        if path.is_empty() {
            self.exported = Some(Err(Failure::NoBundleFile));
            return Request::None;
        }
        let year = match self.year.trim() {
            "" => None,
            typed => match parse_school_year(typed) {
                Ok(year) => Some(year),
                Err(why) => {
                    self.exported = Some(Err(Failure::SchoolYear(
                        why.trim_end_matches('.').to_string(),
                    )));
                    return Request::None;
                }
            },
        };
        let seal = match self.seal() {
            Ok(seal) => seal,
            Err(why) => {
                self.exported = Some(Err(why));
                return Request::None;
            }
        };
        let school = Some(self.school.trim().to_string()).filter(|s| !s.is_empty());
        self.running = true;
        self.exported = None;
        Request::Export {
            path: PathBuf::from(path),
            filter: ExportFilter { school, year },
            seal,
        }
    }

    /// How the export is sealed: plain if chosen, else the passphrase typed the same twice.
    fn seal(&self) -> Result<Seal, Failure> {
        if self.export_plain {
            return Ok(Seal::Plain);
        }
        if self.export_passphrase.is_empty() {
            return Err(Failure::NoPassphrase);
        }
        if self.export_passphrase != self.export_again {
            return Err(Failure::PassphrasesDiffer);
        }
        Passphrase::new(&self.export_passphrase)
            .map(Seal::Passphrase)
            .map_err(Failure::from)
    }

    fn import(&mut self) -> Request {
        let opening = if self.import_plain {
            Opening::Plain
        } else if let Ok(passphrase) = Passphrase::new(&self.import_passphrase) {
            Opening::Passphrase(passphrase)
        } else {
            self.imported = Some(Err(Failure::NoOpeningPassphrase));
            return Request::None;
        };
        self.running = true;
        self.imported = None;
        Request::Import(PathBuf::from(self.import_path.trim()), opening)
    }

    /// A panel opened on a file from the desktop, in `field`: a bundle (its
    /// passphrase still to be typed) or a response (to preview).
    #[must_use]
    pub fn importing(
        today: chrono::NaiveDate,
        by: &str,
        field: FileField,
        path: &std::path::Path,
    ) -> ExchangePanel {
        let mut panel = ExchangePanel::new(today, by);
        panel.file_picked(field, path);
        panel
    }

    /// The file dialog chose `path` for `field`.
    pub fn file_picked(&mut self, field: FileField, path: &std::path::Path) {
        let shown = path.display().to_string();
        match field {
            FileField::BundleToWrite => self.export_path = shown,
            FileField::BundleToRead => self.import_path = shown,
            FileField::ResponseToRead => {
                self.response.update(response_import::Message::Path(shown));
            }
            FileField::RosterCsv | FileField::BatchFolder => {}
        }
    }

    /// The export ended: what was written, or why nothing was.
    pub fn exported(&mut self, result: Result<(String, PathBuf), Failure>) {
        self.running = false;
        self.exported = Some(result);
    }

    pub fn import_progress(&mut self, n: usize, total: usize) {
        self.import_progress = Some((n, total));
    }

    /// The import ended.
    pub fn imported(&mut self, result: Result<ImportOutcome, Failure>) {
        self.running = false;
        self.import_progress = None;
        self.imported = Some(result);
    }
}
