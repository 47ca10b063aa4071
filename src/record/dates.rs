//! Reading a date as a person types it: ISO (2026-12-15), figures in the
//! locale's order (12/15/2026 or 15/12/2026, with slashes, dashes or dots),
//! or an English month name either side of the day (Dec 15 2026,
//! December 15, 2026, 15 Dec 2026). The one parser every date field uses.
//!
//! A date is never guessed: two-digit years (which century?) and impossible
//! days are refused with a sentence naming the forms that work.

use chrono::NaiveDate;

use super::DateOrder;

/// Why typed text is not a date. Each reads as one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("Type a date, e.g. {}.", .order.forms())]
    Empty { order: DateOrder },
    #[error("This date is not understood: type it as {}.", .order.forms())]
    Unreadable { order: DateOrder },
    #[error("Type the year with all four figures, e.g. {}.", .order.forms())]
    ShortYear { order: DateOrder },
    #[error("There is no month {month}: type the date as {}.", .order.forms())]
    NoSuchMonth { month: u32, order: DateOrder },
    #[error("There is no {} {day}, {year}: type the date as {}.", month_name(*.month), .order.forms())]
    NoSuchDay {
        year: i32,
        month: u32,
        day: u32,
        order: DateOrder,
    },
    #[error("The day and month of this date could be either way round: type it as {}.", .order.forms())]
    Ambiguous { order: DateOrder },
}

/// A date field's text: empty is no date (cleared on purpose), else the date it names.
pub fn typed_date(text: &str, order: DateOrder) -> Result<Option<NaiveDate>, DateError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(text, order).map(Some)
}

/// The date `text` names, reading figures with the year last in `order`.
pub fn parse_date(text: &str, order: DateOrder) -> Result<NaiveDate, DateError> {
    let unreadable = DateError::Unreadable { order };
    if text.len() > 64 {
        return Err(unreadable);
    }
    let tokens: Vec<Token> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | '.' | ','))
        .filter(|t| !t.is_empty())
        .map(token)
        .collect::<Option<_>>()
        .ok_or(unreadable)?;
    let (year, month, day) = match tokens.as_slice() {
        [] => return Err(DateError::Empty { order }),
        [y @ Token::Number { digits: 4, .. }, Token::Month(m), d]
        | [Token::Month(m), d, y]
        | [d, Token::Month(m), y] => (year_of(y, order)?, *m, day_of(d).ok_or(unreadable)?),
        [y @ Token::Number { digits: 4, .. }, m, d] => (
            year_of(y, order)?,
            figure(m).ok_or(unreadable)?,
            figure(d).ok_or(unreadable)?,
        ),
        [a, b, y] => {
            let year = year_of(y, order)?;
            let (a, b) = (figure(a).ok_or(unreadable)?, figure(b).ok_or(unreadable)?);
            match order {
                DateOrder::MonthFirst => (year, a, b),
                DateOrder::DayFirst => (year, b, a),
                // The locale has no day-month order: only an unmistakable one is read.
                DateOrder::YearFirst if a == b || b > 12 => (year, a, b),
                DateOrder::YearFirst if a > 12 => (year, b, a),
                DateOrder::YearFirst => return Err(DateError::Ambiguous { order }),
            }
        }
        _ => return Err(unreadable),
    };
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth { month, order });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay {
        year,
        month,
        day,
        order,
    })
}

/// One word of a typed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    /// Figures; `ordinal` when followed by st, nd, rd or th (15th).
    Number {
        value: u32,
        digits: usize,
        ordinal: bool,
    },
    /// A month named in English, 1 to 12.
    Month(u32),
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn token(word: &str) -> Option<Token> {
    let lower = word.to_lowercase();
    let figures = lower.chars().take_while(char::is_ascii_digit).count();
    if figures == 0 {
        // A full name, its first three letters, or "sept".
        let month = MONTHS
            .iter()
            .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(&lower)))
            .or_else(|| (lower == "sept").then_some(8))?;
        return u32::try_from(month + 1).ok().map(Token::Month);
    }
    let (number, rest) = lower.split_at(figures);
    let ordinal = match rest {
        "" => false,
        "st" | "nd" | "rd" | "th" => true,
        _ => return None,
    };
    if figures > 4 {
        return None;
    }
    Some(Token::Number {
        value: number.parse().ok()?,
        digits: figures,
        ordinal,
    })
}

/// A day or month in figures (one or two, no ordinal suffix).
fn figure(token: &Token) -> Option<u32> {
    match *token {
        Token::Number {
            value,
            digits: 1 | 2,
            ordinal: false,
        } => Some(value),
        _ => None,
    }
}

/// The day beside a month's name: figures, perhaps with an ordinal suffix.
fn day_of(token: &Token) -> Option<u32> {
    match *token {
        Token::Number {
            value,
            digits: 1 | 2,
            ..
        } => Some(value),
        _ => None,
    }
}

