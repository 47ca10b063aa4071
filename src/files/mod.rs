//! The files around the records: where the program reads and writes
//! ([`folders`]), files a person names, read within a size limit
//! ([`bounded`]), RON text with errors a person can act on ([`ron_text`]),
//! the user's own preferences ([`preferences`]) and what tagging learned
//! from them ([`tagging_examples`]), the CSV every
//! spreadsheet receives ([`spreadsheet`]), CSV files a person hands in
//! ([`csv_rows`]), the diagnostics log ([`log_file`]), files taken out
//! of a zip ([`zip_entries`]) and how the allocator keeps memory
//! ([`heap`]). The records themselves are in `workspace`.

pub mod bounded;
pub mod csv_rows;
pub mod folders;
pub mod heap;
pub mod log_file;
pub mod preferences;
pub mod ron_text;
pub mod spreadsheet;
pub mod tagging_examples;
pub mod zip_entries;
