//! Opening a packet on the educator's computer: no workspace, nothing
//! written. Everything is checked before the packet is handed on: the seal,
//! the checksum, the entries, the manifest, that the record decodes and
//! hashes to the version the manifest names, and that the rubric reads.

use std::path::Path;

use super::manifest::{About, PacketManifest, from_ron};
use super::{FileError, MAX_PACKET_BYTES, PACKET_FORMAT, PACKET_HEADER, PacketError};
use crate::record::trail::{Amendable, Field};
use crate::record::{Observation, SelfAssessment, Summative, is_valid_id};
use crate::rubric::Rubric;
use crate::workspace::bundle::{AGE_MAGIC, MAX_SEAL_OVERHEAD, Opening, Passphrase, unseal};
use crate::workspace::framing::{Frame, FrameError, printable};
use crate::workspace::{MAX_RECORD_BYTES, decode};

/// The entries a packet may hold.
pub(super) const MANIFEST: &str = "packet.ron";
pub(super) const REPORT: &str = "report.pdf";
pub(super) const RECORD: &str = "record.ron";
pub(super) const RUBRIC: &str = "rubric.ron";

const FRAME: Frame = Frame {
    header: PACKET_HEADER,
    max_bytes: MAX_PACKET_BYTES,
    max_entries: 4,
    max_path_bytes: 20,
};

/// A packet that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Packet {
    pub manifest: PacketManifest,
    pub record: PacketRecord,
    /// The record file as the principal's workspace keeps it (none for a
    /// request without a self-assessment yet).
    pub record_text: Option<String>,
    /// The report the principal would print (none for a request).
    pub pdf: Option<Vec<u8>>,
    pub rubric: Rubric,
    /// The rubric as RON, as carried.
    pub rubric_text: String,
}

/// The record a packet carries.
#[derive(Debug, Clone, PartialEq)]
pub enum PacketRecord {
    Observation(Box<Observation>),
    Summative(Box<Summative>),
    /// The self-assessment already kept, if any.
    Request(Option<Box<SelfAssessment>>),
}

impl Packet {
    /// The record's content as named fields, as amendments name them.
    #[must_use]
    pub fn fields(&self) -> Vec<Field> {
        let rubric = Some(&self.rubric);
        match &self.record {
            PacketRecord::Observation(o) => o.fields(rubric),
            PacketRecord::Summative(s) => s.fields(rubric),
            PacketRecord::Request(sa) => sa.as_ref().map(|s| s.fields(rubric)).unwrap_or_default(),
        }
    }
}

/// Reads and checks the packet at `path`, sealed (then `passphrase` opens
/// it) or plain (which needs none).
pub fn open_packet(path: &Path, passphrase: Option<&Passphrase>) -> Result<Packet, PacketError> {
    let refused = |source| PacketError::Packet {
        file: path.to_path_buf(),
        source,
    };
    let bytes = read_file(path, MAX_PACKET_BYTES + MAX_SEAL_OVERHEAD).map_err(refused)?;
    open_packet_bytes(&bytes, passphrase).map_err(refused)
}

/// A file the user named, read whole within `max` bytes.
pub(super) fn read_file(path: &Path, max: usize) -> Result<Vec<u8>, FileError> {
    crate::files::bounded::read_bounded(path, max).map_err(|e| match e.kind() {
        std::io::ErrorKind::FileTooLarge => FileError::Read(e.to_string()),
        _ => FileError::Read(crate::workspace::bundle::unreadable(&e)),
    })
}

/// As [`open_packet`], for bytes in memory (the fuzzer, tests).
pub fn open_packet_bytes(
    bytes: &[u8],
    passphrase: Option<&Passphrase>,
) -> Result<Packet, FileError> {
    let plain = if bytes.starts_with(AGE_MAGIC) {
        let Some(passphrase) = passphrase else {
            return Err(FileError::NeedsPassphrase);
        };
        let opening = Opening::Passphrase(passphrase.clone());
        unseal(
            bytes,
            &opening,
            MAX_PACKET_BYTES,
            bytes.len().min(MAX_PACKET_BYTES),
        )
        .map_err(seal_error)?
    } else {
        bytes.to_vec()
    };
    parse(&plain)
}

