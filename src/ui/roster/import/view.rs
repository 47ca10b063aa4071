//! How the roster import looks: the file to read; then each column with
//! its pick list over the first rows, the values to assign, the counts and
//! the changes, with Import and Cancel; then what the import did.

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, Row, column, container, pick_list, row, scrollable, text};
use iced::{Element, Fill};

use super::{FieldChoice, ImportPanel, Message, Preview, ValueChoice};
use crate::record::roster::columns::Source;
use crate::record::roster::{Field, NameOrder, Plan, Unmatched, ValueKind, school_level_key};
use crate::rubric::{Catalog, SchoolLevel};
use crate::ui::roster::panel_parts::{problem, toggle};
use crate::ui::theme;

/// Lists longer than this are cut, with how many more there are.
const LISTED: usize = 25;
/// The width of one column of the preview.
const COLUMN_WIDTH: f32 = 180.0;

impl ImportPanel {
    pub fn view<'a>(&'a self, catalog: &'a Catalog) -> Element<'a, Message> {
        let mut body = column![
            row![
                text("Import a roster").font(theme::BOLD).size(20),
                iced::widget::space().width(Fill),
                button(text("Close"))
                    .style(button::secondary)
                    .on_press(Message::Close),
            ],
            text(
                "A CSV file with a header row, as the district's system exports it (commas or \
                 semicolons). Columns are recognised by their names: name, or first and last \
                 name; school or building; role, title or position; level or grade band; \
                 subject, employment, evaluator, e-mail, employee id and more. Nothing is \
                 written until you choose Import. A OneRoster 1.1 export (its zip or its \
                 folder) is read too: its enabled teachers and administrators, never its students."
            )
            .size(14),
            self.file_row(),
        ]
        .spacing(12);
        if self.work == super::Work::Reading {
            body = body.push(text("Reading the roster…").size(13).style(theme::muted));
        }
        if let Some(why) = &self.problem {
            body = body.push(problem(format!("Not read: {why}.")));
        }
        if let Some(preview) = &self.preview {
            body = body.push(self.preview_view(preview, catalog));
        }
        body = body.push(self.result_view());
        scrollable(container(body).padding([4, 16]).max_width(980))
            .height(Fill)
            .into()
    }

    fn file_row(&self) -> Row<'_, Message> {
        let busy = self.work != super::Work::None;
        row![
            text_input(
                "Path to the roster: a CSV file, or a OneRoster zip or folder",
                &self.path
            )
            .on_input(Message::Path)
            .on_submit(Message::Read)
            .padding(6),
            button(text("Browse…"))
                .style(button::secondary)
                .on_press(Message::Browse),
            button(text(if busy { "Working…" } else { "Read roster" }))
                .on_press_maybe((!busy).then_some(Message::Read)),
        ]
        .spacing(8)
    }

    /// The mapping over the first rows, the values to assign, the counts, Import and Cancel.
    fn preview_view<'a>(
        &'a self,
        preview: &'a Preview,
        catalog: &'a Catalog,
    ) -> Column<'a, Message> {
        let plan = &preview.plan;
        let mut part = column![
            text("Columns").font(theme::BOLD).size(17),
            text("Choose what each column is, or ignore it; the first rows are shown under it.")
                .size(13)
                .style(theme::muted),
            scrollable(columns(plan)).direction(scrollable::Direction::Horizontal(
                scrollable::Scrollbar::default()
            )),
        ]
        .spacing(8);
        if has_two_name_columns(plan) {
            part = part.push(
                row![
                    text("Names in two columns are joined").size(14),
                    pick_list(
                        [NameOrder::GivenFamily, NameOrder::FamilyGiven],
                        Some(self.mapping.name_order),
                        Message::NameOrder
                    ),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        if !plan.file.unmatched.is_empty() {
            part = part.push(unmatched(&plan.file.unmatched, catalog));
        }
        part.push(counts(plan)).push(self.choices(plan))
    }

    /// The switches for what Import writes, then Import and Cancel.
    fn choices<'a>(&self, plan: &'a Plan) -> Column<'a, Message> {
        let mut choices = Column::new().spacing(8);
        if !plan.updates.is_empty() {
            choices = choices.push(toggle(
                &format!("Save the changes listed ({})", plan.updates.len()),
                self.apply_changes,
                Message::ApplyChanges(!self.apply_changes),
            ));
        }
        if !plan.missing.is_empty() {
            choices = choices.push(toggle(
                &format!(
                    "Archive those no longer in the roster ({}; never deleted)",
                    plan.missing.len()
                ),
                self.archive_missing,
                Message::ArchiveMissing(!self.archive_missing),
            ));
        }
        choices
            .push(toggle(
                "Remember this mapping for the next import",
                self.remember,
                Message::Remember(!self.remember),
            ))
            .push(
                row![
                    button(text("Import")).on_press(Message::Import),
                    button(text("Cancel"))
                        .style(button::secondary)
                        .on_press(Message::Cancel),
                    text("Enter imports, Esc cancels; nothing is written before.")
                        .size(12)
                        .style(theme::muted),
                ]
                .spacing(8)
                .align_y(iced::Center),
            )
    }

    /// How the last import went: its counts and each row left out.
    fn result_view(&self) -> Column<'_, Message> {
        let mut part = Column::new().spacing(4);
        match &self.result {
            Some(Ok(report)) => {
                part = part.push(text(report.summary()).font(theme::BOLD));
                for error in report.errors.iter().take(LISTED) {
                    part =
                        part.push(text(format!("Line {}: {}", error.line, error.message)).size(13));
                }
            }
            Some(Err(error)) => part = part.push(problem(format!("Not imported: {error}."))),
            None => {}
        }
        part
    }
}

