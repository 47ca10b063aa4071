//! Scoring: how ratings from a year's observations become a summative
//! result under a district's rules. Plain data and functions.

mod evaluate;
mod growth;
mod load;
mod profile;
mod readiness;
mod summative;
mod year;

pub use evaluate::{
    ComponentResult, Derivation, DomainResult, Input, Outcome, ScoringError, evaluate,
    round_half_up,
};
pub use growth::{
    FOCUS_COMPONENTS, blank_plan, end_of_school_year, plan_from_observation, plan_from_summative,
};
pub use load::{ProfileEntry, Profiles, parse_profile};
pub use profile::{
    Band, Bands, Combine, DomainWeights, PROFILE_SCHEMA, Scale, ScoringProfile, Tie, Unrated,
};
pub use readiness::{Gaps, UnratedDomain, before_finalising};
pub use summative::{
    DEFAULT_PROFILE, Scored, counted, finalize, new_summative, reopen, score, set_override,
};
pub use year::{counts_in_year, in_school_year, parse_school_year, school_year_of};
