//! "Documents…": the PDFs of every educator of a school written into one
//! folder in one step, with progress and a way to stop. What is chosen and
//! how the files are named is the report layer's (`report::batch`), the
//! same as `teacher-eval report batch`; this file only asks and shows.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, progress_bar, row, scrollable, text};
use iced::{Element, Fill};

use super::panel_parts::{problem, toggle};
use super::{Action, FileField, Roster};
use crate::report::batch::{BatchOutcome, BatchRequest, Kinds, Typed};
use crate::ui::failure::Failure;
use crate::ui::theme;

/// The id of the panel's first field, for the keyboard's focus.
pub const SCHOOL_INPUT: &str = "batch-school";
/// More schools than this are typed, not offered as buttons.
const SCHOOL_BUTTONS: usize = 12;

#[derive(Debug, Clone)]
pub enum Message {
    Show,
    Close,
    School(String),
    Year(String),
    From(String),
    To(String),
    Observations(bool),
    Summatives(bool),
    Plans(bool),
    Drafts(bool),
    Replace(bool),
    Folder(String),
    Browse,
    Write,
    /// Stop between documents; what is written stays.
    Stop,
    ShowFolder,
}

/// The user's stop, shared with the work writing the batch.
#[derive(Debug, Clone, Default)]
pub struct StopFlag(pub Arc<AtomicBool>);

impl PartialEq for StopFlag {
    fn eq(&self, other: &StopFlag) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What the panel asks to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchAsk {
    pub request: BatchRequest,
    pub folder: PathBuf,
    pub stop: StopFlag,
}

/// The panel: what is typed, and how the run went.
#[derive(Debug, Clone)]
pub struct BatchPanel {
    school: String,
    year: String,
    from: String,
    to: String,
    kinds: Kinds,
    drafts: bool,
    replace: bool,
    folder: String,
    problem: Option<String>,
    /// While writing: the stop, and documents done of how many.
    running: Option<(StopFlag, usize, usize)>,
    outcome: Option<Result<(BatchOutcome, BatchRequest), Failure>>,
}

impl BatchPanel {
    fn new() -> BatchPanel {
        let year = crate::scoring::school_year_of(crate::clock::local_now().date_naive());
        let folder = crate::files::folders::documents_dir().join(format!("Evaluations {year}"));
        BatchPanel {
            school: String::new(),
            year,
            from: String::new(),
            to: String::new(),
            kinds: Kinds::ALL,
            drafts: false,
            replace: false,
            folder: folder.display().to_string(),
            problem: None,
            running: None,
            outcome: None,
        }
    }

    fn field(&mut self, message: Message) {
        match message {
            Message::School(t) => self.school = t,
            Message::Year(t) => self.year = t,
            Message::From(t) => self.from = t,
            Message::To(t) => self.to = t,
            Message::Observations(on) => self.kinds.observations = on,
            Message::Summatives(on) => self.kinds.summatives = on,
            Message::Plans(on) => self.kinds.plans = on,
            Message::Drafts(on) => self.drafts = on,
            Message::Replace(on) => self.replace = on,
            Message::Folder(t) => self.folder = t,
            _ => return,
        }
        self.problem = None;
    }

