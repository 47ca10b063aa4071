//! What a file handed to the program is (a double-click in the file
//! manager, `teacher-eval open FILE`), told from its first bytes, so a
//! renamed file is never taken for what its name says. A plain bundle
//! starts with its header, as a plain packet does; anything sealed is an
//! age file, so a sealed file is told by its name too: `*.bundle`,
//! `*.tepacket` or `*.teresponse`. What is then done with it is decided in
//! one place, `cli/open_cmd.rs`; the file itself is checked whole when
//! imported or opened.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::files::bounded::{Links, open_regular};

use super::bundle::{AGE_MAGIC, BUNDLE_EXTENSION, PLAIN_MAGIC};
use super::packet::{PACKET_EXTENSION, RESPONSE_EXTENSION};

/// How many bytes tell the kinds apart.
const START_BYTES: usize = 64;
/// How a plain packet starts, whatever its version.
const PLAIN_PACKET: &[u8] = b"teacher-eval packet ";
/// How an armored (text) age file starts.
const ARMOR_MAGIC: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// What the program can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// An exchange bundle: plain (its header), or sealed (an age file named `*.bundle`).
    Bundle { sealed: bool },
    /// A packet for an educator: plain (its header), or an age file named `*.tepacket`.
    Packet,
    /// An educator's response: always an age file, named `*.teresponse`.
    Response,
}

/// A file handed to the program, and what it was found to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandedFile {
    pub path: PathBuf,
    pub kind: FileKind,
}

/// Why a file handed in is not opened, in one sentence.
#[derive(Debug, thiserror::Error)]
pub enum NotOpened {
    #[error("{} cannot be read: {}", .0.display(), .1)]
    Unreadable(PathBuf, String),
    #[error("{} is not a teacher-eval bundle, packet or response: {}", .0.display(), .1)]
    Not(PathBuf, WhatItIs),
}

/// What a file that is not a bundle is, as far as its first bytes say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WhatItIs {
    #[error("it is empty")]
    Empty,
    #[error("it is a PDF document")]
    Pdf,
    #[error("it is a zip archive")]
    Zip,
    #[error(
        "it is sealed with age, but a sealed file is opened only when named *.{BUNDLE_EXTENSION}, *.{PACKET_EXTENSION} or *.{RESPONSE_EXTENSION}"
    )]
    SealedElse,
    #[error("it is an armored (text) age file, and teacher-eval seals binary age files")]
    Armored,
    #[error("it starts neither with a bundle's or packet's header nor with an age header")]
    Other,
}

/// What the file at `path` is; links are followed (the user named it), and
/// a folder, a pipe or a device is refused without waiting.
pub fn detect(path: &Path) -> Result<HandedFile, NotOpened> {
    let unreadable = |e: io::Error| {
        let why = match e.kind() {
            io::ErrorKind::IsADirectory => "it is a folder".to_string(),
            _ => super::plain(&e),
        };
        NotOpened::Unreadable(path.to_path_buf(), why)
    };
    let (file, _) = open_regular(path, Links::Follow).map_err(unreadable)?;
    let mut start = Vec::with_capacity(START_BYTES);
    file.take(START_BYTES as u64)
        .read_to_end(&mut start)
        .map_err(unreadable)?;
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    kind_of(&start, extension.as_deref())
        .map(|kind| HandedFile {
            path: path.to_path_buf(),
            kind,
        })
        .map_err(|what| NotOpened::Not(path.to_path_buf(), what))
}

/// The kind of a file starting with `start`, whose name ends in
/// `.extension` (lower case), if it has one.
fn kind_of(start: &[u8], extension: Option<&str>) -> Result<FileKind, WhatItIs> {
    if start.starts_with(PLAIN_MAGIC) {
        return Ok(FileKind::Bundle { sealed: false });
    }
    if start.starts_with(PLAIN_PACKET) {
        return Ok(FileKind::Packet);
    }
    if start.starts_with(AGE_MAGIC) {
        return match extension {
            Some(BUNDLE_EXTENSION) => Ok(FileKind::Bundle { sealed: true }),
            Some(PACKET_EXTENSION) => Ok(FileKind::Packet),
            Some(RESPONSE_EXTENSION) => Ok(FileKind::Response),
            _ => Err(WhatItIs::SealedElse),
        };
    }
    Err(if start.is_empty() {
        WhatItIs::Empty
    } else if start.starts_with(ARMOR_MAGIC) {
        WhatItIs::Armored
    } else if start.starts_with(b"%PDF-") {
        WhatItIs::Pdf
    } else if start.starts_with(b"PK\x03\x04") || start.starts_with(b"PK\x05\x06") {
        WhatItIs::Zip
    } else {
        WhatItIs::Other
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_known_by_its_content_and_a_sealed_one_by_its_name_too() {
        let plain = b"teacher-eval bundle 1\nchecksum ...";
        for name in [None, Some("tepacket"), Some("pdf")] {
            assert_eq!(kind_of(plain, name), Ok(FileKind::Bundle { sealed: false }));
        }
        let packet = b"teacher-eval packet 1\npacket.ron 120\n";
        assert_eq!(kind_of(packet, Some("bundle")), Ok(FileKind::Packet));
        let sealed = b"age-encryption.org/v1\n-> scrypt ...";
        let bundle = Some(BUNDLE_EXTENSION);
        assert_eq!(
            kind_of(sealed, bundle),
            Ok(FileKind::Bundle { sealed: true })
        );
        assert_eq!(kind_of(sealed, Some("tepacket")), Ok(FileKind::Packet));
        assert_eq!(kind_of(sealed, Some("teresponse")), Ok(FileKind::Response));
        assert_eq!(kind_of(sealed, None), Err(WhatItIs::SealedElse));
        assert_eq!(kind_of(sealed, Some("age")), Err(WhatItIs::SealedElse));
        assert_eq!(kind_of(b"%PDF-1.7\n", bundle), Err(WhatItIs::Pdf));
        assert_eq!(kind_of(b"", bundle), Err(WhatItIs::Empty));
        assert_eq!(kind_of(b"teacher-eval bundl", bundle), Err(WhatItIs::Other));
        assert_eq!(kind_of(b"teacher-eval packe", bundle), Err(WhatItIs::Other));
        assert_eq!(
            kind_of(b"-----BEGIN AGE ENCRYPTED FILE-----\n", bundle),
            Err(WhatItIs::Armored)
        );
    }
}
