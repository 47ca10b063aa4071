//! `teacher-eval packet export | import | list` (the principal) and `packet
//! open | report | respond` (the educator, with no workspace: those read
//! the packet and write only the file named by `--out`). The rules are
//! `workspace::packet`'s; this file reads the options and says what happened.

// Writing to a String cannot fail.
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::amend_cmd::author;
use super::output::{catalog, fail, load_for_reading, open_for_writing, print_out, write_files};
use super::packet_args::{PacketCommand, PacketExport};
use super::school_year;
use crate::files::folders::Folders;
use crate::record::Educator;
use crate::record::trail::short;
use crate::report::{Document, Paper, ReportOptions};
use crate::workspace::bundle::Passphrase;
use crate::workspace::packet::{
    ExportRequest, ImportOptions, Packet, PacketError, PacketRecord, PacketSeal, Preview, Subject,
    apply_import, export_packet, open_packet, preview_import, sent_packets,
};
use crate::workspace::{Contents, Reading};

pub fn run(command: PacketCommand, folders: &Folders) -> ExitCode {
    let done = match command {
        PacketCommand::Export(args) => export(&args, folders),
        // The window (neither --print nor --json) is opened by `main`, as `cli` uses no iced.
        PacketCommand::Open {
            file,
            passphrase_file,
            json,
            ..
        } => opened(&file, passphrase_file.as_deref()).map(|p| shown(&p, json)),
        PacketCommand::Report {
            file,
            passphrase_file,
            out,
        } => report(&file, passphrase_file.as_deref(), &out),
        PacketCommand::Respond(args) => super::packet_respond::respond(&args),
        PacketCommand::Import {
            file,
            accept_earlier_version,
            by,
            dry_run,
        } => import(
            &file,
            accept_earlier_version,
            by.as_deref(),
            dry_run,
            folders,
        ),
        PacketCommand::List { json } => Ok(list(json, folders)),
    };
    match done {
        Ok(text) => {
            print_out(&text);
            ExitCode::SUCCESS
        }
        // Opening the workspace said why already.
        Err(message) if message.is_empty() => ExitCode::FAILURE,
        Err(message) => fail(message),
    }
}

/// The passphrase in the file named, if one is.
pub(super) fn passphrase(file: Option<&Path>) -> Result<Option<Passphrase>, String> {
    file.map(Passphrase::read_file)
        .transpose()
        .map_err(|e| format!("{e}; nothing was written."))
}

/// The packet at `file`, checked whole.
pub(super) fn opened(file: &Path, passphrase_file: Option<&Path>) -> Result<Packet, String> {
    let passphrase = passphrase(passphrase_file)?;
    open_packet(file, passphrase.as_ref()).map_err(|e| {
        let hint = match &e {
            PacketError::Packet {
                source: crate::workspace::packet::FileError::NeedsPassphrase,
                ..
            } => " (give it with --passphrase-file FILE)",
            _ => "",
        };
        format!("{e}{hint}.")
    })
}

/// How the packet is sealed, from its options; the passphrase file is read now.
fn seal_of(args: &PacketExport) -> Result<PacketSeal, String> {
    Ok(match (&args.passphrase_file, args.plain) {
        (Some(file), _) => PacketSeal::Passphrase(
            Passphrase::read_file(file).map_err(|e| format!("{e}; nothing was written."))?,
        ),
        (None, true) => PacketSeal::Plain,
        (None, false) => {
            return Err(
                "say how to seal the packet: --passphrase-file FILE (the passphrase on \
                 its first line; tell it to the educator another way), or --plain to hand it \
                 over in person unencrypted; nothing was written."
                    .into(),
            );
        }
    })
}

fn export(args: &PacketExport, folders: &Folders) -> Result<String, String> {
    let seal = seal_of(args)?;
    let subject = if args.self_assessment {
        Subject::SelfAssessmentRequest {
            educator_id: args.id.clone(),
            school_year: school_year::school_year(args.year.as_deref())?,
        }
    } else if args.id.starts_with("sum-") {
        Subject::Summative(args.id.clone())
    } else {
        Subject::Observation(args.id.clone())
    };
    let contents = load_for_reading(folders, Reading::EVERYTHING).map_err(|_| String::new())?;
    let workspace = open_for_writing(folders).map_err(|_| String::new())?;
    let catalog = catalog(folders);
    let who = author(args.by.as_deref(), None);
    let request = ExportRequest {
        subject,
        seal,
        out: &args.out,
        author: &who,
    };
    let pdf = |record: &PacketRecord, educator: &Educator| {
        report_pdf(record, educator, &contents, folders)
    };
    let exported = export_packet(&workspace, &catalog, &request, &pdf)
        .map_err(|e| format!("{e}; nothing was written."))?;
    let m = &exported.manifest;
    let mut said = format!(
        "Wrote {} ({}): the {} {} for {}, version {}; packet {}.\n",
        exported.out.display(),
        match request.seal {
            PacketSeal::Plain => "plain, not encrypted",
            PacketSeal::Passphrase(_) => "sealed with a passphrase",
        },
        m.about.what(),
        m.about.record_id(),
        m.educator_name,
        m.version.as_deref().map_or("none yet", short),
        m.packet_id
    );
    if exported.shared_now {
        let _ = writeln!(
            said,
            "The {} is now shared with the educator: changes from now on are amendments.",
            m.about.what()
        );
    }
    Ok(said)
}

