//! What a district summary holds: plain data, ready for the PDF, the CSV
//! files and the window's charts. Nothing here reads files or draws.
//!
//! Two scales appear. Within one rubric ([`RubricSummary`], its heat map)
//! means are of the rubric's own level scores. Across rubrics (comparisons
//! by school and level, evaluator calibration) ratings are placed by level
//! *rank* on [`Summary::scale`] and means are of the level number (1 = the
//! lowest level), because two rubrics may score their levels differently.
//! For the bundled rubrics (scores 1-4) both are the same numbers.

use crate::record::{DegreeLevel, ObservationKind};
use crate::rubric::{Level, SchoolLevel};

/// Which educators a summary covers. Every field left `None` matches all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// School year such as "2026-27"; `None`: the year containing today.
    pub year: Option<String>,
    /// The educator's school (compared without case).
    pub school: Option<String>,
    pub level: Option<SchoolLevel>,
    /// A role id such as `teacher` (compared without case).
    pub role: Option<String>,
    /// The educator's assigned evaluator (compared without case).
    pub evaluator: Option<String>,
    /// Meets, or falls below, the role's minimum degree in the first
    /// source's settings ([`crate::record::meets_minimum`]).
    pub qualified: Option<DegreeStanding>,
    /// A recorded degree of at least this level.
    pub degree_at_least: Option<DegreeLevel>,
}

/// Where a recorded degree stands against the role's minimum. An educator
/// with no degree level recorded, or in a role with no minimum set, is
/// neither: not known is not short, and nothing to meet is not met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DegreeStanding {
    Meets,
    Below,
}

impl DegreeStanding {
    /// How the PDF and the window name the filter.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            DegreeStanding::Meets => "Meets the role's minimum degree",
            DegreeStanding::Below => "Below the role's minimum degree",
        }
    }
}

/// How to compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub filter: Filter,
    /// Educators with fewer observations in the year are listed under coverage.
    pub min_observations: usize,
    /// Replace educator names by stable codes and evaluator names by
    /// letters, and report no group smaller than `min_cell`.
    pub deidentify: bool,
    /// De-identified, the fewest educators a reported group (a school, a
    /// level, an evaluator, a rubric, a profile, a heat map cell, a row's
    /// school, level, role and evaluator together) may have; smaller ones
    /// are merged into "Other" or left out, and the summary says so.
    pub min_cell: usize,
    /// De-identified, schools appear as "School A", "School B"…
    pub code_schools: bool,
    /// The one scoring profile every educator is scored under. `None`:
    /// each educator's role's profile in the first source's settings
    /// (`Settings::profile_for`), else [`crate::scoring::DEFAULT_PROFILE`].
    pub profile_id: Option<String>,
}

/// The smallest group a de-identified summary reports unless told otherwise:
/// ten, the usual floor for staff statistics (a smaller one is easy to
/// recognise by whoever knows the school).
pub const DEFAULT_MIN_CELL: usize = 10;

/// What a de-identified summary shows where a value is left out.
pub const WITHHELD: &str = "withheld";

impl Default for Options {
    fn default() -> Options {
        Options {
            filter: Filter::default(),
            min_observations: 2,
            deidentify: false,
            min_cell: DEFAULT_MIN_CELL,
            code_schools: false,
            profile_id: None,
        }
    }
}

/// Everything a coordinator's summary shows, for one school year.
#[derive(Debug, Clone, Default, PartialEq)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "each flag says one independent thing about the summary"
)]
pub struct Summary {
    /// The filter used, with `year` always filled in.
    pub filter: Filter,
    /// The school year summarised ("2026-27").
    pub year: String,
    /// One label per source read (with `deidentified`: "Source 1 (workspace)").
    pub sources: Vec<String>,
    pub deidentified: bool,
    /// De-identified, the smallest group reported ([`Options::min_cell`]); 0 otherwise.
    pub min_cell: usize,
    /// De-identified with coded schools: every school appears as "School A"…
    pub schools_coded: bool,
    /// De-identified and covering fewer than `min_cell` educators: every
    /// figure beyond the counts is left out, as any of them would describe
    /// a small group.
    pub withheld: bool,
    /// What de-identification merged or left out, and why, one sentence each.
    pub suppressed: Vec<String>,
    pub min_observations: usize,
    /// The scoring profiles every figure is under: one, or one per role
    /// when the settings give a role its own (the first listed covers
    /// every role the others do not name).
    pub profiles: Vec<ProfileUse>,
    /// Where the profiles come from, in a sentence: chosen for the summary,
    /// or the first source's settings.
    pub profile_basis: String,
    /// Records found in more than one source, each counted once.
    pub duplicates: Vec<Duplicate>,
    /// Files that could not be read, one line each; not counted.
    pub skipped: Vec<String>,
    /// Records that were read but could not be counted in full (an unloaded
    /// rubric, a rating of an unknown component, a summative that cannot be
    /// scored), one sentence each.
    pub warnings: Vec<String>,
    pub counts: Counts,
    /// Level names for distributions across rubrics, lowest first; see the module notes.
    pub scale: Vec<String>,
    /// True when the rubrics used have different numbers of levels, so
    /// distributions across them compare ranks.
    pub mixed_scales: bool,
    /// One per rubric that has ratings, most ratings first.
    pub rubrics: Vec<RubricSummary>,
    /// Final ratings, one distribution per scoring profile (and band set) used.
    pub final_ratings: Vec<RatingDistribution>,
    /// Educators with no final rating (nothing rated in the year, or not scorable).
    pub not_rated: usize,
    /// Educators whose final rating, under the summary's profile, is in a
    /// band that calls for an improvement plan.
    pub improvement_required: Vec<EducatorLine>,
    /// Educators whose final rating is pending (student measures not in
    /// yet) while their practice rating is in such a band: listed apart,
    /// never as required.
    pub plan_pending: Vec<EducatorLine>,
    /// Educators with fewer than `min_observations` observations in the year.
    pub coverage: Vec<EducatorLine>,
    /// One row per school, by name.
    pub by_school: Vec<Comparison>,
    /// One row per school level (elementary, middle, high, other) that has educators.
    pub by_level: Vec<Comparison>,
    pub calibration: Calibration,
    pub agreement: Agreement,
    /// Every educator counted, by school then display name: the CSV's rows.
    pub educators: Vec<EducatorRow>,
    /// Walkthrough answers per look-for form, item, school and month; empty without any.
    pub lookfors: Vec<super::LookForTrend>,
}

