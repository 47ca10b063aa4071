//! Records: educators, observations, evidence and ratings, as plain data.
//!
//! Each record type is one small RON file in the workspace, with a schema
//! version and a stable id. Nothing here touches the disk.

mod archive;
pub mod artifact;
mod artifact_kind;
mod date_order;
mod dates;
mod educator;
mod evidence;
mod fields;
mod growth_plan;
mod id;
mod lookfor_answers;
mod measure;
pub mod measure_csv;
mod observation;
mod observation_start;
mod planned_visit;
mod qualifications;
mod rating;
mod response;
pub mod roster;
mod rubric_match;
mod self_assessment;
mod shortfall;
mod summative;
pub mod trail;
mod typing;

pub use archive::Archived;
pub use artifact::{Artifact, FileKind, Supplier, WithArtifacts};
mod times;

pub use date_order::DateOrder;
pub use dates::{DateError, parse_date, typed_date};
pub use educator::{Educator, Employment, RosterIds};
pub use evidence::{EvidenceKind, EvidenceNote};
pub use fields::{level_name, rating_text};
pub use growth_plan::{
    Focus, Goal, GrowthPlan, PlanKind, PlanSource, PlanTerms, ProgressEntry, Step, StepStatus,
};
pub use id::{IdKind, id_from_bits, is_valid_id, new_id};
pub use lookfor_answers::{AnswerError, AnswerValue, FormError, LookForAnswer, LookForAnswers};
pub use measure::{Measure, MeasurePlan};
pub use observation::{
    Abridged, AcknowledgeError, ClassContext, Observation, ObservationKind, RatingTally, Status,
};
pub use planned_visit::PlannedVisit;
pub use qualifications::{
    Certification, CertificationError, CertificationText, DegreeLevel, MAX_CERTIFICATION_CHARS,
    MAX_CERTIFICATIONS, Qualifications, SOON_DAYS, Standing, with_details,
};
pub use rating::{Rating, RatingLevel};
pub use response::{EducatorResponse, WithResponses};
pub use rubric_match::{RubricMatch, match_rubric};
pub use self_assessment::{ProposedGoal, SelfAssessment, SelfRating, SelfStatus, Supplied};
pub use shortfall::{Shortfall, meets_minimum, shortfalls};
pub use summative::{Finalized, Override, Period, RatingPoint, Reopening, Selection, Summative};
pub use times::{TimeError, at_clock_time, format_time, parse_time};
pub use trail::{Amendable, Amendment, Trail, Version, fingerprint};
pub use typing::Typing;

/// A moment with the evaluator's UTC offset, so a report shows the local clock time.
pub type Timestamp = chrono::DateTime<chrono::FixedOffset>;

/// The current local time, to the millisecond (finer is noise in a file people read).
#[must_use]
pub fn now() -> Timestamp {
    use chrono::SubsecRound;
    crate::clock::local_now().fixed_offset().trunc_subsecs(3)
}

/// The version of the record file format this build writes and reads.
pub const RECORD_SCHEMA: u32 = 1;
