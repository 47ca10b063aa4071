//! Exchanging records with the district from the window: export the
//! workspace (or a school's, or a year's records) as a bundle to send, and
//! import a bundle a colleague sent. The same bundles as `teacher-eval
//! export` and `import`; the work runs off the window's thread. Both ask
//! for a passphrase (typed hidden, twice when sealing) or the deliberate
//! choice of a plain bundle: a bundle travels by e-mail and USB stick.

use std::path::PathBuf;

use iced::widget::{Column, button, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill};

use super::FileField;
use crate::scoring::parse_school_year;
use crate::ui::theme;
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
    exported: Option<Result<(String, PathBuf), String>>,
    imported: Option<Result<ImportOutcome, String>>,
    /// Records an import under way has written, of how many.
    import_progress: Option<(usize, usize)>,
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
}

impl ExchangePanel {
    /// A panel whose export goes, by default, to today's bundle in Documents.
    #[must_use]
    pub fn new(today: chrono::NaiveDate) -> ExchangePanel {
        let path =
            crate::files::folders::documents_dir().join(format!("teacher-eval {today}.bundle"));
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
            self.exported = Some(Err("give the file to write".into()));
            return Request::None;
        }
        let year = match self.year.trim() {
            "" => None,
            typed => match parse_school_year(typed) {
                Ok(year) => Some(year),
                Err(why) => {
                    self.exported = Some(Err(why.trim_end_matches('.').to_string()));
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
    fn seal(&self) -> Result<Seal, String> {
        if self.export_plain {
            return Ok(Seal::Plain);
        }
        if self.export_passphrase.is_empty() {
            return Err(
                "type a passphrase to seal the bundle with, or choose plain (not encrypted)".into(),
            );
        }
        if self.export_passphrase != self.export_again {
            return Err("the passphrase and the one typed again differ; type both again".into());
        }
        Passphrase::new(&self.export_passphrase)
            .map(Seal::Passphrase)
            .map_err(|e| e.to_string())
    }

    fn import(&mut self) -> Request {
        let opening = if self.import_plain {
            Opening::Plain
        } else {
            if let Ok(passphrase) = Passphrase::new(&self.import_passphrase) {
                Opening::Passphrase(passphrase)
            } else {
                self.imported = Some(Err("type the bundle's passphrase, or choose plain \
                     (not encrypted) for a bundle that was not sealed"
                    .into()));
                return Request::None;
            }
        };
        self.running = true;
        self.imported = None;
        Request::Import(PathBuf::from(self.import_path.trim()), opening)
    }

    /// The file dialog chose `path` for `field`.
    pub fn file_picked(&mut self, field: FileField, path: &std::path::Path) {
        let shown = path.display().to_string();
        match field {
            FileField::BundleToWrite => self.export_path = shown,
            FileField::BundleToRead => self.import_path = shown,
            FileField::RosterCsv => {}
        }
    }

    /// The export ended: what was written, or why nothing was.
    pub fn exported(&mut self, result: Result<(String, PathBuf), String>) {
        self.running = false;
        self.exported = Some(result);
    }

    pub fn import_progress(&mut self, n: usize, total: usize) {
        self.import_progress = Some((n, total));
    }

    /// The import ended.
    pub fn imported(&mut self, result: Result<ImportOutcome, String>) {
        self.running = false;
        self.import_progress = None;
        self.imported = Some(result);
    }

    pub fn view(&self, read_only: Option<&str>) -> Element<'_, Message> {
        let busy = |label: &'static str, running: &'static str| {
            if self.running { running } else { label }
        };
        let export =
            column![
            text("Send records to the district").font(theme::BOLD).size(17),
            text(
                "Writes one bundle file with the educators and their observations, evaluations and \
                 growth plans, to send to a coordinator or carry to another computer. Leave school \
                 and year empty for everything."
            )
            .size(14),
            row![
                text_input("Bundle file to write", &self.export_path)
                    .on_input(Message::ExportPath)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(Message::Browse(FileField::BundleToWrite)),
            ]
            .spacing(8),
            row![
                text_input("School (optional)", &self.school)
                    .on_input(Message::School)
                    .padding(6),
                text_input("School year, e.g. 2026-27 (optional)", &self.year)
                    .on_input(Message::Year)
                    .padding(6),
            ]
            .spacing(8),
            self.export_seal_fields(),
            button(text(busy("Export bundle", "Working…")))
                .on_press_maybe((!self.running).then_some(Message::Export)),
        ]
            .spacing(8);
        let mut export = Column::new().push(export).spacing(8);
        match &self.exported {
            Some(Ok((done, _))) => {
                export = export.push(text(done.clone()).font(theme::BOLD)).push(
                    button(text("Show in folder"))
                        .style(button::secondary)
                        .on_press(Message::ShowFolder),
                );
            }
            Some(Err(why)) => export = export.push(problem(format!("Not exported: {why}."))),
            None => {}
        }

        let mut import =
            Column::new().spacing(8).push(
                column![
                text("Bring in records from a bundle").font(theme::BOLD).size(17),
                text(
                    "Adds the bundle's new records to this workspace. A record on both sides is \
                     decided by its last change; one changed on both sides at the same moment is \
                     listed and the copy here is kept. A damaged bundle is refused whole."
                )
                .size(14),
            ]
                .spacing(8),
            );
        if let Some(reason) = read_only {
            import = import.push(
                text(format!("This workspace is read-only: {reason}."))
                    .size(13)
                    .style(theme::muted),
            );
        } else {
            import = import.push(
                row![
                    text_input(
                        "Path to the bundle file, e.g. /home/me/lincoln.bundle",
                        &self.import_path
                    )
                    .on_input(Message::ImportPath)
                    .on_submit(Message::Import)
                    .padding(6),
                    button(text("Browse…"))
                        .style(button::secondary)
                        .on_press(Message::Browse(FileField::BundleToRead)),
                    button(text(busy("Import bundle", "Working…")))
                        .on_press_maybe((!self.running).then_some(Message::Import)),
                ]
                .spacing(8),
            );
            import = import.push(self.import_key_fields());
        }
        if let Some((n, total)) = self.import_progress {
            import = import.push(
                text(format!("Importing records: {n} of {total}…"))
                    .size(13)
                    .style(theme::muted),
            );
        }
        match &self.imported {
            Some(Ok(outcome)) => {
                import = import.push(text(outcome.summary()).font(theme::BOLD));
                for conflict in &outcome.conflicts {
                    import = import.push(
                        text(format!("Conflict: {}: {}", conflict.file, conflict.why)).size(13),
                    );
                }
            }
            Some(Err(why)) => import = import.push(problem(format!("Not imported: {why}."))),
            None => {}
        }

        scrollable(
            container(
                column![
                    row![
                        text("Exchange with the district")
                            .font(theme::BOLD)
                            .size(20),
                        iced::widget::space().width(Fill),
                        button(text("Close"))
                            .style(button::secondary)
                            .on_press(Message::Close),
                    ],
                    export,
                    import
                ]
                .spacing(20),
            )
            .padding([4, 16])
            .max_width(760),
        )
        .height(Fill)
        .into()
    }
}

impl ExchangePanel {
    /// The passphrase typed twice (hidden), or the plain choice with what it means.
    fn export_seal_fields(&self) -> Element<'_, Message> {
        let plain = plain_choice(self.export_plain, Message::ExportPlain(!self.export_plain));
        if self.export_plain {
            return column![
                plain,
                text(
                    "Not encrypted: anyone who gets the file, from an e-mail or a lost USB \
                     stick, can read every record in it."
                )
                .size(13)
                .style(theme::muted),
            ]
            .spacing(6)
            .into();
        }
        column![
            text(
                "The bundle is sealed (encrypted) with this passphrase. Tell it to whoever \
                 receives the bundle another way than the file itself, by phone or in person."
            )
            .size(13)
            .style(theme::muted),
            row![
                text_input("Passphrase to seal it with", &self.export_passphrase)
                    .secure(true)
                    .on_input(Message::ExportPassphrase)
                    .padding(6),
                text_input("The passphrase again", &self.export_again)
                    .secure(true)
                    .on_input(Message::ExportPassphraseAgain)
                    .on_submit(Message::Export)
                    .padding(6),
            ]
            .spacing(8),
            plain,
        ]
        .spacing(6)
        .into()
    }

    /// The bundle's passphrase (hidden), or the choice of taking a plain bundle.
    fn import_key_fields(&self) -> Element<'_, Message> {
        let plain = plain_choice(self.import_plain, Message::ImportPlain(!self.import_plain));
        if self.import_plain {
            return plain;
        }
        row![
            text_input("The bundle's passphrase", &self.import_passphrase)
                .secure(true)
                .on_input(Message::ImportPassphrase)
                .on_submit(Message::Import)
                .padding(6),
            plain,
        ]
        .spacing(8)
        .into()
    }
}

/// The deliberate choice of a plain bundle, ticked or not.
fn plain_choice<'a>(on: bool, message: Message) -> Element<'a, Message> {
    let label = if on {
        "✓ Plain (not encrypted)"
    } else {
        "Plain (not encrypted)"
    };
    button(text(label).size(13))
        .padding([3, 10])
        .style(theme::chip(on))
        .on_press(message)
        .into()
}

fn problem<'a>(message: String) -> Element<'a, Message> {
    container(text(message))
        .padding(8)
        .width(Fill)
        .style(theme::error_panel)
        .into()
}
