//! Reading a whole file the user named, up to a size limit: a larger file,
//! a folder or a device is refused before anything is read, so memory stays
//! bounded whatever the file.

use std::fs::File;
use std::io::{self, ErrorKind, Read};
use std::path::Path;

/// The bytes of the regular file at `path` (links followed: the user named
/// it), or an error saying it is too large or not a file.
pub fn read_bounded(path: &Path, max: usize) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(ErrorKind::IsADirectory.into());
    }
    if !meta.is_file() {
        return Err(io::Error::new(
            ErrorKind::InvalidInput,
            "it is not a regular file",
        ));
    }
    let too_large = |len: u64| {
        io::Error::new(
            ErrorKind::FileTooLarge,
            format!("the file is {len} bytes, more than the {max} bytes allowed"),
        )
    };
    if meta.len() > max as u64 {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    File::open(path)?
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
