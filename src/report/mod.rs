//! PDF documents: the observation report, and the small layout engine under
//! it. This is the only module that uses printpdf.
//!
//! Layers, bottom up: [`fonts`] and [`text`] (what can print and how wide
//! it is), [`wrap`] (lines), [`blocks`] (what a document holds), [`flow`]
//! and [`table`] (placing blocks on pages), [`draw`] (printpdf operations,
//! running header and footer), [`document`] (metadata and bytes). Report
//! builders such as [`observation`] only fill a list of blocks.

mod amendments;
mod artifacts;
pub mod batch;
mod blocks;
mod document;
mod draw;
mod error;
mod export;
mod file_name;
mod flow;
mod font_file;
mod fonts;
mod format;
mod growth_plan;
mod house_style;
#[cfg(test)]
mod layout_tests;
mod observation;
mod paper;
mod responses;
mod save;
mod shape;
mod style;
mod summary;
mod summative;
mod system_fonts;
mod table;
mod text;
mod visit_document;
mod walkthrough;
mod wrap;

pub use error::ReportError;
pub use export::{Document, ExportError, Written};
pub use file_name::default_file_name;
pub use growth_plan::growth_plan_report;
pub use observation::observation_report;
pub use paper::Paper;
pub use save::save_pdf;
pub use summary::summary_report;
pub use summative::{
    derivation_sentence, number as value_text, summative_report,
    summative_report_with_self_assessment,
};
pub use walkthrough::walkthrough_report;

use chrono::{DateTime, FixedOffset};

/// Choices made when exporting a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    pub paper: Paper,
    /// Leave out evidence notes marked as naming students (the report says how many).
    pub omit_student_names: bool,
    /// When the report is made: printed in the footer and stored as the PDF's creation date.
    pub generated: DateTime<FixedOffset>,
    /// The workspace whose artifact files are checked as the report lists
    /// them (a missing or changed one is said beside it); `None`: not checked.
    pub artifacts_from: Option<std::path::PathBuf>,
}

impl ReportOptions {
    /// The locale's paper, every note included, made now.
    #[must_use]
    pub fn now() -> ReportOptions {
        ReportOptions {
            paper: Paper::from_locale(),
            omit_student_names: false,
            generated: crate::record::now(),
            artifacts_from: None,
        }
    }
}

/// A finished PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Things the person exporting should know, one sentence each (e.g.
    /// characters no font on this computer can show, printed as `?`).
    pub warnings: Vec<String>,
}
