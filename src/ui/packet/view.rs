//! How the educator's window looks: the passphrase asked, or the packet:
//! who sent what, the record's text, the report, then each answer the
//! packet allows, the acknowledgement, and where the response goes.

use crate::ui::button;
use crate::ui::text_editor;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, scrollable, space, text};
use iced::{Element, Fill};

use super::answering::{Answering, Asking, Message as A};
use super::{Message, NAME_INPUT, PASSPHRASE_INPUT, PacketApp, Stage};
use crate::record::artifact::{MAX_ARTIFACT_BYTES, MAX_ARTIFACTS, MAX_RECORD_ARTIFACT_BYTES};
use crate::ui::confirm::{self, Ask};
use crate::ui::theme;
use crate::workspace::packet::{About, Packet, PacketRecord};

/// Said beside the name, so no one takes acknowledging for agreeing.
pub const RECEIPT_NOT_AGREEMENT: &str =
    "Acknowledging says you received this report. It does not say you agree with it.";

/// The same, for a request, which carries no report.
pub const RECEIPT_OF_REQUEST: &str =
    "Acknowledging says you received this request. Your self-assessment is your own view.";

impl PacketApp {
    pub fn view(&self) -> Element<'_, Message> {
        match &self.stage {
            Stage::Opening => centered(text("Opening the packet…").size(16).into()),
            Stage::Failed(why) => centered(
                column![
                    text("This packet cannot be opened")
                        .font(theme::BOLD)
                        .size(20),
                    text(why.clone()).size(14),
                ]
                .spacing(10)
                .max_width(640)
                .into(),
            ),
            Stage::Locked {
                passphrase,
                problem,
                trying,
            } => self.locked(passphrase, problem.as_deref(), *trying),
            Stage::Open(answering) => answering.view().map(Message::Answer),
        }
    }

    /// The passphrase asked, hidden; Enter opens.
    fn locked<'a>(
        &'a self,
        passphrase: &'a str,
        problem: Option<&'a str>,
        trying: bool,
    ) -> Element<'a, Message> {
        let mut body = column![
            text("This packet is sealed").font(theme::BOLD).size(20),
            text(format!(
                "{} is sealed with a passphrase. Whoever sent it told you the passphrase in \
                 person or by phone; type it here.",
                self.file.display()
            ))
            .size(14),
            row![
                text_input("Passphrase", passphrase)
                    .id(PASSPHRASE_INPUT)
                    .secure(true)
                    .on_input(Message::Passphrase)
                    .on_submit(Message::Unlock)
                    .padding(8),
                button(text(if trying { "Opening…" } else { "Open" }))
                    .on_press_maybe((!trying).then_some(Message::Unlock)),
            ]
            .spacing(8),
        ]
        .spacing(12)
        .max_width(640);
        if let Some(problem) = problem {
            body = body.push(
                container(text(problem))
                    .padding(8)
                    .width(Fill)
                    .style(theme::error_panel),
            );
        }
        centered(body.into())
    }
}

fn centered<M: 'static>(content: Element<'_, M>) -> Element<'_, M> {
    container(content)
        .padding(32)
        .center_x(Fill)
        .center_y(Fill)
        .into()
}

/// "Observation of Tue Oct 14, 2026 by Dr. Renée Castellanos, for Aroha Ngata".
#[must_use]
pub fn packet_title(packet: &Packet) -> String {
    let m = &packet.manifest;
    let what = match (&m.about, &packet.record) {
        (_, PacketRecord::Observation(o)) => {
            format!("Observation of {}", o.started_at.format("%a %b %-d, %Y"))
        }
        (_, PacketRecord::Summative(s)) => format!("Summative evaluation of {}", s.school_year),
        (About::SelfAssessmentRequest { school_year, .. }, _) => {
            format!("A request for your self-assessment of {school_year}")
        }
        (_, PacketRecord::Request(_)) => "A request for your self-assessment".to_string(),
    };
    format!("{what} by {}, for {}", m.evaluator, m.educator_name)
}

