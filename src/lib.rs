//! teacher-eval: evaluate teachers and educational technology coordinators
//! against the Danielson Framework for Teaching, on a laptop with no network.
//!
//! Data flows one way: files -> [`rubric`] values -> [`ui`] or the [`cli`].
//! Only `ui` uses iced; the rest is plain data and functions.

// `eprintln!` panics when stderr cannot be written, and neither escapes
// control characters: the command line prints through `cli::output`.
#![cfg_attr(not(test), warn(clippy::print_stderr, clippy::print_stdout))]

pub mod about;
pub mod cli;
pub mod clock;
pub mod demo;
pub mod files;
pub mod fonts;
pub mod record;
pub mod report;
pub mod rubric;
pub mod schedule;
pub mod scoring;
pub mod search;
pub mod summary;
pub mod text;
pub mod ui;
pub mod workspace;
