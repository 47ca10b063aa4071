//! teacher-eval: evaluate teachers and educational technology coordinators
//! against the Danielson Framework for Teaching, on a laptop with no network.
//!
//! Data flows one way: files -> [`rubric`] values -> [`ui`] or the [`cli`].
//! Only `ui` uses iced; the rest is plain data and functions.

// `eprintln!` panics when stderr cannot be written, and neither escapes
// control characters: the command line prints through `cli::output`.
#![cfg_attr(not(test), warn(clippy::print_stderr, clippy::print_stdout))]

pub mod bounded;
pub mod cli;
pub mod clock;
pub mod demo;
pub mod folders;
pub mod preferences;
pub mod record;
pub mod report;
pub mod ron_file;
pub mod rubric;
pub mod scoring;
pub mod spreadsheet;
pub mod summary;
pub mod ui;
pub mod words;
pub mod workspace;