    /// The request checked, or why not said in the panel.
    fn ask(&mut self) -> Option<BatchAsk> {
        if self.running.is_some() {
            return None;
        }
        let typed = Typed {
            school: &self.school,
            year: &self.year,
            from: &self.from,
            to: &self.to,
            kinds: self.kinds,
            drafts: self.drafts,
            replace: self.replace,
        };
        let folder = PathBuf::from(self.folder.trim());
        let checked = typed.request().and_then(|request| {
            if folder.as_os_str().is_empty() {
                Err("give the folder to write the documents into".to_string())
            } else {
                Ok(request)
            }
        });
        match checked {
            Ok(request) => {
                let stop = StopFlag::default();
                self.running = Some((stop.clone(), 0, 0));
                self.outcome = None;
                Some(BatchAsk {
                    request,
                    folder,
                    stop,
                })
            }
            Err(why) => {
                self.problem = Some(capitalised(&why));
                None
            }
        }
    }
}

impl Roster {
    pub(super) fn batch_message(&mut self, message: Message) -> Action {
        match message {
            Message::Show => {
                self.form = None;
                self.import = None;
                self.exchange = None;
                self.trash = None;
                self.calendar = None;
                self.selected = None;
                // A batch under way keeps its panel, progress and all.
                self.batch.get_or_insert_with(BatchPanel::new);
                return Action::Focus(SCHOOL_INPUT);
            }
            Message::Close => {
                // Closing stops a batch under way; its answer finds no panel.
                if let Some((stop, ..)) = self.batch.as_ref().and_then(|p| p.running.as_ref()) {
                    stop.0.store(true, Ordering::Relaxed);
                }
                self.batch = None;
            }
            Message::Write => {
                if let Some(ask) = self.batch.as_mut().and_then(BatchPanel::ask) {
                    return Action::WriteBatch(Box::new(ask));
                }
            }
            Message::Stop => {
                if let Some((stop, ..)) = self.batch.as_ref().and_then(|p| p.running.as_ref()) {
                    stop.0.store(true, Ordering::Relaxed);
                }
            }
            Message::Browse => {
                if let Some(panel) = &self.batch {
                    return Action::PickFile(FileField::BatchFolder, PathBuf::from(&panel.folder));
                }
            }
            Message::ShowFolder => {
                if let Some(Ok((outcome, _))) = self.batch.as_ref().and_then(|p| p.outcome.as_ref())
                {
                    return Action::Open(outcome.folder.clone());
                }
            }
            other => {
                if let Some(panel) = &mut self.batch {
                    panel.field(other);
                }
            }
        }
        Action::None
    }

    /// `n` of `total` documents done.
    pub fn batch_progress(&mut self, n: usize, total: usize) {
        if let Some((_, done, of)) = self.batch.as_mut().and_then(|p| p.running.as_mut()) {
            (*done, *of) = (n, total);
        }
    }

    /// The batch ended: what was written, kept and not made, or why nothing was.
    pub fn batch_written(&mut self, result: Result<(BatchOutcome, BatchRequest), Failure>) {
        if let Some(panel) = &mut self.batch {
            panel.running = None;
            panel.outcome = Some(result);
        }
    }

    /// The folder chosen in the desktop's dialog.
    pub(super) fn batch_folder_picked(&mut self, path: &std::path::Path) {
        if let Some(panel) = &mut self.batch {
            panel.folder = path.display().to_string();
        }
    }

    /// The panel, in place of the overview, when it is open.
    pub(super) fn batch_panel<'a>(
        &'a self,
        contents: &'a crate::workspace::Contents,
    ) -> Option<Element<'a, super::Message>> {
        let panel = self.batch.as_ref().filter(|_| self.selected.is_none())?;
        Some(panel_view(panel, &schools(contents)))
    }
}

/// The schools of the roster, each once, as written first.
fn schools(contents: &crate::workspace::Contents) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for educator in &contents.educators {
        let school = educator.school.trim();
        if !school.is_empty() && !seen.iter().any(|s| crate::text::same_text(s, school)) {
            seen.push(school.to_string());
        }
    }
    seen.sort_by_key(|s| crate::text::folded(s));
    seen
}

fn wrap(message: Message) -> super::Message {
    super::Message::Batch(message)
}

fn panel_view<'a>(panel: &'a BatchPanel, schools: &[String]) -> Element<'a, super::Message> {
    let body = column![
        row![
            text("Documents for a school")
                .font(theme::BOLD)
                .size(20)
                .width(Fill),
            button(text("Close"))
                .style(button::secondary)
                .on_press(wrap(Message::Close)),
        ]
        .align_y(iced::Center),
        text(
            "Every educator's observation reports, summative evaluation and growth plan, \
             as PDFs in one folder: one step for the files a school sends or keeps."
        )
        .size(13)
        .style(theme::muted),
        whose(panel, schools),
        which(panel),
        folder(panel),
        outcome(panel),
    ]
    .spacing(12);
    scrollable(container(body).padding([4, 16]).max_width(760))
        .height(Fill)
        .into()
}