/// A seal that does not open, in a packet's words.
pub(super) fn seal_error(e: crate::workspace::bundle::BundleError) -> FileError {
    use crate::workspace::bundle::BundleError;
    match e {
        BundleError::WrongPassphrase => FileError::WrongPassphrase,
        BundleError::Sealed | BundleError::SealedToKeys => FileError::NeedsPassphrase,
        BundleError::SealedTooLarge(max) => FileError::TooLarge(max as u64 + 1, max),
        other => FileError::Seal(other.to_string()),
    }
}

/// A framing problem, in the words of a packet or a response.
pub(super) fn frame_error(e: FrameError, what: &'static str, header: &'static str) -> FileError {
    match e {
        FrameError::TooLarge(n) => FileError::TooLarge(n as u64, FRAME.max_bytes),
        FrameError::NotOurs => FileError::NotOurs(what, header),
        FrameError::Newer(line) => FileError::Newer(line, header),
        FrameError::Truncated(why) => FileError::Truncated(why),
        FrameError::Checksum => FileError::Checksum,
        FrameError::TooManyEntries => {
            FileError::Truncated("it holds more entries than a packet has".into())
        }
        FrameError::Entry { path, why } => FileError::Entry { path, why },
    }
}

/// Which entry a path is, its limit, and what it is.
fn place(path: &str) -> Result<(&'static str, usize, &'static str), String> {
    match path {
        MANIFEST => Ok((MANIFEST, 64 * 1024, "a manifest")),
        REPORT => Ok((REPORT, MAX_PACKET_BYTES, "a report")),
        RECORD => Ok((RECORD, MAX_RECORD_BYTES, "a record")),
        RUBRIC => Ok((RUBRIC, crate::rubric::MAX_RUBRIC_BYTES, "a rubric")),
        _ => Err(format!(
            "is not an entry a packet holds ({MANIFEST}, {REPORT}, {RECORD}, {RUBRIC})"
        )),
    }
}

/// Checks a plain packet's bytes whole.
fn parse(bytes: &[u8]) -> Result<Packet, FileError> {
    let entries = FRAME
        .split(bytes, place)
        .map_err(|e| frame_error(e, "packet", PACKET_HEADER))?;
    let entry = |name: &str| entries.iter().find(|e| e.tag == name).map(|e| e.bytes);
    let invalid = |why: String| FileError::Invalid(why);
    let manifest: PacketManifest = from_ron(
        entry(MANIFEST).ok_or_else(|| invalid(format!("it has no {MANIFEST}")))?,
        "a packet manifest",
    )
    .map_err(|why| invalid(format!("its {MANIFEST} does not read: {why}")))?;
    check_manifest(&manifest).map_err(invalid)?;
    let rubric_bytes = entry(RUBRIC).ok_or_else(|| invalid(format!("it has no {RUBRIC}")))?;
    let rubric = crate::rubric::parse_rubric(RUBRIC, rubric_bytes).map_err(|errors| {
        invalid(format!(
            "its rubric does not read: {}",
            errors.first().map(ToString::to_string).unwrap_or_default()
        ))
    })?;
    let record_bytes = entry(RECORD);
    let record = record(&manifest, record_bytes, &rubric).map_err(invalid)?;
    let pdf = entry(REPORT).map(<[u8]>::to_vec);
    check_pdf(&manifest, pdf.as_deref()).map_err(invalid)?;
    Ok(Packet {
        record_text: record_bytes.map(|b| String::from_utf8_lossy(b).into_owned()),
        rubric_text: String::from_utf8_lossy(rubric_bytes).into_owned(),
        manifest,
        record,
        pdf,
        rubric,
    })
}

