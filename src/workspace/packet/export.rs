//! Exporting a packet: the record as it is now (a draft observation is
//! shared by the export, as handing it over shares it), its report, its
//! rubric and a fresh key for the response, sealed as the principal chose.
//! The sent-packet log is written first, so a packet out in the world can
//! always be answered; if the packet cannot be written, its log file goes.

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;

use super::manifest::{About, MayAnswer, PacketManifest, to_ron};
use super::open::{MANIFEST, RECORD, REPORT, RUBRIC};
use super::sent::{self, SentPacket};
use super::{PACKET_FORMAT, PACKET_HEADER, PacketError, PacketRecord, SetStatus};
use crate::record::trail::{self, Author};
use crate::record::{Educator, IdKind, Observation, SelfAssessment, Status, Summative, new_id};
use crate::rubric::{Catalog, Rubric};
use crate::workspace::bundle::{Passphrase, Seal, seal_bytes};
use crate::workspace::framing::FrameWriter;
use crate::workspace::{Workspace, encode, stored_self_assessment};

/// What a packet is exported for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Observation(String),
    Summative(String),
    SelfAssessmentRequest {
        educator_id: String,
        school_year: String,
    },
}

/// How a packet is sealed: a passphrase told to the educator, or plain on purpose.
#[derive(Debug, Clone, PartialEq)]
pub enum PacketSeal {
    Passphrase(Passphrase),
    /// Handed over in person: whoever gets the file reads it.
    Plain,
}

/// What to export, where, and who exports it (who shares a draft).
#[derive(Debug, Clone)]
pub struct ExportRequest<'a> {
    pub subject: Subject,
    pub seal: PacketSeal,
    pub out: &'a Path,
    pub author: &'a Author,
}

/// A packet written.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub manifest: PacketManifest,
    pub out: PathBuf,
    pub bytes: usize,
    /// The observation or evaluation was a draft, and is now shared.
    pub shared_now: bool,
}

/// The record as it goes, with its educator and rubric.
struct Prepared {
    about: About,
    record: PacketRecord,
    educator: Educator,
    rubric: Rubric,
    /// The record shared now, to save once the packet is out.
    to_save: Option<PacketRecord>,
}

/// Makes the report PDF of the record as it goes (`None`: no report), or says why not.
pub type MakeReport<'a> = dyn Fn(&PacketRecord, &Educator) -> Result<Option<Vec<u8>>, String> + 'a;

/// Exports a packet. `report` makes the PDF of the record as it goes
/// (`None` for a request); the data layer makes no PDF itself.
pub fn export_packet(
    workspace: &Workspace,
    catalog: &Catalog,
    request: &ExportRequest<'_>,
    report: &MakeReport<'_>,
) -> Result<Exported, PacketError> {
    if let Some(reason) = workspace.read_only_reason() {
        return Err(PacketError::refused(format!(
            "the workspace cannot be changed now: {reason}"
        )));
    }
    let prepared = prepare(workspace, catalog, request)?;
    let pdf = report(&prepared.record, &prepared.educator).map_err(PacketError::Refused)?;
    let key = age::x25519::Identity::generate();
    let manifest = manifest_for(&prepared, request.author, &key);
    let plain = framed(&manifest, &prepared, pdf.as_deref())?;
    let seal = match &request.seal {
        PacketSeal::Passphrase(p) => Seal::Passphrase(p.clone()),
        PacketSeal::Plain => Seal::Plain,
    };
    let bytes = seal_bytes(plain, &seal).map_err(PacketError::Refused)?;
    let log = SentPacket {
        schema: 1,
        packet: manifest.clone(),
        secret: key.to_string().expose_secret().to_string(),
        written_to: request.out.display().to_string(),
        responses: Vec::new(),
    };
    sent::write(workspace, &log)?;
    if let Err(why) = crate::workspace::write_user_file(request.out, &bytes) {
        sent::forget(workspace, &manifest.packet_id);
        return Err(PacketError::Write(
            request.out.to_path_buf(),
            why.to_string(),
        ));
    }
    let shared_now = prepared.to_save.is_some();
    match &prepared.to_save {
        Some(PacketRecord::Observation(o)) => workspace.save(o.as_ref()),
        Some(PacketRecord::Summative(s)) => workspace.save(s.as_ref()),
        _ => Ok(()),
    }
    .map_err(|e| {
        PacketError::refused(format!(
            "the packet was written, but sharing the record failed: {e}"
        ))
    })?;
    log::info!(
        "packet exported: {}, {} bytes",
        manifest.about.what(),
        bytes.len()
    );
    Ok(Exported {
        manifest,
        out: request.out.to_path_buf(),
        bytes: bytes.len(),
        shared_now,
    })
}

/// Reads what the packet carries and checks it may go.
fn prepare(
    workspace: &Workspace,
    catalog: &Catalog,
    request: &ExportRequest<'_>,
) -> Result<Prepared, PacketError> {
    let read_error = |e: crate::workspace::WorkspaceError| PacketError::refused(e.to_string());
    let about = match &request.subject {
        Subject::Observation(id) => About::Observation { id: id.clone() },
        Subject::Summative(id) => About::Summative { id: id.clone() },
        Subject::SelfAssessmentRequest {
            educator_id,
            school_year,
        } => About::SelfAssessmentRequest {
            educator_id: educator_id.clone(),
            school_year: school_year.clone(),
        },
    };
    let (record, to_save, educator_id, rubric_id) = read_subject(workspace, request)?;
    let educator: Educator = workspace.read(&educator_id).map_err(read_error)?;
    let rubric = catalog
        .get(&rubric_id)
        .map(|e| e.rubric.clone())
        .ok_or_else(|| PacketError::refused(format!(
            "the rubric `{rubric_id}` is not loaded, so the educator could not read the components; add it to the rubric folder first"
        )))?;
    Ok(Prepared {
        about,
        record,
        educator,
        rubric,
        to_save,
    })
}