/// A record id found in several sources; `kept` is the source whose copy
/// was counted (the newest `changed`; on a tie, the first source).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// "educator", "observation", "summative evaluation" or "growth plan".
    pub kind: &'static str,
    pub id: String,
    pub kept: String,
    /// The other sources holding it.
    pub also_in: Vec<String>,
}

/// How much the summary covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub educators: usize,
    /// Observations in the year of the educators counted.
    pub observations: usize,
    /// Per kind, in [`ObservationKind::ALL`] order (kinds with none included).
    pub observations_by_kind: Vec<(ObservationKind, usize)>,
    /// Different observers of those observations.
    pub evaluators: usize,
    pub schools: usize,
    /// Component ratings on a level.
    pub ratings: usize,
    /// Components marked "not observed".
    pub not_observed: usize,
    /// Summative evaluations stored for the year.
    pub summatives: usize,
    /// Growth plans stored for the year.
    pub growth_plans: usize,
}

/// Ratings of one rubric's components.
#[derive(Debug, Clone, PartialEq)]
pub struct RubricSummary {
    pub id: String,
    pub title: String,
    /// Lowest first.
    pub levels: Vec<Level>,
    /// Educators with at least one observation under this rubric.
    pub educators: usize,
    pub observations: usize,
    /// In rubric order.
    pub components: Vec<ComponentSummary>,
    /// In rubric order.
    pub domains: Vec<DomainSummary>,
    /// Mean level score per school and component.
    pub heat_map: HeatMap,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComponentSummary {
    pub id: String,
    pub name: String,
    pub domain_id: String,
    pub domain_name: String,
    /// Ratings at each level, parallel to [`RubricSummary::levels`].
    pub counts: Vec<usize>,
    pub not_observed: usize,
    /// Mean level score of the ratings; `None` without any.
    pub mean: Option<f64>,
}

impl ComponentSummary {
    /// Ratings on a level (not counting "not observed").
    #[must_use]
    pub fn rated(&self) -> usize {
        self.counts.iter().sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DomainSummary {
    pub id: String,
    pub name: String,
    pub ratings: usize,
    /// Mean level score of every rating of the domain's components.
    pub mean: Option<f64>,
}

/// The school × component chart: rows are schools, columns components.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeatMap {
    /// Row labels: schools with ratings under the rubric, by name.
    pub schools: Vec<String>,
    /// Column ids, in rubric order.
    pub components: Vec<String>,
    /// `cells[row][column]`: mean level score, `None` where nothing was rated.
    pub cells: Vec<Vec<Option<f64>>>,
    /// `ratings[row][column]`: how many ratings each mean rests on.
    pub ratings: Vec<Vec<usize>>,
    /// `educators[row][column]`: how many educators those ratings are of.
    pub educators: Vec<Vec<usize>>,
    /// `withheld[row][column]`: de-identified, the cell rests on too few
    /// educators, so its mean is left out (`cells` holds `None` there).
    pub withheld: Vec<Vec<bool>>,
}

/// A scoring profile a summary's figures are under.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileUse {
    pub id: String,
    /// The profile's title, or its id with "(not loaded)".
    pub title: String,
    /// Where its rules come from, as the profile says.
    pub source: String,
    /// The roles it is used for; empty: every role the other profiles do not name.
    pub roles: Vec<String>,
}

/// Final ratings under one profile's bands.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingDistribution {
    pub profile_id: String,
    pub profile_title: String,
    /// Band labels, lowest first.
    pub bands: Vec<String>,
    /// Educators with a final rating per band, parallel to `bands`.
    pub counts: Vec<usize>,
    /// Educators scored under the profile whose final rating is pending
    /// (rated in practice, student measures not in yet); not in `counts`.
    pub pending: usize,
    /// How many of all of them come from stored summative evaluations...
    pub stored: usize,
    /// ...and how many from drafts scored for this summary (not saved).
    pub computed: usize,
}

