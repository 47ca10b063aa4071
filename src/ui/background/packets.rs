//! The principal's packet work off the window's thread: exporting a packet
//! (its report laid out from the screen's document with the record as it
//! goes), previewing and importing a response, and reading the log of the
//! packets sent. The rules are `workspace::packet`'s; this only runs them.

use std::path::PathBuf;
use std::sync::Arc;

use super::Job;
use crate::record::Educator;
use crate::record::trail::Author;
use crate::report::{Document, ReportOptions};
use crate::rubric::Catalog;
use crate::ui::app::Message;
use crate::ui::failure::Failure;
use crate::workspace::Workspace;
use crate::workspace::packet::{
    ExportRequest, ImportOptions, PacketRecord, PacketSeal, Preview, Subject, apply_import,
    export_packet, preview_import, sent_packets,
};

/// A packet to export: what, how sealed, where, by whom, and the document
/// its report is laid out from (none for a request).
#[derive(Debug, Clone)]
pub struct PacketExport {
    pub workspace: Arc<Workspace>,
    pub catalog: Arc<Catalog>,
    pub subject: Subject,
    pub seal: PacketSeal,
    pub out: PathBuf,
    pub author: Author,
    pub document: Option<Document>,
    pub options: ReportOptions,
}

/// Runs a packet job; `None` for any other.
pub fn run(job: Job) -> Option<Message> {
    Some(match job {
        Job::ExportPacket(job) => export(&job),
        Job::PreviewResponse(workspace, catalog, file) => preview(&workspace, &catalog, &file),
        Job::ImportResponse(workspace, preview, earlier, author) => {
            import(&workspace, &preview, earlier, author)
        }
        Job::ReadSentPackets(workspace) => sent(&workspace),
        _ => return None,
    })
}

/// Exports the packet; its report is the screen's document with the record
/// replaced by the one that goes (shared, if the export shares it).
fn export(job: &PacketExport) -> Message {
    let request = ExportRequest {
        subject: job.subject.clone(),
        seal: job.seal.clone(),
        out: &job.out,
        author: &job.author,
    };
    let report = |record: &PacketRecord, _: &Educator| -> Result<Option<Vec<u8>>, String> {
        let document = match (record, job.document.clone()) {
            (PacketRecord::Request(_), _) => return Ok(None),
            (
                PacketRecord::Observation(o),
                Some(Document::Observation {
                    educator,
                    rubric,
                    form,
                    visit,
                    ..
                }),
            ) => Document::Observation {
                observation: o.clone(),
                educator,
                rubric,
                form,
                visit,
            },
            (
                PacketRecord::Summative(s),
                Some(Document::Summative {
                    educator,
                    observations,
                    measures,
                    district,
                    self_assessment,
                    catalog,
                    profiles,
                    ..
                }),
            ) => Document::Summative {
                summative: s.clone(),
                educator,
                observations,
                measures,
                district,
                self_assessment,
                catalog,
                profiles,
            },
            _ => return Err("the record's report could not be made".into()),
        };
        let pdf = document.pdf(&job.options).map_err(|e| e.to_string())?;
        Ok(Some(pdf.bytes))
    };
    let exported = export_packet(&job.workspace, &job.catalog, &request, &report);
    Message::PacketExported(exported.map(Box::new).map_err(Failure::Packet))
}

/// Reads and checks a response against the workspace, writing nothing.
fn preview(workspace: &Workspace, catalog: &Catalog, file: &std::path::Path) -> Message {
    let previewed = preview_import(workspace, catalog, file);
    Message::ResponsePreviewed(previewed.map(Arc::new).map_err(Failure::Packet))
}

/// Imports the response previewed.
fn import(
    workspace: &Workspace,
    preview: &Preview,
    accept_earlier_version: bool,
    author: Author,
) -> Message {
    let options = ImportOptions {
        accept_earlier_version,
        author,
    };
    let imported = apply_import(workspace, preview, &options);
    Message::ResponseImported(imported.map(Box::new).map_err(Failure::Packet))
}

/// The packets the workspace sent, and the log files that do not read.
fn sent(workspace: &Workspace) -> Message {
    let (sent, unreadable) = sent_packets(workspace.root());
    Message::SentPackets(Arc::new(sent), unreadable)
}