/// The report the principal would print of the record as it goes.
fn report_pdf(
    record: &PacketRecord,
    educator: &Educator,
    contents: &Contents,
    folders: &Folders,
) -> Result<Option<Vec<u8>>, String> {
    let catalog = catalog(folders);
    let document = match record {
        PacketRecord::Observation(o) => Document::observation(o, educator, &catalog),
        PacketRecord::Summative(s) => Document::Summative {
            summative: s.clone(),
            educator: Box::new(educator.clone()),
            observations: contents.observations.clone(),
            measures: contents.measures.clone(),
            district: contents.settings.district.clone().unwrap_or_default(),
            self_assessment: (contents.self_assessment_for(&educator.id, &s.school_year))
                .cloned()
                .map(Box::new),
            catalog: std::sync::Arc::new(catalog),
            profiles: std::sync::Arc::new(school_year::profiles(folders)),
        },
        PacketRecord::Request(_) => return Ok(None),
    };
    let options = ReportOptions {
        paper: Paper::from_locale(),
        omit_student_names: false,
        generated: crate::record::now(),
        artifacts_from: Some(folders.workspace.clone()),
    };
    let pdf = document.pdf(&options).map_err(|e| e.to_string())?;
    Ok(Some(pdf.bytes))
}

/// What a packet holds, as one JSON object.
fn shown_json(packet: &Packet) -> String {
    let m = &packet.manifest;
    let may = m.may_answer;
    let fields: Vec<_> = (packet.fields().into_iter())
        .map(|f| json!({"name": f.name, "value": f.value}))
        .collect();
    let value = json!({
        "packet_id": m.packet_id,
        "about": m.about.what(),
        "record_id": m.about.record_id(),
        "educator_id": m.educator_id,
        "educator_name": m.educator_name,
        "school": m.school,
        "evaluator": m.evaluator,
        "exported_at": m.exported_at.to_rfc3339(),
        "version": m.version,
        "may_answer": {"reflection": may.reflection, "artifacts": may.artifacts,
                       "self_assessment": may.self_assessment},
        "has_report": packet.pdf.is_some(),
        "fields": fields,
    });
    format!("{value}\n")
}

/// What a packet holds, as text or JSON.
fn shown(packet: &Packet, json_out: bool) -> String {
    let m = &packet.manifest;
    let may = m.may_answer;
    if json_out {
        return shown_json(packet);
    }
    let mut answers = vec!["acknowledge receipt by your name (receipt, not agreement)"];
    if may.reflection {
        answers.push("write a reflection");
    }
    if may.artifacts {
        answers.push("attach files");
    }
    if may.self_assessment {
        answers.push("complete your self-assessment");
    }
    let mut out = format!(
        "Packet {} for {} ({}), from {}, exported {}.\nIt holds the {} {}{}.\nVersion (SHA-256): {}\nYou may: {}.\n\n",
        m.packet_id,
        m.educator_name,
        m.school,
        m.evaluator,
        m.exported_at.format("%Y-%m-%d %H:%M"),
        m.about.what(),
        m.about.record_id(),
        if packet.pdf.is_some() {
            " and its report (write it out with `teacher-eval packet report`)"
        } else {
            ""
        },
        m.version
            .as_deref()
            .unwrap_or("none (no self-assessment yet)"),
        answers.join(", ")
    );
    for field in packet
        .fields()
        .iter()
        .filter(|f| !f.value.trim().is_empty())
    {
        let _ = writeln!(out, "{}: {}", field.name, field.value);
    }
    out
}

fn report(file: &Path, passphrase_file: Option<&Path>, out: &Path) -> Result<String, String> {
    let packet = opened(file, passphrase_file)?;
    let Some(pdf) = &packet.pdf else {
        return Err(format!(
            "the packet {} is a {} and carries no report; nothing was written.",
            file.display(),
            packet.manifest.about.what()
        ));
    };
    write_files(&[(out, pdf.as_slice())])?;
    Ok(format!(
        "{}: the report of the {} {}, {} KB\n",
        out.display(),
        packet.manifest.about.what(),
        packet.manifest.about.record_id(),
        pdf.len().div_ceil(1024)
    ))
}