/// One educator in a list (improvement plans, coverage).
#[derive(Debug, Clone, PartialEq)]
pub struct EducatorLine {
    /// The record id, for opening the educator; not printed when de-identified.
    pub educator_id: String,
    /// The name, or with de-identification a stable code such as `E-3F9A-1C0B`.
    pub display: String,
    /// The school (or its code, "Other schools" or [`WITHHELD`] when de-identified).
    pub school: String,
    /// `None` when withheld from a de-identified summary.
    pub level: Option<SchoolLevel>,
    /// The role id, or [`WITHHELD`].
    pub role: String,
    /// The assigned evaluator (or "Evaluator A"…, "Other evaluators",
    /// [`WITHHELD`]); empty when none is assigned.
    pub evaluator: String,
    /// Observations in the year.
    pub observations: usize,
    /// The profile the educator's figures are under (the summary's for their role).
    pub profile_id: String,
    /// The final score and rating; `None` while pending or not rated.
    pub score: Option<f64>,
    pub rating: Option<String>,
    /// The practice (observation) score and rating, rated or not final.
    pub practice_score: Option<f64>,
    pub practice_rating: Option<String>,
    /// Rated in practice, with the final rating waiting for student measures.
    pub pending: bool,
    /// A finalised evaluation signed under another profile, re-scored here
    /// from its frozen ratings and measures: "Proficient under `equal-weights`".
    pub signed_elsewhere: Option<String>,
    /// True when the rating comes from a stored summative evaluation, false
    /// when from a draft scored for this summary.
    pub rating_stored: bool,
    /// A stored improvement plan exists for the year.
    pub improvement_plan: bool,
}

/// One educator with what the CSV needs beyond [`EducatorLine`].
#[derive(Debug, Clone, PartialEq)]
pub struct EducatorRow {
    pub line: EducatorLine,
    /// The rubric of the educator's latest observation in the year (else
    /// their own); [`WITHHELD`] with `latest` empty when de-identification
    /// hides it (a rubric can tell a role).
    pub rubric_id: String,
    /// Each rated component's most recent level score, as (component id, score), in rubric order.
    pub latest: Vec<(String, u32)>,
}

/// A group of educators compared with the others (a school, a school level).
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub label: String,
    pub educators: usize,
    pub observations: usize,
    pub ratings: usize,
    /// Mean level number (1 = lowest level); see the module notes.
    pub mean: Option<f64>,
    /// Ratings per level rank, parallel to [`Summary::scale`].
    pub distribution: Vec<usize>,
    /// Educators whose final rating requires an improvement plan...
    pub improvement_required: usize,
    /// ...and of those, how many have one stored.
    pub plans_on_file: usize,
    /// Educators with fewer than the minimum of observations.
    pub under_observed: usize,
}

/// How each evaluator's ratings compare with the district's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calibration {
    pub district_ratings: usize,
    /// Mean level number over every rating.
    pub district_mean: Option<f64>,
    /// Parallel to [`Summary::scale`].
    pub district_distribution: Vec<usize>,
    /// By name (or letter when de-identified).
    pub evaluators: Vec<EvaluatorCalibration>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatorCalibration {
    /// The observer's name, or "Evaluator A"… when de-identified.
    pub name: String,
    pub observations: usize,
    pub educators: usize,
    pub ratings: usize,
    pub mean: Option<f64>,
    /// Parallel to [`Summary::scale`].
    pub distribution: Vec<usize>,
    /// `mean` minus the district mean: above zero rates higher than the district.
    pub difference: Option<f64>,
}

/// Inter-rater agreement: the same component of the same educator rated by
/// two different evaluators in the year, every such pair of ratings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Agreement {
    /// Educators observed by two or more evaluators.
    pub educators: usize,
    pub pairs: usize,
    /// Pairs on the same level.
    pub exact: usize,
    /// Pairs at most one level apart (exact ones included).
    pub adjacent: usize,
    /// `exact` as a percentage of `pairs`; `None` without pairs.
    pub exact_percent: Option<f64>,
    pub adjacent_percent: Option<f64>,
    /// The same counts for each pair of evaluators who rated a shared educator.
    pub by_pair: Vec<EvaluatorPair>,
    /// De-identified, fewer than the smallest group reported were seen by
    /// two evaluators, so every figure above is left out (zero).
    pub withheld: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatorPair {
    /// The two evaluators, in name order.
    pub first: String,
    pub second: String,
    pub educators: usize,
    pub pairs: usize,
    pub exact: usize,
    pub adjacent: usize,
}

/// A percentage of `part` in `whole`, or `None` when `whole` is zero.
#[must_use]
pub fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}
