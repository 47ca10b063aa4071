//! A date field of the plan: the text stays as typed, the plan gets a date
//! only when the text is understood, and the field says when it is not.

use chrono::NaiveDate;

use crate::record::{DateOrder, typed_date};

/// A date as typed, and why it was not understood, if it was not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct TypedDate {
    pub text: String,
    pub problem: Option<String>,
}

impl TypedDate {
    /// The field for a stored date, written as the locale writes dates.
    pub fn shown(date: Option<NaiveDate>, dates: DateOrder) -> TypedDate {
        TypedDate {
            text: date.map(|d| dates.format(d)).unwrap_or_default(),
            problem: None,
        }
    }

    /// Takes new text. Returns what the plan should hold: `Some(date)`
    /// when understood, `Some(None)` when emptied on purpose, and `None`
    /// when not understood, so the plan keeps what it had.
    #[allow(
        clippy::option_option,
        reason = "emptied on purpose and not understood are different answers"
    )]
    pub fn typed(&mut self, text: String, dates: DateOrder) -> Option<Option<NaiveDate>> {
        let read = typed_date(&text, dates);
        self.text = text;
        match read {
            Ok(date) => {
                self.problem = None;
                Some(date)
            }
            Err(error) => {
                self.problem = Some(error.to_string());
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_understood_or_emptied_field_changes_the_plan() {
        let us = DateOrder::MonthFirst;
        let mut field = TypedDate::shown(NaiveDate::from_ymd_opt(2027, 6, 1), us);
        assert_eq!(field.text, "06/01/2027");
        assert_eq!(
            field.typed("12/15/2026".into(), us),
            Some(NaiveDate::from_ymd_opt(2026, 12, 15))
        );
        assert_eq!(field.typed("2/30/2026".into(), us), None);
        assert_eq!(field.text, "2/30/2026", "the text stays as typed");
        assert!(
            field
                .problem
                .as_deref()
                .is_some_and(|p| p.starts_with("There is no February 30, 2026"))
        );
        assert_eq!(field.typed(" ".into(), us), Some(None));
        assert_eq!(field.problem, None);
    }
}