/// The record as it goes, the record to save (shared now), its educator and rubric.
fn read_subject(
    workspace: &Workspace,
    request: &ExportRequest<'_>,
) -> Result<(PacketRecord, Option<PacketRecord>, String, String), PacketError> {
    let read_error = |e: crate::workspace::WorkspaceError| PacketError::refused(e.to_string());
    Ok(match &request.subject {
        Subject::Observation(id) => {
            let current: Observation = workspace.read(id).map_err(read_error)?;
            let (shared, saved) = shared(&current, request.author, "observation")?;
            let (educator, rubric) = (shared.educator_id.clone(), shared.rubric_id.clone());
            let saved = saved.map(|o| PacketRecord::Observation(Box::new(o)));
            (
                PacketRecord::Observation(Box::new(shared)),
                saved,
                educator,
                rubric,
            )
        }
        Subject::Summative(id) => {
            let current: Summative = workspace.read(id).map_err(read_error)?;
            if current.finalized.is_none() {
                return Err(PacketError::refused(format!(
                    "the summative evaluation `{id}` is not finalised; finalise it before sending it to the educator"
                )));
            }
            let (shared, saved) = shared(&current, request.author, "summative evaluation")?;
            let (educator, rubric) = (shared.educator_id.clone(), shared.rubric_id.clone());
            let saved = saved.map(|s| PacketRecord::Summative(Box::new(s)));
            (
                PacketRecord::Summative(Box::new(shared)),
                saved,
                educator,
                rubric,
            )
        }
        Subject::SelfAssessmentRequest {
            educator_id,
            school_year,
        } => {
            let educator: Educator = workspace.read(educator_id).map_err(read_error)?;
            let id = SelfAssessment::id_for(educator_id, school_year);
            let kept = stored_self_assessment(workspace, &id).map_err(read_error)?;
            let rubric = kept
                .as_ref()
                .map_or(educator.rubric_id.clone(), |s| s.rubric_id.clone());
            (
                PacketRecord::Request(kept.map(Box::new)),
                None,
                educator.id,
                rubric,
            )
        }
    })
}

/// The record shared: as it is if it was, else shared now (returned twice:
/// to send, and to save once the packet is out).
fn shared<R: trail::Amendable + SetStatus>(
    current: &R,
    author: &Author,
    what: &'static str,
) -> Result<(R, Option<R>), PacketError> {
    if !matches!(current.status(), Status::Draft) {
        return Ok((current.clone(), None));
    }
    let mut next = current.clone();
    next.set_status(Status::Shared { at: author.at });
    next.touch(author.at);
    let from = next.trail().amendments.len();
    trail::settle(current, &mut next, author, from, what, None)
        .map_err(|e| PacketError::refused(e.to_string()))?;
    Ok((next.clone(), Some(next)))
}

fn manifest_for(p: &Prepared, author: &Author, key: &age::x25519::Identity) -> PacketManifest {
    let about = p.about.clone();
    let (version, evaluator) = match &p.record {
        PacketRecord::Observation(o) => (Some(trail::fingerprint(o.as_ref())), o.observer.clone()),
        PacketRecord::Summative(s) => (
            Some(trail::fingerprint(s.as_ref())),
            s.finalized
                .as_ref()
                .map_or(p.educator.evaluator.clone(), |f| f.by.clone()),
        ),
        PacketRecord::Request(sa) => (
            sa.as_ref().map(|s| trail::fingerprint(s.as_ref())),
            p.educator.evaluator.clone(),
        ),
    };
    PacketManifest {
        format: PACKET_FORMAT,
        packet_id: new_id(IdKind::Packet),
        may_answer: MayAnswer::for_about(&about),
        about,
        educator_id: p.educator.id.clone(),
        educator_name: p.educator.name.clone(),
        school: p.educator.school.clone(),
        evaluator,
        exported_at: author.at,
        version,
        respond_to: key.to_public().to_string(),
    }
}

/// The plain packet: manifest, report, record and rubric.
fn framed(
    manifest: &PacketManifest,
    p: &Prepared,
    pdf: Option<&[u8]>,
) -> Result<Vec<u8>, PacketError> {
    let failed = |e: String| PacketError::refused(format!("the packet could not be made: {e}"));
    let mut writer = FrameWriter::new(PACKET_HEADER);
    writer.add(MANIFEST, to_ron(manifest).map_err(failed)?.as_bytes());
    if let Some(pdf) = pdf {
        writer.add(REPORT, pdf);
    }
    let record = match &p.record {
        PacketRecord::Observation(o) => Some(encode(o.as_ref())),
        PacketRecord::Summative(s) => Some(encode(s.as_ref())),
        PacketRecord::Request(sa) => sa.as_ref().map(|s| encode(s.as_ref())),
    };
    if let Some(text) = record.transpose().map_err(|e| failed(e.to_string()))? {
        writer.add(RECORD, text.as_bytes());
    }
    writer.add(RUBRIC, to_ron(&p.rubric).map_err(failed)?.as_bytes());
    Ok(writer.finish())
}