/// A year of four figures; two are refused rather than given a century.
fn year_of(token: &Token, order: DateOrder) -> Result<i32, DateError> {
    match *token {
        Token::Number {
            value,
            digits: 4,
            ordinal: false,
        } => i32::try_from(value).map_err(|_| DateError::Unreadable { order }),
        Token::Number {
            digits: 1 | 2,
            ordinal: false,
            ..
        } => Err(DateError::ShortYear { order }),
        _ => Err(DateError::Unreadable { order }),
    }
}

/// "February", for month 2.
fn month_name(month: u32) -> String {
    let name = MONTHS
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or_default();
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    const ALL: [DateOrder; 3] = [
        DateOrder::MonthFirst,
        DateOrder::DayFirst,
        DateOrder::YearFirst,
    ];

    #[test]
    fn iso_and_month_names_read_the_same_in_every_locale() {
        for order in ALL {
            for text in [
                "2026-12-15",
                " 2026/12/15 ",
                "2026.12.15",
                "Dec 15 2026",
                "December 15, 2026",
                "dec. 15, 2026",
                "15 Dec 2026",
                "15th December 2026",
                "December 15th, 2026",
                "15-Dec-2026",
                "2026 Dec 15",
            ] {
                assert_eq!(parse_date(text, order), Ok(day(2026, 12, 15)), "{text}");
            }
            assert_eq!(parse_date("Sept 1 2026", order), Ok(day(2026, 9, 1)));
            assert_eq!(parse_date("29 Feb 2028", order), Ok(day(2028, 2, 29)));
        }
    }

    #[test]
    fn figures_follow_the_locale_order() {
        let us = DateOrder::MonthFirst;
        let gb = DateOrder::DayFirst;
        for text in ["12/15/2026", "12-15-2026", "12.15.2026"] {
            assert_eq!(parse_date(text, us), Ok(day(2026, 12, 15)), "{text}");
        }
        for text in ["15/12/2026", "15-12-2026", "15.12.2026"] {
            assert_eq!(parse_date(text, gb), Ok(day(2026, 12, 15)), "{text}");
        }
        assert_eq!(parse_date("03/04/2026", us), Ok(day(2026, 3, 4)));
        assert_eq!(parse_date("03/04/2026", gb), Ok(day(2026, 4, 3)));
        assert_eq!(parse_date("3/4/2026", us), Ok(day(2026, 3, 4)));
        // A locale that writes the year first reads only an unmistakable day and month.
        let se = DateOrder::YearFirst;
        assert_eq!(parse_date("15/12/2026", se), Ok(day(2026, 12, 15)));
        assert_eq!(parse_date("12/15/2026", se), Ok(day(2026, 12, 15)));
        assert_eq!(
            parse_date("03/04/2026", se),
            Err(DateError::Ambiguous { order: se })
        );
    }

    #[test]
    fn what_is_not_a_date_is_refused_in_a_sentence_naming_the_forms() {
        let us = DateOrder::MonthFirst;
        let said = |text: &str, order| {
            parse_date(text, order)
                .map_err(|e| e.to_string())
                .expect_err(text)
        };
        assert_eq!(
            said("2/30/2026", us),
            "There is no February 30, 2026: type the date as 12/15/2026, Dec 15 2026 or 2026-12-15."
        );
        assert_eq!(
            said("29 Feb 2027", DateOrder::DayFirst),
            "There is no February 29, 2027: type the date as 15/12/2026, 15 Dec 2026 or 2026-12-15."
        );
        assert_eq!(
            said("15/12/2026", us),
            "There is no month 15: type the date as 12/15/2026, Dec 15 2026 or 2026-12-15."
        );
        assert_eq!(
            said("12/15/26", us),
            "Type the year with all four figures, e.g. 12/15/2026, Dec 15 2026 or 2026-12-15."
        );
        assert_eq!(
            said("next Tuesday", us),
            "This date is not understood: type it as 12/15/2026, Dec 15 2026 or 2026-12-15."
        );
        for text in [
            "Decembre 15 2026",
            "12/15",
            "12/15/2026/1",
            "15th/12/2026",
            "12/15/20266",
            "Dec Dec 2026",
            "2026-12-15T10:00",
            "١٢/١٥/٢٠٢٦",
        ] {
            assert_eq!(
                parse_date(text, us),
                Err(DateError::Unreadable { order: us }),
                "{text}"
            );
        }
        assert_eq!(parse_date(" ", us), Err(DateError::Empty { order: us }));
        assert_eq!(
            parse_date(&"1".repeat(10_000), us),
            Err(DateError::Unreadable { order: us })
        );
    }

    #[test]
    fn an_empty_field_is_no_date_on_purpose() {
        assert_eq!(typed_date("  ", DateOrder::MonthFirst), Ok(None));
        assert_eq!(
            typed_date("12/15/2026", DateOrder::MonthFirst),
            Ok(Some(day(2026, 12, 15)))
        );
        assert!(typed_date("12/15", DateOrder::MonthFirst).is_err());
    }
}