/// The school (typed, or one of the roster's) and the year.
fn whose<'a>(panel: &'a BatchPanel, schools: &[String]) -> Element<'a, super::Message> {
    let mut body = Column::new().spacing(6).push(
        row![
            text_input("School (every school when blank)", &panel.school)
                .id(SCHOOL_INPUT)
                .on_input(|t| wrap(Message::School(t)))
                .on_submit(wrap(Message::Write))
                .padding(6),
            text_input("School year, e.g. 2026-27", &panel.year)
                .on_input(|t| wrap(Message::Year(t)))
                .on_submit(wrap(Message::Write))
                .padding(6)
                .width(180),
        ]
        .spacing(8),
    );
    if schools.len() <= SCHOOL_BUTTONS && schools.len() > 1 {
        let chips = schools.iter().fold(row![].spacing(6), |r, school| {
            let on = crate::text::same_text(school, panel.school.trim());
            let pick = if on { String::new() } else { school.clone() };
            r.push(toggle(school, on, wrap(Message::School(pick))))
        });
        body = body.push(row![chips].wrap());
    }
    body.into()
}

/// The kinds of document, the observations' dates, drafts.
fn which(panel: &BatchPanel) -> Element<'_, super::Message> {
    let k = panel.kinds;
    column![
        row![
            toggle(
                "Observation reports",
                k.observations,
                wrap(Message::Observations(!k.observations))
            ),
            toggle(
                "Summative evaluations",
                k.summatives,
                wrap(Message::Summatives(!k.summatives))
            ),
            toggle("Growth plans", k.plans, wrap(Message::Plans(!k.plans))),
            toggle(
                "Include drafts",
                panel.drafts,
                wrap(Message::Drafts(!panel.drafts))
            ),
        ]
        .spacing(6)
        .wrap(),
        row![
            text_input("Observations from (blank: the school year)", &panel.from)
                .on_input(|t| wrap(Message::From(t)))
                .on_submit(wrap(Message::Write))
                .padding(6),
            text_input("to (blank: the year's end)", &panel.to)
                .on_input(|t| wrap(Message::To(t)))
                .on_submit(wrap(Message::Write))
                .padding(6),
        ]
        .spacing(8),
    ]
    .spacing(8)
    .into()
}

/// The folder, and the button that writes (or stops).
fn folder(panel: &BatchPanel) -> Element<'_, super::Message> {
    let mut body = column![
        row![
            text_input("Folder to write into", &panel.folder)
                .on_input(|t| wrap(Message::Folder(t)))
                .on_submit(wrap(Message::Write))
                .padding(6),
            button(text("Browse…"))
                .style(button::secondary)
                .on_press(wrap(Message::Browse)),
        ]
        .spacing(8),
        toggle(
            "Replace files of the same name already in the folder",
            panel.replace,
            wrap(Message::Replace(!panel.replace)),
        ),
    ]
    .spacing(8);
    if let Some(why) = &panel.problem {
        body = body.push(text(why).style(theme::danger_text));
    }
    body = body.push(match &panel.running {
        Some((_, done, total)) => row![
            text(if *total == 0 {
                "Reading the workspace…".to_string()
            } else {
                format!("Writing: {done} of {total} documents…")
            })
            .width(Fill),
            button(text("Stop"))
                .style(button::secondary)
                .on_press(wrap(Message::Stop)),
        ]
        .spacing(8)
        .align_y(iced::Center),
        None => row![button(text("Write the documents")).on_press(wrap(Message::Write))],
    });
    if let Some((_, done, total)) = &panel.running
        && *total > 0
    {
        #[allow(clippy::cast_precision_loss, reason = "counts of documents")]
        let share = *done as f32 / *total as f32;
        body = body.push(progress_bar(0.0..=1.0, share).girth(8));
    }
    body.into()
}

/// What the last run did, or why it did not.
fn outcome(panel: &BatchPanel) -> Element<'_, super::Message> {
    match &panel.outcome {
        None => column![].into(),
        Some(Err(error)) => problem(capitalised(&format!("{error}."))),
        Some(Ok((outcome, request))) => {
            let mut body = column![text(outcome.said(request))].spacing(8);
            if !outcome.written.is_empty() {
                body = body.push(
                    button(text("Show the folder"))
                        .style(button::secondary)
                        .on_press(wrap(Message::ShowFolder)),
                );
            }
            container(body)
                .padding(8)
                .width(Fill)
                .style(theme::panel)
                .into()
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
