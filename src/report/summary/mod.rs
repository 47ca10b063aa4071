//! The coordinator's district summary: one school year across schools.
//! Sections, in order: title and scope, the key counts, final ratings,
//! then per rubric the component bars and the school × component heat map,
//! schools and levels compared, evaluator calibration and agreement,
//! walkthrough look-fors by school and month (when answered), the
//! lists of educators who need an improvement plan or more visits, and
//! notes on the sources.

mod bar_table;
mod bars;
mod components;
mod heat;
mod lists;
mod lookfors;
mod numbers;
mod overview;
mod palette;
mod sketch;
mod tables;

use super::document::{Document, Meta};
use super::draw::Decor;
use super::error::ReportError;
use super::format;
use super::house_style::{notice, paragraph, section};
use super::style::Span;
use super::{Pdf, ReportOptions};
use crate::summary::{RubricSummary, Summary};

/// Makes the PDF of a compiled summary. With a de-identified summary no
/// educator or evaluator name is printed, in the pages or the metadata (the
/// summary holds none, and its small groups are already merged or left
/// out). Never fails on the content; an error means the bundled font could
/// not be read.
pub fn summary_report(summary: &Summary, options: &ReportOptions) -> Result<Pdf, ReportError> {
    let heading = match &summary.filter.school {
        Some(school) => school.clone(),
        None => "District summary".to_string(),
    };
    let decor = decor(summary, options, &heading);
    let mut doc = Document::new(options.paper, meta(summary, options, &heading), &decor)?;
    overview::title_and_scope(&mut doc, summary, &heading);
    if summary.counts.educators == 0 {
        notice(
            &mut doc,
            vec![Span::plain(
                "No educator in the sources read matches the filter, so there is nothing to summarise.",
            )],
        );
        lists::sources(&mut doc, summary);
        return Ok(doc.render());
    }
    if summary.withheld {
        notice(
            &mut doc,
            vec![Span::plain(format!(
                "De-identified, this summary shows no group of fewer than {} educators, and it covers {} in all, so its figures are left out.",
                summary.min_cell,
                numbers::count(summary.counts.educators)
            ))],
        );
        lists::sources(&mut doc, summary);
        return Ok(doc.render());
    }
    overview::counts(&mut doc, summary);
    overview::final_ratings(&mut doc, summary);
    for rubric in &summary.rubrics {
        rubric_sections(&mut doc, rubric);
    }
    tables::comparisons(&mut doc, summary);
    tables::calibration(&mut doc, summary);
    lookfors::lookfors(&mut doc, summary);
    lists::follow_up(&mut doc, summary);
    lists::improvement(&mut doc, summary);
    lists::coverage(&mut doc, summary);
    lists::sources(&mut doc, summary);
    Ok(doc.render())
}

/// The PDF's title and subject: the year, the school or district, how many educators.
fn meta(summary: &Summary, options: &ReportOptions, heading: &str) -> Meta {
    Meta {
        title: format!("Evaluation Summary {}: {heading}", summary.year),
        author: String::new(),
        subject: format!(
            "Evaluation summary for the {} school year: {}",
            summary.year,
            numbers::counted(summary.counts.educators, "educator", "educators")
        ),
        created: options.generated,
    }
}

/// The running header and footer; the footer says whether names are left out.
fn decor(summary: &Summary, options: &ReportOptions, heading: &str) -> Decor {
    Decor {
        header_left: heading.to_string(),
        header_right: format!("Evaluation Summary · School year {}", summary.year),
        footer_left: format!("Generated {}", format::date_time(&options.generated)),
        footer_center: if summary.deidentified {
            "Confidential · de-identified".into()
        } else {
            "Confidential personnel information".into()
        },
    }
}

/// One rubric's component bars and, with schools to compare, its heat map.
fn rubric_sections(doc: &mut Document, rubric: &RubricSummary) {
    section(doc, &format!("Ratings by component: {}", rubric.title));
    paragraph(
        doc,
        vec![Span::muted(format!(
            "{} of {}. Each bar splits a component's ratings by level, lowest on the left; the mean is of the level scores.",
            numbers::counted(rubric.observations, "observation", "observations"),
            numbers::counted(rubric.educators, "educator", "educators")
        ))],
    );
    components::component_bars(doc, rubric);
    if !rubric.heat_map.schools.is_empty() {
        section(doc, &format!("Schools by component: {}", rubric.title));
        heat::heat_map(doc, rubric);
    }
}
