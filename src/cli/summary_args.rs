//! The `summary` command's arguments: what it reads, which educators it
//! counts, and what it writes.

use std::path::PathBuf;

use super::{LevelArg, OpenArgs, PaperArg};

/// What `summary` reads, which educators it counts, and what it writes.
#[allow(
    clippy::struct_excessive_bools,
    reason = "each bool is one independent command-line switch"
)]
#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    /// An exchange bundle to read as well (see `export`); may be given more than once.
    #[arg(long, value_name = "FILE")]
    pub(super) bundle: Vec<PathBuf>,
    #[command(flatten)]
    pub(super) open: OpenArgs,
    /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
    #[arg(long, value_name = "YYYY-YY")]
    pub(super) year: Option<String>,
    /// Only educators of this school.
    #[arg(long)]
    pub(super) school: Option<String>,
    /// Only educators at this school level.
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) level: Option<LevelArg>,
    /// Only educators with this role id, e.g. teacher or edtech-coordinator.
    #[arg(long)]
    pub(super) role: Option<String>,
    /// Only educators assigned to this evaluator.
    #[arg(long, value_name = "NAME")]
    pub(super) evaluator: Option<String>,
    /// Only educators whose recorded degree meets, or falls below, their role's minimum (see
    /// `settings --minimum-degree`); those with no degree recorded are in neither.
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) qualified: Option<QualifiedArg>,
    /// Only educators with a recorded degree of at least this level (none, associate, bachelor,
    /// master, specialist, doctorate).
    #[arg(long, value_name = "LEVEL", value_parser = crate::record::DegreeLevel::parse)]
    pub(super) degree_at_least: Option<crate::record::DegreeLevel>,
    /// Educators with fewer observations in the year are listed under coverage.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub(super) min_observations: usize,
    /// The one scoring profile every educator is scored under, stored evaluations included
    /// (default: the first workspace's settings, its profile for each role, else equal-weights).
    #[arg(long, value_name = "ID")]
    pub(super) profile: Option<String>,
    /// Educators by stable codes and evaluators by letters: no name in the PDF or CSV, and no
    /// group smaller than --min-cell.
    #[arg(long)]
    pub(super) deidentify: bool,
    /// With --deidentify, the fewest educators a reported group (school, level, evaluator, rubric,
    /// heat map cell, a row's school, level, role and evaluator together) may have; smaller ones
    /// are merged into "Other" or left out, and the summary says so.
    #[arg(long, value_name = "N", default_value_t = crate::summary::DEFAULT_MIN_CELL,
          value_parser = clap::value_parser!(usize), requires = "deidentify")]
    pub(super) min_cell: usize,
    /// With --deidentify, schools appear as "School A", "School B"… too.
    #[arg(long, requires = "deidentify")]
    pub(super) code_schools: bool,
    /// Begin each CSV file with a UTF-8 byte-order mark, so Excel reads accents right (the default).
    #[arg(long, overrides_with = "no_csv_bom")]
    pub(super) csv_bom: bool,
    /// Write the CSV files without the byte-order mark (for scripts that do not expect one).
    #[arg(long, overrides_with = "csv_bom")]
    pub(super) no_csv_bom: bool,
    /// Count the ratings of a rubric that names its nearest framework components (the
    /// coordinator rubric) under those components too: a Crosswalk table in the PDF, a
    /// FILE-crosswalk.csv beside the CSV files, a line in the text.
    #[arg(long, value_name = "RUBRIC", num_args = 0..=1, default_missing_value = "danielson-2013")]
    pub(super) crosswalk: Option<String>,
    /// Write the summary as a PDF (replaced if it exists).
    #[arg(long, value_name = "FILE.pdf")]
    pub(super) pdf: Option<PathBuf>,
    /// Write one row per educator to FILE.csv and one per component to FILE-components.csv
    /// (and, when walkthroughs have look-for answers, one per item, school and month to
    /// FILE-lookfors.csv).
    #[arg(long, value_name = "FILE.csv")]
    pub(super) csv: Option<PathBuf>,
    /// Paper size of the PDF (default: from the locale, see docs/guide.md, Reports).
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) paper: Option<PaperArg>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum QualifiedArg {
    Meets,
    Below,
}
