//! A batch request as a person types it (in the window's fields or on the
//! command line), checked into a [`BatchRequest`] by one rule for both.

use super::{BatchRequest, Kinds};
use crate::record::DateOrder;
use crate::scoring::{parse_school_year, school_year_of};

/// The request's fields as typed; blank means "not given".
#[derive(Debug, Clone, Copy)]
pub struct Typed<'a> {
    pub school: &'a str,
    pub year: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    /// With none chosen, all three.
    pub kinds: Kinds,
    pub drafts: bool,
    pub replace: bool,
}

impl Typed<'_> {
    /// The request, dates read in the computer's order; or why not, in a sentence.
    ///
    /// # Errors
    /// A year or date that is not one, or a first day after the last.
    pub fn request(&self) -> Result<BatchRequest, String> {
        let date = |text: &str, which: &str| -> Result<_, String> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            crate::record::parse_date(text, DateOrder::from_env())
                .map(Some)
                .map_err(|e| format!("the {which} day: {e}"))
        };
        let (from, to) = (date(self.from, "first")?, date(self.to, "last")?);
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err(format!(
                "the first day, {from}, is after the last, {to}; give the earlier day first."
            ));
        }
        let year = match self.year.trim() {
            "" => school_year_of(crate::clock::local_now().date_naive()),
            text => parse_school_year(text)?,
        };
        let school = self.school.trim();
        Ok(BatchRequest {
            school: (!school.is_empty()).then(|| school.to_string()),
            year,
            from,
            to,
            kinds: if self.kinds.none() {
                Kinds::ALL
            } else {
                self.kinds
            },
            drafts: self.drafts,
            replace: self.replace,
        })
    }
}