fn import(
    file: &Path,
    accept_earlier_version: bool,
    by: Option<&str>,
    dry_run: bool,
    folders: &Folders,
) -> Result<String, String> {
    let workspace = open_for_writing(folders).map_err(|_| String::new())?;
    let catalog = catalog(folders);
    let preview = preview_import(&workspace, &catalog, file).map_err(|e| format!("{e}."))?;
    if dry_run {
        return Ok(previewed(&preview, accept_earlier_version));
    }
    let options = ImportOptions {
        accept_earlier_version,
        author: author(by, None),
    };
    if options.author.name.trim().is_empty() {
        return Err("the name of who imports is recorded with the response; give it with --by NAME; nothing was imported.".into());
    }
    let done = apply_import(&workspace, &preview, &options).map_err(|e| match e {
        PacketError::ChangedSince { .. } => {
            format!("{e}; nothing was imported (give --accept-earlier-version to take it so).")
        }
        other => format!("{other}."),
    })?;
    let r = &preview.response;
    let mut said = format!(
        "Imported the response of {} (acknowledged {}) onto the {} {}: {}, {}.\n",
        r.name,
        r.acknowledged_at.format("%Y-%m-%d %H:%M"),
        done.what,
        done.record_id,
        crate::text::count(
            r.reflection.split_whitespace().count(),
            "word of reflection",
            "words of reflection"
        ),
        crate::text::count(done.artifacts, "artifact", "artifacts"),
    );
    if done.earlier_version {
        let _ = writeln!(
            said,
            "It answers an earlier version ({}): the {} shows it acknowledged, but in an earlier version.",
            preview.sent.packet.version.as_deref().map_or("none", short),
            done.what
        );
    } else if !done.acknowledged {
        said.push_str("A later version's acknowledgement stands.\n");
    }
    Ok(said)
}

/// What an import would do, for --dry-run.
fn previewed(preview: &Preview, accept_earlier_version: bool) -> String {
    let r = &preview.response;
    let m = &preview.sent.packet;
    let mut out = format!(
        "The response {} of {} to the packet {} (the {} {} of {}), acknowledged {}:\n  reflection: {}\n  artifacts: {}\n",
        r.response_id,
        r.name,
        m.packet_id,
        m.about.what(),
        m.about.record_id(),
        preview.educator.name,
        r.acknowledged_at.format("%Y-%m-%d %H:%M"),
        crate::text::count(r.reflection.split_whitespace().count(), "word", "words"),
        crate::text::count(r.artifacts.len(), "file", "files"),
    );
    if let Some(sa) = &r.self_assessment {
        let _ = writeln!(
            out,
            "  self-assessment: {}, {}",
            crate::text::count(sa.components.len(), "component", "components"),
            crate::text::count(sa.goals.len(), "goal", "goals")
        );
    }
    match preview.blocker(accept_earlier_version) {
        Some(problem) => {
            let _ = writeln!(out, "It would not be imported: {problem}.");
        }
        None if preview.earlier.is_some() => {
            out.push_str("It would be imported as a response to an earlier version.\n");
        }
        None => out.push_str("It would be imported. Nothing was changed (--dry-run).\n"),
    }
    out
}

/// The sent-packet log, as lines or JSON.
fn list(json_out: bool, folders: &Folders) -> String {
    let (sent, problems) = sent_packets(&folders.workspace);
    for problem in &problems {
        super::output::say!("teacher-eval: a sent-packet file is not read: {problem}");
    }
    if json_out {
        let rows: Vec<_> = sent
            .iter()
            .map(|s| {
                let m = &s.packet;
                let responses: Vec<_> = (s.responses.iter())
                    .map(|r| json!({"response_id": r.response_id, "imported_at": r.imported_at.to_rfc3339(),
                                    "by": r.by, "earlier_version": r.earlier_version}))
                    .collect();
                json!({"packet_id": m.packet_id, "about": m.about.what(), "record_id": m.about.record_id(),
                       "educator_id": m.educator_id, "educator_name": m.educator_name,
                       "exported_at": m.exported_at.to_rfc3339(), "version": m.version,
                       "written_to": s.written_to, "responses": responses})
            })
            .collect();
        return format!("{}\n", serde_json::Value::Array(rows));
    }
    let mut out = String::new();
    for s in &sent {
        let m = &s.packet;
        let answered = s.responses.last().map_or_else(
            || "not answered".to_string(),
            |r| {
                format!(
                    "answered, imported {} by {}",
                    r.imported_at.format("%Y-%m-%d"),
                    r.by
                )
            },
        );
        let _ = writeln!(
            out,
            "{}  {} {}  {}  {}  {answered}",
            m.packet_id,
            m.about.what(),
            m.about.record_id(),
            m.educator_name,
            m.exported_at.format("%Y-%m-%d %H:%M"),
        );
    }
    out
}
