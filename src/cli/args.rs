//! The arguments of the subcommands, as clap reads them.

use std::path::PathBuf;

use clap::Subcommand;

/// How `export` seals its bundle: exactly one of the three is required.
#[derive(Debug, clap::Args)]
pub struct SealArgs {
    /// Seal the bundle with the passphrase on the first line of this file.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["recipient", "plain"])]
    pub(super) passphrase_file: Option<PathBuf>,
    /// Seal the bundle to this age public key (age1…); may be given more than once, and each
    /// key's identity opens it.
    #[arg(long, value_name = "KEY", conflicts_with = "plain")]
    pub(super) recipient: Vec<String>,
    /// Write the bundle plain (not encrypted): whoever gets the file can read every record.
    #[arg(long)]
    pub(super) plain: bool,
}

/// How `import` and `summary --bundle` open bundles (default: sealed ones only, with a key given).
#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// Open sealed bundles with the passphrase on the first line of this file.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["identity", "plain"])]
    pub(super) passphrase_file: Option<PathBuf>,
    /// Open bundles sealed to keys with an age identity file (AGE-SECRET-KEY-1… lines).
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub(super) identity: Option<PathBuf>,
    /// Take plain (not encrypted) bundles; without it a plain bundle is refused.
    #[arg(long)]
    pub(super) plain: bool,
}

// What `settings` changes; with none given it shows the settings. (A plain
// comment: a doc comment here would be the command's --help text.)
#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, clap::Args)]
pub struct SettingsArgs {
    /// The scoring profile new summative evaluations start with (see rubrics/scoring/), or
    /// default for the built-in one. Evaluations already started keep theirs.
    #[arg(long, value_name = "ID")]
    pub(super) scoring_profile: Option<String>,
    /// The district (LEA) named on the state's forms; an empty name clears it.
    #[arg(long, value_name = "NAME")]
    pub(super) district: Option<String>,
    /// The profile new evaluations of a role start with, e.g.
    /// edtech-coordinator=pennsylvania-13-3, or ROLE=default to use the workspace's profile;
    /// may be given more than once.
    #[arg(long, value_name = "ROLE=PROFILE_ID")]
    pub(super) role_profile: Vec<String>,
    /// Forget every tag the suggestions for notes learned from (kept in your own data folder,
    /// not in the workspace).
    #[arg(long)]
    pub(super) forget_tagging: bool,
    /// The compliance rules the year's calendar is checked against (see rubrics/rules/), e.g.
    /// new-jersey, illinois or pennsylvania, or none to clear the choice.
    #[arg(long, value_name = "ID")]
    pub(super) rules: Option<String>,
    /// A weekday the school is closed (not a working day for deadlines), e.g. 2027-01-18; may
    /// be given more than once.
    #[arg(long, value_name = "DATE")]
    pub(super) holiday: Vec<String>,
    /// A holiday to take off the list again; may be given more than once.
    #[arg(long, value_name = "DATE")]
    pub(super) no_holiday: Vec<String>,
    /// The district's minimum degree for a role, e.g. edtech-coordinator=bachelor (none,
    /// associate, bachelor, master, specialist, doctorate), or ROLE=none to clear it; may be
    /// given more than once. The overview lists who falls short.
    #[arg(long, value_name = "ROLE=LEVEL")]
    pub(super) minimum_degree: Vec<String>,
}

