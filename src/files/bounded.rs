//! Reading a whole file the user named, up to a size limit: a larger file,
//! a folder or a device is refused before anything is read, so memory stays
//! bounded whatever the file.
//!
//! Every file is opened without waiting ([`open_regular`]): a named pipe
//! (FIFO) put where a file was expected would otherwise block the program
//! until someone wrote into it, and a check made before opening can be
//! outrun by a swap.

use std::fs::{File, Metadata};
use std::io::{self, ErrorKind, Read};
use std::path::Path;

/// Whether a link in place of the file is followed to what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// The user named the file; a link they made is theirs.
    Follow,
    /// The file is inside a workspace; a link there is never followed.
    Refuse,
}

/// The bytes of the regular file at `path` (links followed: the user named
/// it), or an error saying it is too large or not a file.
pub fn read_bounded(path: &Path, max: usize) -> io::Result<Vec<u8>> {
    read_bounded_with(path, max, Links::Follow)
}

/// [`read_bounded`], choosing whether a link is followed.
pub fn read_bounded_with(path: &Path, max: usize, links: Links) -> io::Result<Vec<u8>> {
    let (file, meta) = open_regular(path, links)?;
    let too_large = |len: u64| {
        io::Error::new(
            ErrorKind::FileTooLarge,
            format!("the file is {len} bytes, more than the {max} bytes allowed"),
        )
    };
    if meta.len() > max as u64 {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(max));
    file.take(max as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Opens `path` to read if it is a regular file, and returns what it is.
/// The open never waits (non-blocking on Unix) and the kind of file is
/// checked on the file opened, so nothing swapped in between counts. A
/// missing file is named in the error ([`missing_file`]).
pub fn open_regular(path: &Path, links: Links) -> io::Result<(File, Metadata)> {
    let file = open_without_waiting(path, links).map_err(|e| match e.kind() {
        ErrorKind::NotFound => missing_file(path),
        _ if is_link_error(&e) => not_a_file("it is a link"),
        _ => e,
    })?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(ErrorKind::IsADirectory.into());
    }
    if !meta.is_file() {
        return Err(not_a_file("it is not a regular file"));
    }
    Ok((file, meta))
}

/// The error for a file that is not there, saying which file, or which
/// folder on the way to it is missing: "there is no file named
/// roster.csv in the folder /home/p", never just "the folder does not exist".
#[must_use]
pub fn missing_file(path: &Path) -> io::Error {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let message = match folder {
        Some(folder) if !folder.exists() => {
            format!("the folder {} does not exist", folder.display())
        }
        Some(folder) if !folder.is_dir() => {
            format!("{} is a file, not a folder", folder.display())
        }
        Some(folder) => format!(
            "there is no file named {name} in the folder {}",
            folder.display()
        ),
        None => format!("there is no file named {name} in the current folder"),
    };
    io::Error::new(ErrorKind::NotFound, message)
}

fn not_a_file(why: &str) -> io::Error {
    io::Error::new(ErrorKind::InvalidInput, why.to_string())
}

#[cfg(unix)]
fn open_without_waiting(path: &Path, links: Links) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut flags = libc::O_NONBLOCK;
    if links == Links::Refuse {
        flags |= libc::O_NOFOLLOW;
    }
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path, links: Links) -> io::Result<File> {
    if links == Links::Refuse && std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(not_a_file("it is a link"));
    }
    File::open(path)
}

/// True for the error of opening a link with links refused (`ELOOP`).
#[must_use]
pub fn is_link_error(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_at_once_not_waited_on() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pipe = dir.path().join("roster.csv");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo is not available here");
            return;
        }
        let (done, waited) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = done.send(open_regular(&pipe, Links::Follow).map(|_| ()));
        });
        let result = waited
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("the open returned instead of waiting for a writer");
        let err = result.expect_err("a pipe is not a file");
        assert!(err.to_string().contains("not a regular file"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_refused_when_links_are_and_followed_otherwise() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("target.ron");
        std::fs::write(&target, b"kept").expect("write");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        let err = read_bounded_with(&link, 100, Links::Refuse).expect_err("a link");
        assert!(err.to_string().contains("a link"), "{err}");
        assert_eq!(read_bounded(&link, 100).expect("followed"), b"kept");
    }

    #[test]
    fn a_missing_file_is_named_and_so_is_a_missing_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("roster.csv");
        let err = read_bounded(&file, 100).expect_err("missing");
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert!(
            err.to_string()
                .starts_with("there is no file named roster.csv in the folder "),
            "{err}"
        );
        let deeper = dir.path().join("nowhere").join("roster.csv");
        let err = read_bounded(&deeper, 100).expect_err("missing folder");
        assert!(err.to_string().contains("nowhere does not exist"), "{err}");
        let here = read_bounded(Path::new("no-such-roster.csv"), 100).expect_err("missing");
        assert!(
            here.to_string()
                .contains("no-such-roster.csv in the current folder"),
            "{here}"
        );
    }
}