impl Answering {
    pub fn view(&self) -> Element<'_, A> {
        let may = self.packet.manifest.may_answer;
        let mut page = Column::new()
            .spacing(18)
            .padding([16, 24])
            .max_width(900)
            .push(self.header());
        if let Some(notice) = &self.notice {
            page = page.push(notice_line(notice));
        }
        page = page.push(self.record_text());
        if may.reflection {
            page = page.push(self.reflection_section());
        }
        if may.artifacts {
            page = page.push(self.attachments_section());
        }
        if may.self_assessment {
            page = page.push(self.self_assessment_section());
        }
        page = page.push(self.acknowledge_section()).push(self.footer());
        let page: Element<'_, A> = scrollable(container(page).center_x(Fill))
            .height(Fill)
            .into();
        confirm::over(page, self.asking.as_ref().map(ask_panel))
    }

    /// Who sent what, the version, and the report.
    fn header(&self) -> Element<'_, A> {
        let m = &self.packet.manifest;
        let version = m.version.as_deref().map_or_else(
            || "no version yet".to_string(),
            |v| format!("version {}", crate::record::trail::short(v)),
        );
        let mut header = column![
            text(packet_title(&self.packet)).font(theme::BOLD).size(20),
            text(format!(
                "{} · {version} · sent {}",
                m.school,
                m.exported_at.format("%b %-d, %Y")
            ))
            .size(13)
            .style(theme::muted),
        ]
        .spacing(6);
        if self.packet.pdf.is_some() {
            header = header.push(
                row![
                    button(text("Open the report (PDF)")).on_press(A::OpenReport),
                    match &self.report {
                        Some(Ok(path)) => text(format!("Opened a copy: {}", path.display()))
                            .size(13)
                            .style(theme::muted),
                        Some(Err(why)) => text(format!("The report was not opened: {why}."))
                            .size(13)
                            .style(theme::danger_text),
                        None => text(""),
                    },
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
        }
        header.into()
    }

    /// The record as named fields, in reading order, in a box of its own.
    fn record_text(&self) -> Element<'_, A> {
        // A field left empty says nothing to the educator.
        let fields: Vec<_> = (self.packet.fields().into_iter())
            .filter(|f| !f.value.trim().is_empty())
            .collect();
        let mut list = Column::new().spacing(8).padding(12);
        if fields.is_empty() {
            list = list.push(
                text("Nothing is recorded yet.")
                    .size(13)
                    .style(theme::muted),
            );
        }
        for field in fields {
            list = list.push(
                column![
                    text(field.name).font(theme::BOLD).size(13),
                    text(field.value).size(14).width(Fill),
                ]
                .spacing(2),
            );
        }
        column![
            text("What was sent").font(theme::BOLD).size(16),
            container(scrollable(list).height(iced::Length::Shrink))
                .max_height(220)
                .width(Fill)
                .style(theme::panel),
        ]
        .spacing(6)
        .into()
    }

    fn reflection_section(&self) -> Element<'_, A> {
        column![
            text("Your reflection").font(theme::BOLD).size(16),
            text(
                "What you think of the lesson and the report, in your own words. It is kept \
                 exactly as you type it."
            )
            .size(13)
            .style(theme::muted),
            text_editor(&self.reflection)
                .placeholder("Type your reflection…")
                .on_action(A::Reflection)
                .height(200)
                .padding(8),
        ]
        .spacing(6)
        .into()
    }

    /// The files to attach, each with its caption and components, and how to add one.
    fn attachments_section(&self) -> Element<'_, A> {
        let mut list = column![
            text("Files you attach").font(theme::BOLD).size(16),
            text(format!(
                "Unit plans, assessments, logs, certificates: PDF, Word, spreadsheets, images. At \
                 most {} files, {} MB each and {} MB in all. You can also drop a file on this \
                 window.",
                MAX_ARTIFACTS,
                MAX_ARTIFACT_BYTES / (1024 * 1024),
                MAX_RECORD_ARTIFACT_BYTES / (1024 * 1024)
            ))
            .size(13)
            .style(theme::muted),
        ]
        .spacing(6);
        for (i, a) in self.draft.attachments.iter().enumerate() {
            list = list.push(self.attachment_row(i, a));
        }
        list.push(
            row![
                text_input("Path of a file to attach", &self.attach_path)
                    .on_input(A::AttachPath)
                    .on_submit(A::Attach)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(A::BrowseAttach),
                button(text("Attach"))
                    .on_press_maybe((!self.attach_path.trim().is_empty()).then_some(A::Attach)),
            ]
            .spacing(8),
        )
        .into()
    }

    fn attachment_row<'a>(
        &'a self,
        i: usize,
        a: &'a crate::workspace::packet_draft::DraftAttachment,
    ) -> Element<'a, A> {
        let name = std::path::Path::new(&a.path)
            .file_name()
            .map_or_else(|| a.path.clone(), |n| n.to_string_lossy().into_owned());
        let state = match self.checked.get(&a.path) {
            Some(Ok(size)) => text(crate::text::size(
                usize::try_from(*size).unwrap_or(usize::MAX),
            ))
            .size(12)
            .style(theme::muted),
            Some(Err(why)) => text(format!("Cannot be attached: {why}."))
                .size(12)
                .style(theme::danger_text),
            None => text("Reading…").size(12).style(theme::muted),
        };
        container(
            column![
                row![
                    text(name).font(theme::BOLD).size(14),
                    state,
                    space().width(Fill),
                    button(text("Remove").size(12))
                        .style(button::text)
                        .on_press(A::RemoveAttachment(i)),
                ]
                .spacing(10)
                .align_y(iced::Center),
                row![
                    text_input("Caption, e.g. Unit plan for fractions", &a.caption)
                        .on_input(move |t| A::Caption(i, t))
                        .padding(5)
                        .size(13),
                    text_input("Components, e.g. 1e, 4a", &a.components)
                        .on_input(move |t| A::Components(i, t))
                        .padding(5)
                        .size(13)
                        .width(200),
                ]
                .spacing(8),
            ]
            .spacing(4),
        )
        .padding(8)
        .style(theme::panel)
        .into()
    }

    /// The name, the sentence beside it, where to write, and the button.
    fn acknowledge_section(&self) -> Element<'_, A> {
        let mut section = column![
            text("Acknowledge").font(theme::BOLD).size(16),
            row![
                text_input("Your name", &self.draft.name)
                    .id(NAME_INPUT)
                    .on_input(A::Name)
                    .padding(6)
                    .width(280),
                text(if self.packet.pdf.is_some() {
                    RECEIPT_NOT_AGREEMENT
                } else {
                    RECEIPT_OF_REQUEST
                })
                .size(13)
                .width(Fill),
            ]
            .spacing(12)
            .align_y(iced::Center),
            text("Where to write the response").size(13),
            row![
                text_input("Response file to write", &self.draft.out)
                    .on_input(A::Out)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(A::BrowseOut),
            ]
            .spacing(8),
            button(text(if self.writing {
                "Writing…"
            } else {
                "Acknowledge and write the response…"
            }))
            .on_press_maybe((!self.writing).then_some(A::Acknowledge)),
        ]
        .spacing(8);
        if let Some((said, problem)) = &self.outcome {
            let line = container(text(said.clone())).padding(8).width(Fill);
            section = section.push(if *problem {
                line.style(theme::error_panel)
            } else {
                line.style(theme::panel)
            });
        }
        section.into()
    }

    /// Where the draft is, how its saving goes, and Start over.
    fn footer(&self) -> Element<'_, A> {
        let status = match &self.draft_file {
            None => "Your answers are not kept as a draft on this computer.".to_string(),
            Some(_) => format!("Draft: {}", self.autosave.status()),
        };
        let written = self.draft.written.as_ref().map(|w| {
            format!(
                " A response was written on {} to {}.",
                w.at.format("%b %-d, %Y %H:%M"),
                w.to
            )
        });
        row![
            text(status + &written.unwrap_or_default())
                .size(12)
                .style(theme::muted)
                .width(Fill),
            button(text("Start over…").size(13))
                .style(button::secondary)
                .on_press(A::StartOver),
        ]
        .spacing(10)
        .align_y(iced::Center)
        .into()
    }
}

fn notice_line(notice: &str) -> Element<'_, A> {
    container(
        row![
            text(notice).size(14).width(Fill),
            button(text("Dismiss").size(12))
                .style(button::text)
                .on_press(A::DismissNotice),
        ]
        .align_y(iced::Center),
    )
    .padding(8)
    .style(theme::warning_panel)
    .into()
}

fn ask_panel(asking: &Asking) -> Element<'_, A> {
    let ask = match asking {
        Asking::StartOver => Ask {
            title: "Start over?".into(),
            what: "Everything you typed here (the reflection, the files listed, the \
                   self-assessment, your name) is cleared, and the draft kept on this computer \
                   is removed. A response already written stays where it is."
                .into(),
            lists: Vec::new(),
        },
        Asking::Replace(path) => Ask {
            title: "Replace the file?".into(),
            what: format!(
                "{} exists already. Replace it with this response? (Cancel, then change the \
                 file name to keep both.)",
                path.display()
            ),
            lists: Vec::new(),
        },
    };
    confirm::panel(ask, A::Confirm, A::Cancel)
}