fn check_manifest(m: &PacketManifest) -> Result<(), String> {
    if m.format != PACKET_FORMAT {
        return Err(format!(
            "its manifest is format {}; this teacher-eval reads format {PACKET_FORMAT}",
            m.format
        ));
    }
    if !(is_valid_id(&m.packet_id) && m.packet_id.starts_with("pkt-")) {
        return Err(format!("`{}` is not a packet id", printable(&m.packet_id)));
    }
    let ids = match &m.about {
        About::Observation { id } | About::Summative { id } => vec![id, &m.educator_id],
        About::SelfAssessmentRequest {
            educator_id,
            school_year,
        } => {
            crate::scoring::parse_school_year(school_year)
                .map_err(|_| format!("`{}` is not a school year", printable(school_year)))?;
            if educator_id != &m.educator_id {
                return Err("it asks one educator and names another".into());
            }
            vec![educator_id]
        }
    };
    if let Some(bad) = ids.into_iter().find(|id| !is_valid_id(id)) {
        return Err(format!("`{}` is not a record id", printable(bad)));
    }
    for (what, text) in [
        ("educator's name", &m.educator_name),
        ("school", &m.school),
        ("evaluator's name", &m.evaluator),
    ] {
        if text.chars().count() > 500 || text.chars().any(char::is_control) {
            return Err(format!(
                "its {what} is too long or holds a control character"
            ));
        }
    }
    if m.may_answer != super::MayAnswer::for_about(&m.about) {
        return Err("what it lets the educator answer does not fit what it is about".into());
    }
    crate::workspace::bundle::parse_recipient(&m.respond_to)
        .map(|_| ())
        .map_err(|_| "its `respond_to` is not an age public key".into())
}

/// The record entry: decoded as what the manifest is about, of the
/// educator named, hashing to the version named, rated on the rubric carried.
fn record(
    m: &PacketManifest,
    bytes: Option<&[u8]>,
    rubric: &Rubric,
) -> Result<PacketRecord, String> {
    let Some(bytes) = bytes else {
        return match (&m.about, &m.version) {
            (About::SelfAssessmentRequest { .. }, None) => Ok(PacketRecord::Request(None)),
            (About::SelfAssessmentRequest { .. }, Some(_)) => {
                Err(format!("it names a version but carries no {RECORD}"))
            }
            _ => Err(format!("it has no {RECORD}")),
        };
    };
    let (educator, rubric_id, version, record) = decoded(&m.about, bytes)?;
    if educator != m.educator_id {
        return Err("its record is of another educator than it names".into());
    }
    if rubric_id != rubric.id {
        return Err(format!(
            "its record is rated on the rubric `{}`, and it carries `{}`",
            printable(&rubric_id),
            printable(&rubric.id)
        ));
    }
    if m.version.as_deref() != Some(version.as_str()) {
        return Err(
            "its record does not match the version its manifest names, so it was changed after it was made"
                .into(),
        );
    }
    Ok(record)
}

/// The record decoded as what `about` names: its educator, rubric, fingerprint and itself.
fn decoded(about: &About, bytes: &[u8]) -> Result<(String, String, String, PacketRecord), String> {
    let id = about.record_id();
    let refused =
        |what: &str, why: String| format!("its record is not the {what} `{id}` it says: {why}");
    Ok(match about {
        About::Observation { .. } => {
            let o: Observation =
                decode(bytes, &id).map_err(|e| refused("observation", e.message))?;
            let v = crate::record::fingerprint(&o);
            (
                o.educator_id.clone(),
                o.rubric_id.clone(),
                v,
                PacketRecord::Observation(Box::new(o)),
            )
        }
        About::Summative { .. } => {
            let s: Summative =
                decode(bytes, &id).map_err(|e| refused("summative evaluation", e.message))?;
            let v = crate::record::fingerprint(&s);
            (
                s.educator_id.clone(),
                s.rubric_id.clone(),
                v,
                PacketRecord::Summative(Box::new(s)),
            )
        }
        About::SelfAssessmentRequest { .. } => {
            let sa: SelfAssessment =
                decode(bytes, &id).map_err(|e| refused("self-assessment", e.message))?;
            let v = crate::record::fingerprint(&sa);
            let (educator, rubric) = (sa.educator_id.clone(), sa.rubric_id.clone());
            (
                educator,
                rubric,
                v,
                PacketRecord::Request(Some(Box::new(sa))),
            )
        }
    })
}

/// An observation or evaluation carries its report, a PDF; a request none.
fn check_pdf(m: &PacketManifest, pdf: Option<&[u8]>) -> Result<(), String> {
    match (&m.about, pdf) {
        (About::SelfAssessmentRequest { .. }, None) => Ok(()),
        (About::SelfAssessmentRequest { .. }, Some(_)) => {
            Err(format!("a request carries no {REPORT}"))
        }
        (_, Some(pdf)) if pdf.starts_with(b"%PDF-") => Ok(()),
        (_, Some(_)) => Err(format!("its {REPORT} is not a PDF")),
        (_, None) => Err(format!("it has no {REPORT}")),
    }
}
