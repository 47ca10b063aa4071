//! The arguments of the commands for the evidence around an evaluation:
//! artifacts, the educator's self-assessment, and search.

use std::path::PathBuf;

use clap::Subcommand;

use super::report_args::YearArgs;

/// Who handed an artifact in.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SupplierArg {
    Evaluator,
    Educator,
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum SelfAssessmentCommand {
    /// Start or change an educator's self-assessment of a school year: a level and a sentence of
    /// evidence per component, and proposed goals. Once submitted, each change is an amendment
    /// and needs --reason.
    Set(Box<SelfAssessmentSet>),
    /// The self-assessment beside the evaluator's ratings, with the conference agenda (the
    /// components two levels or more apart).
    Show {
        #[command(flatten)]
        which: YearArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Mark the self-assessment submitted: from then on every change is an amendment.
    Submit {
        /// The educator id (see `teacher-eval educator list`).
        educator: String,
        /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct SelfAssessmentSet {
    /// The educator id (see `teacher-eval educator list`).
    pub(super) educator: String,
    /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
    #[arg(long, value_name = "YYYY-YY")]
    pub(super) year: Option<String>,
    /// A component's level by name or score, or not-assessed, e.g. --level 1a=proficient.
    #[arg(long = "level", value_name = "COMPONENT=LEVEL")]
    pub(super) levels: Vec<String>,
    /// A component's sentence of evidence, e.g. --evidence "1a=Unit plans cite the standards".
    #[arg(long = "evidence", value_name = "COMPONENT=TEXT")]
    pub(super) evidence: Vec<String>,
    /// A proposed goal, its components first as in notes ("3b 3c: Ask more open questions");
    /// added after the goals already there.
    #[arg(long = "goal", value_name = "TEXT")]
    pub(super) goals: Vec<String>,
    /// Remove the goals already there before adding those given.
    #[arg(long)]
    pub(super) clear_goals: bool,
    /// Who supplied it: evaluator (typed from the educator's paper form; the default) or educator.
    #[arg(long, value_name = "evaluator|educator")]
    pub(super) supplied: Option<String>,
    /// The name of the person entering it and signing amendments (default: the name in your
    /// preferences).
    #[arg(long, value_name = "NAME")]
    pub(super) by: Option<String>,
    /// Why it changes (required once it was submitted).
    #[arg(long)]
    pub(super) reason: Option<String>,
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum ArtifactCommand {
    /// Attach a file (PDF, Word, OpenDocument, rich text, Excel, PowerPoint, CSV, plain text,
    /// PNG, JPEG, GIF or WebP; at most 25 MB, 100 MB a record) to an observation, evaluation or
    /// growth plan. It is copied into the workspace under its SHA-256; after the record is
    /// shared the change is an amendment.
    Add {
        /// The record id: obs-…, sum-… or gp-….
        record: String,
        /// The file to attach (a regular file; never a link).
        file: PathBuf,
        /// A rubric component it is evidence of, e.g. 1e; may be given more than once.
        #[arg(long = "component", value_name = "ID")]
        components: Vec<String>,
        /// What it is, e.g. "Unit plan for fractions".
        #[arg(long, default_value = "")]
        caption: String,
        /// Who handed it in.
        #[arg(long, value_enum, default_value = "evaluator")]
        supplied_by: SupplierArg,
        /// Why it is added, for the amendment (needed once the record is acknowledged).
        #[arg(long)]
        reason: Option<String>,
        /// Who adds it (default: the name in your preferences).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
    /// The record's artifacts, each checked against its SHA-256. With --json, an array of
    /// {number, sha256, file_name, size, kind, caption, components, supplied_by, added_by,
    /// added_at, state (present, missing, damaged or unreadable), problem}.
    List {
        record: String,
        #[arg(long)]
        json: bool,
    },
    /// Open a read-only copy of an artifact with the desktop's default program (the
    /// workspace's own file is never handed to another program).
    Open {
        record: String,
        /// The artifact's number in `artifact list`, or the start of its SHA-256.
        which: String,
    },
    /// Copy an artifact out of the workspace, checked against its SHA-256.
    Export {
        record: String,
        /// The artifact's number in `artifact list`, or the start of its SHA-256.
        which: String,
        /// The file to write, or a folder to write it into under its original name made safe.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Take an artifact off a record. Its file stays in the workspace (earlier versions may
    /// name it); once the record is shared or finalised this is an amendment and needs --reason.
    Remove {
        record: String,
        /// The artifact's number in `artifact list`, or the start of its SHA-256.
        which: String,
        /// Why it is removed, for the amendment.
        #[arg(long)]
        reason: Option<String>,
        /// Who removes it (default: the name in your preferences).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
}

/// What `search` looks for and how much it shows.
#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The words to find (every one must appear; "a phrase" in quotes keeps its order).
    #[arg(value_name = "TEXT", required = true, num_args = 1..)]
    pub(super) text: Vec<String>,
    /// One JSON object: query, total, records, shown, results [{kind, record_id, educator_id,
    /// educator_name, archived, school_year, place, place_label, note_id, component, at,
    /// exact, snippet, snippet_marks, marks}] (marks are byte ranges [start, end]).
    #[arg(long)]
    pub(super) json: bool,
    /// Only this educator's records.
    #[arg(long, value_name = "ID")]
    pub(super) educator: Option<String>,
    /// Show at most N matches, best first (all are counted).
    #[arg(long, value_name = "N", default_value_t = 50,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub(super) limit: u32,
}
