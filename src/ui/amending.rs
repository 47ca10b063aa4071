//! Changing a record after it was shared (or an evaluation after it was
//! finalised), the same on every editing screen: each change is an
//! amendment signed with the user's name, and after acknowledgement a
//! rating, rationale, note or comment changes only with a reason. The bar
//! under the header says so; the History tab lists the amendments and the
//! versions kept, and restores one.

use crate::ui::button;
use crate::ui::failure::Failure;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, text};
use iced::{Element, Fill};

use super::theme;
use crate::record::trail::{self, Amendable, Author};
use crate::rubric::Rubric;

/// The field of the reason for a change.
pub const REASON_INPUT: &str = "amend-reason-input";

/// What a screen keeps to amend its record.
#[derive(Debug)]
pub struct Amending<R> {
    /// The version last handed to be saved (or opened): amendments are what differs from it.
    saved: R,
    /// Amendments from this index on were made in this session (merged by field).
    session_from: usize,
    signer: String,
    reason: String,
    /// Why the last change could not be saved yet (a reason or a name is missing).
    problem: Option<String>,
    /// "observation", "summative evaluation", "growth plan".
    what: &'static str,
    /// The versions kept on disk, once asked for: (number, version).
    versions: Option<Result<Vec<(u64, R)>, Failure>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Signer(String),
    Reason(String),
    /// Keep the signer's name in the preferences.
    Remember,
    /// Show the versions kept on disk.
    LoadVersions,
    /// Bring back the content of this kept version.
    Restore(u64),
}

/// What the screen should do after a message.
pub enum Outcome<R> {
    None,
    /// A name or reason was typed: try the waiting save again.
    Retry,
    Remember(String),
    LoadVersions,
    /// Put this content in place (the screen's editors follow it); it is
    /// saved like any change, so the difference is recorded.
    Restore(Box<R>),
}

impl<R: Amendable> Amending<R> {
    pub fn new(record: &R, what: &'static str) -> Amending<R> {
        Amending {
            saved: record.clone(),
            session_from: record.trail().amendments.len(),
            signer: String::new(),
            reason: String::new(),
            problem: None,
            what,
            versions: None,
        }
    }

    pub fn set_signer(&mut self, name: &str) {
        self.signer = name.trim().to_string();
    }

    pub fn signer(&self) -> &str {
        &self.signer
    }

    /// Sets the reason when none is typed (a restore, a reopening says why).
    pub fn suggest_reason(&mut self, reason: &str) {
        if self.reason.trim().is_empty() {
            self.reason = reason.to_string();
        }
    }

    pub fn update(&mut self, message: Message, current: &R) -> Outcome<R> {
        match message {
            Message::Signer(name) => self.signer = name,
            Message::Reason(reason) => self.reason = reason,
            Message::Remember => {
                let name = self.signer.trim().to_string();
                return if name.is_empty() {
                    Outcome::None
                } else {
                    Outcome::Remember(name)
                };
            }
            Message::LoadVersions => return Outcome::LoadVersions,
            Message::Restore(number) => return self.restore(number, current),
        }
        if self.problem.take().is_some() {
            return Outcome::Retry;
        }
        Outcome::None
    }

    fn restore(&mut self, number: u64, current: &R) -> Outcome<R> {
        let Some(Ok(versions)) = &self.versions else {
            return Outcome::None;
        };
        let Some((_, old)) = versions.iter().find(|(n, _)| *n == number) else {
            return Outcome::None;
        };
        let mut next = old.clone();
        next.adopt_state(current);
        // A restore is its own amendment, never merged into this session's edits.
        self.session_from = current.trail().amendments.len();
        self.suggest_reason(&format!("Restored version {number}"));
        Outcome::Restore(Box::new(next))
    }

    /// The versions kept on disk arrived (or why not).
    pub fn versions_loaded(&mut self, versions: Result<Vec<(u64, R)>, Failure>) {
        self.versions = Some(versions);
    }

    /// Brings `record`'s trail up to date before a save; false (and the
    /// problem shown) when the change may not be recorded yet. Nothing is
    /// dropped: the change stays in the window, unsaved, until it may be.
    pub fn settle(&mut self, record: &mut R, rubric: Option<&Rubric>) -> bool {
        let author = Author {
            name: self.signer.trim().to_string(),
            reason: self.reason.trim().to_string(),
            at: crate::record::now(),
        };
        let settled = trail::settle(
            &self.saved,
            record,
            &author,
            self.session_from,
            self.what,
            rubric,
        );
        self.problem = settled.err().map(|e| {
            let mut said = e.to_string();
            if let Some(first) = said.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            format!("{said}. Your change is kept here, not yet saved.")
        });
        if self.problem.is_none() {
            self.saved = record.clone();
        }
        self.problem.is_none()
    }

