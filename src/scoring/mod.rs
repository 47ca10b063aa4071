//! Scoring: how ratings from a year's observations become a summative
//! result under a district's rules. Plain data and functions.

mod evaluate;
mod final_rating;
mod growth;
mod load;
mod load_rules;
mod profile;
mod readiness;
mod rules;
mod self_assessment;
mod summative;
mod year;

pub use evaluate::{
    ComponentResult, Derivation, DomainResult, Input, Outcome, ScoringError, band_of, evaluate,
    round_half_up, round_score,
};
pub use final_rating::{
    Final, FinalInput, MeasureResult, MeasureStatus, calls_for_plan, final_rating,
};
pub use growth::{
    FOCUS_COMPONENTS, blank_plan, end_of_school_year, plan_from_observation, plan_from_summative,
};
pub use load::{ProfileEntry, Profiles, parse_profile};
pub use profile::{
    Band, Bands, Combine, DomainWeights, PROFILE_SCHEMA, Scale, ScoringProfile, Tie, Unrated,
};
pub use readiness::{Gaps, UnratedDomain, before_finalising};
pub use rules::{
    Condition, Form, MeasureRule, PlanRule, Rounding, Step, Weighting, Years, trim_number,
};
pub use self_assessment::{
    AGENDA_LEVELS, Compared, Comparison, compare, goals_from_self_assessment, self_level_text,
};
pub use summative::{
    DEFAULT_PROFILE, Scored, counted, finalize, new_summative, reopen, score, set_override,
};
pub use year::{counts_in_year, in_school_year, parse_school_year, school_year_of};
