//! What many records add up to. An evaluator's school year at a glance
//! ([`caseload`]), and district summaries for coordinators: many principals' workspaces (and
//! exchange bundles) compiled into one picture of a school year: rating
//! distributions per component, final ratings, who needs an improvement
//! plan or more visits, comparisons by school and level, and how evaluators
//! calibrate. Pure functions over records; the PDF is in `report`, the
//! window's charts in `ui`.

mod agreement;
pub mod caseload;
mod combine;
mod compile;
mod crosswalk;
mod csv;
mod finals;
mod finish;
mod lookfor_csv;
mod lookfor_trends;
mod merge;
mod model;
mod names;
pub mod palette;
pub mod qualified;
mod rubrics;
mod source;
mod suppress;
mod tally;
mod visit;

pub use compile::compile;
pub use crosswalk::{Crosswalk, CrosswalkRow, crosswalk, crosswalk_csv, crosswalk_path};
pub use csv::{components_csv, components_path, educators_csv};
pub use lookfor_csv::{lookfors_csv, lookfors_path};
pub use lookfor_trends::{LookForTrend, TrendCell, TrendItem, TrendKind};
pub use model::{
    Agreement, Calibration, Comparison, ComponentSummary, Counts, DEFAULT_MIN_CELL, DegreeStanding,
    DomainSummary, Duplicate, EducatorLine, EducatorRow, EvaluatorCalibration, EvaluatorPair,
    Filter, HeatMap, Options, ProfileUse, RatingDistribution, RubricSummary, Summary, WITHHELD,
    percent,
};
pub use source::{Place, Source, SourceError, read_bundle, read_workspace};
