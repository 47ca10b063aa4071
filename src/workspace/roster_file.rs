//! The roster a person names, as the table an import reads: a CSV file as
//! it is, or a OneRoster 1.1 export (a zip, or the folder it unpacks to)
//! made into that table. The window and the command line both read through
//! [`read_roster_file`], so the plan, its preview and applying it are the
//! same whichever the district sends.

use std::collections::BTreeMap;
use std::io::{self, ErrorKind};
use std::path::Path;

use crate::files::bounded::{Links, read_bounded, read_bounded_with};
use crate::files::zip_entries::read_named_entries;
use crate::record::roster::MAX_ROSTER_BYTES;
use crate::record::roster::oneroster::{FILES, is_oneroster, staff_table};

/// The roster table at `path`. A zip is read in memory (itself and each
/// file in it at most [`MAX_ROSTER_BYTES`]); a folder's five OneRoster
/// files are read without following links. What cannot be read is an
/// error whose text is one sentence.
pub fn read_roster_file(path: &Path) -> io::Result<Vec<u8>> {
    if path.is_dir() {
        return oneroster(&folder_files(path)?, "the folder");
    }
    let bytes = read_bounded(path, MAX_ROSTER_BYTES)?;
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Ok(bytes);
    }
    let files = read_named_entries(&bytes, &FILES, MAX_ROSTER_BYTES).map_err(invalid)?;
    oneroster(&files, "the zip")
}

fn oneroster(files: &BTreeMap<&'static str, Vec<u8>>, what: &str) -> io::Result<Vec<u8>> {
    if !is_oneroster(files) {
        return Err(invalid(format!(
            "{what} holds no manifest.csv, so it is not a OneRoster export; a roster is a CSV file or a OneRoster 1.1 zip or folder"
        )));
    }
    staff_table(files).map_err(invalid)
}

/// The OneRoster files a folder holds, each read as a file inside a
/// workspace is: within the size limit and never through a link.
fn folder_files(folder: &Path) -> io::Result<BTreeMap<&'static str, Vec<u8>>> {
    let mut files = BTreeMap::new();
    for name in FILES {
        match read_bounded_with(&folder.join(name), MAX_ROSTER_BYTES, Links::Refuse) {
            Ok(bytes) => {
                files.insert(name, bytes);
            }
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => {
                return Err(invalid(format!(
                    "{name} cannot be read: {}",
                    super::plain(&e)
                )));
            }
        }
    }
    Ok(files)
}

fn invalid(message: String) -> io::Error {
    io::Error::new(ErrorKind::InvalidData, message)
}
