//! The command line: the same work as the GUI, scriptable.
//!
//! Every error is one sentence on stderr and a non-zero exit code.

mod amend_cmd;
mod archive_cmd;
mod args;
mod artifact_cmd;
mod batch_cmd;
mod bundle_cmd;
mod completions_cmd;
mod demo_cmd;
mod educator_cmd;
mod evaluation_cmd;
mod evidence_args;
mod history_cmd;
mod lookfor_cmd;
mod manpage_cmd;
mod measures_cmd;
mod observation_cmd;
mod open_cmd;
mod output;
mod overview_cmd;
mod packet_args;
mod packet_cmd;
mod packet_respond;
mod plan_cmd;
mod qualifications_cmd;
mod report_args;
mod report_cmd;
mod roster_cmd;
mod rubric_cmd;
mod schedule_cmd;
mod school_year;
mod search_cmd;
mod self_assessment_cmd;
mod settings_cmd;
mod suggest_cmd;
mod summary_args;
mod summary_cmd;
mod summary_lookfors;
mod trash_cmd;
mod walkthrough_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::files::folders::Folders;
use crate::record::roster::NewEducator;
pub use args::*;
pub use packet_args::PacketCommand;
pub use report_args::*;
pub use summary_args::*;

pub use open_cmd::Ran;
pub use output::print_err;

/// Evaluate teachers and technology coordinators against the Danielson Framework for Teaching.
///
/// Run without a command to open the window.
#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Parser)]
#[command(name = "teacher-eval", version, about)]
pub struct Cli {
    /// The workspace folder of records (default: $TEACHER_EVAL_WORKSPACE, else the platform data
    /// folder). Only `summary` takes it more than once, to read several workspaces.
    // Before or after the command's name: see `parse`, which gathers every one.
    #[arg(long, value_name = "DIR")]
    pub workspace: Vec<PathBuf>,
    /// An extra folder of rubric files (*.ron); may be given more than once.
    #[arg(long, value_name = "DIR")]
    pub rubrics: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, show and check rubrics.
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// The look-for forms walkthroughs use: list them, show one.
    #[command(subcommand)]
    Lookfor(LookforCommand),
    /// Add, list, archive and unarchive educators.
    #[command(subcommand)]
    Educator(EducatorCommand),
    /// Start, list, rate, answer and trace observations, or delete a draft into the trash.
    #[command(subcommand)]
    Observation(ObservationCommand),
    /// Earlier versions of any record.
    #[command(subcommand)]
    History(HistoryCommand),
    /// Files attached to an observation, evaluation or growth plan as evidence: add, list,
    /// open, export, remove.
    #[command(subcommand)]
    Artifact(ArtifactCommand),
    /// Draft observations deleted by mistake: list them, restore one.
    #[command(subcommand)]
    Trash(TrashCommand),
    /// Import educators from a CSV roster or a OneRoster 1.1 export.
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Student measures (building level, teacher-specific data, SLOs, SGOs…): import the
    /// state's CSV, set one score, list, remove.
    #[command(subcommand)]
    Measures(MeasuresCommand),
    /// Make PDF reports.
    #[command(subcommand)]
    Report(ReportCommand),
    /// An educator's self-assessment of a school year: set, show beside the evaluation, submit.
    #[command(subcommand)]
    SelfAssessment(SelfAssessmentCommand),
    /// Summative evaluations: an educator's school year, scored.
    #[command(subcommand)]
    Evaluation(EvaluationCommand),
    /// Packets for one educator and their responses: export, import and list (the principal);
    /// open, report and respond (the educator, with no workspace).
    #[command(subcommand)]
    Packet(PacketCommand),
    /// A district summary of one school year across workspaces and bundles: PDF, CSV or text.
    Summary(Box<SummaryArgs>),
    /// Pack the workspace's records (or one school's, or one year's) into one bundle file.
    Export {
        /// The bundle file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only this school's educators and their records.
        #[arg(long)]
        school: Option<String>,
        /// Only this school year's observations, evaluations, plans and student measures, e.g. 2026-27
        /// (default: every year).
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<String>,
        #[command(flatten)]
        seal: SealArgs,
    },
    /// Unpack a bundle into the workspace: new records are added, a record on both sides is
    /// decided by its last change, and conflicts are listed.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        open: OpenArgs,
    },
    /// The school year's outstanding work: who has not been observed, observations not yet
    /// shared or acknowledged, evaluations to finalise.
    Overview {
        /// The school year, e.g. 2026-27 (default: the one containing today; years start on 1 July).
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<String>,
        /// Archived educators are left out. One JSON object: school_year, educators, archived
        /// (how many are left out), observations, finalised, not_observed,
        /// to_finalise ([{id, name, school}]), drafts, awaiting_acknowledgement
        /// ([{id, educator_id, educator_name, date}]).
        #[arg(long)]
        json: bool,
    },
    /// What is due, overdue and done for each educator under the state's rules (`settings
    /// --rules`), against the observations done and the visits planned.
    Schedule {
        /// As on this day (default: today); the school year is the one containing it.
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// One JSON object: school_year, on, rules, educators [{id, name, school, employment,
        /// rule, standing, reason, items [{what, by, standing, words}]}], visits [{id,
        /// educator_id, educator_name, kind, at, room, announced, state}].
        #[arg(long)]
        json: bool,
        /// Also write the calendar (RFC 5545) of the planned visits and deadlines to FILE, for
        /// Outlook or Google Calendar; importing it again updates the events.
        #[arg(long, value_name = "FILE")]
        ics: Option<PathBuf>,
    },
    /// Show the workspace's settings, or change them.
    Settings(SettingsArgs),
    /// Find words in every note, rationale, conference note, reflection, comment and plan of the
    /// workspace (case, accents and punctuation aside; records in the trash are not searched).
    Search(SearchArgs),
    /// Open a file with the program, as a double-click in the file manager does: a bundle or an
    /// educator's response opens the window's import with the file filled in, a packet the
    /// educator's window on it. Anything else is refused, saying what it is not. The file is told
    /// by its content (and, sealed, by its name). Without a file, the window opens.
    Open {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Print the completion script for a shell (bash, zsh, fish, elvish, powershell), e.g.
    /// `teacher-eval completions bash > ~/.local/share/bash-completion/completions/teacher-eval`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages (teacher-eval.1 and one for each command) into a folder: for packagers.
    #[command(hide = true)]
    Manpage {
        /// The folder to write them into (it must exist).
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
    },
    /// The components suggested for a note, best first (at most 3), for TEXT or for each line of
    /// standard input: the rubric's text, the classroom vocabulary and the tags you chose before.
    Suggest(SuggestArgs),
    /// Write a realistic sample workspace (into an empty workspace only).
    Demo {
        /// How many educators.
        #[arg(long, default_value_t = crate::demo::DEFAULT_EDUCATORS)]
        educators: usize,
        /// The same seed gives the same workspace (within one school year).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// Parses the program's arguments, or prints why they do not parse (control
/// characters escaped) and exits.
/// The options every command takes before or after its name.
const SHARED_OPTIONS: [&str; 2] = ["workspace", "rubrics"];

#[must_use]
pub fn parse() -> Cli {
    try_parse_from(std::env::args_os()).unwrap_or_else(|e| exit_on(&e))
}

/// Parses `args`. `--workspace` and `--rubrics` count wherever they are
/// given: clap's global options keep only the values given after the last
/// command name, so `--workspace A summary --workspace B` would lose A.
/// Instead each command has its own copy and the values of all are joined.
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = command().try_get_matches_from(args)?;
    let mut cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches)?;
    cli.workspace = gathered(&matches, "workspace");
    cli.rubrics = gathered(&matches, "rubrics");
    if let Some(Command::Packet(PacketCommand::Respond(args))) = &mut cli.command
        && let Some(respond) = matches
            .subcommand_matches("packet")
            .and_then(|m| m.subcommand_matches("respond"))
    {
        packet_args::group(args, respond);
    }
    Ok(cli)
}

