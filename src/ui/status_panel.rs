//! Sharing a document with the educator and recording their
//! acknowledgement: the same steps for observations, evaluations and plans.
//! Both are kept for good, so each asks first and says what it does.

use crate::ui::button;
use crate::ui::text_input;
use chrono::{NaiveDate, NaiveTime, Timelike};
use iced::Element;
use iced::widget::{Column, column, container, row, text};

use super::confirm::{self, Ask};
use super::theme;
use crate::record::{DateOrder, Status, Timestamp, format_time, parse_date, parse_time};

/// What is typed into the acknowledgement form, and the step being asked about.
#[derive(Debug, Clone)]
pub struct StatusForm {
    name: String,
    date: String,
    time: String,
    dates: DateOrder,
    errors: Vec<String>,
    asking: Option<Step>,
}

/// A step waiting for Confirm.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Share,
    Acknowledge {
        by: String,
        date: NaiveDate,
        time: NaiveTime,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Ask to share.
    Share,
    Name(String),
    Date(String),
    Time(String),
    /// Ask to record the acknowledgement typed.
    Acknowledge,
    Confirm,
    Cancel,
}

impl StatusForm {
    /// Prefilled with the educator's name, and today and now as the locale writes them.
    #[must_use]
    pub fn new(educator_name: &str, dates: DateOrder) -> StatusForm {
        let mut form = StatusForm {
            name: educator_name.to_string(),
            date: String::new(),
            time: String::new(),
            dates,
            errors: Vec::new(),
            asking: None,
        };
        form.prefill_now();
        form
    }

    fn prefill_now(&mut self) {
        let now = crate::clock::local_now();
        self.date = self.dates.format(now.date_naive());
        self.time = NaiveTime::from_hms_opt(now.hour(), now.minute(), 0)
            .map(format_time)
            .unwrap_or_default();
    }

    /// True while a step waits for Confirm or Cancel.
    #[must_use]
    pub fn is_asking(&self) -> bool {
        self.asking.is_some()
    }

    /// Applies a message; true when `status` changed.
    pub fn update(&mut self, message: Message, status: &mut Status) -> bool {
        match message {
            Message::Share => {
                if matches!(status, Status::Draft) {
                    self.asking = Some(Step::Share);
                }
                false
            }
            Message::Name(name) => {
                self.name = name;
                false
            }
            Message::Date(date) => {
                self.date = date;
                false
            }
            Message::Time(time) => {
                self.time = time;
                false
            }
            Message::Acknowledge => {
                match self.read(status) {
                    Ok(step) => {
                        self.asking = Some(step);
                        self.errors.clear();
                    }
                    Err(errors) => self.errors = errors,
                }
                false
            }
            Message::Cancel => {
                self.asking = None;
                false
            }
            Message::Confirm => match self.asking.take() {
                None => false,
                Some(Step::Share) => {
                    let shared = status.shared();
                    let changed = shared != *status;
                    *status = shared;
                    // The acknowledgement comes later: offer the time it is recorded.
                    self.prefill_now();
                    changed
                }
                Some(Step::Acknowledge { by, date, time }) => {
                    match status.acknowledged(&by, date, time) {
                        Ok(acknowledged) => {
                            *status = acknowledged;
                            self.errors.clear();
                            true
                        }
                        Err(error) => {
                            self.errors = vec![error.to_string()];
                            false
                        }
                    }
                }
            },
        }
    }

