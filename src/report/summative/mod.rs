//! The summative evaluation: one educator's school year, scored under a
//! district's profile. Sections, in order: title and details (with where
//! the evaluation stands), the observations counted, component ratings with
//! how each was derived, domain scores, the final rating, the evaluator's
//! comments, signatures.

mod derivation;
mod details;
mod result;
mod tables;

pub use derivation::{derivation_sentence, number};

use super::document::{Document, Meta};
use super::draw::Decor;
use super::error::ReportError;
use super::format;
use super::{Pdf, ReportOptions};
use crate::record::{Educator, Summative};
use crate::scoring::{Bands, Scored};

/// The title on the first page and in every page header.
const TITLE: &str = "Summative Evaluation";

/// Makes the PDF of a summative evaluation scored as `scored` (see
/// `scoring::score`). An educator with no observations in the year gets a
/// complete document that says so. Never fails on the content of the
/// records; an error means the bundled font could not be read.
pub fn summative_report(
    summative: &Summative,
    educator: &Educator,
    scored: &Scored,
    options: &ReportOptions,
) -> Result<Pdf, ReportError> {
    let sheet = Sheet {
        summative,
        educator,
        scored,
    };
    let year = &summative.school_year;
    let author = match &summative.finalized {
        Some(f) => f.by.clone(),
        None => educator.evaluator.clone(),
    };
    let meta = Meta {
        title: format!("{TITLE}: {} ({year})", educator.name),
        author,
        subject: format!(
            "Summative evaluation of {} at {} for the {year} school year",
            educator.name, educator.school
        ),
        created: options.generated,
    };
    let decor = Decor {
        header_left: educator.school.clone(),
        header_right: format!("{} · {TITLE} {year}", educator.name),
        footer_left: format!("Generated {}", format::date_time(&options.generated)),
        footer_center: "Confidential personnel record".into(),
    };
    let mut doc = Document::new(options.paper, meta, &decor)?;
    details::title_and_details(&sheet, &mut doc);
    tables::observations(&sheet, &mut doc);
    if sheet.any_value() {
        tables::components(&sheet, &mut doc);
        tables::domains(&sheet, &mut doc);
    }
    result::final_rating(&sheet, &mut doc);
    super::amendments::versions_and_amendments(sheet.summative, &mut doc);
    result::comments_and_signatures(&sheet, &mut doc);
    Ok(doc.render())
}

/// The records a summative document is made from.
struct Sheet<'a> {
    summative: &'a Summative,
    educator: &'a Educator,
    scored: &'a Scored<'a>,
}

impl Sheet<'_> {
    /// Whether any component has a value: without one there is nothing to tabulate.
    fn any_value(&self) -> bool {
        self.scored
            .outcome
            .components
            .iter()
            .any(|c| c.value.is_some())
    }

    /// Whether no observation was counted (and no finalised rating stands in for one).
    fn no_observations(&self) -> bool {
        self.scored.counted.is_empty()
            && self
                .summative
                .finalized
                .as_ref()
                .is_none_or(|f| f.ratings.is_empty())
    }

    fn level_name(&self, score: u32) -> String {
        match self.scored.rubric.level(score) {
            Some(level) => level.name.clone(),
            None => format!("Level {score}"),
        }
    }

    /// "0-3": the lowest and highest values of the profile's scale.
    fn scale(&self) -> String {
        let values = &self.scored.outcome.level_values;
        match (values.first(), values.last()) {
            (Some((_, low)), Some((_, high))) => format!("{}-{}", number(*low), number(*high)),
            _ => String::new(),
        }
    }

    /// A final score printed with the profile's decimals ("1.35", "2.00").
    fn score_text(&self, score: f64) -> String {
        if !score.is_finite() {
            return "—".into();
        }
        let decimals = self.scored.profile.decimals.min(4) as usize;
        format!("{score:.decimals$}")
    }

    /// The labels of the profile's bands, lowest first.
    fn band_labels(&self) -> Vec<String> {
        match &self.scored.profile.bands {
            Bands::Fixed(bands) => bands.iter().map(|b| b.label.clone()).collect(),
            Bands::RubricLevels => self
                .scored
                .rubric
                .levels
                .iter()
                .map(|l| l.name.clone())
                .collect(),
        }
    }
}