/// The command line's grammar, with the shared options on every command.
#[must_use]
pub fn command() -> clap::Command {
    let top = <Cli as clap::CommandFactory>::command();
    let shared: Vec<clap::Arg> = top
        .get_arguments()
        .filter(|a| SHARED_OPTIONS.contains(&a.get_id().as_str()))
        .map(|a| a.clone().display_order(1000))
        .collect();
    with_shared(top, &shared)
}

/// `command`'s subcommands, to any depth, each given `shared`.
fn with_shared(mut command: clap::Command, shared: &[clap::Arg]) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| {
            with_shared(sub.args(shared.iter().cloned()), shared)
        });
    }
    command
}

/// Every value of option `id`, from the program's level down to the command's.
fn gathered(matches: &clap::ArgMatches, id: &str) -> Vec<PathBuf> {
    let mut values = Vec::new();
    let mut level = Some(matches);
    while let Some(here) = level {
        if let Ok(Some(given)) = here.try_get_many::<PathBuf>(id) {
            values.extend(given.cloned());
        }
        level = here.subcommand().map(|(_, sub)| sub);
    }
    values
}

/// Help prints as clap prints it; the version with the rubrics bundled
/// ([`crate::about`]); an error, which may quote what was typed, prints as
/// plain text with control characters escaped.
fn exit_on(error: &clap::Error) -> ! {
    use clap::error::ErrorKind;
    if error.kind() == ErrorKind::DisplayVersion {
        let lines = crate::about::About::this_build().lines();
        output::print_out(&format!("{}\n", lines.join("\n")));
        std::process::exit(0);
    }
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        error.exit();
    }
    print_err(error.render().to_string().trim_end());
    std::process::exit(error.exit_code());
}

