//! The arguments of `teacher-eval packet …`: the principal's export, import
//! and list, and the educator's open, report and respond.

use std::path::PathBuf;

use clap::Subcommand;

#[allow(
    clippy::doc_markdown,
    reason = "doc comments here are the --help text, printed as written"
)]
#[derive(Debug, Subcommand)]
pub enum PacketCommand {
    /// Export a packet for one educator: an observation or a finalised summative evaluation
    /// (a draft observation is shared by this), or with --self-assessment a request for their
    /// self-assessment of a school year. The packet holds the report PDF, the record, the
    /// rubric, what the educator may answer and the version's fingerprint.
    Export(Box<PacketExport>),
    /// (Educator) Open a packet in its own window: read the report, write a reflection, attach
    /// files, complete a self-assessment when asked, acknowledge receipt and write the response
    /// (what a double-click on a packet runs). With --print, show what the packet holds instead:
    /// who, what, the version, what may be answered, and the record's text; that needs no
    /// workspace and writes nothing. With --json, one object:
    /// packet_id, about, record_id, educator_id, educator_name, school, evaluator, exported_at,
    /// version, may_answer {reflection, artifacts, self_assessment}, has_report, fields
    /// [{name, value}].
    Open {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The passphrase the principal told you, on the first line of this file (a plain packet
        /// needs none; the window asks for it when it is not given).
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        /// Print what the packet holds instead of opening the window.
        #[arg(long)]
        print: bool,
        #[arg(long)]
        json: bool,
    },
    /// (Educator) Write the packet's report to a PDF file, to read in your PDF viewer.
    Report {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The passphrase the principal told you, on the first line of this file.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        /// The PDF to write (replaced if it exists).
        #[arg(long, value_name = "REPORT.pdf")]
        out: PathBuf,
    },
    /// (Educator) Acknowledge receipt (not agreement) by your name, and answer: a reflection,
    /// files attached, a self-assessment when asked. Writes the response file, sealed so that
    /// only the principal's workspace can open it; nothing else is written.
    Respond(Box<PacketRespond>),
    /// Import an educator's response: the reflection, artifacts and self-assessment land on the
    /// record and the acknowledgement names the version answered. A response to a version
    /// amended since is refused unless --accept-earlier-version.
    Import {
        #[arg(value_name = "RESPONSE")]
        file: PathBuf,
        /// Take a response to a version that was amended since the packet was made: it is kept as
        /// a response to the earlier version, and the record shows it acknowledged in an earlier
        /// version.
        #[arg(long)]
        accept_earlier_version: bool,
        /// Who imports it, recorded with the response (default: the name in your preferences).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// Show what would land, and what stands in the way, without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// The packets this workspace sent: packet, record, educator, when, answered or not. With
    /// --json, an array of {packet_id, about, record_id, educator_id, educator_name,
    /// exported_at, version, written_to, responses [{response_id, imported_at, by,
    /// earlier_version}]}.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct PacketExport {
    /// The observation (obs-…) or summative evaluation (sum-…); with --self-assessment, the
    /// educator (edu-…).
    #[arg(value_name = "ID")]
    pub(super) id: String,
    /// Ask the educator for their self-assessment of the school year.
    #[arg(long)]
    pub(super) self_assessment: bool,
    /// With --self-assessment, the school year, e.g. 2026-27 (default: the one containing today).
    #[arg(long, value_name = "YYYY-YY", requires = "self_assessment")]
    pub(super) year: Option<String>,
    /// The packet file to write (replaced if it exists), e.g. ana-ruiz.tepacket.
    #[arg(long, value_name = "FILE")]
    pub(super) out: PathBuf,
    /// Seal the packet with the passphrase on the first line of this file; tell the educator the
    /// passphrase another way (in person, by phone), never beside the packet.
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub(super) passphrase_file: Option<PathBuf>,
    /// Write the packet plain (not encrypted), to hand over in person: whoever gets the file can
    /// read it.
    #[arg(long)]
    pub(super) plain: bool,
    /// Who shares it, when the export shares a draft (default: the name in your preferences).
    #[arg(long, value_name = "NAME")]
    pub(super) by: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct PacketRespond {
    #[arg(value_name = "FILE")]
    pub(super) file: PathBuf,
    /// Your name, typed to acknowledge that you received the packet (receipt, not agreement).
    #[arg(long, value_name = "NAME")]
    pub(super) name: String,
    /// Your reflection, a text file (UTF-8), kept exactly as written.
    #[arg(long, value_name = "FILE")]
    pub(super) reflection_file: Option<PathBuf>,
    /// A file to attach (PDF, Word, spreadsheet, image, …; at most 25 MB); may be given more than
    /// once. --caption and --component after it describe it.
    #[arg(long = "attach", value_name = "FILE")]
    pub(super) attach: Vec<PathBuf>,
    /// What the file attached before it is, e.g. "Unit plan".
    #[arg(long = "caption", value_name = "TEXT")]
    pub(super) caption: Vec<String>,
    /// A rubric component the file attached before it is evidence of, e.g. 1e; may be repeated.
    #[arg(long = "component", value_name = "ID")]
    pub(super) component: Vec<String>,
    /// Your self-assessment, when the packet asks for it: a text file of lines
    /// `level 1a=proficient`, `evidence 1a=Unit plans cite the standards` and
    /// `goal 3b 3c: Ask more open questions` (blank lines and lines starting with # are skipped).
    #[arg(long, value_name = "FILE")]
    pub(super) self_assessment_file: Option<PathBuf>,
    /// The passphrase the principal told you, on the first line of this file.
    #[arg(long, value_name = "FILE")]
    pub(super) passphrase_file: Option<PathBuf>,
    /// The response file to write, e.g. response.teresponse; give it to the principal.
    #[arg(long, value_name = "RESPONSE")]
    pub(super) out: PathBuf,
    /// Replace the response file if it exists.
    #[arg(long)]
    pub(super) force: bool,
    /// Each --attach with the --caption and --component given after it (see [`group`]).
    #[arg(skip)]
    pub(super) grouped: Vec<Attach>,
    /// A --caption or --component given before any --attach.
    #[arg(skip)]
    pub(super) misplaced: Option<&'static str>,
}

/// One file to attach, as given on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attach {
    pub(super) file: PathBuf,
    pub(super) caption: String,
    pub(super) components: Vec<String>,
}

/// Gives each `--attach` of `packet respond` the `--caption` and
/// `--component` that follow it (clap keeps each option's values apart;
/// their positions on the command line say which file they describe).
pub(super) fn group(args: &mut PacketRespond, matches: &clap::ArgMatches) {
    let positions = |id: &str| -> Vec<usize> {
        matches
            .indices_of(id)
            .map(Iterator::collect)
            .unwrap_or_default()
    };
    let files = positions("attach");
    let owner = |at: usize| files.iter().rposition(|f| *f < at);
    args.grouped = args
        .attach
        .iter()
        .map(|file| Attach {
            file: file.clone(),
            ..Attach::default()
        })
        .collect();
    for (at, caption) in positions("caption").into_iter().zip(&args.caption) {
        match owner(at) {
            Some(i) => args.grouped[i].caption.clone_from(caption),
            None => args.misplaced = Some("--caption"),
        }
    }
    for (at, component) in positions("component").into_iter().zip(&args.component) {
        match owner(at) {
            Some(i) => args.grouped[i].components.push(component.clone()),
            None => args.misplaced = Some("--component"),
        }
    }
}
