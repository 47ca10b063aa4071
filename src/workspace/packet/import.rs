//! Importing a response: first a preview (what would land, and what stands
//! in the way), then, when asked, the same checks again and the writes.
//! Everything is checked before the first write; the artifacts go first
//! (named by their hash, harmless if left alone), then the record, and the
//! sent-packet log last, so a crash between leaves a response that a second
//! import finds on the record and does not add twice.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::manifest::{About, ResponseManifest, SelfAssessmentAnswer, from_ron};
use super::open::{frame_error, read_file, seal_error};
use super::sent::{self, ImportedResponse, SentPacket, sent_packets};
use super::{FileError, MAX_RESPONSE_BYTES, PacketError, RESPONSE_HEADER, SetStatus, checks};
use crate::record::artifact::{MAX_ARTIFACTS, is_sha256};
use crate::record::trail::{self, Amendable, Amendment, Author, Version};
use crate::record::{
    Educator, EducatorResponse, Observation, SelfAssessment, SelfStatus, Status, Summative,
    Supplied, WithResponses,
};
use crate::rubric::{Catalog, CatalogEntry};
use crate::workspace::artifacts::{sha256_hex, store_blob};
use crate::workspace::bundle::{AGE_MAGIC, Identities, MAX_SEAL_OVERHEAD, Opening, unseal};
use crate::workspace::framing::Frame;
use crate::workspace::{Workspace, WorkspaceError, amend_and_save_self_assessment};

/// The manifest entry of a response.
pub(super) const MANIFEST: &str = "response.ron";

const FRAME: Frame = Frame {
    header: RESPONSE_HEADER,
    max_bytes: MAX_RESPONSE_BYTES,
    max_entries: MAX_ARTIFACTS + 1,
    max_path_bytes: 80,
};

/// How an import is done: who imports it, and whether a response to an
/// earlier version is taken.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub accept_earlier_version: bool,
    /// Who imports (required), and when.
    pub author: Author,
}

/// The record a response lands on, as it is now.
#[derive(Debug, Clone, PartialEq)]
pub enum Landing {
    Observation(Box<Observation>),
    Summative(Box<Summative>),
    /// The educator's self-assessment of the year, if one is kept.
    SelfAssessment(Option<Box<SelfAssessment>>),
}

/// The record was changed since the packet was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    /// The version the educator answered (none: there was no self-assessment).
    pub answered: Option<String>,
    pub current: Option<String>,
    /// The amendments made since the packet was exported.
    pub amendments: Vec<Amendment>,
}

/// What an import would do, checked whole.
#[derive(Debug, Clone)]
pub struct Preview {
    pub file: PathBuf,
    pub response: ResponseManifest,
    pub sent: SentPacket,
    pub educator: Educator,
    pub landing: Landing,
    /// Set when the record changed since the packet was made.
    pub earlier: Option<Earlier>,
    /// Set when the response is on the record already.
    pub already: Option<PacketError>,
    rubric: CatalogEntry,
    files: BTreeMap<String, Vec<u8>>,
}

