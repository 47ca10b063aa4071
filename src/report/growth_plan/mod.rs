//! The growth plan (or improvement plan): what the educator works on in the
//! year and how progress is checked. Sections, in order: title and details,
//! focus components with the picture of success, SMART goals, action steps,
//! supports and resources, evidence of progress, mid-year and end-of-year
//! reviews (ruled space when empty, to write on at the meeting), signatures.

mod focus;
mod review;
mod steps;

use super::blocks::{Block, Column, Table};
use super::document::{Document, Meta};
use super::draw::Decor;
use super::error::ReportError;
use super::format;
use super::house_style::{
    details_panel, label, level_name, notice, role_name, status_word, title_block, value,
};
use super::style::{Span, TINT};
use super::{Pdf, ReportOptions};
use crate::record::{Educator, GrowthPlan, PlanKind, PlanSource};
use crate::rubric::{Component, Rubric};

/// Makes the PDF of a growth plan. `rubric` names the components and
/// levels; without it they print by id and score. Never fails on the
/// content of the plan; an error means the bundled font could not be read.
pub fn growth_plan_report(
    plan: &GrowthPlan,
    educator: &Educator,
    rubric: Option<&Rubric>,
    options: &ReportOptions,
) -> Result<Pdf, ReportError> {
    let sheet = Sheet {
        plan,
        educator,
        rubric,
    };
    let title = plan.title();
    let year = &plan.school_year;
    let meta = Meta {
        title: format!("{title}: {} ({year})", educator.name),
        author: educator.evaluator.clone(),
        subject: format!(
            "{} for {} at {} in the {year} school year",
            plan.kind, educator.name, educator.school
        ),
        created: options.generated,
    };
    let decor = Decor {
        header_left: educator.school.clone(),
        header_right: format!("{} · {title} {year}", educator.name),
        footer_left: format!("Generated {}", format::date_time(&options.generated)),
        footer_center: "Confidential personnel record".into(),
    };
    let mut doc = Document::new(options.paper, meta, &decor)?;
    title_and_details(&sheet, &mut doc);
    focus::focus(&sheet, &mut doc);
    focus::goals(&sheet, &mut doc);
    steps::steps(&sheet, &mut doc);
    steps::supports(&sheet, &mut doc);
    steps::progress(&sheet, &mut doc);
    super::artifacts::artifacts_section(
        &mut doc,
        &plan.artifacts,
        rubric,
        options.artifacts_from.as_deref(),
    );
    review::reviews(&sheet, &mut doc);
    super::amendments::versions_and_amendments(sheet.plan, &mut doc);
    review::signatures(&sheet, &mut doc);
    Ok(doc.render())
}

/// The records a plan document is made from.
struct Sheet<'a> {
    plan: &'a GrowthPlan,
    educator: &'a Educator,
    rubric: Option<&'a Rubric>,
}

impl<'a> Sheet<'a> {
    fn component(&self, id: &str) -> Option<&'a Component> {
        self.rubric.and_then(|r| r.component(id))
    }

    /// "3b Using Questioning and Discussion Techniques", or the id alone
    /// (saying so when the rubric is loaded and lacks it).
    fn component_label(&self, id: &str) -> String {
        match self.component(id) {
            Some(c) => format!("{} {}", c.id, c.name),
            None if self.rubric.is_some() => format!("{id} (not in the rubric)"),
            None => id.to_string(),
        }
    }

    /// "Proficient", or "level 5" when the rubric does not know the score.
    fn level_name(&self, score: u32) -> String {
        match self.rubric.and_then(|r| r.level(score)) {
            Some(level) => level.name.clone(),
            None => format!("Level {score}"),
        }
    }
}

fn title_and_details(sheet: &Sheet, doc: &mut Document) {
    let p = sheet.plan;
    let e = sheet.educator;
    title_block(
        doc,
        &e.school,
        &p.title(),
        &format!("{}  ·  School year {}", e.name, p.school_year),
    );
    let source = match &p.source {
        PlanSource::Summative(_) => format!("The {} summative evaluation", p.school_year),
        PlanSource::Observation(_) => "An observation".to_string(),
        PlanSource::None => "Written without a source".to_string(),
    };
    details_panel(
        doc,
        0.14,
        vec![
            (
                "Educator",
                e.name.clone(),
                "School year",
                p.school_year.clone(),
            ),
            (
                "Role",
                role_name(&e.role, sheet.rubric),
                "Evaluator",
                e.evaluator.clone(),
            ),
            (
                "School",
                e.school.clone(),
                "Level",
                level_name(e.level).into(),
            ),
            ("Plan", p.title(), "Made from", source),
            (
                "Status",
                status_word(&p.status).into(),
                "Written",
                format::date(&p.created),
            ),
        ],
    );
    plan_notices(sheet, doc);
}

/// What a reader must know first: what called for the plan and, for a
/// plan the state requires, its terms; or that its rubric is missing.
fn plan_notices(sheet: &Sheet, doc: &mut Document) {
    let p = sheet.plan;
    if p.rule.is_some() || !p.trigger.trim().is_empty() || p.kind == PlanKind::Improvement {
        doc.push(Block::Table(why_panel(p)));
    }
    if sheet.rubric.is_none() {
        notice(
            doc,
            vec![
                Span::bold("Rubric not available. "),
                Span::plain(format!(
                    "The rubric \u{201c}{}\u{201d} was not loaded when this plan was printed, so components are shown by their ids and levels by their scores.",
                    sheet.educator.rubric_id
                )),
            ],
        );
    }
}

/// Why the plan exists: the trigger, and the state's rule with its timeline.
fn why_panel(p: &GrowthPlan) -> Table {
    let mut panel = Table::panel(vec![Column::new("", 0.22), Column::new("", 0.78)], TINT);
    panel.space_after = 8.0;
    panel.keep_together = true;
    let trigger = if p.trigger.trim().is_empty() && p.kind == PlanKind::Improvement {
        "A summative rating in a band that calls for an improvement plan."
    } else {
        p.trigger.trim()
    };
    if !trigger.is_empty() {
        panel.row(vec![label("Called for by"), value(trigger)]);
    }
    if let Some(rule) = &p.rule {
        if !rule.timeline.trim().is_empty() {
            panel.row(vec![label("Timeline"), value(rule.timeline.trim())]);
        }
        if !rule.source.trim().is_empty() {
            panel.row(vec![label("Rule"), value(rule.source.trim())]);
        }
    }
    panel
}
