//! The document a visit's report is written on: the same properties,
//! header and footer whether the visit was an observation or a walkthrough.

use super::ReportOptions;
use super::document::{Document, Meta};
use super::draw::Decor;
use super::error::ReportError;
use super::format;
use crate::record::{Educator, Observation};

/// A new document titled `title`, whose properties call the visit `what`
/// ("Observation", "Walkthrough"); every page names the school, the
/// educator and that it is a confidential personnel record.
pub(super) fn visit_document(
    observation: &Observation,
    educator: &Educator,
    title: &str,
    what: &str,
    options: &ReportOptions,
) -> Result<Document, ReportError> {
    let day = format::date(&observation.started_at);
    let meta = Meta {
        title: format!("{title}: {} ({day})", educator.name),
        author: observation.observer.clone(),
        subject: format!(
            "{what} of {} at {} on {day}",
            educator.name, educator.school
        ),
        created: options.generated,
    };
    let decor = Decor {
        header_left: educator.school.clone(),
        header_right: format!("{} · {title}", educator.name),
        footer_left: format!("Generated {}", format::date_time(&options.generated)),
        footer_center: "Confidential personnel record".into(),
    };
    Document::new(options.paper, meta, &decor)
}