/// Runs one subcommand and returns the process exit code, or the file
/// the window is to open (`open`). `workspaces` is every `--workspace`
/// given: `summary` reads them all; any other command works on one and
/// refuses several rather than guess.
#[must_use]
pub fn run_command(command: Command, folders: &Folders, workspaces: &[PathBuf]) -> Ran {
    if workspaces.len() > 1 && !matches!(command, Command::Summary(_)) {
        return Ran::Exit(output::fail(format!(
            "--workspace is given {} times; only `summary` reads several workspaces.",
            workspaces.len()
        )));
    }
    Ran::Exit(match command {
        Command::Open { file } => return open_cmd::run(file.as_deref()),
        Command::Packet(PacketCommand::Open {
            file,
            passphrase_file,
            print: false,
            json: false,
        }) => {
            return Ran::PacketWindow {
                file,
                passphrase_file,
            };
        }
        Command::Completions { shell } => completions_cmd::run(shell),
        Command::Manpage { out_dir } => manpage_cmd::run(&out_dir),
        Command::Summary(args) => summary_cmd::run(&args, workspaces, folders),
        Command::Export {
            out,
            school,
            year,
            seal,
        } => bundle_cmd::export(&out, school, year.as_deref(), &seal, folders),
        Command::Import { file, open } => bundle_cmd::import(&file, &open, folders),
        Command::Overview { year, json } => overview_cmd::run(year.as_deref(), json, folders),
        Command::Schedule { on, json, ics } => {
            schedule_cmd::run(on.as_deref(), json, ics.as_deref(), folders)
        }
        Command::Settings(args) => settings_cmd::run(&args, folders),
        Command::Search(args) => search_cmd::run(&args, folders),
        Command::Suggest(args) => suggest_cmd::run(&args, folders),
        Command::Rubric(command) => rubric_cmd::run(command, folders),
        Command::Lookfor(LookforCommand::List) => lookfor_cmd::list(folders),
        Command::Lookfor(LookforCommand::Show { id }) => lookfor_cmd::show(&id, folders),
        Command::Educator(command) => educator(command, folders),
        Command::Observation(command) => observation(command, folders),
        Command::Trash(TrashCommand::List { json }) => trash_cmd::list(json, folders),
        Command::Trash(TrashCommand::Restore { id }) => trash_cmd::restore(&id, folders),
        Command::History(command) => history(command, folders),
        Command::Artifact(command) => artifact_cmd::run(command, folders),
        Command::Demo { educators, seed } => demo_cmd::run(educators, seed, folders),
        Command::Roster(RosterCommand::Import(args)) => roster_cmd::import(&args, folders),
        Command::Report(command) => report(command, folders),
        Command::Measures(command) => measures(command, folders),
        Command::SelfAssessment(command) => self_assessment_cmd::run(command, folders),
        Command::Packet(command) => packet_cmd::run(command, folders),
        Command::Evaluation(EvaluationCommand::Show { which, json }) => evaluation_cmd::show(
            &evaluation_cmd::Show {
                educator_id: &which.educator,
                year: which.year.as_deref(),
                profile: which.profile.as_deref(),
                json,
            },
            folders,
        ),
    })
}

/// `educator add`, `list`, `archive` and `unarchive`.
fn educator(command: EducatorCommand, folders: &Folders) -> ExitCode {
    match command {
        EducatorCommand::Add(a) => {
            let a = *a;
            let new = NewEducator {
                name: a.name,
                school: a.school,
                role: a.role,
                level: a.level,
                subject: a.subject,
                employment: a.employment,
                evaluator: a.evaluator,
                rubric: a.rubric,
                degree: a.degree,
                degree_level: a.degree_level,
                certifications: a.certifications.join(";"),
                employee_id: a.employee_id,
                ..NewEducator::default()
            };
            educator_cmd::add(&new, folders)
        }
        EducatorCommand::List {
            json,
            all,
            archived,
        } => educator_cmd::list(json, educator_cmd::Which::new(all, archived), folders),
        EducatorCommand::Archive { id, by, reason } => {
            archive_cmd::archive(&id, &by, &reason, folders)
        }
        EducatorCommand::Unarchive { id } => archive_cmd::unarchive(&id, folders),
        EducatorCommand::Show { id, json } => qualifications_cmd::show(&id, json, folders),
        EducatorCommand::Degree { id, level, text } => {
            qualifications_cmd::degree(&id, level.as_deref(), text.as_deref(), folders)
        }
        EducatorCommand::Cert(command) => qualifications_cmd::cert(command, folders),
    }
}

