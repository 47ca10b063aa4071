//! The `report` and `evaluation` commands' arguments: which educator, year
//! and profile a document is for, the paper, and a batch's choices.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The PDF report of one observation; prints the file and its page count. A walkthrough
    /// with look-for answers gets the one-page walkthrough report.
    Observation(ObservationReport),
    /// An educator's summative evaluation for a school year: the stored one, else a draft from
    /// the year's observations (not saved).
    Summative(YearReportArgs),
    /// An educator's growth plan for a school year: the stored one, else one proposed from the
    /// year's summative evaluation (not saved).
    GrowthPlan(YearReportArgs),
    /// The PDFs of every educator of a school (or of every school) into one folder: the
    /// observations of the school year or of the dates given, the stored summative
    /// evaluations and the growth plans. Prints each file written, then what was kept or not made.
    Batch(BatchArgs),
}

#[allow(
    clippy::doc_markdown,
    clippy::struct_excessive_bools,
    reason = "doc comments here are the --help text; each bool is one flag"
)]
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// The folder to write into (made if missing; the folder above it must exist).
    #[arg(long, value_name = "DIR")]
    pub(super) out: PathBuf,
    /// Only the educators of this school (compared without case; default: every school).
    #[arg(long, value_name = "NAME")]
    pub(super) school: Option<String>,
    /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
    #[arg(long, value_name = "YYYY-YY")]
    pub(super) year: Option<String>,
    /// Observations on or after this day (default: the school year's).
    #[arg(long, value_name = "DATE")]
    pub(super) from: Option<String>,
    /// Observations on or before this day.
    #[arg(long, value_name = "DATE")]
    pub(super) to: Option<String>,
    /// Observation reports (with none of the three kinds named, all three are written).
    #[arg(long)]
    pub(super) observations: bool,
    /// Summative evaluations (the stored ones; no draft is made up).
    #[arg(long)]
    pub(super) summatives: bool,
    /// Growth and improvement plans (the stored ones).
    #[arg(long)]
    pub(super) plans: bool,
    /// Draft observations too (default: only those shared with the educator).
    #[arg(long)]
    pub(super) drafts: bool,
    /// Write over files of the same name in the folder (default: keep them and say so).
    #[arg(long)]
    pub(super) replace: bool,
    /// Paper size (default: from the locale, see docs/guide.md, Reports).
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) paper: Option<PaperArg>,
}

/// Which educator, year and profile a summative or growth plan is for.
#[derive(Debug, clap::Args)]
pub struct YearArgs {
    /// The educator id (see `teacher-eval educator list`).
    pub(super) educator: String,
    /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
    #[arg(long, value_name = "YYYY-YY")]
    pub(super) year: Option<String>,
    /// The scoring profile of a new draft (default: the workspace's setting, else equal-weights).
    #[arg(long, value_name = "ID")]
    pub(super) profile: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct YearReportArgs {
    #[command(flatten)]
    pub(super) which: YearArgs,
    /// The PDF file to write (replaced if it exists).
    #[arg(long, value_name = "FILE.pdf")]
    pub(super) out: PathBuf,
    /// Paper size (default: from the locale, see docs/guide.md, Reports).
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) paper: Option<PaperArg>,
}

#[derive(Debug, Subcommand)]
pub enum EvaluationCommand {
    /// Component values and how each was derived, domain scores, the final score and rating.
    Show {
        #[command(flatten)]
        which: YearArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct ObservationReport {
    /// The observation id (see `teacher-eval observation list`).
    pub(super) id: String,
    /// The PDF file to write (replaced if it exists).
    #[arg(long, value_name = "FILE.pdf")]
    pub(super) out: PathBuf,
    /// Paper size (default: from the locale, see docs/guide.md, Reports).
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) paper: Option<PaperArg>,
    /// Leave out evidence notes that name students; the report says how many.
    #[arg(long)]
    pub(super) omit_student_names: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
}
