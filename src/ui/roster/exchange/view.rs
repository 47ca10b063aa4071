//! How the exchange panel looks: the export half, the import half, and what each last did.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::super::FileField;
use super::{ExchangePanel, Message};
use crate::ui::roster::panel_parts::{problem, toggle};
use crate::ui::theme;

impl ExchangePanel {
    /// The panel: its title and Close, then sending records, then bringing them in.
    pub fn view(&self, read_only: Option<&str>) -> Element<'_, Message> {
        scrollable(
            container(
                column![
                    row![
                        text("Exchange with the district")
                            .font(theme::BOLD)
                            .size(20),
                        iced::widget::space().width(Fill),
                        button(text("Close"))
                            .style(button::secondary)
                            .on_press(Message::Close),
                    ],
                    // Responses come back one by one, often: their import comes first.
                    self.response.view(read_only),
                    self.export_section(),
                    self.import_section(read_only),
                ]
                .spacing(20),
            )
            .padding([4, 16])
            .max_width(760),
        )
        .height(Fill)
        .into()
    }

    /// A button's label, or what it says while a run is under way.
    fn busy(&self, label: &'static str, running: &'static str) -> &'static str {
        if self.running { running } else { label }
    }

    /// Where to write the bundle, what to put in it, how to seal it, and how the last export went.
    fn export_section(&self) -> Column<'_, Message> {
        let export =
            column![
            text("Send records to the district").font(theme::BOLD).size(17),
            text(
                "Writes one bundle file with the educators and their observations, evaluations and \
                 growth plans, to send to a coordinator or carry to another computer. Leave school \
                 and year empty for everything."
            )
            .size(14),
            row![
                text_input("Bundle file to write", &self.export_path)
                    .on_input(Message::ExportPath)
                    .padding(6),
                button(text("Browse…"))
                    .style(button::secondary)
                    .on_press(Message::Browse(FileField::BundleToWrite)),
            ]
            .spacing(8),
            row![
                text_input("School (optional)", &self.school)
                    .on_input(Message::School)
                    .padding(6),
                text_input("School year, e.g. 2026-27 (optional)", &self.year)
                    .on_input(Message::Year)
                    .padding(6),
            ]
            .spacing(8),
            self.export_seal_fields(),
            button(text(self.busy("Export bundle", "Working…")))
                .on_press_maybe((!self.running).then_some(Message::Export)),
        ]
            .spacing(8);
        let export = Column::new().push(export).spacing(8);
        match &self.exported {
            Some(Ok((done, _))) => export.push(text(done.clone()).font(theme::BOLD)).push(
                button(text("Show in folder"))
                    .style(button::secondary)
                    .on_press(Message::ShowFolder),
            ),
            Some(Err(why)) => export.push(problem(format!("Not exported: {why}."))),
            None => export,
        }
    }

    /// The bundle to read and its passphrase (unless the workspace is read-only), then progress.
    fn import_section(&self, read_only: Option<&str>) -> Column<'_, Message> {
        let mut import =
            Column::new().spacing(8).push(
                column![
                text("Bring in records from a bundle").font(theme::BOLD).size(17),
                text(
                    "Adds the bundle's new records to this workspace. A record on both sides is \
                     decided by its last change; one changed on both sides at the same moment is \
                     listed and the copy here is kept. A damaged bundle is refused whole."
                )
                .size(14),
            ]
                .spacing(8),
            );
        if let Some(reason) = read_only {
            import = import.push(
                text(format!("This workspace is read-only: {reason}."))
                    .size(13)
                    .style(theme::muted),
            );
        } else {
            import = import.push(
                row![
                    text_input(
                        "Path to the bundle file, e.g. /home/me/lincoln.bundle",
                        &self.import_path
                    )
                    .on_input(Message::ImportPath)
                    .on_submit(Message::Import)
                    .padding(6),
                    button(text("Browse…"))
                        .style(button::secondary)
                        .on_press(Message::Browse(FileField::BundleToRead)),
                    button(text(self.busy("Import bundle", "Working…")))
                        .on_press_maybe((!self.running).then_some(Message::Import)),
                ]
                .spacing(8),
            );
            import = import.push(self.import_key_fields());
        }
        if let Some((n, total)) = self.import_progress {
            import = import.push(
                text(format!("Importing records: {n} of {total}…"))
                    .size(13)
                    .style(theme::muted),
            );
        }
        self.import_result(import)
    }

    /// How the last import went: its counts and each conflict, or why nothing was imported.
    fn import_result<'a>(&'a self, mut import: Column<'a, Message>) -> Column<'a, Message> {
        match &self.imported {
            Some(Ok(outcome)) => {
                import = import.push(text(outcome.summary()).font(theme::BOLD));
                for conflict in &outcome.conflicts {
                    import = import.push(
                        text(format!("Conflict: {}: {}", conflict.file, conflict.why)).size(13),
                    );
                }
                import
            }
            Some(Err(why)) => import.push(problem(format!("Not imported: {why}."))),
            None => import,
        }
    }
}

impl ExchangePanel {
    /// The passphrase typed twice (hidden), or the plain choice with what it means.
    fn export_seal_fields(&self) -> Element<'_, Message> {
        let plain = toggle(
            "Plain (not encrypted)",
            self.export_plain,
            Message::ExportPlain(!self.export_plain),
        );
        if self.export_plain {
            return column![
                plain,
                text(
                    "Not encrypted: anyone who gets the file, from an e-mail or a lost USB \
                     stick, can read every record in it."
                )
                .size(13)
                .style(theme::muted),
            ]
            .spacing(6)
            .into();
        }
        column![
            text(
                "The bundle is sealed (encrypted) with this passphrase. Tell it to whoever \
                 receives the bundle another way than the file itself, by phone or in person."
            )
            .size(13)
            .style(theme::muted),
            row![
                text_input("Passphrase to seal it with", &self.export_passphrase)
                    .secure(true)
                    .on_input(Message::ExportPassphrase)
                    .padding(6),
                text_input("The passphrase again", &self.export_again)
                    .secure(true)
                    .on_input(Message::ExportPassphraseAgain)
                    .on_submit(Message::Export)
                    .padding(6),
            ]
            .spacing(8),
            plain,
        ]
        .spacing(6)
        .into()
    }

    /// The bundle's passphrase (hidden), or the choice of taking a plain bundle.
    fn import_key_fields(&self) -> Element<'_, Message> {
        let plain = toggle(
            "Plain (not encrypted)",
            self.import_plain,
            Message::ImportPlain(!self.import_plain),
        );
        if self.import_plain {
            return plain;
        }
        row![
            text_input("The bundle's passphrase", &self.import_passphrase)
                .secure(true)
                .on_input(Message::ImportPassphrase)
                .on_submit(Message::Import)
                .padding(6),
            plain,
        ]
        .spacing(8)
        .into()
    }
}
