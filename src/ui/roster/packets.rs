//! The roster's part in packets: asking the selected educator for their
//! self-assessment (the send panel, with the school year), importing a
//! response (in the exchange panel, or a file dropped on the window), and
//! the packets sent, listed on each educator's page.

use std::path::Path;
use std::sync::Arc;

use super::{Action, ExchangePanel, Message, Roster, response_import};
use crate::ui::failure::Failure;
use crate::ui::packet_send::{self, SendPanel};
use crate::workspace::Contents;
use crate::workspace::packet::{Exported, Imported, Preview, SentPacket};

impl Roster {
    /// The user's name, offered as who imports a response.
    pub fn set_user_name(&mut self, name: &str) {
        self.user_name = name.trim().to_string();
    }

    /// The packets the workspace sent, and the log files that do not read.
    pub fn set_sent_packets(&mut self, sent: Arc<Vec<SentPacket>>, problems: Vec<String>) {
        self.sent = sent;
        self.sent_problems = problems;
    }

    /// The packets sent to `educator_id`, newest first.
    #[must_use]
    pub fn sent_to(&self, educator_id: &str) -> Vec<&SentPacket> {
        let mut sent: Vec<&SentPacket> = (self.sent.iter())
            .filter(|s| s.packet.educator_id == educator_id)
            .collect();
        sent.reverse();
        sent
    }

    #[must_use]
    pub fn sent_problems(&self) -> &[String] {
        &self.sent_problems
    }

    /// A message for the self-assessment request panel.
    pub(super) fn request_message(&mut self, message: Message, contents: &Contents) -> Action {
        match message {
            Message::RequestSelfAssessment => {
                let Some(educator) = self
                    .selected
                    .as_deref()
                    .and_then(|id| contents.educator(id))
                else {
                    return Action::None;
                };
                let year = crate::scoring::school_year_of(crate::clock::local_now().date_naive());
                self.request = Some(
                    SendPanel::new("self-assessment request", &educator.name, false)
                        .with_year(&year),
                );
                Action::None
            }
            Message::Request(message) => {
                let Some(panel) = &mut self.request else {
                    return Action::None;
                };
                let year = panel.year().unwrap_or_default().to_string();
                match panel.update(message) {
                    packet_send::Request::None => Action::None,
                    packet_send::Request::Close => {
                        self.request = None;
                        Action::None
                    }
                    packet_send::Request::Open(path) => Action::Open(path),
                    packet_send::Request::Export { seal, out, .. } => {
                        match (
                            self.selected.clone(),
                            crate::scoring::parse_school_year(&year),
                        ) {
                            (Some(educator_id), Ok(school_year)) => Action::RequestSelfAssessment {
                                educator_id,
                                school_year,
                                seal,
                                out,
                            },
                            (_, Err(why)) => {
                                panel.failed(why.trim_end_matches('.'));
                                Action::None
                            }
                            (None, _) => Action::None,
                        }
                    }
                }
            }
            _ => Action::None,
        }
    }

    /// The self-assessment request panel, when open.
    #[must_use]
    pub fn request_panel(&self) -> Option<&SendPanel> {
        self.request.as_ref()
    }

    /// A request's export ended.
    pub fn request_exported(&mut self, result: Result<Exported, Failure>) {
        if let Some(panel) = &mut self.request {
            panel.exported(result);
        }
    }

    /// A file dropped on the roster: a response, previewed in the exchange panel.
    pub fn file_dropped(&mut self, path: &Path) -> Action {
        let panel = self.exchange.get_or_insert_with(|| {
            ExchangePanel::new(crate::record::now().date_naive(), &self.user_name)
        });
        self.form = None;
        self.import = None;
        self.trash = None;
        match panel.response.file_given(path) {
            response_import::Request::Preview(path) => Action::PreviewResponse(path),
            _ => Action::None,
        }
    }

    pub fn response_previewed(&mut self, result: Result<Arc<Preview>, Failure>) {
        if let Some(panel) = &mut self.exchange {
            panel.response.previewed(result);
        }
    }

    pub fn response_imported(&mut self, result: Result<Imported, Failure>) {
        if let Some(panel) = &mut self.exchange {
            panel.response.imported(result);
        }
    }
}
