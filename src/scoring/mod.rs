//! Scoring: how ratings from a year's observations become a summative
//! result under a district's rules. Plain data and functions.

mod evaluate;
mod load;
mod profile;

pub use evaluate::{
    ComponentResult, Derivation, DomainResult, Input, Outcome, ScoringError, evaluate,
    in_school_year, round_half_up, school_year_of,
};
pub use load::{ProfileEntry, Profiles, parse_profile};
pub use profile::{
    Band, Bands, Combine, DomainWeights, PROFILE_SCHEMA, Scale, ScoringProfile, Tie, Unrated,
};
