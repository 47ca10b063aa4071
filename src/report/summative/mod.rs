//! The summative evaluation as the state's form: one educator's school
//! year, scored under a district's profile, every word from the profile.
//! Sections, in order: the header block (district, school, employee, status
//! in the state's words, rating date, period, form) with where the
//! evaluation stands, the observations counted, Part A observation and
//! practice (domains, then each component and how it was derived), Part B
//! student measures, the evaluator's comments, Part C the final rating with
//! its conversion table and the signatures kept on its page.

mod derivation;
mod details;
mod part_a;
mod part_b;
mod part_c;
mod self_assessed;
mod tables;

pub use derivation::{derivation_sentence, number};

use super::document::{Document, Meta};
use super::draw::Decor;
use super::error::ReportError;
use super::format;
use super::{Pdf, ReportOptions};
use crate::record::{Educator, SelfAssessment, Summative};
use crate::scoring::{Comparison, Rounding, Scored, compare, round_score};

/// The title on the first page and in every page header.
const TITLE: &str = "Summative Evaluation";

/// Makes the PDF of a summative evaluation scored as `scored` (see
/// `scoring::score`), naming `district` (the workspace's setting; empty
/// when none is set). An educator with no observations in the year gets a
/// complete document that says so. Never fails on the content of the
/// records; an error means the bundled font could not be read.
pub fn summative_report(
    summative: &Summative,
    educator: &Educator,
    district: &str,
    scored: &Scored,
    options: &ReportOptions,
) -> Result<Pdf, ReportError> {
    summative_report_with_self_assessment(summative, educator, district, scored, None, options)
}

/// As [`summative_report`], with the educator's self-assessment of the
/// year beside the evaluator's levels and the conference agenda after Part A.
pub fn summative_report_with_self_assessment(
    summative: &Summative,
    educator: &Educator,
    district: &str,
    scored: &Scored,
    self_assessment: Option<&SelfAssessment>,
    options: &ReportOptions,
) -> Result<Pdf, ReportError> {
    let comparison =
        self_assessment.map(|mine| (mine, compare(&scored.outcome, scored.rubric, mine)));
    let sheet = Sheet {
        summative,
        educator,
        district: district.trim(),
        scored,
        self_assessed: comparison.as_ref().map(|(mine, c)| (*mine, c)),
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
        header_left: sheet.letterhead(),
        header_right: format!("{} · {TITLE} {year}", educator.name),
        footer_left: format!("Generated {}", format::date_time(&options.generated)),
        footer_center: "Confidential personnel record".into(),
    };
    let mut doc = Document::new(options.paper, meta, &decor)?;
    details::title_and_details(&sheet, &mut doc);
    tables::observations(&sheet, &mut doc);
    part_a::practice(&sheet, &mut doc);
    self_assessed::self_assessment(&sheet, &mut doc);
    part_b::measures(&sheet, &mut doc);
    super::artifacts::artifacts_section(
        &mut doc,
        &summative.artifacts,
        Some(scored.rubric),
        options.artifacts_from.as_deref(),
    );
    part_c::comments(&sheet, &mut doc);
    super::responses::responses(summative, options.artifacts_from.as_deref(), &mut doc);
    part_c::final_rating_and_signatures(&sheet, &mut doc);
    super::amendments::versions_and_amendments(sheet.summative, &mut doc);
    Ok(doc.render())
}

/// The records a summative document is made from.
struct Sheet<'a> {
    summative: &'a Summative,
    educator: &'a Educator,
    /// Trimmed; empty when the workspace names none.
    district: &'a str,
    scored: &'a Scored<'a>,
    /// The educator's self-assessment of the year, compared; `None`: none.
    self_assessed: Option<(&'a SelfAssessment, &'a Comparison)>,
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

    /// A score or points printed with the profile's decimals ("1.35",
    /// "2.00"), rounded as the profile says first: formatting a binary
    /// float alone would print 0.785 as "0.78".
    fn score_text(&self, score: f64) -> String {
        if !score.is_finite() {
            return "\u{2014}".into();
        }
        let decimals = self.scored.profile.decimals.min(4) as usize;
        let rounded = round_score(self.scored.profile, score);
        format!("{rounded:.decimals$}")
    }

    /// How the profile rounds, in words: "rounded half up to 2 decimal
    /// places", "cut to 3 decimal places, then rounded half up to 2".
    fn rounding_in_words(&self) -> String {
        let decimals = self.scored.profile.decimals as usize;
        let places = format::count(decimals, "decimal place", "decimal places");
        match self.scored.profile.rounding {
            Rounding::HalfUp => format!("rounded half up to {places}"),
            Rounding::TruncateThenHalfUp { truncate } => format!(
                "cut to {}, then rounded half up to {decimals}",
                format::count(truncate as usize, "decimal place", "decimal places")
            ),
        }
    }

    /// What the state's form calls the practice part ("Observation &
    /// Practice"); a district profile without a form says it plainly.
    fn practice_label(&self) -> &str {
        let label = self.scored.profile.form.practice_label.trim();
        if label.is_empty() {
            "Observation and practice"
        } else {
            label
        }
    }

    /// The highest value of the profile's scale (a rating's maximum).
    fn top_value(&self) -> f64 {
        self.scored
            .outcome
            .level_values
            .iter()
            .map(|(_, v)| *v)
            .fold(0.0, f64::max)
    }

    /// The district, else the school: the top line of each page.
    fn letterhead(&self) -> String {
        if self.district.is_empty() {
            self.educator.school.clone()
        } else {
            self.district.to_string()
        }
    }
}

/// "30%", "33.3%".
fn percent(share: f64) -> String {
    let p = share * 100.0;
    let text = format!("{:.1}", crate::scoring::round_half_up(p, 1));
    format!("{}%", text.trim_end_matches(".0"))
}