/// `observation start`, `list`, `delete`, `rate`, `answer`, `history` and the planning ones.
fn observation(command: ObservationCommand, folders: &Folders) -> ExitCode {
    match command {
        ObservationCommand::List { educator, json } => {
            observation_cmd::list(educator.as_deref(), json, folders)
        }
        ObservationCommand::Delete { id } => trash_cmd::delete(&id, folders),
        ObservationCommand::Start {
            educator,
            kind,
            form,
            announced,
            unannounced,
            observer,
        } => walkthrough_cmd::start(
            &walkthrough_cmd::StartArgs {
                educator: &educator,
                kind: kind.as_deref(),
                form: form.as_deref(),
                announced: (announced || unannounced).then_some(announced),
                observer: observer.as_deref(),
            },
            folders,
        ),
        ObservationCommand::Answer {
            id,
            item,
            answer,
            reason,
            by,
        } => walkthrough_cmd::answer(
            &walkthrough_cmd::AnswerArgs {
                id: &id,
                item: &item,
                answer: &answer,
                reason: reason.as_deref(),
                by: by.as_deref(),
            },
            folders,
        ),
        ObservationCommand::Rate {
            id,
            component,
            level,
            rationale,
            reason,
            by,
        } => amend_cmd::rate(
            &amend_cmd::Rate {
                id: &id,
                component: &component,
                level: &level,
                rationale: rationale.as_deref(),
                reason: reason.as_deref(),
                by: by.as_deref(),
            },
            folders,
        ),
        ObservationCommand::History { id, json } => history_cmd::show(&id, json, folders),
        ObservationCommand::Plan {
            educator,
            kind,
            at,
            room,
            minutes,
            announced,
            unannounced,
        } => plan_cmd::plan(
            &plan_cmd::PlanArgs {
                educator,
                kind,
                at,
                room,
                minutes,
                announced: (announced || unannounced).then_some(announced),
            },
            folders,
        ),
        ObservationCommand::Planned { educator, json } => {
            plan_cmd::list(educator.as_deref(), json, folders)
        }
        ObservationCommand::Unplan { id } => plan_cmd::unplan(&id, folders),
    }
}

/// `measures import`, `set`, `list` and `remove`.
fn measures(command: MeasuresCommand, folders: &Folders) -> ExitCode {
    match command {
        MeasuresCommand::Import { file, year } => {
            measures_cmd::import(&file, year.as_deref(), folders)
        }
        MeasuresCommand::Set {
            educator,
            measure,
            score,
            year,
            title,
            source,
            date,
        } => measures_cmd::set(
            &measures_cmd::Set {
                educator: &educator,
                measure: &measure,
                score: &score,
                year: year.as_deref(),
                title: &title,
                source: source.as_deref(),
                date: date.as_deref(),
            },
            folders,
        ),
        MeasuresCommand::List {
            year,
            educator,
            json,
        } => measures_cmd::list(year.as_deref(), educator.as_deref(), json, folders),
        MeasuresCommand::Remove { id } => measures_cmd::remove(&id, folders),
    }
}

/// `history show` and `restore`.
fn history(command: HistoryCommand, folders: &Folders) -> ExitCode {
    match command {
        HistoryCommand::Show { id, json } => history_cmd::show(&id, json, folders),
        HistoryCommand::Restore {
            id,
            version,
            reason,
            by,
        } => history_cmd::restore(
            &history_cmd::Restore {
                id: &id,
                version,
                reason: reason.as_deref(),
                by: by.as_deref(),
            },
            folders,
        ),
    }
}

/// `report observation`, `summative` and `growth-plan`.
fn report(command: ReportCommand, folders: &Folders) -> ExitCode {
    match command {
        ReportCommand::Observation(args) => report_cmd::observation(
            &args.id,
            &args.out,
            args.paper.map(PaperArg::paper),
            args.omit_student_names,
            folders,
        ),
        ReportCommand::Summative(args) => report_cmd::summative(&args.year_report(), folders),
        ReportCommand::GrowthPlan(args) => report_cmd::growth_plan(&args.year_report(), folders),
        ReportCommand::Batch(args) => batch_cmd::run(&args, folders),
    }
}

impl PaperArg {
    fn paper(self) -> crate::report::Paper {
        match self {
            PaperArg::Letter => crate::report::Paper::Letter,
            PaperArg::A4 => crate::report::Paper::A4,
        }
    }
}

impl YearReportArgs {
    fn year_report(&self) -> report_cmd::YearReport<'_> {
        report_cmd::YearReport {
            educator_id: &self.which.educator,
            year: self.which.year.as_deref(),
            profile: self.which.profile.as_deref(),
            out: &self.out,
            paper: self.paper.map(PaperArg::paper),
        }
    }
}