/// Each column: its header, its pick list, and its cells in the first rows.
fn columns(plan: &Plan) -> Row<'_, Message> {
    let choices: Vec<FieldChoice> = std::iter::once(FieldChoice(None))
        .chain(Field::ALL.into_iter().map(|f| FieldChoice(Some(f))))
        .collect();
    let mut table = Row::new()
        .spacing(10)
        .padding(iced::Padding::ZERO.bottom(12));
    for (n, column) in plan.file.columns.iter().enumerate() {
        let header = if column.header.is_empty() {
            format!("(column {}, no header)", n + 1)
        } else {
            column.header.clone()
        };
        let mut cells = column![
            text(header).font(theme::BOLD).size(14),
            pick_list(choices.clone(), Some(FieldChoice(column.field)), move |c| {
                Message::Column(n, c)
            })
            .text_size(13)
            .width(Fill),
            // Only what the pick list does not say: chosen, or why ignored.
            text(if column.source == Source::Recognised {
                String::new()
            } else {
                column.said()
            })
            .size(11)
            .style(theme::muted),
        ]
        .spacing(4)
        .width(COLUMN_WIDTH);
        for (_, row) in &plan.file.preview {
            cells = cells.push(text(row.get(n).cloned().unwrap_or_default()).size(13));
        }
        table = table.push(cells);
    }
    table
}

fn has_two_name_columns(plan: &Plan) -> bool {
    let has = |f: Field| plan.file.columns.iter().any(|c| c.field == Some(f));
    has(Field::GivenName) && has(Field::FamilyName)
}

/// Each value no rule matches, with a pick list of what it can be.
fn unmatched<'a>(values: &'a [Unmatched], catalog: &Catalog) -> Column<'a, Message> {
    let roles: Vec<ValueChoice> = catalog
        .roles()
        .into_iter()
        .map(|r| ValueChoice {
            target: r.id.clone(),
            said: r.name.clone(),
        })
        .collect();
    let levels: Vec<ValueChoice> = [
        SchoolLevel::Elementary,
        SchoolLevel::Middle,
        SchoolLevel::High,
        SchoolLevel::Other,
    ]
    .map(|l| ValueChoice {
        target: school_level_key(l).to_string(),
        said: school_level_key(l).to_string(),
    })
    .to_vec();
    let mut part = column![text("Values to assign").font(theme::BOLD).size(17)].spacing(6);
    for u in values {
        let choices = match u.kind {
            ValueKind::Role => roles.clone(),
            ValueKind::Level => levels.clone(),
        };
        let value = u.value.clone();
        let rows = if u.rows == 1 { "row" } else { "rows" };
        part = part.push(
            row![
                text(format!(
                    "{} `{}`: {} {rows}, first on line {}",
                    u.kind, u.value, u.rows, u.first_line
                ))
                .size(14)
                .width(Fill),
                pick_list(choices, None::<ValueChoice>, move |c| {
                    Message::Value(value.clone(), c)
                })
                .placeholder("Assign…")
                .text_size(13),
            ]
            .spacing(8)
            .align_y(iced::Center),
        );
    }
    part
}

/// What Import would do, in counts, then the changes and the rows left out.
fn counts(plan: &Plan) -> Column<'_, Message> {
    let mut part = column![
        text("What Import does").font(theme::BOLD).size(17),
        text(format!(
            "New: {}   Updated: {}   Unchanged: {}   Skipped (archived): {}   Rows with problems: {}   No longer in the roster: {}",
            plan.new.len(),
            plan.updates.len(),
            plan.unchanged,
            plan.archived.len(),
            plan.file.errors.len(),
            plan.missing.len()
        ))
        .size(14),
    ]
    .spacing(4);
    let lines = plan
        .updates
        .iter()
        .map(|u| format!("Changes: {}: {}", u.before.name, u.said()))
        .chain(
            plan.missing
                .iter()
                .map(|m| format!("No longer in the roster: {}, {}", m.name, m.school)),
        )
        .chain(
            plan.file
                .errors
                .iter()
                .map(|e| format!("Line {}: {}", e.line, e.message)),
        );
    let total = plan.updates.len() + plan.missing.len() + plan.file.errors.len();
    for line in lines.take(LISTED) {
        part = part.push(text(line).size(13));
    }
    if total > LISTED {
        part = part.push(
            text(format!("…and {} more.", total - LISTED))
                .size(13)
                .style(theme::muted),
        );
    }
    part
}