/// What `suggest` reads and how it answers.
#[derive(Debug, clap::Args)]
pub struct SuggestArgs {
    /// The rubric whose components are suggested, e.g. danielson-2013 or edtech-coordinator.
    #[arg(long, value_name = "ID")]
    pub(super) rubric: String,
    /// The educator's school level: leaves out the duties of the other levels (a coordinator
    /// rubric's E, M and H components).
    #[arg(long, value_enum, ignore_case = true)]
    pub(super) level: Option<LevelArg>,
    /// One JSON array per note, [{id, name, score}], best first, at most 3 ([] when none is
    /// confident).
    #[arg(long)]
    pub(super) json: bool,
    /// Leave out what suggestions learned from the tags you chose in the window.
    #[arg(long)]
    pub(super) no_learned: bool,
    /// The note; without it, each line of standard input is one note.
    #[arg(value_name = "TEXT")]
    pub(super) text: Option<String>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LevelArg {
    Elementary,
    Middle,
    High,
    Other,
}

#[derive(Debug, Subcommand)]
pub enum EducatorCommand {
    /// Add an educator; prints the new id.
    Add(Box<AddEducator>),
    /// One line per educator on the roster, or a JSON array with --json.
    List {
        #[arg(long)]
        json: bool,
        /// Archived educators too, each marked as archived.
        #[arg(long, conflicts_with = "archived")]
        all: bool,
        /// Only archived educators.
        #[arg(long)]
        archived: bool,
    },
    /// Archive an educator who left: hidden from the roster, `educator list` and the overview,
    /// kept in the summaries and evaluations of the years they worked. Prints one sentence.
    Archive {
        /// The educator id (see `teacher-eval educator list`).
        id: String,
        /// Who archives them, e.g. the principal's name.
        #[arg(long, default_value = "")]
        by: String,
        /// Why, e.g. "Moved to another district".
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Bring an archived educator back onto the roster. Prints one sentence.
    Unarchive {
        /// The educator id (see `teacher-eval educator list --archived`).
        id: String,
    },
    /// One educator's facts, qualifications and where they stand against the district's
    /// minimum degree; a JSON object with --json.
    Show {
        /// The educator id (see `teacher-eval educator list`).
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Set the highest degree's level and how it is written. Prints one sentence.
    Degree {
        /// The educator id (see `teacher-eval educator list`).
        id: String,
        /// none, associate, bachelor, master, specialist or doctorate; `unrecorded` clears it.
        #[arg(long)]
        level: Option<String>,
        /// The degree as written, its name and field, e.g. "M.Ed. Educational Technology".
        #[arg(long)]
        text: Option<String>,
    },
    /// Add, replace or remove a certification.
    #[command(subcommand)]
    Cert(CertCommand),
}

#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Add a certification, or replace the one of the same name. Prints one sentence.
    Add {
        /// The educator id (see `teacher-eval educator list`).
        id: String,
        /// e.g. "Instructional Technology Specialist".
        #[arg(long)]
        name: String,
        /// The certificate's number.
        #[arg(long, default_value = "")]
        number: String,
        /// When it was issued, e.g. 2021-06-30.
        #[arg(long, default_value = "")]
        issued: String,
        /// When it expires; not before it was issued.
        #[arg(long, default_value = "")]
        expires: String,
    },
    /// Remove the certification of this name (any case). Prints one sentence.
    Remove {
        /// The educator id (see `teacher-eval educator list`).
        id: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrashCommand {
    /// One line per record in the trash: id, what it is, educator, date, when deleted; or a JSON
    /// array with --json.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Move a record back from the trash (refused if a live record has its id).
    Restore {
        /// The id (see `teacher-eval trash list`).
        id: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddEducator {
    /// Full name, any script: "Nguyễn Thị Hương".
    #[arg(long)]
    pub(super) name: String,
    #[arg(long)]
    pub(super) school: String,
    /// teacher, edtech-coordinator, or another role a loaded rubric names.
    #[arg(long)]
    pub(super) role: String,
    /// elementary, middle, high or other.
    #[arg(long)]
    pub(super) level: String,
    /// Subject and grade, e.g. "Grade 7 Science".
    #[arg(long, default_value = "")]
    pub(super) subject: String,
    /// probationary, tenured, or any other status.
    #[arg(long, default_value = "")]
    pub(super) employment: String,
    /// The assigned evaluator's name.
    #[arg(long, default_value = "")]
    pub(super) evaluator: String,
    /// The rubric id (default: the first loaded rubric for the role).
    #[arg(long, default_value = "")]
    pub(super) rubric: String,
    /// Highest degree as written, its name and field, e.g. "M.Ed. Educational Technology".
    #[arg(long, default_value = "")]
    pub(super) degree: String,
    /// Its level: none, associate, bachelor, master, specialist or doctorate.
    #[arg(long, default_value = "")]
    pub(super) degree_level: String,
    /// A certification; may be given more than once.
    #[arg(long = "certification")]
    pub(super) certifications: Vec<String>,
    /// The district's employee or staff id, so a roster imported later updates this educator.
    #[arg(long, default_value = "")]
    pub(super) employee_id: String,
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum ObservationCommand {
    /// One line per observation, or a JSON array with --json.
    List {
        /// Only this educator's observations.
        #[arg(long, value_name = "ID")]
        educator: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Begin an observation of an educator now, as New observation in the window does: a draft
    /// on the educator's rubric, observed by you (the name in your preferences) or --observer.
    Start {
        /// The educator's id (see `teacher-eval educator list`).
        educator: String,
        /// A kind of visit the educator's role has: formal, informal, walkthrough or virtual
        /// for a teacher; pd-session, site-visit, artifact-review or planning-conference for a
        /// technology coordinator (default: walkthrough with --form, else informal, else the
        /// role's first).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// The look-for form of a walkthrough (see `teacher-eval lookfor list`).
        #[arg(long, value_name = "ID")]
        form: Option<String>,
        /// The educator was told beforehand (the default for a formal observation).
        #[arg(long, conflicts_with = "unannounced")]
        announced: bool,
        /// The educator was not told (the default for an informal one or a walkthrough).
        #[arg(long)]
        unannounced: bool,
        /// Who visits (default: the name in your preferences, else the educator's evaluator).
        #[arg(long, value_name = "NAME")]
        observer: Option<String>,
    },
    /// Answer one item of a walkthrough's look-for form, as the Look-fors tab does. After the
    /// observation is shared the change is an amendment; after it is acknowledged it needs
    /// --reason.
    Answer {
        /// The observation id.
        id: String,
        /// The item's id on the form (see `teacher-eval lookfor show ID`).
        item: String,
        /// yes, partly, no or not-seen; a scale's point (1, 2, ...) or label; or, for a note
        /// item, the note's text ("" takes the answer back).
        answer: String,
        /// Why it changes, for the amendment.
        #[arg(long)]
        reason: Option<String>,
        /// Who changes it (default: the name in your preferences).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
    /// Move a draft observation made by mistake to the workspace's trash (`teacher-eval trash
    /// restore` brings it back). Shared and acknowledged observations are never deleted.
    Delete {
        /// The observation id (see `teacher-eval observation list`).
        id: String,
    },
    /// Rate one component, as the Rate tab does. After the observation is shared the change is
    /// an amendment (who, when, old, new, why); after it is acknowledged it needs --reason.
    Rate {
        /// The observation id.
        id: String,
        /// The component id, e.g. 2a.
        component: String,
        /// A level's score or name (e.g. 3 or Proficient), or not-observed.
        level: String,
        /// Why the component is rated so (replaces the rationale).
        #[arg(long)]
        rationale: Option<String>,
        /// Why it changes, for the amendment.
        #[arg(long)]
        reason: Option<String>,
        /// Who changes it (default: the name in your preferences).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
    /// Plan a visit on the year's calendar: who, what kind, when and where. It counts in
    /// `teacher-eval schedule` and goes into its calendar file.
    Plan {
        /// The educator's id (see `teacher-eval educator list`).
        educator: String,
        /// A kind of visit the educator's role has (see `observation start --help`).
        #[arg(long, value_name = "KIND")]
        kind: String,
        /// When it starts, e.g. "2027-01-12 09:40" or "January 12, 2027 9:40 AM".
        #[arg(long, value_name = "DATE TIME")]
        at: String,
        /// Where, e.g. "Room 114".
        #[arg(long, value_name = "ROOM", default_value = "")]
        room: String,
        /// How long it is meant to last, in minutes.
        #[arg(long, value_name = "N")]
        minutes: Option<u32>,
        /// The educator is told beforehand (the default for a formal observation).
        #[arg(long, conflicts_with = "unannounced")]
        announced: bool,
        /// The educator is not told (the default for the other kinds).
        #[arg(long)]
        unannounced: bool,
    },
    /// The visits planned, earliest first, or a JSON array with --json.
    Planned {
        /// Only this educator's visits.
        #[arg(long, value_name = "ID")]
        educator: Option<String>,
        /// [{id, educator_id, educator_name, kind, at, minutes, room, announced}].
        #[arg(long)]
        json: bool,
    },
    /// Take a planned visit off the calendar (its record is kept in its history).
    Unplan {
        /// The planned visit's id (vis-…, see `teacher-eval observation planned`).
        id: String,
    },
    /// The versions kept and the amendments made since the observation was shared.
    History {
        id: String,
        /// One JSON object: fingerprint, shared, acknowledged, amended_after_acknowledgement,
        /// versions [{version, fingerprint, status, shared, acknowledged}], amendments
        /// [{at, by, field, old, new, reason, after_acknowledgement}].
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// The versions kept and the amendments of an observation, evaluation or plan (as
    /// observation history prints them), or the versions of a student measure, removed too.
    Show {
        /// obs-…, sum-…, gp-… or msr-….
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring back an earlier version of a record (see `observation history`). The version it
    /// replaces is kept; a shared record records every difference as an amendment.
    Restore {
        /// Any record id: edu-…, obs-…, sum-…, gp-… or msr-… (a removed student measure too).
        id: String,
        /// The version number.
        version: u64,
        /// Why (added to the amendments' reason).
        #[arg(long)]
        reason: Option<String>,
        /// Who restores it (default: the name in your preferences).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum MeasuresCommand {
    /// Import student measures from the CSV a district receives from the state (columns in
    /// docs/scoring.md). A row for a record already there (same educator, year, measure and
    /// title) updates it. Bad rows are reported by line, and then nothing is written.
    Import {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
        /// The school year of rows without one, e.g. 2026-27.
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<String>,
    },
    /// Record one score, or update the record of the same educator, year, measure and title.
    Set {
        /// The educator id (see teacher-eval educator list).
        educator: String,
        /// The profile's measure id: building, teacher-specific, lea, elective, sgo, msgp…
        measure: String,
        /// The score as its source gives it, or pending.
        score: String,
        /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<String>,
        /// What tells this measure apart from others of its kind, e.g. "SLO: Grade 4 fluency".
        #[arg(long, default_value = "")]
        title: String,
        /// Where the score comes from (default: the record's, or none).
        #[arg(long)]
        source: Option<String>,
        /// When the source gave the score, YYYY-MM-DD (default: the record's, or none).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// One line per record, or a JSON array with --json.
    List {
        /// Only this school year's.
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<String>,
        /// Only this educator's.
        #[arg(long, value_name = "ID")]
        educator: Option<String>,
        /// [{id, educator_id, school_year, measure, title, score (null while pending), status,
        /// source, date}].
        #[arg(long)]
        json: bool,
    },
    /// Remove a record made by mistake; its last version stays in its history, and teacher-eval
    /// history restore brings it back.
    Remove {
        /// The record id, msr-… (see teacher-eval measures list).
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Add the educators in a roster CSV as the district exports it (columns recognised by their
    /// names, see docs/formats.md) and update those already here; prints the mapping and what
    /// is imported, updated, unchanged and no longer in the roster; bad rows by line on stderr.
    Import(Box<RosterImportArgs>),
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, clap::Args)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "each is a command-line switch of its own"
)]
pub struct RosterImportArgs {
    /// A CSV roster, or a OneRoster 1.1 export: its zip or the folder it unpacks to (only
    /// enabled teachers and administrators are read from it).
    #[arg(value_name = "FILE.csv|FILE.zip|FOLDER")]
    pub(super) file: PathBuf,
    /// Read a column as a field (name, given-name, family-name, school, role, level, subject,
    /// employment, evaluator, rubric, degree, certifications, email, employee-id, sourced-id),
    /// or ignore it: "Job Title=role", "Notes=ignore". May be given more than once.
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub(super) map: Vec<String>,
    /// Read a value as a role or a school level: "Instructional Coach=coordinator",
    /// "K-8=middle". May be given more than once.
    #[arg(long = "value", value_name = "VALUE=ROLE|LEVEL")]
    pub(super) values: Vec<String>,
    /// How names in two columns are joined: given-family (the default) or family-given.
    #[arg(long, value_name = "ORDER")]
    pub(super) name_order: Option<String>,
    /// Print what would be done and write nothing.
    #[arg(long, conflicts_with_all = ["save_mapping", "apply_changes", "archive_missing"])]
    pub(super) dry_run: bool,
    /// Also save the changes the roster makes to educators already in the workspace (a new
    /// school, title, level...); without it they are listed and left as they are.
    #[arg(long)]
    pub(super) apply_changes: bool,
    /// Archive the educators of the roster's schools that it no longer names (never deletes).
    #[arg(long)]
    pub(super) archive_missing: bool,
    /// Who archives them, with --archive-missing.
    #[arg(long, default_value = "")]
    pub(super) by: String,
    /// Keep --map, --value and --name-order in the workspace's settings for the next import.
    #[arg(long)]
    pub(super) save_mapping: bool,
}

#[derive(Debug, Subcommand)]
pub enum LookforCommand {
    /// One line per look-for form: id, name, rubric, items and where it came from.
    List,
    /// The items of one form, how each is answered and the components it is evidence of.
    Show {
        /// The form id, e.g. classroom-walkthrough.
        id: String,
    },
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// One line per rubric: id, title, counts and where it came from.
    List,
    /// Domains, components, elements and levels of one rubric.
    Show {
        /// The rubric id, e.g. danielson-2013.
        id: String,
    },
    /// Validate rubric files; prints FILE:LINE:COL: message for each problem.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

pub use super::evidence_args::{
    ArtifactCommand, SearchArgs, SelfAssessmentCommand, SelfAssessmentSet, SupplierArg,
};
