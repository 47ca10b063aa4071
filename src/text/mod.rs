//! Text rules every layer shares: counts and sizes in words, Unicode case
//! folding for names and ids, text made safe for a terminal, and the
//! shorthand of evidence notes.

mod abbreviations;
mod case;
mod counts;
mod terminal;

pub use abbreviations::abbreviation_key;
pub use case::{contains_folded, folded, same_text};
pub use counts::{and_list, count, figure, joined, many, or_list, size};
pub use terminal::terminal_safe;