    /// The acknowledgement typed, checked by the record's own rule, or every reason it is not one.
    fn read(&self, status: &Status) -> Result<Step, Vec<String>> {
        match (parse_date(&self.date, self.dates), parse_time(&self.time)) {
            (Ok(date), Ok(time)) => status
                .acknowledged(&self.name, date, time)
                .map(|_| Step::Acknowledge {
                    by: self.name.trim().to_string(),
                    date,
                    time,
                })
                .map_err(|e| vec![e.to_string()]),
            (date, time) => Err([
                date.err().map(|e| e.to_string()),
                time.err().map(|e| e.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
    }

    /// The status, and the step it allows next. `amended` says the version
    /// acknowledged is not this one: its acknowledgement is then asked again.
    #[must_use]
    pub fn view<'a>(
        &'a self,
        status: &Status,
        amended: bool,
        document: &str,
    ) -> Element<'a, Message> {
        match status {
            Status::Draft => column![
                text(format!(
                    "Draft: the educator has not been given this {document} yet."
                ))
                .size(14),
                button(text("Mark as shared with the educator")).on_press(Message::Share),
            ]
            .spacing(8)
            .into(),
            Status::Shared { at } => self.acknowledge_form(
                format!("Shared with the educator on {}.", when(at)),
                "Record that the educator received it. Acknowledging means received, not agreed.",
            ),
            Status::Acknowledged { shared_at, by, at } if amended => self.acknowledge_form(
                format!(
                    "Shared on {}; acknowledged by {by} on {}, but in an earlier version: this \
                     amended version has not been acknowledged.",
                    when(shared_at),
                    when(at)
                ),
                "Record that the educator received the amended version.",
            ),
            Status::Acknowledged { shared_at, by, at } => text(format!(
                "Shared on {}; acknowledged by {by} on {}.",
                when(shared_at),
                when(at)
            ))
            .size(14)
            .into(),
        }
    }

    fn acknowledge_form<'a>(&'a self, state: String, ask: &'static str) -> Element<'a, Message> {
        let mut form = column![
            text(state).size(14),
            text(ask).size(13).style(theme::muted),
            row![
                text_input("Name of the person acknowledging", &self.name)
                    .on_input(Message::Name)
                    .padding(6)
                    .width(280),
                text_input(self.dates.placeholder(), &self.date)
                    .on_input(Message::Date)
                    .padding(6)
                    .width(140),
                text_input("Time, e.g. 6:00 AM", &self.time)
                    .on_input(Message::Time)
                    .padding(6)
                    .width(140),
                button(text("Mark acknowledged")).on_press(Message::Acknowledge),
            ]
            .spacing(8),
        ]
        .spacing(8);
        if !self.errors.is_empty() {
            let errors = self.errors.iter().fold(Column::new(), |list, error| {
                list.push(text(error.clone()).size(13))
            });
            form = form.push(container(errors).padding(6).style(theme::error_panel));
        }
        form.into()
    }

    /// The panel asking about the step waiting for Confirm, if any.
    #[must_use]
    pub fn dialog<'a>(&self, document: &str) -> Option<Element<'a, Message>> {
        let ask = match self.asking.as_ref()? {
            Step::Share => Ask {
                title: format!("Share this {document} with the educator?"),
                what: format!(
                    "Share: the educator may now be given this {document}. The date and time \
                     of sharing (now) are recorded and printed on it, and it cannot be made a \
                     draft again: every later change is recorded as an amendment (who, when, \
                     what, why)."
                ),
                lists: Vec::new(),
            },
            Step::Acknowledge { by, date, time } => Ask {
                title: "Record the acknowledgement?".into(),
                what: format!(
                    "Acknowledge: record that {by} received this {document} on {} at {}. \
                     Acknowledging means received, not agreed. It is printed on the \
                     {document} and cannot be taken back here.",
                    date.format("%A, %B %-d, %Y"),
                    format_time(*time)
                ),
                lists: Vec::new(),
            },
        };
        Some(confirm::panel(ask, Message::Confirm, Message::Cancel))
    }
}

/// "December 1, 2026 at 6:00 AM", on the clock it was recorded by.
fn when(at: &Timestamp) -> String {
    format!("{} at {}", at.format("%B %-d, %Y"), format_time(at.time()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared() -> Status {
        Status::Shared {
            at: chrono::DateTime::parse_from_rfc3339("2026-11-30T15:00:00-05:00").expect("time"),
        }
    }

    #[test]
    fn sharing_asks_first_and_cancel_leaves_a_draft() {
        let mut form = StatusForm::new("Ana Ruiz", DateOrder::MonthFirst);
        let mut status = Status::Draft;
        assert!(!form.update(Message::Share, &mut status));
        assert_eq!(status, Status::Draft, "one click does not share");
        assert!(form.is_asking());
        assert!(form.dialog("report").is_some());
        assert!(!form.update(Message::Cancel, &mut status));
        assert_eq!(status, Status::Draft);
        assert!(!form.is_asking());
        form.update(Message::Share, &mut status);
        assert!(form.update(Message::Confirm, &mut status));
        assert_eq!(status.key(), "shared");
    }

    #[test]
    fn the_acknowledgement_keeps_the_time_typed_after_confirming() {
        let mut form = StatusForm::new("Ana Ruiz", DateOrder::MonthFirst);
        let mut status = shared();
        form.update(Message::Date("12/01/2026".into()), &mut status);
        form.update(Message::Time("6:00 AM".into()), &mut status);
        assert!(!form.update(Message::Acknowledge, &mut status));
        assert_eq!(status, shared(), "asks before recording");
        assert!(form.update(Message::Confirm, &mut status));
        let Status::Acknowledged { by, at, .. } = &status else {
            panic!("not acknowledged: {status:?}");
        };
        assert_eq!(by, "Ana Ruiz");
        assert_eq!(
            at.naive_local().to_string(),
            "2026-12-01 06:00:00",
            "6:00 AM, not noon"
        );
    }

    #[test]
    fn a_day_first_locale_reads_the_day_first() {
        let mut form = StatusForm::new("Ana Ruiz", DateOrder::DayFirst);
        let mut status = shared();
        form.update(Message::Date("12/01/2026".into()), &mut status);
        form.update(Message::Time("18:30".into()), &mut status);
        form.update(Message::Acknowledge, &mut status);
        form.update(Message::Confirm, &mut status);
        let Status::Acknowledged { at, .. } = &status else {
            panic!("not acknowledged: {status:?}");
        };
        assert_eq!(at.naive_local().to_string(), "2026-01-12 18:30:00");
    }

    #[test]
    fn no_time_is_made_up() {
        for (time, said) in [
            ("", "Type the time, e.g. 6:00 AM, 6 pm or 18:30."),
            (
                "about six",
                "This time is not understood: type it as 6:00 AM, 6 pm or 18:30.",
            ),
        ] {
            let mut form = StatusForm::new("Ana Ruiz", DateOrder::MonthFirst);
            let mut status = shared();
            form.update(Message::Time(time.into()), &mut status);
            form.update(Message::Acknowledge, &mut status);
            assert!(!form.is_asking(), "{time:?}");
            assert_eq!(form.errors, [said]);
            form.update(Message::Confirm, &mut status);
            assert_eq!(status, shared(), "{time:?} records nothing");
        }
        let mut form = StatusForm::new("Ana Ruiz", DateOrder::MonthFirst);
        let mut status = shared();
        form.update(Message::Date("2/30/2026".into()), &mut status);
        form.update(Message::Time(String::new()), &mut status);
        form.update(Message::Acknowledge, &mut status);
        assert_eq!(
            form.errors,
            [
                "There is no February 30, 2026: type the date as 12/15/2026, Dec 15 2026 or 2026-12-15.",
                "Type the time, e.g. 6:00 AM, 6 pm or 18:30."
            ]
        );
    }
}
