//! Reading a folder of `*.ron` data files (rubrics, vocabulary, visits,
//! look-for forms, scoring profiles, compliance rules): one reader, so
//! every kind refuses pipes and over-long files the same way.

use std::path::PathBuf;

use super::{Position, RubricError};

/// Why a `*.ron` entry of a rubric or profile folder is not read.
const NOT_A_FILE: &str =
    "it is not a regular file (a pipe, a device or a folder), so it is not read";

/// One `*.ron` file of a folder, read whole within its limit.
pub struct DataFile {
    pub path: PathBuf,
    /// The path as error messages name it.
    pub label: String,
    pub bytes: Vec<u8>,
}

/// Every `*.EXT` file of a folder's listing in file-name order, each read
/// whole within `max` bytes; what cannot be read goes to `errors`. Entries
/// that are not regular files (links followed) are reported, never opened:
/// opening a named pipe would wait for a writer.
pub fn read_data_files(
    listing: std::fs::ReadDir,
    ext: &str,
    max: usize,
    errors: &mut Vec<RubricError>,
) -> Vec<DataFile> {
    let (mut files, odd): (Vec<PathBuf>, Vec<PathBuf>) = listing
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .partition(|p| p.is_file());
    for path in odd {
        errors.push(RubricError::new(
            path.display().to_string(),
            Position::START,
            NOT_A_FILE.to_string(),
        ));
    }
    files.sort();
    let mut read = Vec::new();
    for path in files {
        let label = path.display().to_string();
        match crate::files::bounded::read_bounded(&path, max) {
            Ok(bytes) => read.push(DataFile { path, label, bytes }),
            Err(e) => errors.push(RubricError::new(
                label,
                Position::START,
                format!("the file cannot be read: {e}"),
            )),
        }
    }
    read
}
