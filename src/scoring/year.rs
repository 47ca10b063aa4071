//! School years: "2026-27" runs from 1 July 2026 to 30 June 2027.

/// The school year ("2026-27") that contains `date`: years start on 1 July.
#[must_use]
pub fn school_year_of(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let start = if date.month() >= 7 {
        date.year()
    } else {
        date.year() - 1
    };
    format!("{start}-{:02}", (start + 1) % 100)
}

/// Whether `date` falls in `year` ("2026-27").
#[must_use]
pub fn in_school_year(date: chrono::NaiveDate, year: &str) -> bool {
    school_year_of(date) == year
}

/// Reads a school year as people write it ("2026-27" or "2026-2027") into
/// the stored form "2026-27", or says how to write it.
pub fn parse_school_year(text: &str) -> Result<String, String> {
    let text = text.trim();
    let refuse = || {
        format!(
            "`{text}` is not a school year; write the year it starts, a dash and the next year's last two digits, e.g. 2026-27."
        )
    };
    let (start, end) = text.split_once('-').ok_or_else(refuse)?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if start.len() != 4 || !digits(start) || !digits(end) {
        return Err(refuse());
    }
    let first: i32 = start.parse().map_err(|_| refuse())?;
    let next = first + 1;
    let fits = match end.len() {
        2 => end.parse::<i32>().ok() == Some(next % 100),
        4 => end.parse::<i32>().ok() == Some(next),
        _ => false,
    };
    if !fits || !(1900..=9998).contains(&first) {
        return Err(refuse());
    }
    Ok(format!("{first}-{:02}", next % 100))
}

/// Whether `educator` belongs in the records of `year` ("2026-27"): always
/// while on the staff; once archived, in every year up to the one they were
/// archived in, and in any later year they have records of.
#[must_use]
pub fn counts_in_year(
    educator: &crate::record::Educator,
    year: &str,
    has_records_in_year: bool,
) -> bool {
    match &educator.archived {
        None => true,
        // "2025-26" < "2026-27": school years of four-digit years sort as text.
        Some(archived) => {
            has_records_in_year || school_year_of(archived.at.date_naive()).as_str() >= year
        }
    }
}
