//! The packets and responses of the open workspace: a packet exported
//! for a screen that asked, a response previewed and imported from the
//! roster, the log of packets sent read again after each.

use super::{App, Effect, Job, Message, WorkspaceState};
use crate::ui::roster;

impl App {
    /// The job exporting a packet of `subject` (its report from `document`),
    /// signed with the user's name; none while no workspace is open.
    pub(super) fn packet_export(
        &self,
        subject: crate::workspace::packet::Subject,
        seal: crate::workspace::packet::PacketSeal,
        out: std::path::PathBuf,
        document: Option<crate::report::Document>,
    ) -> Option<Job> {
        let WorkspaceState::Open { workspace, .. } = &self.workspace else {
            return None;
        };
        let options = self.checking_artifacts(crate::report::ReportOptions {
            paper: crate::report::Paper::from_locale(),
            omit_student_names: false,
            generated: crate::record::now(),
            artifacts_from: None,
        });
        Some(Job::ExportPacket(Box::new(
            crate::ui::background::packets::PacketExport {
                workspace: workspace.clone(),
                catalog: self.catalog.clone(),
                subject,
                seal,
                out,
                author: crate::record::trail::Author {
                    name: self.preferences.name.trim().to_string(),
                    reason: String::new(),
                    at: crate::record::now(),
                },
                document,
                options,
            },
        )))
    }

    /// A packet export an editor asked for ended: to that editor, or the
    /// notice if it was closed since; the log is read again.
    pub(super) fn packet_exported(
        &mut self,
        asked: bool,
        result: Result<Box<crate::workspace::packet::Exported>, crate::ui::failure::Failure>,
    ) -> Vec<Effect> {
        let sent = result.is_ok();
        match (result, self.editor.as_mut().filter(|_| asked)) {
            (result, Some(editor)) => editor.packet_exported(result.map(|e| *e)),
            (Ok(done), None) => {
                self.notice = Some(format!("The packet was written to {}.", done.out.display()));
            }
            (Err(why), None) => self.notice = Some(format!("No packet was sent: {why}.")),
        }
        self.read_sent_packets(sent)
    }

    /// The export a screen asked for ("Send as a packet…"), answering that screen.
    pub(super) fn send_request(&mut self, request: crate::ui::editor::Request) -> Vec<Effect> {
        let crate::ui::editor::Request::SendPacket {
            subject,
            seal,
            out,
            document,
        } = request
        else {
            return vec![];
        };
        let editor = self.editing;
        (self
            .packet_export(subject, seal, out, Some(*document))
            .into_iter())
        .map(|job| Effect::from(job).map(move |reply| Message::ForEditor(editor, Box::new(reply))))
        .collect()
    }

    /// A file dropped on the window: the open record attaches it; with
    /// none open, it is a response to import.
    pub(super) fn file_dropped(&mut self, path: std::path::PathBuf) -> Vec<Effect> {
        if self.editor.is_some() {
            return self.edit(|e| {
                Some(e.artifact_reply(crate::ui::artifact_panel::Message::Dropped(path)))
            });
        }
        self.screen = super::Screen::Roster;
        let action = self.roster.file_dropped(&path);
        self.roster_action(action)
    }

    /// Reads the sent-packet log again, when `changed`.
    pub(super) fn read_sent_packets(&self, changed: bool) -> Vec<Effect> {
        match &self.workspace {
            WorkspaceState::Open { workspace, .. } if changed => {
                vec![Job::ReadSentPackets(workspace.clone()).into()]
            }
            _ => vec![],
        }
    }

    /// The roster's packet work: a response previewed or imported, a
    /// request for a self-assessment exported (its answer to the roster).
    pub(super) fn roster_packet_action(&mut self, action: roster::Action) -> Vec<Effect> {
        let WorkspaceState::Open { workspace, .. } = &self.workspace else {
            return vec![];
        };
        let workspace = workspace.clone();
        match action {
            roster::Action::PreviewResponse(path) => {
                vec![Job::PreviewResponse(workspace, self.catalog.clone(), path).into()]
            }
            roster::Action::ImportResponse {
                preview,
                earlier,
                by,
            } => {
                let author = crate::record::trail::Author {
                    name: by,
                    reason: String::new(),
                    at: crate::record::now(),
                };
                vec![Job::ImportResponse(workspace, preview.0, earlier, author).into()]
            }
            roster::Action::RequestSelfAssessment {
                educator_id,
                school_year,
                seal,
                out,
            } => {
                let subject = crate::workspace::packet::Subject::SelfAssessmentRequest {
                    educator_id,
                    school_year,
                };
                (self.packet_export(subject, seal, out, None).into_iter())
                    .map(|job| Effect::from(job).map(to_roster))
                    .collect()
            }
            _ => vec![],
        }
    }

    /// A packet result for the roster: the preview, the import, the request, the log.
    pub(super) fn packet_result(&mut self, message: Message) -> Vec<Effect> {
        match message {
            Message::ResponsePreviewed(result) => {
                self.roster.response_previewed(result);
                vec![]
            }
            Message::ResponseImported(result) => {
                let landed = result.is_ok();
                self.roster.response_imported(result.map(|done| *done));
                let mut effects = self.reload_if(landed);
                effects.extend(self.read_sent_packets(landed));
                effects
            }
            Message::RequestExported(result) => {
                let sent = result.is_ok();
                self.roster.request_exported(result.map(|done| *done));
                self.read_sent_packets(sent)
            }
            Message::SentPackets(sent, problems) => {
                self.roster.set_sent_packets(sent, problems);
                vec![]
            }
            _ => vec![],
        }
    }
}

/// A request's export answers the roster, not an editor.
fn to_roster(reply: Message) -> Message {
    match reply {
        Message::PacketExported(result) => Message::RequestExported(result),
        other => other,
    }
}