    /// Under the header of a locked record: its state, who signs changes, why.
    pub fn bar<'a, M: Clone + 'a>(
        &'a self,
        record: &R,
        wrap: fn(Message) -> M,
    ) -> Option<Element<'a, M>> {
        if !trail::is_locked(record) {
            return None;
        }
        let state = if trail::amended_after_acknowledgement(record) {
            "Amended since the educator acknowledged it: this version has not been acknowledged."
        } else if trail::changed_since_shared(record) {
            "Changed since shared: every change is recorded as an amendment (History)."
        } else {
            "Every change from now on is recorded as an amendment (History)."
        };
        let reason_hint = if trail::reason_required(record) {
            "Reason for the change (required after acknowledgement)"
        } else {
            "Reason for the change (optional)"
        };
        let mut bar = column![
            text(state).size(13),
            row![
                text("Changes signed by").size(13),
                text_input("Your name", &self.signer)
                    .on_input(Message::Signer)
                    .on_submit(Message::Remember)
                    .padding(4)
                    .size(13)
                    .width(220),
                button(text("Remember my name").size(12))
                    .style(button::text)
                    .on_press(Message::Remember),
                text_input(reason_hint, &self.reason)
                    .id(REASON_INPUT)
                    .on_input(Message::Reason)
                    .padding(4)
                    .size(13)
                    .width(Fill),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(4);
        if let Some(problem) = &self.problem {
            bar = bar.push(
                container(text(problem.clone()).size(13))
                    .padding([4, 8])
                    .width(Fill)
                    .style(theme::error_panel),
            );
        }
        let bar: Element<'a, Message> = container(bar)
            .padding([6, 10])
            .width(Fill)
            .style(theme::panel)
            .into();
        Some(bar.map(wrap))
    }

    /// The fingerprints, every amendment and the versions kept.
    pub fn history<'a, M: Clone + 'a>(
        &'a self,
        record: &'a R,
        wrap: fn(Message) -> M,
    ) -> Element<'a, M> {
        let t = record.trail();
        let mut list = Column::new().spacing(8).push(
            text(format!(
                "Content fingerprint (SHA-256): {}",
                trail::fingerprint(record)
            ))
            .size(13),
        );
        for (label, version) in [("Shared", &t.shared), ("Acknowledged", &t.acknowledged)] {
            if let Some(v) = version {
                list = list.push(
                    text(format!(
                        "{label} version {} on {}",
                        trail::short(&v.fingerprint),
                        v.at.format("%B %-d, %Y %-I:%M %p")
                    ))
                    .size(13),
                );
            }
        }
        list = list.push(text("Amendments").font(theme::BOLD).size(15));
        if t.amendments.is_empty() {
            list = list.push(text("No amendments.").size(14).style(theme::muted));
        }
        for a in &t.amendments {
            list = list.push(amendment(a));
        }
        list = list.push(self.versions_view(record));
        let list: Element<'a, Message> = list.into();
        list.map(wrap)
    }

    fn versions_view<'a>(&'a self, record: &'a R) -> Element<'a, Message> {
        let mut list = Column::new()
            .spacing(6)
            .push(text("Earlier versions").font(theme::BOLD).size(15));
        match &self.versions {
            None => {
                list = list.push(
                    button(text("Show the versions kept").size(13))
                        .style(button::secondary)
                        .on_press(Message::LoadVersions),
                );
            }
            Some(Err(why)) => {
                list = list.push(text(why.to_string()).size(13).style(theme::danger_text));
            }
            Some(Ok(versions)) if versions.is_empty() => {
                list = list.push(
                    text("No earlier versions are kept yet.")
                        .size(13)
                        .style(theme::muted),
                );
            }
            Some(Ok(versions)) => {
                for (number, version) in versions.iter().rev() {
                    list = list.push(version_row(*number, version, record));
                }
            }
        }
        list.into()
    }
}

/// One kept version: its number, when it was saved, its fingerprint, and
/// whether it is the one shared or acknowledged; with Restore.
fn version_row<'a, R: Amendable>(number: u64, version: &R, record: &R) -> Element<'a, Message> {
    let t = record.trail();
    let fingerprint = trail::fingerprint(version);
    let mark = |v: &Option<crate::record::Version>, word: &'static str| {
        v.as_ref()
            .filter(|v| v.fingerprint == fingerprint)
            .map(|_| word)
    };
    let marks: Vec<&str> = [
        mark(&t.shared, "shared"),
        mark(&t.acknowledged, "acknowledged"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let marked = if marks.is_empty() {
        String::new()
    } else {
        format!(" · the version {}", marks.join(" and "))
    };
    row![
        text(format!(
            "Version {number} · saved {} · {}{marked}",
            version_changed(version),
            trail::short(&fingerprint),
        ))
        .size(13)
        .width(Fill),
        button(text("Restore").size(13))
            .style(button::secondary)
            .on_press(Message::Restore(number)),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}

/// When a kept version was saved, from its record.
fn version_changed<R: Amendable>(version: &R) -> String {
    version
        .changed_at()
        .format("%b %-d, %Y %-I:%M:%S %p")
        .to_string()
}

fn amendment(a: &crate::record::Amendment) -> Element<'_, Message> {
    let reason = if a.reason.is_empty() {
        "no reason given".to_string()
    } else {
        format!("because: {}", a.reason)
    };
    container(column![
        text(format!(
            "{} · {} · {}",
            a.at.format("%b %-d, %Y %-I:%M %p"),
            a.by,
            a.field
        ))
        .font(theme::BOLD)
        .size(13),
        text(format!("Was: {}", a.old)).size(13),
        text(format!("Now: {}", a.new)).size(13),
        text(reason).size(13).style(theme::muted),
    ])
    .padding(8)
    .width(Fill)
    .style(theme::panel)
    .into()
}
