//! The classroom observation report: what a principal hands the educator
//! after a visit. Sections, in order: title and details, ratings, strengths
//! and areas for growth, evidence by component, conferences and reflection,
//! status and signatures.

mod closing;
mod details;
mod evidence;
mod ratings;

use super::blocks::{Block, Column, Table};
use super::document::Document;
use super::error::ReportError;
use super::style::Span;
use super::visit_document::visit_document;
use super::{Pdf, ReportOptions};
use crate::record::{Educator, EvidenceNote, Observation};
use crate::rubric::{Component, Rubric, VisitKind};

/// Makes the PDF report of one observation. `rubric` is the rubric the
/// observation names, or `None` when it is not loaded: components then show
/// by id and the report says why. `visit` is its kind as the educator's
/// role has it: its title heads the first page and every page header.
/// Never fails on the content of the records; an error means the bundled
/// font could not be read.
pub fn observation_report(
    observation: &Observation,
    educator: &Educator,
    rubric: Option<&Rubric>,
    visit: &VisitKind,
    options: &ReportOptions,
) -> Result<Pdf, ReportError> {
    let report = Report::new(observation, educator, rubric, visit, options);
    let mut doc = visit_document(observation, educator, &visit.title, "Observation", options)?;
    details::title_and_details(&report, &mut doc);
    ratings::ratings(&report, &mut doc);
    ratings::strengths_and_growth(&report, &mut doc);
    evidence::evidence(&report, &mut doc);
    closing::conferences(&report, &mut doc);
    super::responses::responses(report.observation, report.root, &mut doc);
    super::amendments::versions_and_amendments(report.observation, &mut doc);
    closing::status_and_signatures(&report, &mut doc);
    Ok(doc.render())
}

/// The records a report is made from, and what was left out of it.
struct Report<'a> {
    observation: &'a Observation,
    educator: &'a Educator,
    rubric: Option<&'a Rubric>,
    /// Its kind: the title, and what the kind is called.
    visit: &'a VisitKind,
    /// The notes printed: all, or those that name no students.
    notes: Vec<&'a EvidenceNote>,
    /// Notes left out because they name students.
    omitted: usize,
    /// The workspace whose artifact files are checked, if any.
    root: Option<&'a std::path::Path>,
}

impl<'a> Report<'a> {
    fn new(
        observation: &'a Observation,
        educator: &'a Educator,
        rubric: Option<&'a Rubric>,
        visit: &'a VisitKind,
        options: &'a ReportOptions,
    ) -> Report<'a> {
        let mut notes: Vec<&EvidenceNote> = observation
            .evidence
            .iter()
            .filter(|n| !(options.omit_student_names && n.names_students))
            .collect();
        notes.sort_by_key(|n| (n.at, n.offset_secs, n.id));
        Report {
            omitted: observation.evidence.len() - notes.len(),
            root: options.artifacts_from.as_deref(),
            notes,
            observation,
            educator,
            rubric,
            visit,
        }
    }

    fn component(&self, id: &str) -> Option<&'a Component> {
        self.rubric.and_then(|r| r.component(id))
    }

    /// "Proficient", or "level 5" when the rubric does not know the score.
    fn level_name(&self, score: u32) -> String {
        match self.rubric.and_then(|r| r.level(score)) {
            Some(level) => level.name.clone(),
            None => format!("Level {score}"),
        }
    }

    /// Spans naming a component: its id in bold, then its name if known.
    fn component_spans(&self, id: &str) -> Vec<Span> {
        match self.component(id) {
            Some(c) => vec![Span::bold(format!("{}  ", c.id)), Span::plain(&c.name)],
            None => vec![Span::bold(id)],
        }
    }
}

/// Component ids and names as a borderless two-column list.
fn component_list(report: &Report, doc: &mut Document, ids: &[&str]) {
    let mut table = Table::grid(vec![
        Column::new("Component", 0.1),
        Column::new("Name", 0.9),
    ]);
    table.header = false;
    table.zebra = false;
    table.rules = false;
    table.space_after = 6.0;
    table.keep_together = ids.len() <= 8;
    for id in ids {
        let (id, name) = match report.component(id) {
            Some(c) => (c.id.as_str(), vec![Span::plain(&c.name)]),
            None if report.rubric.is_some() => (*id, vec![Span::muted("not in the rubric")]),
            None => (*id, Vec::new()),
        };
        table.row(vec![vec![Span::bold(id)], name]);
    }
    doc.push(Block::Table(table));
}
