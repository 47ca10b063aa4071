//! The one document writer: lays out a report and saves it atomically, for
//! the window's Export and the command line's `report` subcommands alike.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{
    Pdf, ReportError, ReportOptions, growth_plan_report, observation_report, save_pdf,
    summary_report, summative_report_with_self_assessment,
};
use crate::files::spreadsheet::{CsvError, CsvOptions};
use crate::record::{Educator, GrowthPlan, Observation, SelfAssessment, Summative};
use crate::rubric::{Catalog, Rubric};
use crate::scoring::Profiles;
use crate::summary::Summary;
use crate::workspace::FileNotWritten;

/// A document to export, with everything needed to lay it out.
#[derive(Debug, Clone)]
pub enum Document {
    /// A walkthrough with look-for answers prints as the one-page walkthrough report.
    Observation {
        observation: Box<Observation>,
        educator: Box<Educator>,
        rubric: Option<Box<Rubric>>,
        /// The look-for form its answers name, when it is loaded.
        form: Option<Box<crate::rubric::LookForForm>>,
        /// Its kind as the educator's role has it (the report's title).
        visit: Box<crate::rubric::VisitKind>,
    },
    /// Scored as it is written, over the educator's observations.
    Summative {
        summative: Box<Summative>,
        educator: Box<Educator>,
        observations: Vec<Observation>,
        /// Student measures; only the educator's of the evaluation's year count.
        measures: Vec<crate::record::Measure>,
        /// The district named on the form (the workspace's setting); may be empty.
        district: String,
        /// The educator's self-assessment of the year, printed beside the
        /// evaluator's levels; `None`: the form says nothing of one.
        self_assessment: Option<Box<SelfAssessment>>,
        catalog: Arc<Catalog>,
        profiles: Arc<Profiles>,
    },
    GrowthPlan {
        plan: Box<GrowthPlan>,
        educator: Box<Educator>,
        rubric: Option<Box<Rubric>>,
    },
    Summary(Arc<Summary>),
    /// The educators table at the path, and the components table beside it.
    SummaryCsv(Arc<Summary>, CsvOptions),
}

/// A document written to disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub path: PathBuf,
    /// 0 for CSV tables.
    pub pages: usize,
    /// The size of the PDF (of the educators table for CSV).
    pub bytes: usize,
    pub warnings: Vec<String>,
}

/// Why a document was not written, each said in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The evaluation could not be scored (its rubric or profile is missing).
    #[error("{0}")]
    Score(String),
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error(transparent)]
    Csv(#[from] CsvError),
    #[error(transparent)]
    Files(#[from] FileNotWritten),
    #[error("a CSV table is not a PDF document")]
    NotAPdf,
}

impl Document {
    /// An observation's report with its rubric, look-for form and kind of
    /// visit as the catalog has them: what every export of a stored
    /// observation prints (the window's is made from its screen instead).
    #[must_use]
    pub fn observation(observation: &Observation, educator: &Educator, catalog: &Catalog) -> Self {
        Document::Observation {
            observation: Box::new(observation.clone()),
            educator: Box::new(educator.clone()),
            rubric: (catalog.get(&observation.rubric_id)).map(|e| Box::new(e.rubric.clone())),
            form: (observation.form(catalog).ok()).map(|e| Box::new(e.form.clone())),
            visit: Box::new(observation.visit_kind(&educator.role, catalog).into_owned()),
        }
    }

    /// Lays the document out and writes it to `path` atomically.
    ///
    /// # Errors
    /// When it cannot be scored, laid out or saved; the target is then as it was.
    pub fn write(&self, options: &ReportOptions, path: &Path) -> Result<Written, ExportError> {
        let started = std::time::Instant::now();
        let written = self.lay_out_and_save(options, path);
        let kind = crate::files::log_file::kind_of(self);
        let ms = started.elapsed().as_millis();
        match &written {
            Ok(done) => log::info!(
                "export: {kind}, {} pages, {} bytes, {ms} ms",
                done.pages,
                done.bytes
            ),
            Err(e) => log::warn!(
                "export failed: {kind}, {}, {ms} ms",
                crate::files::log_file::kind_of(e)
            ),
        }
        written
    }

    fn lay_out_and_save(
        &self,
        options: &ReportOptions,
        path: &Path,
    ) -> Result<Written, ExportError> {
        if let Document::SummaryCsv(summary, csv) = self {
            return write_csv(summary, *csv, path);
        }
        save(path, self.pdf(options)?)
    }

    /// Lays the document out as a PDF in memory (what a packet carries);
    /// a CSV table is not one.
    pub fn pdf(&self, options: &ReportOptions) -> Result<Pdf, ExportError> {
        Ok(match self {
            Document::Observation {
                observation,
                educator,
                rubric,
                form,
                visit: _,
            } if observation.kind == crate::record::ObservationKind::Walkthrough
                && observation.lookfors.is_some() =>
            {
                super::walkthrough_report(
                    observation,
                    educator,
                    rubric.as_deref(),
                    form.as_deref(),
                    options,
                )?
            }
            Document::Observation {
                observation,
                educator,
                rubric,
                form: _,
                visit,
            } => observation_report(observation, educator, rubric.as_deref(), visit, options)?,
            Document::Summative {
                summative,
                educator,
                observations,
                measures,
                district,
                self_assessment,
                catalog,
                profiles,
            } => {
                let scored = crate::scoring::score(
                    summative,
                    educator,
                    observations,
                    measures,
                    catalog,
                    profiles,
                )
                .map_err(ExportError::Score)?;
                summative_report_with_self_assessment(
                    summative,
                    educator,
                    district,
                    &scored,
                    self_assessment.as_deref(),
                    options,
                )?
            }
            Document::GrowthPlan {
                plan,
                educator,
                rubric,
            } => growth_plan_report(plan, educator, rubric.as_deref(), options)?,
            Document::Summary(summary) => summary_report(summary, options)?,
            Document::SummaryCsv(..) => return Err(ExportError::NotAPdf),
        })
    }
}

fn save(path: &Path, pdf: Pdf) -> Result<Written, ExportError> {
    save_pdf(path, &pdf)?;
    Ok(Written {
        path: path.to_path_buf(),
        pages: pdf.pages,
        bytes: pdf.bytes.len(),
        warnings: pdf.warnings,
    })
}

/// The CSV tables of a summary (the look-fors' only when some walkthrough
/// has answers), all written or none.
fn write_csv(summary: &Summary, csv: CsvOptions, path: &Path) -> Result<Written, ExportError> {
    let components = crate::summary::components_path(path);
    let educators = crate::summary::educators_csv(summary, csv)?;
    let rows = crate::summary::components_csv(summary, csv)?;
    let lookfors = crate::summary::lookfors_path(path);
    let trends = (!summary.lookfors.is_empty())
        .then(|| crate::summary::lookfors_csv(summary, csv))
        .transpose()?;
    let mut files = vec![(path, educators.as_slice()), (&components, rows.as_slice())];
    files.extend(trends.as_deref().map(|t| (lookfors.as_path(), t)));
    crate::workspace::write_user_files(&files)?;
    Ok(Written {
        path: path.to_path_buf(),
        pages: 0,
        bytes: educators.len(),
        warnings: Vec::new(),
    })
}