impl Preview {
    /// What stops the import, if anything: a response already imported,
    /// or one to an earlier version not accepted.
    #[must_use]
    pub fn blocker(&self, accept_earlier_version: bool) -> Option<PacketError> {
        if let Some(already) = &self.already {
            return Some(already.clone());
        }
        let earlier = self.earlier.as_ref().filter(|_| !accept_earlier_version)?;
        let shown = |v: &Option<String>| {
            v.as_deref()
                .map_or("none".to_string(), |f| trail::short(f).to_string())
        };
        let fields: Vec<&str> = earlier
            .amendments
            .iter()
            .map(|a| a.field.as_str())
            .collect();
        Some(PacketError::ChangedSince {
            what: self.sent.packet.about.what(),
            answered: shown(&earlier.answered),
            current: shown(&earlier.current),
            amendments: if fields.is_empty() {
                "changed without amendments".into()
            } else {
                format!("amended: {}", fields.join(", "))
            },
        })
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub what: &'static str,
    pub record_id: String,
    pub earlier_version: bool,
    pub artifacts: usize,
    /// The acknowledgement was recorded (not when one of a later version stands).
    pub acknowledged: bool,
}

/// Reads and checks the response at `file` against this workspace's
/// sent-packet log and records, writing nothing.
pub fn preview_import(
    workspace: &Workspace,
    catalog: &Catalog,
    file: &Path,
) -> Result<Preview, PacketError> {
    let refused = |source| PacketError::Response {
        file: file.to_path_buf(),
        source,
    };
    let bytes = read_file(file, MAX_RESPONSE_BYTES + MAX_SEAL_OVERHEAD).map_err(refused)?;
    let (sent, plain) = unsealed(workspace.root(), &bytes).map_err(refused)?;
    let (response, files) = parse(&plain).map_err(refused)?;
    if response.packet_id != sent.packet.packet_id || response.version != sent.packet.version {
        return Err(refused(FileError::Invalid(
            "it names another packet or version than the one it is sealed for".into(),
        )));
    }
    let (educator, landing, rubric_id) = landing(workspace, &sent)?;
    let rubric = catalog.get(&rubric_id).cloned().ok_or_else(|| {
        PacketError::refused(format!(
            "the rubric `{rubric_id}` is not loaded, so the response's components cannot be checked; nothing was imported"
        ))
    })?;
    checks::response(&response, sent.packet.may_answer, &rubric.rubric, &files)
        .map_err(|why| refused(FileError::Invalid(why)))?;
    let earlier = earlier(&landing, &sent);
    let already = already(&landing, &sent, &response);
    Ok(Preview {
        file: file.to_path_buf(),
        response,
        sent,
        educator,
        landing,
        earlier,
        already,
        rubric,
        files,
    })
}

/// Opens the response with the key of the packet it answers.
fn unsealed(root: &Path, bytes: &[u8]) -> Result<(SentPacket, Vec<u8>), FileError> {
    if !bytes.starts_with(AGE_MAGIC) {
        return Err(FileError::ResponseNotSealed);
    }
    let (sent, _unreadable) = sent_packets(root);
    let folder = root.join(sent::SENT_DIR);
    for packet in sent {
        let Some(key) = packet.identity() else {
            continue;
        };
        let opening = Opening::Identities(Identities::from_keys(&folder, vec![key]));
        let reserve = bytes.len().min(MAX_RESPONSE_BYTES);
        match unseal(bytes, &opening, MAX_RESPONSE_BYTES, reserve) {
            Ok(plain) => return Ok((packet, plain)),
            Err(crate::workspace::bundle::BundleError::WrongIdentity(_)) => {}
            Err(other) => return Err(seal_error(other)),
        }
    }
    Err(FileError::NotOurPacket)
}

/// Which entry a path is: the manifest, or an artifact named by its hash.
fn place(path: &str) -> Result<(Option<&str>, usize, &'static str), String> {
    if path == MANIFEST {
        return Ok((
            None,
            1024 * 1024 + 4 * super::MAX_REFLECTION_CHARS,
            "a manifest",
        ));
    }
    if let Some(why) = crate::workspace::framing::escapes(path) {
        return Err(why.to_string());
    }
    match path.split_once('/') {
        Some((crate::workspace::ARTIFACTS_DIR, sha)) if is_sha256(sha) => Ok((
            Some(sha),
            crate::workspace::artifacts::MAX_BYTES,
            "an artifact",
        )),
        _ => Err(format!(
            "is not an entry a response holds ({MANIFEST}, or `artifacts/` and 64 lower-case hex digits)"
        )),
    }
}

/// A plain response's manifest and files (by hash), checked as an import
/// checks them before it looks at a workspace: for the fuzzer and tests.
pub fn parse_response_bytes(
    plain: &[u8],
) -> Result<(ResponseManifest, BTreeMap<String, Vec<u8>>), FileError> {
    parse(plain)
}

/// The checked manifest and the files by hash.
fn parse(plain: &[u8]) -> Result<(ResponseManifest, BTreeMap<String, Vec<u8>>), FileError> {
    let entries = FRAME
        .split(plain, place)
        .map_err(|e| frame_error(e, "response", RESPONSE_HEADER))?;
    let mut files = BTreeMap::new();
    let mut manifest = None;
    for entry in &entries {
        match entry.tag {
            None => manifest = Some(entry.bytes),
            Some(sha) if sha256_hex(entry.bytes) == sha => {
                files.insert(sha.to_string(), entry.bytes.to_vec());
            }
            Some(_) => {
                return Err(FileError::Entry {
                    path: checks::printable(entry.path),
                    why: "does not match the SHA-256 that names it, so it was changed after it was attached".into(),
                });
            }
        }
    }
    let manifest = manifest.ok_or_else(|| FileError::Invalid(format!("it has no {MANIFEST}")))?;
    let manifest: ResponseManifest = from_ron(manifest, "a response manifest")
        .map_err(|why| FileError::Invalid(format!("its {MANIFEST} does not read: {why}")))?;
    Ok((manifest, files))
}

/// The educator, the record the response lands on, and its rubric's id.
fn landing(
    workspace: &Workspace,
    sent: &SentPacket,
) -> Result<(Educator, Landing, String), PacketError> {
    let what = sent.packet.about.what();
    let gone = |e: WorkspaceError| match e {
        WorkspaceError::NotFound { kind, id } => PacketError::refused(format!(
            "the {kind} `{id}` the packet was about is not in the workspace any longer; nothing was imported"
        )),
        other => PacketError::refused(format!("{other}; nothing was imported")),
    };
    let educator: Educator = workspace.read(&sent.packet.educator_id).map_err(gone)?;
    let (landing, rubric) = match &sent.packet.about {
        About::Observation { id } => {
            let o: Observation = workspace.read(id).map_err(gone)?;
            let rubric = o.rubric_id.clone();
            (Landing::Observation(Box::new(o)), rubric)
        }
        About::Summative { id } => {
            let s: Summative = workspace.read(id).map_err(gone)?;
            let rubric = s.rubric_id.clone();
            (Landing::Summative(Box::new(s)), rubric)
        }
        About::SelfAssessmentRequest { .. } => {
            let id = sent.packet.about.record_id();
            let kept = crate::workspace::stored_self_assessment(workspace, &id).map_err(gone)?;
            let rubric = kept
                .as_ref()
                .map_or(educator.rubric_id.clone(), |s| s.rubric_id.clone());
            (Landing::SelfAssessment(kept.map(Box::new)), rubric)
        }
    };
    log::info!("response previewed for a {what}");
    Ok((educator, landing, rubric))
}

/// The record's fingerprint now (none: no self-assessment is kept).
fn current_version(landing: &Landing) -> Option<String> {
    match landing {
        Landing::Observation(o) => Some(trail::fingerprint(o.as_ref())),
        Landing::Summative(s) => Some(trail::fingerprint(s.as_ref())),
        Landing::SelfAssessment(sa) => sa.as_ref().map(|s| trail::fingerprint(s.as_ref())),
    }
}

fn earlier(landing: &Landing, sent: &SentPacket) -> Option<Earlier> {
    let current = current_version(landing);
    if current == sent.packet.version {
        return None;
    }
    let trail = match landing {
        Landing::Observation(o) => Some(&o.trail),
        Landing::Summative(s) => Some(&s.trail),
        Landing::SelfAssessment(sa) => sa.as_ref().map(|s| &s.trail),
    };
    let amendments = trail
        .map(|t| {
            (t.amendments.iter())
                .filter(|a| a.at >= sent.packet.exported_at)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    Some(Earlier {
        answered: sent.packet.version.clone(),
        current,
        amendments,
    })
}

/// Whether the response is on the record or in the log already.
fn already(
    landing: &Landing,
    sent: &SentPacket,
    response: &ResponseManifest,
) -> Option<PacketError> {
    let id = &response.response_id;
    let on_record = match landing {
        Landing::Observation(o) => o
            .response(id)
            .map(|r| (r.imported_at, r.imported_by.clone())),
        Landing::Summative(s) => s
            .response(id)
            .map(|r| (r.imported_at, r.imported_by.clone())),
        Landing::SelfAssessment(_) => None,
    };
    let in_log = || {
        (sent.responses.iter())
            .find(|r| &r.response_id == id)
            .map(|r| (r.imported_at, r.by.clone()))
    };
    let in_self_assessment = || match landing {
        Landing::SelfAssessment(Some(sa))
            if holds_answer(sa, response.self_assessment.as_ref()) =>
        {
            Some((sa.changed, sa.entered_by.clone()))
        }
        _ => None,
    };
    let (at, by) = on_record.or_else(in_log).or_else(in_self_assessment)?;
    Some(PacketError::AlreadyImported {
        on: at.format("%Y-%m-%d %H:%M").to_string(),
        by,
    })
}

/// A self-assessment already holding exactly the educator's answer.
fn holds_answer(sa: &SelfAssessment, answer: Option<&SelfAssessmentAnswer>) -> bool {
    answer.is_some_and(|a| {
        sa.supplied == Supplied::Educator && sa.goals == a.goals && {
            let mut mine = a.components.clone();
            mine.sort_by(|x, y| x.component.cmp(&y.component));
            let mut kept = sa.components.clone();
            kept.sort_by(|x, y| x.component.cmp(&y.component));
            mine == kept
        }
    })
}

/// Imports what `preview` showed, after checking nothing changed since it
/// was made, unless something stands in the way (see [`Preview::blocker`]).
pub fn apply_import(
    workspace: &Workspace,
    preview: &Preview,
    options: &ImportOptions,
) -> Result<Imported, PacketError> {
    let author = &options.author;
    if author.name.trim().is_empty() {
        return Err(PacketError::refused(
            "the name of who imports is recorded with the response; give your name",
        ));
    }
    if let Some(reason) = workspace.read_only_reason() {
        return Err(PacketError::refused(format!(
            "the workspace cannot be changed now: {reason}"
        )));
    }
    let (_, now, _) = landing(workspace, &preview.sent)?;
    if current_version(&now) != current_version(&preview.landing) {
        return Err(PacketError::refused(
            "the record changed since the response was previewed; preview it again",
        ));
    }
    if let Some(blocker) = preview.blocker(options.accept_earlier_version) {
        return Err(blocker);
    }
    for (sha, bytes) in &preview.files {
        store_blob(workspace.root(), sha, bytes)
            .map_err(|e| PacketError::refused(format!("{e}; nothing was imported")))?;
    }
    let earlier = preview.earlier.is_some();
    let acknowledged = land(workspace, preview, now, author)?;
    let mut log = preview.sent.clone();
    log.responses.push(ImportedResponse {
        response_id: preview.response.response_id.clone(),
        imported_at: author.at,
        by: author.name.trim().to_string(),
        earlier_version: earlier,
    });
    sent::write(workspace, &log)?;
    log::info!(
        "response imported for a {}",
        preview.sent.packet.about.what()
    );
    Ok(Imported {
        what: preview.sent.packet.about.what(),
        record_id: preview.sent.packet.about.record_id(),
        earlier_version: earlier,
        artifacts: preview.response.artifacts.len(),
        acknowledged,
    })
}

/// Writes the response onto the record; whether the acknowledgement was recorded.
fn land(
    workspace: &Workspace,
    preview: &Preview,
    now: Landing,
    author: &Author,
) -> Result<bool, PacketError> {
    let failed = |e: String| PacketError::refused(format!("{e}; the response was not imported"));
    match now {
        Landing::Observation(mut o) => {
            let acknowledged = respond(o.as_mut(), preview, author);
            workspace
                .save(o.as_ref())
                .map_err(|e| failed(e.to_string()))?;
            Ok(acknowledged)
        }
        Landing::Summative(mut s) => {
            let acknowledged = respond(s.as_mut(), preview, author);
            workspace
                .save(s.as_ref())
                .map_err(|e| failed(e.to_string()))?;
            Ok(acknowledged)
        }
        Landing::SelfAssessment(kept) => {
            let (next, who) = answered(kept.map(|b| *b), preview, author);
            let rubric = Some(&preview.rubric.rubric);
            amend_and_save_self_assessment(workspace, next, &who, rubric)
                .map_err(|e| failed(e.to_string()))?;
            Ok(true)
        }
    }
}

/// Adds the response to the record and records the acknowledgement, unless
/// one of a later version stands; whether it was recorded.
fn respond<R: Amendable + WithResponses + SetStatus>(
    record: &mut R,
    preview: &Preview,
    author: &Author,
) -> bool {
    let r = &preview.response;
    let packet = &preview.sent.packet;
    let version = r.version.clone().unwrap_or_default();
    let earlier = preview.earlier.is_some();
    record.responses_mut().push(EducatorResponse {
        response_id: r.response_id.clone(),
        packet_id: r.packet_id.clone(),
        version: version.clone(),
        name: r.name.clone(),
        acknowledged_at: r.acknowledged_at,
        reflection: r.reflection.clone(),
        artifacts: r.artifacts.clone(),
        imported_at: author.at,
        imported_by: author.name.trim().to_string(),
        earlier_version: earlier,
    });
    let current = trail::fingerprint(record);
    let later_stands = earlier
        && record
            .trail()
            .acknowledged
            .as_ref()
            .is_some_and(|a| a.fingerprint == current || a.at > packet.exported_at);
    if later_stands {
        return false;
    }
    let shared_at = match record.status() {
        Status::Shared { at } | Status::Acknowledged { shared_at: at, .. } => at,
        Status::Draft => record
            .trail()
            .shared
            .as_ref()
            .map_or(packet.exported_at, |v| v.at),
    };
    record.set_status(Status::Acknowledged {
        shared_at,
        by: r.name.clone(),
        at: r.acknowledged_at,
    });
    record.trail_mut().acknowledged = Some(Version {
        fingerprint: version,
        at: r.acknowledged_at,
    });
    true
}

/// The self-assessment as the educator answered it, and who signs the change.
fn answered(
    kept: Option<SelfAssessment>,
    preview: &Preview,
    author: &Author,
) -> (SelfAssessment, Author) {
    let r = &preview.response;
    let answer = r.self_assessment.clone().unwrap_or_default();
    let entry = &preview.rubric;
    let mut next = kept.unwrap_or_else(|| {
        let educator = &preview.educator;
        let year = match &preview.sent.packet.about {
            About::SelfAssessmentRequest { school_year, .. } => school_year.clone(),
            _ => String::new(),
        };
        let rubric = (entry.rubric.id.as_str(), entry.fingerprint.as_str());
        SelfAssessment::new(
            &educator.id,
            &year,
            rubric,
            Supplied::Educator,
            &author.name,
        )
    });
    next.components = answer.components;
    next.goals = answer.goals;
    next.supplied = Supplied::Educator;
    next.sort_by_rubric(&entry.rubric);
    if !next.is_submitted() {
        next.entered_by = author.name.trim().to_string();
        next.status = SelfStatus::Submitted {
            at: r.acknowledged_at,
        };
    }
    let who = Author {
        reason: format!(
            "the educator's response of {}",
            r.acknowledged_at.format("%Y-%m-%d")
        ),
        ..author.clone()
    };
    (next, who)
}
